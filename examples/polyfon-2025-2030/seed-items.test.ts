import { describe, expect, test } from "vitest";
import { extractSeedItems, plainText } from "./seed-items.js";

describe("plainText", () => {
  test.each([
    ["**fet** og *kursiv*", "fet og kursiv"],
    ["*Vedtatt 13.12.24, med **utheving** av forslag*", "Vedtatt 13.12.24, med utheving av forslag"],
    ["bygger på [Polyfons strategi 2024-2030](#).", "bygger på Polyfons strategi 2024-2030."],
    ["Tjenesteutvikling (*lokalt) gjennom", "Tjenesteutvikling (*lokalt) gjennom"],
    ["Tjenesteutvikling (\\*lokalt) gjennom", "Tjenesteutvikling (*lokalt) gjennom"],
    ["\\*ikke\\* kursiv", "*ikke* kursiv"],
    ["to  mellomrom\u00a0og\nlinjeskift ", "to mellomrom og linjeskift"],
  ])("%j reads as %j", (input, expected) => {
    expect(plainText(input)).toBe(expected);
  });
});

describe("extractSeedItems", () => {
  test("reads the parts of a seed-like document in order", () => {
    const text = [
      "*Vedtatt 13.12.24,  ",
      "med **utheving** av noe*",
      "",
      "## Tittel",
      "",
      "### Innhold",
      "",
      "Sammendrag: Oversikt.....\t2",
      "I) Innledning .....\t3",
      "",
      "# Sammendrag: Oversikt",
      "",
      "## I) Kort",
      "",
      "Tekst. Prioriterte tiltak i 2025: **A. Og: B.**",
      "",
      "## I) Innledning",
      "",
      "Første avsnitt",
      "fortsetter her.",
      "",
      "--",
      "",
      "Nøkkel: Musikkterapi (MT), Senter for noe, Vestland (SN).",
      "",
      "### Aktuelle tiltak",
      "",
      "Tiltak\tStartår",
      "<b>1) Fet rad</b>\t2025",
      "2) Vanlig rad\t",
      "",
      "- punkt",
    ].join("\n");
    const items = extractSeedItems(text);
    expect(items.map((i) => i.kind)).toEqual([
      "adoption",
      "heading",
      "heading",
      "contents-entry",
      "contents-entry",
      "heading",
      "heading",
      "paragraph",
      "heading",
      "paragraph",
      "break",
      "abbreviation",
      "abbreviation",
      "heading",
      "table-header",
      "measure",
      "measure",
      "bullet",
    ]);
    expect(items[0]).toMatchObject({ text: "*Vedtatt 13.12.24, med **utheving** av noe*" });
    expect(items[4]).toMatchObject({ number: "I", title: "Innledning", page: 3 });
    expect(items[7]).toMatchObject({
      lead: "Tekst.",
      priority: { label: "Prioriterte tiltak i 2025", year: 2025, text: "A. Og: B." },
      context: { part: "summary", chapter: "I" },
    });
    expect(items[8]).toMatchObject({ context: { part: "body", chapter: "I" } });
    expect(items[9]).toMatchObject({ text: "Første avsnitt fortsetter her." });
    expect(items[12]).toMatchObject({ abbreviation: "SN", expansion: "Senter for noe, Vestland", index: 1 });
    expect(items[15]).toMatchObject({ chapter: "I", number: 1, text: "Fet rad", startYear: 2025, bold: true });
    expect(items[16]).toMatchObject({ number: 2, text: "Vanlig rad", bold: false });
    expect(items[16]).not.toHaveProperty("startYear");
    expect(items[17]).toMatchObject({ text: "punkt", context: { section: "Aktuelle tiltak" } });
  });

  test("reads measure rows of a Markdown pipe table, bold with ** or <strong>", () => {
    const items = extractSeedItems(
      [
        "## IV) Kapittel",
        "",
        "| Tiltak | Startår |",
        "| --- | --- |",
        "| **1) Fet rad** | 2025 |",
        "| <strong>2) Også fet</strong> | 2024 |",
        "| 3) Rad med \\| strek |  |",
        "| *4) Ny rad (\\*lokalt)* |  |",
        "| ***5) Ny og fet*** | 2026 |",
        "|  |  |",
      ].join("\n"),
    );
    const measures = items.filter((i) => i.kind === "measure");
    expect(items.at(-1)).toEqual({ kind: "open-row", context: { part: "body", chapter: "IV" } });
    expect(items.filter((i) => i.kind === "table-header")).toMatchObject([{ cells: ["Tiltak", "Startår"] }]);
    expect(measures).toMatchObject([
      { chapter: "IV", number: 1, text: "Fet rad", startYear: 2025, bold: true },
      { chapter: "IV", number: 2, text: "Også fet", startYear: 2024, bold: true },
      { chapter: "IV", number: 3, text: "Rad med \\| strek", bold: false, italic: false },
      { chapter: "IV", number: 4, text: "Ny rad (\\*lokalt)", bold: false, italic: true },
      { chapter: "IV", number: 5, text: "Ny og fet", startYear: 2026, bold: true, italic: true },
    ]);
  });

  test("reads a contents list of links as contents entries", () => {
    const items = extractSeedItems(
      ["# Tittel", "", "## Innhold", "", "- [Sammendrag: Kort](#sammendrag)", "- [IV) Målsetting 1: Noe](#iv)", "", "## IV) Målsetting 1: Noe"].join("\n"),
    );
    expect(items.filter((i) => i.kind === "contents-entry")).toEqual([
      { kind: "contents-entry", title: "Sammendrag: Kort", context: { part: "contents" } },
      { kind: "contents-entry", number: "IV", title: "Målsetting 1: Noe", context: { part: "contents" } },
    ]);
    expect(items.at(-1)).toMatchObject({ kind: "heading", number: "IV", context: { part: "body", chapter: "IV" } });
  });

  test("throws on a table row it cannot read rather than skipping it", () => {
    expect(() => extractSeedItems("Tiltak\tStartår\nuten nummer\t2025")).toThrow(/Cannot read the table row/);
  });
});
