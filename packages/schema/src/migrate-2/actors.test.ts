import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { validatePlan } from "../validate.js";
import { idFromName, migrateActorsTo2 } from "./actors.js";

const root = join(import.meta.dirname, "..", "..", "..", "..");
type Json = Record<string, unknown>;
// The YAML examples are read with the CLI's YAML library (this package has no YAML dependency of its own).
const { parse: parseYaml } = createRequire(join(root, "packages", "cli", "package.json"))("yaml") as { parse: (text: string) => unknown };

/** Runs the migration on a copy and returns the result, the changes and what was kept. */
function run(document: unknown): { document: Json; changes: string[]; kept: [string, unknown][] } {
  const copy = structuredClone(document) as Json;
  const changes: string[] = [];
  const kept: [string, unknown][] = [];
  migrateActorsTo2({ document: copy, change: (text) => changes.push(text), keep: (pointer, value) => kept.push([pointer, value]) });
  return { document: copy, changes, kept };
}

/**
 * The 1.x form of a document this branch migrated: the inverse of migrateActorsTo2 for documents whose people hold
 * one role each (as every 1.x document does). Running the migration on it must give the committed file back.
 */
function toOneX(document: Json): Json {
  const copy = structuredClone(document);
  const cluster = copy.cluster as Json | undefined;
  for (const person of (cluster?.people ?? []) as Json[]) {
    const roles = person.roles as { title: unknown }[] | undefined;
    const rebuilt = Object.fromEntries(
      Object.entries(person).flatMap(([key, value]): [string, unknown][] => (key === "id" ? [] : key === "roles" ? [["role", roles![0]!.title]] : [[key, value]])),
    );
    for (const key of Object.keys(person)) delete person[key];
    Object.assign(person, rebuilt);
  }
  const strategy = copy.strategy as Json | undefined;
  if (Array.isArray(strategy?.values)) strategy.values = (strategy.values as Json[]).map((value) => value.name);
  const objectives = (list: Json[] | undefined): void => {
    for (const objective of list ?? []) {
      const rebuilt = Object.fromEntries(Object.entries(objective).map(([key, value]) => [key === "name" ? "statement" : key, value]));
      for (const key of Object.keys(objective)) delete objective[key];
      Object.assign(objective, rebuilt);
      objectives(objective.subObjectives as Json[] | undefined);
    }
  };
  objectives(strategy?.objectives as Json[] | undefined);
  return copy;
}

/**
 * The fictional example then grew by hand to use people as actors (dated roles, affiliations, contact, a person
 * responsible for a measure): this is the file without that growth, as the migration wrote it.
 */
function withoutGrowth(document: Json): Json {
  const copy = structuredClone(document);
  for (const person of ((copy.cluster as Json | undefined)?.people ?? []) as Json[]) {
    for (const key of ["affiliations", "contact"]) delete person[key];
    person.roles = (person.roles as Json[]).map((role) => ({ title: role.title }));
  }
  for (const chapter of (copy.chapters ?? []) as Json[]) {
    for (const measure of ((chapter.measures as Json | undefined)?.items ?? []) as Json[]) {
      if (Array.isArray(measure.responsible)) measure.responsible = (measure.responsible as string[]).filter((ref) => !ref.startsWith("person:"));
    }
  }
  return copy;
}

/** Every example and fixture the migration changed on this branch (each was written by applying it). */
const CHANGED = [
  "examples/polyfon-2025-2030/plan.json",
  "examples/fictional/plan-2025.json",
  "examples/fictional/plan-2026.json",
  "examples/fictional/plan-2027.json",
  "examples/fictional/plan-2027.yaml",
  ...["bom", "dangling-ref", "duplicate-id", "missing-required", "proto", "unknown-key", "valid", "warning", "wrong-types"].flatMap((name) => [
    `packages/cli/test/fixtures/${name}.json`,
    `packages/cli/test/fixtures/${name}.yaml`,
  ]),
  "packages/cli/test/fixtures/invalid-utf8.json",
  ...[
    "dangling-reference", "duplicate-id", "empty-chapters", "enum-value", "impossible-date", "language-key", "nested-empty-text",
    "newer-schema-version", "proto-key", "reference-syntax", "required-key-removed", "root-key-removed", "text-type-changed",
    "type-changed", "unknown-block-type", "unknown-key", "year-too-late",
  ].map((name) => `packages/schema/test/fixtures/invalid/${name}.json`),
  "packages/schema/test/fixtures/valid/small-plan.json",
];

const read = (path: string): Json => {
  const text = readFileSync(join(root, path), "latin1").replace(/^\u00ef\u00bb\u00bf/, "");
  const decoded = Buffer.from(text, "latin1").toString("utf8");
  return (path.endsWith(".yaml") ? parseYaml(decoded) : JSON.parse(decoded)) as Json;
};

describe("migrateActorsTo2 on the repository's examples and fixtures", () => {
  test.each(CHANGED)("%s is what the migration makes of its 1.x form, losslessly", (path) => {
    const current = withoutGrowth(read(path));
    const oneX = toOneX(current);
    expect(oneX).not.toEqual(current);
    const { document, changes, kept } = run(oneX);
    expect(document).toEqual(current);
    expect(kept).toEqual([]);
    expect(changes.length).toBeGreaterThan(0);
    // Running it again changes nothing: a migrated document stays as it is.
    expect(run(current).changes).toEqual([]);
  });

  test("the migrated Polyfon and fictional plans validate with people referenceable as actors", () => {
    for (const path of CHANGED.filter((file) => file.startsWith("examples/"))) {
      const document = read(path);
      const errors = validatePlan(document).issues.filter((issue) => issue.severity === "error");
      expect(errors, path).toEqual([]);
    }
    const polyfon = run(toOneX(read("examples/polyfon-2025-2030/plan.json")));
    expect(polyfon.changes).toEqual([
      "Gave 1 person an id made from the name, so that they can be referenced as actors: person:brynjulf-stige.",
      "Turned the `role` of 1 person into `roles: [{ title }]` (a person may now hold several roles).",
      "Renamed the `statement` of 6 objectives to `name` (an objective now has a name and a description).",
    ]);
  });
});

describe("migrateActorsTo2", () => {
  test("gives people unique ids from their names, keeping the key order", () => {
    const { document, changes } = run({
      cluster: {
        people: [
          { name: "Åse Ødegård-Bjørnæs", role: "Leder" },
          { name: "Åse Ødegård Bjørnæs", role: { nb: "Nestleder", en: "Deputy" } },
          { name: "李雷", role: "Koordinator" },
          { name: "person", role: "x" },
          { id: "kept", name: "Kept", roles: [{ title: "Chair" }] },
        ],
      },
    });
    const people = (document.cluster as { people: Json[] }).people;
    expect(people.map((person) => person.id)).toEqual(["ase-odegard-bjornaes", "ase-odegard-bjornaes-2", "person", "person-2", "kept"]);
    expect(Object.keys(people[0]!)).toEqual(["id", "name", "roles"]);
    expect(people[1]!.roles).toEqual([{ title: { nb: "Nestleder", en: "Deputy" } }]);
    expect(people[4]).toEqual({ id: "kept", name: "Kept", roles: [{ title: "Chair" }] });
    expect(changes[0]).toContain("Gave 4 people an id");
  });

  test("ids follow the model's id pattern even for long or odd names", () => {
    for (const name of ["", "---", "A".repeat(500), "Dr. J. R. \"Bob\" O'Neil", "\u0000\u0007", "Ǆemal Ǉubić"]) {
      expect(idFromName(name)).toMatch(/^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/);
    }
    expect(idFromName("Ǆemal Ǉubić")).toBe("dzemal-ljubic");
  });

  test("keeps a role it cannot carry, and a statement beside a name, under the migration extension", () => {
    const { document, kept, changes } = run({
      cluster: { people: [{ name: "A", role: 42 }, { name: "B", role: "x", roles: [] }] },
      strategy: { objectives: [{ id: "o", number: "1", statement: "Old", name: "New", subObjectives: [{ id: "p", number: "1a", statement: "Deep" }] }] },
    });
    expect(kept).toEqual([
      ["/cluster/people/0/role", 42],
      ["/cluster/people/1/role", "x"],
      ["/strategy/objectives/0/statement", "Old"],
    ]);
    expect(changes.filter((text) => text.startsWith("Kept"))).toHaveLength(3);
    const objective = (document.strategy as { objectives: Json[] }).objectives[0]!;
    expect(objective.name).toBe("New");
    expect((objective.subObjectives as Json[])[0]).toEqual({ id: "p", number: "1a", name: "Deep" });
  });

  test("turns text values into { name } and leaves value objects alone", () => {
    const { document, changes } = run({ strategy: { values: ["Open", { nb: "Åpen", en: "Open" }, { name: "Fair", description: "For all." }] } });
    expect((document.strategy as Json).values).toEqual([{ name: "Open" }, { name: { nb: "Åpen", en: "Open" } }, { name: "Fair", description: "For all." }]);
    expect(changes).toEqual(["Turned 2 values of the strategy from a text into `{ name }` (a value may now have a description)."]);
  });

  test("never throws on hostile or malformed documents, and never sets a prototype", () => {
    const hostile: unknown[] = [
      null,
      [],
      "plan",
      {},
      { cluster: null },
      { cluster: { people: "everyone" } },
      { cluster: { people: [null, 1, "x", [], { name: 7, role: "r" }] } },
      { strategy: { objectives: [null, { statement: "x", subObjectives: "no" }], values: "v" } },
      JSON.parse('{"cluster":{"people":[{"__proto__":{"polluted":true},"name":"P","role":"r"}]},"strategy":{"objectives":[{"__proto__":1,"statement":"s"}]}}'),
    ];
    for (const document of hostile) expect(() => run(document)).not.toThrow();
    const odd = run({ cluster: { people: [{ name: 7, role: "r" }] } });
    expect((odd.document.cluster as { people: Json[] }).people[0]!.id).toBe("person-1");
    const proto = run(hostile[hostile.length - 1]);
    const person = (proto.document.cluster as { people: Json[] }).people[0]!;
    expect(Object.getPrototypeOf(person)).toBe(Object.prototype);
    expect(Object.keys(person)).toEqual(["__proto__", "id", "name", "roles"]);
    expect(({} as Json).polluted).toBeUndefined();
  });

  test("walks deep sub-objectives without trouble", () => {
    let objective: Json = { id: "o0", number: "0", statement: "leaf" };
    for (let depth = 1; depth < 500; depth++) objective = { id: `o${depth}`, number: String(depth), statement: "x", subObjectives: [objective] };
    const { changes } = run({ strategy: { objectives: [objective] } });
    expect(changes).toEqual(["Renamed the `statement` of 500 objectives to `name` (an objective now has a name and a description)."]);
  });
});
