// Tables show no column that is empty in every row (issue #16: the priorities view's "Ansvarlig" column on a plan
// that names no one responsible): a column of facts the plan does not give is left out, header and all.
import type { DocPhrasing, DocTable } from "../doc.js";

/** Whether inline content shows anything: characters other than white space, or a progress bar. */
function shows(nodes: readonly DocPhrasing[]): boolean {
  for (const node of nodes) {
    if (node.type === "text") {
      if (node.value.trim() !== "") return true;
    } else if (node.type === "progressBar") return true;
    else if (node.type !== "hidden" && shows(node.children)) return true;
  }
  return false;
}

/**
 * The table without the columns whose cells are empty in every row; the first column (what each row is about)
 * always stays, and a table without rows keeps all its columns (its headers say what it would hold).
 */
export function withoutEmptyColumns(table: DocTable): DocTable {
  if (table.rows.length === 0) return table;
  const keep = table.columns.map((_, index) => index === 0 || table.rows.some((row) => shows(row.cells[index] ?? [])));
  if (keep.every(Boolean)) return table;
  return {
    ...table,
    columns: table.columns.filter((_, index) => keep[index]),
    rows: table.rows.map((row) => ({ ...row, cells: row.cells.filter((_, index) => keep[index]) })),
  };
}
