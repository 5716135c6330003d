// The pictures in the guides are made by scripts/screenshots.mjs and committed: each one a guide shows must exist,
// be a PNG of the size its name says, and stay small (at most 150 kB); none may lie there unused.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const guides = join(import.meta.dirname, "guides");
const images = join(guides, "images");
const rendering = readFileSync(join(guides, "rendering.md"), "utf8");
const shown = [...rendering.matchAll(/!\[[^\]]+\]\(images\/([^)]+)\)/g)].map((match) => match[1]!);
const studio = readFileSync(join(guides, "studio.md"), "utf8");
const shownInStudio = [...studio.matchAll(/!\[[^\]]+\]\(images\/([^)]+)\)/g)].map((match) => match[1]!);

/** A PNG's width and height, from its IHDR chunk. */
function size(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe("the pictures of the rendering guide", () => {
  it("shows the document view at 360 and 1280 px and the first three PDF pages", () => {
    expect(shown).toEqual(["document-360.png", "document-360-dark.png", "document-1280.png", "pdf-page-1.png", "pdf-page-2.png", "pdf-page-3.png"]);
    expect(readdirSync(images).sort()).toEqual([...shown, ...shownInStudio].sort());
  });

  it.each(shown)("%s is a small PNG of the width it says", (name) => {
    const png = readFileSync(join(images, name));
    expect(png.length).toBeLessThanOrEqual(150_000);
    const { width, height } = size(png);
    const named = /-(\d+)(-dark)?\.png$/.exec(name);
    if (name.startsWith("document-")) expect(width).toBe(Number(named![1]));
    // A PDF page drawn at 48 dpi: Chromium's A4 is 595.92 × 842.88 pt, 8.28 × 11.71 in.
    else expect([width, height]).toEqual([398, 562]);
  });

  it("are made by the project's own script", () => {
    const script = readFileSync(join(import.meta.dirname, "..", "scripts", "screenshots.mjs"), "utf8");
    for (const name of shown) expect(script).toContain(name.startsWith("pdf-page-") ? "`pdf-page-${page}.png`" : `"${name}"`);
    expect(rendering).toContain("node scripts/screenshots.mjs");
  });
});

describe("the pictures of the studio guide", () => {
  it("shows the studio at 1280 and 360 px, a form made from the model's shape, a file opened through an importer, the source view and the question in the page, made by the studio's own script", () => {
    expect(shownInStudio).toEqual(expect.arrayContaining(["studio-1280.png", "studio-360.png", "studio-forms-1280.png", "studio-import-1280.png", "studio-source-1280.png", "studio-ask-1280.png"]));
    const script = readFileSync(join(import.meta.dirname, "..", "packages", "studio", "scripts", "screenshots.mjs"), "utf8");
    for (const name of shownInStudio) expect(script).toContain(`"${name}"`);
    expect(studio).toContain("node packages/studio/scripts/screenshots.mjs");
  });

  it.each(shownInStudio)("%s is a small PNG of the width it says", (name) => {
    const png = readFileSync(join(images, name));
    expect(png.length).toBeLessThanOrEqual(150_000);
    expect(size(png).width).toBe(Number(/-(\d+)\.png$/.exec(name)![1]));
  });
});
