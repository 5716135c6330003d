// A label set written before a key was added (issue 15): the keys of the first label set of format 2.0 are required,
// a later key that is missing is shown in English with one `labels_incomplete` warning naming every such key, and
// the published labels.schema.json still describes (requires) the full set.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Issue } from "@actionplan/core";
import { builtInLabels, checkLabelSetFile, renderMarkdown, type Labels } from "@actionplan/render";
import { fixturePlan } from "../test/fixture.js";
import { FIRST_LABEL_KEYS } from "./languages.js";

/** The Finnish set a user wrote before `adoptedBy` and `organisationKinds` were added. */
function olderFinnish(): Partial<Labels> {
  const { adoptedBy: _by, organisationKinds: _kinds, ...rest } = builtInLabels.en;
  return { ...rest, contents: "Sisällys", adopted: "Hyväksytty {date}" };
}

const inFinnish = () => ({ ...fixturePlan(), language: "fi" });

describe("a label set that lacks keys added after the first label set of format 2.0", () => {
  it("the first set's keys are all still keys of the English set, and the later keys include adoptedBy and organisationKinds", () => {
    const english = Object.keys(builtInLabels.en);
    expect([...FIRST_LABEL_KEYS].filter((key) => !english.includes(key))).toEqual([]);
    expect(FIRST_LABEL_KEYS.size).toBe(80);
    expect(english.filter((key) => !FIRST_LABEL_KEYS.has(key))).toEqual(expect.arrayContaining(["adoptedBy", "organisationKinds", "measureStatuses"]));
  });

  it("renders, with those labels in English and one warning naming them", () => {
    const warnings: Issue[] = [];
    const markdown = renderMarkdown(inFinnish(), { labels: { fi: olderFinnish() }, adoptingBody: true, onWarning: (warning) => warnings.push(warning) });
    expect(markdown).toContain("## Sisällys");
    // `adoptedBy` falls back to the English words, with the Finnish set's date.
    expect(markdown).toMatch(/Adopted by .+ \d/);
    expect(warnings).toEqual([
      {
        code: "labels_incomplete",
        severity: "warning",
        pointer: "",
        message: 'The label set for "fi" lacks adoptedBy, organisationKinds (added after the first label set of format 2.0): those labels are shown in English.',
        hint: "Add them in the set's language; labels.schema.json lists every key, and builtInLabels.en has the English words.",
      },
    ]);
  });

  it("a complete set gives no such warning; a set lacking a key of the first set is still refused", () => {
    const warnings: Issue[] = [];
    renderMarkdown(inFinnish(), { labels: { fi: { ...builtInLabels.en, contents: "Sisällys" } }, onWarning: (warning) => warnings.push(warning) });
    expect(warnings).toEqual([]);
    const { months: _months, ...withoutMonths } = olderFinnish();
    expect(() => renderMarkdown(inFinnish(), { labels: { fi: withoutMonths } })).toThrow("Option `labels.fi` lacks months; a label set for a language with no built-in set must give every key");
  });

  it("checkLabelSetFile: one warning, no error, for the later keys; an error for a key of the first set", () => {
    expect(checkLabelSetFile({ language: "fi", labels: olderFinnish() })).toEqual([
      {
        code: "labels_incomplete",
        severity: "warning",
        pointer: "/labels",
        message: 'The label set for "fi" lacks adoptedBy, organisationKinds (added after the first label set of format 2.0): those labels are shown in English.',
        hint: "Add them in the set's language; labels.schema.json lists every key, and builtInLabels.en has the English words.",
      },
    ]);
    const { months: _months, ...withoutMonths } = olderFinnish();
    expect(checkLabelSetFile({ language: "fi", labels: withoutMonths }).map((issue) => [issue.code, issue.severity])).toEqual([
      ["missing_key", "error"],
      ["labels_incomplete", "warning"],
    ]);
  });

  it("the published labels.schema.json still requires every key of the English set", () => {
    const schema = JSON.parse(readFileSync(new URL("../labels.schema.json", import.meta.url), "utf8")) as { properties: { labels: { required: string[] } } };
    expect([...schema.properties.labels.required].sort()).toEqual(Object.keys(builtInLabels.en).sort());
  });
});
