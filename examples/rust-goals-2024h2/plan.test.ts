// The Rust project goal slate for 2024H2 (RFC 3672), modelled in format 2.0: the plan validates, every item of
// the committed source (headings, paragraphs, bullets, goal-table rows, owners and teams) is in plan.json in the
// right place and in the rendered document (Markdown and HTML), and the committed renderings are fresh.
import { readFileSync } from "node:fs";
import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import type { Chapter, Measure, Plan } from "@actionplan/core";
import { renderHtml, renderMarkdown } from "@actionplan/render";
import { htmlText } from "../../packages/render/test/helpers.js";
import { validateExample } from "../polyfon-2025-2030/validate.js";
import { extractSourceItems, plainText } from "./source-items.js";
import type { SourceItem } from "./source-items.js";

const read = (name: string): string => readFileSync(new URL(`./${name}`, import.meta.url), "utf8");
const plan = JSON.parse(read("plan.json")) as Plan;
const source = read("source/3672-Project-Goals-2024h2.md");
const items = extractSourceItems(source);
const markdown = renderMarkdown(plan);
const html = renderHtml(plan);
const REGENERATE = "Regenerate the committed renderings with `node scripts/render-examples.mjs` and commit them.";

/** Every string in a value, depth first. */
const strings = (value: unknown): string[] =>
  typeof value === "string" ? [value] : Array.isArray(value) ? value.flatMap(strings) : value && typeof value === "object" ? Object.values(value).flatMap(strings) : [];
const str = (text: unknown): string => {
  if (typeof text !== "string") throw new Error(`expected a plain string text, got ${JSON.stringify(text)}`);
  return plainText(text);
};
const chapter = (id: string): Chapter => {
  const found = plan.chapters.find((c) => c.id === id);
  if (!found) throw new Error(`plan.json has no chapter ${id}`);
  return found;
};
const personName = (ref: string): string => {
  const person = plan.cluster?.people?.find((p) => `person:${p.id}` === ref);
  if (!person) throw new Error(`${ref} is not in cluster.people`);
  return person.name;
};
const bodyName = (ref: string): string => {
  const body = plan.cluster?.bodies?.find((b) => `body:${b.id}` === ref);
  if (!body) throw new Error(`${ref} is not in cluster.bodies`);
  return str(body.name);
};
const owners = (measure: Measure): string[] => [...(measure.lead ? [measure.lead] : []), ...(measure.responsible ?? [])].map(personName);

// The flagship bullets' lead-in ("…, which will contain", "… via:"): the goal's name is the objective's, the words
// that lead into its sub-items are the `intro` of its chapter's measures.
const FLAGSHIP_LEAD_IN = /(?:, | )(which will contain|via:)$/;
const values = plan.strategy?.values ?? [];
const isValue = (text: string): boolean => values.some((v) => text === `${str(v.name)} ${str(v.description)}`);

/** The texts of a source item that must appear verbatim (in plain reading) in the plan and in a rendering. */
const pieces = (item: SourceItem): string[] => {
  if (item.kind === "row") return [item.goal, ...item.owners, ...item.teams];
  if (item.kind === "bullet" && isValue(item.text)) {
    const value = values.find((v) => item.text === `${str(v.name)} ${str(v.description)}`)!;
    return [str(value.name), str(value.description)];
  }
  const leadIn = item.kind === "bullet" ? FLAGSHIP_LEAD_IN.exec(item.text)?.[1] : undefined;
  return [item.text.replace(FLAGSHIP_LEAD_IN, ""), ...(leadIn === undefined ? [] : [leadIn])];
};

describe("the source is read into items", () => {
  it("finds the headings, paragraphs, bullets and the 22 goal rows", () => {
    const count = (kind: SourceItem["kind"]): number => items.filter((item) => item.kind === kind).length;
    expect(count("heading")).toBe(10);
    expect(count("paragraph")).toBe(16);
    expect(count("bullet")).toBe(23);
    // The lead-in is on the three flagship bullets and nowhere else.
    expect(items.filter((item) => item.kind !== "row" && FLAGSHIP_LEAD_IN.test(item.text)).map((item) => item.kind === "bullet" && item.depth)).toEqual([0, 0, 0]);
    expect(items.filter((item) => item.kind === "row").map((item) => item.kind === "row" && item.table)).toEqual([...new Array(21).fill("Project goals"), "Orphaned goals"]);
  });
});

describe("the Rust project goal slate 2024H2 in plan.json", () => {
  it("is valid; its one warning is the adoption the source does not date", () => {
    const { errors, warnings } = validateExample(plan);
    expect(errors).toEqual([]);
    expect(warnings.map((w) => w.split(" ")[0])).toEqual(["missing_adoption"]);
  });

  it("holds every heading, paragraph and bullet of the source", () => {
    const texts = new Set([...strings(plan).map(plainText), ...values.map((v) => `${str(v.name)} ${str(v.description)}`)]);
    const missing = items.filter((item) => item.kind !== "row").flatMap(pieces).filter((text) => !texts.has(text));
    expect(missing).toEqual([]);
  });

  it("holds the three flagship goals as objectives with their owners, each with a chapter of its sub-items", () => {
    const summary = items.filter((item): item is Extract<SourceItem, { kind: "bullet" }> => item.kind === "bullet").slice(0, 3);
    const objectives = plan.strategy?.objectives ?? [];
    expect(objectives).toHaveLength(3);
    summary.forEach((bullet, i) => {
      const [, name, ownerList = ""] = /^(.*) \(owners?: (.*)\)$/.exec(bullet.text) ?? [];
      expect(str(objectives[i]?.name)).toBe(name);
      expect(objectives[i]?.stakeholders?.map((s) => `${personName(s.actor)}/${s.role}`)).toEqual(ownerList.split(", ").map((o) => `${o}/owner`));
    });
    const subItems = (goal: number): string[] => {
      const start = items.findIndex((item) => item.kind === "bullet" && item.text.replace(FLAGSHIP_LEAD_IN, "") === str(objectives[goal]?.name));
      const rest = items.slice(start + 1);
      const end = rest.findIndex((item) => item.kind !== "bullet" || item.depth === 0);
      return rest.slice(0, end).map((item) => (item.kind === "bullet" ? item.text : ""));
    };
    const leadIns = items.filter((item) => item.kind === "bullet" && item.depth === 0 && FLAGSHIP_LEAD_IN.test(item.text)).map((item) => item.kind === "bullet" && FLAGSHIP_LEAD_IN.exec(item.text)?.[1]);
    expect(leadIns).toEqual(["which will contain", "via:", "via:"]);
    objectives.forEach((objective, i) => {
      const ch = plan.chapters.find((c) => c.objectives?.includes(`objective:${objective.id}`))!;
      expect(ch.measures?.intro).toBe(leadIns[i]);
      expect(ch.measures?.items.map((m) => str(m.text))).toEqual(subItems(i));
      expect(ch.measures?.items.every((m) => m.related?.includes(`objective:${objective.id}`))).toBe(true);
    });
  });

  it("gives a measure the status `completed` only where the source says it is done", () => {
    const measures = plan.chapters.flatMap((c) => c.measures?.items ?? []);
    expect(measures.filter((m) => m.status !== undefined).map((m) => `${m.status}: ${str(m.text)}`)).toEqual(
      items.filter((item) => item.kind === "bullet" && item.text.includes("(done!)")).map((item) => `completed: ${item.kind === "bullet" && item.text}`),
    );
  });

  it("holds every goal row: the goal as a measure, its owners as lead or responsible people, its teams as supporting bodies", () => {
    const rows = items.filter((item): item is Extract<SourceItem, { kind: "row" }> => item.kind === "row");
    const measures = [...chapter("project-goals").measures!.items, ...chapter("orphaned-goals").measures!.items];
    expect(measures.map((m) => ({ goal: str(m.text), owners: owners(m), teams: (m.supporting ?? []).map(bodyName) }))).toEqual(
      rows.map((row) => ({ goal: row.goal, owners: row.owners, teams: row.teams })),
    );
  });

  it("holds each goal row's badges as the goal's tags, and an owner cell with no name as an owner wanted", () => {
    const rows = items.filter((item): item is Extract<SourceItem, { kind: "row" }> => item.kind === "row");
    const measures = [...chapter("project-goals").measures!.items, ...chapter("orphaned-goals").measures!.items];
    expect(rows.filter((row) => row.badges.length > 0).map((row) => row.goal)).toEqual(["User-wide build cache"]);
    expect(measures.map((m) => ({ goal: str(m.text), tags: (m.tags ?? []).map(str), wanted: (m.roles ?? []).filter((r) => r.actor === undefined && (r.holder ?? "wanted") === "wanted").map((r) => r.role) }))).toEqual(
      rows.map((row) => ({ goal: row.goal, tags: row.badges, wanted: row.owners.length === 0 ? ["owner"] : [] })),
    );
    // No role names an actor: the mentor of the orphaned goal is named only outside the modelled part.
    expect(measures.flatMap((m) => m.roles ?? []).filter((r) => r.actor !== undefined)).toEqual([]);
  });

  it("holds the orphaned goal's mentor as a role held by someone named elsewhere, as the source says every orphaned goal has one", () => {
    expect(source).toContain("Every orphaned goal has someone who is willing and able to serve as mentor");
    expect(source).toContain("reach out to the listed mentor");
    expect(chapter("orphaned-goals").measures!.items.map((m) => m.roles)).toEqual([[{ role: "owner" }, { role: "mentor", holder: "namedElsewhere" }]]);
    expect(markdown).toContain("- Owner: *wanted*\n- Mentor: *named elsewhere*");
  });

  it("tags the three flagship goals with their shared category, and numbers no chapter (the RFC's sections have no numbers)", () => {
    expect(source).toContain('we have selected 3 as our "flagship goals"');
    expect(plan.strategy?.objectives?.map((o) => [o.number, o.label, o.tags])).toEqual([
      ["1", undefined, ["Flagship goal"]],
      ["2", undefined, ["Flagship goal"]],
      ["3", undefined, ["Flagship goal"]],
    ]);
    expect(source.match(/^#+ \d/gm)).toBeNull();
    expect(plan.chapters.map((c) => c.number)).toEqual(plan.chapters.map(() => undefined));
    expect(markdown).toContain("\n## Summary\n");
    expect(markdown).toContain("- Objective 1 (Flagship goal): [Release the Rust 2024 edition]");
  });

  it("is a portfolio for the half-year the source names (2024H2)", () => {
    expect(plan.kind).toBe("portfolio");
    expect(source).toContain(`goal slate for ${plan.period.start}${plan.period.part}.`);
  });

  it("names every person and team of the source once, and no one else", () => {
    const rows = items.filter((item): item is Extract<SourceItem, { kind: "row" }> => item.kind === "row");
    const summaryOwners = items.flatMap((item) => (item.kind === "bullet" ? (/\(owners?: (.*)\)$/.exec(item.text)?.[1]?.split(", ") ?? []) : []));
    const people = new Set([...summaryOwners, ...rows.flatMap((row) => row.owners)]);
    expect(plan.cluster?.people?.map((p) => p.name).sort()).toEqual([...people].sort());
    expect(plan.cluster?.bodies?.map((b) => str(b.name)).sort()).toEqual([...new Set(rows.flatMap((row) => row.teams))].sort());
  });

  it("dates nothing the source does not date: the second half of 2024, the RFC's start date, no adoption, start, end or due dates", () => {
    expect(plan.period).toEqual({ start: 2024, end: 2024, part: "H2" });
    expect(plan.adoption).toBeUndefined();
    expect(source).toContain("- Start Date: 2024-07-09\n");
    expect(plan.events).toEqual([{ date: "2024-07-09", kind: "started" }]);
    expect(markdown).toContain("*Started 9 July 2024*");
    const dated = JSON.stringify(plan).match(/"(start|end|due|date|from|to|adopted|completed)":/g) ?? [];
    expect(dated).toEqual(['"start":', '"end":', '"date":', '"start":', '"end":']);
  });
});

describe("the rendered document holds every item of the source", () => {
  // The Markdown's text as a CommonMark reader sees it (escapes resolved), not its source characters.
  const mdText = plainText(htmlText(new MarkdownIt().render(markdown)).replace(/\s+/g, " "));
  const htmlPlain = htmlText(html).replace(/\s+/g, " ");

  it("in the Markdown", () => {
    const missing = items.flatMap(pieces).filter((text) => !mdText.includes(text));
    expect(missing).toEqual([]);
  });

  it("in the HTML's text", () => {
    const missing = items.flatMap(pieces).filter((text) => !htmlPlain.includes(text));
    expect(missing).toEqual([]);
  });

  it("shows each goal's owners, teams and badges with the goal (the two owners of annotate-snippets as `responsible`)", () => {
    const rows = items.filter((item): item is Extract<SourceItem, { kind: "row" }> => item.kind === "row");
    const blocks = markdown.split(/\n(?=\*\*\d+\) )/);
    const missing = rows.flatMap((row) => {
      const block = blocks.find((b) => plainText(htmlText(new MarkdownIt().renderInline(b.split("\n")[0] ?? ""))).replace(/^\d+\) /, "") === row.goal) ?? "";
      return [...row.owners, ...row.teams, ...row.badges].filter((name) => !plainText(block).includes(name)).map((name) => `${row.goal}: ${name}`);
    });
    expect(missing).toEqual([]);
    const annotate = blocks.find((b) => b.split("\n")[0]?.includes("Use annotate-snippets")) ?? "";
    expect(annotate).toContain("- Responsible: Esteban Kuber, Scott Schafer");
    const orphan = blocks.find((b) => b.split("\n")[0]?.includes("User-wide build cache")) ?? "";
    expect(orphan).toContain("- Owner: *wanted*");
    expect(orphan).toContain("- Tags: Help wanted");
  });

  it("leads into each flagship goal's sub-items with the source's words", () => {
    expect(markdown).toMatch(/### Measures\n\nwhich will contain\n\n\| Measure \|/);
    expect(markdown.match(/### Measures\n\nvia:\n\n\| Measure \|/g)).toHaveLength(2);
    expect(markdown).toContain("Portfolio\n");
  });

  it("uses English labels only (the plan's language)", () => {
    expect(plan.language).toBe("en");
    expect(markdown).not.toMatch(/\b(Tiltak|Hvorfor|Innhold|Vedtatt|Åtgärder|Maßnahmen)\b/);
  });
});

describe("committed renderings are up to date", () => {
  it("plan.md equals a fresh renderMarkdown(plan)", () => {
    expect(read("plan.md") === markdown, `examples/rust-goals-2024h2/plan.md is out of date. ${REGENERATE}`).toBe(true);
  });
  it("plan.html equals a fresh renderHtml(plan)", () => {
    expect(read("plan.html") === html, `examples/rust-goals-2024h2/plan.html is out of date. ${REGENERATE}`).toBe(true);
  });
});
