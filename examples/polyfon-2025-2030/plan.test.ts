import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import type { Block, Chapter, Plan } from "@actionplan/core";
import { extractSeedItems, plainText } from "./seed-items.js";
import type { SeedItem } from "./seed-items.js";
import { validateExample } from "./validate.js";
import { seedItemCheck, textsUnder } from "./seed-check.js";

const file = (name: string): string => fileURLToPath(new URL(name, import.meta.url));
const raw: unknown = JSON.parse(readFileSync(file("plan.json"), "utf8"));
const plan = raw as Plan;
const seed = readFileSync(file("seed.txt"), "utf8");
const news = readFileSync(file("news.txt"), "utf8");
const items = extractSeedItems(seed);

const chapter = (number: string): Chapter => {
  const found = plan.chapters.find((c) => c.number === number);
  if (!found) throw new Error(`plan.json has no chapter ${number}`);
  return found;
};
/** Plain reading of a text that is a string in this plan (it uses no language maps). */
const plain = (text: unknown): string => {
  if (typeof text !== "string") throw new Error(`expected a plain string text, got ${JSON.stringify(text)}`);
  return plainText(text);
};

describe("the Polyfon plan 2025–2030", () => {
  test("is valid, with no errors and no warnings", () => {
    expect(validateExample(raw)).toEqual({ errors: [], warnings: [] });
  });

  test("would be reported if it broke a rule (the check above can fail)", () => {
    const broken = structuredClone(plan);
    const ii = broken.chapters[1]!.measures!.items[0]!;
    delete ii.start;
    broken.chapters[1]!.references = ["chapter:ch-xi"];
    const { errors, warnings } = validateExample(broken);
    expect(errors).toEqual([expect.stringMatching(/^unresolved_reference at \/chapters\/1\/references\/0: /)]);
    expect(warnings).toEqual([expect.stringMatching(/^prioritised_without_start_year at \/chapters\/1\/measures\/items\/0: /)]);
  });

  test("starts with $schema and names the schema version and language", () => {
    const text = readFileSync(file("plan.json"), "utf8");
    expect(Object.keys(raw as object).slice(0, 4)).toEqual(["$schema", "schemaVersion", "id", "language"]);
    expect(plan.$schema).toBe("https://unpkg.com/@actionplan/schema@2/plan.schema.json");
    expect(plan.schemaVersion).toBe("2.0");
    expect(plan.language).toBe("nb");
    // Two-space indentation, one final newline.
    expect(text).toBe(`${JSON.stringify(raw, null, 2)}\n`);
  });

  test("keeps byte-identical copies of the adopted text and the news item", () => {
    // The SHA-256 of the seeds as published; the repository must not depend on where they came from.
    const sha256 = (name: string): string => createHash("sha256").update(readFileSync(file(name))).digest("hex");
    expect(sha256("seed.txt")).toBe("339025eb08f9d0bafd03a16e64c7aa0543cb5c93ecafb3d8af1360a182fdf29f");
    expect(sha256("news.txt")).toBe("778337f3d4d8a62ab368fe8f6742aec97ab0408d7e2685b949a1ec1d0622d948");
  });

  test("has ten chapters I–X of the right kinds", () => {
    expect(plan.chapters.map((c) => `${c.number}:${c.kind}`)).toEqual([
      "I:introduction",
      "II:principle",
      "III:principle",
      "IV:objective",
      "V:objective",
      "VI:objective",
      "VII:objective",
      "VIII:objective",
      "IX:objective",
      "X:revision",
    ]);
  });

  test("has 48 measures, numbered from 1 in each chapter", () => {
    const counts = Object.fromEntries(
      plan.chapters.filter((c) => c.measures).map((c) => [c.number, c.measures?.items.length]),
    );
    expect(counts).toEqual({ II: 3, III: 10, IV: 7, V: 7, VI: 6, VII: 5, VIII: 5, IX: 5 });
    for (const c of plan.chapters) {
      expect(c.measures?.items.map((m) => m.number) ?? []).toEqual(c.measures?.items.map((_, i) => i + 1) ?? []);
      if (c.measures) expect(c.measures.open).toBe(true);
    }
  });

  test("prioritises exactly the bold measures for 2025, all new, and the summary names them", () => {
    const prioritised = plan.chapters.flatMap((c) =>
      (c.measures?.items ?? []).filter((m) => m.priorityYears?.includes(2025)).map((m) => `${c.number}.${m.number}`),
    );
    expect(prioritised).toEqual(["II.1", "II.2", "III.5", "IV.4", "V.3", "V.4", "VI.4", "VII.4", "VIII.4", "IX.2"]);
    const all = plan.chapters.flatMap((c) => c.measures?.items ?? []);
    for (const m of all) {
      // 1.x said "new" or "ongoing"; 2.0 says isNew, or the lifecycle status ongoing: never both, never another.
      if (m.priorityYears) expect(m.isNew, m.id).toBe(true);
      const ongoing = m.start !== undefined && Number(m.start) <= 2024;
      expect([m.isNew, m.status], m.id).toEqual(ongoing ? [undefined, "ongoing"] : [true, undefined]);
    }
    expect(all.filter((m) => m.status === "ongoing")).toHaveLength(19);
    const summaryRefs = plan.chapters.flatMap((c) => c.summary?.priorities?.flatMap((p) => p.measures) ?? []);
    expect(summaryRefs).toEqual([
      "measure:m-iii-5",
      "measure:m-iv-4",
      "measure:m-v-3",
      "measure:m-v-4",
      "measure:m-vi-4",
      "measure:m-vii-4",
      "measure:m-viii-4",
      "measure:m-ix-2",
    ]);
  });

  test("ties chapters IV–IX to the strategy's objectives and those to the four focus areas", () => {
    expect(plan.chapters.map((c) => c.objectives ?? [])).toEqual([
      [],
      [],
      [],
      ["objective:obj-1"],
      ["objective:obj-2a"],
      ["objective:obj-2b"],
      ["objective:obj-3"],
      ["objective:obj-4a"],
      ["objective:obj-4b"],
      [],
    ]);
    const strategy = plan.strategy;
    expect(strategy?.focusAreas?.map((f) => `${f.number} ${plain(f.name)}`)).toEqual([
      "1 Informasjon og formidling",
      "2 Praksis- og tjenesteutvikling",
      "3 Forsking og fagutvikling",
      "4 Utdanning og kompetanse",
    ]);
    const objectives = strategy?.objectives ?? [];
    expect(objectives.map((o) => [o.number, o.name === undefined, o.subObjectives?.map((s) => s.number) ?? []])).toEqual([
      ["1", false, []],
      ["2", true, ["2a", "2b"]],
      ["3", false, []],
      ["4", true, ["4a", "4b"]],
    ]);
    // Each name is its chapter's heading after "Målsetting N: ".
    for (const c of plan.chapters.filter((ch) => ch.kind === "objective")) {
      const id = c.objectives?.[0]?.replace("objective:", "");
      const objective = objectives.flatMap((o) => [o, ...(o.subObjectives ?? [])]).find((o) => o.id === id);
      expect(`Målsetting ${objective?.number}: ${plain(objective?.name)}`).toBe(plain(c.title));
      expect(objective?.focusAreas).toEqual([`focusArea:fa-${objective?.number.slice(0, 1)}`]);
    }
  });

  test("records the adoption, the preparation and the cluster without invented facts", () => {
    expect(plan.adoption).toEqual({
      date: "2024-12-13",
      body: "body:steering-group",
      note: "med **utheving** av forslag til prioriterte tiltak for 2025",
    });
    const cluster = plan.cluster;
    const strategyGroup = cluster?.bodies?.find((b) => `body:${b.id}` === plan.preparedBy?.body);
    expect(strategyGroup?.period).toEqual({ start: 2023, end: 2024 });
    expect(strategyGroup?.composition?.map((s) => s.role)).toEqual([
      "participant-representatives",
      "experience-representatives",
      "student-representatives",
    ]);
    expect(cluster?.nodes).toBeUndefined();
    expect(cluster?.participants.map((p) => `${p.abbreviation}:${p.kind}`)).toEqual([
      "UiB:university",
      "BEK:municipality",
      "BET:hospital",
      "HAK:municipality",
      "HBE:health-trust",
      "HFO:health-trust",
      "HFØ:health-trust",
      "HVL:university-college",
      "KIK:municipality",
      "LIK:municipality",
      "OAP:hospital",
      "NOR:research-institute",
      "NMH:university-college",
      "USHT-SF:other",
      "VLFK:county",
    ]);
    for (const p of cluster?.participants ?? []) {
      expect(p.region, p.id).toBeUndefined();
      expect(p.joined, p.id).toBeUndefined();
    }
    expect(plan.strategy?.vision).toBeUndefined();
    expect(plan.strategy?.values).toBeUndefined();
    expect(cluster?.posts).toEqual([
      { id: "user-participation-coordinator", title: "Koordinator for brukermidvirkning", established: 2022 },
    ]);
  });

  test("takes every text about the cluster and Fagrådet verbatim from news.txt", () => {
    const newsPlain = plainText(news);
    const partner = plan.cluster?.partners?.[0];
    const texts = [
      plan.cluster?.description,
      partner?.agreement?.background,
      ...(partner?.agreement?.commitments.map((c) => c.text) ?? []),
      ...(partner?.agreement?.statements?.map((s) => s.text) ?? []),
      ...(partner?.history ?? []),
    ];
    expect(texts).toHaveLength(7);
    for (const text of texts) expect(newsPlain).toContain(plain(text));
    for (const statement of partner?.agreement?.statements ?? []) {
      expect(newsPlain).toContain(`${plain(statement.role)}, ${statement.speaker}`);
    }
    expect(partner?.members).toEqual({ value: 140, approximate: true, of: "medlemmer" });
    expect(newsPlain).toContain("nær 140 medlemmer");
    expect(partner?.agreement?.date).toBeUndefined();
    // The facts come from the news item, not from the adopted plan: the plan says where they come from.
    expect(plain(partner?.agreement?.source)).toContain("news.txt");
  });

  test("models the Vestland sub-group as the seed words it, with no lead the seed does not name", () => {
    // The seed lists "Vestland fylkeskommune m/ undergruppe (Helse Førde, Kinn kommune, USHT-SF)": "with", not "led by".
    expect(seed).toContain("Vestland fylkeskommune m/ undergruppe (Helse Førde, Kinn kommune, USHT-SF)");
    const group = plan.cluster?.groups?.find((g) => g.id === "vlfk-subgroup");
    expect(group?.name).toBe("Vestland fylkeskommune m/ undergruppe");
    expect(group?.lead).toBeUndefined();
    expect(group?.members).toEqual(["participant:vlfk", "participant:helse-forde", "participant:kinn-kommune", "participant:usht-sf"]);
  });
});

// ---------------------------------------------------------------------------------------------------
// The independent check: every item the extractor reads in seed.txt is found in plan.json, in its place.

const missing = seedItemCheck(plan);

describe("the independent seed check", () => {
  test("reads every kind of item in the seed", () => {
    const counts: Record<string, number> = {};
    for (const item of items) counts[item.kind] = (counts[item.kind] ?? 0) + 1;
    expect(counts).toEqual({
      adoption: 1,
      heading: 60,
      "contents-entry": 11,
      paragraph: 34,
      break: 1,
      bullet: 118,
      abbreviation: 18,
      "table-header": 8,
      measure: 48,
    });
    const bold = items.filter((i) => i.kind === "measure" && i.bold).map((i) => (i.kind === "measure" ? `${i.chapter}.${i.number}` : ""));
    expect(bold).toEqual(["II.1", "II.2", "III.5", "IV.4", "V.3", "V.4", "VI.4", "VII.4", "VIII.4", "IX.2"]);
    const priorities = items.flatMap((i) => (i.kind === "paragraph" && i.priority ? [i.context.chapter] : []));
    expect(priorities).toEqual(["III", "IV", "V", "VI", "VII", "VIII", "IX"]);
  });

  test("finds every item of the seed in plan.json, in its chapter", () => {
    expect(items.map(missing).filter((m) => m !== undefined)).toEqual([]);
  });

  test("finds every narrative text of plan.json in the seed (nothing added)", () => {
    const seedTexts = new Set<string>();
    for (const item of items) {
      if (item.kind === "paragraph" || item.kind === "bullet") seedTexts.add(plainText(item.text));
      if (item.kind === "heading") seedTexts.add(plainText(item.text));
      if (item.kind === "measure") seedTexts.add(plainText(item.text));
      if (item.kind === "paragraph" && item.priority) {
        seedTexts.add(plainText(item.lead ?? ""));
        seedTexts.add(item.priority.text);
      }
    }
    const blockTexts = (blocks: readonly Block[] | undefined): unknown[] =>
      (blocks ?? []).flatMap((b) =>
        b.type === "paragraph" ? [b.text] : b.type === "list" ? b.items : b.type === "section" ? [b.title, ...blockTexts(b.blocks)] : [],
      );
    const narrative = plan.chapters.map((c) => [
      c.summary?.text,
      c.summary?.priorities?.map((p) => p.text),
      blockTexts(c.content),
      c.rationale?.items,
      c.horizon?.targets.map((t) => t.text),
      c.measures?.items.map((m) => m.text),
      c.preconditions?.items.map((p) => p.text),
    ]);
    const planTexts = textsUnder([
      narrative,
      plan.tableConventions?.title,
      blockTexts(plan.tableConventions?.content),
      plan.glossary?.title,
      blockTexts(plan.glossary?.intro),
      plan.summary?.title,
      plan.title,
    ]);
    const notInSeed = [...planTexts].filter((t) => !seedTexts.has(t));
    expect(notInSeed).toEqual([]);
    // Distinct texts: repeated ones such as "Kontinuerlig evaluering, se kap. X" count once.
    expect(planTexts.size).toBe(195);
  });

  test("fails on a changed word, a dropped bold and a missing item", () => {
    const edit = (from: string, to: string): SeedItem[] => {
      expect(seed).toContain(from);
      return extractSeedItems(seed.replace(from, to));
    };
    const failures = (changed: SeedItem[]): string[] => changed.map(missing).filter((m): m is string => m !== undefined);
    expect(failures(edit("kompetanse i brukermidvirkning i alle", "kompetanse i brukermedvirkning i alle"))).toHaveLength(1);
    expect(failures(edit("samskappingsbaserte", "samskapingsbaserte"))).toEqual(["measure V.5"]);
    expect(failures(edit("<b>4) Etablering av et formidlingsforum for samordning av formidlinga i klynga</b>", "4) Etablering av et formidlingsforum for samordning av formidlinga i klynga"))).toEqual(["measure IV.4"]);
    expect(failures(edit("- Solid klyngeaktivitet i alle helseregioner", "- Solid klyngeaktivitet i alle fire helseregioner"))).toHaveLength(1);
    expect(failures(edit("av høy kvalitet", "av høg kvalitet"))).toEqual(["contents entry VIII: plan has Målsetting 4a: Utdanningene i MT er relevante, av høy kvalitet og av tilstrekkelig omfang"]);
  });
});
