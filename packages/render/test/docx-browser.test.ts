// The DOCX entry runs in a browser (the studio calls it there): @actionplan/render/docx bundled for browsers as a
// user's bundler would, then run in headless Chromium (Debian's `chromium`) on the Polyfon plan, with every request
// blocked. The bytes it gives back are the same Word document as in Node, but for the placeholders' random marker.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { strFromU8, unzipSync } from "fflate";
import { chromium } from "playwright-core";
import { describe, expect, it } from "vitest";
import { renderDocx } from "@actionplan/render/docx";

const CHROMIUM = "/usr/bin/chromium";
const packageDir = join(import.meta.dirname, "..");
const polyfon = readFileSync(join(packageDir, "..", "..", "examples", "polyfon-2025-2030", "plan.json"), "utf8");

describe("@actionplan/render/docx in a browser", () => {
  it("bundles for a browser without Node's built-ins and renders the Polyfon plan in Chromium", { timeout: 120_000 }, async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(`Chromium is missing at ${CHROMIUM}; this test needs it. Install it with: apt-get update && apt-get install -y chromium`);
    }
    const bundle = await build({
      stdin: {
        contents: `import { renderDocx } from "@actionplan/render/docx"; window.renderDocx = renderDocx;`,
        resolveDir: packageDir,
        loader: "ts",
      },
      bundle: true,
      write: false,
      format: "iife",
      platform: "browser",
      conditions: ["source"],
      metafile: true,
      logLevel: "silent",
    });
    // Nothing of Node's: a browser has no fs, no Buffer, no process.
    expect(Object.keys(bundle.metafile.inputs).filter((path) => path.startsWith("node:") || /(^|\/)node_modules\/(buffer|process)\//.test(path))).toEqual([]);
    const profile = mkdtempSync(join(tmpdir(), "actionplan-docx-browser-"));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    try {
      await context.route("**/*", (route) => route.abort());
      const page = context.pages()[0] ?? (await context.newPage());
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      await page.setContent("<!DOCTYPE html><title>docx</title>");
      await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
      const bytes = await page.evaluate(async (text) => {
        const render = (window as unknown as { renderDocx: (plan: unknown) => Promise<Uint8Array<ArrayBuffer>> }).renderDocx;
        const result = await render(JSON.parse(text));
        // A Blob is what a page offers for download.
        const blob = new Blob([result], { type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" });
        return [...new Uint8Array(await blob.arrayBuffer())];
      }, polyfon);
      expect(errors).toEqual([]);
      const inBrowser = unzipSync(new Uint8Array(bytes));
      const inNode = unzipSync(await renderDocx(JSON.parse(polyfon)));
      expect(Object.keys(inBrowser).sort()).toEqual(Object.keys(inNode).sort());
      for (const name of Object.keys(inNode)) expect(strFromU8(inBrowser[name]!), name).toBe(strFromU8(inNode[name]!));
      expect(strFromU8(inBrowser["word/document.xml"]!)).toContain("Handlingsplan for Polyfon (2025-2030)");
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });
});
