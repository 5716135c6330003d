// The studio's first load: what a browser fetches before the page can be used (index.html, the entry chunk, the
// chunks it preloads, the stylesheet), gzip as a static host would send it. The renderer, the revisions panel, the
// forms, the importers and exporters, the YAML reader, the source editor and the Word writer are chunks of their own, loaded
// when first needed; this guards that they stay out of the first load (docs/performance.md reports each chunk).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { dist } from "./chromium.js";

/** The first load's budget, gzip: 85–88 kB when set (it was 117 kB with the renderer and revisions in the entry). */
const FIRST_LOAD_BUDGET = 92 * 1024;

const gzipped = (file: string) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).byteLength;

/** The files index.html makes the browser fetch at once. */
function firstLoad(): string[] {
  if (!existsSync(join(dist, "index.html"))) {
    throw new Error("packages/studio/dist/index.html is missing: build the studio first (`pnpm build`, or `pnpm --filter @actionplan/studio build`).");
  }
  const html = readFileSync(join(dist, "index.html"), "utf8");
  const linked = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+)"/g)].map((match) => match[1]!);
  return ["index.html", ...linked];
}

describe("the studio's first load", () => {
  it(`stays within ${FIRST_LOAD_BUDGET / 1024} kB gzip, the renderer and revisions panel loaded later`, () => {
    const files = firstLoad();
    const sizes = Object.fromEntries(files.map((file) => [file, gzipped(file)]));
    const total = Object.values(sizes).reduce((sum, size) => sum + size, 0);
    expect(total, `first load ${JSON.stringify(sizes)}`).toBeLessThan(FIRST_LOAD_BUDGET);
    // The parts the first screen does not show are chunks of their own, not in the entry.
    const chunks = readdirSync(join(dist, "assets"));
    for (const name of ["render", "panel", "forms", "importers", "exporters", "plan-file", "editor", "docx"]) {
      expect(chunks.some((chunk) => chunk.startsWith(`${name}-`)), `a chunk named ${name}-*.js`).toBe(true);
    }
    expect(files.filter((file) => /\/(render|panel|forms|importers|exporters|editor|docx)-/.test(file))).toEqual([]);
  });
});
