import { describe, expectTypeOf, it } from "vitest";
import type * as M from "../model/index.js";
import type { PlanNodeKind, PlanNodeValues } from "../queries/walk.js";
import type { RefKind } from "../refs.js";
import type { RefTargets } from "../rules/plan-index.js";

// The hand-written types these used to be, kept here as the oracle: the types derived from the shape must equal them.
interface HandRefTargets {
  person: M.Person;
  organisation: M.Organisation;
  participant: M.Participant;
  partner: M.Partner;
  body: M.GovernanceBody;
  post: M.Post;
  group: M.SubGroup;
  node: M.RegionalNode;
  focusArea: M.FocusArea;
  objective: M.Objective;
  chapter: M.Chapter;
  measure: M.Measure;
  milestone: M.Milestone;
  target: M.HorizonTarget;
  precondition: M.Precondition;
  indicator: M.Indicator;
  term: M.GlossaryEntry;
  revision: M.Revision;
  progressReport: M.ProgressReport;
}
interface HandPlanNodeValues {
  plan: M.Plan;
  adoption: M.Adoption;
  publication: M.Publication;
  planEvent: M.PlanEvent;
  preparation: M.Preparation;
  cluster: M.Cluster;
  coordinator: M.Coordinator;
  person: M.Person;
  personRole: M.PersonRole;
  affiliation: M.Affiliation;
  participant: M.Participant;
  memberCount: M.MemberCount;
  group: M.SubGroup;
  body: M.GovernanceBody;
  seat: M.BodySeat;
  post: M.Post;
  node: M.RegionalNode;
  partner: M.Partner;
  organisation: M.Organisation;
  agreement: M.Agreement;
  commitment: M.Commitment;
  statement: M.Statement;
  strategy: M.Strategy;
  strategyValue: M.StrategyValue;
  stakeholder: M.Stakeholder;
  focusArea: M.FocusArea;
  objective: M.Objective;
  summary: M.PlanSummary;
  tableConventions: M.TableConventions;
  glossary: M.Glossary;
  glossaryEntry: M.GlossaryEntry;
  chapter: M.Chapter;
  chapterSummary: M.ChapterSummary;
  summaryPriority: M.SummaryPriority;
  block: M.Block;
  rationale: M.Rationale;
  horizon: M.Horizon;
  target: M.HorizonTarget;
  measureTable: M.MeasureTable;
  measure: M.Measure;
  statusChange: M.StatusChange;
  milestone: M.Milestone;
  budget: M.Budget;
  measureRole: M.MeasureRole;
  preconditionList: M.PreconditionList;
  precondition: M.Precondition;
  developmentTask: M.DevelopmentTaskEntry;
  indicator: M.Indicator;
  baseline: M.Baseline;
  indicatorPeriod: M.IndicatorPeriod;
  indicatorEntry: M.IndicatorEntry;
  revision: M.Revision;
  progressReport: M.ProgressReport;
  measureProgress: M.MeasureProgress;
  indicatorObservation: M.IndicatorObservation;
  progressRollup: M.ProgressRollup;
  rollupWeight: M.RollupWeight;
  objectiveRollup: M.ObjectiveRollup;
  text: M.Text;
}

describe("kinds typed from the shape", () => {
  it("RefKind, RefTargets and PlanNodeValues are exactly the types they were by hand", () => {
    expectTypeOf<RefKind>().toEqualTypeOf<keyof HandRefTargets>();
    expectTypeOf<RefTargets>().toEqualTypeOf<HandRefTargets>();
    expectTypeOf<PlanNodeKind>().toEqualTypeOf<keyof HandPlanNodeValues>();
    expectTypeOf<{ [K in PlanNodeKind]: PlanNodeValues[K] }>().toEqualTypeOf<HandPlanNodeValues>();
  });
});
