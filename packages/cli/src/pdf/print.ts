import { CliError, ExitCode } from "../errors.js";
import { escapeControls } from "../output/escape.js";

/** A paper size `render --format pdf` prints on. */
export type Paper = "a4" | "letter";

/** How {@link printPdf} prints. */
export interface PrintOptions {
  /** The Chromium executable (see findChromium). */
  executablePath: string;
  /** The paper size. */
  paper: Paper;
  /** Printing that takes longer than this ends with an error instead of hanging (default: 120 s). */
  timeoutMs?: number;
}

/**
 * Chromium's switches: nothing of its own goes on the network (no updates, sync or prefetch), and every request of
 * the page goes to a proxy that does not exist, behind the request interception below.
 */
const ARGS = [
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-default-apps",
  "--disable-domain-reliability",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
  "--no-pings",
  "--disable-gpu",
  "--proxy-server=http://127.0.0.1:9",
  "--proxy-bypass-list=<-loopback>",
];

/**
 * Prints a standalone HTML page to a tagged PDF (headings as PDF structure, the language and title of the page, an
 * outline of its headings) with headless Chromium through playwright-core. The page is loaded from memory, with
 * JavaScript off and every network request aborted: texts of the plan that name remote images or links fetch
 * nothing. A Chromium that cannot start or hangs is a usage error (exit 2), never a stack trace.
 */
export async function printPdf(html: string, options: PrintOptions): Promise<Uint8Array> {
  const { chromium } = await import("playwright-core");
  const timeoutMs = options.timeoutMs ?? 120_000;
  const shown = escapeControls(options.executablePath);
  let browser: Awaited<ReturnType<typeof chromium.launch>> | undefined;
  let timer: NodeJS.Timeout | undefined;
  let timedOut = false;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      timedOut = true;
      reject(new CliError(`Chromium (${shown}) did not finish printing the PDF within ${timeoutMs / 1000} s; nothing was written.`, ExitCode.usage));
    }, timeoutMs);
  });
  const print = async (): Promise<Uint8Array> => {
    try {
      browser = await chromium.launch({ executablePath: options.executablePath, headless: true, args: ARGS, timeout: timeoutMs });
    } catch (error) {
      const reason = escapeControls(String((error as Error).message ?? error).split("\n")[0] ?? "");
      throw new CliError(`Chromium at ${shown} could not be started to print the PDF: ${reason}. Give another one with --chromium PATH.`, ExitCode.usage);
    }
    // A launch that ended after the time was up: the browser is closed here, as the caller has already gone on.
    if (timedOut) await browser.close().catch(() => undefined);
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true, serviceWorkers: "block", colorScheme: "light" });
    await context.route("**/*", (route) => route.abort("blockedbyclient"));
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: "load", timeout: timeoutMs });
    const pdf = await page.pdf({
      format: options.paper === "letter" ? "Letter" : "A4",
      printBackground: true,
      tagged: true,
      outline: true,
    });
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  };
  try {
    return await Promise.race([print(), timeout]);
  } finally {
    clearTimeout(timer);
    await browser?.close().catch(() => undefined);
  }
}
