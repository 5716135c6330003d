// A small plan written in TypeScript. The cluster, its participants and everything they plan are FICTIONAL:
// no real organisation is described here.
import {
  body,
  chapter,
  definePlan,
  indicator,
  measures,
  objective,
  participant,
  precondition,
  ref,
  target,
} from "@actionplan/core";
import type { Plan } from "@actionplan/core";

const participants = [
  participant({ id: "lakeside-uni", name: "Lakeside University (fictional)", abbreviation: "LU", kind: "university", joined: 2021 }),
  participant({ id: "millbrook", name: "Millbrook Municipality (fictional)", kind: "municipality", joined: 2021 }),
  participant({ id: "harbour-trust", name: "Harbour Health Trust (fictional)", abbreviation: "HHT", kind: "health-trust", joined: 2022 }),
  participant({ id: "patients-voice", name: "Patients' Voice (fictional)", kind: "user-organisation", joined: 2023 }),
];

const steeringGroup = body({
  id: "steering-group",
  name: "Steering group",
  kind: "steering-group",
  composition: [
    { role: "participant-representatives", count: 4, represents: participants.map((p) => ref.participant(p.id)) },
    { role: "experience-representatives", minimum: 1 },
  ],
  host: ref.participant("lakeside-uni"),
});

const practice = chapter({
  id: "shared-practice",
  number: "2",
  title: "Shared practice across services",
  shortTitle: "Shared practice",
  kind: "objective",
  objectives: [ref.objective("practice")],
  summary: {
    text: "Services learn from each other through shared guidelines and visits.",
    priorities: [{ year: 2026, measures: [ref.measure("guideline-group")] }],
  },
  rationale: { items: ["Patients meet several services; the *same* guidance in each makes their path safer."] },
  horizon: {
    year: 2028,
    targets: [target({ id: "common-guideline", text: "Every participant follows one common guideline for referrals." })],
  },
  measures: measures(
    [
      {
        id: "guideline-group",
        text: "Set up a working group that drafts a common referral guideline.",
        start: 2026,
        isNew: true,
        priorityYears: [2026],
        responsible: [ref.participant("harbour-trust"), ref.participant("millbrook")],
        related: [ref.target("common-guideline")],
      },
      {
        id: "exchange-visits",
        text: "Continue the exchange visits between municipal and hospital staff.",
        start: 2023,
        status: "ongoing",
        responsible: [ref.body("steering-group")],
      },
    ],
    { open: true },
  ),
  preconditions: {
    items: [precondition({ id: "time-for-staff", text: "Employers give staff time to take part.", refs: [ref.measure("exchange-visits")] })],
  },
});

const research = chapter({
  id: "research",
  number: "3",
  title: "Research with users",
  kind: "objective",
  objectives: [ref.objective("research-users")],
  references: [ref.chapter("shared-practice")],
  measures: measures([
    {
      id: "user-panel",
      text: "Give every research project an advisory panel of **patients and relatives**.",
      start: 2027,
      isNew: true,
      priorityYears: [2027],
      responsible: [ref.participant("patients-voice"), ref.participant("lakeside-uni")],
    },
  ]),
});

/** The fictional Northwind cluster's action plan 2026–2028, written with the builders and checked when defined. */
export const plan: Plan = definePlan({
  schemaVersion: "2.0",
  id: "northwind-2026-2028",
  language: "en",
  title: "Northwind care cluster: action plan 2026–2028 (fictional example)",
  period: { start: 2026, end: 2028 },
  status: "adopted",
  adoption: { date: "2025-11-20", body: ref.body("steering-group"), note: "A fictional plan, made up to show the builders." },
  cluster: {
    name: "Northwind care cluster (fictional)",
    shortName: "Northwind",
    description: "A made-up cluster of a university, a municipality, a health trust and a user organisation.",
    coordinator: { participant: ref.participant("lakeside-uni") },
    participants,
    bodies: [steeringGroup],
  },
  strategy: {
    id: "northwind-strategy",
    title: "Northwind strategy 2026–2030 (fictional)",
    period: { start: 2026, end: 2030 },
    mainObjective: "Better care through services that learn together.",
    objectives: [
      objective({ id: "practice", number: "1", name: "Services share practice." }),
      objective({ id: "research-users", number: "2", name: "Research is done with users, not only on them." }),
    ],
  },
  chapters: [
    chapter({
      id: "introduction",
      number: "1",
      title: "Introduction",
      kind: "introduction",
      content: [
        { type: "paragraph", text: "This plan and the cluster it belongs to are fictional." },
        { type: "placeholder", show: "mainObjective" },
      ],
    }),
    practice,
    research,
  ],
  indicators: [
    indicator({
      id: "referral-errors",
      name: "Referrals returned for missing information",
      kind: "quantitative",
      unit: "%",
      direction: "decrease",
      tracks: [ref.target("common-guideline")],
      baseline: { year: 2025, value: 18 },
      periods: [
        { year: 2026, targets: [{ value: 15 }] },
        { year: 2028, targets: [{ value: 8 }] },
      ],
    }),
  ],
});
