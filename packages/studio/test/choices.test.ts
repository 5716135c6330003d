// The words for the model's enum values in the studio's three languages: every enum the model's shape has, every
// value, has a word in nb, nn and en, from the renderer's labels or the studio's messages, never from both.
import { builtInLabels } from "@actionplan/render";
import { describe, expect, it } from "vitest";
import { choiceLabel, enumPlaces, RENDER_CHOICES } from "../src/forms/choices.js";
import { STUDIO_CHOICES } from "../src/forms/messages.js";
import { STUDIO_LANGUAGES } from "../src/messages.js";
import { REVISION_KINDS } from "../src/revisions/versions.js";

describe("the words for enum values", () => {
  const places = enumPlaces();

  it("finds the model's enums in its shape, with the ones a coordinator meets first", () => {
    const keys = places.map((place) => place.key);
    expect(keys).toEqual(expect.arrayContaining(["MeasureStatus", "PlanStatus", "Revision.kind", "Indicator.direction", "IndicatorStage", "BodySeat.role", "Block", "OpenOrganisationKind", "Stakeholder.role", "MeasureRole.role", "PlanEvent.kind"]));
    expect(places.find((place) => place.key === "MeasureStatus")?.values).toContain("ongoing");
    expect(places.length).toBeGreaterThan(15);
  });

  it("has a word for every value of every enum of the model in bokmål, nynorsk and English", () => {
    const missing: string[] = [];
    for (const language of STUDIO_LANGUAGES) {
      for (const { key, values } of places) for (const value of values) if (choiceLabel(language, key, value) === undefined) missing.push(`${language} ${key}: ${value}`);
    }
    expect(missing, "add the word to the renderer's labels (packages/render/src/labels.ts, mapped in RENDER_CHOICES) or, where the document never prints it, to STUDIO_CHOICES in packages/studio/src/forms/messages.ts").toEqual([]);
  });

  it("takes each enum's words from one place: none is in both the renderer's labels and the studio's messages", () => {
    for (const language of STUDIO_LANGUAGES) {
      const both = Object.keys(STUDIO_CHOICES[language]).filter((key) => key in RENDER_CHOICES);
      expect(both, language).toEqual([]);
      expect(Object.keys(STUDIO_CHOICES[language]).sort()).toEqual(Object.keys(STUDIO_CHOICES.en).sort());
    }
  });

  it("names the values in the studio's language with the renderer's words where it has them", () => {
    expect(choiceLabel("nb", "MeasureStatus", "ongoing")).toBe(capital(builtInLabels.nb!.measureStatuses.ongoing));
    expect(choiceLabel("nb", "Revision.kind", "annual-revision")).toBe(capital(builtInLabels.nb!.revisionKinds["annual-revision"]));
    expect(choiceLabel("nn", "Indicator.direction", "increase")).toBe(capital(builtInLabels.nn!.directions.increase));
    expect(choiceLabel("en", "PlanStatus", "consultation")).toBe("Out for consultation");
    expect(choiceLabel("nb", "MeasureStatus", "not-a-status")).toBeUndefined();
  });

  it("gives the revisions panel the model's kinds of revision", () => {
    expect([...REVISION_KINDS]).toEqual(places.find((place) => place.key === "Revision.kind")?.values);
  });
});

const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
