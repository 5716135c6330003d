// Long lists a page at a time: no list in the studio draws more than PAGE_SIZE rows (a chapter's measures, the
// forms' lists of indicators, people, organisations …, the outline's measures), so that a plan of a thousand stays
// quick. A list's page follows an issue selected in it (revealPage), so that the field can take the focus.
import { useEffect, useState } from "preact/hooks";
import type { Translate } from "./messages.js";
import { PAGE_SIZE } from "./model.js";

/** The last place asked to be shown, counted so that each list follows it once. */
let wanted = { pointer: "", count: 0 };

/** Asks every paged list holding `pointer` to turn to the page with it (called when an issue is selected). */
export function revealPage(pointer: string): void {
  wanted = { pointer, count: wanted.count + 1 };
}

/** How many pages `total` rows take (at least one), `size` rows to a page. */
export const pageCount = (total: number, size: number = PAGE_SIZE): number => Math.max(1, Math.ceil(total / size));

/** The rows of one page and the index of its first row, `size` rows to a page. */
export function pageRows<T>(items: readonly T[], page: number, size: number = PAGE_SIZE): { rows: T[]; first: number } {
  const first = page * size;
  return { rows: items.slice(first, first + size), first };
}

/**
 * The page a list at `listPointer` shows, and a way to turn it: kept per list (another list drawn in the same place
 * starts at its first page), within the list's pages, and turned to the row an issue selected in the list is on.
 */
export function usePage(listPointer: string, total: number): [number, (page: number) => void] {
  const [state, setState] = useState({ listPointer, page: 0, seen: wanted.count });
  let page = state.listPointer === listPointer ? state.page : 0;
  if (wanted.count !== state.seen && wanted.pointer.startsWith(`${listPointer}/`)) {
    const index = Number(wanted.pointer.slice(listPointer.length + 1).split("/")[0]);
    if (Number.isInteger(index)) page = Math.floor(index / PAGE_SIZE);
  }
  page = Math.min(page, pageCount(total) - 1);
  const seen = wanted.count;
  useEffect(() => {
    if (state.listPointer !== listPointer || state.page !== page || state.seen !== seen) setState({ listPointer, page, seen });
  });
  return [page, (next: number) => setState({ listPointer, page: next, seen })];
}

/** Previous and Next, with the rows shown ("Indicators 51–100 of 1000"), for a list longer than a page. */
export function Pager({ t, label, page, total, range, go }: { t: Translate; label: string; page: number; total: number; range: (from: number, to: number, total: number) => string; go: (page: number) => void }) {
  const pages = pageCount(total);
  return (
    <nav class="pager" aria-label={label}>
      <button type="button" disabled={page === 0} onClick={() => go(page - 1)}>{t("previous")}</button>
      <span>{range(page * PAGE_SIZE + 1, Math.min(total, (page + 1) * PAGE_SIZE), total)}</span>
      <button type="button" disabled={page >= pages - 1} onClick={() => go(page + 1)}>{t("next")}</button>
    </nav>
  );
}
