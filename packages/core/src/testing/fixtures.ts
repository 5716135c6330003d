// Test fixtures: a fictional plan that uses every part of the model and passes every rule.
import type { Issue } from "../issues.js";
import type { Plan } from "../model/index.js";
import { pointerExists } from "../pointer.js";
import type { Rule } from "../rules/context.js";
import { createRuleContext } from "../rules/context.js";

/** A fresh copy of a fictional plan that fills every part of the model and has no issues at all. */
export function fullPlan(): Plan {
  return structuredClone(FULL_PLAN);
}

/** A fresh copy of the smallest valid plan. */
export function minimalPlan(): Plan {
  return {
    schemaVersion: "2.0",
    id: "minimal",
    language: "en",
    title: "A minimal plan",
    period: { start: 2025, end: 2027 },
    status: "draft",
    chapters: [{ id: "intro", number: "1", title: "Introduction", kind: "introduction" }],
  };
}

const FULL_PLAN: Plan = {
  $schema: "https://unpkg.com/@actionplan/schema@2/plan.schema.json",
  schemaVersion: "2.0",
  id: "fjordlight-2026-2028",
  language: "en",
  languages: ["nb"],
  title: { en: "Fjordlight action plan 2026–2028 (fictional)", nb: "Fjordlys handlingsplan 2026–2028 (fiktiv)" },
  period: { start: 2026, end: 2028 },
  status: "adopted",
  adoption: { date: "2025-12-01", body: "body:board", note: "The **priorities** for 2026 are in bold." },
  preparedBy: { body: "body:strategy-group", note: "Prepared over *two* workshops." },
  cluster: {
    name: "Fjordlight knowledge cluster (fictional)",
    shortName: "Fjordlight",
    description: "A fictional cluster used in tests.",
    coordinator: { participant: "participant:north-uni", unit: "Department of Light" },
    people: [
      {
        id: "a-person",
        name: "A. Person",
        roles: [{ title: "Cluster leader", organisation: "participant:north-uni", from: 2024 }],
        affiliations: [{ organisation: "participant:north-uni", from: "2019-08-01" }],
        contact: { email: "a.person@example.org" },
      },
    ],
    participants: [
      { id: "north-uni", name: "North University (fictional)", abbreviation: "NU", kind: "university", identifiers: [{ scheme: "XX-FJORD", id: "NU-1" }], region: "North", joined: 2020 },
      { id: "fjord-town", name: "Fjord Town (fictional)", kind: "municipality", healthRegion: "West", groups: ["group:coast"], joined: "2021-03-01" },
      { id: "nu-lab", name: "NU Light Lab (fictional)", kind: "research-institute", parent: "participant:north-uni", url: "https://example.org/lab" },
    ],
    memberCounts: [{ value: 40, approximate: true, of: "members", asOf: 2025 }],
    groups: [{ id: "coast", name: "Coast group", lead: "participant:fjord-town", members: ["participant:nu-lab"], description: "Coastal work." }],
    bodies: [
      {
        id: "board",
        name: "Board",
        kind: "steering-group",
        description: "Decides the plan.",
        period: { start: 2025, end: 2028 },
        composition: [
          { role: "participant-representatives", count: 3, represents: ["participant:north-uni", "participant:fjord-town"] },
          { role: "experience-representatives", minimum: 1, description: "From the user panel." },
        ],
        established: 2020,
        host: "participant:north-uni",
      },
      { id: "strategy-group", name: "Strategy group", kind: "strategy-group", composition: [{ role: "chair", count: 1, represents: ["body:board"] }] },
    ],
    posts: [{ id: "user-coordinator", title: "Coordinator for user participation", body: "body:board", established: 2024 }],
    nodes: [{ id: "south", region: "South", status: "in-dialogue", participants: ["participant:fjord-town"], coordinator: "participant:fjord-town", since: 2025, note: "Talks started." }],
    partners: [
      {
        id: "light-society",
        name: "Light Society (fictional)",
        abbreviation: "LS",
        kind: "interest-organisation",
        description: "A fictional partner.",
        members: { value: 1200, of: "members", asOf: "2025-01-01" },
        agreement: {
          date: "2025-06-01",
          background: "Shared goals.",
          commitments: [{ party: "partner:light-society", text: "Shares its network." }, { text: "The cluster shares its findings." }],
          statements: [{ speaker: "B. Person", role: "Leader", for: "partner:light-society", text: "We look forward to it." }],
          source: "[Announcement](https://example.org/news)",
        },
        history: ["Ran a survey in 2024."],
        url: "https://example.org",
      },
    ],
    organisations: [
      { id: "light-fund", name: "Light Fund (fictional)", kind: "foundation", parent: "partner:light-society", description: "Funds the courses." },
    ],
    url: "https://example.org/fjordlight",
  },
  strategy: {
    id: "strategy-2025-2030",
    title: "Fjordlight strategy 2025–2030",
    period: { start: 2025, end: 2030 },
    adopted: "2025-01-15",
    url: "https://example.org/strategy.pdf",
    mission: "We bring light to the fjords.",
    vision: "Light for everyone.",
    values: [{ name: "Open" }, { name: "Shared", description: "What we learn, we share." }],
    mainObjective: "Better light through cooperation.",
    focusAreas: [
      { id: "research", number: "1", name: "Research", description: "New knowledge." },
      { id: "education", number: "2", name: "Education" },
    ],
    objectives: [
      {
        id: "o1",
        number: "1",
        name: "More research.",
        description: "Research that the services ask for.",
        stakeholders: [{ actor: "participant:north-uni", role: "performer" }, { actor: "organisation:light-fund", role: "funder", description: "Funds two posts." }],
        focusAreas: ["focusArea:research"],
      },
      {
        id: "o2",
        number: "2",
        focusAreas: ["focusArea:education"],
        subObjectives: [
          { id: "o2a", number: "2a", name: "Better courses." },
          { id: "o2b", number: "2b", name: "More students." },
        ],
      },
    ],
  },
  summary: { title: "Summary", intro: [{ type: "paragraph", text: "The plan in short." }], priorityYear: 2026 },
  tableConventions: { title: "Reading the tables", content: [{ type: "paragraph", text: "Bold rows are priorities." }] },
  glossary: {
    title: "Abbreviations",
    intro: [{ type: "paragraph", text: "Abbreviations used." }],
    entries: [
      { id: "nu", abbreviation: "NU", refersTo: "participant:north-uni" },
      { id: "kpi", abbreviation: "KPI", expansion: "Key performance indicator" },
    ],
  },
  chapters: [
    {
      id: "intro",
      number: "I",
      title: "Introduction",
      kind: "introduction",
      content: [
        { type: "paragraph", text: "Why the plan exists." },
        { type: "placeholder", show: "mainObjective" },
        { type: "section", id: "background", title: "Background", blocks: [{ type: "list", ordered: true, items: ["One", "Two"] }, { type: "thematicBreak" }] },
      ],
    },
    {
      id: "research",
      number: "II",
      title: { en: "Research together", nb: "Forskning sammen" },
      tocTitle: "Research",
      shortTitle: "Research",
      kind: "objective",
      objectives: ["objective:o1"],
      references: ["chapter:education"],
      summary: {
        text: "Research grows.",
        priorities: [{ year: 2026, text: "Start the network.", measures: ["measure:r1"] }],
      },
      rationale: { title: "Why is this important?", items: ["Knowledge matters."] },
      horizon: { year: 2028, title: "Where should we be in 2028?", targets: [{ id: "t-research", text: "A research network exists.", refs: ["objective:o1"] }] },
      measures: {
        title: "Measures",
        intro: "The cluster will:",
        items: [
          {
            id: "r1",
            number: 1,
            text: "Start a research network.",
            start: 2026,
            isNew: true,
            priorityYears: [2026],
            responsible: ["participant:north-uni", "body:board"],
            roles: [{ role: "mentor", actor: "body:board", asks: "Advice once a month." }, { role: "owner" }],
            tags: ["help wanted"],
            related: ["target:t-research"],
            footnotes: ["See the strategy."],
          },
          { id: "r2", number: 2, text: "Keep the seminar series.", start: 2022, status: "ongoing", responsible: ["group:coast"] },
        ],
        open: true,
      },
      preconditions: { title: "Preconditions", items: [{ id: "p-funding", text: "Funding is found.", refs: ["measure:r1"] }] },
    },
    {
      id: "education",
      number: "III",
      title: "Education",
      kind: "objective",
      objectives: ["objective:o2a", "objective:o2b"],
      measures: {
        items: [{ id: "e1", number: 1, text: "Share course material.", start: 2027, isNew: true, priorityYears: [2027], responsible: ["post:user-coordinator", "node:south", "partner:light-society"] }],
      },
    },
  ],
  developmentTasks: [{ actor: "participant:fjord-town", label: "Fjord Town", tasks: ["Map needs."] }, { actor: "group:coast", tasks: [] }],
  indicators: [
    {
      id: "publications",
      name: "Joint publications",
      description: "Papers with authors from two participants.",
      kind: "quantitative",
      unit: "papers",
      direction: "increase",
      source: "Publication registry",
      tracks: ["objective:o1", "target:t-research"],
      baseline: { year: 2025, value: 4, note: "Counted by hand." },
      periods: [
        { year: 2026, targets: [{ value: 6 }], actuals: [{ date: "2026-12-31", value: 7, source: "Publication registry, December count" }] },
        { year: 2027, targets: [{ value: 8, description: "Two more than in 2026." }] },
      ],
      notes: "Counted yearly.",
    },
    {
      id: "satisfaction",
      name: "Course satisfaction",
      kind: "qualitative",
      tracks: ["measure:e1"],
      baseline: { year: 2025, value: "Mixed" },
      periods: [{ year: 2027, targets: [{ value: { en: "Good", nb: "God" } }] }],
    },
  ],
  revisions: [
    { id: "adoption", date: "2025-12-01", kind: "adoption", body: "body:board", priorityYear: 2026, summary: "Adopted." },
    { id: "rev-2026", date: "2026-12-01", kind: "annual-revision", body: "body:board", priorityYear: 2027, evaluation: "Went well.", feedback: "Users asked for more." },
  ],
  progress: [
    {
      id: "progress-2026",
      year: 2026,
      date: "2027-02-01",
      source: "Annual report 2026",
      summary: "A good year.",
      measures: [
        { measure: "measure:r1", status: "in-progress", note: "Network started." },
        { measure: "measure:r2", status: "ongoing" },
      ],
      indicators: [{ indicator: "indicator:publications", value: 7, note: "Above target." }],
    },
  ],
  rollup: {
    method: "weighted",
    weights: [{ part: "objective:o1", weight: 2 }],
    objectives: [{ objective: "objective:o2", method: "minimum", note: "The weakest sub-objective sets the pace." }],
    note: "Research counts double.",
  },
  extensions: { "com.example.budget": { total: 1000 } },
};

/** Runs one rule on a plan; returns `[code, severity, pointer]` of each issue and checks that every pointer exists. */
export function runRule(rule: Rule, plan: Plan): [string, Issue["severity"], string][] {
  const issues: Issue[] = [];
  rule(createRuleContext(plan, issues));
  for (const issue of issues) {
    if (!pointerExists(plan, issue.pointer)) throw new Error(`${issue.code}: pointer ${issue.pointer} does not exist`);
    if (issue.message.length === 0 || (issue.hint ?? "").length === 0) throw new Error(`${issue.code}: message and hint are required`);
  }
  return issues.map((issue) => [issue.code, issue.severity, issue.pointer]);
}

/** Runs one rule on a plan and returns its issues in full. */
export function ruleIssues(rule: Rule, plan: Plan): Issue[] {
  const issues: Issue[] = [];
  rule(createRuleContext(plan, issues));
  return issues;
}

/** A copy of the full plan changed by `change` (typed loosely, as tests break it on purpose). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function changedPlan(change: (plan: any) => void): Plan {
  const plan = fullPlan();
  change(plan);
  return plan;
}
