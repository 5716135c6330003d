// The PDF path of `render`, loaded only when a PDF is asked for (it alone needs playwright-core and a Chromium).
export { findChromium } from "./chromium.js";
export { printPdf } from "./print.js";
