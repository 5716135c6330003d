// The page's parts for importing and exporting: the report of the last import (what mapped, what was guessed,
// what was kept under extensions, or why the file was refused), the buttons of the interchange exports with their
// options, and the options of the next import.
import type { Plan } from "@actionplan/core";
import { useState } from "preact/hooks";
import type { PlanData } from "../edit.js";
import { downloadBytes } from "../save.js";
import type { TableName } from "../../../cli/src/interchange/sheets/index.js";
import type { StratmlType } from "../../../cli/src/interchange/stratml/model.js";
import { CSV_TABLES, DEFAULT_EXPORT_CHOICES, STRATML_TYPE_CHOICES, type ExportChoices, type ExportFormat } from "./export-choices.js";
import type { ImportChoices, ImportReport, ReportLine } from "./importers.js";
import type { StudioLanguage } from "../messages.js";
import { countWord, type IoTranslate } from "./messages.js";
import { languageName } from "../language-names.js";
import { CheckOption, LabelledOption, OptionsPanel } from "./options-panel.js";

/** The interchange exporters, loaded on the first interchange export. */
const exporters = () => import("./exporters.js");

const FORMAT_NAMES: Record<string, string> = { docx: "Word (DOCX)", xlsx: "Excel (XLSX)", csv: "CSV", stratml: "StratML", html: "HTML", md: "Markdown" };

function Located({ line, t, language }: { line: ReportLine; t: IoTranslate; language: StudioLanguage }) {
  return (
    <li>
      {line.line !== undefined && <strong>{line.column === undefined ? t("at", { line: line.line }) : t("atColumn", { line: line.line, column: line.column })}: </strong>}
      {line.worded?.[language] ?? line.message}
    </li>
  );
}

/** The report of an import: a refusal as an alert with each located error, otherwise what the import did. */
export function ImportReportPanel({ report, t, language, close }: { report: ImportReport; t: IoTranslate; language: StudioLanguage; close: () => void }) {
  const format = report.format === "file" ? t("aFile") : (FORMAT_NAMES[report.format] ?? report.format);
  const refused = report.errors.length > 0;
  const counts = Object.entries(report.counts);
  return (
    <section class={refused ? "import-report read-error" : "import-report notice"} role={refused ? "alert" : "status"} aria-label={report.file} data-format={report.format}>
      <p>{t(refused ? "importRefused" : report.mode === "into" ? "importedInto" : "importedNew", { file: report.file, format })}</p>
      {refused && (
        <ul class="import-errors">
          {report.errors.map((line, i) => (
            <Located key={i} line={line} t={t} language={language} />
          ))}
        </ul>
      )}
      {!refused && counts.length > 0 && (
        <p class="import-counts">
          {t("reportCounts")}: {counts.map(([key, value]) => `${countWord(language, key)} ${value}`).join(", ")}
        </p>
      )}
      {([["reportMapped", report.mapped], ["reportGuessed", report.guessed], ["reportKept", report.kept]] as const).map(
        ([key, lines]) =>
          lines.length > 0 && (
            <details key={key} class={`import-${key}`}>
              <summary>
                {t(key)} ({lines.length})
              </summary>
              <ul>
                {lines.map((line, i) => (
                  <Located key={i} line={line} t={t} language={language} />
                ))}
              </ul>
            </details>
          ),
      )}
      <button type="button" onClick={close}>{t("closeReport")}</button>
    </section>
  );
}

/** The message keys naming each StratML type in the export options. */
const STRATML_TYPE_KEYS = { StrategicPlan: "stratmlPart1", Strategic_Plan: "stratmlStrategic", Performance_Plan: "stratmlPerformancePlan", Performance_Report: "stratmlPerformanceReport" } as const;
/** The message keys naming each table a CSV export writes. */
const TABLE_KEYS = { measures: "tableMeasures", indicators: "tableIndicators", milestones: "tableMilestones" } as const;

/** The languages a plan is written in: its own, then its further ones. */
function planLanguages(plan: PlanData): string[] {
  const found = new Set<string>();
  if (typeof plan["language"] === "string") found.add(plan["language"]);
  if (Array.isArray(plan["languages"])) for (const code of plan["languages"]) if (typeof code === "string" && code !== "") found.add(code);
  return [...found];
}

/**
 * The buttons of the interchange exports (XLSX, StratML, CSV), each loading its writer when first used, and the
 * options of `actionplan export` folded under them: the StratML type and language, the CSV table and its Table Schema.
 */
export function InterchangeExports({ plan, valid, base, t, language, say }: { plan: PlanData; valid: boolean; base: string; t: IoTranslate; language: StudioLanguage; say: (lines: string[]) => void }) {
  const [busy, setBusy] = useState(false);
  const [choices, setChoices] = useState<ExportChoices>(DEFAULT_EXPORT_CHOICES);
  const languages = planLanguages(plan);
  // A language chosen for another plan, which this one is not written in, is not kept.
  const lang = choices.lang !== undefined && languages.includes(choices.lang) && choices.lang !== languages[0] ? choices.lang : undefined;
  const run = async (format: ExportFormat) => {
    const name = { xlsx: "XLSX", stratml: "StratML", csv: "CSV" }[format];
    if (!valid) {
      say([t("exportNeedsValid", { format: name })]);
      return;
    }
    setBusy(true);
    try {
      const file = await (await exporters()).exportPlanAs(format, plan as unknown as Plan, { ...choices, lang });
      downloadBytes(file.bytes, `${base}${file.suffix}`, file.type);
      if (file.companion !== undefined) downloadBytes(file.companion.bytes, `${base}${file.companion.suffix}`, file.companion.type);
      // The notice is worded in the studio's language as it is when the file is exported.
      const { table, language: textLanguage } = file.summaryWords.values;
      const summary = t(file.summaryWords.key, { ...file.summaryWords.values, ...(table === undefined ? {} : { table: t(TABLE_KEYS[table as TableName]) }), ...(textLanguage === undefined || textLanguage === "" ? {} : { language: languageName(textLanguage, language) }) });
      const notCarried = file.notCarriedIn[language];
      say([t("exported", { summary }), ...(notCarried.length > 0 ? [t("notCarried"), ...notCarried] : [])]);
    } catch (error) {
      say([t("exportFailed", { message: error instanceof Error ? error.message : String(error) })]);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button type="button" disabled={busy} onClick={() => void run("xlsx")}>{t("exportXlsx")}</button>
      <button type="button" disabled={busy} onClick={() => void run("stratml")}>{t("exportStratml")}</button>
      <button type="button" disabled={busy} onClick={() => void run("csv")}>{t("exportCsv", { table: t(TABLE_KEYS[choices.table]) })}</button>
      <OptionsPanel kind="export" summary={t("exportOptions")} note={t("exportXlsxNote")}>
        <LabelledOption id="export-stratml-type" label={t("stratmlType")}>
          <select id="export-stratml-type" value={choices.stratmlType ?? ""} onChange={(event) => setChoices({ ...choices, stratmlType: (event.currentTarget.value || undefined) as StratmlType | undefined })}>
            <option value="">{t("stratmlTypeByKind")}</option>
            {STRATML_TYPE_CHOICES.map((type) => (
              <option key={type} value={type}>{t(STRATML_TYPE_KEYS[type])}</option>
            ))}
          </select>
        </LabelledOption>
        <LabelledOption id="export-stratml-language" label={t("stratmlLanguage")} hint={t("stratmlLanguageHint")}>
          <select id="export-stratml-language" value={lang ?? ""} aria-describedby="export-stratml-language-hint" onChange={(event) => setChoices({ ...choices, lang: event.currentTarget.value || undefined })}>
            <option value="">{t("stratmlPlanLanguage", { language: languages[0] ?? "" })}</option>
            {languages.slice(1).map((code) => (
              <option key={code} value={code}>{code}</option>
            ))}
          </select>
        </LabelledOption>
        <LabelledOption id="export-csv-table" label={t("csvTable")}>
          <select id="export-csv-table" value={choices.table} onChange={(event) => setChoices({ ...choices, table: event.currentTarget.value as TableName })}>
            {CSV_TABLES.map((table) => (
              <option key={table} value={table}>{t(TABLE_KEYS[table])}</option>
            ))}
          </select>
        </LabelledOption>
        <CheckOption checked={choices.descriptor} label={t("csvDescriptor")} change={(descriptor) => setChoices({ ...choices, descriptor })} />
      </OptionsPanel>
    </>
  );
}

/** What the last interchange export said: its summary, and what the format could not hold. */
export function ExportNotice({ lines, t, close }: { lines: readonly string[]; t: IoTranslate; close: () => void }) {
  const [first, ...rest] = lines;
  return (
    <section class="notice export-notice" role="status">
      <p>{first}</p>
      {rest.length > 1 && (
        <details>
          <summary>
            {rest[0]} ({rest.length - 1})
          </summary>
          <ul>
            {rest.slice(1).map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </details>
      )}
      <button type="button" onClick={close}>{t("closeReport")}</button>
    </section>
  );
}

/**
 * The options of the next import, as `actionplan import` has them (`--lang`, `--no-embedded`), folded under the
 * file button: they apply to the next file opened or dropped.
 */
export function ImportOptions({ choices, choose, t }: { choices: ImportChoices; choose: (next: ImportChoices) => void; t: IoTranslate }) {
  return (
    <OptionsPanel kind="import" summary={t("importOptions")} note={t("importSheets")}>
      <LabelledOption id="import-language" label={t("importLanguage")} hint={t("importLanguageHint")}>
        <input id="import-language" list="import-languages" size={8} value={choices.lang ?? ""} aria-describedby="import-language-hint" onInput={(event) => choose({ ...choices, lang: event.currentTarget.value })} />
        <datalist id="import-languages">
          <option value="nb" />
          <option value="nn" />
          <option value="en" />
        </datalist>
      </LabelledOption>
      <CheckOption checked={choices.embedded} label={t("importEmbedded")} change={(embedded) => choose({ ...choices, embedded })} />
    </OptionsPanel>
  );
}
