// Reading back what our renderer writes about a measure beyond its table row: the facts list under the measure
// table ("Start: 1 March 2027", "Status: Planned", the status history), in the words of one label set. Each
// reader is the inverse of a formatter in @actionplan/render (formatDate, formatNumber, the status names).
import type { Budget, MeasureStatus, StatusChange, YearOrDate } from "@actionplan/core";
import type { Labels } from "@actionplan/render";

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The reader of dates written with a label set's `dateFormat` and month names ("1 March 2027", "01.03.2027"). */
export function dateReader(labels: Pick<Labels, "dateFormat" | "months">): (written: string) => string | undefined {
  const groups: string[] = [];
  const source = escapeRegExp(labels.dateFormat).replace(/\\\{(\w+)\\\}/g, (_, name: string) => {
    groups.push(name);
    if (name === "yyyy") return "(\\d{4})";
    if (name === "month") return `(${labels.months.map(escapeRegExp).join("|")})`;
    return "(\\d{1,2})";
  });
  const pattern = new RegExp(`^${source.replace(/ /g, "\\s+")}$`, "i");
  return (written) => {
    const match = pattern.exec(written.trim());
    if (match === null) return undefined;
    let year = "";
    let month = 0;
    let day = 0;
    groups.forEach((name, i) => {
      const value = match[i + 1] ?? "";
      if (name === "yyyy") year = value;
      else if (name === "month") month = labels.months.findIndex((m) => m.toLowerCase() === value.toLowerCase()) + 1;
      else if (name === "mm" || name === "m") month = Number(value);
      else if (name === "dd" || name === "d") day = Number(value);
    });
    if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
    return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  };
}

/** Reads a year ("2026") or a date in the label set's format as the plan writes it (a number or `YYYY-MM-DD`). */
export function readYearOrDate(written: string, readDate: (written: string) => string | undefined): YearOrDate | undefined {
  const trimmed = written.trim();
  if (/^\d{4}$/.test(trimmed)) return Number(trimmed);
  return readDate(trimmed);
}

/** The status a label set's name stands for ("Pågår" → `ongoing`), in any case. */
export function readStatus(written: string, labels: Pick<Labels, "measureStatuses">): MeasureStatus | undefined {
  const wanted = written.trim().toLowerCase();
  for (const [status, name] of Object.entries(labels.measureStatuses)) if (name.toLowerCase() === wanted) return status as MeasureStatus;
  return undefined;
}

/** Reads a number written with the label set's separators ("12 500,5", "180,000"). */
export function readNumber(written: string, labels: Pick<Labels, "decimalSeparator" | "groupSeparator">): number | undefined {
  let s = written.replace(/\s/g, "");
  if (labels.groupSeparator.trim() !== "") s = s.split(labels.groupSeparator).join("");
  if (labels.decimalSeparator !== ".") s = s.replace(labels.decimalSeparator, ".");
  return /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : undefined;
}

/** Reads "180,000 EUR (source)" back into a budget; the source is inline Markdown. */
export function readBudget(written: string, labels: Pick<Labels, "decimalSeparator" | "groupSeparator">): Budget | undefined {
  const match = /^(.+?)\s+([A-Z]{3})(?:\s+\((.*)\))?$/s.exec(written.trim());
  if (match === null) return undefined;
  const amount = readNumber(match[1] ?? "", labels);
  if (amount === undefined || amount < 0) return undefined;
  return { amount, currency: match[2] ?? "", ...(match[3] === undefined ? {} : { source: match[3] }) };
}

/** Reads one line of a status history, "3 February 2025: Ongoing – why" (or ". why" when the note is in another language). */
export function readStatusChange(written: string, labels: Pick<Labels, "dateFormat" | "months" | "measureStatuses">, readDate = dateReader(labels)): StatusChange | undefined {
  const colon = written.indexOf(": ");
  if (colon < 0) return undefined;
  const date = readDate(written.slice(0, colon));
  if (date === undefined) return undefined;
  const rest = written.slice(colon + 2);
  // The longest status name first, so that no name is read as the start of a longer one.
  const names = Object.entries(labels.measureStatuses).sort((a, b) => b[1].length - a[1].length);
  for (const [status, name] of names) {
    if (!rest.toLowerCase().startsWith(name.toLowerCase())) continue;
    const after = rest.slice(name.length);
    if (after === "") return { date, status: status as MeasureStatus };
    const note = /^(?: – |\. )(.+)$/s.exec(after);
    if (note) return { date, status: status as MeasureStatus, note: note[1] ?? "" };
  }
  return undefined;
}
