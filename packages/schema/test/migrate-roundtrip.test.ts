// `migrate` loses nothing (issue #15): over every 0.9 and 1.x plan document in the repository and in its git
// history (examples and fixtures as they were), every value of the input is found in the output, at its new place
// per the documented mapping (docs/schema-versions.md) or under `extensions["org.actionplan.migrated"]`, and a
// document that was valid in its version validates as 2.0. What migrate cannot carry is refused, saying where.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, test } from "vitest";
import { MIGRATED_EXTENSION, MigrationError, migrate } from "../src/migrate.js";
import { validatePlan } from "../src/validate.js";
import { schemaVersionOf } from "../src/versions.js";
import { packageDir, repoDir } from "./helpers.js";

type Json = Record<string, unknown>;

/** Folders whose plan documents, now and in every commit, make the corpus. */
const CORPUS_DIRS = ["examples", "packages/schema/test/fixtures", "packages/cli/test/fixtures", "packages/core/test"];

/** Whether a document of the corpus was valid in its own version (so its migration must validate as 2.0). */
const wasValid = (path: string): boolean =>
  /^examples\//.test(path) || /\/fixtures\/(valid|v0\.9|v1\.0)\//.test(path) || /\/fixtures\/(valid|warning|old-0\.9)\.json$/.test(path);

const isOld = (document: unknown): boolean => {
  const version = schemaVersionOf(document);
  return version === "0.9" || (version !== undefined && /^1\.\d+$/.test(version));
};

function parse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Every JSON plan document of the corpus in the working tree. */
function workingTreeDocuments(): [string, unknown][] {
  const list = (dir: string): string[] =>
    existsSync(dir)
      ? readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? list(join(dir, entry.name)) : entry.name.endsWith(".json") ? [join(dir, entry.name)] : []))
      : [];
  return CORPUS_DIRS.flatMap((dir) => list(join(repoDir, dir))).map((path): [string, unknown] => [relative(repoDir, path), parse(readFileSync(path, "utf8"))]);
}

/** Every distinct JSON plan document of the corpus in the git history, as `path@commit`. */
function historyDocuments(): [string, unknown][] {
  let commits: string[];
  try {
    commits = execFileSync("git", ["rev-list", "HEAD", "--", ...CORPUS_DIRS], { cwd: repoDir, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).split("\n").filter(Boolean);
  } catch (error) {
    throw new Error(`The round-trip test reads the examples' history with git, which failed: ${(error as Error).message}`);
  }
  const blobs = new Map<string, string>();
  for (const commit of commits) {
    const tree = execFileSync("git", ["ls-tree", "-r", commit, "--", ...CORPUS_DIRS], { cwd: repoDir, encoding: "utf8", maxBuffer: 64 << 20 });
    for (const line of tree.split("\n")) {
      const match = /^\d+ blob ([0-9a-f]+)\t(.+\.json)$/.exec(line);
      if (match && !blobs.has(match[1]!)) blobs.set(match[1]!, `${match[2]!}@${commit.slice(0, 8)}`);
    }
  }
  const ids = [...blobs.keys()];
  const output = execFileSync("git", ["cat-file", "--batch"], { cwd: repoDir, input: `${ids.join("\n")}\n`, maxBuffer: 512 << 20 });
  const documents: [string, unknown][] = [];
  let offset = 0;
  for (const id of ids) {
    const header = output.subarray(offset, output.indexOf(10, offset)).toString();
    const size = Number(header.split(" ")[2]);
    const start = output.indexOf(10, offset) + 1;
    documents.push([blobs.get(id)!, parse(output.subarray(start, start + size).toString("utf8"))]);
    offset = start + size + 1;
  }
  return documents;
}

/** Every leaf (string, number, boolean, null) of a value, with its JSON Pointer; `extensions` subtrees are leaves of their own. */
function leaves(value: unknown, pointer = "", out: [string, unknown][] = []): [string, unknown][] {
  if (Array.isArray(value)) value.forEach((item, index) => leaves(item, `${pointer}/${index}`, out));
  else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) leaves(item, `${pointer}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`, out);
  } else out.push([pointer, value]);
  return out;
}

function at(value: unknown, pointer: string): unknown {
  if (pointer === "") return value;
  let current = value;
  for (const raw of pointer.slice(1).split("/")) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (current === null || typeof current !== "object" || !Object.hasOwn(current, key)) return undefined;
    current = (current as Json)[key];
  }
  return current;
}

/**
 * Where migrate puts a value that does not stay at its pointer: one entry per row of the mapping tables in
 * docs/schema-versions.md. Each says whether the leaf at `pointer` of `input` is found in `output`. The Model 2.0
 * areas add their rows here with their steps (e.g. a measure's `startYear` found as its `start`).
 */
const MAPPINGS: { name: string; found: (pointer: string, value: unknown, input: Json, output: Json) => boolean }[] = [
  { name: "the version markers (set by design)", found: (pointer) => pointer === "/version" || pointer === "/schemaVersion" || pointer === "/$schema" },
  { name: "0.9 `lang` is `language`", found: (pointer, value, _input, output) => pointer === "/lang" && output.language === value },
  {
    name: "0.9 `{ kind, id }` references are `kind:id` strings",
    found: (pointer, value, input, output) => {
      const match = /^(.*)\/(kind|id)$/.exec(pointer);
      if (match === null) return false;
      const reference = at(input, match[1]!) as Json;
      return at(output, match[1]!) === `${String(reference.kind)}:${String(reference.id)}` && (value === reference.kind || value === reference.id);
    },
  },
  {
    name: "0.9 `prioritised: true` is `priorityYears: [period.start]`; `false` is dropped",
    found: (pointer, value, input, output) => {
      const match = /^(.*)\/prioritised$/.exec(pointer);
      if (match === null) return false;
      if (value === false) return true;
      const years = at(output, `${match[1]}/priorityYears`);
      return value === true && Array.isArray(years) && years[0] === (input.period as Json | undefined)?.start;
    },
  },
  {
    name: "1.x measure `startYear` is `start` (Measures)",
    found: (pointer, value, _input, output) => {
      const match = /^(.*\/measures\/items\/\d+)\/startYear$/.exec(pointer);
      return match !== null && at(output, `${match[1]}/start`) === value;
    },
  },
  {
    name: "1.x measure `status: \"new\"` is `isNew: true` (Measures)",
    found: (pointer, value, _input, output) => {
      const match = /^(.*\/measures\/items\/\d+)\/status$/.exec(pointer);
      return match !== null && value === "new" && at(output, `${match[1]}/isNew`) === true;
    },
  },
  {
    name: "1.x person `role` is the `title` of the one entry of `roles` (Actors)",
    found: (pointer, value, _input, output) => {
      const match = /^(\/cluster\/people\/\d+)\/role(\/.*)?$/.exec(pointer);
      return match !== null && at(output, `${match[1]}/roles/0/title${match[2] ?? ""}`) === value;
    },
  },
  {
    name: "1.x strategy value (a text) is the `name` of a value (Actors)",
    found: (pointer, value, _input, output) => {
      const match = /^(\/strategy\/values\/\d+)(\/.*)?$/.exec(pointer);
      return match !== null && at(output, `${match[1]}/name${match[2] ?? ""}`) === value;
    },
  },
  {
    name: "1.x objective `statement` is its `name` (Actors)",
    found: (pointer, value, _input, output) => {
      const match = /^(.*\/(?:objectives|subObjectives)\/\d+)\/statement(\/.*)?$/.exec(pointer);
      return match !== null && at(output, `${match[1]}/name${match[2] ?? ""}`) === value;
    },
  },
  {
    name: "1.x indicator period `target`/`actual` is the `value` of the one entry of `targets`/`actuals` (Indicators)",
    found: (pointer, value, _input, output) => {
      const match = /^(.*\/periods\/\d+)\/(target|actual)(\/.*)?$/.exec(pointer);
      return match !== null && at(output, `${match[1]}/${match[2]}s/0/value${match[3] ?? ""}`) === value;
    },
  },
];

/** Whether the leaf is kept under the migration extension, by the pointer of itself or of an ancestor. */
function keptUnderExtension(pointer: string, value: unknown, output: Json): boolean {
  const record = (output.extensions as Json | undefined)?.[MIGRATED_EXTENSION] as { values?: Json; previous?: unknown } | undefined;
  const values = record?.values ?? {};
  for (const [keptAt, kept] of Object.entries(values)) {
    if (pointer === keptAt && kept === value) return true;
    if (pointer.startsWith(`${keptAt}/`) && at(kept, pointer.slice(keptAt.length)) === value) return true;
  }
  return false;
}

describe("migrate round trip over the repository's 0.9 and 1.x documents", () => {
  const corpus = [...workingTreeDocuments(), ...historyDocuments()].filter(([, document]) => isOld(document));

  test("the corpus holds the 0.9 drafts, the 1.x fixtures kept for migrate, and the examples' history", () => {
    const paths = corpus.map(([path]) => path);
    expect(paths).toContain("packages/schema/test/fixtures/v0.9/plan.json");
    expect(paths).toContain("packages/schema/test/fixtures/v1.0/polyfon-2025-2030.json");
    expect(paths.filter((path) => path.startsWith("examples/")).length).toBeGreaterThan(3);
    expect(corpus.length).toBeGreaterThan(40);
  });

  test("every value of every document is found in its migration, which validates as 2.0 when the input was valid", () => {
    const failures: string[] = [];
    let checked = 0;
    for (const [path, document] of corpus) {
      let output: Json;
      try {
        output = migrate(document).document;
      } catch (error) {
        failures.push(`${path}: migrate threw ${(error as Error).message}`);
        continue;
      }
      if (output.schemaVersion !== "2.0") failures.push(`${path}: migrated to ${String(output.schemaVersion)}`);
      for (const [pointer, value] of leaves(document)) {
        checked++;
        const found =
          at(output, pointer) === value ||
          keptUnderExtension(pointer, value, output) ||
          MAPPINGS.some((mapping) => mapping.found(pointer, value, document as Json, output));
        if (!found) failures.push(`${path}: ${pointer} (${JSON.stringify(value)}) is neither at its place, nor mapped, nor kept`);
      }
      if (wasValid(path)) {
        const errors = validatePlan(output).issues.filter((issue) => issue.severity === "error");
        for (const issue of errors) failures.push(`${path}: the migration is invalid: ${issue.pointer} ${issue.code} ${issue.message}`);
      }
    }
    expect(failures.slice(0, 20)).toEqual([]);
    expect(checked).toBeGreaterThan(10000);
  });

  test("issue 15's optional fields change no migration, and every valid migrated document takes them and stays valid", () => {
    const failures: string[] = [];
    let taken = 0;
    for (const [path, document] of corpus) {
      if (!wasValid(path)) continue;
      const output = structuredClone(migrate(document).document) as any;
      // Nothing new appears: no events, no objective tags, no role holder, and every chapter keeps its number.
      const text = JSON.stringify(output);
      if (output.events !== undefined || text.includes('"holder"')) failures.push(`${path}: the migration holds a field of issue 15`);
      for (const [c, chapter] of (output.chapters as Json[]).entries()) {
        const before = ((document as Json).chapters as Json[] | undefined)?.[c]?.number;
        if (chapter.number !== before) failures.push(`${path}: chapter ${c} is numbered ${String(chapter.number)}, was ${String(before)}`);
      }
      // A plan moved to 2.0 can then use them.
      output.events = [{ date: output.period.start, kind: "started", text: "Work started." }];
      delete output.chapters[0].number;
      for (const objective of output.strategy?.objectives ?? []) objective.tags = ["Flagship goal"];
      const measure = (output.chapters as any[]).find((chapter) => (chapter.measures?.items.length ?? 0) > 0)?.measures.items[0];
      if (measure !== undefined) measure.roles = [...(measure.roles ?? []), { role: "mentor", holder: "namedElsewhere" }];
      for (const issue of validatePlan(output).issues.filter((issue) => issue.severity === "error")) failures.push(`${path}: ${issue.pointer} ${issue.code} ${issue.message}`);
      taken++;
    }
    expect(failures.slice(0, 20)).toEqual([]);
    expect(taken).toBeGreaterThan(10);
  });

  test("what migrate cannot carry is refused with the pointer, the character and what to do", () => {
    const document = JSON.parse(readFileSync(join(packageDir, "test/fixtures/v1.0/small-plan.json"), "utf8")) as Json;
    (document.chapters as Json[])[0]!.title = "Intro\u001bduction";
    let error: unknown;
    try {
      migrate(document);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(MigrationError);
    expect((error as MigrationError).code).toBe("control_character");
    expect((error as MigrationError).message).toBe(
      "The document cannot be migrated: at /chapters/0/title: the text holds U+001B (escape) at character 6, which format 2.0 refuses in every text (only tab and line feed are allowed) and migrate cannot carry. Remove it from the file, then run migrate again.",
    );
    // A control character inside `extensions` is data for a tool, not a text: it is carried.
    const extended = JSON.parse(readFileSync(join(packageDir, "test/fixtures/v1.0/small-plan.json"), "utf8")) as Json;
    extended.extensions = { "org.example.tool": "bell\u0007" };
    expect((migrate(extended).document.extensions as Json)["org.example.tool"]).toBe("bell\u0007");
  });

  test("an extension key that is not a namespace is kept under the migration extension, by its pointer", () => {
    const document = JSON.parse(readFileSync(join(packageDir, "test/fixtures/v1.0/small-plan.json"), "utf8")) as Json;
    (document.chapters as Json[])[0]!.extensions = { "x-editor": { folded: true }, "org.example.editor": { width: 3 } };
    const result = migrate(document);
    expect((result.document.chapters as Json[])[0]!.extensions).toEqual({ "org.example.editor": { width: 3 } });
    expect(((result.document.extensions as Json)[MIGRATED_EXTENSION] as Json).values).toEqual({ "/chapters/0/extensions/x-editor": { folded: true } });
    expect(result.changes).toContain(
      '1.0 → 2.0: Moved 1 extension whose key is not a namespace (2.0 wants e.g. `org.example.tool`) under `extensions["org.actionplan.migrated"]`: /chapters/0/extensions/x-editor.',
    );
    expect(validatePlan(result.document).valid).toBe(true);
  });
});
