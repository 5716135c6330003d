// Format 1.x → 2.0 for measures: `startYear` becomes `start`, and the 1.x `status` (`ongoing` or `new`) is split
// into the lifecycle `status` and the flag `isNew` ("new in this plan"), without inventing a lifecycle status.
import { isPlainObject, own, plural, replaceKey } from "./context.js";

type Json = Record<string, unknown>;

/**
 * Upgrades the measures of a 1.x document to format 2.0 in place: a measure's `startYear` becomes `start` (same
 * year), `status: "new"` becomes `isNew: true` with no lifecycle status (1.x never said whether a new measure was
 * proposed or planned), and `status: "ongoing"` stays `status: "ongoing"`. A measure that already has `start` or
 * `isNew` keeps its old value under the migration extension instead; any other `status` is left for validation.
 *
 * @example
 * ```ts
 * import { migrateMeasuresTo2 } from "./migrate-2/measures.js";
 *
 * const document = { chapters: [{ id: "c", measures: { items: [{ id: "m", number: 1, text: "A forum", startYear: 2026, status: "new" }] } }] };
 * migrateMeasuresTo2({ document, change: console.log, keep: () => {} });
 * // the measure is now { id: "m", number: 1, text: "A forum", start: 2026, isNew: true }
 * ```
 */
export function migrateMeasuresTo2(ctx: { document: Record<string, unknown>; change: (text: string) => void; keep: (pointer: string, value: unknown) => void }): void {
  const { document, change, keep } = ctx;
  const chapters = document.chapters;
  if (!Array.isArray(chapters)) return;
  let started = 0;
  let madeNew = 0;
  let kept = 0;
  chapters.forEach((chapter, c) => {
    if (!isPlainObject(chapter) || !isPlainObject(chapter.measures) || !Array.isArray(chapter.measures.items)) return;
    chapter.measures.items.forEach((measure, m) => {
      if (!isPlainObject(measure)) return;
      const at = `/chapters/${c}/measures/items/${m}`;
      if (own(measure, "startYear")) {
        if (own(measure, "start")) {
          keep(`${at}/startYear`, measure.startYear);
          delete measure.startYear;
          kept++;
        } else {
          replaceKey(measure, "startYear", "start", measure.startYear);
          started++;
        }
      }
      if (own(measure, "status") && measure.status === "new") {
        if (own(measure, "isNew")) {
          keep(`${at}/status`, measure.status);
          delete measure.status;
          kept++;
        } else {
          replaceKey(measure, "status", "isNew", true);
          madeNew++;
        }
      }
    });
  });
  if (started > 0) change(`Renamed \`startYear\` to \`start\` in ${plural(started, "measure")}.`);
  if (madeNew > 0) {
    change(
      `Replaced \`status: "new"\` by \`isNew: true\` in ${plural(madeNew, "measure")}, with no lifecycle status (1.x did not say whether a new measure was proposed or planned); \`status: "ongoing"\` stays as it is.`,
    );
  }
  if (kept > 0) change(`Kept ${plural(kept, "measure value")} that 2.0 already had a value for (\`start\` or \`isNew\`) under the migration extension.`);
}
