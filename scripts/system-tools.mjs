#!/usr/bin/env node
// The system tools the test suite drives for real (never mocks), in one list that `pnpm start` and `.ci/run` both
// use. With --install, installs the missing ones where it can (as root on Debian, with apt-get) and otherwise names
// them; with --strict, exits 1 when any is still missing afterwards. Without flags, only reports.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

/**
 * Each tool: the command the tests run (or, for a font, the font family the print stylesheet names, as `font`; for a
 * component with no command of its own, a `file` it installs), the Debian package that brings it, and what needs it.
 */
export const SYSTEM_TOOLS = [
  { command: "chromium", debian: "chromium", neededBy: "the accessibility, layout and PDF tests (axe-core and render --format pdf through playwright-core)" },
  { command: "soffice", debian: "libreoffice-writer-nogui", neededBy: "the DOCX tests: LibreOffice opens the Word documents and prints them to PDF" },
  { file: "/usr/lib/libreoffice/program/libsclo.so", debian: "libreoffice-calc-nogui", neededBy: "the spreadsheet tests: LibreOffice Calc opens the XLSX workbooks and converts them to CSV and XLSX" },
  { command: "pandoc", debian: "pandoc", neededBy: "the DOCX tests: pandoc reads the Word documents back for the item check" },
  { command: "pdfinfo", debian: "poppler-utils", neededBy: "the PDF and DOCX tests (page count, page size, tags, language and title)" },
  { command: "pdftotext", debian: "poppler-utils", neededBy: "the PDF and DOCX tests (every item of the Polyfon plan, page numbers and footers)" },
  { font: "Liberation Sans", debian: "fonts-liberation2", neededBy: "the print stylesheet's font: the PDF tests count pages set in it" },
  { font: "DejaVu Sans", debian: "fonts-dejavu-core", neededBy: "the print stylesheet's fallback font, for letters Liberation Sans lacks" },
  { command: "xmllint", debian: "libxml2-utils", neededBy: "the XLIFF export tests (validation against the vendored XLIFF 2.0 core schema)" },
];

/** Whether a command is on PATH. */
export function hasCommand(command) {
  return spawnSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" }).status === 0;
}

/** Whether fontconfig knows a font family (fc-list exits 1 when nothing matches, or fails when it is missing). */
export function hasFont(family) {
  return spawnSync("fc-list", ["-q", family], { stdio: "ignore" }).status === 0;
}

/** What a tool is called in messages: its command, or its font family. */
export function toolName(tool) {
  return tool.command ?? (tool.font !== undefined ? `the font "${tool.font}"` : tool.file);
}

/** The tools whose command (or font) is missing. */
export function missingTools(tools = SYSTEM_TOOLS, has = hasCommand, font = hasFont, exists = existsSync) {
  return tools.filter((tool) => (tool.command !== undefined ? !has(tool.command) : tool.font !== undefined ? !font(tool.font) : !exists(tool.file)));
}

function canInstall() {
  return process.platform === "linux" && typeof process.getuid === "function" && process.getuid() === 0 && hasCommand("apt-get");
}

function install(tools) {
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const packages = [...new Set(tools.map((tool) => tool.debian))];
  console.error(`system tools: installing ${packages.join(", ")} with apt-get…`);
  const update = spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  if (update.status !== 0) return false;
  const result = spawnSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", ...packages], { stdio: ["ignore", "ignore", "inherit"], env });
  return result.status === 0;
}

function describe(tools) {
  return tools.map((tool) => `  - ${toolName(tool)} (Debian package ${tool.debian}): ${tool.neededBy}`).join("\n");
}

const isMain = process.argv[1] !== undefined && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isMain) {
  const args = new Set(process.argv.slice(2));
  let missing = missingTools();
  if (missing.length > 0 && args.has("--install")) {
    if (canInstall()) {
      install(missing);
      missing = missingTools();
    } else {
      console.error("system tools: cannot install here (installing needs root and apt-get, as on Debian).");
    }
  }
  if (missing.length === 0) {
    console.error(`system tools: all ${SYSTEM_TOOLS.length} present (${SYSTEM_TOOLS.map(toolName).join(", ")}).`);
  } else {
    const packages = [...new Set(missing.map((tool) => tool.debian))].join(" ");
    console.error(
      `system tools: missing, and the tests that need them will fail saying so:\n${describe(missing)}\n` +
        `Install them with: sudo apt-get update && sudo apt-get install -y ${packages}`,
    );
    if (args.has("--strict")) process.exitCode = 1;
  }
}
