// Builds plan.json from seed.txt, the public text of Polyfon's adopted action plan 2025–2030.
//
// Every text is taken from the seed by line number, so that it stays verbatim (spelling and typos
// included); the structure (which line is a paragraph, a target or a measure, and what refers to
// what) is written out here by hand. Each line taken is checked against the shape it must have,
// so a wrong line number fails loudly instead of producing a wrong plan.
//
// Run: node examples/polyfon-2025-2030/build-plan.mjs   (rewrites plan.json beside this file)
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const here = (name) => fileURLToPath(new URL(name, import.meta.url));
const seedLines = readFileSync(here("seed.txt"), "utf8").split("\n");
const check = process.argv.includes("--check");

/** Line `n` of the seed (1-based), with trailing whitespace removed. */
function line(n) {
  return rawLine(n).trimEnd();
}

/** Line `n` of the seed (1-based) exactly as written, tabs and trailing spaces included. */
function rawLine(n) {
  const text = seedLines[n - 1];
  if (text === undefined) throw new Error(`seed.txt has no line ${n}`);
  return text;
}

/** Line `n`, which must be a paragraph (not blank, not a heading, bullet or table row). */
function paragraph(n) {
  const text = line(n);
  if (text === "" || /^(#|- |\d+\)|<b>)/.test(text) || text.includes("\t")) {
    throw new Error(`seed line ${n} is not a paragraph: ${JSON.stringify(text)}`);
  }
  return { type: "paragraph", text };
}

/** Lines `from`–`to`, each of which must be a bullet; returns the bullets' texts. */
function bullets(from, to) {
  const items = [];
  for (let n = from; n <= to; n++) {
    const text = line(n);
    if (!text.startsWith("- ")) throw new Error(`seed line ${n} is not a bullet: ${JSON.stringify(text)}`);
    items.push(text.slice(2));
  }
  return items;
}

/** Line `n`, which must be a heading of the given level; returns its text. */
function heading(n, level) {
  const text = line(n);
  const prefix = `${"#".repeat(level)} `;
  if (!text.startsWith(prefix)) throw new Error(`seed line ${n} is not a level-${level} heading: ${JSON.stringify(text)}`);
  return text.slice(prefix.length);
}

/** Line `n`, which must be a chapter heading `N) Title`; returns the title after the number. */
function chapterHeading(n, level, number) {
  const text = heading(n, level);
  const prefix = `${number}) `;
  if (!text.startsWith(prefix)) throw new Error(`seed line ${n} is not chapter ${number}: ${JSON.stringify(text)}`);
  return text.slice(prefix.length);
}

/** Line `n`, which must be a table-of-contents entry for chapter `number`; returns its title. */
function tocEntry(n, number) {
  const match = /^(?:([IVX]+)\) )?(.*?)\s*\.{3,}\t\d+$/.exec(line(n));
  if (!match || (match[1] ?? "") !== number) throw new Error(`seed line ${n} is not the TOC entry of ${number || "the summary"}`);
  return match[2];
}

/** In inline text, `*` starts emphasis; a literal asterisk must be escaped. */
const escapeAsterisks = (text) => text.replaceAll("*", "\\*");

/**
 * Lines `from`–`to` as measure rows `N) text<TAB>year`, bold (`<b>…</b>`) when prioritised for 2025.
 * `extra` adds fields per measure number (e.g. `related`).
 */
function measures(chapterKey, from, to, extra = {}) {
  const items = [];
  for (let n = from; n <= to; n++) {
    const match = /^(<b>)?(\d+)\) (.*?)(<\/b>)?\t(\d{4})?$/.exec(rawLine(n));
    if (!match) throw new Error(`seed line ${n} is not a measure row: ${JSON.stringify(rawLine(n))}`);
    const [, open, num, rawText, close, year] = match;
    if (Boolean(open) !== Boolean(close)) throw new Error(`seed line ${n}: unbalanced <b>`);
    const number = Number(num);
    if (number !== items.length + 1) throw new Error(`seed line ${n}: measure ${number} out of order`);
    const bold = Boolean(open);
    const startYear = year === undefined ? undefined : Number(year);
    // The table conventions: measures under way are set in plain text, new ones in italics, and the
    // prioritised new ones at the top of the new ones in bold. Every bold measure starts in 2025.
    const status = startYear !== undefined && startYear <= 2024 ? "ongoing" : "new";
    if (bold && status !== "new") throw new Error(`seed line ${n}: a bold measure already under way`);
    const text = rawText.includes("*") ? escapeAsterisks(rawText) : rawText;
    items.push({
      id: `m-${chapterKey}-${number}`,
      number,
      text,
      ...(startYear === undefined ? {} : { startYear }),
      status,
      ...(bold ? { priorityYears: [2025] } : {}),
      ...extra[number],
    });
  }
  return { items, open: true };
}

/** Lines `from`–`to` as the horizon targets for 2030; `refs` adds references per target number. */
function horizon(chapterKey, from, to, refs = {}) {
  return {
    year: 2030,
    targets: bullets(from, to).map((text, i) => ({
      id: `t-${chapterKey}-${i + 1}`,
      text,
      ...(refs[i + 1] ? { refs: refs[i + 1] } : {}),
    })),
  };
}

/** Lines `from`–`to` as preconditions; `refs` adds references per precondition number. */
function preconditions(chapterKey, from, to, refs = {}) {
  return {
    items: bullets(from, to).map((text, i) => ({
      id: `p-${chapterKey}-${i + 1}`,
      text,
      ...(refs[i + 1] ? { refs: refs[i + 1] } : {}),
    })),
  };
}

/**
 * The summary entry of a chapter at line `n`; a trailing `Prioritert(e) tiltak i 2025: **…**` becomes
 * the 2025 priority, worded as in the summary and pointing at the bold measures it speaks of.
 */
function summary(n, priorityMeasures) {
  const text = paragraph(n).text;
  const match = /^(.*?) Prioriterte? tiltak i 2025: \*\*(.+)\*\*$/.exec(text);
  if (!match) {
    if (priorityMeasures) throw new Error(`seed line ${n} names no 2025 priority`);
    return { text };
  }
  if (!priorityMeasures) throw new Error(`seed line ${n} names a 2025 priority; give its measures`);
  return {
    text: match[1],
    priorities: [{ year: 2025, text: match[2], measures: priorityMeasures.map((id) => `measure:${id}`) }],
  };
}

const chapterRef = (key) => `chapter:ch-${key}`;
const seeChapterX = { 1: [chapterRef("x")] };

// ---------------------------------------------------------------------------------------------
// The adoption line at the top: "*Vedtatt 13.12.24,  \nmed **utheving** av forslag … for 2025*".
if (line(3) !== "*Vedtatt 13.12.24,") throw new Error("seed line 3 is not the adoption line");
const adoptionNote = /^(.*)\*$/.exec(line(4))[1];

const title = heading(6, 2);
if (heading(8, 3) !== "Innhold") throw new Error("seed line 8 is not the table of contents");
const summaryTitle = heading(22, 1);
if (tocEntry(10, "") !== summaryTitle) throw new Error("the TOC's summary entry differs from the summary heading");

// The main objective is quoted in italics in chapter I (line 70).
const mainObjective = /^\*(.+)\*$/.exec(line(70))[1];

const participants = [
  ["uib", "UiB", "university"],
  ["bergen-kommune", "BEK", "municipality"],
  ["betanien", "BET", "hospital"],
  ["haugesund-kommune", "HAK", "municipality"],
  ["helse-bergen", "HBE", "health-trust"],
  ["helse-fonna", "HFO", "health-trust"],
  ["helse-forde", "HFØ", "health-trust"],
  ["hvl", "HVL", "university-college"],
  ["kinn-kommune", "KIK", "municipality"],
  ["lillestrom-kommune", "LIK", "municipality"],
  ["olaviken", "OAP", "hospital"],
  ["norce", "NOR", "research-institute"],
  ["nmh", "NMH", "university-college"],
  ["usht-sf", "USHT-SF", "other"],
  ["vlfk", "VLFK", "county"],
];

// The key of abbreviations (line 97): "Nøkkel: Musikkterapi (MT), …, Vestland fylkeskommune (VLFK)."
const keyLine = line(97);
if (!keyLine.startsWith("Nøkkel: ") || !keyLine.endsWith(").")) throw new Error("seed line 97 is not the key");
const keyEntries = keyLine
  .slice("Nøkkel: ".length, -")".length - 1)
  .split(/\), /)
  .map((entry) => {
    const open = entry.lastIndexOf(" (");
    return { expansion: entry.slice(0, open), abbreviation: entry.slice(open + 2) };
  });
const nameOf = new Map(keyEntries.map((e) => [e.abbreviation, e.expansion]));

const glossaryEntries = keyEntries.map(({ abbreviation, expansion }) => {
  if (abbreviation === "MT") return { id: "mt", abbreviation, expansion };
  if (abbreviation === "AKD") return { id: "akd", abbreviation, expansion };
  if (abbreviation === "SEK") return { id: "sek", abbreviation, expansion, refersTo: "body:secretariat" };
  const participant = participants.find(([, abbr]) => abbr === abbreviation);
  if (!participant) throw new Error(`no participant for ${abbreviation}`);
  return { id: `abbr-${participant[0]}`, abbreviation, refersTo: `participant:${participant[0]}` };
});
if (glossaryEntries.length !== 18) throw new Error(`expected 18 abbreviations, found ${glossaryEntries.length}`);

// The news text has no-break spaces where sentences and words meet (a web page's spacing); they are
// read as ordinary spaces.
const news = readFileSync(here("news.txt"), "utf8")
  .split("\n")
  .map((l) => l.replaceAll("\u00a0", " ").replace(/ {2,}/g, " ").trim());
/** The paragraph of news.txt that starts with `start`, verbatim. */
function newsParagraph(start) {
  const found = news.find((l) => l.startsWith(start));
  if (!found) throw new Error(`news.txt has no paragraph starting ${JSON.stringify(start)}`);
  return found;
}
/** The sentence of news.txt that starts with `start` and ends at the next full stop. */
function newsSentence(start) {
  const paragraph = news.find((l) => l.includes(start));
  if (!paragraph) throw new Error(`news.txt has no sentence starting ${JSON.stringify(start)}`);
  const from = paragraph.indexOf(start);
  const end = paragraph.indexOf(". ", from);
  return end === -1 ? paragraph.slice(from) : paragraph.slice(from, end + 1);
}

const cluster = {
  name: "Polyfon kunnskapsklynge for musikkterapi",
  shortName: "Polyfon",
  description: newsParagraph("Kunnskapsklynga består av"),
  coordinator: { participant: "participant:uib", unit: "Griegakademiet" },
  people: [{ name: "Brynjulf Stige", role: "Leder" }],
  participants: participants.map(([id, abbreviation, kind]) => ({
    id,
    name: nameOf.get(abbreviation),
    abbreviation,
    kind,
    ...(["helse-forde", "kinn-kommune", "usht-sf"].includes(id) ? { groups: ["group:vlfk-subgroup"] } : {}),
  })),
  groups: [
    {
      id: "vlfk-subgroup",
      name: "Undergruppe ledet av Vestland fylkeskommune",
      lead: "participant:vlfk",
      members: ["participant:helse-forde", "participant:kinn-kommune", "participant:usht-sf"],
    },
  ],
  bodies: [
    {
      id: "steering-group",
      name: "Styringsgruppe",
      kind: "steering-group",
      composition: [{ role: "experience-representatives", minimum: 2 }],
    },
    { id: "experience-panel", name: "Erfaringspanel", kind: "experience-panel", established: 2018 },
    { id: "secretariat", name: "Sekretariatet", kind: "secretariat" },
    {
      id: "working-groups",
      name: "Arbeidsgrupper",
      kind: "working-group",
      composition: [{ role: "experience-representatives", minimum: 2 }],
    },
    {
      id: "strategy-group",
      name: "Strategigruppe",
      kind: "strategy-group",
      period: { start: 2023, end: 2024 },
      composition: [
        { role: "participant-representatives", description: "representanter for klynge-deltakerne" },
        {
          role: "experience-representatives",
          description: "representanter fra klyngas erfaringspanel",
          represents: ["body:experience-panel"],
        },
        { role: "student-representatives", description: "studentrepresentanter" },
      ],
    },
  ],
  posts: [{ id: "user-participation-coordinator", title: "Koordinator for brukermidvirkning", established: 2022 }],
  partners: [
    {
      id: "fagradet",
      name: "Fagrådet",
      kind: "interest-organisation",
      members: { value: 140, approximate: true, of: "medlemmer" },
      agreement: {
        background: `${newsSentence("Bakgrunnen er")} ${newsSentence("Samarbeidet skal bidra")}`,
        commitments: [
          { party: "partner:fagradet", text: newsSentence("Fagrådet viderefører") },
          { text: newsSentence("POLYFON på sin side") },
        ],
        statements: [
          {
            speaker: "Jan Gunnar Skoftedalen",
            role: "Fagrådets leder",
            for: "partner:fagradet",
            text: newsParagraph("Vi er glade for denne avtalen"),
          },
          {
            speaker: "Brynjulf Stige",
            role: "POLYFONs leder",
            text: newsParagraph("De problemstillinger som POLYFON"),
          },
        ],
      },
      history: [newsParagraph("I 2020 var")],
    },
  ],
};

const strategyTitle = /\[(.+)\]\(#\)/.exec(line(66))[1];
const strategy = {
  id: "polyfon-strategy-2024-2030",
  title: strategyTitle,
  period: { start: 2024, end: 2030 },
  url: "#",
  mainObjective,
  focusAreas: [
    ["fa-1", "1", "Informasjon og formidling"],
    ["fa-2", "2", "Praksis- og tjenesteutvikling"],
    ["fa-3", "3", "Forsking og fagutvikling"],
    ["fa-4", "4", "Utdanning og kompetanse"],
  ].map(([id, number, name]) => {
    if (!line(74).includes(`${number}) ${name}`)) throw new Error(`focus area ${number} is not in seed line 74`);
    return { id, number, name };
  }),
  objectives: [
    // Statements come from the chapter headings (IV–IX), after "Målsetting N: ".
    { id: "obj-1", number: "1", statement: objectiveStatement(181, "IV", "1"), focusAreas: ["focusArea:fa-1"] },
    {
      id: "obj-2",
      number: "2",
      focusAreas: ["focusArea:fa-2"],
      subObjectives: [
        { id: "obj-2a", number: "2a", statement: objectiveStatement(217, "V", "2a"), focusAreas: ["focusArea:fa-2"] },
        { id: "obj-2b", number: "2b", statement: objectiveStatement(255, "VI", "2b"), focusAreas: ["focusArea:fa-2"] },
      ],
    },
    { id: "obj-3", number: "3", statement: objectiveStatement(293, "VII", "3"), focusAreas: ["focusArea:fa-3"] },
    {
      id: "obj-4",
      number: "4",
      focusAreas: ["focusArea:fa-4"],
      subObjectives: [
        { id: "obj-4a", number: "4a", statement: objectiveStatement(325, "VIII", "4a"), focusAreas: ["focusArea:fa-4"] },
        { id: "obj-4b", number: "4b", statement: objectiveStatement(357, "IX", "4b"), focusAreas: ["focusArea:fa-4"] },
      ],
    },
  ],
};

/** The objective's statement from chapter heading line `n`: the title after "Målsetting N: ". */
function objectiveStatement(n, chapterNumber, objectiveNumber) {
  const chapterTitle = chapterHeading(n, 2, chapterNumber);
  const prefix = `Målsetting ${objectiveNumber}: `;
  if (!chapterTitle.startsWith(prefix)) throw new Error(`seed line ${n} is not objective ${objectiveNumber}`);
  return chapterTitle.slice(prefix.length);
}

/**
 * The common parts of a chapter: id, number, title from its heading line, tocTitle when the table of
 * contents words it differently, shortTitle from the summary heading when it differs from the title.
 */
function chapterHead(key, number, kind, headingLine, headingLevel, tocLine, summaryHeadingLine) {
  const chapterTitle = chapterHeading(headingLine, headingLevel, number);
  const toc = tocEntry(tocLine, number);
  const short = chapterHeading(summaryHeadingLine, 2, number);
  return {
    id: `ch-${key}`,
    number,
    title: chapterTitle,
    ...(toc === chapterTitle ? {} : { tocTitle: toc }),
    ...(short === chapterTitle ? {} : { shortTitle: short }),
    kind,
  };
}

const chapters = [
  {
    ...chapterHead("i", "I", "introduction", 64, 2, 11, 24),
    references: [chapterRef("x")],
    summary: summary(26),
    content: [
      paragraph(66),
      paragraph(68),
      { type: "placeholder", show: "mainObjective" },
      paragraph(72),
      paragraph(74),
      paragraph(76),
      paragraph(78),
      paragraph(80),
      line(82) === "--" ? { type: "thematicBreak" } : fail("seed line 82 is not the break"),
      { type: "placeholder", show: "tableConventions" },
      { type: "placeholder", show: "glossary" },
    ],
  },
  {
    ...chapterHead("ii", "II", "principle", 99, 2, 12, 28),
    references: [chapterRef("iii"), chapterRef("x")],
    summary: summary(30),
    content: [paragraph(101), paragraph(103), paragraph(105), paragraph(107), paragraph(109)],
    rationale: { items: bullets(113, 115) },
    horizon: horizon("ii", 119, 121),
    measures: measures("ii", 126, 128),
    preconditions: preconditions("ii", 132, 136, seeChapterX),
  },
  {
    // In the seed this chapter's heading is one level too deep (### / ####); it is still chapter III.
    ...chapterHead("iii", "III", "principle", 138, 3, 13, 32),
    references: [chapterRef("x")],
    summary: summary(34, ["m-iii-5"]),
    content: [paragraph(140)],
    rationale: { items: bullets(144, 147) },
    horizon: horizon("iii", 151, 154),
    measures: measures("iii", 159, 168),
    preconditions: preconditions("iii", 172, 179, seeChapterX),
  },
  {
    ...chapterHead("iv", "IV", "objective", 181, 2, 14, 36),
    objectives: ["objective:obj-1"],
    references: [chapterRef("x")],
    summary: summary(38, ["m-iv-4"]),
    rationale: { items: bullets(185, 187) },
    horizon: horizon("iv", 191, 195),
    measures: measures("iv", 200, 206),
    preconditions: preconditions("iv", 210, 215, seeChapterX),
  },
  {
    ...chapterHead("v", "V", "objective", 217, 2, 15, 40),
    objectives: ["objective:obj-2a"],
    references: [chapterRef("vi"), chapterRef("viii"), chapterRef("ix"), chapterRef("x")],
    summary: summary(42, ["m-v-3", "m-v-4"]),
    rationale: { items: bullets(221, 223) },
    horizon: horizon("v", 227, 234, { 8: [chapterRef("vi")] }),
    measures: measures("v", 239, 245, { 6: { related: [chapterRef("viii"), chapterRef("ix")] } }),
    preconditions: preconditions("v", 249, 253, seeChapterX),
  },
  {
    ...chapterHead("vi", "VI", "objective", 255, 2, 16, 44),
    objectives: ["objective:obj-2b"],
    references: [chapterRef("iv"), chapterRef("x")],
    summary: summary(46, ["m-vi-4"]),
    content: [paragraph(257)],
    rationale: { items: bullets(261, 263) },
    horizon: horizon("vi", 267, 271),
    measures: measures("vi", 276, 281),
    preconditions: preconditions("vi", 285, 289, { ...seeChapterX, 5: [chapterRef("iv")] }),
  },
  {
    ...chapterHead("vii", "VII", "objective", 293, 2, 17, 48),
    objectives: ["objective:obj-3"],
    references: [chapterRef("x")],
    summary: summary(50, ["m-vii-4"]),
    rationale: { items: bullets(297, 298) },
    horizon: horizon("vii", 302, 306),
    measures: measures("vii", 311, 315),
    preconditions: preconditions("vii", 319, 323, seeChapterX),
  },
  {
    ...chapterHead("viii", "VIII", "objective", 325, 2, 18, 52),
    objectives: ["objective:obj-4a"],
    references: [chapterRef("x")],
    summary: summary(54, ["m-viii-4"]),
    rationale: { items: bullets(329, 331) },
    horizon: horizon("viii", 335, 340),
    measures: measures("viii", 345, 349),
    preconditions: preconditions("viii", 353, 355, seeChapterX),
  },
  {
    ...chapterHead("ix", "IX", "objective", 357, 2, 19, 56),
    objectives: ["objective:obj-4b"],
    references: [chapterRef("ii"), chapterRef("x")],
    summary: summary(58, ["m-ix-2"]),
    rationale: { items: bullets(361, 363) },
    horizon: horizon("ix", 367, 369),
    measures: measures("ix", 374, 378, { 5: { related: [chapterRef("ii")] } }),
    preconditions: preconditions("ix", 382, 383, seeChapterX),
  },
  {
    ...chapterHead("x", "X", "revision", 385, 2, 20, 60),
    references: [chapterRef("iv")],
    summary: summary(62),
    content: [
      paragraph(387),
      { type: "section", id: "x-evaluation", title: heading(389, 3), blocks: [paragraph(391)] },
      {
        type: "section",
        id: "x-prioritisation",
        title: heading(393, 3),
        blocks: [paragraph(395), { type: "list", items: bullets(397, 398) }],
      },
      {
        type: "section",
        id: "x-coordination",
        title: heading(400, 3),
        blocks: [
          paragraph(402),
          paragraph(404),
          paragraph(406),
          { type: "placeholder", show: "developmentTasks" },
        ],
      },
    ],
  },
];

// The participants' development tasks (lines 408–419): "- <label>:" with nothing filled in yet.
const developmentTasks = bullets(408, 419).map((bullet, i) => {
  if (!bullet.endsWith(":")) throw new Error(`seed line ${408 + i} is not an empty task entry`);
  const label = bullet.slice(0, -1);
  if (label.startsWith("Vestland fylkeskommune m/ undergruppe")) {
    return { actor: "group:vlfk-subgroup", label, tasks: [] };
  }
  const participant = cluster.participants.find((p) => p.name === label || p.abbreviation === label);
  if (!participant) throw new Error(`no participant named ${JSON.stringify(label)}`);
  return {
    actor: `participant:${participant.id}`,
    ...(participant.name === label ? {} : { label }),
    tasks: [],
  };
});

function fail(message) {
  throw new Error(message);
}

const plan = {
  $schema: "https://unpkg.com/@actionplan/schema@1/plan.schema.json",
  schemaVersion: "1.0",
  id: "polyfon-2025-2030",
  language: "nb",
  title,
  period: { start: 2025, end: 2030 },
  status: "adopted",
  adoption: { date: "2024-12-13", body: "body:steering-group", note: adoptionNote },
  preparedBy: { body: "body:strategy-group" },
  cluster,
  strategy,
  summary: { title: summaryTitle, priorityYear: 2025 },
  tableConventions: {
    title: heading(84, 3),
    content: [paragraph(86), { type: "list", items: bullets(88, 89) }, paragraph(91)],
  },
  glossary: {
    title: heading(93, 3),
    intro: [paragraph(95)],
    entries: glossaryEntries,
  },
  chapters,
  developmentTasks,
};

const json = `${JSON.stringify(plan, null, 2)}\n`;
const target = here("plan.json");
if (check) {
  const current = readFileSync(target, "utf8");
  if (current !== json) {
    console.error("plan.json is not what build-plan.mjs produces; run node examples/polyfon-2025-2030/build-plan.mjs");
    process.exitCode = 1;
  }
} else {
  writeFileSync(target, json);
  const count = chapters.reduce((sum, c) => sum + (c.measures?.items.length ?? 0), 0);
  console.log(`wrote plan.json: ${chapters.length} chapters, ${count} measures`);
}
