// Turns the Polyfon seed (examples/polyfon-2025-2030/seed.txt) into the Markdown and Word files its
// authors have: measure rows as real tables (the seed writes them as tab-separated lines, which pandoc
// would join into one paragraph), prioritised rows in bold (the seed's <b>…</b>, which pandoc drops),
// and each line of the table of contents as a paragraph of its own.
// Usage: node scripts/polyfon-seed-to-markdown.mjs [OUT_DIR]  (default packages/cli/test/fixtures/document)
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const outDir = process.argv[2] ?? "packages/cli/test/fixtures/document";
const seed = readFileSync("examples/polyfon-2025-2030/seed.txt", "utf8").replace(/\r\n?/g, "\n");
const escapeCell = (text) => text.replace(/\|/g, "\\|");
const out = [];
let inTable = false;
for (const line of seed.split("\n")) {
  if (line.includes("\t")) {
    const cells = line.split("\t").map((cell) => cell.trim());
    if (!inTable && cells[0] === "Tiltak") {
      // A measure table's header row.
      out.push(`| ${cells.map(escapeCell).join(" | ")} |`, `| ${cells.map(() => "---").join(" | ")} |`);
      inTable = true;
      continue;
    }
    if (inTable) {
      const bold = /^<b>(.*)<\/b>$/.exec(cells[0] ?? "");
      const text = bold ? `**${bold[1]}**` : (cells[0] ?? "");
      out.push(`| ${escapeCell(text)} | ${escapeCell(cells[1] ?? "")} |`);
      continue;
    }
    // A line of the table of contents: a paragraph of its own, the tab before the page kept as a space.
    out.push(line.replace(/\t/g, " "), "");
    continue;
  }
  inTable = false;
  out.push(line);
}
const markdown = `${out.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd()}\n`;
const mdFile = join(outDir, "polyfon-seed.md");
const docxFile = join(outDir, "polyfon-seed.docx");
writeFileSync(mdFile, markdown);
execFileSync("pandoc", ["--from", "markdown-fancy_lists-smart", "--to", "docx", "--output", docxFile, mdFile], { stdio: "inherit" });
console.log(`wrote ${mdFile} and ${docxFile}`);
