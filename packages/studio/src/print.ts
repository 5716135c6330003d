// Printing (and so "Save as PDF") the document the preview shows, with @actionplan/render's print stylesheet: the
// studio's "Print / PDF" button and the browser's own Print (Ctrl+P, the menu) both put a copy of the rendered page
// into the studio's page and print that, so that both give the same pages.
//
// Why a copy in the studio's page, not a frame: a browser prints the page, not a frame in it, when someone presses
// Ctrl+P or chooses Print in its menu; a frame inside a printed page is cut into page-high slices with no regard for
// lines or table rows, and without render's @page rules (margins, page numbers, the running footer), which only the
// printed document's own stylesheet sets. Printing a frame of its own from the button (which needs `allow-modals`,
// and `allow-same-origin` to call its `print()`) would give other pages than Ctrl+P. So the copy is the printed page.
//
// Why that is safe: the rendered page (every text escaped by render; no embedded plan and no JSON-LD, so no <script>)
// is read with DOMParser, whose document is inert (nothing runs, nothing loads); any <script> is dropped all the
// same; and the studio's page runs under its own Content-Security-Policy (index.html: `script-src 'self'`, no
// 'unsafe-inline'), which refuses inline scripts, event-handler attributes and javascript: links. The copy's
// stylesheet applies to print media only, and the studio's own stylesheet to the screen only (studio.css), so that
// on screen nothing changes and on paper nothing of the studio shows. The preview frame keeps `sandbox=""` and its CSP.

/** The id of the printed copy in the studio's page: print.css hides everything else on paper. */
const PRINT_COPY_ID = "print-copy";
/** The class render gives a page's `<body>`: its print stylesheet's page rules (`body.actionplan`) apply through it. */
const RENDER_BODY_CLASS = "actionplan";

/** The page's title before the copy's replaced it (the title names the PDF a browser saves), while a copy is in. */
let titleBefore: string | undefined;
/** The rendered page the copy in the studio's page was made from, while a copy is in. */
let copied: string | undefined;

/**
 * Puts a copy of the rendered page `html` (as `renderHtml` writes it) into the studio's page, to be printed: its
 * body's content in a `<div>` in its language, its stylesheets for print media only, its title as the page's (the
 * name a browser gives the PDF). Replaces the copy put in before, unless that was made from the same page (the
 * button puts it in, then the `beforeprint` of its `print()` would again).
 */
export function putPrintCopy(html: string): void {
  if (copied === html && document.getElementById(PRINT_COPY_ID) !== null) return;
  removePrintCopy();
  const page = new DOMParser().parseFromString(html, "text/html");
  for (const script of page.querySelectorAll("script")) script.remove();
  const copy = document.createElement("div");
  copy.id = PRINT_COPY_ID;
  copy.lang = page.documentElement.lang;
  for (const sheet of page.querySelectorAll("style")) {
    const style = document.createElement("style");
    style.media = "print";
    style.textContent = sheet.textContent;
    copy.append(style);
  }
  copy.append(...Array.from(page.body.childNodes, (node) => document.importNode(node, true)));
  titleBefore = document.title;
  if (page.title !== "") document.title = page.title;
  document.body.classList.add(RENDER_BODY_CLASS);
  document.body.append(copy);
  copied = html;
}

/** Takes the printed copy out of the studio's page again (after printing), giving the page back its title. */
export function removePrintCopy(): void {
  document.getElementById(PRINT_COPY_ID)?.remove();
  document.body.classList.remove(RENDER_BODY_CLASS);
  if (titleBefore !== undefined) document.title = titleBefore;
  titleBefore = undefined;
  copied = undefined;
}

/** Prints the rendered page `html` now: the browser's print dialog, where "Save as PDF" makes the PDF. */
export function printPage(html: string): void {
  putPrintCopy(html);
  window.print();
}

/**
 * The browser's own Print (Ctrl+P, its menu) prints the page `html` gives at that moment (none: nothing is put in):
 * the copy goes in before the browser lays the page out for print, and out afterwards. Gives the function that stops
 * listening. Listening once, not anew for each preview, so that an edit during printing cannot leave a copy behind.
 */
export function printWithBrowser(html: () => string | undefined): () => void {
  const before = () => {
    const page = html();
    if (page !== undefined) putPrintCopy(page);
  };
  window.addEventListener("beforeprint", before);
  window.addEventListener("afterprint", removePrintCopy);
  return () => {
    window.removeEventListener("beforeprint", before);
    window.removeEventListener("afterprint", removePrintCopy);
  };
}
