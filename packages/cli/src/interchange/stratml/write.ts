// Writes a StratML document (model.ts) as XML that validates against the ISO schemas: elements in schema order,
// identifiers as xsd:ID, dates as xsd:date, numbers as xsd:decimal. What a part cannot hold is returned as notes,
// never dropped silently. Builds a DOM with @xmldom/xmldom; no string concatenation of XML. Browser-safe.
import { say, type ReportCode, type ReportNotes, type ReportValues } from "../report-words.js";
import { DOMImplementation, XMLSerializer, type Document, type Element } from "@xmldom/xmldom";
import {
  PART1_NAMESPACE,
  PART2_NAMESPACE,
  type SmlDocument,
  type SmlGoal,
  type SmlIndicator,
  type SmlObjective,
  type SmlOrganization,
  type SmlResult,
  type SmlStakeholder,
  type SmlSubmitter,
} from "./model.js";

const STAKEHOLDER_TYPES = new Set(["Person", "Organization", "Generic_Group"]);
const ROLE_TYPES = new Set(["Performer", "Beneficiary"]);
const STAGES = new Set(["Outcome", "Output_Processing", "Output", "Input_Processing", "Input"]);
const INDICATOR_TYPES = new Set(["Quantitative", "Qualitative"]);
const RELATIONSHIP_TYPES = new Set(["Broader_Than", "Peer_To", "Narrower_Than"]);
const PART2_TYPES = new Set(["Strategic_Plan", "Performance_Plan", "Performance_Report"]);

/** Whether a string is an XML NCName as xsd:ID needs (ASCII letters, digits, `_`, `-`, `.`; not starting with a digit, `-` or `.`). */
export function isNcName(value: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_.-]*$/.test(value);
}

/** Whether a string is an xsd:date of the form YYYY-MM-DD. */
function isDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
}

/** A number written as an xsd:decimal: plain digits, never exponent notation. */
export function decimal(value: number): string {
  const text = String(value);
  if (!/e/i.test(text)) return text;
  const [mantissa = "0", exponentText = "0"] = text.toLowerCase().split("e");
  const exponent = Number(exponentText);
  const negative = mantissa.startsWith("-");
  const [whole = "0", fraction = ""] = mantissa.replace("-", "").split(".");
  const digits = whole + fraction;
  const point = whole.length + exponent;
  const plain =
    point <= 0 ? `0.${"0".repeat(-point)}${digits}` : point >= digits.length ? digits + "0".repeat(point - digits.length) : `${digits.slice(0, point)}.${digits.slice(point)}`;
  return `${negative ? "-" : ""}${plain}`;
}

/** The digits an xsd:decimal may have for libxml2 (xmllint) to accept it; longer ones are rounded, with a note. */
export const MAX_DECIMAL_DIGITS = 24;

/** A number as an xsd:decimal of at most {@link MAX_DECIMAL_DIGITS} digits: exact when it fits, rounded otherwise. */
export function fitDecimal(value: number): string {
  const digits = (text: string): number => text.replace(/^-?0?\.?/, "").replace(/[-.]/g, "").length;
  let text = decimal(value);
  for (let places = 20; digits(text) > MAX_DECIMAL_DIGITS && places >= 0; places -= 1) text = decimal(Number(value.toFixed(places)));
  return text === "-0" ? "0" : text;
}

class Writer {
  readonly document: Document;
  readonly namespace: string;
  /** The notes on what was not written as it stood, one line each. */
  readonly lines: string[] = [];
  private readonly ids = new Set<string>();

  constructor(
    part: 1 | 2,
    private readonly notes: ReportNotes,
  ) {
    this.namespace = part === 1 ? PART1_NAMESPACE : PART2_NAMESPACE;
    this.document = new DOMImplementation().createDocument(this.namespace, part === 1 ? "StrategicPlan" : "PerformancePlanOrReport", null);
  }

  /** Notes the line `code` with `values`. */
  note(code: ReportCode, values: ReportValues): void {
    this.lines.push(say(this.notes, code, values));
  }

  /** Appends an element, indented by whitespace, with a text if given. */
  element(parent: Element, name: string, depth: number, text?: string): Element {
    parent.appendChild(this.document.createTextNode(`\n${"  ".repeat(depth)}`));
    const element = this.document.createElementNS(this.namespace, name);
    if (text !== undefined) element.appendChild(this.document.createTextNode(text));
    parent.appendChild(element);
    return element;
  }

  close(element: Element, depth: number): void {
    element.appendChild(this.document.createTextNode(`\n${"  ".repeat(depth)}`));
  }

  text(parent: Element, name: string, depth: number, value: string | undefined): void {
    if (value !== undefined) this.element(parent, name, depth, value);
  }

  /** An `Identifier`: made an NCName (a leading `_` where needed) and unique in the document (`-2`, `-3` …). */
  identifier(parent: Element, depth: number, value: string | undefined, where: string): void {
    if (value === undefined || value === "") return;
    let id = isNcName(value) ? value : `_${value.replace(/[^A-Za-z0-9_.-]/g, "_")}`;
    if (id !== value && !isNcName(value)) this.note("stratmlIdRenamed", { where, value, id });
    if (this.ids.has(id)) {
      let index = 2;
      while (this.ids.has(`${id}-${index}`)) index += 1;
      this.note("stratmlIdTwice", { where, id, renamed: `${id}-${index}` });
      id = `${id}-${index}`;
    }
    this.ids.add(id);
    this.element(parent, "Identifier", depth, id);
  }

  date(parent: Element, name: string, depth: number, value: string | undefined, where: string): void {
    if (value === undefined || value === "") return;
    if (!isDate(value)) {
      this.note("stratmlNotADate", { where, name, value });
      return;
    }
    this.element(parent, name, depth, value);
  }
}

/** Writes a StratML document as XML (Part 1 or Part 2 by `document.part`), with notes on what it could not hold. */
export function writeStratml(document: SmlDocument, notes: ReportNotes = new Map()): { xml: string; notes: string[] } {
  const writer = new Writer(document.part, notes);
  const root = writer.document.documentElement as Element;
  if (document.part === 2) {
    const type = document.type !== undefined && PART2_TYPES.has(document.type) ? document.type : "Performance_Plan";
    root.setAttribute("Type", type);
  }
  writer.text(root, "Name", 1, document.name);
  writer.text(root, "Description", 1, document.description);
  writer.text(root, "OtherInformation", 1, document.otherInformation);
  const core = writer.element(root, "StrategicPlanCore", 1);
  document.organizations.forEach((organization, index) => writeOrganization(writer, core, organization, document.part, `Organization ${index + 1}`));
  if (document.vision !== undefined) {
    const vision = writer.element(core, "Vision", 2);
    writer.text(vision, "Description", 3, document.vision.description);
    writer.identifier(vision, 3, document.vision.identifier, "Vision");
    writer.close(vision, 2);
  }
  if (document.mission !== undefined) {
    const mission = writer.element(core, "Mission", 2);
    writer.text(mission, "Description", 3, document.mission.description);
    writer.identifier(mission, 3, document.mission.identifier, "Mission");
    writer.close(mission, 2);
  }
  for (const value of document.values) {
    const element = writer.element(core, "Value", 2);
    writer.text(element, "Name", 3, value.name);
    writer.text(element, "Description", 3, value.description);
    writer.close(element, 2);
  }
  document.goals.forEach((goal, index) => writeGoal(writer, core, goal, document.part, `Goal ${goal.sequence ?? index + 1}`));
  writer.close(core, 1);
  const admin = document.admin;
  const submitter = document.submitter;
  if (admin !== undefined || (document.part === 1 && submitter !== undefined)) {
    const element = writer.element(root, "AdministrativeInformation", 1);
    if (document.part === 2) writer.identifier(element, 2, admin?.identifier, "AdministrativeInformation");
    else if (admin?.identifier !== undefined) writer.note("stratmlAdminIdentifier", { identifier: admin.identifier });
    writer.date(element, "StartDate", 2, admin?.startDate, "AdministrativeInformation");
    writer.date(element, "EndDate", 2, admin?.endDate, "AdministrativeInformation");
    writer.date(element, "PublicationDate", 2, admin?.publicationDate, "AdministrativeInformation");
    if (admin?.source !== undefined) {
      if (/\s/.test(admin.source)) writer.note("stratmlSourceNotUri", { source: admin.source });
      else writer.element(element, "Source", 2, admin.source);
    }
    if (document.part === 1 && submitter !== undefined) writeSubmitter(writer, element, submitter, 2, 1);
    writer.close(element, 1);
  }
  if (document.part === 2 && submitter !== undefined) writeSubmitter(writer, root, submitter, 1, 2);
  writer.close(root, 0);
  return { xml: `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}\n`, notes: writer.lines };
}

function writeSubmitter(writer: Writer, parent: Element, submitter: SmlSubmitter, depth: number, part: 1 | 2): void {
  const element = writer.element(parent, "Submitter", depth);
  if (part === 2) writer.identifier(element, depth + 1, submitter.identifier, "Submitter");
  else if (submitter.identifier !== undefined) writer.note("stratmlSubmitterIdentifier", { identifier: submitter.identifier });
  writer.text(element, "GivenName", depth + 1, submitter.givenName);
  writer.text(element, "Surname", depth + 1, submitter.surname);
  writer.text(element, "PhoneNumber", depth + 1, submitter.phone);
  writer.text(element, "EmailAddress", depth + 1, submitter.email);
  writer.close(element, depth);
}

function writeOrganization(writer: Writer, parent: Element, organization: SmlOrganization, part: 1 | 2, where: string): void {
  const element = writer.element(parent, "Organization", 2);
  writer.text(element, "Name", 3, organization.name);
  writer.text(element, "Acronym", 3, organization.acronym);
  writer.identifier(element, 3, organization.identifier, where);
  writer.text(element, "Description", 3, organization.description);
  for (const stakeholder of organization.stakeholders) writeStakeholder(writer, element, stakeholder, 3, part, where);
  writer.close(element, 2);
}

function writeStakeholder(writer: Writer, parent: Element, stakeholder: SmlStakeholder, depth: number, part: 1 | 2, where: string): void {
  const element = writer.element(parent, "Stakeholder", depth);
  if (stakeholder.type !== undefined && STAKEHOLDER_TYPES.has(stakeholder.type)) element.setAttribute("StakeholderTypeType", stakeholder.type);
  writer.text(element, "Name", depth + 1, stakeholder.name);
  writer.text(element, "Description", depth + 1, stakeholder.description);
  if (part === 1) {
    if (stakeholder.roles.length > 0) writer.note("stratmlStakeholderRoles", { where, name: stakeholder.name, count: stakeholder.roles.length });
  } else {
    for (const role of stakeholder.roles) {
      const item = writer.element(element, "Role", depth + 1);
      writer.text(item, "Name", depth + 2, role.name ?? "");
      writer.text(item, "Description", depth + 2, role.description);
      for (const type of role.types.filter((value) => ROLE_TYPES.has(value)).slice(0, 2)) writer.text(item, "RoleType", depth + 2, type);
      writer.close(item, depth + 1);
    }
  }
  writer.close(element, depth);
}

function writeGoal(writer: Writer, parent: Element, goal: SmlGoal, part: 1 | 2, where: string): void {
  const element = writer.element(parent, "Goal", 2);
  writer.text(element, "Name", 3, goal.name);
  writer.text(element, "Description", 3, goal.description);
  writer.identifier(element, 3, goal.identifier, where);
  writer.text(element, "SequenceIndicator", 3, goal.sequence);
  for (const stakeholder of goal.stakeholders) writeStakeholder(writer, element, stakeholder, 3, part, where);
  writer.text(element, "OtherInformation", 3, goal.otherInformation);
  goal.objectives.forEach((objective, index) => writeObjective(writer, element, objective, part, `${where}, Objective ${objective.sequence ?? index + 1}`));
  writer.close(element, 2);
}

function writeObjective(writer: Writer, parent: Element, objective: SmlObjective, part: 1 | 2, where: string): void {
  const element = writer.element(parent, "Objective", 3);
  writer.text(element, "Name", 4, objective.name);
  writer.text(element, "Description", 4, objective.description);
  writer.identifier(element, 4, objective.identifier, where);
  writer.text(element, "SequenceIndicator", 4, objective.sequence);
  for (const stakeholder of objective.stakeholders) writeStakeholder(writer, element, stakeholder, 4, part, where);
  writer.text(element, "OtherInformation", 4, objective.otherInformation);
  if (part === 1) {
    if (objective.indicators.length > 0) writer.note("stratmlPart1Indicators", { where, count: objective.indicators.length });
  } else {
    objective.indicators.forEach((indicator, index) => writeIndicator(writer, element, indicator, `${where}, PerformanceIndicator ${index + 1}`));
  }
  writer.close(element, 3);
}

function writeIndicator(writer: Writer, parent: Element, indicator: SmlIndicator, where: string): void {
  const element = writer.element(parent, "PerformanceIndicator", 4);
  if (indicator.stage !== undefined && STAGES.has(indicator.stage)) element.setAttribute("ValueChainStage", indicator.stage);
  if (indicator.type !== undefined && INDICATOR_TYPES.has(indicator.type)) element.setAttribute("PerformanceIndicatorType", indicator.type);
  writer.text(element, "SequenceIndicator", 5, indicator.sequence);
  writer.text(element, "MeasurementDimension", 5, indicator.dimension);
  writer.text(element, "UnitOfMeasurement", 5, indicator.unit);
  writer.identifier(element, 5, indicator.identifier, where);
  for (const relationship of indicator.relationships) {
    const item = writer.element(element, "Relationship", 5);
    if (relationship.type !== undefined && RELATIONSHIP_TYPES.has(relationship.type)) item.setAttribute("RelationshipType", relationship.type);
    writer.identifier(item, 6, relationship.identifier, `${where}, Relationship`);
    for (const referent of relationship.referents) writer.text(item, "ReferentIdentifier", 6, referent);
    writer.text(item, "Name", 6, relationship.name);
    writer.text(item, "Description", 6, relationship.description);
    writer.close(item, 5);
  }
  for (const instance of indicator.instances) {
    const item = writer.element(element, "MeasurementInstance", 5);
    if (instance.place !== undefined) {
      const place = writer.element(item, "Place", 6);
      writer.text(place, "Name", 7, instance.place.name);
      writer.text(place, "PlaceIdentifier", 7, instance.place.identifier);
      writer.close(place, 6);
    }
    for (const target of instance.targets) writeResult(writer, item, "TargetResult", target, where);
    for (const actual of instance.actuals) writeResult(writer, item, "ActualResult", actual, where);
    writer.close(item, 5);
  }
  writer.text(element, "OtherInformation", 5, indicator.otherInformation);
  writer.close(element, 4);
}

function writeResult(writer: Writer, parent: Element, name: string, result: SmlResult, where: string): void {
  const element = writer.element(parent, name, 6);
  writer.date(element, "StartDate", 7, result.startDate, `${where}, ${name}`);
  writer.date(element, "EndDate", 7, result.endDate, `${where}, ${name}`);
  if (result.numberOfUnits !== undefined) {
    const written = fitDecimal(result.numberOfUnits);
    if (Number(written) !== result.numberOfUnits) writer.note("stratmlUnitsRounded", { where, name, units: String(result.numberOfUnits), written, digits: MAX_DECIMAL_DIGITS });
    writer.text(element, "NumberOfUnits", 7, written);
  }
  if (result.descriptorName !== undefined || result.descriptorValue !== undefined) {
    const descriptor = writer.element(element, "Descriptor", 7);
    writer.text(descriptor, "DescriptorName", 8, result.descriptorName);
    writer.text(descriptor, "DescriptorValue", 8, result.descriptorValue);
    writer.close(descriptor, 7);
  }
  writer.text(element, "Description", 7, result.description);
  writer.close(element, 6);
}
