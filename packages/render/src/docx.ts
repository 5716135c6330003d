// The DOCX entry, @actionplan/render/docx: apart from the main entry so that the Word library (some 100 kB gzipped)
// is loaded only by those who write Word documents.
import type { Plan } from "@actionplan/core";
import type { RenderOptions } from "./options.js";
import { buildDocumentWithState } from "./render.js";
import { toDocx, type DocxOptions } from "./serialize/docx.js";

export { toDocx } from "./serialize/docx.js";
export type { DocxOptions } from "./serialize/docx.js";

/**
 * Options of {@link renderDocx}: those of the other renderers (but `fragment`) and the Word document's own.
 *
 * @example
 * ```ts
 * import type { DocxRenderOptions } from "@actionplan/render/docx";
 *
 * const options: DocxRenderOptions = { lang: "en", year: 2026, creator: "Northwind Care Network" };
 * ```
 */
export type DocxRenderOptions = Omit<RenderOptions, "fragment"> & DocxOptions;

/**
 * Renders a plan (or one of its views) as a Word document (`.docx` bytes), from the same document tree as the
 * Markdown and HTML, carrying the plan itself as a custom XML part unless `embedPlan` is false. The core properties come from the plan: the title, the language, the cluster's name as the
 * creator, the strategy's main objective as the subject; the running footer gives the title and the adoption date.
 *
 * @example
 * ```ts
 * import { writeFile } from "node:fs/promises";
 * import { parsePlan } from "@actionplan/core";
 * import { renderDocx } from "@actionplan/render/docx";
 *
 * const plan = parsePlan(JSON.parse(text));
 * await writeFile("plan.docx", await renderDocx(plan, { year: 2025 }));
 * // In a browser: new Blob([await renderDocx(plan)], { type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" })
 * ```
 */
export async function renderDocx(plan: Plan, options: DocxRenderOptions = {}): Promise<Uint8Array<ArrayBuffer>> {
  const { creator, subject, footer, embeddedPlan, ...renderOptions } = options;
  const { root, state } = buildDocumentWithState(plan, renderOptions);
  const adopted = plan.adoption === undefined ? undefined : state.label("adopted", { date: state.date(plan.adoption.date) });
  const cluster = plan.cluster === undefined ? undefined : state.plain(plan.cluster.name);
  const objective = plan.strategy?.mainObjective === undefined ? undefined : state.plain(plan.strategy.mainObjective);
  const docxOptions: DocxOptions = {};
  const given = (value: string | undefined): value is string => value !== undefined && value !== "";
  if (given(creator ?? cluster)) docxOptions.creator = (creator ?? cluster)!;
  if (given(subject ?? objective)) docxOptions.subject = (subject ?? objective)!;
  if (given(footer ?? adopted)) docxOptions.footer = (footer ?? adopted)!;
  // The plan itself, for `actionplan import` to give back exactly (a custom XML part), unless turned off.
  if (options.embedPlan !== false) docxOptions.embeddedPlan = embeddedPlan ?? plan;
  return toDocx(root, docxOptions);
}
