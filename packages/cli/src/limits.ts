/** The largest plan file the command reads: 50 MB. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** The largest YAML file the command reads: 10 MB (reading YAML takes many times the time and memory of JSON). */
export const MAX_YAML_BYTES = 10 * 1024 * 1024;

/** The deepest nesting of objects and arrays the command accepts (a plan needs about 20). */
export const MAX_DEPTH = 256;

/** How many YAML aliases may be expanded in one document before it counts as an alias bomb. */
export const MAX_YAML_ALIASES = 100;

/** At most this many syntax errors are reported per file: later ones are mostly consequences of the first. */
export const MAX_SYNTAX_ERRORS = 1;

/** The most rows one sheet of an imported spreadsheet (XLSX sheet or CSV file) may have: a plan needs hundreds. */
export const MAX_SHEET_ROWS = 100_000;

/** The most cells one sheet of an imported spreadsheet may have. */
export const MAX_SHEET_CELLS = 2_000_000;
