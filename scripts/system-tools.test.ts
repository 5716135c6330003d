// One list of the system tools the tests drive, used by Quick start's first line and by .ci/run alike.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
// @ts-expect-error: a plain .mjs script without declarations
import { hasFont, missingTools, SYSTEM_TOOLS } from "./system-tools.mjs";

const root = join(import.meta.dirname, "..");
const read = (name: string): string => readFileSync(join(root, name), "utf8");

interface Tool {
  command?: string;
  font?: string;
  file?: string;
  debian: string;
  neededBy: string;
}

describe("system tools", () => {
  test("each names its command or font, its Debian package and what needs it", () => {
    for (const tool of SYSTEM_TOOLS as Tool[]) {
      if (tool.file !== undefined) expect([tool.command, tool.font, tool.file]).toEqual([undefined, undefined, expect.stringMatching(/^\/[\w./-]+$/)]);
      else if (tool.font === undefined) expect(tool.command).toMatch(/^[a-z0-9.+-]+$/);
      else expect([tool.command, tool.font]).toEqual([undefined, expect.stringMatching(/^[A-Za-z][A-Za-z ]+$/)]);
      expect(tool.debian).toMatch(/^[a-z0-9.+-]+$/);
      expect(tool.neededBy.length).toBeGreaterThan(10);
    }
  });

  test("missingTools reports exactly the tools whose command is absent", () => {
    const tools: Tool[] = [
      { command: "here", debian: "here", neededBy: "a test that finds it" },
      { command: "gone", debian: "gone-pkg", neededBy: "a test that does not" },
    ];
    expect((missingTools(tools, (command: string) => command === "here") as Tool[]).map((tool) => tool.debian)).toEqual(["gone-pkg"]);
  });

  test("lists what the browser, PDF, DOCX and XLIFF tests need: Chromium, LibreOffice, pandoc, poppler's pdfinfo and pdftotext, the print stylesheet's fonts and xmllint", () => {
    const tools = SYSTEM_TOOLS as Tool[];
    expect(tools.map((tool) => tool.command ?? tool.font ?? tool.file)).toEqual(["chromium", "soffice", "/usr/lib/libreoffice/program/libsclo.so", "pandoc", "pdfinfo", "pdftotext", "Liberation Sans", "DejaVu Sans", "xmllint"]);
    expect(tools.filter((tool) => tool.command?.startsWith("pdf")).map((tool) => tool.debian)).toEqual(["poppler-utils", "poppler-utils"]);
    // The stylesheet names these same fonts for print.
    const css = read("packages/render/src/serialize/css.ts");
    for (const tool of tools) if (tool.font !== undefined) expect(css).toContain(`"${tool.font}"`);
  });

  test("missingTools checks a font with its own test, and fontconfig knows an installed font", () => {
    const tools: Tool[] = [
      { font: "Here Sans", debian: "fonts-here", neededBy: "a test that finds it" },
      { font: "Gone Sans", debian: "fonts-gone", neededBy: "a test that does not" },
    ];
    expect((missingTools(tools, () => false, (family: string) => family === "Here Sans") as Tool[]).map((tool) => tool.debian)).toEqual(["fonts-gone"]);
    expect(hasFont("No Such Family Ever")).toBe(false);
  });

  test("missingTools checks a component without a command (LibreOffice Calc) by a file it installs", () => {
    const tools: Tool[] = [
      { file: "/here.so", debian: "here-pkg", neededBy: "a test that finds it" },
      { file: "/gone.so", debian: "gone-pkg", neededBy: "a test that does not" },
    ];
    expect((missingTools(tools, () => false, () => false, (path: string) => path === "/here.so") as Tool[]).map((tool) => tool.debian)).toEqual(["gone-pkg"]);
  });

  test("Quick start's first line and .ci/run both install them from this list", () => {
    const manifest = JSON.parse(read("package.json")) as { scripts: Record<string, string> };
    expect(manifest.scripts["start"]).toMatch(/^node scripts\/system-tools\.mjs --install && /);
    expect(read(".ci/run")).toContain("node scripts/system-tools.mjs --install --strict");
    expect(read("README.md")).toContain("scripts/system-tools.mjs");
  });
});
