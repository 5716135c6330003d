// The names of the model's fields and kinds of thing in the studio's three languages: every field the forms can
// show (walked from the model's shape, so a new field fails here until it is named) and every kind of thing with an
// id has a name in bokmål, nynorsk and English, from the renderer's labels or the studio's messages, never from both.
import { PLAN_SHAPE, type ShapeDescription } from "@actionplan/core/rules";
import { builtInLabels } from "@actionplan/render";
import { describe, expect, it } from "vitest";
import { STUDIO_FIELDS, STUDIO_KINDS } from "../src/forms/name-messages.js";
import { fieldName, fieldWord, formFields, kindName, kindWord, placeWords } from "../src/forms/names.js";
import { STUDIO_LANGUAGES } from "../src/messages.js";

describe("the names of fields and kinds", () => {
  const fields = formFields();

  it("walks the model's shape to every field the forms can show, tags of unions included", () => {
    expect([...fields.keys()]).toEqual(expect.arrayContaining(["title", "caseNumber", "priorityYears", "kind", "type", "value", "represents", "subObjectives", "speaker"]));
    expect(fields.get("caseNumber")).toMatch(/^(Adoption|Publication|Revision)\.caseNumber$/);
    expect(fields.has("$schema") || fields.has("schemaVersion") || fields.has("extensions")).toBe(false);
    expect(fields.size).toBeGreaterThan(120);
  });

  it("has a name for every field the forms can show in bokmål, nynorsk and English", () => {
    const missing: string[] = [];
    for (const language of STUDIO_LANGUAGES) for (const [field, place] of fields) if (fieldName(language, field) === undefined) missing.push(`${language} ${field} (${place})`);
    expect(missing, "name the field in the renderer's changeFields (packages/render/src/labels.ts) or, where the changes view never prints it, in STUDIO_FIELDS in packages/studio/src/forms/name-messages.ts").toEqual([]);
  });

  it("finds a field the model gains, so that it fails until the field is named", () => {
    const grown: ShapeDescription = { ...PLAN_SHAPE, types: { ...PLAN_SHAPE.types, Revision: { ...PLAN_SHAPE.types["Revision"]!, properties: { ...PLAN_SHAPE.types["Revision"]!.properties, meetingRoom: { type: "string" } } } } };
    expect(formFields(grown).get("meetingRoom")).toBe("Revision.meetingRoom");
    expect(fieldName("nb", "meetingRoom")).toBeUndefined();
    expect(fieldWord("nb", "meetingRoom")).toBe("Meeting room");
  });

  it("takes each field's name from one place: none is in both the renderer's labels and the studio's messages", () => {
    for (const language of STUDIO_LANGUAGES) {
      const both = Object.keys(STUDIO_FIELDS[language]).filter((field) => field in builtInLabels[language]!.changeFields);
      expect(both, language).toEqual([]);
      expect(Object.keys(STUDIO_FIELDS[language]).sort(), language).toEqual(Object.keys(STUDIO_FIELDS.en).sort());
    }
  });

  it("names fields in the studio's language, the renderer's words first", () => {
    expect(fieldWord("nb", "caseNumber")).toBe("Saksnummer");
    expect(fieldWord("nn", "caseNumber")).toBe("Saksnummer");
    expect(fieldWord("en", "caseNumber")).toBe("Case number");
    expect(fieldWord("nb", "responsible")).toBe("Ansvarlig");
    expect(fieldWord("nn", "responsible")).toBe("Ansvarleg");
  });

  it("has a name for every kind of thing of the model in bokmål, nynorsk and English", () => {
    const kinds = Object.values(PLAN_SHAPE.types).flatMap((type) => (type.idKind === undefined ? [] : [type.idKind]));
    expect(kinds).toEqual(expect.arrayContaining(["measure", "revision", "indicator", "organisation", "progressReport"]));
    const missing = STUDIO_LANGUAGES.flatMap((language) => kinds.filter((kind) => kindName(language, kind) === undefined).map((kind) => `${language} ${kind}`));
    expect(missing, "name the kind in STUDIO_KINDS in packages/studio/src/forms/name-messages.ts").toEqual([]);
    for (const language of STUDIO_LANGUAGES) expect(Object.keys(STUDIO_KINDS[language]).sort(), language).toEqual(Object.keys(STUDIO_KINDS.en).sort());
    expect(kindWord("nb", "revision")).toBe("revisjon");
    expect(kindWord("nn", "participant")).toBe("deltakar");
    expect(kindWord("en", "progressReport")).toBe("progress report");
  });

  it("words a place in the plan by its fields' names and its items' numbers", () => {
    expect(placeWords("nb", "/developmentTasks/0")).toBe("Utviklingsoppgaver 1");
    expect(placeWords("nn", "/cluster/bodies/2/composition")).toBe(`Klynge › Organ 3 › ${fieldWord("nn", "composition")}`);
    expect(placeWords("en", "/adoption")).toBe("Adoption");
  });
});
