/** The embedded stylesheet: readable on screen with WCAG AA contrast, and a print stylesheet for a clean PDF. */
export const STYLESHEET = `:root {
  color-scheme: light;
  --ap-text: #1b1b1b;
  --ap-muted: #4a4a4a;
  --ap-background: #ffffff;
  --ap-accent: #0b4f8a;
  --ap-rule: #8a8a8a;
  --ap-stripe: #f3f5f8;
  --ap-priority: #fff4d6;
}
body.actionplan {
  margin: 0 auto;
  padding: 1.5rem 1.25rem 3rem;
  max-width: 52rem;
}
.actionplan {
  background: var(--ap-background);
  color: var(--ap-text);
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  font-size: 1rem;
  line-height: 1.55;
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
.skip-link { position: absolute; left: -999px; top: 0; background: #ffffff; color: #0b4f8a; padding: 0.5em 1em; }
.skip-link:focus { left: 1rem; }
@media print {
  @page { margin: 2cm 1.8cm; }
  body.actionplan { max-width: none; padding: 0; }
  .actionplan { font-size: 11pt; color: #000000; background: #ffffff; }
  .skip-link { display: none; }
  .actionplan a { color: inherit; text-decoration: none; }
  .actionplan nav.toc { break-after: page; }
  .actionplan section.chapter, .actionplan section.summary { break-before: page; }
  .actionplan h1, .actionplan h2, .actionplan h3, .actionplan h4 { break-after: avoid; }
  .actionplan table { break-inside: auto; }
  .actionplan tr, .actionplan li { break-inside: avoid; }
  .actionplan thead { display: table-header-group; }
  .actionplan tr.priority td { background: none; }
  .actionplan progress { display: none; }
}`;
