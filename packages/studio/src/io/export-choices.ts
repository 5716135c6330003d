// The interchange exports' formats and options, as `actionplan export` has them, apart from the exporters
// (./exporters.ts, a chunk loaded on the first export) so that the export panel can offer them at first load.
import type { TableName } from "../../../cli/src/interchange/sheets/index.js";
import type { StratmlType } from "../../../cli/src/interchange/stratml/model.js";

/** The interchange formats the studio exports. */
export type ExportFormat = "xlsx" | "stratml" | "csv";

/**
 * The options of an interchange export, as `actionplan export` takes them: `--stratml-type`, `--lang` (the language
 * a StratML file is written in), `--table` and `--descriptor` (a CSV table's Table Schema, written beside it).
 */
export interface ExportChoices {
  /** The StratML document type; undefined: by the plan's kind, as the CLI chooses without `--stratml-type`. */
  stratmlType?: StratmlType | undefined;
  /** The language of a StratML file's texts; undefined: the plan's language. */
  lang?: string | undefined;
  /** The table a CSV export writes. */
  table: TableName;
  /** Whether a CSV export also writes the table's Frictionless Table Schema (JSON). */
  descriptor: boolean;
}

/** The StratML types `--stratml-type` takes (the CLI's `STRATML_TYPES`; test/io-units.test.ts holds them equal). */
export const STRATML_TYPE_CHOICES: readonly StratmlType[] = ["StrategicPlan", "Strategic_Plan", "Performance_Plan", "Performance_Report"];

/** The tables `--table` takes (the CLI's `TABLE_NAMES`; test/io-units.test.ts holds them equal). */
export const CSV_TABLES: readonly TableName[] = ["measures", "indicators", "milestones"];

/** The options of an export when none is chosen: what `actionplan export` does without them. */
export const DEFAULT_EXPORT_CHOICES: ExportChoices = { table: "measures", descriptor: false };
