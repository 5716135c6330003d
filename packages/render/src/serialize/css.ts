/**
 * The embedded stylesheet: readable on screen with WCAG AA contrast in light and dark schemes, without sideways
 * scrolling on a 360 px phone, and a print stylesheet (A4 or Letter) with page numbers and named fonts, so that a
 * printed plan has the same pages wherever it is printed.
 */
export const STYLESHEET = `:root {
  color-scheme: light dark;
  --ap-text: #1b1b1b;
  --ap-muted: #4a4a4a;
  --ap-background: #ffffff;
  --ap-accent: #0b4f8a;
  --ap-rule: #8a8a8a;
  --ap-stripe: #f3f5f8;
  --ap-priority: #fff4d6;
  --ap-print-font: "Liberation Sans", Arimo, Arial, "DejaVu Sans", Helvetica, sans-serif;
}
@media (prefers-color-scheme: dark) {
  :root {
    --ap-text: #e6e6e6;
    --ap-muted: #bdbdbd;
    --ap-background: #16181b;
    --ap-accent: #8fc3ff;
    --ap-rule: #7a7a7a;
    --ap-stripe: #23282f;
    --ap-priority: #3b3214;
  }
}
html:has(> body.actionplan) { background: var(--ap-background); }
body.actionplan {
  margin: 0 auto;
  padding: 1.5rem 1.25rem 3rem;
  max-width: 52rem;
}
.actionplan {
  background: var(--ap-background);
  color: var(--ap-text);
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Liberation Sans", "DejaVu Sans", Arial, sans-serif;
  font-size: 1rem;
  line-height: 1.55;
  overflow-wrap: anywhere;
  hyphens: auto;
}
.actionplan h1, .actionplan h2, .actionplan h3, .actionplan h4, .actionplan h5, .actionplan h6 {
  line-height: 1.25;
  margin: 1.6em 0 0.6em;
}
.actionplan h1 { font-size: 2rem; margin-top: 0.4em; }
.actionplan h2 { font-size: 1.5rem; border-bottom: 1px solid var(--ap-rule); padding-bottom: 0.2em; }
.actionplan h3 { font-size: 1.2rem; }
.actionplan h4, .actionplan h5, .actionplan h6 { font-size: 1.05rem; }
.actionplan a { color: var(--ap-accent); text-decoration: underline; text-underline-offset: 0.15em; }
.actionplan a:focus-visible { outline: 3px solid var(--ap-accent); outline-offset: 2px; }
.actionplan .adoption { color: var(--ap-muted); margin: 0; }
.actionplan .main-objective { font-size: 1.05rem; border-left: 4px solid var(--ap-accent); padding-left: 1rem; }
.actionplan nav.toc ul { list-style: none; padding-left: 0; }
.actionplan nav.toc li { margin: 0.25em 0; }
.actionplan .table-scroll { overflow-x: auto; }
.actionplan table { border-collapse: collapse; width: 100%; margin: 1rem 0; }
.actionplan caption { text-align: left; font-weight: 600; padding: 0.3em 0; }
.actionplan th, .actionplan td { border: 1px solid var(--ap-rule); padding: 0.45em 0.6em; text-align: left; vertical-align: top; }
.actionplan thead th { background: var(--ap-stripe); }
.actionplan td.year, .actionplan th.year { width: 6.5em; white-space: nowrap; }
.actionplan .align-right { text-align: right; }
.actionplan .align-center { text-align: center; }
.actionplan tr.priority td { background: var(--ap-priority); }
.actionplan tr.open td { height: 1.6em; }
.actionplan tr.total th, .actionplan tr.total td { font-weight: 600; }
.actionplan .footnote, .actionplan .note { font-size: 0.9rem; color: var(--ap-muted); }
.actionplan progress { width: 7em; height: 0.9em; vertical-align: middle; accent-color: var(--ap-accent); }
.actionplan .progress-figure { white-space: nowrap; }
.actionplan hr { border: 0; border-top: 1px solid var(--ap-rule); margin: 2rem 0; }
.actionplan .untranslated { text-decoration: underline dotted var(--ap-muted); text-underline-offset: 0.2em; }
.actionplan .untranslated-note { border-left: 4px solid var(--ap-rule); padding-left: 1rem; color: var(--ap-muted); }
.actionplan .visually-hidden {
  position: absolute !important;
  width: 1px;
  height: 1px;
  padding: 0;
  margin: -1px;
  overflow: hidden;
  clip: rect(0, 0, 0, 0);
  white-space: nowrap;
  border: 0;
}
.skip-link { position: absolute; left: -999px; top: 0; background: var(--ap-background); color: var(--ap-accent); padding: 0.5em 1em; }
.skip-link:focus { left: 1rem; }
@media screen and (max-width: 30rem) {
  body.actionplan { padding: 1rem 0.75rem 2rem; }
  .actionplan h1 { font-size: 1.6rem; }
  .actionplan h2 { font-size: 1.3rem; }
  .actionplan th, .actionplan td { padding: 0.35em 0.4em; }
  .actionplan td.year, .actionplan th.year { width: auto; }
}
@page {
  margin: 15mm 16mm 17mm;
  @bottom-left { content: var(--ap-footer, none); font: 8pt var(--ap-print-font); color: #4a4a4a; }
  @bottom-right { content: counter(page) " / " counter(pages); font: 8pt var(--ap-print-font); color: #4a4a4a; }
}
@media print {
  :root {
    color-scheme: light;
    --ap-text: #000000;
    --ap-muted: #3d3d3d;
    --ap-background: #ffffff;
    --ap-accent: #000000;
    --ap-rule: #8a8a8a;
    --ap-stripe: #eeeeee;
  }
  body.actionplan { max-width: none; padding: 0; }
  .actionplan {
    font-family: var(--ap-print-font);
    font-size: 10pt;
    line-height: 1.35;
    color: #000000;
    background: #ffffff;
  }
  .actionplan h1 { font-size: 18pt; }
  .actionplan h2 { font-size: 14pt; margin: 1.2em 0 0.5em; }
  .actionplan h3 { font-size: 11.5pt; margin: 1em 0 0.4em; }
  .actionplan h4, .actionplan h5, .actionplan h6 { font-size: 10.5pt; margin: 0.9em 0 0.3em; }
  .actionplan p { margin: 0.5em 0; }
  .actionplan table { margin: 0.5em 0; }
  .actionplan th, .actionplan td { padding: 0.25em 0.45em; }
  .skip-link { display: none; }
  .actionplan a { color: inherit; text-decoration: none; }
  /* No page break after the contents: it left 2/3 of Polyfon's first page empty (15 Letter pages; now 13 A4, 14 Letter). */
  .actionplan h1, .actionplan h2, .actionplan h3, .actionplan h4, .actionplan h5, .actionplan h6, .actionplan caption { break-after: avoid; }
  .actionplan .table-scroll { overflow: visible; }
  .actionplan table { break-inside: auto; }
  .actionplan tr, .actionplan li { break-inside: avoid; }
  .actionplan p { orphans: 3; widows: 3; }
  .actionplan thead { display: table-header-group; break-after: avoid; }
  .actionplan tr.priority td { background: none; }
  .actionplan progress { display: none; }
  /* The appendix (what the plan file holds beyond the adopted text) is reference matter: smaller, denser type, so
     that it adds little to the printed plan (the Polyfon plan: 13 pages on A4, 14 on Letter, the measures' statuses included). A long
     item (a partner with its agreement) may break across pages; its short items still keep together. */
  .actionplan .appendix { font-size: 8pt; line-height: 1.2; }
  .actionplan .appendix h2 { font-size: 12pt; }
  .actionplan .appendix h3 { font-size: 10pt; margin: 0.8em 0 0.3em; }
  .actionplan .appendix h4 { font-size: 9pt; margin: 0.7em 0 0.2em; }
  .actionplan .appendix p { margin: 0.3em 0; }
  .actionplan .appendix ul, .actionplan .appendix ol { margin: 0.2em 0; padding-left: 1.4em; }
  .actionplan .appendix li:has(li) { break-inside: auto; }
  .actionplan .appendix ul.participants { columns: 2; column-gap: 2em; }
  /* The measures' statuses repeat each measure's text: one dense line each where it fits, the status unbroken. */
  .actionplan .appendix table.measure-facts { margin: 0.1em 0 0.3em; }
  .actionplan .appendix table.measure-facts th, .actionplan .appendix table.measure-facts td { padding: 0 0.4em; }
  .actionplan .appendix h4:has(+ table.measure-facts), .actionplan .appendix h4:has(+ .table-scroll > table.measure-facts) { margin: 0.4em 0 0; }
  .actionplan .appendix table.measure-facts th:nth-child(n + 2), .actionplan .appendix table.measure-facts td:nth-child(n + 2) { white-space: nowrap; }
}`;
