// Revisions as plain data: another version of the plan read for comparison (any file the studio opens as a whole
// plan), and a new entry of the plan's revision log.
import type { Plan } from "@actionplan/core";
import { collectIds, type RefKind } from "@actionplan/core/helpers";
import { referenceKindsAt, validatePlan } from "@actionplan/core/rules";
import type { PlanData } from "../edit.js";
import type { StudioLanguage } from "../messages.js";
import { readErrorText, sourceText } from "../source/messages.js";
import { textOf } from "../model.js";
import { appliesInto, formatOfFile, openBytes } from "../io/open.js";
import { resolve, typeNamed } from "../forms/shape.js";

/** Another version of the plan, which the changes view compares the open plan with. */
export interface Comparison {
  /** The file's name. */
  file: string;
  /** The version, a valid plan. */
  plan: PlanData;
}

/** Why a file cannot be compared: the reason, and its first error with its place. */
export interface ComparisonRefusal {
  /** The file's name. */
  file: string;
  /** What is wrong. */
  reason: "sheet" | "unreadable" | "invalid";
  /** The first error, located (line and column, or JSON Pointer). */
  detail: string;
}

/** Reads another version: JSON, YAML, or anything an importer makes a whole plan of; it must be a valid plan. A refusal's detail is worded in `language`. */
export async function readVersion(file: string, bytes: Uint8Array, language: StudioLanguage): Promise<Comparison | ComparisonRefusal> {
  const format = await formatOfFile(file, bytes);
  if (format !== undefined && appliesInto(format)) return { file, reason: "sheet", detail: "" };
  const opening = await openBytes(file, bytes, format, undefined);
  let value: unknown;
  if (opening.kind === "text") {
    const read = (await import("../plan-file.js")).readPlanText(file, opening.text);
    if (!read.ok) {
      const first = read.errors[0];
      const message = first === undefined ? "" : readErrorText(language, read.format, first);
      return { file, reason: "unreadable", detail: first?.position === undefined ? message : sourceText(language, "readAt", { ...first.position, message }) };
    }
    value = read.value;
  } else {
    if (opening.result.plan === undefined) {
      const first = opening.result.report.errors[0];
      return { file, reason: "unreadable", detail: first === undefined ? "" : first.line === undefined ? (first.worded?.[language] ?? first.message) : sourceText(language, "readLine", { line: first.line, message: first.worded?.[language] ?? first.message }) };
    }
    value = opening.result.plan;
  }
  const check = validatePlan(value);
  if (!check.valid) {
    const first = check.issues.find((issue) => issue.severity === "error");
    return { file, reason: "invalid", detail: `${first?.pointer || "/"}: ${first?.message ?? ""}` };
  }
  return { file, plan: value as PlanData };
}

/** The kinds of revision the model knows, read from its shape (`Revision.kind`). */
export const REVISION_KINDS: readonly RevisionKind[] = (resolve(typeNamed("Revision")?.properties?.["kind"] ?? {}).node.enum ?? []).map(String);
/** One of {@link REVISION_KINDS}: a kind of revision, as the model spells it. */
export type RevisionKind = string;

/** What the form records: the model's revision fields the studio asks for. */
export interface RevisionInput {
  /** The date of the decision (`YYYY-MM-DD`). */
  date: string;
  /** What sort of revision it was. */
  kind: RevisionKind;
  /** The body that decided it (`body:<id>`), if given. */
  body?: string;
  /** What the revision changed, if said. */
  summary?: string;
}

/** The kinds a revision's `body` may name, read from the model's shape. */
const BODY_KINDS = referenceKindsAt({ revisions: [{ body: "" }] }, ["revisions", "0", "body"]) ?? ["body"];

/** The bodies a revision may name, for the picker. */
export function revisionBodies(plan: PlanData, lang: string): { ref: string; label: string }[] {
  try {
    return collectIds(plan as unknown as Plan, BODY_KINDS as RefKind[]).map((entry) => {
      const value = entry.value as { name?: unknown };
      return { ref: `${entry.kind}:${entry.id}`, label: textOf(value.name, lang) || entry.id };
    });
  } catch {
    return [];
  }
}

/** The plan's revision log, or none. */
export function revisionsOf(plan: PlanData): { id?: unknown; date?: unknown; kind?: unknown; body?: unknown; summary?: unknown }[] {
  const revisions = plan["revisions"];
  return Array.isArray(revisions) ? (revisions as { id?: unknown }[]) : [];
}

/** The plan with a revision added at the end of its log (oldest first), under an id the log does not use. */
export function recordRevision(plan: PlanData, input: RevisionInput): { plan: PlanData; id: string } {
  const log = revisionsOf(plan);
  const used = new Set(log.map((entry) => entry.id));
  let id = `rev-${input.date}`;
  for (let n = 2; used.has(id); n++) id = `rev-${input.date}-${n}`;
  const summary = input.summary?.trim();
  const revision = { id, date: input.date, kind: input.kind, ...(input.body === undefined ? {} : { body: input.body }), ...(summary ? { summary } : {}) };
  return { plan: { ...plan, revisions: [...log, revision] }, id };
}
