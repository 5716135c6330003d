import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { packageDir, smallPlan } from "../test/helpers.js";
import { MIGRATED_EXTENSION, MigrationError, migrate } from "./migrate.js";
import { validatePlan } from "./validate.js";
import { SCHEMA_VERSIONS, compareSchemaVersions, isCurrentSchemaVersion, parseSchemaVersion, schemaVersionOf } from "./versions.js";

const draft = (): Record<string, unknown> => JSON.parse(readFileSync(join(packageDir, "test/fixtures/v0.9/plan.json"), "utf8")) as Record<string, unknown>;

/** Every string and number leaf of a JSON value. */
function leaves(value: unknown, out: (string | number)[] = []): (string | number)[] {
  if (typeof value === "string" || typeof value === "number") out.push(value);
  else if (Array.isArray(value)) for (const item of value) leaves(item, out);
  else if (value !== null && typeof value === "object") for (const item of Object.values(value)) leaves(item, out);
  return out;
}

describe("migrate", () => {
  test("upgrades the 0.9 draft to a document that validatePlan accepts", () => {
    const result = migrate(draft());
    expect(result.from).toBe("0.9");
    expect(result.to).toBe("2.0");
    const validation = validatePlan(result.document);
    expect(validation.issues.filter((issue) => issue.severity === "error")).toEqual([]);
    expect(validation.valid).toBe(true);
  });

  test("maps each difference of the draft, and says what it did", () => {
    const { document, changes } = migrate(draft());
    expect(Object.keys(document).slice(0, 4)).toEqual(["schemaVersion", "$schema", "id", "language"]);
    expect(document.schemaVersion).toBe("2.0");
    expect(document.$schema).toBe("https://unpkg.com/@actionplan/schema@2/plan.schema.json");
    expect(document).not.toHaveProperty("version");
    expect(document).not.toHaveProperty("lang");
    const chapters = document.chapters as { references?: string[]; measures?: { items: Record<string, unknown>[] } }[];
    const [circles, course] = chapters[0]!.measures!.items;
    expect(circles).toMatchObject({ priorityYears: [2026], responsible: ["participant:north-library"], related: ["measure:m-course"] });
    expect(circles).not.toHaveProperty("prioritised");
    expect(course).not.toHaveProperty("prioritised");
    expect(course).not.toHaveProperty("priorityYears");
    expect(chapters[0]!.references).toEqual(["chapter:ch-events"]);
    expect((document.adoption as { body: string }).body).toBe("body:steering-group");
    expect(changes).toEqual([
      '0.9 → 1.0: Renamed `version` ("0.9") to `schemaVersion` and set it to "1.0".',
      "0.9 → 1.0: Renamed `lang` to `language`.",
      '0.9 → 1.0: Replaced `$schema` "./draft/plan.schema.json" with "https://unpkg.com/@actionplan/schema@1/plan.schema.json".',
      "0.9 → 1.0: Rewrote 5 references from `{ kind, id }` objects to `kind:id` strings.",
      "0.9 → 1.0: Replaced `prioritised: true` of 1 measure with `priorityYears: [2026]`, the plan's first year.",
      "0.9 → 1.0: Removed `prioritised: false` of 1 measure (no priority years).",
      '1.0 → 2.0: Replaced `$schema` "https://unpkg.com/@actionplan/schema@1/plan.schema.json" with "https://unpkg.com/@actionplan/schema@2/plan.schema.json".',
      "1.0 → 2.0: Renamed `startYear` to `start` in 2 measures.",
      '1.0 → 2.0: Replaced `status: "new"` by `isNew: true` in 1 measure, with no lifecycle status (1.x did not say whether a new measure was proposed or planned); `status: "ongoing"` stays as it is.',
      '0.9 → 2.0: Moved 2 keys the current format does not know under `extensions["org.actionplan.migrated"]`: /chapters/1/content/0/style, /cluster/participants/1/contact.',
    ]);
    // The draft's `budget` on a measure was unknown to 1.0; format 2.0 has the field, so it stays where it is.
    expect(course).toMatchObject({ budget: { amount: 120000, currency: "NOK" } });
  });

  test("keeps what it cannot map under the migration extension, by pointer", () => {
    const { document } = migrate(draft());
    expect((document.extensions as Record<string, unknown>)[MIGRATED_EXTENSION]).toEqual({
      from: "0.9",
      values: {
        "/chapters/0/measures/items/0/related/0": { note: "the course trains the circle leaders" },
        "/chapters/1/content/0/style": "lead",
        "/cluster/participants/1/contact": "post@coast.example.org",
      },
    });
    // Extensions already in the document stay where they were.
    expect((document.chapters as { extensions?: unknown }[])[1]!.extensions).toEqual({ "com.example.editor": { collapsed: true } });
  });

  test("loses no value: every string and number of the draft is still in the migrated document", () => {
    const original = draft();
    const migrated = leaves(migrate(original).document);
    const migratedText = migrated.filter((leaf): leaf is string => typeof leaf === "string");
    for (const leaf of leaves(original)) {
      // A measure's `status: "new"` becomes `isNew: true` (format 2.0): a boolean, not a string.
      if (leaf === "new") expect(JSON.stringify(migrate(original).document)).toContain('"isNew":true');
      else if (typeof leaf === "number") expect(migrated, String(leaf)).toContain(leaf);
      else expect(migratedText.some((text) => text.includes(leaf.replace(/^\.\/draft\/.*$/, ""))), leaf).toBe(true);
    }
  });

  test("never changes its input", () => {
    const original = draft();
    const before = JSON.stringify(original);
    migrate(original);
    expect(JSON.stringify(original)).toBe(before);
  });

  test("is idempotent: a current document comes back as it is, with no changes", () => {
    const plan = smallPlan();
    expect(migrate(plan)).toEqual({ document: plan, from: "2.0", to: "2.0", changes: [] });
    expect(migrate(plan).document).toBe(plan);
    const upgraded = migrate(draft()).document;
    const again = migrate(upgraded);
    expect(again.changes).toEqual([]);
    expect(again.document).toBe(upgraded);
  });

  test("keeps `prioritised` when the plan has no first year to map it to", () => {
    const document = draft();
    delete document.period;
    const result = migrate(document);
    const values = ((result.document.extensions as Record<string, { values: Record<string, unknown> }>)[MIGRATED_EXTENSION]!).values;
    expect(values["/chapters/0/measures/items/0/prioritised"]).toBe(true);
  });

  test("keeps an existing migration record and a non-object `extensions`", () => {
    const document = draft();
    document.extensions = "notes";
    const values = (migrate(document).document.extensions as Record<string, { values: Record<string, unknown> }>)[MIGRATED_EXTENSION]!.values;
    expect(values["/extensions"]).toBe("notes");
  });

  test("a `__proto__` key in a draft is kept as data and pollutes nothing", () => {
    const document = JSON.parse('{"version":"0.9","lang":"en","id":"p","title":"T","period":{"start":2026,"end":2027},"status":"draft","chapters":[{"id":"c","number":"1","title":"C","kind":"other","__proto__":{"polluted":true}}]}') as Record<string, unknown>;
    const result = migrate(document);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const values = (result.document.extensions as Record<string, { values: Record<string, unknown> }>)[MIGRATED_EXTENSION]!.values;
    expect(values["/chapters/0/__proto__"]).toEqual({ polluted: true });
    expect(validatePlan(result.document).valid).toBe(true);
  });

  test("refuses what it cannot upgrade, saying why", () => {
    const expectError = (input: unknown, code: string, text: RegExp): void => {
      let error: unknown;
      try {
        migrate(input);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(MigrationError);
      expect((error as MigrationError).code).toBe(code);
      expect((error as MigrationError).message).toMatch(text);
    };
    expectError(null, "not_a_document", /got null/);
    expectError([], "not_a_document", /got an array/);
    expectError({ id: "x" }, "unknown_version", /names no version/);
    expectError({ version: "0.5" }, "unknown_version", /"0.9", "1.0", "2.0"/);
    expectError({ schemaVersion: "banana" }, "unknown_version", /Unknown format version "banana"/);
    expectError({ schemaVersion: "3.0" }, "newer_version", /newer than 2.0/);
    expectError({ schemaVersion: "2.1" }, "newer_version", /update @actionplan\/schema/);
    expectError({ schemaVersion: "1.1" }, "unknown_version", /Unknown format version "1.1"/);
    const cyclic: Record<string, unknown> = { version: "0.9" };
    cyclic.self = cyclic;
    expectError(cyclic, "not_a_document", /not JSON data/);
  });
});

describe("versions", () => {
  test("lists the known versions oldest first, ending with the current one", () => {
    expect(SCHEMA_VERSIONS.map((info) => info.version)).toEqual(["0.9", "1.0", "2.0"]);
    expect(SCHEMA_VERSIONS.map((info) => info.field)).toEqual(["version", "schemaVersion", "schemaVersion"]);
  });

  test("reads the version a document names", () => {
    expect(schemaVersionOf({ schemaVersion: "1.0", version: "0.9" })).toBe("1.0");
    expect(schemaVersionOf({ version: "0.9" })).toBe("0.9");
    expect(schemaVersionOf({ $schema: "https://unpkg.com/@actionplan/schema@1/plan.schema.json" })).toBe("1.0");
    expect(schemaVersionOf({ $schema: "https://unpkg.com/@actionplan/schema@2.3.0/plan.schema.json" })).toBe("2.0");
    expect(schemaVersionOf({ $schema: "https://example.org/other.json" })).toBeUndefined();
    expect(schemaVersionOf(JSON.parse('{"__proto__":{"schemaVersion":"9.9"}}'))).toBeUndefined();
    expect(schemaVersionOf("1.0")).toBeUndefined();
  });

  test("compares and classifies versions", () => {
    expect(parseSchemaVersion("1.10")).toEqual({ major: 1, minor: 10 });
    expect(parseSchemaVersion("1")).toBeUndefined();
    expect(parseSchemaVersion("01.0")).toBeUndefined();
    expect(compareSchemaVersions("1.2", "1.10")).toBeLessThan(0);
    expect(compareSchemaVersions("2.0", "1.10")).toBeGreaterThan(0);
    expect(compareSchemaVersions("1.0", "1.0")).toBe(0);
    expect(() => compareSchemaVersions("x", "1.0")).toThrow(/major.minor/);
    expect(isCurrentSchemaVersion("2.0")).toBe(true);
    expect(isCurrentSchemaVersion("2.1")).toBe(false);
    expect(isCurrentSchemaVersion("1.0")).toBe(false);
    expect(isCurrentSchemaVersion("0.9")).toBe(false);
  });
});

describe("migrate on hostile objects", () => {
  /** An Error whose `message` getter throws. */
  const treacherous = (): Error => {
    const error = new Error("x");
    Object.defineProperty(error, "message", {
      get() {
        throw new Error("message getter");
      },
    });
    return error;
  };
  const throwingGetter = (key: string, error: () => Error): Record<string, unknown> =>
    Object.defineProperty({ ...draft() }, key, {
      enumerable: true,
      get() {
        throw error();
      },
    });

  test.each([
    ["a `schemaVersion` getter that throws", () => throwingGetter("schemaVersion", () => new Error("getter"))],
    ["a `version` getter that throws", () => throwingGetter("version", () => new Error("getter"))],
    ["a getter that throws an Error whose message getter throws", () => throwingGetter("id", treacherous)],
    ["a Proxy whose get trap throws", () => new Proxy(draft(), { get: () => { throw new Error("get trap"); } })],
    ["a Proxy whose get trap throws an Error whose message getter throws", () => new Proxy(draft(), { get: () => { throw treacherous(); } })],
    ["a Proxy whose getOwnPropertyDescriptor trap throws", () => new Proxy(draft(), { getOwnPropertyDescriptor: () => { throw new Error("trap"); } })],
  ])("%s: throws MigrationError only", (_name, make) => {
    let thrown: unknown;
    try {
      migrate(make());
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(MigrationError);
    expect((thrown as MigrationError).code).toMatch(/^(not_a_document|unknown_version)$/);
  });

  test("schemaVersionOf reads own data properties only: no getter runs, no trap escapes", () => {
    expect(schemaVersionOf(throwingGetter("schemaVersion", () => new Error("getter")))).toBe("0.9");
    expect(schemaVersionOf(new Proxy({ schemaVersion: "1.0" }, { getOwnPropertyDescriptor: () => { throw new Error("trap"); } }))).toBeUndefined();
  });
});
