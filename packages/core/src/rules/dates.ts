// Years and dates side by side: a measure's `start`, `end` and a milestone's `due` are a year or an ISO date.
import type { YearOrDate } from "../model/index.js";

/** The year of a year or a date. */
export const yearOf = (value: YearOrDate): number => (typeof value === "number" ? value : Number(value.slice(0, 4)));

/** The first day a year or a date covers, as an ISO date (a year starts on 1 January). */
export const firstDayOf = (value: YearOrDate): string => (typeof value === "number" ? `${value}-01-01` : value);

/** The last day a year or a date covers, as an ISO date (a year ends on 31 December). */
export const lastDayOf = (value: YearOrDate): string => (typeof value === "number" ? `${value}-12-31` : value);
