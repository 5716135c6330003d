// A deterministic generator of valid action plans of any size, shared by the benchmarks (bench/) and the
// property tests (test/reliability/). The same options always give the same plan: all randomness comes
// from a seeded PRNG, never from Math.random. Every plan it produces is meant to validate with no errors and
// no warnings; test/reliability/generator.test.ts holds it to that.
import type { Block as DescriptionBlock, PlanInput } from "@actionplan/core";

/** What kind of string the generator is about to write; a `text` hook can use it to choose what to put there. */
export type GeneratedTextKind = "text" | "name" | "abbreviation" | "number" | "speaker";

/** Options of {@link generatePlan}. */
export interface GeneratePlanOptions {
  /** How many measures the plan holds in all (default 100); at least 1. */
  measures?: number;
  /** Seed of the PRNG: the same seed and options give the same plan (default 1). */
  seed?: number;
  /** Measures per objective chapter (default 20); the last chapter takes the remainder. */
  measuresPerChapter?: number;
  /**
   * Further languages of the plan, besides `nb` (default `["en", "sv"]`): a localized text is given in the first of
   * them always and in each of the others in about half of the maps (a third language on some texts).
   */
  languages?: readonly string[];
  /** Share of texts written as language maps rather than plain strings, 0–1 (default 0.3). */
  localizedShare?: number;
  /** Whether to fill every optional part (cluster, strategy, glossary, indicators, revisions, progress…); default true. */
  full?: boolean;
  /**
   * Called for every human-readable string the generator writes, with a running index and the string it would
   * write; returning a string puts that string there instead (used to inject hostile text into every field).
   */
  text?: (index: number, kind: GeneratedTextKind, generated: string) => string | undefined;
}

/** A small, fast, seeded PRNG (mulberry32); returns floats in [0, 1). */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS_NB = [
  "samarbeid", "kompetanse", "forskning", "tjenester", "brukere", "pårørende", "kommuner", "helseforetak",
  "utdanning", "innovasjon", "kunnskap", "erfaring", "nettverk", "praksis", "deling", "fagutvikling",
  "medvirkning", "kvalitet", "evaluering", "implementering", "rekruttering", "veiledning", "studenter", "ledelse",
];
const WORDS_EN = [
  "collaboration", "competence", "research", "services", "users", "relatives", "municipalities", "trusts",
  "education", "innovation", "knowledge", "experience", "network", "practice", "sharing", "development",
  "participation", "quality", "evaluation", "implementation", "recruitment", "guidance", "students", "leadership",
];
const WORDS_SV = [
  "samverkan", "kompetens", "forskning", "tjänster", "brukare", "anhöriga", "kommuner", "regioner",
  "utbildning", "innovation", "kunskap", "erfarenhet", "nätverk", "praktik", "delning", "utveckling",
];
const ROMAN: readonly [number, string][] = [
  [1000, "M"], [900, "CM"], [500, "D"], [400, "CD"], [100, "C"], [90, "XC"],
  [50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"],
];

function roman(value: number): string {
  let rest = value;
  let out = "";
  for (const [amount, letters] of ROMAN) {
    while (rest >= amount) {
      out += letters;
      rest -= amount;
    }
  }
  return out;
}

const PLAN_LANGUAGE = "nb";
const START = 2025;
const END = 2030;
const YEARS = [2025, 2026, 2027, 2028, 2029, 2030] as const;

/** Builds a valid plan of `options.measures` measures over as many chapters as `measuresPerChapter` asks for. */
export function generatePlan(options: GeneratePlanOptions = {}): PlanInput {
  const measureCount = Math.max(1, Math.floor(options.measures ?? 100));
  const perChapter = Math.max(1, Math.floor(options.measuresPerChapter ?? 20));
  const languages = [...(options.languages ?? ["en", "sv"])];
  const localizedShare = options.localizedShare ?? 0.3;
  const full = options.full ?? true;
  const random = createRandom(options.seed ?? 1);
  const hook = options.text;
  let textIndex = 0;

  const int = (min: number, max: number): number => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)]!;
  const chance = (p: number): boolean => random() < p;
  const take = (kind: GeneratedTextKind, generated: string): string => {
    const replaced = hook?.(textIndex++, kind, generated);
    return replaced === undefined ? generated : replaced;
  };
  const phrase = (words: readonly string[], count: number): string => {
    const parts: string[] = [];
    for (let i = 0; i < count; i++) parts.push(pick(words));
    return parts.join(" ");
  };
  const sentence = (words: readonly string[], min = 4, max = 12): string => {
    let body = phrase(words, int(min, max));
    const flavour = random();
    if (flavour < 0.08) body += ` **${pick(words)}**`;
    else if (flavour < 0.16) body += ` *${pick(words)}*`;
    else if (flavour < 0.2) body += ` [${pick(words)}](https://example.org/${pick(words)})`;
    return `${body.charAt(0).toUpperCase()}${body.slice(1)}.`;
  };
  /** A Text: a plain string in the plan's language, or one string per language. */
  const text = (min = 4, max = 12): PlanInput["title"] => {
    if (languages.length > 0 && chance(localizedShare)) {
      const map: Record<string, string> = { [PLAN_LANGUAGE]: take("text", sentence(WORDS_NB, min, max)) };
      for (let l = 0; l < languages.length; l++) {
        if (l > 0 && chance(0.5)) continue;
        const language = languages[l]!;
        map[language] = take("text", sentence(language.startsWith("sv") ? WORDS_SV : WORDS_EN, min, max));
      }
      return map;
    }
    return take("text", sentence(WORDS_NB, min, max));
  };
  const name = (prefix: string, index: number): string => take("name", `${prefix} ${index + 1}`);

  // --- who takes part -------------------------------------------------------------------------------------
  const participantCount = Math.min(200, Math.max(4, Math.round(measureCount / 10)));
  const kinds = ["municipality", "health-trust", "university", "university-college", "user-organisation"] as const;
  const groupIds = ["g-north", "g-south"];
  const participantIds = Array.from({ length: participantCount }, (_, i) => `p${i + 1}`);
  const groupOf = (index: number): string => groupIds[index % groupIds.length]!;
  const participants = participantIds.map((id, i) => ({
    id,
    name: text(2, 4),
    abbreviation: take("abbreviation", `P${i + 1}`),
    kind: kinds[i % kinds.length]!,
    ...(i % 3 === 0 ? { region: text(1, 2) } : {}),
    ...(i % 4 === 1 ? { healthRegion: text(1, 2) } : {}),
    ...(i > 4 && i % 7 === 0 ? { parent: `participant:${participantIds[i % 4]}` } : {}),
    groups: [`group:${groupOf(i)}`],
    ...(i % 2 === 0 ? { joined: 2010 + (i % 14) } : { joined: `20${10 + (i % 14)}-0${1 + (i % 9)}-1${i % 10}` }),
    ...(i % 5 === 0 ? { url: `https://example.org/participants/${id}` } : {}),
    ...(i % 9 === 4 ? { extensions: { "org.example.crm": { account: 1000 + i } } } : {}),
  }));
  const groups = groupIds.map((id, g) => {
    const memberIndices = participantIds.map((_, i) => i).filter((i) => groupOf(i) === id);
    return {
      id,
      name: text(2, 3),
      lead: `participant:${participantIds[memberIndices[0]!]}`,
      members: memberIndices.slice(1).map((i) => `participant:${participantIds[i]}`),
      ...(g === 0 ? { description: text() } : {}),
    };
  });
  const bodies = [
    { id: "steering", kind: "steering-group" as const },
    { id: "panel", kind: "experience-panel" as const },
    { id: "secretariat", kind: "secretariat" as const },
    { id: "strategy-group", kind: "strategy-group" as const },
  ].map((body, b) => ({
    id: body.id,
    name: text(2, 3),
    kind: body.kind,
    description: text(),
    ...(b === 0 ? { period: { start: START, end: END } } : {}),
    composition: [
      {
        role: "participant-representatives" as const,
        description: text(3, 6),
        count: 3,
        represents: participantIds.slice(0, 3).map((id) => `participant:${id}`),
      },
      { role: "experience-representatives" as const, minimum: 2 },
      { role: "student-representatives" as const, count: 1 },
    ],
    established: 2015 + b,
    ...(body.kind === "secretariat" ? { host: `participant:${participantIds[0]}` } : {}),
  }));
  // People are actors too (lead, supporting, roles, stakeholders): one person per 20 measures, at least 3, at most 100,
  // each with several roles and an affiliation, some dated.
  const personIds = Array.from({ length: Math.min(100, Math.max(3, Math.round(measureCount / 20))) }, (_, i) => `person-${i + 1}`);
  const people = personIds.map((id, i) => ({
    id,
    name: take("speaker", i === 0 ? "Kari Nordmann" : `Person ${i + 1}`),
    roles: [
      { title: text(1, 3), organisation: `participant:${participantIds[i % participantIds.length]}`, from: 2018 + (i % 6) },
      ...(i % 2 === 0 ? [{ title: text(1, 3), from: `20${20 + (i % 5)}-0${1 + (i % 9)}-01`, to: 2030 }] : []),
    ],
    affiliations: [{ organisation: `participant:${participantIds[(i + 1) % participantIds.length]}`, ...(i % 3 === 0 ? { from: 2015, to: `20${24 + (i % 3)}-06-30` } : {}) }],
    ...(i % 4 === 0 ? { extensions: { "org.example.hr": { fte: (i % 10) / 10 } } } : {}),
  }));
  const actors = [
    ...participantIds.map((id) => `participant:${id}`),
    ...personIds.map((id) => `person:${id}`),
    ...bodies.map((body) => `body:${body.id}`),
    ...groupIds.map((id) => `group:${id}`),
    "post:user-coordinator",
    "node:n-west",
    "partner:partner-1",
  ];
  const cluster = {
    name: text(3, 5),
    shortName: take("name", "Eksempelklyngen"),
    description: text(10, 20),
    coordinator: { participant: `participant:${participantIds[0]}`, unit: text(2, 3) },
    people,
    participants,
    memberCounts: [
      { value: participantCount - 2, approximate: true, of: text(1, 2), asOf: 2023 },
      { value: participantCount, of: text(1, 2), asOf: "2024-12-01" },
    ],
    groups,
    bodies,
    posts: [{ id: "user-coordinator", title: text(2, 4), description: text(), body: "body:secretariat", established: 2021 }],
    nodes: [
      {
        id: "n-west",
        region: text(1, 2),
        status: "established" as const,
        participants: participantIds.slice(0, 2).map((id) => `participant:${id}`),
        coordinator: `participant:${participantIds[0]}`,
        since: 2022,
        note: text(),
      },
      { id: "n-east", region: text(1, 2), status: "in-dialogue" as const, since: 2024 },
    ],
    partners: [
      {
        id: "partner-1",
        name: text(2, 4),
        abbreviation: take("abbreviation", "EP"),
        kind: "interest-organisation" as const,
        description: text(),
        members: { value: 140, approximate: true, of: text(1, 2), asOf: 2024 },
        agreement: {
          date: "2024-11-20",
          background: text(),
          commitments: [
            { party: "partner:partner-1", text: text() },
            { text: text() },
          ],
          statements: [{ speaker: take("speaker", "Ola Nordmann"), role: text(1, 3), for: "partner:partner-1", text: text() }],
          source: text(2, 4),
        },
        history: [text(), text()],
        url: "https://example.org/partner",
      },
    ],
    url: "https://example.org/cluster",
  };

  // --- the strategy -----------------------------------------------------------------------------------------
  const focusAreaIds = ["fa-research", "fa-education", "fa-services"];
  const objectiveIds = ["o1", "o2", "o3", "o4"];
  const strategy = {
    id: "strategy",
    title: text(3, 6),
    period: { start: START, end: END },
    adopted: "2024-06-12",
    url: "https://example.org/strategy.pdf",
    mission: text(),
    vision: text(),
    values: [{ name: text(1, 2) }, { name: text(1, 2) }, { name: text(1, 2), description: text() }],
    mainObjective: text(),
    focusAreas: focusAreaIds.map((id, i) => ({ id, number: take("number", String(i + 1)), name: text(1, 3), description: text() })),
    objectives: [
      {
        id: "o1",
        number: take("number", "1"),
        label: take("number", "Del 1"),
        name: text(),
        description: text(8, 20),
        stakeholders: [
          { actor: `participant:${participantIds[0]}`, role: "performer" },
          { actor: `person:${personIds[0]}`, role: "owner", description: text() },
          { actor: "partner:partner-1", role: "beneficiary" },
        ],
        focusAreas: ["focusArea:fa-research"],
        extensions: { "org.example.scorecard": { perspective: "learning" } },
      },
      {
        id: "o2",
        number: take("number", "2"),
        label: take("number", "Del 2"),
        focusAreas: ["focusArea:fa-education"],
        subObjectives: [
          { id: "o2a", number: take("number", "2a"), label: take("number", "2.1"), name: text(), stakeholders: [{ actor: `person:${personIds[1]}`, role: "performer" }], focusAreas: ["focusArea:fa-education"] },
          { id: "o2b", number: take("number", "2b"), label: take("number", "2.2"), name: text(), description: text(), focusAreas: ["focusArea:fa-education"] },
        ],
      },
      { id: "o3", number: take("number", "3"), name: text(), description: text(), focusAreas: ["focusArea:fa-services"] },
      { id: "o4", number: take("number", "4"), name: text(), stakeholders: [{ actor: "body:steering", role: "funder" }], focusAreas: ["focusArea:fa-research", "focusArea:fa-services"] },
    ],
  };
  const objectiveRefs = ["objective:o1", "objective:o2a", "objective:o2b", "objective:o3", "objective:o4"];

  // --- chapters ---------------------------------------------------------------------------------------------
  const objectiveChapterCount = Math.ceil(measureCount / perChapter);
  const chapterCount = objectiveChapterCount + 2;
  const useRoman = chapterCount <= 3999;
  const chapterNumber = (index: number): string => take("number", useRoman ? roman(index + 1) : String(index + 1));

  const introduction = {
    id: "ch-introduction",
    number: chapterNumber(0),
    title: text(2, 5),
    tocTitle: text(1, 3),
    shortTitle: text(1, 2),
    kind: "introduction" as const,
    content: [
      { type: "paragraph" as const, text: text(10, 30) },
      { type: "placeholder" as const, show: "mainObjective" as const },
      { type: "placeholder" as const, show: "focusAreas" as const },
      { type: "placeholder" as const, show: "objectives" as const },
      {
        type: "section" as const,
        id: "sec-reading",
        title: text(2, 4),
        blocks: [
          { type: "paragraph" as const, text: text() },
          { type: "list" as const, ordered: true, items: [text(), text(), text()] },
          {
            type: "section" as const,
            title: text(2, 3),
            blocks: [{ type: "placeholder" as const, show: "tableConventions" as const }, { type: "paragraph" as const, text: text() }],
          },
        ],
      },
      { type: "thematicBreak" as const },
      { type: "list" as const, items: [text(), text()] },
      { type: "placeholder" as const, show: "glossary" as const },
    ],
  };

  const chapters: Record<string, unknown>[] = [introduction];
  const allMeasureIds: string[] = [];
  const measureYears = new Map<string, number[]>();
  let made = 0;
  for (let c = 0; c < objectiveChapterCount; c++) {
    const chapterId = `ch-${c + 1}`;
    const count = Math.min(perChapter, measureCount - made);
    const targetIds = [`t-${c + 1}-1`, `t-${c + 1}-2`];
    const earlierMeasures = allMeasureIds.length;
    const items: ({ id: string } & Record<string, unknown>)[] = [];
    for (let m = 0; m < count; m++) {
      const id = `m-${c + 1}-${m + 1}`;
      // Under way when the plan starts (a status of its lifecycle, often with a dated history), or new in this plan
      // (`isNew`, at times planned or proposed).
      const underWay = chance(0.5);
      const lifecycle = random();
      const status = underWay
        ? lifecycle < 0.6
          ? ("ongoing" as const)
          : lifecycle < 0.75
            ? ("completed" as const)
            : lifecycle < 0.9
              ? ("delayed" as const)
              : ("discontinued" as const)
        : lifecycle < 0.3
          ? ("planned" as const)
          : lifecycle < 0.4
            ? ("proposed" as const)
            : undefined;
      const prioritised = chance(0.6);
      const priorityYears = prioritised ? YEARS.filter(() => chance(0.35)) : [];
      if (prioritised && priorityYears.length === 0) priorityYears.push(pick(YEARS));
      const firstPriority = priorityYears[0];
      const startYear = underWay ? int(2015, START) : firstPriority !== undefined ? int(START, firstPriority) : int(START, END);
      // A start or end is a year, or (one in four) a day of that year.
      const startAt = chance(0.25) ? `${startYear}-0${int(1, 9)}-01` : startYear;
      const endYear = int(Math.max(startYear, START), END);
      const hasEnd = status === "completed" || status === "discontinued" || chance(0.2);
      const endAt = chance(0.25) ? `${endYear}-12-15` : endYear;
      const responsible = new Set<string>();
      const responsibleCount = int(1, 3);
      while (responsible.size < responsibleCount) responsible.add(pick(actors));
      const related: string[] = [];
      if (chance(0.3)) related.push(`target:${pick(targetIds)}`);
      if (chance(0.2) && earlierMeasures > 0) related.push(`measure:${allMeasureIds[int(0, earlierMeasures - 1)]}`);
      if (chance(0.15) && c > 0) related.push(`chapter:ch-${c}`);
      if (chance(0.1)) related.push(`objective:${pick(objectiveRefs).slice("objective:".length)}`);
      if (chance(0.2)) related.push(`indicator:ind-${c + 1}`);
      // The history ends with the current status, oldest first; a delay or a stop says why.
      const history: { status: string; date: string; note?: unknown }[] = [];
      if (underWay && (status !== "ongoing" || chance(0.2))) {
        history.push({ status: "planned", date: `${startYear - 1}-11-15` }, { status: "ongoing", date: `${startYear}-02-01` });
        if (status === "completed") history.push({ status, date: `${endYear}-12-15` });
        if (status === "delayed") history.push({ status, date: `${START + 1}-03-01`, note: text() });
        if (status === "discontinued") history.push({ status, date: `${endYear}-12-20`, note: text() });
      } else if (status === "planned" && chance(0.5)) {
        history.push({ status: "proposed", date: `${START - 1}-10-01` }, { status: "planned", date: `${START}-01-15`, note: text() });
      }
      const milestoneCount = chance(0.35) ? int(1, 3) : 0;
      const milestones = Array.from({ length: milestoneCount }, (_, k) => {
        const due = int(START, END);
        const state = (["planned", "ongoing", "completed", "delayed"] as const)[int(0, 3)]!;
        return {
          id: `ms-${c + 1}-${m + 1}-${k + 1}`,
          text: text(4, 10),
          due: k === 0 && chance(0.5) ? due : `${due}-${pick(["03-31", "06-30", "09-30", "12-31"])}`,
          status: state,
          ...(state === "completed" ? { completed: `${due}-0${int(1, 9)}-1${int(0, 9)}` } : {}),
          ...((c + m + k) % 11 === 0 ? { extensions: { "org.example.tracker": { issue: (c + 1) * 100 + m } } } : {}),
        };
      });
      // A description's list ends it on every other measure (the facts list follows it in a Markdown render), and is
      // numbered on every third; which, is chosen without a random draw, so that the rest of the plan stays as it was.
      const description = (): DescriptionBlock[] => {
        const lead: DescriptionBlock = { type: "paragraph", text: text(10, 30) };
        if (!chance(0.3)) return [lead];
        const list: DescriptionBlock = { type: "list", ...((c + m) % 3 === 0 ? { ordered: true } : {}), items: [text(3, 6), text(3, 6)] };
        const closing: DescriptionBlock = { type: "paragraph", text: text(4, 10) };
        return (c + m) % 2 === 0 ? [lead, list] : [lead, list, closing];
      };
      const measure = {
        id,
        number: m + 1,
        text: text(6, 20),
        ...(underWay || firstPriority !== undefined || chance(0.5) ? { start: startAt } : {}),
        ...(status !== undefined ? { status } : {}),
        ...(underWay ? {} : { isNew: true }),
        ...(hasEnd ? { end: endAt } : {}),
        ...(chance(0.1) ? { description: description() } : {}),
        ...(history.length > 0 ? { statusHistory: history } : {}),
        ...(chance(0.3) ? { lead: pick(actors) } : {}),
        ...(chance(0.15) ? { supporting: [pick(actors)] } : {}),
        ...(milestones.length > 0 ? { milestones } : {}),
        ...(chance(0.15) ? { budget: { amount: int(10, 500) * 1000, currency: "NOK", ...(chance(0.5) ? { source: text(2, 5) } : {}) } } : {}),
        ...(priorityYears.length > 0 ? { priorityYears } : {}),
        responsible: [...responsible],
        ...(related.length > 0 ? { related } : {}),
        ...(chance(0.05) ? { footnotes: [text()] } : {}),
        ...(chance(0.04) ? { extensions: { "org.example.budget": { amount: int(10, 500) * 1000, currency: "NOK" } } } : {}),
        // Roles and tags on one measure in seven, chosen without a random draw; tags alone on one in five more.
        ...((c + m) % 7 === 3
          ? { roles: [{ role: "owner" }, { role: "mentor", actor: actors[(c + m) % actors.length]!, asks: take("text", "An hour a month of advice.") }], tags: [take("text", "help wanted")] }
          : (c + m) % 5 === 1
            ? { tags: [take("text", "pilot"), text(1, 2)] }
            : {}),
      };
      items.push(measure);
      allMeasureIds.push(id);
      measureYears.set(id, priorityYears);
    }
    made += count;
    const priorities = YEARS.slice(0, 2)
      .map((year) => ({ year, measures: items.filter((measure) => measureYears.get(measure.id)!.includes(year)).map((measure) => `measure:${measure.id}`) }))
      .filter((priority) => priority.measures.length > 0)
      .map((priority, i) => (i === 0 ? { ...priority, text: text() } : priority));
    const objectives = [objectiveRefs[c % objectiveRefs.length]!];
    if (c % 3 === 0) objectives.push(objectiveRefs[(c + 1) % objectiveRefs.length]!);
    chapters.push({
      id: chapterId,
      number: chapterNumber(c + 1),
      title: text(3, 8),
      ...(c % 2 === 0 ? { tocTitle: text(2, 4) } : {}),
      shortTitle: text(1, 3),
      kind: "objective",
      objectives,
      ...(c > 0 ? { references: [`chapter:ch-${c}`] } : { references: ["chapter:ch-introduction"] }),
      summary: { text: text(10, 25), ...(priorities.length > 0 ? { priorities } : {}) },
      content: [
        { type: "paragraph", text: text(15, 40) },
        ...(c % 4 === 0 ? [{ type: "section", title: text(2, 4), blocks: [{ type: "paragraph", text: text() }] }] : []),
      ],
      rationale: { ...(c % 5 === 0 ? { title: text(2, 4) } : {}), items: [text(), text(), text()] },
      horizon: {
        year: END,
        ...(c % 5 === 1 ? { title: text(3, 6) } : {}),
        targets: targetIds.map((id, i) => ({
          id,
          text: text(),
          ...(i === 1 ? { refs: [`objective:${objectives[0]!.slice("objective:".length)}`] } : {}),
        })),
      },
      measures: { ...(c % 6 === 0 ? { title: text(1, 3) } : {}), ...(c % 4 === 2 ? { intro: take("text", "The measures are:") } : {}), items, ...(c % 2 === 1 ? { open: true } : {}) },
      preconditions: {
        items: [
          { id: `pc-${c + 1}-1`, text: text(), refs: [`target:${targetIds[0]}`] },
          { id: `pc-${c + 1}-2`, text: text(), ...(c > 0 ? { refs: [`chapter:ch-${c}`] } : {}) },
        ],
      },
      ...(c === 0 ? { extensions: { "org.example.owner": "secretariat" } } : {}),
    });
  }
  chapters.push({
    id: "ch-revision",
    number: chapterNumber(objectiveChapterCount + 1),
    title: text(2, 5),
    kind: "revision",
    content: [
      { type: "paragraph", text: text(10, 30) },
      { type: "placeholder", show: "developmentTasks" },
    ],
  });

  const plan: Record<string, unknown> = {
    $schema: "https://unpkg.com/@actionplan/schema@2/plan.schema.json",
    schemaVersion: "2.0",
    id: `generated-plan-${options.seed ?? 1}`,
    language: PLAN_LANGUAGE,
    ...(languages.length > 0 ? { languages } : {}),
    title: text(3, 6),
    period: { start: START, end: END },
    status: full ? "adopted" : "draft",
  };
  if (!full) {
    plan["chapters"] = chapters.map((chapter) => stripRefs(chapter));
    return plan as unknown as PlanInput;
  }

  plan["kind"] = "actionPlan";
  plan["adoption"] = { date: "2025-01-15", body: "body:steering", caseNumber: "2025/1", note: text() };
  plan["publication"] = { date: "2025-01-20", body: "body:steering", caseNumber: "25/00042", url: "https://example.org/plan.pdf" };
  plan["preparedBy"] = { body: "body:strategy-group", note: text() };
  plan["cluster"] = cluster;
  plan["strategy"] = strategy;
  plan["summary"] = { title: text(1, 2), intro: [{ type: "paragraph", text: text(10, 20) }], priorityYear: START };
  plan["tableConventions"] = {
    title: text(2, 4),
    content: [{ type: "paragraph", text: text() }, { type: "list", items: [text(), text()] }],
  };
  plan["glossary"] = {
    title: text(1, 2),
    intro: [{ type: "paragraph", text: text() }],
    entries: [
      ...participantIds.map((id, i) => ({
        id: `gl-${id}`,
        abbreviation: `P${i + 1}`,
        ...(i % 3 === 0 ? { expansion: text(2, 4) } : {}),
        refersTo: `participant:${id}`,
      })),
      { id: "gl-steering", abbreviation: "SG", refersTo: "body:steering" },
      { id: "term-kpi", abbreviation: "KPI", expansion: text(2, 3) },
    ],
  };
  plan["chapters"] = chapters;
  plan["developmentTasks"] = [
    ...participantIds.slice(0, Math.min(participantIds.length, 6)).map((id, i) => ({
      actor: `participant:${id}`,
      ...(i === 0 ? { label: text(1, 3) } : {}),
      tasks: [text(), text()],
    })),
    { actor: `group:${groupIds[0]}`, tasks: [text()] },
  ];
  plan["indicators"] = Array.from({ length: objectiveChapterCount }, (_, c) => {
    const quantitative = c % 2 === 0;
    return {
      id: `ind-${c + 1}`,
      name: text(2, 5),
      description: text(),
      kind: quantitative ? "quantitative" : "qualitative",
      ...(quantitative ? { unit: text(1, 1), direction: c % 4 === 0 ? "increase" : "decrease" } : {}),
      ...(c % 2 === 0 ? { dimension: text(2, 4), stage: (["input", "output", "outcome", "impact"] as const)[c % 4] } : {}),
      source: text(2, 4),
      tracks: [`target:t-${c + 1}-1`, ...(c % 3 === 0 ? [`chapter:ch-${c + 1}`] : []), `measure:m-${c + 1}-1`],
      baseline: { year: START - 1, ...(c % 2 === 0 ? { date: `${START - 1}-12-31` } : {}), value: quantitative ? int(10, 100) : text(), ...(c % 2 === 1 ? { note: text() } : {}) },
      periods: YEARS.filter((_, i) => i % 2 === 0).map((year, i) => ({
        year,
        ...(i === 1 && c % 2 === 0 ? { start: `${year}-01-01`, end: `${year}-06-30` } : {}),
        targets: [
          ...(i !== 1 ? [{ date: `${year}-06-30`, ...(quantitative ? { value: int(10, 200) } : { value: text() }) }] : []),
          { date: `${year}-12-31`, ...(quantitative ? { value: int(10, 200) } : { value: text() }), ...(c % 3 === 1 ? { description: text() } : {}) },
        ],
        ...(i === 0
          ? {
              actuals: [
                { date: `${year}-06-30`, value: quantitative ? int(5, 200) : text(), ...(c % 2 === 0 ? { source: text(2, 4), evidence: "https://example.org/evidence.pdf" } : {}) },
                { date: `${year}-12-31`, value: quantitative ? int(5, 200) : text(), ...(quantitative ? { description: text() } : {}) },
              ],
            }
          : {}),
        ...(i === 1 ? { note: text() } : {}),
      })),
      ...(c % 3 === 2 ? { notes: text() } : {}),
      ...(c % 5 === 0 ? { extensions: { "org.example.dashboard": { tile: c + 1 } } } : {}),
    };
  });
  plan["revisions"] = [
    { id: "rev-2025", date: "2025-01-15", kind: "adoption", body: "body:steering", priorityYear: 2025, summary: text() },
    {
      id: "rev-2026",
      date: "2025-12-10",
      kind: "annual-revision",
      body: "body:steering",
      priorityYear: 2026,
      summary: text(),
      evaluation: text(),
      feedback: text(),
    },
    { id: "rev-2026-amendment", date: "2026-05-04", kind: "amendment", body: "body:steering", summary: text() },
  ];
  const reported = allMeasureIds.filter((_, i) => i % 3 === 0);
  const statuses = ["not-started", "in-progress", "ongoing", "completed", "discontinued"] as const;
  plan["progress"] = [2025, 2026].map((year) => ({
    id: `progress-${year}`,
    year,
    date: `${year + 1}-02-01`,
    source: text(2, 4),
    summary: text(),
    measures: reported.map((measure, i) => ({
      measure: `measure:${measure}`,
      status: statuses[(i + year) % statuses.length]!,
      ...(i % 4 === 0 ? { note: text() } : {}),
    })),
    indicators: Array.from({ length: Math.min(objectiveChapterCount, 20) }, (_, c) => ({
      indicator: `indicator:ind-${c + 1}`,
      value: c % 2 === 0 ? int(10, 200) : text(),
    })),
  }));
  plan["rollup"] = {
    method: "weighted",
    weights: [{ part: "objective:o1", weight: 2 }, ...reported.slice(0, 3).map((measure, i) => ({ part: `measure:${measure}`, weight: i + 1 }))],
    asOf: "2026-12-31",
    objectives: [
      { objective: "objective:o2", method: "minimum", note: text() },
      { objective: "objective:o2b", method: "manual", percent: int(0, 100), note: text() },
    ],
    note: text(),
  };
  // The document's other dated events, drawn last so that the rest of the plan stays as it was for each seed.
  plan["events"] = [
    { date: START - 1, kind: "drafted" },
    { date: `${START - 1}-09-02`, kind: "consultation-opened", text: text() },
    { date: `${START - 1}-10-15`, kind: "consultation-closed" },
    { date: `${START - 1}-11-20`, kind: "hearing", text: text(2, 5) },
  ];
  plan["extensions"] = { "org.example.generator": { seed: options.seed ?? 1, measures: measureCount } };
  return plan as unknown as PlanInput;
}

/** The chapter without fields that point at parts a minimal plan leaves out (actors, objectives, placeholders). */
function stripRefs(chapter: Record<string, unknown>): Record<string, unknown> {
  const { objectives: _objectives, ...rest } = chapter;
  // An objective chapter that names no objectives earns a warning; without a strategy it is just a chapter.
  if (rest["kind"] === "objective") rest["kind"] = "other";
  const content = rest["content"] as Block[] | undefined;
  if (content !== undefined) rest["content"] = withoutPlaceholders(content);
  const measures = rest["measures"] as { items: Record<string, unknown>[] } | undefined;
  if (measures !== undefined) {
    rest["measures"] = {
      ...measures,
      items: measures.items.map(({ responsible: _responsible, lead: _lead, supporting: _supporting, roles: _roles, related, ...measure }) => {
        const kept = (related as string[] | undefined)?.filter((ref) => !ref.startsWith("objective:") && !ref.startsWith("indicator:"));
        return kept !== undefined && kept.length > 0 ? { ...measure, related: kept } : measure;
      }),
    };
  }
  const horizon = rest["horizon"] as { targets: Record<string, unknown>[] } | undefined;
  if (horizon !== undefined) {
    rest["horizon"] = { ...horizon, targets: horizon.targets.map(({ refs: _refs, ...target }) => target) };
  }
  return rest;
}

interface Block {
  type: string;
  blocks?: Block[];
}

/** The blocks without placeholders, at every depth (a minimal plan has nothing for them to show). */
function withoutPlaceholders(blocks: readonly Block[]): Block[] {
  return blocks
    .filter((block) => block.type !== "placeholder")
    .map((block) => (block.blocks === undefined ? block : { ...block, blocks: withoutPlaceholders(block.blocks) }));
}
