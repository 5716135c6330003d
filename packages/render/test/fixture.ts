// A small fictional plan that exercises every handler and view of the renderer. Every organisation in it is invented.
import type { Plan } from "@actionplan/core";

/** A fictional plan with placeholders in its introduction, all standard sections, indicators and progress reports. */
export function fixturePlan(): Plan {
  return {
    schemaVersion: "2.0",
    id: "nordlys-2026-2028",
    language: "nb",
    languages: ["en"],
    title: { nb: "Handlingsplan for Nordlys (2026-2028)", en: "Action plan for Nordlys (2026-2028)" },
    period: { start: 2026, end: 2028 },
    status: "adopted",
    adoption: { date: "2025-11-04", body: "body:styret", note: "med **utheving** av prioriterte tiltak for 2026" },
    cluster: {
      name: "Kunnskapsklynga Nordlys",
      shortName: "Nordlys",
      participants: [
        { id: "fju", name: "Fjordby universitet", abbreviation: "FjU", kind: "university" },
        { id: "nvk", name: "Nordvik kommune", kind: "municipality" },
        { id: "hnv", name: "Helse Nordvik", abbreviation: "HNV", kind: "health-trust" },
      ],
      groups: [{ id: "vest", name: "Vestgruppa", lead: "participant:nvk", members: ["participant:hnv"] }],
      bodies: [
        { id: "styret", name: "Styringsgruppa", kind: "steering-group" },
        { id: "panel", name: "Erfaringspanelet", kind: "experience-panel" },
      ],
    },
    strategy: {
      id: "strategi",
      title: "Strategi for Nordlys 2025-2030",
      period: { start: 2025, end: 2030 },
      mainObjective: "Nordlys skal gjøre kunnskap om *lys* og helse tilgjengelig.",
      focusAreas: [
        { id: "fa-1", number: "1", name: "Formidling" },
        { id: "fa-2", number: "2", name: "Forskning", description: "Praksisnær forskning" },
      ],
      objectives: [
        { id: "o-1", number: "1", name: "Kunnskap er lett tilgjengelig", focusAreas: ["focusArea:fa-1"] },
        {
          id: "o-2",
          number: "2",
          subObjectives: [
            { id: "o-2a", number: "2a", name: "Forskningen er praksisnær" },
            { id: "o-2b", number: "2b", name: { nb: "Forskningen er internasjonal", en: "Research is international" } },
          ],
        },
      ],
    },
    summary: { title: "Sammendrag og prioriterte tiltak i 2026", priorityYear: 2026 },
    tableConventions: {
      content: [
        { type: "paragraph", text: "Tabellene skiller mellom pågående og *nye* tiltak." },
        { type: "list", items: ["Prioriterte tiltak står i **fet skrift**", "En åpen rad til slutt"] },
      ],
    },
    glossary: {
      entries: [
        { id: "lh", abbreviation: "LH", expansion: "Lys og helse" },
        { id: "fju-abbr", abbreviation: "FjU", refersTo: "participant:fju" },
      ],
    },
    chapters: [
      {
        id: "ch-i",
        number: "I",
        title: "Innledning",
        kind: "introduction",
        summary: { text: "Planen konkretiserer strategien." },
        content: [
          { type: "paragraph", text: "Planen bygger på [strategien](https://example.org/strategi)." },
          { type: "placeholder", show: "mainObjective" },
          { type: "placeholder", show: "objectives" },
          { type: "thematicBreak" },
          { type: "section", title: "*Om tabellene*", blocks: [{ type: "placeholder", show: "tableConventions" }] },
          { type: "placeholder", show: "glossary" },
        ],
      },
      {
        id: "ch-ii",
        number: "II",
        title: "Målsetting 1: Kunnskap er lett tilgjengelig",
        tocTitle: "Målsetting 1: Kunnskap",
        shortTitle: "Kunnskap i samfunnet",
        kind: "objective",
        objectives: ["objective:o-1"],
        summary: {
          text: "Klynga driver formidling.",
          priorities: [
            { year: 2026, measures: ["measure:m-ii-2"] },
            { year: 2027, text: "Et formidlingsforum og en ny nettside.", measures: ["measure:m-ii-3", "measure:m-ii-4"] },
          ],
        },
        rationale: { items: ["Kunnskap gir bedre valg", { nb: "Samfunnet trenger kunnskap", en: "Society needs knowledge" }] },
        horizon: { year: 2030, targets: [{ id: "t-ii-1", text: "LH er en synlig del av samfunnsdebatten" }] },
        measures: {
          items: [
            { id: "m-ii-1", number: 1, text: "Formidling på nettsiden", start: 2017, status: "ongoing", responsible: ["body:panel"] },
            { id: "m-ii-2", number: 2, text: "Etablering av et formidlingsforum", start: 2026, isNew: true, priorityYears: [2026], responsible: ["participant:fju", "participant:nvk"], footnotes: ["Gjerne sammen med HNV."] },
            { id: "m-ii-3", number: 3, text: "Ambassadører for feltet", isNew: true, priorityYears: [2027] },
            { id: "m-ii-4", number: 4, text: "Ny nettside", isNew: true, priorityYears: [2027], responsible: ["group:vest"] },
          ],
          open: true,
        },
        preconditions: { items: [{ id: "p-ii-1", text: "Kontinuerlig evaluering, se kap. III.", refs: ["chapter:ch-iii"] }] },
      },
      {
        id: "ch-iii",
        number: "III",
        title: "Rullering",
        kind: "revision",
        summary: { text: "Planen rulleres årlig." },
        content: [
          { type: "paragraph", text: "Styringsgruppa vedtar prioriteringene." },
          { type: "section", title: "*Utviklingsoppgaver*", blocks: [{ type: "placeholder", show: "developmentTasks" }] },
        ],
        rationale: { title: "Hvorfor rullere?", items: ["Planen skal være dynamisk"] },
        measures: {
          title: "Tiltak for rullering",
          items: [{ id: "m-iii-1", number: 1, text: "Årlig evaluering", start: 2026, status: "ongoing", responsible: ["body:styret"] }],
        },
      },
    ],
    developmentTasks: [
      { actor: "participant:fju", label: "FjU", tasks: ["Effektstudier", "Kurs"] },
      { actor: "group:vest", tasks: [] },
    ],
    indicators: [
      {
        id: "i-besok",
        name: "Besøk på nettsiden",
        kind: "quantitative",
        unit: "besøk",
        direction: "increase",
        source: "Nettstatistikk",
        tracks: ["objective:o-1", "measure:m-ii-1"],
        baseline: { year: 2025, value: 12000 },
        periods: [
          { year: 2026, targets: [{ value: 15000 }], actuals: [{ value: 15250.5 }] },
          { year: 2027, targets: [{ value: 18000 }] },
        ],
      },
      {
        id: "i-debatt",
        name: "Synlighet i debatten",
        description: "Hvordan feltet omtales i media.",
        kind: "qualitative",
        tracks: ["target:t-ii-1", "chapter:ch-ii"],
        baseline: { year: 2025, value: "Lite synlig" },
        notes: "Vurderes av sekretariatet.",
      },
    ],
    revisions: [{ id: "r-2025", date: "2025-11-04", kind: "adoption", body: "body:styret", priorityYear: 2026 }],
    progress: [
      {
        id: "pr-2026",
        year: 2026,
        date: "2027-02-15",
        source: "Årsmelding 2026",
        summary: "Et godt år.",
        measures: [
          { measure: "measure:m-ii-1", status: "ongoing" },
          { measure: "measure:m-ii-2", status: "completed", note: "Forumet møttes fire ganger." },
          { measure: "measure:m-ii-3", status: "not-started" },
          { measure: "measure:m-iii-1", status: "in-progress" },
        ],
        indicators: [{ indicator: "indicator:i-debatt", value: "Noe synlig", note: "To kronikker." }],
      },
      {
        id: "pr-2025",
        year: 2025,
        measures: [{ measure: "measure:m-ii-1", status: "ongoing" }],
      },
    ],
  };
}

/** The smallest plan: one chapter, no placeholders, no summary. */
export function minimalPlan(): Plan {
  return {
    schemaVersion: "2.0",
    id: "mini",
    language: "en",
    title: "Mini plan",
    period: { start: 2027, end: 2028 },
    status: "draft",
    chapters: [
      {
        id: "only",
        number: "1",
        title: "Only chapter",
        kind: "objective",
        measures: { items: [{ id: "m1", number: 1, text: "Do it", status: "ongoing", start: 2027 }] },
      },
    ],
  };
}
