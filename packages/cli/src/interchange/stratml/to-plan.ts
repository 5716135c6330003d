// A StratML document (model.ts) as a plan: one mapping, documented in docs/guides/stratml.md. Goals become chapters
// (and the strategy objectives they serve), objectives become measures, performance indicators become indicators
// tracking their measure. What the plan has no field for is kept under `extensions["org.stratml"]` of the nearest
// thing, so that an export writes it back. Ids come from StratML identifiers or sequence indicators, deterministically.
import type { Plan } from "@actionplan/core";
import { STRATML_EXTENSION, type SmlDocument, type SmlIndicator, type SmlInstance, type SmlResult, type SmlStakeholder } from "./model.js";
import type { SmlUnmapped } from "./read.js";
import { say, type ReportNotes } from "../report-words.js";

/** What mapping a document into a plan did, for the import report. */
export interface ToPlanReport {
  /** What mapped where: one line each. */
  mapped: string[];
  /** What was guessed. */
  guessed: string[];
  /** What is kept under `extensions` or needs a look, located where it can be. */
  warnings: { message: string; line?: number; column?: number }[];
  /** Problems that stop the import. */
  errors: string[];
  /** Counts for the report. */
  counts: Record<string, number>;
}

type Json = Record<string, unknown>;
type Ref = `${string}:${string}`;

const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
const DATE = /^(\d{4})-\d{2}-\d{2}$/;

/** An id from a StratML identifier or a fallback, made valid and unique among `taken`. */
function makeId(identifier: string | undefined, fallback: string, taken: Set<string>): string {
  const cleaned = (identifier ?? "").replace(/^[^A-Za-z0-9]+/, "").replace(/[^A-Za-z0-9._-]+/g, "-").slice(0, 120);
  let id = ID.test(cleaned) ? cleaned : fallback;
  if (taken.has(id)) {
    let index = 2;
    while (taken.has(`${id}-${index}`)) index += 1;
    id = `${id}-${index}`;
  }
  taken.add(id);
  return id;
}

function slug(text: string, fallback: string): string {
  const value = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return value === "" ? fallback : value;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** A description as paragraph blocks: blank lines separate paragraphs, other whitespace collapses. */
function paragraphs(text: string | undefined): { type: "paragraph"; text: string }[] {
  if (text === undefined) return [];
  return text
    .split(/\n\s*\n/)
    .map(oneLine)
    .filter((item) => item !== "")
    .map((item) => ({ type: "paragraph" as const, text: item }));
}

function year(date: string | undefined): number | undefined {
  const match = date === undefined ? null : DATE.exec(date);
  if (match === null || Number.isNaN(Date.parse(`${date}T00:00:00Z`))) return undefined;
  const value = Number(match[1]);
  return value >= 1800 && value <= 2200 ? value : undefined;
}

function keep(target: Json, data: Json): void {
  const entries = Object.entries(data).filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0));
  if (entries.length === 0) return;
  const extensions = (target["extensions"] ?? {}) as Json;
  extensions[STRATML_EXTENSION] = { ...((extensions[STRATML_EXTENSION] ?? {}) as Json), ...Object.fromEntries(entries) };
  target["extensions"] = extensions;
}

/** Maps a StratML document to a plan in `language`, keeping what does not fit under `extensions`. */
export function stratmlToPlan(document: SmlDocument, unmapped: readonly SmlUnmapped[], language: string, notes: ReportNotes = new Map()): { plan?: Plan; report: ToPlanReport } {
  const report: ToPlanReport = { mapped: [], guessed: [], warnings: [], errors: [], counts: {} };
  const dates = collectDates(document);
  const startYear = year(document.admin?.startDate) ?? dates[0];
  const endYear = year(document.admin?.endDate) ?? dates[dates.length - 1];
  if (startYear === undefined || endYear === undefined) {
    report.errors.push(say(notes, "stratmlNoDate"));
    return { report };
  }
  if (document.admin?.startDate === undefined || document.admin?.endDate === undefined) {
    report.guessed.push(say(notes, "stratmlPeriodGuessed", { start: startYear, end: Math.max(startYear, endYear) }));
  }
  const period = { start: startYear, end: Math.max(startYear, endYear) };
  const kind = document.part === 1 ? "strategy" : document.type === "Performance_Report" ? "performanceReport" : document.type === "Strategic_Plan" ? "strategy" : "performancePlan";
  const planId = makeId(document.admin?.identifier, slug(document.name, "stratml-plan"), new Set());
  const plan: Json = {
    schemaVersion: "2.0",
    id: planId,
    language,
    title: oneLine(document.name) === "" ? "(untitled)" : oneLine(document.name),
    period,
    status: "draft",
    kind,
  };
  report.mapped.push(say(notes, "stratmlKind", { element: document.part === 1 ? "StrategicPlan" : `PerformancePlanOrReport @Type ${document.type ?? "(none)"}`, kind }));
  report.guessed.push(say(notes, "stratmlStatusGuessed"));
  const kept: Json = {};
  if (document.admin?.identifier !== undefined && document.admin.identifier !== planId) kept["identifier"] = document.admin.identifier;
  if (document.otherInformation !== undefined) {
    kept["otherInformation"] = document.otherInformation;
    report.warnings.push({ message: say(notes, "stratmlOtherInformation", { extension: STRATML_EXTENSION }) });
  }
  if (document.admin?.publicationDate !== undefined || document.admin?.source !== undefined) {
    const publication: Json = {};
    if (year(document.admin.publicationDate) !== undefined) publication["date"] = document.admin.publicationDate;
    else if (document.admin.publicationDate !== undefined) kept["publicationDate"] = document.admin.publicationDate;
    if (document.admin.source !== undefined) publication["url"] = oneLine(document.admin.source);
    if (Object.keys(publication).length > 0) plan["publication"] = publication;
    report.mapped.push(say(notes, "stratmlPublication"));
  }
  if (document.admin?.startDate !== undefined && document.admin.startDate !== `${period.start}-01-01`) kept["startDate"] = document.admin.startDate;
  if (document.admin?.endDate !== undefined && document.admin.endDate !== `${period.end}-12-31`) kept["endDate"] = document.admin.endDate;

  // Actors: every stakeholder named anywhere becomes a person (Person) or an organisation (any other type), once per name.
  const people: Json[] = [];
  const organisations: Json[] = [];
  const actorIds = new Set<string>();
  const actors = new Map<string, Ref>();
  const actorEntries = new Map<Ref, Json>();
  const actorOf = (stakeholder: SmlStakeholder): Ref => {
    const person = stakeholder.type === "Person";
    const key = `${person ? "person" : "organisation"}|${oneLine(stakeholder.name)}`;
    const found = actors.get(key);
    if (found !== undefined) return found;
    const id = makeId(undefined, slug(stakeholder.name, person ? "person" : "organisation"), actorIds);
    const actorKept: Json = {};
    if (person) {
      const entry: Json = { id, name: oneLine(stakeholder.name) };
      people.push(entry);
      actorEntries.set(`person:${id}`, entry);
      actors.set(key, `person:${id}`);
      return `person:${id}`;
    }
    const entry: Json = { id, name: oneLine(stakeholder.name) };
    if (stakeholder.type === "Generic_Group") entry["kind"] = "group";
    if (stakeholder.type === undefined) actorKept["untyped"] = true;
    keep(entry, actorKept);
    organisations.push(entry);
    actorEntries.set(`organisation:${id}`, entry);
    actors.set(key, `organisation:${id}`);
    return `organisation:${id}`;
  };
  const entryOf = (ref: Ref): Json => actorEntries.get(ref) as Json;
  /** An organisation-level stakeholder: its description and roles go on the actor itself. */
  const listed = (stakeholder: SmlStakeholder): Ref | undefined => {
    if (stakeholder.name === "") return undefined;
    const ref = actorOf(stakeholder);
    const entry = entryOf(ref);
    const roleNames = stakeholder.roles.filter((role) => role.name !== undefined);
    if (ref.startsWith("person:")) {
      if (roleNames.length > 0 && entry["roles"] === undefined) entry["roles"] = roleNames.map((role) => ({ title: oneLine(role.name as string) }));
      keep(entry, { description: stakeholder.description, roles: stakeholder.roles.some((role) => role.description !== undefined || role.types.length > 0 || role.name === undefined) ? stakeholder.roles : undefined });
    } else {
      if (stakeholder.description !== undefined && entry["description"] === undefined) entry["description"] = oneLine(stakeholder.description);
      keep(entry, { roles: stakeholder.roles });
    }
    return ref;
  };

  let cluster: Json | undefined;
  const [owner, ...others] = document.organizations;
  if (owner !== undefined) {
    cluster = { name: oneLine(owner.name ?? owner.acronym ?? document.name) || "(unnamed organisation)", participants: [] };
    if (owner.acronym !== undefined) cluster["shortName"] = oneLine(owner.acronym);
    if (owner.description !== undefined) cluster["description"] = oneLine(owner.description);
    keep(cluster, { identifier: owner.identifier, stakeholders: owner.stakeholders.map(listed).filter((ref) => ref !== undefined) });
    const listedCount = owner.stakeholders.filter((item) => item.name !== "").length;
    report.mapped.push(say(notes, listedCount === 0 ? "stratmlOrganization" : "stratmlOrganizationStakeholders", { name: cluster["name"] as string, count: listedCount }));
  }
  const organisationIds = new Set<string>();
  for (const organization of others) {
    const id = makeId(organization.identifier, slug(organization.name ?? organization.acronym ?? "", "organisation"), actorIds);
    organisationIds.add(id);
    const entry: Json = { id, name: oneLine(organization.name ?? organization.acronym ?? id) };
    if (organization.acronym !== undefined) entry["abbreviation"] = oneLine(organization.acronym);
    if (organization.description !== undefined) entry["description"] = oneLine(organization.description);
    keep(entry, { organization: true, identifier: organization.identifier !== id ? organization.identifier : undefined, stakeholders: organization.stakeholders.map(listed).filter((ref) => ref !== undefined) });
    organisations.push(entry);
  }
  if (others.length > 0) report.mapped.push(say(notes, "stratmlFurtherOrganizations", { count: others.length }));

  // Strategy: vision, mission, values, and one objective per goal that says more than its name.
  const strategy: Json = { id: "strategy", title: plan["title"], period };
  const strategyKept: Json = {};
  if (document.vision?.description !== undefined) strategy["vision"] = oneLine(document.vision.description);
  if (document.mission?.description !== undefined) strategy["mission"] = oneLine(document.mission.description);
  if (document.vision !== undefined) strategyKept["vision"] = { identifier: document.vision.identifier, empty: document.vision.description === undefined ? true : undefined };
  if (document.mission !== undefined) strategyKept["mission"] = { identifier: document.mission.identifier, empty: document.mission.description === undefined ? true : undefined };
  if (document.values.length > 0) {
    strategy["values"] = document.values.map((value) => {
      const name = oneLine(value.name ?? value.description ?? "");
      return value.name !== undefined && value.description !== undefined ? { name, description: oneLine(value.description) } : { name };
    });
    if (document.values.some((value) => value.name === undefined)) strategyKept["valuesWithoutName"] = document.values.map((value) => value.name === undefined);
    report.mapped.push(say(notes, "stratmlValues", { count: document.values.length }));
  }
  for (const which of ["Vision", "Mission"] as const) if (document[which === "Vision" ? "vision" : "mission"] !== undefined) report.mapped.push(say(notes, "stratmlVisionMission", { element: which, field: which.toLowerCase() }));

  const chapters: Json[] = [];
  const objectives: Json[] = [];
  const indicators: Json[] = [];
  const chapterIds = new Set<string>();
  const measureIds = new Set<string>();
  const indicatorIds = new Set<string>();
  if (document.description !== undefined) {
    chapterIds.add("introduction");
    chapters.push({ id: "introduction", number: "0", title: plan["title"], kind: "introduction", content: paragraphs(document.description) });
    report.mapped.push(say(notes, "stratmlDescription"));
  }
  let measureCount = 0;
  document.goals.forEach((goal, goalIndex) => {
    const number = goal.sequence ?? String(goalIndex + 1);
    const id = makeId(goal.identifier, `goal-${slug(number, String(goalIndex + 1))}`, chapterIds);
    const chapter: Json = { id, number, title: oneLine(goal.name) || `Goal ${number}`, kind: "objective" };
    const chapterKept: Json = { identifier: goal.identifier !== undefined && goal.identifier !== id ? goal.identifier : undefined, sequence: goal.sequence === undefined ? false : undefined, noName: goal.name === "" ? true : undefined };
    if (goal.otherInformation !== undefined) chapter["content"] = paragraphs(goal.otherInformation);
    if (goal.description !== "" || goal.stakeholders.length > 0) {
      const objective: Json = { id, number: objectives.some((item) => item["number"] === number) ? `${number}-${goalIndex + 1}` : number, name: chapter["title"] };
      if (goal.description !== "") objective["description"] = oneLine(goal.description);
      const stakeholders = stakeholderEntries(goal.stakeholders, actorOf);
      if (stakeholders.length > 0) objective["stakeholders"] = stakeholders;
      if (goal.stakeholders.some((item) => item.name === "" || item.roles.some((role) => role.description !== undefined || role.types.length > 1))) keep(objective, { stakeholders: goal.stakeholders });
      objectives.push(objective);
      chapter["objectives"] = [`objective:${id}`];
    }
    const items = goal.objectives.map((objective, index) => {
      measureCount += 1;
      const measureId = makeId(objective.identifier, `${id}-${slug(objective.sequence ?? "", String(index + 1))}`, measureIds);
      const measure: Json = { id: measureId, number: index + 1, text: oneLine(objective.name ?? objective.description ?? `Objective ${index + 1}`) };
      const description = objective.name === undefined ? [] : paragraphs(objective.description);
      if (description.length > 0) measure["description"] = description;
      // Roles named lead, responsible or supporting (as an export writes them) map to the measure's fields; any
      // other role, a description or a Beneficiary keeps the stakeholders as written under extensions.
      const plain = objective.stakeholders.every(
        (item) => item.name !== "" && item.description === undefined && item.roles.every((role) => role.description === undefined && ["lead", "responsible", "supporting"].includes(role.name ?? "") && role.types.every((type) => type === "Performer")),
      );
      const named = (word: string): Ref[] => [...new Set(objective.stakeholders.filter((item) => item.name !== "" && item.roles.some((role) => role.name === word)).map(actorOf))];
      const lead = plain ? named("lead")[0] : undefined;
      const responsible = plain
        ? [...new Set([...named("responsible"), ...objective.stakeholders.filter((item) => item.roles.length === 0).map(actorOf)])]
        : [...new Set(objective.stakeholders.filter((item) => item.name !== "").map(actorOf))];
      const supporting = plain ? named("supporting") : [];
      if (responsible.length > 0) measure["responsible"] = responsible;
      if (lead !== undefined) measure["lead"] = lead;
      if (supporting.length > 0) measure["supporting"] = supporting;
      keep(measure, {
        identifier: objective.identifier !== undefined && objective.identifier !== measureId ? objective.identifier : undefined,
        sequence: objective.sequence !== String(index + 1) ? (objective.sequence ?? false) : undefined,
        nameFromDescription: objective.name === undefined && objective.description !== undefined ? true : undefined,
        otherInformation: objective.otherInformation,
        stakeholders: plain ? undefined : objective.stakeholders,
      });
      for (const [position, indicator] of objective.indicators.entries()) indicators.push(indicatorOf(indicator, measureId, position, indicatorIds, report, notes));
      return measure;
    });
    if (items.length > 0) chapter["measures"] = { items };
    keep(chapter, chapterKept);
    chapters.push(chapter);
  });
  if (document.goals.length > 0) report.mapped.push(say(notes, "stratmlGoals", { count: document.goals.length }));
  if (measureCount > 0) report.mapped.push(say(notes, "stratmlObjectives", { count: measureCount }));
  if (indicators.length > 0) report.mapped.push(say(notes, "stratmlIndicators", { count: indicators.length }));
  if (chapters.length === 0) {
    report.errors.push(say(notes, "stratmlNoChapter"));
    return { report };
  }
  plan["chapters"] = chapters;
  if (indicators.length > 0) plan["indicators"] = indicators;
  if (objectives.length > 0) strategy["objectives"] = objectives;
  keep(strategy, strategyKept);
  if (document.vision !== undefined || document.mission !== undefined || document.values.length > 0 || objectives.length > 0) plan["strategy"] = strategy;

  if (document.submitter !== undefined) {
    const submitter = document.submitter;
    const name = oneLine([submitter.givenName, submitter.surname].filter((item) => item !== undefined).join(" "));
    if (name !== "" && cluster !== undefined) {
      const id = makeId(undefined, slug(name, "submitter"), actorIds);
      const person: Json = { id, name };
      if (submitter.email !== undefined && /^[^\s@<>()",;:]{1,64}@[^\s@<>()",;:]{1,190}\.[^\s@<>()",;:.]{1,63}$/.test(submitter.email)) person["contact"] = { email: submitter.email };
      keep(person, { submitter });
      people.push(person);
      report.mapped.push(say(notes, "stratmlSubmitter", { name, id }));
    } else {
      kept["submitter"] = submitter;
      report.warnings.push({ message: say(notes, "stratmlSubmitterKept", { extension: STRATML_EXTENSION }) });
    }
  }
  if (cluster === undefined && (people.length > 0 || organisations.length > 0)) {
    cluster = { name: plan["title"], participants: [] };
    keep(cluster, { synthetic: true });
    report.guessed.push(say(notes, "stratmlClusterGuessed"));
  }
  if (cluster !== undefined) {
    if (people.length > 0) cluster["people"] = people;
    if (organisations.length > 0) cluster["organisations"] = organisations;
    plan["cluster"] = cluster;
  }
  if (unmapped.length > 0) {
    kept["unmapped"] = unmapped.map((item) => ({ path: item.path, text: item.text, ...(item.line === undefined ? {} : { line: item.line }) }));
    for (const item of unmapped) {
      report.warnings.push({
        message: say(notes, "stratmlUnmapped", { element: item.path.split("/").pop() as string, path: item.path, extension: STRATML_EXTENSION }),
        ...(item.line === undefined ? {} : { line: item.line }),
        ...(item.column === undefined ? {} : { column: item.column }),
      });
    }
  }
  keep(plan, kept);
  report.counts = { goals: document.goals.length, objectives: measureCount, indicators: indicators.length, people: people.length, organisations: organisations.length, unmapped: unmapped.length };
  return { plan: plan as unknown as Plan, report };
}

/** Goal stakeholders as strategy-objective stakeholders: one entry per role (a stakeholder without a role is a "stakeholder"). */
function stakeholderEntries(stakeholders: readonly SmlStakeholder[], actorOf: (stakeholder: SmlStakeholder) => Ref): Json[] {
  const entries: Json[] = [];
  for (const stakeholder of stakeholders) {
    if (stakeholder.name === "") continue;
    const actor = actorOf(stakeholder);
    const roles = stakeholder.roles.length === 0 ? [{ name: undefined, types: [] as string[] }] : stakeholder.roles;
    for (const role of roles) {
      const word = role.name ?? (role.types[0] === "Beneficiary" ? "beneficiary" : role.types[0] === "Performer" ? "performer" : "stakeholder");
      const entry: Json = { actor, role: oneLine(word) || "stakeholder" };
      if (stakeholder.description !== undefined) entry["description"] = oneLine(stakeholder.description);
      entries.push(entry);
    }
  }
  return entries;
}

const STAGES: Record<string, string> = { Input: "input", Output: "output", Outcome: "outcome" };

function indicatorOf(indicator: SmlIndicator, measureId: string, position: number, taken: Set<string>, report: ToPlanReport, notes: ReportNotes): Json {
  const id = makeId(indicator.identifier, `${measureId}-indicator-${position + 1}`, taken);
  const results = indicator.instances.flatMap((instance) => [...instance.targets, ...instance.actuals]);
  const quantitative = indicator.type === "Quantitative" || (indicator.type !== "Qualitative" && results.some((result) => result.numberOfUnits !== undefined));
  const entry: Json = { id, name: oneLine(indicator.dimension) || `Indicator ${position + 1}`, kind: quantitative ? "quantitative" : "qualitative", tracks: [`measure:${measureId}`] };
  if (indicator.unit !== "") entry["unit"] = oneLine(indicator.unit);
  if (indicator.otherInformation !== undefined) entry["description"] = oneLine(indicator.otherInformation);
  const stage = indicator.stage === undefined ? undefined : STAGES[indicator.stage];
  if (stage !== undefined) entry["stage"] = stage;
  const kept: Json = {
    identifier: indicator.identifier !== undefined && indicator.identifier !== id ? indicator.identifier : undefined,
    sequence: indicator.sequence,
    stage: indicator.stage !== undefined && stage === undefined ? indicator.stage : undefined,
    type: indicator.type === undefined ? false : undefined,
    noName: indicator.dimension === "" ? true : undefined,
    relationships: indicator.relationships,
  };
  const periods: Json[] = [];
  const undated: SmlInstance[] = [];
  const places: (SmlInstance["place"] | null)[] = [];
  indicator.instances.forEach((instance, index) => {
    const only = instance.targets.length === 0 && instance.actuals.length === 1 ? instance.actuals[0] : undefined;
    if (index === 0 && only?.descriptorName === "Baseline" && (only.numberOfUnits !== undefined || only.descriptorValue !== undefined) && year(only.endDate) !== undefined) {
      const value = quantitative ? only.numberOfUnits : only.descriptorValue;
      if (value !== undefined) {
        entry["baseline"] = { year: year(only.endDate), date: only.endDate, value, ...(only.description === undefined ? {} : { note: oneLine(only.description) }) };
        return;
      }
    }
    const period = periodOf(instance, quantitative);
    if (period === undefined) {
      undated.push(instance);
      return;
    }
    periods.push(period);
    places.push(instance.place ?? null);
  });
  if (periods.length > 0) entry["periods"] = periods;
  if (undated.length > 0) {
    kept["undatedInstances"] = undated;
    report.warnings.push({ message: say(notes, "stratmlUndated", { id, count: undated.length, extension: STRATML_EXTENSION }) });
  }
  if (places.some((place) => place !== null)) kept["places"] = places;
  keep(entry, kept);
  return entry;
}

function periodOf(instance: SmlInstance, quantitative: boolean): Json | undefined {
  const results = [...instance.targets, ...instance.actuals];
  const starts = results.map((result) => result.startDate).filter((date): date is string => year(date) !== undefined).sort();
  const ends = results.flatMap((result) => [result.endDate, result.startDate]).filter((date): date is string => year(date) !== undefined).sort();
  const last = ends[ends.length - 1];
  if (last === undefined) return undefined;
  const first = starts[0];
  const period: Json = {};
  if (first === undefined) {
    const all = ends.map((date) => year(date));
    if (all.every((item) => item === all[0])) period["year"] = all[0];
    else {
      period["start"] = ends[0];
      period["end"] = last;
    }
  } else if (first === `${year(first) as number}-01-01` && last === `${year(first) as number}-12-31`) {
    period["year"] = year(first);
  } else {
    period["start"] = first;
    period["end"] = last;
  }
  const end = (period["end"] as string | undefined) ?? `${period["year"] as number}-12-31`;
  const start = (period["start"] as string | undefined) ?? `${period["year"] as number}-01-01`;
  const entries = (list: readonly SmlResult[]): Json[] =>
    list.flatMap((result) => {
      const item: Json = {};
      if (result.endDate !== undefined && year(result.endDate) !== undefined && result.endDate !== end) item["date"] = result.endDate;
      else if (result.endDate === undefined && result.startDate !== undefined && year(result.startDate) !== undefined && result.startDate !== start) item["date"] = result.startDate;
      if (quantitative && result.numberOfUnits !== undefined) item["value"] = result.numberOfUnits;
      if (!quantitative && result.descriptorValue !== undefined) item["value"] = oneLine(result.descriptorValue);
      const words = [result.description, quantitative ? result.descriptorValue : undefined, !quantitative && result.numberOfUnits !== undefined ? String(result.numberOfUnits) : undefined].filter((text) => text !== undefined);
      if (words.length > 0) item["description"] = oneLine(words.join(" "));
      const resultKept: Json = {
        startDate: result.startDate !== undefined && result.startDate !== start ? result.startDate : undefined,
        descriptorName: result.descriptorName,
      };
      keep(item, resultKept);
      return item["value"] === undefined && item["description"] === undefined ? [] : [item];
    });
  const targets = entries(instance.targets);
  const actuals = entries(instance.actuals);
  if (targets.length === 0 && actuals.length === 0) return undefined;
  if (targets.length > 0) period["targets"] = targets;
  if (actuals.length > 0) period["actuals"] = actuals;
  return period;
}

function collectDates(document: SmlDocument): number[] {
  const found: (string | undefined)[] = [document.admin?.startDate, document.admin?.endDate, document.admin?.publicationDate];
  for (const goal of document.goals) {
    for (const objective of goal.objectives) {
      for (const indicator of objective.indicators) {
        for (const instance of indicator.instances) for (const result of [...instance.targets, ...instance.actuals]) found.push(result.startDate, result.endDate);
      }
    }
  }
  return found
    .map(year)
    .filter((item): item is number => item !== undefined)
    .sort((a, b) => a - b);
}
