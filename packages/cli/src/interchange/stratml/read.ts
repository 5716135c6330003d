// Reads a StratML file into plain objects (model.ts), accepting what real files do: elements in any order, older
// element names (FirstName, LastName, IndicatorType), namespaces of earlier drafts or none, empty elements. Each
// deviation is a located warning; elements it does not know are kept as `unmapped`, never dropped. Parsing goes
// through xml-safe.ts (no DOCTYPE, bounded depth). Browser-safe.
import type { Element } from "@xmldom/xmldom";
import { say, type ReportNotes } from "../report-words.js";
import { CDATA_NODE, ELEMENT_NODE, elementChildren, located, parseUntrustedXml, sniffRoot, TEXT_NODE, type XmlProblem } from "../xml-safe.js";
import {
  EARLIER_NAMESPACES,
  PART1_NAMESPACE,
  PART2_NAMESPACE,
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
} from "./model.js";

/** An element the reader does not map, kept with its path and text. */
export interface SmlUnmapped {
  /** Element names from the root, e.g. `StrategicPlanCore/Goal/Foo`. */
  path: string;
  /** Its text, whitespace collapsed. */
  text: string;
  /** Where it starts. */
  line?: number;
  /** Where it starts. */
  column?: number;
}

/** A StratML file as read: the document with its warnings and unmapped elements, or the problems that stopped it. */
export type SmlReadResult =
  | { ok: true; document: SmlDocument; warnings: XmlProblem[]; unmapped: SmlUnmapped[] }
  | { ok: false; problems: XmlProblem[] };

const ROOTS = new Set(["StrategicPlan", "PerformancePlanOrReport"]);
const KNOWN_NAMESPACES = new Set([PART1_NAMESPACE, PART2_NAMESPACE, ...EARLIER_NAMESPACES]);
/** Older element names and the names the schemas give them now. */
const OLDER_NAMES: Record<string, string> = { FirstName: "GivenName", LastName: "Surname", EmailAddr: "EmailAddress", Phone: "PhoneNumber" };
const KIND = { what: "a StratML file", depthHint: "a StratML plan nests fewer than 15 levels" };

/** Whether a text is StratML: XML whose root is `StrategicPlan` or `PerformancePlanOrReport` in a StratML namespace or none. */
export function isStratml(text: string): boolean {
  const root = sniffRoot(text);
  return root !== undefined && ROOTS.has(root.localName ?? "") && (root.namespaceURI === null || KNOWN_NAMESPACES.has(root.namespaceURI));
}

/** The text of an element and its descendants, trimmed, line ends as `\n` (no recursion). */
export function elementText(element: Element): string {
  let text = "";
  const stack: Element[] = [element];
  while (stack.length > 0) {
    const item = stack.pop() as Element;
    const children: Element[] = [];
    for (let node = item.firstChild; node !== null; node = node.nextSibling) {
      if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_NODE) text += node.nodeValue ?? "";
      else if (node.nodeType === ELEMENT_NODE) children.push(node as Element);
    }
    for (let index = children.length - 1; index >= 0; index -= 1) stack.push(children[index] as Element);
  }
  return text.replace(/\r\n?/g, "\n").trim();
}

class Reader {
  readonly warnings: XmlProblem[] = [];
  constructor(readonly notes: ReportNotes) {}
  readonly unmapped: SmlUnmapped[] = [];
  private readonly renamed = new Set<string>();

  /** The element children by (current) name, marking which ones the caller takes; the rest become `unmapped`. */
  children(element: Element, path: string, known: readonly string[]): Map<string, Element[]> {
    const byName = new Map<string, Element[]>();
    for (const child of elementChildren(element)) {
      let name = child.localName ?? child.tagName;
      const newer = OLDER_NAMES[name];
      if (newer !== undefined) {
        if (!this.renamed.has(name)) this.warnings.push({ message: say(this.notes, "stratmlOlderName", { name, newer }), ...located(child) });
        this.renamed.add(name);
        name = newer;
      }
      if (!known.includes(name)) {
        const text = elementText(child).replace(/\s+/g, " ");
        this.unmapped.push({ path: `${path}/${name}`, text, ...located(child) });
        continue;
      }
      byName.set(name, [...(byName.get(name) ?? []), child]);
    }
    return byName;
  }
}

function text(map: Map<string, Element[]>, name: string): string | undefined {
  const element = map.get(name)?.[0];
  if (element === undefined) return undefined;
  const value = elementText(element);
  return value === "" ? undefined : value;
}

function all(map: Map<string, Element[]>, name: string): Element[] {
  return map.get(name) ?? [];
}

function attribute(element: Element, name: string): string | undefined {
  const value = element.getAttribute(name);
  return value === null || value.trim() === "" ? undefined : value.trim();
}

/** Reads a StratML file (Part 1 or Part 2). */
export function readStratml(source: string, notes: ReportNotes = new Map()): SmlReadResult {
  const parsed = parseUntrustedXml(source, KIND);
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  const root = parsed.root;
  const name = root.localName ?? "";
  if (!ROOTS.has(name)) {
    return { ok: false, problems: [{ message: say(notes, "stratmlNotStratml", { found: root.tagName }), ...located(root) }] };
  }
  const reader = new Reader(notes);
  const namespace = root.namespaceURI;
  const part: 1 | 2 = name === "StrategicPlan" ? 1 : 2;
  const expected = part === 1 ? PART1_NAMESPACE : PART2_NAMESPACE;
  if (namespace === null) {
    reader.warnings.push({ message: say(notes, "stratmlNoNamespace", { name, part, expected }), ...located(root) });
  } else if (namespace !== expected) {
    if (!KNOWN_NAMESPACES.has(namespace)) {
      return { ok: false, problems: [{ message: say(notes, "stratmlForeignNamespace", { name, namespace, expected }), ...located(root) }] };
    }
    reader.warnings.push({ message: say(notes, "stratmlDraftNamespace", { name, namespace, part, expected }), ...located(root) });
  }
  const top = reader.children(root, name, ["Name", "Description", "OtherInformation", "StrategicPlanCore", "AdministrativeInformation", "Submitter"]);
  const document: SmlDocument = { part, name: text(top, "Name") ?? "", organizations: [], values: [], goals: [] };
  if (document.name === "") reader.warnings.push({ message: say(notes, "stratmlNoName", { name }), ...located(root) });
  if (part === 2) {
    const type = attribute(root, "Type");
    if (type === undefined) reader.warnings.push({ message: say(notes, "stratmlNoType"), ...located(root) });
    else document.type = type;
  }
  const description = text(top, "Description");
  if (description !== undefined) document.description = description;
  const other = text(top, "OtherInformation");
  if (other !== undefined) document.otherInformation = other;
  const core = all(top, "StrategicPlanCore")[0];
  if (core === undefined) {
    return { ok: false, problems: [{ message: say(notes, "stratmlNoCore", { name }), ...located(root) }] };
  }
  const corePath = `${name}/StrategicPlanCore`;
  const parts = reader.children(core, corePath, ["Organization", "Vision", "Mission", "Value", "Goal"]);
  for (const element of all(parts, "Organization")) document.organizations.push(readOrganization(reader, element, `${corePath}/Organization`));
  for (const which of ["Vision", "Mission"] as const) {
    const element = all(parts, which)[0];
    if (element === undefined) continue;
    const fields = reader.children(element, `${corePath}/${which}`, ["Description", "Identifier"]);
    const item: { description?: string; identifier?: string } = {};
    const itemDescription = text(fields, "Description");
    if (itemDescription !== undefined) item.description = itemDescription;
    const identifier = text(fields, "Identifier");
    if (identifier !== undefined) item.identifier = identifier;
    if (which === "Vision") document.vision = item;
    else document.mission = item;
  }
  for (const element of all(parts, "Value")) {
    const fields = reader.children(element, `${corePath}/Value`, ["Name", "Description"]);
    const value: { name?: string; description?: string } = {};
    const valueName = text(fields, "Name");
    if (valueName !== undefined) value.name = valueName;
    const valueDescription = text(fields, "Description");
    if (valueDescription !== undefined) value.description = valueDescription;
    if (value.name !== undefined || value.description !== undefined) document.values.push(value);
  }
  for (const element of all(parts, "Goal")) document.goals.push(readGoal(reader, element, `${corePath}/Goal`));
  const admin = all(top, "AdministrativeInformation")[0];
  if (admin !== undefined) {
    const fields = reader.children(admin, `${name}/AdministrativeInformation`, ["Identifier", "StartDate", "EndDate", "PublicationDate", "Source", "Submitter"]);
    const info: NonNullable<SmlDocument["admin"]> = {};
    for (const [key, element] of [
      ["identifier", "Identifier"],
      ["startDate", "StartDate"],
      ["endDate", "EndDate"],
      ["publicationDate", "PublicationDate"],
      ["source", "Source"],
    ] as const) {
      const value = text(fields, element);
      if (value !== undefined) info[key] = value;
    }
    document.admin = info;
    const submitter = all(fields, "Submitter")[0];
    if (submitter !== undefined) document.submitter = readSubmitter(reader, submitter, `${name}/AdministrativeInformation/Submitter`);
  }
  const submitter = all(top, "Submitter")[0];
  if (submitter !== undefined) document.submitter = readSubmitter(reader, submitter, `${name}/Submitter`);
  return { ok: true, document, warnings: reader.warnings, unmapped: reader.unmapped.filter((item) => item.text !== "") };
}

function readSubmitter(reader: Reader, element: Element, path: string): SmlSubmitter {
  const fields = reader.children(element, path, ["Identifier", "GivenName", "Surname", "PhoneNumber", "EmailAddress"]);
  const submitter: SmlSubmitter = {};
  for (const [key, name] of [
    ["identifier", "Identifier"],
    ["givenName", "GivenName"],
    ["surname", "Surname"],
    ["phone", "PhoneNumber"],
    ["email", "EmailAddress"],
  ] as const) {
    const value = text(fields, name);
    if (value !== undefined) submitter[key] = value;
  }
  return submitter;
}

function readOrganization(reader: Reader, element: Element, path: string): SmlOrganization {
  const fields = reader.children(element, path, ["Name", "Acronym", "Identifier", "Description", "Stakeholder"]);
  const organization: SmlOrganization = { stakeholders: readStakeholders(reader, all(fields, "Stakeholder"), `${path}/Stakeholder`) };
  for (const [key, name] of [
    ["name", "Name"],
    ["acronym", "Acronym"],
    ["identifier", "Identifier"],
    ["description", "Description"],
  ] as const) {
    const value = text(fields, name);
    if (value !== undefined) organization[key] = value;
  }
  return organization;
}

function readStakeholders(reader: Reader, elements: Element[], path: string): SmlStakeholder[] {
  const stakeholders: SmlStakeholder[] = [];
  for (const element of elements) {
    const fields = reader.children(element, path, ["Name", "Description", "Role", "GivenName", "Surname"]);
    const given = text(fields, "GivenName");
    const surname = text(fields, "Surname");
    const name = text(fields, "Name") ?? [given, surname].filter((item) => item !== undefined).join(" ");
    const roles: SmlRole[] = [];
    for (const roleElement of all(fields, "Role")) {
      const roleFields = reader.children(roleElement, `${path}/Role`, ["Name", "Description", "RoleType"]);
      const role: SmlRole = { types: all(roleFields, "RoleType").map(elementText).filter((value) => value !== "") };
      const roleName = text(roleFields, "Name");
      if (roleName !== undefined) role.name = roleName;
      const roleDescription = text(roleFields, "Description");
      if (roleDescription !== undefined) role.description = roleDescription;
      if (role.name !== undefined || role.description !== undefined || role.types.length > 0) roles.push(role);
    }
    const description = text(fields, "Description");
    // Real files hold empty placeholders (<Stakeholder><Name/>…): a stakeholder with no name and nothing else says
    // nothing and is left out; one with no name but a description or a role is kept as it is.
    if (name === "" && description === undefined && roles.length === 0) continue;
    const stakeholder: SmlStakeholder = { name, roles };
    if (description !== undefined) stakeholder.description = description;
    const type = attribute(element, "StakeholderTypeType");
    if (type !== undefined) stakeholder.type = type;
    stakeholders.push(stakeholder);
  }
  return stakeholders;
}

function readGoal(reader: Reader, element: Element, path: string): SmlGoal {
  const fields = reader.children(element, path, ["Name", "Description", "Identifier", "SequenceIndicator", "Stakeholder", "OtherInformation", "Objective"]);
  const goal: SmlGoal = {
    name: text(fields, "Name") ?? "",
    description: text(fields, "Description") ?? "",
    stakeholders: readStakeholders(reader, all(fields, "Stakeholder"), `${path}/Stakeholder`),
    objectives: all(fields, "Objective").map((item) => readObjective(reader, item, `${path}/Objective`)),
  };
  const identifier = text(fields, "Identifier");
  if (identifier !== undefined) goal.identifier = identifier;
  const sequence = text(fields, "SequenceIndicator");
  if (sequence !== undefined) goal.sequence = sequence;
  const other = text(fields, "OtherInformation");
  if (other !== undefined) goal.otherInformation = other;
  return goal;
}

function readObjective(reader: Reader, element: Element, path: string): SmlObjective {
  const fields = reader.children(element, path, ["Name", "Description", "Identifier", "SequenceIndicator", "Stakeholder", "OtherInformation", "PerformanceIndicator"]);
  const objective: SmlObjective = {
    stakeholders: readStakeholders(reader, all(fields, "Stakeholder"), `${path}/Stakeholder`),
    indicators: all(fields, "PerformanceIndicator").map((item) => readIndicator(reader, item, `${path}/PerformanceIndicator`)),
  };
  for (const [key, name] of [
    ["name", "Name"],
    ["description", "Description"],
    ["identifier", "Identifier"],
    ["sequence", "SequenceIndicator"],
    ["otherInformation", "OtherInformation"],
  ] as const) {
    const value = text(fields, name);
    if (value !== undefined) objective[key] = value;
  }
  return objective;
}

function readIndicator(reader: Reader, element: Element, path: string): SmlIndicator {
  const fields = reader.children(element, path, ["SequenceIndicator", "MeasurementDimension", "UnitOfMeasurement", "Identifier", "Relationship", "MeasurementInstance", "OtherInformation"]);
  const indicator: SmlIndicator = { dimension: text(fields, "MeasurementDimension") ?? "", unit: text(fields, "UnitOfMeasurement") ?? "", relationships: [], instances: [] };
  const sequence = text(fields, "SequenceIndicator");
  if (sequence !== undefined) indicator.sequence = sequence;
  const identifier = text(fields, "Identifier");
  if (identifier !== undefined) indicator.identifier = identifier;
  const other = text(fields, "OtherInformation");
  if (other !== undefined) indicator.otherInformation = other;
  const stage = attribute(element, "ValueChainStage");
  if (stage !== undefined) indicator.stage = stage;
  const type = attribute(element, "PerformanceIndicatorType") ?? attribute(element, "IndicatorType");
  if (attribute(element, "PerformanceIndicatorType") === undefined && type !== undefined) {
    reader.warnings.push({ message: say(reader.notes, "stratmlOlderIndicatorType", { type }), ...located(element) });
  }
  if (type !== undefined) indicator.type = type;
  for (const item of all(fields, "Relationship")) {
    const parts = reader.children(item, `${path}/Relationship`, ["Identifier", "ReferentIdentifier", "Name", "Description"]);
    const relationship: SmlIndicator["relationships"][number] = { referents: all(parts, "ReferentIdentifier").map(elementText).filter((value) => value !== "") };
    for (const [key, name] of [
      ["identifier", "Identifier"],
      ["name", "Name"],
      ["description", "Description"],
    ] as const) {
      const value = text(parts, name);
      if (value !== undefined) relationship[key] = value;
    }
    const relationshipType = attribute(item, "RelationshipType");
    if (relationshipType !== undefined) relationship.type = relationshipType;
    if (relationship.referents.length > 0 || relationship.identifier !== undefined || relationship.name !== undefined || relationship.description !== undefined) {
      indicator.relationships.push(relationship);
    }
  }
  for (const item of all(fields, "MeasurementInstance")) {
    const parts = reader.children(item, `${path}/MeasurementInstance`, ["Place", "TargetResult", "ActualResult"]);
    const instance: SmlInstance = {
      targets: all(parts, "TargetResult").map((result) => readResult(reader, result, `${path}/MeasurementInstance/TargetResult`)),
      actuals: all(parts, "ActualResult").map((result) => readResult(reader, result, `${path}/MeasurementInstance/ActualResult`)),
    };
    const place = all(parts, "Place")[0];
    if (place !== undefined) {
      const placeFields = reader.children(place, `${path}/MeasurementInstance/Place`, ["Name", "PlaceIdentifier"]);
      const placeName = text(placeFields, "Name");
      if (placeName !== undefined) {
        instance.place = { name: placeName };
        const placeIdentifier = text(placeFields, "PlaceIdentifier");
        if (placeIdentifier !== undefined) instance.place.identifier = placeIdentifier;
      }
    }
    indicator.instances.push(instance);
  }
  return indicator;
}

function readResult(reader: Reader, element: Element, path: string): SmlResult {
  const fields = reader.children(element, path, ["StartDate", "EndDate", "NumberOfUnits", "Descriptor", "Description"]);
  const result: SmlResult = {};
  const start = text(fields, "StartDate");
  if (start !== undefined) result.startDate = start;
  const end = text(fields, "EndDate");
  if (end !== undefined) result.endDate = end;
  const units = text(fields, "NumberOfUnits");
  if (units !== undefined) {
    const number = Number(units.replace(/,/g, ""));
    if (Number.isFinite(number) && units.trim() !== "") result.numberOfUnits = number;
    else {
      reader.warnings.push({ message: say(reader.notes, "stratmlUnitsNotNumber", { units }), ...located(all(fields, "NumberOfUnits")[0]) });
      result.descriptorValue = units;
    }
  }
  const descriptor = all(fields, "Descriptor")[0];
  if (descriptor !== undefined) {
    const parts = reader.children(descriptor, `${path}/Descriptor`, ["DescriptorName", "DescriptorValue"]);
    const descriptorName = text(parts, "DescriptorName");
    if (descriptorName !== undefined) result.descriptorName = descriptorName;
    const descriptorValue = text(parts, "DescriptorValue");
    if (descriptorValue !== undefined) result.descriptorValue = descriptorValue;
  }
  const description = text(fields, "Description");
  if (description !== undefined) result.description = description;
  return result;
}
