// Which fields `actionplan init` offers (issue 15: every new field "offered by actionplan init where a new plan needs
// it"), read from the plan it builds: each answer writes the fields listed here, a plan built from every answer
// validates, and the command's documentation names each option.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parsePlan } from "@actionplan/core";
import { describe, expect, it } from "vitest";
import { buildPlan, type InitAnswers } from "../../packages/cli/src/commands/init.js";
import { walkFields, type FieldName } from "./fields.js";

const BASE: InitAnswers = { name: "Example cluster", shortName: "Example", lang: "en", title: "Action plan 2026–2030", start: 2026, end: 2030, chapter: "Research", objective: "More research." };

/** The answers beyond the required ones, each with the option that gives it and the fields of format 2.0 it writes. */
const OFFERED: readonly { option: string; answers: Partial<InitAnswers>; fields: FieldName[] }[] = [
  { option: "--kind", answers: { kind: "strategy" }, fields: [] /* `kind` is always written: actionPlan by default */ },
  { option: "--languages", answers: { languages: ["nb", "sv"] }, fields: ["Plan.languages"] },
  { option: "--responsible", answers: { responsible: "Ada Lovelace" }, fields: ["Cluster.people", "Person.id", "Person.name", "Measure.responsible"] },
  { option: "--responsible-kind", answers: { responsible: "Light Fund", responsibleKind: "organisation" }, fields: ["Cluster.organisations", "Organisation.id", "Organisation.name", "Measure.responsible"] },
  { option: "--role", answers: { responsible: "Ada Lovelace", role: "Project leader" }, fields: ["Cluster.people", "Person.id", "Person.name", "Person.roles", "PersonRole.title", "Measure.responsible"] },
  { option: "--horizon", answers: { horizon: 2032 }, fields: [] /* the strategy's period is always written; the option sets its end */ },
  { option: "--mission", answers: { mission: "We share what we learn." }, fields: ["Strategy.mission"] },
  { option: "--published", answers: { published: "2026-01-15" }, fields: ["Plan.publication", "Publication.date"] },
  { option: "--publication-url", answers: { publicationUrl: "https://example.org/plan" }, fields: ["Plan.publication", "Publication.url"] },
];

/** The fields a plan built from these answers writes. */
function written(answers: InitAnswers): Set<FieldName> {
  const fields = new Set<FieldName>();
  walkFields(parsePlan(buildPlan(answers, "https://unpkg.com/@actionplan/schema@2/plan.schema.json", "2.0")), { field: (field) => fields.add(field), object: () => undefined });
  return fields;
}

describe("actionplan init offers the fields of format 2.0 a new plan needs", () => {
  const base = written(BASE);

  it("without the optional answers, a new plan has its kind, the strategy with its period and objective, and a planned measure new in this plan", () => {
    expect([...base].sort()).toEqual(
      expect.arrayContaining(["Plan.kind", "Plan.strategy", "Strategy.period", "Strategy.objectives", "Objective.name", "Chapter.objectives", "Measure.status", "Measure.isNew", "Measure.start"]),
    );
    expect(base.has("Plan.languages")).toBe(false);
  });

  it.each(OFFERED.map((offer) => [offer.option, offer] as const))("%s writes its fields, and the plan validates", (_option, offer) => {
    const fields = written({ ...BASE, ...offer.answers });
    expect([...fields].filter((field) => !base.has(field)).sort()).toEqual([...new Set(offer.fields)].sort());
  });

  it("every answer at once writes every offered field", () => {
    const all = written({ ...BASE, ...Object.assign({}, ...OFFERED.filter((offer) => offer.option !== "--responsible-kind").map((offer) => offer.answers)) });
    for (const offer of OFFERED.filter((candidate) => candidate.option !== "--responsible-kind")) for (const field of offer.fields) expect(all.has(field), field).toBe(true);
  });

  it("the CLI's README names every option init offers", () => {
    const readme = readFileSync(join(import.meta.dirname, "..", "..", "packages", "cli", "README.md"), "utf8");
    const row = readme.split("\n").find((line) => line.startsWith("| `actionplan init` |")) ?? "";
    expect(OFFERED.map((offer) => offer.option).filter((option) => !row.includes(`\`${option}`))).toEqual([]);
  });
});
