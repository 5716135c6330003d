// Keeps docs/architecture.md true to the code: every repository path it names in running text exists, and its
// list of generated files is exactly what `buildArtifacts` (packages/schema/scripts/artifacts.ts) writes.
import { existsSync, readFileSync } from "node:fs";
import { join, posix } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { buildArtifacts } from "../packages/schema/scripts/artifacts.js";

const repo = fileURLToPath(new URL("..", import.meta.url));
const doc = readFileSync(join(repo, "docs/architecture.md"), "utf8");
/** The doc without its fenced code blocks (code there is quoted, not named). */
const prose = doc.replace(/^(`{3,})[^\n]*\n[\s\S]*?^\1\s*$/gm, "");
/** Inline code spans that name a path of the repository. */
const namedPaths = [...prose.matchAll(/`([^`\s]+)`/g)]
  .map((match) => match[1]!)
  .filter((span) => /^(packages|docs|scripts|test|examples|bench)\/[\w.\-/<>]+$/.test(span) || /^\.[\w-]+\.json$/.test(span));

describe("docs/architecture.md", () => {
  it("names paths of the repository that exist (a `<name>` placeholder stands for the folder it is in)", () => {
    expect(namedPaths.length).toBeGreaterThan(40);
    const missing = namedPaths.filter((path) => !existsSync(join(repo, path.includes("<") ? posix.dirname(path) : path)));
    // The worked example's new test file lives in the scratch copy only; it is named as such.
    expect(missing.filter((path) => path !== "test/reliability/budget.test.ts")).toEqual([]);
  });

  it("lists exactly the files `pnpm generate` writes", async () => {
    const block = /<!-- generated-files -->\n([\s\S]*?)<!-- \/generated-files -->/.exec(doc);
    expect(block, "the list of generated files between <!-- generated-files --> markers").not.toBeNull();
    const listed = [...block![1]!.matchAll(/^- `([^`]+)`/gm)].map((match) => match[1]!).sort();
    const written = Object.keys(await buildArtifacts())
      .map((path) => posix.normalize(posix.join("packages/schema", path)))
      .sort();
    expect(listed).toEqual(written);
  });

  it("is linked from docs/README.md and from the README's list of documentation", () => {
    expect(readFileSync(join(repo, "docs/README.md"), "utf8")).toContain("(./architecture.md)");
    expect(readFileSync(join(repo, "README.md"), "utf8")).toContain("(docs/architecture.md)");
  });
});
