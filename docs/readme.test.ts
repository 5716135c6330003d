// Keeps the package READMEs honest: the sections in the agreed order, every export of each entry point named in
// the API section, and core's table of model schemas generated from the JSON Schema (UPDATE_SPEC=1 rewrites it).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as core from "@actionplan/core";
import { z } from "zod";
import { describe, expect, it } from "vitest";
import { exportedNames } from "./tools/exports.js";
import { anchor, namedTypes, type SchemaWithDefs } from "./tools/spec-tables.js";

const repo = fileURLToPath(new URL("..", import.meta.url));
const SECTIONS = ["## What is this", "## When to use it", "## Install", "## Use", "## API"];
const ENTRIES: Record<string, string[]> = {
  core: ["src/index.ts", "src/rules/index.ts", "src/helpers/index.ts", "src/descriptions.ts"],
  schema: ["src/index.ts"],
  render: ["src/index.ts", "src/docx.ts"],
  cli: ["src/index.ts"],
};

const modelSchema = z.toJSONSchema(core.Plan, {
  target: "draft-2020-12",
  io: "input",
  reused: "inline",
}) as unknown as SchemaWithDefs;

/** The table of model schemas in core's README: name (linked to the spec) and description. */
function modelTable(): string {
  const types = namedTypes(modelSchema);
  const rows = Object.keys(types)
    .sort()
    .map((name) => `| [\`${name}\`](../../docs/spec.md#${anchor(name)}) | ${(types[name]!.description ?? "").replace(/\|/g, "\\|")} |`);
  return ["<!-- generated:model-exports -->", "| Schema and type | Meaning |", "| --- | --- |", ...rows, "<!-- /generated:model-exports -->"].join("\n");
}

const coreReadme = `${repo}packages/core/README.md`;
if (process.env.UPDATE_SPEC && existsSync(coreReadme)) {
  const text = readFileSync(coreReadme, "utf8");
  writeFileSync(coreReadme, text.replace(/<!-- generated:model-exports -->[\s\S]*?<!-- \/generated:model-exports -->/, modelTable()));
}

describe.each(Object.keys(ENTRIES))("packages/%s/README.md", (name) => {
  const path = `${repo}packages/${name}/README.md`;
  const readme = existsSync(path) ? readFileSync(path, "utf8") : "";

  it("has the sections in order: what is this, when to use it, install, use, API", () => {
    expect(readme.startsWith(`# @actionplan/${name}\n`)).toBe(true);
    const positions = SECTIONS.map((heading) => readme.search(new RegExp(`^${heading}$`, "m")));
    expect(positions.every((position) => position >= 0), `missing one of ${SECTIONS.join(", ")}`).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it("names every export of its entry points in the API section", () => {
    const api = readme.slice(readme.search(/^## API$/m));
    const names = ENTRIES[name]!.flatMap((entry) => exportedNames(`${repo}packages/${name}/${entry}`));
    expect(names.length).toBeGreaterThan(0);
    const missing = [...new Set(names)].filter((exported) => !new RegExp(`\`${exported.replace(/\$/g, "\\$")}(?![\\w$])`).test(api));
    expect(missing).toEqual([]);
  });

  it("names nothing in the API section as an export that the package does not export", () => {
    const api = readme.slice(readme.search(/^## API$/m));
    const names = new Set(ENTRIES[name]!.flatMap((entry) => exportedNames(`${repo}packages/${name}/${entry}`)));
    // Each API bullet starts with the names it documents, in backticks, before " — ".
    const documented = api
      .split("\n")
      .filter((line) => line.startsWith("- "))
      .map((line) => line.split(" — ")[0]!)
      .flatMap((head) => [...head.matchAll(/`([A-Za-z_$][\w$]*)(?:\(|`)/g)].map((match) => match[1]!));
    expect(documented.length).toBeGreaterThan(0);
    expect(documented.filter((documentedName) => !names.has(documentedName))).toEqual([]);
  });
});

describe("packages/core/README.md model table", () => {
  it("lists every model schema with its description from the JSON Schema", () => {
    const readme = readFileSync(coreReadme, "utf8");
    expect(readme, "run UPDATE_SPEC=1 npx vitest run docs/readme.test.ts").toContain(modelTable());
  });
});
