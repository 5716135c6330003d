// A plan as a StratML document (model.ts): the mapping of docs/guides/stratml.md, the reverse of to-plan.ts. What
// StratML cannot hold is listed as "not carried", never dropped silently. What an import kept under
// `extensions["org.stratml"]` is written back to its place. Browser-safe.
import { resolveText, type Plan } from "@actionplan/core";
import { pointerValues, pointerToken } from "../pointers.js";
import { say, type ReportCode, type ReportNotes, type ReportValues } from "../report-words.js";
import {
  STRATML_EXTENSION,
  type SmlDocument,
  type SmlGoal,
  type SmlIndicator,
  type SmlInstance,
  type SmlObjective,
  type SmlOrganization,
  type SmlResult,
  type SmlRole,
  type SmlStakeholder,
  type SmlSubmitter,
  type StratmlType,
} from "./model.js";

type Json = Record<string, unknown>;
type TextValue = string | Readonly<Record<string, string>>;

/** A plan mapped to StratML: the document, the language written, and what StratML could not hold. */
export interface FromPlanResult {
  /** The StratML document. */
  document: SmlDocument;
  /** The language of the texts written. */
  language: string;
  /** What StratML cannot hold, one line each. */
  notCarried: string[];
}

function kept(thing: unknown): Json {
  const extensions = (thing as { extensions?: Json } | undefined)?.extensions;
  return (extensions?.[STRATML_EXTENSION] ?? {}) as Json;
}

function str(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

const ACTOR_LISTS = [
  ["participant", "participants", "Organization"],
  ["partner", "partners", "Organization"],
  ["organisation", "organisations", "Organization"],
  ["person", "people", "Person"],
  ["body", "bodies", "Generic_Group"],
  ["post", "posts", "Generic_Group"],
  ["group", "groups", "Generic_Group"],
  ["node", "nodes", "Generic_Group"],
] as const;

/** Maps a plan to a StratML document in `lang` (default: the plan's language), Part 1 or Part 2 by kind or `type`. */
export function planToStratml(plan: Plan, options: { lang?: string; type?: StratmlType } = {}, notes: ReportNotes = new Map()): FromPlanResult {
  const language = options.lang ?? plan.language;
  const notCarried: string[] = [];
  /** What StratML has no place for, by what it is, each at its JSON Pointer: "measures: start: 812 at /…, … and 809 more". */
  const counts = new Map<string, string[]>();
  const count = (what: string, pointer: string): void => {
    const pointers = counts.get(what);
    if (pointers === undefined) counts.set(what, [pointer]);
    else pointers.push(pointer);
  };
  /** What StratML has no place for, each at its JSON Pointer in the plan, as the line `code` says it. */
  const leftOut = (pointer: string, code: ReportCode, values: ReportValues = {}): void => {
    pointed.push(say(notes, code, { pointer, ...values }));
  };
  const pointed: string[] = [];
  const otherLanguages = new Set<string>();
  const t = (text: TextValue | undefined): string | undefined => {
    if (text === undefined) return undefined;
    if (typeof text !== "string") for (const key of Object.keys(text)) if (key !== language) otherLanguages.add(key);
    return resolveText(text, language, plan.language);
  };
  const blocks = (list: readonly Json[] | undefined, where: string, at: string): string | undefined => {
    if (list === undefined || list.length === 0) return undefined;
    const texts: string[] = [];
    list.forEach((block, index) => {
      if (block["type"] === "paragraph") texts.push(t(block["text"] as TextValue) as string);
      else count(`${where}: ${String(block["type"])} blocks (only paragraphs are written)`, `${at}/${index}`);
    });
    return texts.length === 0 ? undefined : texts.join("\n\n");
  };

  const type: StratmlType =
    options.type ?? (plan.kind === "strategy" ? "StrategicPlan" : plan.kind === "performanceReport" ? "Performance_Report" : "Performance_Plan");
  const part: 1 | 2 = type === "StrategicPlan" ? 1 : 2;
  const planKept = kept(plan);
  const document: SmlDocument = { part, name: t(plan.title) as string, organizations: [], values: [], goals: [] };
  if (part === 2) document.type = type;

  // Actors by reference, to name stakeholders.
  const cluster = plan.cluster as unknown as Json | undefined;
  const actorEntry = new Map<string, { entry: Json; type: string }>();
  for (const [kind, list, stakeholderType] of ACTOR_LISTS) {
    for (const entry of (cluster?.[list] ?? []) as Json[]) actorEntry.set(`${kind}:${entry["id"] as string}`, { entry, type: stakeholderType });
  }
  const actorName = (entry: Json): string => (typeof entry["name"] === "string" || typeof entry["name"] === "object" ? (t(entry["name"] as TextValue) as string) : (t((entry["title"] ?? entry["region"]) as TextValue) ?? String(entry["id"])));
  /** An actor as listed under an organisation: its own description and roles. */
  const listedStakeholder = (ref: string): SmlStakeholder | undefined => {
    const found = actorEntry.get(ref);
    if (found === undefined) return undefined;
    const entryKept = kept(found.entry);
    const stakeholder: SmlStakeholder = { name: actorName(found.entry), roles: [] };
    if (entryKept["untyped"] !== true) stakeholder.type = stakeholderType(found);
    const description = str(entryKept["description"]) ?? t(found.entry["description"] as TextValue | undefined);
    if (description !== undefined) stakeholder.description = description;
    const keptRoles = entryKept["roles"] as SmlRole[] | undefined;
    const roles = (found.entry["roles"] ?? []) as Json[];
    if (keptRoles !== undefined) stakeholder.roles = keptRoles;
    else stakeholder.roles = roles.map((role) => ({ name: t(role["title"] as TextValue) as string, types: [] }));
    return stakeholder;
  };

  // Introduction: the first chapter, when it is an introduction and other chapters follow, is the plan's Description.
  const chapters = [...plan.chapters] as unknown as Json[];
  if (chapters.length > 1 && chapters[0]?.["kind"] === "introduction") {
    const intro = chapters.shift() as Json;
    const description = blocks(intro["content"] as Json[] | undefined, "introduction chapter", "/chapters/0/content");
    if (description !== undefined) document.description = description;
    if (intro["id"] !== "introduction" || t(intro["title"] as TextValue) !== document.name) count("the introduction chapter's title and id (its paragraphs are the plan's Description)", "/chapters/0");
    for (const field of ["rationale", "horizon", "measures", "preconditions", "summary"]) if (intro[field] !== undefined) count(`chapters: ${field}`, `/chapters/0/${field}`);
  }
  const otherInformation = str(planKept["otherInformation"]);
  if (otherInformation !== undefined) document.otherInformation = otherInformation;

  // Organisations: the cluster (the plan's owner) first, then the organisations an import read as Organization elements.
  if (cluster !== undefined && kept(cluster)["synthetic"] !== true) {
    const clusterKept = kept(cluster);
    const organization: SmlOrganization = { name: t(cluster["name"] as TextValue) as string, stakeholders: [] };
    const acronym = t(cluster["shortName"] as TextValue | undefined);
    if (acronym !== undefined) organization.acronym = acronym;
    const identifier = str(clusterKept["identifier"]);
    if (identifier !== undefined) organization.identifier = identifier;
    const description = t(cluster["description"] as TextValue | undefined);
    if (description !== undefined) organization.description = description;
    const listed = clusterKept["stakeholders"] as string[] | undefined;
    const refs =
      listed ??
      ACTOR_LISTS.filter(([kind]) => kind !== "organisation").flatMap(([kind, list]) =>
        ((cluster[list] ?? []) as Json[]).filter((entry) => !(kind === "person" && kept(entry)["submitter"] !== undefined && kept(entry)["roles"] === undefined && entry["roles"] === undefined)).map((entry) => `${kind}:${entry["id"] as string}`),
      );
    if (listed === undefined) {
      refs.push(...((cluster["organisations"] ?? []) as Json[]).filter((entry) => kept(entry)["organization"] !== true).map((entry) => `organisation:${entry["id"] as string}`));
    }
    for (const ref of refs) {
      const stakeholder = listedStakeholder(ref);
      if (stakeholder !== undefined) organization.stakeholders.push(stakeholder);
    }
    document.organizations.push(organization);
    for (const field of ["coordinator", "memberCounts", "url"]) if (cluster[field] !== undefined) count(`cluster.${field}`, `/cluster/${field}`);
  }
  for (const entry of (cluster?.["organisations"] ?? []) as Json[]) {
    const entryKept = kept(entry);
    if (entryKept["organization"] !== true) continue;
    const organization: SmlOrganization = { name: t(entry["name"] as TextValue) as string, identifier: str(entryKept["identifier"]) ?? (entry["id"] as string), stakeholders: [] };
    if (typeof entry["abbreviation"] === "string") organization.acronym = entry["abbreviation"];
    const description = t(entry["description"] as TextValue | undefined);
    if (description !== undefined) organization.description = description;
    for (const ref of (entryKept["stakeholders"] ?? []) as string[]) {
      const stakeholder = listedStakeholder(ref);
      if (stakeholder !== undefined) organization.stakeholders.push(stakeholder);
    }
    document.organizations.push(organization);
  }
  for (const [, list] of ACTOR_LISTS) {
    ((cluster?.[list] ?? []) as Json[]).forEach((entry, index) => {
      const at = `/cluster/${list}/${index}`;
      if (entry["parent"] !== undefined) leftOut(`${at}/parent`, "stratmlLeftParent", { parent: String(entry["parent"]) });
      if (entry["affiliations"] !== undefined) leftOut(`${at}/affiliations`, "stratmlLeftAffiliations");
      if (entry["contact"] !== undefined) leftOut(`${at}/contact`, "stratmlLeftContact");
    });
  }
  for (const [, list] of ACTOR_LISTS) {
    ((cluster?.[list] ?? []) as Json[]).forEach((entry, index) => {
      ((entry["identifiers"] ?? []) as unknown[]).forEach((_, k) => count("organisation register identifiers (StratML's Identifier is a document-local xsd:ID)", `/cluster/${list}/${index}/identifiers/${k}`));
    });
  }

  // Strategy: vision, mission, values.
  const strategy = plan.strategy as unknown as Json | undefined;
  const strategyKept = kept(strategy);
  const visionKept = (strategyKept["vision"] ?? {}) as Json;
  const missionKept = (strategyKept["mission"] ?? {}) as Json;
  if (strategy?.["vision"] !== undefined || strategyKept["vision"] !== undefined) {
    document.vision = {};
    const vision = visionKept["empty"] === true ? undefined : t(strategy?.["vision"] as TextValue | undefined);
    if (vision !== undefined) document.vision.description = vision;
    if (typeof visionKept["identifier"] === "string") document.vision.identifier = visionKept["identifier"];
  }
  if (strategy?.["mission"] !== undefined || strategyKept["mission"] !== undefined) {
    document.mission = {};
    const mission = missionKept["empty"] === true ? undefined : t(strategy?.["mission"] as TextValue | undefined);
    if (mission !== undefined) document.mission.description = mission;
    if (typeof missionKept["identifier"] === "string") document.mission.identifier = missionKept["identifier"];
  }
  const withoutName = (strategyKept["valuesWithoutName"] ?? []) as boolean[];
  ((strategy?.["values"] ?? []) as Json[]).forEach((value, index) => {
    const name = t(value["name"] as TextValue) as string;
    const description = t(value["description"] as TextValue | undefined);
    document.values.push(withoutName[index] === true ? { description: name } : description === undefined ? { name } : { name, description });
  });
  if (strategy !== undefined) {
    for (const field of ["mainObjective", "focusAreas", "adopted", "url"]) if (strategy[field] !== undefined) count(`strategy.${field}`, `/strategy/${field}`);
    if (t(strategy["title"] as TextValue) !== document.name) count("strategy.title (the plan's title is the document's Name)", "/strategy/title");
  }
  const objectives = new Map<string, Json>();
  const objectivePointers = new Map<string, string>();
  const visit = (list: readonly Json[], at: string): void => {
    list.forEach((objective, index) => {
      const pointer = `${at}/${index}`;
      objectives.set(`objective:${objective["id"] as string}`, objective);
      objectivePointers.set(`objective:${objective["id"] as string}`, pointer);
      if (objective["label"] !== undefined) leftOut(`${pointer}/label`, "stratmlLeftLabel", { label: String(objective["label"]) });
      if (objective["tags"] !== undefined) leftOut(`${pointer}/tags`, "stratmlLeftObjectiveTags");
      if (objective["focusAreas"] !== undefined) leftOut(`${pointer}/focusAreas`, "stratmlLeftFocusAreas");
      visit((objective["subObjectives"] ?? []) as Json[], `${pointer}/subObjectives`);
    });
  };
  visit((strategy?.["objectives"] ?? []) as Json[], "/strategy/objectives");
  const served = new Set<string>();

  // Goals: one per chapter; objectives: one per measure; performance indicators under the measure they track first.
  const indicators = (plan.indicators ?? []) as unknown as Json[];
  const placed = new Set<Json>();
  const stakeholderOf = (actor: string, roleWords: readonly string[], description: string | undefined): SmlStakeholder => {
    const found = actorEntry.get(actor);
    // "stakeholder" is what an import calls a stakeholder the file gave no role: it is written without one.
    const words = roleWords.filter((word) => word !== "stakeholder");
    const stakeholder: SmlStakeholder = { name: found === undefined ? actor : actorName(found.entry), roles: words.map((word) => ({ name: word, types: roleTypes(word) })) };
    if (found !== undefined && kept(found.entry)["untyped"] !== true) stakeholder.type = stakeholderType(found);
    if (description !== undefined) stakeholder.description = description;
    return stakeholder;
  };
  chapters.forEach((chapter) => {
    const chapterPointer = `/chapters/${(plan.chapters as unknown as Json[]).indexOf(chapter)}`;
    const chapterKept = kept(chapter);
    const goal: SmlGoal = {
      name: chapterKept["noName"] === true ? "" : (t(chapter["title"] as TextValue) as string),
      description: "",
      identifier: str(chapterKept["identifier"]) ?? (chapter["id"] as string),
      stakeholders: [],
      objectives: [],
    };
    if (chapterKept["sequence"] !== false) goal.sequence = chapter["number"] as string;
    const objectiveRef = ((chapter["objectives"] ?? []) as string[])[0];
    const objective = objectiveRef === undefined ? undefined : objectives.get(objectiveRef);
    if (objective !== undefined) {
      served.add(objectiveRef as string);
      goal.description = t(objective["description"] as TextValue | undefined) ?? "";
      const keptStakeholders = kept(objective)["stakeholders"] as SmlStakeholder[] | undefined;
      if (keptStakeholders !== undefined) goal.stakeholders = keptStakeholders;
      else {
        for (const entry of (objective["stakeholders"] ?? []) as Json[]) {
          const previous = goal.stakeholders[goal.stakeholders.length - 1];
          const description = t(entry["description"] as TextValue | undefined);
          const name = actorEntry.get(entry["actor"] as string);
          if (previous !== undefined && name !== undefined && previous.name === actorName(name.entry) && previous.description === description) {
            if (entry["role"] !== "stakeholder") previous.roles.push({ name: entry["role"] as string, types: roleTypes(entry["role"] as string) });
          } else goal.stakeholders.push(stakeholderOf(entry["actor"] as string, [entry["role"] as string], description));
        }
      }
      if (objective["name"] !== undefined && t(objective["name"] as TextValue) !== goal.name) count("objective names that differ from their chapter's title", `${objectivePointers.get(objectiveRef as string) ?? ""}/name`);
    }
    ((chapter["objectives"] ?? []) as unknown[]).forEach((_, k) => {
      if (k > 0) count("chapters' further objectives (a goal holds the first)", `${chapterPointer}/objectives/${k}`);
    });
    const content = blocks(chapter["content"] as Json[] | undefined, "chapters' content", `${chapterPointer}/content`);
    if (content !== undefined) goal.otherInformation = content;
    for (const field of ["tocTitle", "shortTitle", "references", "summary", "rationale", "horizon", "preconditions"]) if (chapter[field] !== undefined) count(`chapters: ${field}`, `${chapterPointer}/${field}`);
    const measures = ((chapter["measures"] as Json | undefined)?.["items"] ?? []) as Json[];
    if ((chapter["measures"] as Json | undefined)?.["intro"] !== undefined) leftOut(`${chapterPointer}/measures/intro`, "stratmlLeftMeasuresIntro");
    measures.forEach((measure, measureIndex) => {
      const measurePointer = `${chapterPointer}/measures/items/${measureIndex}`;
      const measureKept = kept(measure);
      const item: SmlObjective = { identifier: str(measureKept["identifier"]) ?? (measure["id"] as string), stakeholders: [], indicators: [] };
      const text = t(measure["text"] as TextValue) as string;
      const description = blocks(measure["description"] as Json[] | undefined, "measures' descriptions", `${measurePointer}/description`);
      if (measureKept["nameFromDescription"] === true) item.description = text;
      else {
        item.name = text;
        if (description !== undefined) item.description = description;
      }
      const sequence = measureKept["sequence"];
      if (sequence !== false) item.sequence = typeof sequence === "string" ? sequence : String(measure["number"]);
      const keptStakeholders = measureKept["stakeholders"] as SmlStakeholder[] | undefined;
      const measureRoles = (measure["roles"] ?? []) as Json[];
      if (keptStakeholders !== undefined) {
        item.stakeholders = keptStakeholders;
        measureRoles.forEach((role, index) => leftOut(`${measurePointer}/roles/${index}`, "stratmlLeftRole", { role: String(role["role"]) }));
      } else {
        const roles = new Map<string, string[]>();
        const add = (actor: unknown, word: string): void => {
          if (typeof actor === "string") roles.set(actor, [...(roles.get(actor) ?? []), word]);
        };
        add(measure["lead"], "lead");
        for (const actor of (measure["responsible"] ?? []) as string[]) add(actor, "responsible");
        for (const actor of (measure["supporting"] ?? []) as string[]) add(actor, "supporting");
        // Other roles (owner, mentor, …) are the stakeholder's Role in Part 2, what the role asks its Description.
        const asks = new Map<string, string>();
        measureRoles.forEach((role, index) => {
          const at = `${measurePointer}/roles/${index}`;
          const word = String(role["role"]);
          if (typeof role["actor"] !== "string") {
            leftOut(role["holder"] === undefined ? at : `${at}/holder`, "stratmlLeftRoleNoActor", { role: word, holder: String(role["holder"] ?? "wanted") });
            return;
          }
          add(role["actor"], word);
          const asked = t(role["asks"] as TextValue | undefined);
          if (part === 1) {
            leftOut(`${at}/role`, "stratmlLeftRolePart1", { role: word, actor: String(role["actor"]) });
            if (asked !== undefined) leftOut(`${at}/asks`, "stratmlLeftRoleAsks");
          } else if (asked !== undefined) asks.set(`${role["actor"] as string}\u0000${word}`, asked);
        });
        for (const [actor, words] of roles) {
          const stakeholder = stakeholderOf(actor, part === 1 || words.every((word) => word === "responsible") ? [] : words, undefined);
          for (const role of stakeholder.roles) {
            const description = asks.get(`${actor}\u0000${role.name ?? ""}`);
            if (description !== undefined) role.description = description;
          }
          item.stakeholders.push(stakeholder);
        }
      }
      if (measure["tags"] !== undefined) leftOut(`${measurePointer}/tags`, "stratmlLeftMeasureTags");
      const other = str(measureKept["otherInformation"]);
      if (other !== undefined) item.otherInformation = other;
      for (const field of ["start", "end", "status", "isNew", "statusHistory", "priorityYears", "related", "milestones", "budget", "footnotes"]) if (measure[field] !== undefined) count(`measures: ${field}`, `${measurePointer}/${field}`);
      for (const indicator of indicators) {
        const tracks = (indicator["tracks"] ?? []) as string[];
        if (placed.has(indicator) || !tracks.includes(`measure:${measure["id"] as string}`)) continue;
        placed.add(indicator);
        const indicatorPointer = `/indicators/${indicators.indexOf(indicator)}`;
        item.indicators.push(indicatorOf(indicator, indicatorPointer, t, count));
        tracks.forEach((_, k) => {
          if (k > 0) count("indicators' further tracks (an indicator sits under the first measure it tracks)", `${indicatorPointer}/tracks/${k}`);
        });
      }
      goal.objectives.push(item);
    });
    document.goals.push(goal);
  });
  indicators.forEach((indicator, index) => {
    if (!placed.has(indicator)) count("indicators that track no measure (StratML puts indicators under objectives)", `/indicators/${index}`);
  });
  for (const ref of objectives.keys()) if (!served.has(ref)) count("strategy objectives no chapter serves first", objectivePointers.get(ref) ?? "");

  // Administrative information: the period as start and end dates, publication date and URL.
  const admin: NonNullable<SmlDocument["admin"]> = {
    startDate: str(planKept["startDate"]) ?? `${plan.period.start}-01-01`,
    endDate: str(planKept["endDate"]) ?? `${plan.period.end}-12-31`,
  };
  const identifier = str(planKept["identifier"]) ?? (part === 2 ? plan.id : undefined);
  if (identifier !== undefined) admin.identifier = identifier;
  const publication = plan.publication as unknown as Json | undefined;
  const publicationDate = str(publication?.["date"]) ?? str(planKept["publicationDate"]);
  if (publicationDate !== undefined) admin.publicationDate = publicationDate;
  if (typeof publication?.["url"] === "string") admin.source = publication["url"];
  for (const field of ["body", "caseNumber"]) if (publication?.[field] !== undefined) count("publication.body and caseNumber", `/publication/${field}`);
  document.admin = admin;
  const submitter = submitterOf(plan, planKept);
  if (submitter !== undefined) document.submitter = submitter;
  for (const field of ["adoption", "events", "preparedBy", "summary", "tableConventions", "glossary", "developmentTasks", "revisions", "progress", "rollup"]) {
    if ((plan as unknown as Json)[field] !== undefined) count(field, `/${field}`);
  }
  ((planKept["unmapped"] ?? []) as unknown[]).forEach((_, k) => {
    count(`elements an import kept under extensions["${STRATML_EXTENSION}"].unmapped`, `/extensions/${pointerToken(STRATML_EXTENSION)}/unmapped/${k}`);
  });

  for (const [what, pointers] of counts) {
    const values = { what, ...pointerValues(pointers) };
    notCarried.push(say(notes, values.more === undefined ? "stratmlNotCarried" : "stratmlNotCarriedMany", values));
  }
  notCarried.push(...pointed);
  if (otherLanguages.size > 0) {
    notCarried.push(say(notes, "stratmlOtherLanguages", { languages: [...otherLanguages].sort().join(", "), language }));
  }
  return { document, language, notCarried };
}

/** An organisation an import read from a Generic_Group stakeholder has the kind "group", and is written as one again. */
function stakeholderType(found: { entry: Json; type: string }): string {
  return found.type === "Organization" && found.entry["kind"] === "group" ? "Generic_Group" : found.type;
}

function roleTypes(word: string): string[] {
  return word === "performer" || word === "lead" || word === "responsible" || word === "supporting" ? ["Performer"] : word === "beneficiary" ? ["Beneficiary"] : [];
}

function submitterOf(plan: Plan, planKept: Json): SmlSubmitter | undefined {
  const fromPlan = planKept["submitter"] as SmlSubmitter | undefined;
  if (fromPlan !== undefined) return fromPlan;
  for (const person of (plan.cluster?.people ?? []) as unknown as Json[]) {
    const submitter = kept(person)["submitter"] as SmlSubmitter | undefined;
    if (submitter !== undefined) return submitter;
  }
  return undefined;
}

const STAGES: Record<string, string> = { input: "Input", output: "Output", outcome: "Outcome" };

function indicatorOf(indicator: Json, at: string, t: (text: TextValue | undefined) => string | undefined, count: (what: string, pointer: string) => void): SmlIndicator {
  const indicatorKept = kept(indicator);
  const quantitative = indicator["kind"] === "quantitative";
  const item: SmlIndicator = {
    dimension: indicatorKept["noName"] === true ? "" : (t(indicator["name"] as TextValue) as string),
    unit: t(indicator["unit"] as TextValue | undefined) ?? "",
    identifier: str(indicatorKept["identifier"]) ?? (indicator["id"] as string),
    relationships: (indicatorKept["relationships"] ?? []) as SmlIndicator["relationships"],
    instances: [],
  };
  if (indicatorKept["type"] !== false) item.type = quantitative ? "Quantitative" : "Qualitative";
  const stage = str(indicatorKept["stage"]) ?? STAGES[indicator["stage"] as string];
  if (stage !== undefined) item.stage = stage;
  else if (indicator["stage"] !== undefined) count("indicators: stage impact (StratML's value chain ends at Outcome)", `${at}/stage`);
  const sequence = str(indicatorKept["sequence"]);
  if (sequence !== undefined) item.sequence = sequence;
  const description = t(indicator["description"] as TextValue | undefined);
  if (description !== undefined) item.otherInformation = description;
  for (const field of ["direction", "dimension", "source", "notes"]) if (indicator[field] !== undefined) count(`indicators: ${field}`, `${at}/${field}`);
  const value = (entry: Json, result: SmlResult): void => {
    const raw = entry["value"];
    if (typeof raw === "number") result.numberOfUnits = raw;
    else if (raw !== undefined) result.descriptorValue = t(raw as TextValue) as string;
  };
  const baseline = indicator["baseline"] as Json | undefined;
  if (baseline !== undefined) {
    const result: SmlResult = { endDate: str(baseline["date"]) ?? `${baseline["year"] as number}-12-31`, descriptorName: "Baseline" };
    value(baseline, result);
    const note = t(baseline["note"] as TextValue | undefined);
    if (note !== undefined) result.description = note;
    if (baseline["source"] !== undefined) count("indicators: baseline source", `${at}/baseline/source`);
    item.instances.push({ targets: [], actuals: [result] });
  }
  const places = (indicatorKept["places"] ?? []) as (SmlInstance["place"] | null)[];
  ((indicator["periods"] ?? []) as Json[]).forEach((period, index) => {
    const start = str(period["start"]) ?? `${period["year"] as number}-01-01`;
    const end = str(period["end"]) ?? `${period["year"] as number}-12-31`;
    const results = (list: Json[] | undefined, kind: "targets" | "actuals"): SmlResult[] =>
      (list ?? []).map((entry, n) => {
        const entryKept = kept(entry);
        const result: SmlResult = { startDate: str(entryKept["startDate"]) ?? start, endDate: str(entry["date"]) ?? end };
        value(entry, result);
        const descriptorName = str(entryKept["descriptorName"]);
        if (descriptorName !== undefined) result.descriptorName = descriptorName;
        const words = t(entry["description"] as TextValue | undefined);
        if (words !== undefined) result.description = words;
        if (entry["source"] !== undefined) count("indicators: entries' source", `${at}/periods/${index}/${kind}/${n}/source`);
        if (entry["evidence"] !== undefined) count("indicators: entries' evidence", `${at}/periods/${index}/${kind}/${n}/evidence`);
        return result;
      });
    const instance: SmlInstance = { targets: results(period["targets"] as Json[] | undefined, "targets"), actuals: results(period["actuals"] as Json[] | undefined, "actuals") };
    const place = places[index];
    if (place !== undefined && place !== null) instance.place = place;
    if (period["note"] !== undefined) count("indicators: periods' notes", `${at}/periods/${index}/note`);
    item.instances.push(instance);
  });
  for (const instance of (indicatorKept["undatedInstances"] ?? []) as SmlInstance[]) item.instances.push(instance);
  return item;
}
