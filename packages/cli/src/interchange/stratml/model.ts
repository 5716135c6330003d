// StratML as plain objects: what read.ts gets out of a file and write.ts puts into one. The mapping to and from a
// plan (to-plan.ts, from-plan.ts) works on these, never on XML. Browser-safe (no node: imports).

/** The namespace of StratML Part 1 (`StrategicPlan`, ISO 17469-1:2015). */
export const PART1_NAMESPACE = "urn:ISO:std:iso:17469:tech:xsd:stratml_core";
/** The namespace of StratML Part 2 (`PerformancePlanOrReport`, draft of 2016). */
export const PART2_NAMESPACE = "urn:ISO:std:iso:17469:tech:xsd:PerformancePlanOrReport";
/** Namespaces of earlier drafts that real files still use: read with a warning, never written. */
export const EARLIER_NAMESPACES: readonly string[] = [
  "http://www.stratml.net/PerformancePlanOrReport",
  "http://www.stratml.net/StrategicPlan",
  "urn:ISO:std:iso:17469:tech:xsd:stratml_core:StrategicPlan",
];
/** The key under `extensions` where an import keeps what the plan has no field for. */
export const STRATML_EXTENSION = "org.stratml";

/** What `--stratml-type` accepts: Part 1's root, or one of Part 2's `@Type` values. */
export const STRATML_TYPES = ["StrategicPlan", "Strategic_Plan", "Performance_Plan", "Performance_Report"] as const;
/** Part 1 (`StrategicPlan`) or a Part 2 `@Type`. */
export type StratmlType = (typeof STRATML_TYPES)[number];

/** A role a stakeholder plays (Part 2 only). */
export interface SmlRole {
  /** `Name`. */
  name?: string;
  /** `Description`. */
  description?: string;
  /** `RoleType`: Performer, Beneficiary (at most two). */
  types: string[];
}

/** A `Stakeholder`: a person, an organisation or a group. */
export interface SmlStakeholder {
  /** `Name` (`GivenName` and `Surname` of older files, joined). */
  name: string;
  /** `Description`. */
  description?: string;
  /** `@StakeholderTypeType`: Person, Organization or Generic_Group. */
  type?: string;
  /** `Role` elements (Part 2). */
  roles: SmlRole[];
}

/** An `Organization` of the plan's core. */
export interface SmlOrganization {
  /** `Name`. */
  name?: string;
  /** `Acronym`. */
  acronym?: string;
  /** `Identifier`. */
  identifier?: string;
  /** `Description`. */
  description?: string;
  /** `Stakeholder` elements. */
  stakeholders: SmlStakeholder[];
}

/** A `TargetResult` or `ActualResult`. */
export interface SmlResult {
  /** `StartDate`. */
  startDate?: string;
  /** `EndDate`. */
  endDate?: string;
  /** `NumberOfUnits`, when a number. */
  numberOfUnits?: number;
  /** `Descriptor/DescriptorName`. */
  descriptorName?: string;
  /** `Descriptor/DescriptorValue`. */
  descriptorValue?: string;
  /** `Description`. */
  description?: string;
}

/** A `MeasurementInstance`: one period's targets and actuals. */
export interface SmlInstance {
  /** `Place/Name` and `Place/PlaceIdentifier`. */
  place?: { name: string; identifier?: string };
  /** `TargetResult` elements. */
  targets: SmlResult[];
  /** `ActualResult` elements. */
  actuals: SmlResult[];
}

/** A `Relationship` of a performance indicator. */
export interface SmlRelationship {
  /** `Identifier`. */
  identifier?: string;
  /** `ReferentIdentifier` elements. */
  referents: string[];
  /** `Name`. */
  name?: string;
  /** `Description`. */
  description?: string;
  /** `@RelationshipType`. */
  type?: string;
}

/** A `PerformanceIndicator` (Part 2). */
export interface SmlIndicator {
  /** `SequenceIndicator`. */
  sequence?: string;
  /** `MeasurementDimension`. */
  dimension: string;
  /** `UnitOfMeasurement`. */
  unit: string;
  /** `Identifier`. */
  identifier?: string;
  /** `Relationship` elements. */
  relationships: SmlRelationship[];
  /** `MeasurementInstance` elements. */
  instances: SmlInstance[];
  /** `OtherInformation`. */
  otherInformation?: string;
  /** `@ValueChainStage`. */
  stage?: string;
  /** `@PerformanceIndicatorType` (`@IndicatorType` in older files). */
  type?: string;
}

/** An `Objective` of a goal. */
export interface SmlObjective {
  /** `Name`. */
  name?: string;
  /** `Description`. */
  description?: string;
  /** `Identifier`. */
  identifier?: string;
  /** `SequenceIndicator`. */
  sequence?: string;
  /** `Stakeholder` elements. */
  stakeholders: SmlStakeholder[];
  /** `OtherInformation`. */
  otherInformation?: string;
  /** `PerformanceIndicator` elements (Part 2). */
  indicators: SmlIndicator[];
}

/** A `Goal`. */
export interface SmlGoal {
  /** `Name`. */
  name: string;
  /** `Description`. */
  description: string;
  /** `Identifier`. */
  identifier?: string;
  /** `SequenceIndicator`. */
  sequence?: string;
  /** `Stakeholder` elements. */
  stakeholders: SmlStakeholder[];
  /** `OtherInformation`. */
  otherInformation?: string;
  /** `Objective` elements. */
  objectives: SmlObjective[];
}

/** A `Submitter`: the person who submitted the document. */
export interface SmlSubmitter {
  /** `Identifier` (Part 2). */
  identifier?: string;
  /** `GivenName` (`FirstName` in older files). */
  givenName?: string;
  /** `Surname` (`LastName` in older files). */
  surname?: string;
  /** `PhoneNumber`. */
  phone?: string;
  /** `EmailAddress`. */
  email?: string;
}

/** A whole StratML document, Part 1 or Part 2. */
export interface SmlDocument {
  /** Part 1 (`StrategicPlan`) or Part 2 (`PerformancePlanOrReport`). */
  part: 1 | 2;
  /** Part 2's `@Type`. */
  type?: string;
  /** `Name`. */
  name: string;
  /** `Description`. */
  description?: string;
  /** `OtherInformation`. */
  otherInformation?: string;
  /** `Organization` elements. */
  organizations: SmlOrganization[];
  /** `Vision`. */
  vision?: { description?: string; identifier?: string };
  /** `Mission`. */
  mission?: { description?: string; identifier?: string };
  /** `Value` elements. */
  values: { name?: string; description?: string }[];
  /** `Goal` elements. */
  goals: SmlGoal[];
  /** `AdministrativeInformation`. */
  admin?: { identifier?: string; startDate?: string; endDate?: string; publicationDate?: string; source?: string };
  /** `Submitter` (inside `AdministrativeInformation` in Part 1, after it in Part 2). */
  submitter?: SmlSubmitter;
}
