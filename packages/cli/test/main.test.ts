// main() in-process: every command, quickly, with an injected io.
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync, copyFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { planSchema, validatePlan } from "@actionplan/schema";
import { main } from "../src/index.js";
import { FIXTURES, type JsonReport, STACK_LINE, runMain } from "./helpers.js";

let temp: string;
beforeEach(() => {
  temp = mkdtempSync(join(tmpdir(), "actionplan-main-"));
});
afterEach(() => rmSync(temp, { recursive: true, force: true }));

const readJson = (path: string): Record<string, unknown> => JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;

describe("validate", () => {
  it("resolves to the exit code and writes through the injected io", async () => {
    expect(await runMain(["validate", "valid.yaml"])).toEqual({ code: 0, stdout: "valid.yaml: valid\n\n1 file checked: 1 valid, 0 invalid.\n", stderr: "" });
    const invalid = await runMain(["validate", "--format", "json", "wrong-types.yaml"]);
    expect(invalid.code).toBe(1);
    expect((JSON.parse(invalid.stdout) as JsonReport).files[0]!.issues.map((issue) => [issue.pointer, issue.line, issue.column])).toEqual([
      ["/period/start", 7, 10],
      ["/chapters/0/measures/items/1/number", 48, 19],
    ]);
  });

  it("groups the output per file: valid files one line each, files with issues set off by blank lines", async () => {
    const result = await runMain(["validate", "valid.json", "valid.yaml", "dangling-ref.json", "valid.json"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      "valid.json: valid\nvalid.yaml: valid\n\n" +
        "dangling-ref.json: invalid (1 error)\n" +
        "dangling-ref.json:73:15 error unresolved_reference The reference `participant:gamma` points at nothing: the plan has no participant with id `gamma`.\n" +
        "  at /chapters/0/measures/items/1/responsible/0\n" +
        "  hint: Add the participant, or correct the id.\n\n" +
        "valid.json: valid\n\n" +
        "4 files checked: 3 valid, 1 invalid; 1 error.\n",
    );
  });

  it("colours only on a terminal, and never with NO_COLOR", async () => {
    expect((await runMain(["validate", "dangling-ref.json"], { isTTY: { stdout: true } })).stdout).toContain("\u001b[31merror\u001b[39m");
    expect((await runMain(["validate", "dangling-ref.json"], { isTTY: { stdout: true }, env: { NO_COLOR: "1" } })).stdout).not.toContain("\u001b[");
    expect((await runMain(["validate", "dangling-ref.json"], { isTTY: { stdout: true }, env: { TERM: "dumb" } })).stdout).not.toContain("\u001b[");
  });

  it("__proto__, constructor and prototype keys pollute no prototype", async () => {
    for (const file of ["proto.json", "proto.yaml"]) {
      const result = await runMain(["validate", file]);
      expect(result.code).toBe(1);
      expect(result.stdout).toContain("forbidden_key The key `__proto__` is not allowed");
    }
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, "polluted")).toBe(false);
  });

  it("standard input may be named only once", async () => {
    const result = await runMain(["validate", "-", "-"], { stdin: "{}" });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('actionplan: Standard input ("-") can be read only once; give it once.\n');
  });

  it("an empty standard input is an empty document", async () => {
    const result = await runMain(["validate", "-"], { stdin: "" });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("<stdin>:1:1 error empty_document");
  });
});

describe("render", () => {
  it("renders each view to Markdown and HTML", async () => {
    for (const view of ["document", "priorities", "responsibilities", "indicators", "progress"]) {
      const md = await runMain(["render", "valid.json", "--view", view, "--year", "2026"]);
      expect(md.code, md.stderr).toBe(0);
      expect(md.stdout.length).toBeGreaterThan(10);
      const html = await runMain(["render", "valid.json", "--view", view, "--format", "html", "--fragment"]);
      expect(html.code, html.stderr).toBe(0);
      expect(html.stdout).not.toContain("<html");
    }
  });

  it("the progress view is judged as of --as-of, else today; a bad date or another view is a usage error", async () => {
    const dated = await runMain(["render", "valid.json", "--view", "progress", "--lang", "en", "--as-of", "2031-01-15"]);
    expect(dated.code, dated.stderr).toBe(0);
    expect(dated.stdout).toContain("### Progress as of 15 January 2031");
    expect(dated.stdout).toContain("### Late as of 15 January 2031");
    const now = new Date();
    const today = await runMain(["render", "valid.json", "--view", "progress", "--lang", "en"]);
    expect(today.code, today.stderr).toBe(0);
    expect(today.stdout).toContain(`### Progress as of ${now.getDate()} `);
    expect(today.stdout).toContain(` ${now.getFullYear()}\n`);
    const bad = await runMain(["render", "valid.json", "--view", "progress", "--as-of", "2026-02-30"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Expected a date written YYYY-MM-DD such as 2026-12-31, got "2026-02-30".');
    const other = await runMain(["render", "valid.json", "--as-of", "2026-12-31"]);
    expect(other.code).toBe(2);
    expect(other.stderr).toBe('actionplan: --as-of is used by --view progress only (the view is "document").\n');
  });

  it("the changes view needs --previous and compares the two versions", async () => {
    const missing = await runMain(["render", "valid.json", "--view", "changes"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe("actionplan: --view changes compares two versions: give the earlier one with --previous OLD.\n");
    const changes = await runMain(["render", "warning.json", "--view", "changes", "--previous", "valid.json"]);
    expect(changes.code).toBe(0);
    expect(changes.stdout).toContain("adopted");
  });

  it("takes the format from --out's extension and writes atomically, leaving no temporary file", async () => {
    const result = await runMain(["render", join(FIXTURES, "valid.yaml"), "--out", "out/plan.html"], { cwd: temp });
    expect(result).toEqual({ code: 0, stdout: expect.stringMatching(/^Wrote HTML to out\/plan\.html \(/), stderr: "" });
    expect(readFileSync(join(temp, "out", "plan.html"), "utf8")).toMatch(/^<!DOCTYPE html>/);
    expect(readdirSync(join(temp, "out"))).toEqual(["plan.html"]);
  });

  it("refuses option mistakes with exit 2", async () => {
    const cases: [string[], string][] = [
      [["render", "valid.json", "--fragment"], "actionplan: --fragment applies to HTML only; add --format html.\n"],
      [["render", "valid.json", "--year", "99"], 'actionplan: option "-y, --year <year>" argument "99" is invalid. Expected a year such as 2025 (1800–2200), got "99".'],
      [["render", "valid.json", "--lang", "deutsch!"], 'argument "deutsch!" is invalid. Expected a BCP 47 language tag such as "en", "nb-NO", "de-AT" or "zh-Hant-TW", got "deutsch!".'],
      [["render", "valid.json", "--view", "summary"], "Allowed choices are document, priorities, responsibilities, changes, indicators, progress."],
      [["render", "valid.json", "--previous", "valid.json"], 'actionplan: --previous is used by --view changes only (the view is "document").\n'],
    ];
    for (const [args, message] of cases) {
      const result = await runMain(args);
      expect(result.code, args.join(" ")).toBe(2);
      expect(result.stderr).toContain(message);
      expect(result.stdout).toBe("");
    }
  });

  it("an unreadable --previous is an I/O error and nothing is rendered", async () => {
    const result = await runMain(["render", "valid.json", "--view", "changes", "--previous", "gone.json"]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("gone.json error file_not_found");
  });

  it("a file that cannot be written is an I/O error", async () => {
    writeFileSync(join(temp, "blocker"), "a file, not a directory");
    const result = await runMain(["render", join(FIXTURES, "valid.json"), "--out", "blocker/plan.md"], { cwd: temp });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("actionplan: Cannot write blocker/plan.md: a part of the path is a file, not a directory.\n");
  });
});

describe("diff", () => {
  it("lists the changes as JSON", async () => {
    const result = await runMain(["diff", "valid.json", "warning.yaml", "--format", "json"]);
    expect(result.code).toBe(0);
    const output = JSON.parse(result.stdout) as { old: string; new: string; changes: { type: string }[] };
    expect(output.old).toBe("valid.json");
    expect(output.new).toBe("warning.yaml");
    expect(output.changes.map((change) => change.type)).toEqual(["plan-status-changed"]);
    expect(result.stderr).toContain("warning.yaml:9:9 warning missing_adoption");
  });

  it("renders the change log as Markdown", async () => {
    const changed = readJson(join(FIXTURES, "valid.json")) as { chapters: { measures: { items: { text: string }[] } }[] };
    changed.chapters[0]!.measures.items[0]!.text = "Hold two research forums a year.";
    writeFileSync(join(temp, "new.json"), JSON.stringify(changed));
    const result = await runMain(["diff", join(FIXTURES, "valid.json"), "new.json"], { cwd: temp });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Hold two research forums a year.");
  });

  it("refuses an invalid version (exit 1) and prints nothing on standard output", async () => {
    const result = await runMain(["diff", "valid.json", "duplicate-id.json"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("duplicate-id.json is not a valid plan (1 error); nothing was written.");
  });
});

describe("schema", () => {
  it("prints the JSON Schema of @actionplan/schema", async () => {
    const result = await runMain(["schema"]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(planSchema);
  });

  it("writes it to --out", async () => {
    const result = await runMain(["schema", "--out", "plan.schema.json"], { cwd: temp });
    expect(result.code).toBe(0);
    expect(readJson(join(temp, "plan.schema.json"))).toEqual(planSchema);
  });
});

describe("init", () => {
  it("--yes writes a plan that is valid from the first minute, with $schema and schemaVersion", async () => {
    const result = await runMain(["init", "--yes"], { cwd: temp });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Wrote a new JSON plan to plan\.actionplan\.json \(.*\)\.\nNext: fill in the texts, then run: actionplan validate plan\.actionplan\.json\n$/);
    const plan = readJson(join(temp, "plan.actionplan.json"));
    expect(plan["$schema"]).toBe("https://unpkg.com/@actionplan/schema@2/plan.schema.json");
    expect(plan["schemaVersion"]).toBe("2.0");
    expect(plan["kind"]).toBe("actionPlan");
    expect(validatePlan(plan)).toEqual({ valid: true, issues: [], plan });
    // The first measure shows the 2.0 fields a new plan needs: a start, a lifecycle status, new in this plan.
    expect((plan as any).chapters[0].measures.items[0]).toMatchObject({ start: new Date().getFullYear(), status: "planned", isNew: true });
    const check = await runMain(["validate", "--strict", "plan.actionplan.json"], { cwd: temp });
    expect(check.code).toBe(0);
  });

  it("takes flags for scripts, and escapes markup in the answers so that they print as typed", async () => {
    const result = await runMain(
      ["init", "--name", "Star *Cluster* [test]", "--short-name", "Star", "--lang", "nn", "--title", "Plan **2027**", "--start", "2027", "--end", "2029", "--chapter", "Forsking", "--objective", "Betre tenester.", "--kind", "strategy", "--out", "star.yaml"],
      { cwd: temp },
    );
    expect(result.code, result.stderr).toBe(0);
    const text = readFileSync(join(temp, "star.yaml"), "utf8");
    expect(text.startsWith("# yaml-language-server: $schema=https://unpkg.com/@actionplan/schema@2/plan.schema.json\n")).toBe(true);
    const plan = parseYaml(text) as Record<string, any>;
    expect(plan).toMatchObject({
      id: "star-2027-2029",
      kind: "strategy",
      language: "nn",
      title: "Plan \\*\\*2027\\*\\*",
      period: { start: 2027, end: 2029 },
      cluster: { name: "Star \\*Cluster\\* \\[test\\]", shortName: "Star" },
    });
    expect(plan["chapters"][0].title).toBe("Forsking");
    expect(validatePlan(plan).issues).toEqual([]);
  });

  it("asks on a terminal, asking again after an answer it cannot use", async () => {
    let stderr = "";
    let stdout = "";
    // … kind, other languages, responsible, horizon, mission, publication date and address: Enter for each.
    const answers = ["Example Network", "", "norsk!", "nb", "2026", "2020", "2029", "", "Bedre tjenester.", "Forskning", "", "", "", "", "", "", ""].join("\n") + "\n";
    const code = await main(["init"], {
      stdout: { write: (chunk: string) => (stdout += chunk) },
      stderr: { write: (chunk: string) => (stderr += chunk) },
      stdin: Readable.from([answers]),
      cwd: temp,
      env: {},
      isTTY: { stdin: true, stdout: false, stderr: false },
    });
    expect(code, stderr).toBe(0);
    expect(stderr).toContain('Expected a language tag such as nb, en or de-AT, got "norsk!".');
    expect(stderr).toContain("The last year comes after the first (2026).");
    const plan = readJson(join(temp, "plan.actionplan.json")) as Record<string, any>;
    expect(plan).toMatchObject({
      id: "example-network-2026-2029",
      language: "nb",
      title: "Handlingsplan 2026–2029",
      period: { start: 2026, end: 2029 },
      cluster: { name: "Example Network", participants: [] },
    });
    expect(plan["strategy"].objectives[0].name).toBe("Bedre tjenester.");
    expect(plan["chapters"][0].title).toBe("Forskning");
    expect(validatePlan(plan).issues).toEqual([]);
    expect(stdout).toContain("Wrote a new JSON plan to plan.actionplan.json");
  });

  it("offers what a new 2.0 plan needs by flags: further languages, a person or organisation responsible, the strategy's horizon", async () => {
    const person = await runMain(
      ["init", "--yes", "--lang", "nn", "--languages", "EN, zh-Hant-TW,nn", "--responsible", "Kari Nordmann", "--start", "2026", "--end", "2028", "--horizon", "2035", "--out", "p.json"],
      { cwd: temp },
    );
    expect(person.code, person.stderr).toBe(0);
    const plan = readJson(join(temp, "p.json")) as Record<string, any>;
    expect(plan["languages"]).toEqual(["en", "zh-Hant-TW"]);
    expect(plan["cluster"].people).toEqual([{ id: "kari-nordmann", name: "Kari Nordmann" }]);
    expect(plan["chapters"][0].measures.items[0].responsible).toEqual(["person:kari-nordmann"]);
    expect(plan["strategy"].period).toEqual({ start: 2026, end: 2035 });
    expect(validatePlan(plan).issues).toEqual([]);
    const organisation = await runMain(["init", "--yes", "--responsible", "Fjord Fund", "--responsible-kind", "organisation", "--out", "o.json"], { cwd: temp });
    expect(organisation.code, organisation.stderr).toBe(0);
    const other = readJson(join(temp, "o.json")) as Record<string, any>;
    expect(other["cluster"].organisations).toEqual([{ id: "fjord-fund", name: "Fjord Fund" }]);
    expect(other["cluster"].people).toBeUndefined();
    expect(other["chapters"][0].measures.items[0].responsible).toEqual(["organisation:fjord-fund"]);
    expect(validatePlan(other).issues).toEqual([]);
    // A bad tag in the list and a horizon before the plan are usage errors that write nothing.
    expect((await runMain(["init", "--yes", "--languages", "en,english", "--out", "x.json"], { cwd: temp })).code).toBe(2);
    expect((await runMain(["init", "--yes", "--start", "2026", "--horizon", "2020", "--out", "y.json"], { cwd: temp })).code).toBe(2);
    expect(existsSync(join(temp, "x.json")) || existsSync(join(temp, "y.json"))).toBe(false);
  });

  it("asks for them on a terminal, in the default language", async () => {
    let stderr = "";
    // name, short name, language, start, end, title, objective, chapter, kind, other languages, responsible, its kind, horizon,
    // mission, publication date, publication address (no role: an organisation is responsible)
    const answers = ["Nettverket", "", "nb", "2026", "2028", "", "", "", "", "en, se", "Fjordfondet", "firma", "organisation", "2020", "2032", "Musikk i alle *helsetjenester*.", "2026-13-01", "2026-03-01", "ftp://x", "https://example.org/plan.pdf"];
    const code = await main(["init"], {
      stdout: { write: () => true },
      stderr: { write: (chunk: string) => (stderr += chunk) },
      stdin: Readable.from([`${answers.join("\n")}\n`]),
      cwd: temp,
      env: { LANG: "nb_NO.UTF-8" },
      isTTY: { stdin: true, stdout: false, stderr: false },
    });
    expect(code, stderr).toBe(0);
    expect(stderr).toContain("Andre språk planen er skrevet på (BCP 47-koder skilt med komma; Enter for ingen)");
    expect(stderr).toContain("Hvem har ansvaret for det første tiltaket");
    expect(stderr).toContain("Ventet person eller organisation, fikk «firma».");
    expect(stderr).toContain("Strategiens siste år kommer etter planens første (2026).");
    const plan = readJson(join(temp, "plan.actionplan.json")) as Record<string, any>;
    expect(plan["languages"]).toEqual(["en", "se"]);
    expect(plan["cluster"].organisations).toEqual([{ id: "fjordfondet", name: "Fjordfondet" }]);
    expect(plan["chapters"][0].measures.items[0].responsible).toEqual(["organisation:fjordfondet"]);
    expect(plan["strategy"].period).toEqual({ start: 2026, end: 2032 });
    expect(stderr).toContain("Klyngens misjon");
    expect(stderr).toContain('Expected a date written YYYY-MM-DD such as 2026-12-31, got "2026-13-01".');
    expect(stderr).toContain('Expected a web address starting with https:// or http://, got "ftp://x".');
    expect(stderr).not.toContain("Rollen til");
    expect(plan["strategy"].mission).toBe("Musikk i alle \\*helsetjenester\\*.");
    expect(plan["publication"]).toEqual({ date: "2026-03-01", url: "https://example.org/plan.pdf" });
    expect(validatePlan(plan).issues).toEqual([]);
  });

  it("asks for a responsible person's role, and writes a performance report with people, mission and publication by flags", async () => {
    let stderr = "";
    // … responsible, its kind, horizon, mission, role, publication date and address
    const answers = ["Network", "", "en", "2026", "2028", "", "", "", "performanceReport", "", "Kari Nordmann", "", "", "", "Project leader", "", ""];
    const code = await main(["init", "--out", "asked.json"], {
      stdout: { write: () => true },
      stderr: { write: (chunk: string) => (stderr += chunk) },
      stdin: Readable.from([`${answers.join("\n")}\n`]),
      cwd: temp,
      env: {},
      isTTY: { stdin: true, stdout: false, stderr: false },
    });
    expect(code, stderr).toBe(0);
    expect(stderr).toContain("Kari Nordmann's role, e.g. Project leader");
    const asked = readJson(join(temp, "asked.json")) as Record<string, any>;
    expect(asked["kind"]).toBe("performanceReport");
    expect(asked["cluster"].people).toEqual([{ id: "kari-nordmann", name: "Kari Nordmann", roles: [{ title: "Project leader" }] }]);
    expect(asked["publication"]).toBeUndefined();
    expect(validatePlan(asked).issues).toEqual([]);

    for (const kind of ["strategy", "actionPlan", "performancePlan", "performanceReport"]) {
      const result = await runMain(
        ["init", "--yes", "--kind", kind, "--mission", "Music in every health service.", "--responsible", "Ola Nordmann", "--role", "Leader of the cluster", "--published", "2026-03-01", "--publication-url", "https://example.org/p.pdf", "--out", `${kind}.json`],
        { cwd: temp },
      );
      expect(result.code, result.stderr).toBe(0);
      const plan = readJson(join(temp, `${kind}.json`)) as Record<string, any>;
      expect(plan).toMatchObject({ kind, publication: { date: "2026-03-01", url: "https://example.org/p.pdf" }, strategy: { mission: "Music in every health service." } });
      expect(plan["cluster"].people).toEqual([{ id: "ola-nordmann", name: "Ola Nordmann", roles: [{ title: "Leader of the cluster" }] }]);
      expect(plan["chapters"][0].measures.items[0].responsible).toEqual(["person:ola-nordmann"]);
      expect(validatePlan(plan).issues).toEqual([]);
    }
    // A role needs a person to hold it; a bad date or address is refused by name. Nothing is written.
    const roleAlone = await runMain(["init", "--yes", "--role", "Leader", "--out", "r.json"], { cwd: temp });
    expect(roleAlone.code).toBe(2);
    expect(roleAlone.stderr).toContain("--role is the role of the person --responsible names");
    const badDate = await runMain(["init", "--yes", "--published", "1.3.2026", "--out", "d.json"], { cwd: temp });
    expect(badDate.code).toBe(2);
    expect(badDate.stderr).toContain('Expected a date written YYYY-MM-DD such as 2026-12-31, got "1.3.2026".');
    expect((await runMain(["init", "--yes", "--publication-url", "example.org", "--out", "u.json"], { cwd: temp })).code).toBe(2);
    expect(["r.json", "d.json", "u.json"].some((name) => existsSync(join(temp, name)))).toBe(false);
  });

  it("cancelled questions write nothing", async () => {
    const code = await main(["init"], {
      stdout: { write: () => true },
      stderr: { write: () => true },
      stdin: Readable.from(["Only a name\n"]),
      cwd: temp,
      env: {},
      isTTY: { stdin: true, stdout: false, stderr: false },
    });
    expect(code).toBe(2);
    expect(existsSync(join(temp, "plan.actionplan.json"))).toBe(false);
  });

  it("never overwrites a file without --force", async () => {
    writeFileSync(join(temp, "plan.actionplan.json"), "keep me");
    const refused = await runMain(["init", "--yes"], { cwd: temp });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe("actionplan: plan.actionplan.json already exists; nothing was written. Use --force to overwrite it, or --out to choose another file.\n");
    expect(readFileSync(join(temp, "plan.actionplan.json"), "utf8")).toBe("keep me");
    const forced = await runMain(["init", "--yes", "--force"], { cwd: temp });
    expect(forced.code).toBe(0);
    expect(validatePlan(readJson(join(temp, "plan.actionplan.json"))).valid).toBe(true);
  });

  it("without a terminal and without --yes it needs --name", async () => {
    const result = await runMain(["init"], { cwd: temp });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("init needs the cluster's name: give --name");
    expect(readdirSync(temp)).toEqual([]);
  });

  it("refuses a period that ends before it starts", async () => {
    const result = await runMain(["init", "--yes", "--start", "2030", "--end", "2026"], { cwd: temp });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("actionplan: The period ends (2026) before it starts (2030); give --start and --end in order.\n");
  });
});

describe("migrate", () => {
  it("upgrades an older document, says what changed, and the result is valid", async () => {
    const result = await runMain(["migrate", "old-0.9.json"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("old-0.9.json: schema version 0.9 → 2.0\n");
    expect(result.stderr).toContain("Renamed `lang` to `language`.");
    const document = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(document["schemaVersion"]).toBe("2.0");
    expect(document["language"]).toBe("en");
    expect(validatePlan(document).valid).toBe(true);
  });

  it("--in-place rewrites the file; a current file is left alone", async () => {
    copyFileSync(join(FIXTURES, "old-0.9.json"), join(temp, "plan.json"));
    const result = await runMain(["migrate", "plan.json", "--in-place"], { cwd: temp });
    expect(result.code).toBe(0);
    expect(readJson(join(temp, "plan.json"))["schemaVersion"]).toBe("2.0");
    const again = await runMain(["migrate", "plan.json", "--in-place"], { cwd: temp });
    expect(again.stderr).toBe("plan.json already follows schema version 2.0; nothing to change.\n");
  });

  it("--out and --in-place exclude each other", async () => {
    const result = await runMain(["migrate", "old-0.9.json", "--out", "x.json", "--in-place"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("cannot be used with option");
  });

  it("a document of an unknown version cannot be migrated (exit 1)", async () => {
    writeFileSync(join(temp, "future.json"), JSON.stringify({ schemaVersion: "7.0" }));
    const result = await runMain(["migrate", "future.json"], { cwd: temp });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^future\.json: cannot migrate: The document follows version 7\.0/);
  });
});

describe("errors", () => {
  it("an internal failure asks for a report, exits 2 and shows no stack unless ACTIONPLAN_DEBUG is set", async () => {
    let stderr = "";
    const broken = {
      stdout: {
        write: (): never => {
          throw new TypeError("stream exploded");
        },
      },
      stderr: { write: (chunk: string) => (stderr += chunk) },
      stdin: Readable.from([]),
      cwd: FIXTURES,
      env: {},
      isTTY: { stdin: false, stdout: false, stderr: false },
    };
    expect(await main(["validate", "valid.json"], broken)).toBe(2);
    expect(stderr).toMatch(/^actionplan: internal error: TypeError: stream exploded\nThis is a bug in actionplan/);
    expect(stderr).not.toMatch(STACK_LINE);
    stderr = "";
    expect(await main(["validate", "valid.json"], { ...broken, env: { ACTIONPLAN_DEBUG: "1" } })).toBe(2);
    expect(stderr).toMatch(STACK_LINE);
  });

  it("help goes to standard output with exit 0; `help <command>` works too", async () => {
    const result = await runMain(["help", "validate"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Usage: actionplan validate [options] <files...>");
  });

  it("a missing argument is a usage error", async () => {
    const result = await runMain(["diff", "valid.json"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('actionplan: missing required argument "new".\nRun "actionplan diff --help" to see the options.\n');
  });

  it("extra arguments are a usage error", async () => {
    const result = await runMain(["schema", "extra"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("too many arguments");
  });
});
