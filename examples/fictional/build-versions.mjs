// Builds the three versions of the FICTIONAL Northwind Care Network action plan 2025–2028:
//   plan-2025.json  as adopted (November 2024), priorities for 2025
//   plan-2026.json  after annual revision 1 (December 2025): priorities for 2026, a reworded measure,
//                   new measures, a new participant, nodes further along, the progress report for 2025
//   plan-2027.json  after annual revision 2 (December 2026): priorities for 2027, another rewording,
//                   new measures, one measure removed (the rest renumbered), one reported discontinued,
//                   targets and preconditions added and removed, a new partner, the report for 2026
//   plan-2027.yaml  the same as plan-2027.json, in YAML
//
// Everything here is invented: the network, its region, organisations, people, dates and numbers.
// Each version is derived from the one before by the explicit edits below, so the changes between
// versions are exactly what the revision log says.
//
// Run: node examples/fictional/build-versions.mjs          (rewrites the four files)
//      node examples/fictional/build-versions.mjs --check  (fails when a file is out of date)
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const here = (name) => fileURLToPath(new URL(name, import.meta.url));
// The YAML library the actionplan CLI reads plan files with.
const YAML = createRequire(here("../../packages/cli/package.json"))("yaml");

// ------------------------------------------------------------------------------------------------
// Version 1: the plan as adopted on 28 November 2024.

/** @returns {Record<string, unknown>} */
function adoptedPlan() {
  return {
    $schema: "https://unpkg.com/@actionplan/schema@1/plan.schema.json",
    schemaVersion: "1.0",
    id: "northwind-care-2025-2028",
    language: "en",
    languages: ["nb"],
    title: {
      en: "Action plan for the Northwind Care Network 2025–2028",
      nb: "Handlingsplan for Northwind omsorgsnettverk 2025–2028",
    },
    period: { start: 2025, end: 2028 },
    status: "adopted",
    adoption: {
      date: "2024-11-28",
      body: "body:steering-committee",
      note: {
        en: "with the measures prioritised for 2025 in **bold**",
        nb: "med tiltakene som er prioritert for 2025 i **fet skrift**",
      },
    },
    preparedBy: {
      body: "body:strategy-group",
      note: "Drafted between March and October 2024, with two open workshops for participants and the user panel.",
    },
    cluster: {
      name: { en: "Northwind Care Network", nb: "Northwind omsorgsnettverk" },
      shortName: "Northwind",
      description: {
        en: "A FICTIONAL network of municipalities, a health trust, a hospital, colleges, a research institute and a user organisation in the invented region of Northwind, working together so that people can recover at home after illness or injury. It exists only as an example for @actionplan: every organisation, person, place, date and number in it is made up.",
        nb: "Et FIKTIVT nettverk av kommuner, et helseforetak, et sykehus, høgskoler, et forskingsinstitutt og en brukerorganisasjon i den oppdiktede regionen Northwind, som samarbeider om at folk kan komme seg hjemme etter sykdom eller skade. Det finnes bare som eksempel for @actionplan: alle organisasjoner, personer, steder, datoer og tall i det er oppdiktet.",
      },
      coordinator: { participant: "participant:brightwater-university", unit: "Department of Health Sciences" },
      people: [
        { name: "Tomas Eklund", role: "Network leader" },
        { name: "Ada Morven", role: { en: "Coordinator for user participation", nb: "Koordinator for brukermedvirkning" } },
      ],
      participants: [
        {
          id: "brightwater-university",
          name: "University of Brightwater",
          abbreviation: "UoB",
          kind: "university",
          region: "Brightwater",
          joined: 2019,
          url: "https://brightwater.example.org",
        },
        {
          id: "northwind-health-trust",
          name: "Northwind Health Trust",
          abbreviation: "NHT",
          kind: "health-trust",
          region: "Northwind",
          healthRegion: "Northwind Health Region",
          joined: 2019,
        },
        {
          id: "saltmarsh-hospital",
          name: "Saltmarsh Hospital",
          abbreviation: "SMH",
          kind: "hospital",
          region: "Ashmoor",
          healthRegion: "Northwind Health Region",
          parent: "participant:northwind-health-trust",
          joined: 2020,
        },
        { id: "ashmoor-municipality", name: "Ashmoor Municipality", abbreviation: "ASM", kind: "municipality", region: "Ashmoor", joined: 2019 },
        {
          id: "coldharbour-municipality",
          name: "Coldharbour Municipality",
          abbreviation: "CHM",
          kind: "municipality",
          region: "Coldharbour",
          groups: ["group:coastal"],
          joined: 2021,
        },
        {
          id: "dunmere-municipality",
          name: "Dunmere Municipality",
          abbreviation: "DUM",
          kind: "municipality",
          region: "Dunmere",
          groups: ["group:coastal"],
          joined: "2023-09-01",
        },
        { id: "greyfield-county", name: "Greyfield County Council", abbreviation: "GCC", kind: "county", region: "Greyfield", joined: 2022 },
        { id: "fernlea-college", name: "Fernlea University College", abbreviation: "FUC", kind: "university-college", region: "Dunmere", joined: 2020 },
        { id: "kestrel-institute", name: "Kestrel Institute for Care Research", abbreviation: "KIR", kind: "research-institute", region: "Brightwater", joined: 2021 },
        {
          id: "patient-forum",
          name: { en: "Northwind Patient and Family Forum", nb: "Northwind pasient- og pårørendeforum" },
          abbreviation: "NPF",
          kind: "user-organisation",
          region: "Northwind",
          joined: 2019,
        },
      ],
      memberCounts: [
        { value: 8, of: "participating organisations", asOf: 2022 },
        { value: 10, of: "participating organisations", asOf: "2024-11-28" },
      ],
      groups: [
        {
          id: "coastal",
          name: "Coastal sub-group",
          lead: "participant:greyfield-county",
          members: ["participant:coldharbour-municipality", "participant:dunmere-municipality"],
          description: "The coastal municipalities and their county, working on long travel distances to patients.",
        },
      ],
      bodies: [
        {
          id: "steering-committee",
          name: "Steering committee",
          kind: "steering-group",
          description: "Adopts the plan and its yearly priorities.",
          composition: [
            { role: "chair", count: 1, represents: ["participant:brightwater-university"] },
            { role: "participant-representatives", description: "one for each participant", count: 10 },
            { role: "experience-representatives", description: "from the user panel", minimum: 2, represents: ["body:user-panel"] },
          ],
          established: 2019,
        },
        {
          id: "user-panel",
          name: { en: "User panel", nb: "Brukerpanel" },
          kind: "experience-panel",
          description: "People with their own or a family member's experience of rehabilitation, who advise on all work of the network.",
          composition: [{ role: "experience-representatives", count: 7 }],
          established: 2020,
        },
        { id: "secretariat", name: "Secretariat", kind: "secretariat", host: "participant:brightwater-university", established: 2019 },
        {
          id: "training-group",
          name: "Working group on training",
          kind: "working-group",
          composition: [
            { role: "participant-representatives", represents: ["participant:fernlea-college", "participant:ashmoor-municipality"] },
            { role: "experience-representatives", minimum: 1 },
            { role: "student-representatives", count: 1 },
          ],
          established: 2022,
        },
        {
          id: "strategy-group",
          name: "Strategy group",
          kind: "strategy-group",
          period: { start: 2024, end: 2024 },
          composition: [
            { role: "participant-representatives", count: 5 },
            { role: "experience-representatives", count: 2, represents: ["body:user-panel"] },
            { role: "student-representatives", count: 1 },
            { role: "secretariat", count: 1, represents: ["body:secretariat"] },
          ],
        },
      ],
      posts: [
        {
          id: "user-coordinator",
          title: { en: "Coordinator for user participation", nb: "Koordinator for brukermedvirkning" },
          description: "Supports the user panel and the user representatives in working groups.",
          body: "body:user-panel",
          established: 2023,
        },
        { id: "node-coordinator-north", title: "Node coordinator, North", body: "body:secretariat", established: 2023 },
      ],
      nodes: [
        {
          id: "north",
          region: "North Northwind",
          status: "established",
          participants: [
            "participant:brightwater-university",
            "participant:northwind-health-trust",
            "participant:ashmoor-municipality",
            "participant:kestrel-institute",
            "participant:patient-forum",
          ],
          coordinator: "participant:brightwater-university",
          since: 2023,
        },
        {
          id: "south",
          region: "South Northwind",
          status: "in-dialogue",
          participants: ["participant:fernlea-college", "participant:dunmere-municipality", "participant:saltmarsh-hospital"],
          since: 2024,
          note: "Three of the five participants a node needs have signed up.",
        },
        { id: "east", region: "Eastholm", status: "planned", since: 2024, note: "No participant in Eastholm yet." },
        { id: "islands", region: "Outer Islands", status: "planned", since: 2024 },
      ],
      partners: [
        {
          id: "ahcp",
          name: "Northwind Association of Home Care Providers",
          abbreviation: "AHCP",
          kind: "interest-organisation",
          description: "The association of the private and non-profit home care providers of the region.",
          members: { value: 60, approximate: true, of: "member organisations", asOf: 2024 },
          agreement: {
            date: "2024-09-02",
            background: "Most home care in the region's smaller municipalities is given by the association's members, whose staff the network's training has not reached.",
            commitments: [
              {
                party: "partner:ahcp",
                text: "The association invites its members to the network's training programme and conference, and shares what its members learn in practice.",
              },
              { text: "The network opens its training programme to the association's members and gives advice when the association asks for it." },
            ],
            statements: [
              {
                speaker: "Mira Halden",
                role: "Director of the association",
                for: "partner:ahcp",
                text: "Our members meet the patients at home every day. Now they can learn with the hospitals and the municipalities.",
              },
              {
                speaker: "Tomas Eklund",
                role: "Network leader",
                text: "Rehabilitation at home only works if everyone who comes through the door knows what to do.",
              },
            ],
            source: "Joint press release of 2 September 2024 (fictional).",
          },
          history: ["In 2023 the association took part in the network's conference for the first time."],
        },
      ],
      url: "https://northwind-care.example.org",
    },
    strategy: {
      id: "northwind-strategy-2024-2030",
      title: "Northwind Care Network strategy 2024–2030",
      period: { start: 2024, end: 2030 },
      adopted: "2024-06-12",
      url: "https://northwind-care.example.org/strategy",
      vision: { en: "Everyone in Northwind can recover at home.", nb: "Alle i Northwind kan komme seg hjemme." },
      values: [
        { en: "Openness", nb: "Åpenhet" },
        { en: "User participation", nb: "Brukermedvirkning" },
        { en: "Equity", nb: "Likeverd" },
      ],
      mainObjective: {
        en: "The network shall make rehabilitation at home available to everyone in Northwind who needs it, built on knowledge from research, practice and users.",
        nb: "Nettverket skal gjøre rehabilitering hjemme tilgjengelig for alle i Northwind som trenger det, bygd på kunnskap fra forsking, praksis og brukere.",
      },
      focusAreas: [
        { id: "fa-services", number: "1", name: { en: "Services", nb: "Tjenester" }, description: "Rehabilitation teams and services at home." },
        { id: "fa-knowledge", number: "2", name: { en: "Knowledge sharing", nb: "Kunnskapsdeling" } },
        { id: "fa-research", number: "3", name: { en: "Research", nb: "Forsking" } },
      ],
      objectives: [
        {
          id: "obj-1",
          number: "1",
          statement: "Rehabilitation at home is offered in every municipality of Northwind",
          focusAreas: ["focusArea:fa-services"],
        },
        {
          id: "obj-2",
          number: "2",
          focusAreas: ["focusArea:fa-knowledge"],
          subObjectives: [
            { id: "obj-2a", number: "2a", statement: "Professionals across services learn from each other", focusAreas: ["focusArea:fa-knowledge"] },
            { id: "obj-2b", number: "2b", statement: "Users and families shape the services", focusAreas: ["focusArea:fa-knowledge", "focusArea:fa-services"] },
          ],
        },
        { id: "obj-3", number: "3", statement: "Research follows practice", focusAreas: ["focusArea:fa-research"] },
      ],
    },
    summary: {
      title: { en: "Summary and priorities for 2025", nb: "Sammendrag og prioriteringer for 2025" },
      intro: [{ type: "paragraph", text: "Each chapter in brief, with the measures the steering committee prioritised." }],
      priorityYear: 2025,
    },
    tableConventions: {
      content: [
        { type: "paragraph", text: "Each chapter ends with a table of measures:" },
        {
          type: "list",
          items: [
            "measures already under way are set in plain text, new measures in *italics*",
            "measures prioritised for the year are set in **bold**",
            "an open row at the end is a reminder that measures can be added at each revision",
          ],
        },
      ],
    },
    glossary: {
      intro: [{ type: "paragraph", text: "The plan uses these abbreviations." }],
      entries: [
        { id: "term-ncn", abbreviation: "NCN", expansion: "Northwind Care Network" },
        { id: "term-rah", abbreviation: "RaH", expansion: { en: "rehabilitation at home", nb: "rehabilitering hjemme" } },
        { id: "abbr-uob", abbreviation: "UoB", refersTo: "participant:brightwater-university" },
        { id: "abbr-nht", abbreviation: "NHT", refersTo: "participant:northwind-health-trust" },
        { id: "abbr-smh", abbreviation: "SMH", refersTo: "participant:saltmarsh-hospital" },
        { id: "abbr-fuc", abbreviation: "FUC", refersTo: "participant:fernlea-college" },
        { id: "abbr-kir", abbreviation: "KIR", refersTo: "participant:kestrel-institute" },
        { id: "abbr-npf", abbreviation: "NPF", refersTo: "participant:patient-forum" },
        { id: "abbr-ahcp", abbreviation: "AHCP", refersTo: "partner:ahcp" },
        { id: "abbr-sc", abbreviation: "SC", expansion: "the steering committee", refersTo: "body:steering-committee" },
        { id: "abbr-sec", abbreviation: "SEC", refersTo: "body:secretariat" },
      ],
    },
    chapters: [
      {
        id: "ch-intro",
        number: "1",
        title: { en: "Introduction", nb: "Innledning" },
        kind: "introduction",
        references: ["chapter:ch-revision"],
        summary: { text: "The plan puts the network's strategy 2024–2030 into practice for the years 2025–2028." },
        content: [
          {
            type: "paragraph",
            text: {
              en: "This action plan builds on the [Northwind Care Network strategy 2024–2030](https://northwind-care.example.org/strategy) and its main objective:",
              nb: "Denne handlingsplanen bygger på [strategien for Northwind omsorgsnettverk 2024–2030](https://northwind-care.example.org/strategy) og hovedmålet i den:",
            },
          },
          { type: "placeholder", show: "mainObjective" },
          { type: "paragraph", text: "The strategy names three focus areas:" },
          { type: "placeholder", show: "focusAreas" },
          { type: "paragraph", text: "Chapters 3 to 6 follow the strategy's objectives. Chapter 7 says how the plan is revised each year." },
          { type: "placeholder", show: "objectives" },
          { type: "thematicBreak" },
          { type: "placeholder", show: "tableConventions" },
          { type: "placeholder", show: "glossary" },
        ],
      },
      {
        id: "ch-nodes",
        number: "2",
        title: { en: "Regional nodes", nb: "Regionale noder" },
        shortTitle: { en: "Nodes", nb: "Noder" },
        kind: "principle",
        summary: {
          text: "The network grows through regional nodes; North is established and South is close.",
          priorities: [{ year: 2025, text: "Open a dialogue about a node in Eastholm.", measures: ["measure:m-east-dialogue"] }],
        },
        content: [
          {
            type: "paragraph",
            text: "A node gathers at least five participants in one part of the region, with a university or college, the health trust and municipalities among them, and a coordinator paid by the network.",
          },
        ],
        rationale: {
          items: [
            "Patients in the whole region should have the same offer, wherever they live",
            "Professionals learn most from colleagues they can meet",
          ],
        },
        horizon: {
          year: 2028,
          targets: [
            { id: "t-nodes-1", text: "Three nodes are established" },
            { id: "t-nodes-2", text: "Every municipality of the region takes part in a node" },
          ],
        },
        measures: {
          items: [
            { id: "m-north-meetings", number: 1, text: "Quarterly meetings of the North node", startYear: 2023, status: "ongoing", responsible: ["node:north"] },
            {
              id: "m-south-support",
              number: 2,
              text: "Support the South node until it is established",
              startYear: 2024,
              status: "ongoing",
              responsible: ["body:secretariat", "post:node-coordinator-north"],
              related: ["target:t-nodes-1"],
            },
            {
              id: "m-east-dialogue",
              number: 3,
              text: "Open a dialogue with the municipalities of Eastholm about a node",
              startYear: 2025,
              status: "new",
              priorityYears: [2025],
              responsible: ["body:secretariat"],
              related: ["target:t-nodes-1", "target:t-nodes-2"],
            },
            { id: "m-islands-mapping", number: 4, text: "Find out whether the Outer Islands can sustain a node of their own", status: "new" },
          ],
          open: true,
        },
        preconditions: {
          items: [
            { id: "p-nodes-1", text: "Funding for a coordinator in each node" },
            { id: "p-nodes-2", text: "Participants agree on what a node decides and what the network decides" },
          ],
        },
      },
      {
        id: "ch-home-rehab",
        number: "3",
        title: {
          en: "Objective 1: Rehabilitation at home is offered in every municipality of Northwind",
          nb: "Mål 1: Rehabilitering hjemme tilbys i alle kommuner i Northwind",
        },
        shortTitle: { en: "Rehabilitation at home", nb: "Rehabilitering hjemme" },
        kind: "objective",
        objectives: ["objective:obj-1"],
        summary: {
          text: "Four municipalities of ten had a rehabilitation team at home in 2024.",
          priorities: [
            {
              year: 2025,
              text: "A shared guide, and video follow-up after discharge from Saltmarsh Hospital.",
              measures: ["measure:m-guide", "measure:m-video-pilot"],
            },
          ],
        },
        rationale: {
          items: [
            "Most patients would rather recover at home than in an institution",
            "Rehabilitation that starts early at home shortens the time to independence",
          ],
        },
        horizon: {
          year: 2028,
          targets: [
            { id: "t-home-1", text: "Every municipality has a rehabilitation team at home, or shares one with a neighbour", refs: ["indicator:ind-municipalities"] },
            { id: "t-home-2", text: "Patients wait less than two weeks for a first visit", refs: ["indicator:ind-waiting"] },
            { id: "t-home-3", text: "Video follow-up is a normal part of the service" },
          ],
        },
        measures: {
          items: [
            {
              id: "m-advise",
              number: 1,
              text: "Advice to municipalities that set up a rehabilitation team at home",
              startYear: 2022,
              status: "ongoing",
              responsible: ["participant:brightwater-university", "body:secretariat"],
              related: ["target:t-home-1"],
            },
            {
              id: "m-guide",
              number: 2,
              text: "Publish a shared guide to rehabilitation at home",
              startYear: 2025,
              status: "new",
              priorityYears: [2025],
              responsible: ["body:training-group"],
            },
            {
              id: "m-video-pilot",
              number: 3,
              text: "Pilot video follow-up after discharge from Saltmarsh Hospital",
              startYear: 2025,
              status: "new",
              priorityYears: [2025],
              responsible: ["participant:saltmarsh-hospital", "participant:ashmoor-municipality"],
              related: ["target:t-home-3"],
              footnotes: ["The pilot follows the hospital's own rules for video consultations."],
            },
            { id: "m-help-desk", number: 4, text: "Set up a help desk for municipalities without a team", status: "new", responsible: ["group:coastal"] },
            { id: "m-exercise-app", number: 5, text: "Test a mobile app with exercise videos for patients", status: "new" },
          ],
          open: true,
        },
        preconditions: {
          items: [
            { id: "p-home-1", text: "Municipal leaders give the teams time to take part", refs: ["chapter:ch-nodes"] },
            { id: "p-home-2", text: "Patients and families are asked what they need", refs: ["chapter:ch-users"] },
          ],
        },
      },
      {
        id: "ch-knowledge",
        number: "4",
        title: { en: "Objective 2a: Professionals across services learn from each other", nb: "Mål 2a: Fagfolk på tvers av tjenester lærer av hverandre" },
        shortTitle: { en: "Learning across services", nb: "Læring på tvers av tjenester" },
        kind: "objective",
        objectives: ["objective:obj-2a"],
        summary: {
          text: "The yearly conference and the training programme reach over 400 professionals a year.",
          priorities: [{ year: 2025, text: "Exchange visits between hospital and municipal therapists.", measures: ["measure:m-exchange"] }],
        },
        rationale: { items: ["Patients move between hospital and home; their therapists should know each other's work"] },
        horizon: {
          year: 2028,
          targets: [
            { id: "t-knowledge-1", text: "Every participant has staff who completed the shared training programme" },
            { id: "t-knowledge-2", text: "Hospital and municipal therapists meet at least twice a year in every node" },
          ],
        },
        measures: {
          items: [
            { id: "m-conference", number: 1, text: "Yearly conference on rehabilitation at home", startYear: 2021, status: "ongoing", responsible: ["body:secretariat"] },
            {
              id: "m-training",
              number: 2,
              text: "Shared training programme for home care staff",
              startYear: 2024,
              status: "ongoing",
              responsible: ["participant:fernlea-college", "partner:ahcp"],
              related: ["target:t-knowledge-1"],
            },
            {
              id: "m-exchange",
              number: 3,
              text: "Exchange visits between hospital and municipal therapists",
              startYear: 2025,
              status: "new",
              priorityYears: [2025],
              responsible: ["participant:northwind-health-trust"],
              related: ["target:t-knowledge-2"],
            },
            { id: "m-forum", number: 4, text: "A digital forum for questions between professionals", status: "new" },
          ],
          open: true,
        },
        preconditions: { items: [{ id: "p-knowledge-1", text: "Employers let staff attend training in working hours" }] },
      },
      {
        id: "ch-users",
        number: "5",
        title: { en: "Objective 2b: Users and families shape the services", nb: "Mål 2b: Brukere og pårørende former tjenestene" },
        shortTitle: { en: "Users and families", nb: "Brukere og pårørende" },
        kind: "objective",
        objectives: ["objective:obj-2b"],
        summary: {
          text: "The user panel advises on all work; user representatives sit in every working group.",
          priorities: [{ year: 2025, text: "Training for user representatives.", measures: ["measure:m-train-reps"] }],
        },
        content: [
          {
            type: "section",
            id: "users-words",
            title: "Words used in this chapter",
            blocks: [
              {
                type: "paragraph",
                text: "*Users* are people who receive or have received rehabilitation; *families* are the people closest to them.",
              },
            ],
          },
        ],
        rationale: { items: ["Services designed with their users fit their lives better", "Involvement is a right"] },
        horizon: {
          year: 2028,
          targets: [{ id: "t-users-1", text: "Users take part in planning every new project of the network", refs: ["indicator:ind-involvement"] }],
        },
        measures: {
          items: [
            { id: "m-user-panel", number: 1, text: "Run the user panel", startYear: 2020, status: "ongoing", responsible: ["body:user-panel", "post:user-coordinator"] },
            {
              id: "m-train-reps",
              number: 2,
              text: "Training for user representatives before they join a working group",
              startYear: 2025,
              status: "new",
              priorityYears: [2025],
              responsible: ["participant:patient-forum", "post:user-coordinator"],
            },
            { id: "m-pay-reps", number: 3, text: "Pay user representatives for their time at the same rate at every participant", status: "new" },
          ],
          open: true,
        },
        preconditions: { items: [{ id: "p-users-1", text: "Money to pay user representatives" }] },
      },
      {
        id: "ch-research",
        number: "6",
        title: { en: "Objective 3: Research follows practice", nb: "Mål 3: Forskingen følger praksis" },
        shortTitle: { en: "Research", nb: "Forsking" },
        kind: "objective",
        objectives: ["objective:obj-3"],
        summary: { text: "Seed funding and a joint PhD position connect research with the services." },
        rationale: { items: ["Services change faster when their questions are studied where they arise"] },
        horizon: {
          year: 2028,
          targets: [
            { id: "t-research-1", text: "Every node has at least one research project with a service partner" },
            { id: "t-research-2", text: "Results are published open access and told in plain language" },
            { id: "t-research-3", text: "A national register of rehabilitation at home is in use" },
          ],
        },
        measures: {
          items: [
            { id: "m-seed-funding", number: 1, text: "Seed funding for practice-based projects", startYear: 2022, status: "ongoing", responsible: ["participant:kestrel-institute"] },
            {
              id: "m-phd",
              number: 2,
              text: "A joint PhD position between the university and the health trust",
              startYear: 2024,
              status: "ongoing",
              responsible: ["participant:brightwater-university", "participant:northwind-health-trust"],
            },
            { id: "m-register-study", number: 3, text: "A study of patients' outcomes with data from the services' records", status: "new" },
          ],
          open: true,
        },
        preconditions: { items: [{ id: "p-research-1", text: "Services set aside time for research", refs: ["chapter:ch-home-rehab"] }] },
      },
      {
        id: "ch-revision",
        number: "7",
        title: { en: "Revision: evaluation and priorities", nb: "Rullering: evaluering og prioritering" },
        kind: "revision",
        references: ["chapter:ch-intro"],
        summary: { text: "The plan is revised every year, after an evaluation and feedback from leaders, professionals and users." },
        content: [
          { type: "paragraph", text: "Each autumn the secretariat evaluates the year and gathers feedback; in December the steering committee sets the next year's priorities." },
          {
            type: "section",
            id: "revision-tasks",
            title: "What the participants work on",
            blocks: [
              { type: "paragraph", text: "The participants' own development tasks that matter to the network:" },
              { type: "placeholder", show: "developmentTasks" },
            ],
          },
        ],
      },
    ],
    developmentTasks: [
      {
        actor: "participant:brightwater-university",
        tasks: ["A master's course in rehabilitation at home", "A study of video follow-up"],
      },
      { actor: "participant:ashmoor-municipality", tasks: ["A new rehabilitation team from 2025"] },
      { actor: "group:coastal", label: "Greyfield County Council with the coastal sub-group", tasks: ["Transport to patients on the islands"] },
      { actor: "participant:patient-forum", tasks: [] },
    ],
    indicators: [
      {
        id: "ind-municipalities",
        name: "Municipalities with a rehabilitation team at home",
        description: "Counted each December in the network's survey of the municipalities of the region.",
        kind: "quantitative",
        unit: "municipalities",
        direction: "increase",
        source: "The network's survey of municipalities",
        tracks: ["objective:obj-1", "target:t-home-1"],
        baseline: { year: 2024, value: 4 },
        periods: [
          { year: 2025, target: 5 },
          { year: 2026, target: 7 },
          { year: 2028, target: 10 },
        ],
      },
      {
        id: "ind-waiting",
        name: { en: "Days of waiting for a first visit", nb: "Dager med venting på første besøk" },
        kind: "quantitative",
        unit: "days (median)",
        direction: "decrease",
        source: "Northwind Health Trust, patient administrative data",
        tracks: ["target:t-home-2"],
        baseline: { year: 2024, value: 21, note: "Median over the four municipalities with a team." },
        periods: [
          { year: 2026, target: 16 },
          { year: 2028, target: 13 },
        ],
      },
      {
        id: "ind-involvement",
        name: "Users' part in the network's projects",
        kind: "qualitative",
        source: "The user panel's yearly assessment",
        tracks: ["objective:obj-2b", "target:t-users-1"],
        baseline: { year: 2024, value: "Users are asked for comments once a project has been planned." },
        periods: [
          { year: 2025, target: "Users take part in planning the prioritised projects." },
          { year: 2028, target: { en: "Users take part in planning every new project.", nb: "Brukere er med og planlegger alle nye prosjekter." } },
        ],
      },
    ],
    revisions: [
      {
        id: "rev-2024-adoption",
        date: "2024-11-28",
        kind: "adoption",
        body: "body:steering-committee",
        priorityYear: 2025,
        summary: "The steering committee adopted the plan and prioritised five measures for 2025.",
      },
    ],
  };
}

// ------------------------------------------------------------------------------------------------
// Editing helpers: each finds what it edits or fails, so a version cannot silently miss a change.

const clone = (value) => structuredClone(value);

function chapterOf(plan, chapterId) {
  const chapter = plan.chapters.find((c) => c.id === chapterId);
  if (!chapter) throw new Error(`no chapter ${chapterId}`);
  return chapter;
}

function measureOf(plan, measureId) {
  for (const chapter of plan.chapters) {
    const measure = chapter.measures?.items.find((m) => m.id === measureId);
    if (measure) return measure;
  }
  throw new Error(`no measure ${measureId}`);
}

function addMeasure(plan, chapterId, measure) {
  const items = chapterOf(plan, chapterId).measures.items;
  items.push({ id: measure.id, number: items.length + 1, ...measure });
}

function removeMeasure(plan, measureId) {
  for (const chapter of plan.chapters) {
    const items = chapter.measures?.items;
    const index = items?.findIndex((m) => m.id === measureId) ?? -1;
    if (index === -1) continue;
    items.splice(index, 1);
    items.forEach((m, i) => (m.number = i + 1));
    return;
  }
  throw new Error(`no measure ${measureId}`);
}

function prioritise(plan, year, measureIds) {
  for (const id of measureIds) {
    const measure = measureOf(plan, id);
    measure.priorityYears = [...(measure.priorityYears ?? []), year];
  }
}

/** Measures started before `year` are no longer new proposals. */
function markStartedOngoing(plan, year) {
  for (const chapter of plan.chapters) {
    for (const m of chapter.measures?.items ?? []) if (m.startYear !== undefined && m.startYear < year) m.status = "ongoing";
  }
}

function nodeOf(plan, id) {
  const node = plan.cluster.nodes.find((n) => n.id === id);
  if (!node) throw new Error(`no node ${id}`);
  return node;
}

function periodOf(plan, indicatorId, year) {
  const indicator = plan.indicators.find((i) => i.id === indicatorId);
  if (!indicator) throw new Error(`no indicator ${indicatorId}`);
  let period = indicator.periods.find((p) => p.year === year);
  if (!period) {
    period = { year };
    indicator.periods.push(period);
    indicator.periods.sort((a, b) => a.year - b.year);
  }
  return period;
}

function setTitleYear(plan, year) {
  plan.summary.title = { en: `Summary and priorities for ${year}`, nb: `Sammendrag og prioriteringer for ${year}` };
  plan.summary.priorityYear = year;
}

// ------------------------------------------------------------------------------------------------
// Version 2: annual revision 1, decided 4 December 2025.

function revision2026(previous) {
  const plan = clone(previous);
  setTitleYear(plan, 2026);
  markStartedOngoing(plan, 2026);

  // Eastholm joins; the South node is established; the dialogue in the east and on the islands has begun.
  plan.cluster.participants.push({
    id: "eastholm-municipality",
    name: "Eastholm Municipality",
    abbreviation: "EHM",
    kind: "municipality",
    region: "Eastholm",
    joined: "2025-10-01",
  });
  plan.cluster.memberCounts.push({ value: 11, of: "participating organisations", asOf: "2025-12-04" });
  plan.cluster.participants.find((p) => p.id === "saltmarsh-hospital").groups = ["group:coastal"];
  plan.cluster.groups[0].members.push("participant:saltmarsh-hospital");
  Object.assign(nodeOf(plan, "south"), {
    status: "established",
    participants: [
      "participant:fernlea-college",
      "participant:dunmere-municipality",
      "participant:saltmarsh-hospital",
      "participant:coldharbour-municipality",
      "participant:greyfield-county",
    ],
    coordinator: "participant:fernlea-college",
    since: 2025,
    note: "Established in September 2025 with five participants.",
  });
  Object.assign(nodeOf(plan, "east"), {
    status: "in-dialogue",
    participants: ["participant:eastholm-municipality"],
    since: 2025,
    note: "Eastholm Municipality joined in October 2025; talks with the college in Eastholm have begun.",
  });
  Object.assign(nodeOf(plan, "islands"), { status: "in-dialogue", since: 2025 });
  plan.cluster.posts.push({ id: "node-coordinator-south", title: "Node coordinator, South", body: "body:secretariat", established: 2025 });

  // Reworded after the evaluation: the training programme now runs online and in the nodes.
  measureOf(plan, "m-training").text = {
    en: "Shared training programme for home care staff, with modules online and in each node",
    nb: "Felles opplæringsprogram for ansatte i hjemmetjenesten, med moduler på nett og i hver node",
  };
  // The forum is to be piloted in 2026.
  measureOf(plan, "m-forum").startYear = 2026;
  measureOf(plan, "m-register-study").startYear = 2026;

  addMeasure(plan, "ch-nodes", {
    id: "m-south-plan",
    text: "Help the South node write its own yearly plan",
    startYear: 2026,
    status: "new",
    responsible: ["node:south", "post:node-coordinator-south"],
  });
  addMeasure(plan, "ch-home-rehab", {
    id: "m-share-video",
    text: "Share what the video pilot taught with every municipality",
    startYear: 2026,
    status: "new",
    responsible: ["participant:saltmarsh-hospital"],
    related: ["measure:m-video-pilot", "target:t-home-3"],
  });
  addMeasure(plan, "ch-users", {
    id: "m-families-conference",
    text: "Free places for families at the yearly conference",
    startYear: 2026,
    status: "new",
    responsible: ["body:secretariat", "participant:patient-forum"],
    related: ["measure:m-conference"],
  });

  // Priorities for 2026: the east dialogue, the video pilot and the exchange visits continue; the guide
  // and the training for user representatives are done; three new measures and the register study start.
  prioritise(plan, 2026, ["m-east-dialogue", "m-south-plan", "m-video-pilot", "m-share-video", "m-exchange", "m-families-conference", "m-register-study"]);
  const summaries = {
    "ch-nodes": { text: "The dialogue in Eastholm, and a yearly plan for the South node.", measures: ["m-east-dialogue", "m-south-plan"] },
    "ch-home-rehab": { text: "Finish the video pilot and share what it taught.", measures: ["m-video-pilot", "m-share-video"] },
    "ch-knowledge": { text: "More exchange visits, now in both nodes.", measures: ["m-exchange"] },
    "ch-users": { text: "Free places for families at the conference.", measures: ["m-families-conference"] },
    "ch-research": { text: "Start the study of patients' outcomes.", measures: ["m-register-study"] },
  };
  for (const [chapterId, { text, measures }] of Object.entries(summaries)) {
    const summary = chapterOf(plan, chapterId).summary;
    summary.priorities = [...(summary.priorities ?? []), { year: 2026, text, measures: measures.map((m) => `measure:${m}`) }];
  }
  chapterOf(plan, "ch-nodes").summary.text = "The network grows through regional nodes; North and South are established.";

  plan.glossary.entries.push({ id: "abbr-ehm", abbreviation: "EHM", refersTo: "participant:eastholm-municipality" });
  plan.developmentTasks.push({ actor: "participant:eastholm-municipality", tasks: ["Plan a rehabilitation team together with a neighbour"] });

  // Indicators: the actual values for 2025, and a qualitative indicator of the training programme.
  Object.assign(periodOf(plan, "ind-municipalities", 2025), { actual: 6, note: "Coldharbour and Dunmere started a shared team." });
  periodOf(plan, "ind-municipalities", 2027).target = 8;
  // No target had been set for 2025; the value measured is recorded all the same.
  periodOf(plan, "ind-waiting", 2025).actual = 19;
  periodOf(plan, "ind-involvement", 2025).actual = "Users took part in planning four of the five prioritised projects.";
  chapterOf(plan, "ch-knowledge").horizon.targets[0].refs = ["indicator:ind-training"];
  measureOf(plan, "m-training").related.push("indicator:ind-training");
  plan.indicators.push({
    id: "ind-training",
    name: "Reach of the shared training programme",
    description: "How far the programme reaches the participants' home care staff, as the working group on training judges it.",
    kind: "qualitative",
    source: "Report of the working group on training",
    tracks: ["measure:m-training", "target:t-knowledge-1"],
    baseline: { year: 2024, value: "Two municipalities sent staff to the first run." },
    periods: [
      { year: 2025, actual: "Staff from six participants and from three of the association's members took part." },
      { year: 2026, target: "Staff from every participant take part, online or in a node." },
    ],
  });

  plan.revisions.push({
    id: "rev-2025-annual",
    date: "2025-12-04",
    kind: "annual-revision",
    body: "body:steering-committee",
    priorityYear: 2026,
    summary:
      "Set the priorities for 2026, reworded the training programme, added three measures (a yearly plan for the South node, sharing the video pilot's lessons, free conference places for families) and dated the forum pilot and the outcome study.",
    evaluation:
      "Five of the seven measures prioritised for 2025 were carried out; the guide was published in October and the South node was established in September. The number of municipalities with a team rose from four to six.",
    feedback:
      "Leaders asked for training that staff can take without travelling; professionals asked for more exchange visits; the user panel asked that families be welcome at the conference.",
  });
  plan.progress = [
    {
      id: "progress-2025",
      year: 2025,
      date: "2025-11-20",
      source: "Annual report 2025 of the Northwind Care Network (fictional)",
      summary: "A year of building: the South node, the guide and the video pilot.",
      measures: [
        { measure: "measure:m-north-meetings", status: "ongoing" },
        { measure: "measure:m-south-support", status: "completed", note: "The South node was established in September." },
        { measure: "measure:m-east-dialogue", status: "in-progress", note: "Eastholm Municipality joined in October." },
        { measure: "measure:m-islands-mapping", status: "not-started" },
        { measure: "measure:m-advise", status: "ongoing" },
        { measure: "measure:m-guide", status: "completed", note: "Published in October 2025." },
        { measure: "measure:m-video-pilot", status: "in-progress", note: "42 patients followed up by video so far." },
        { measure: "measure:m-conference", status: "ongoing" },
        { measure: "measure:m-training", status: "ongoing" },
        { measure: "measure:m-exchange", status: "in-progress" },
        { measure: "measure:m-user-panel", status: "ongoing" },
        { measure: "measure:m-train-reps", status: "completed", note: "Eleven representatives trained." },
        { measure: "measure:m-seed-funding", status: "ongoing" },
        { measure: "measure:m-phd", status: "in-progress" },
      ],
      indicators: [
        { indicator: "indicator:ind-municipalities", value: 6 },
        { indicator: "indicator:ind-waiting", value: 19 },
        { indicator: "indicator:ind-involvement", value: "Users took part in planning four of the five prioritised projects." },
      ],
    },
  ];
  return plan;
}

// ------------------------------------------------------------------------------------------------
// Version 3: annual revision 2, decided 3 December 2026.

function revision2027(previous) {
  const plan = clone(previous);
  setTitleYear(plan, 2027);
  markStartedOngoing(plan, 2027);

  // The islands cannot sustain a node of their own; they join the North node.
  Object.assign(nodeOf(plan, "islands"), {
    status: "discontinued",
    since: 2026,
    note: "Too few participants for a node of their own; the islands' municipalities take part in the North node.",
  });
  nodeOf(plan, "east").note = "Eastholm Municipality and the college in Eastholm are in dialogue; two more participants are needed.";

  // A new partner.
  plan.cluster.partners.push({
    id: "lindqvist-centre",
    name: "Lindqvist Centre for Ageing Research",
    abbreviation: "LCAR",
    kind: "research-institute",
    description: "A national research centre on ageing and health (fictional).",
    agreement: {
      date: "2026-05-20",
      background: "Both parties want larger studies of rehabilitation at home than either can run alone.",
      commitments: [
        { party: "partner:lindqvist-centre", text: "The centre advises the network's researchers and invites them to its national research school." },
        { text: "The network gives the centre access to its projects and helps recruit services to joint studies." },
      ],
    },
  });
  plan.glossary.entries.push({ id: "abbr-lcar", abbreviation: "LCAR", refersTo: "partner:lindqvist-centre" });

  // The exercise app is dropped (a national app now exists); the measures after it move up.
  removeMeasure(plan, "m-exercise-app");
  // Reworded after the evaluation.
  Object.assign(measureOf(plan, "m-help-desk"), {
    text: "A help desk, by phone and video, for municipalities without a rehabilitation team",
    startYear: 2027,
  });
  measureOf(plan, "m-forum").footnotes = ["Discontinued in 2026: too few professionals used the pilot forum. It stays in the table until the mid-term review."];

  addMeasure(plan, "ch-knowledge", {
    id: "m-ahcp-training",
    text: "Open the training programme to the association's members in every node",
    startYear: 2027,
    status: "new",
    responsible: ["partner:ahcp", "participant:fernlea-college"],
    related: ["measure:m-training"],
  });
  addMeasure(plan, "ch-research", {
    id: "m-joint-programme",
    text: "Apply with the Lindqvist Centre for a joint research programme",
    startYear: 2027,
    status: "new",
    responsible: ["participant:kestrel-institute", "partner:lindqvist-centre"],
  });

  prioritise(plan, 2027, ["m-east-dialogue", "m-help-desk", "m-ahcp-training", "m-families-conference", "m-joint-programme"]);
  const summaries = {
    "ch-nodes": { text: "Bring two more participants into the dialogue in Eastholm.", measures: ["m-east-dialogue"] },
    "ch-home-rehab": { text: "A help desk for the municipalities still without a team.", measures: ["m-help-desk"] },
    "ch-knowledge": { text: "Training for the association's members.", measures: ["m-ahcp-training"] },
    "ch-users": { text: "Families at the conference again.", measures: ["m-families-conference"] },
    "ch-research": { text: "A joint research programme with the Lindqvist Centre.", measures: ["m-joint-programme"] },
  };
  for (const [chapterId, { text, measures }] of Object.entries(summaries)) {
    const summary = chapterOf(plan, chapterId).summary;
    summary.priorities = [...(summary.priorities ?? []), { year: 2027, text, measures: measures.map((m) => `measure:${m}`) }];
  }

  // Targets and preconditions: one target added, one removed; one precondition added, one removed.
  chapterOf(plan, "ch-home-rehab").horizon.targets.push({
    id: "t-home-4",
    text: "Half of the patients discharged from Saltmarsh Hospital are offered video follow-up",
  });
  const research = chapterOf(plan, "ch-research");
  research.horizon.targets = research.horizon.targets.filter((t) => t.id !== "t-research-3");
  chapterOf(plan, "ch-knowledge").preconditions.items.push({
    id: "p-knowledge-2",
    text: "The association's members pay their staff's travel to the nodes",
    refs: ["measure:m-ahcp-training"],
  });
  const nodes = chapterOf(plan, "ch-nodes");
  nodes.preconditions.items = nodes.preconditions.items.filter((p) => p.id !== "p-nodes-2");

  // Indicators: the actual values for 2026, targets for 2027, and a new quantitative indicator.
  periodOf(plan, "ind-municipalities", 2026).actual = 8;
  Object.assign(periodOf(plan, "ind-waiting", 2026), { actual: 17, note: "Longer waits in the winter months." });
  periodOf(plan, "ind-waiting", 2027).target = 15;
  periodOf(plan, "ind-involvement", 2026).actual = "Users took part in planning every prioritised project and two of four others.";
  periodOf(plan, "ind-training", 2026).actual = "Staff from nine of eleven participants took part; the online modules had 260 users.";
  plan.indicators.push({
    id: "ind-video-share",
    name: { en: "Share of discharged patients offered video follow-up", nb: "Andel utskrevne pasienter som får tilbud om videooppfølging" },
    kind: "quantitative",
    unit: "%",
    direction: "increase",
    source: "Saltmarsh Hospital, discharge records",
    tracks: ["target:t-home-4", "measure:m-share-video"],
    baseline: { year: 2025, value: 12, note: "During the pilot." },
    periods: [
      { year: 2026, actual: 23 },
      { year: 2027, target: 35 },
      { year: 2028, target: 50 },
    ],
  });

  plan.revisions.push({
    id: "rev-2026-annual",
    date: "2026-12-03",
    kind: "annual-revision",
    body: "body:steering-committee",
    priorityYear: 2027,
    summary:
      "Set the priorities for 2027, reworded the help desk, added two measures (training for the association's members, a joint research programme), removed the exercise app, added a target on video follow-up, dropped the target of a national register, and noted that the islands join the North node.",
    evaluation:
      "The video pilot ended with good results and is being spread; the digital forum was discontinued for lack of use; the mapping showed that the Outer Islands cannot sustain a node of their own.",
    feedback:
      "Leaders in the municipalities without a team asked for direct help; the association asked for training close to its members; the user panel was pleased with the families' places at the conference.",
  });
  plan.progress.push({
    id: "progress-2026",
    year: 2026,
    date: "2026-11-19",
    source: "Annual report 2026 of the Northwind Care Network (fictional)",
    summary: "The video pilot ended and is being spread; the forum was stopped.",
    measures: [
      { measure: "measure:m-north-meetings", status: "ongoing" },
      { measure: "measure:m-east-dialogue", status: "in-progress" },
      { measure: "measure:m-islands-mapping", status: "completed", note: "The islands will take part in the North node." },
      { measure: "measure:m-south-plan", status: "completed" },
      { measure: "measure:m-advise", status: "ongoing" },
      { measure: "measure:m-video-pilot", status: "completed" },
      { measure: "measure:m-share-video", status: "in-progress" },
      { measure: "measure:m-help-desk", status: "not-started" },
      { measure: "measure:m-conference", status: "ongoing" },
      { measure: "measure:m-training", status: "ongoing" },
      { measure: "measure:m-exchange", status: "ongoing" },
      { measure: "measure:m-forum", status: "discontinued", note: "Too few professionals used the pilot forum." },
      { measure: "measure:m-user-panel", status: "ongoing" },
      { measure: "measure:m-families-conference", status: "completed", note: "Thirty family members came." },
      { measure: "measure:m-pay-reps", status: "not-started" },
      { measure: "measure:m-seed-funding", status: "ongoing" },
      { measure: "measure:m-phd", status: "in-progress" },
      { measure: "measure:m-register-study", status: "in-progress" },
    ],
    indicators: [
      { indicator: "indicator:ind-municipalities", value: 8 },
      { indicator: "indicator:ind-waiting", value: 17, note: "Longer waits in the winter months." },
      { indicator: "indicator:ind-involvement", value: "Users took part in planning every prioritised project and two of four others." },
      { indicator: "indicator:ind-training", value: "Staff from nine of eleven participants took part; the online modules had 260 users." },
    ],
  });
  return plan;
}

// ------------------------------------------------------------------------------------------------

const v2025 = adoptedPlan();
const v2026 = revision2026(v2025);
const v2027 = revision2027(v2026);

const yamlHeader = [
  " The FICTIONAL Northwind Care Network action plan 2025–2028, after annual revision 2 (December 2026).",
  " The same plan as plan-2027.json, written in YAML. Generated by build-versions.mjs; do not edit by hand.",
].join("\n");
const yamlDocument = new YAML.Document(v2027);
yamlDocument.commentBefore = yamlHeader;

const outputs = {
  "plan-2025.json": `${JSON.stringify(v2025, null, 2)}\n`,
  "plan-2026.json": `${JSON.stringify(v2026, null, 2)}\n`,
  "plan-2027.json": `${JSON.stringify(v2027, null, 2)}\n`,
  "plan-2027.yaml": yamlDocument.toString({ lineWidth: 0 }),
};

if (process.argv.includes("--check")) {
  const stale = Object.entries(outputs).filter(([name, text]) => {
    try {
      return readFileSync(here(name), "utf8") !== text;
    } catch {
      return true;
    }
  });
  if (stale.length > 0) {
    console.error(`Out of date: ${stale.map(([name]) => name).join(", ")}; run node examples/fictional/build-versions.mjs`);
    process.exitCode = 1;
  }
} else {
  for (const [name, text] of Object.entries(outputs)) writeFileSync(here(name), text);
  console.log(`wrote ${Object.keys(outputs).join(", ")}`);
}
