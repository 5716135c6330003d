import type {
  Adoption,
  Agreement,
  Baseline,
  Block,
  BodySeat,
  Chapter,
  ChapterSummary,
  Cluster,
  Commitment,
  Coordinator,
  DevelopmentTaskEntry,
  FocusArea,
  Glossary,
  GlossaryEntry,
  GovernanceBody,
  Horizon,
  HorizonTarget,
  Indicator,
  IndicatorObservation,
  IndicatorPeriod,
  Measure,
  MeasureProgress,
  MeasureTable,
  MemberCount,
  Objective,
  Participant,
  Partner,
  Person,
  Plan,
  PlanSummary,
  Post,
  Precondition,
  PreconditionList,
  Preparation,
  ProgressReport,
  Rationale,
  RegionalNode,
  Revision,
  Statement,
  Strategy,
  SubGroup,
  SummaryPriority,
  TableConventions,
  Text,
} from "../model/index.js";
import { toPointer } from "../pointer.js";

/**
 * The value of each kind of node {@link walkPlan} visits.
 *
 * @example
 * ```ts
 * import { walkPlan, type PlanNodeValues } from "@actionplan/core";
 *
 * // Collects every value of one kind, typed by the kind.
 * function collect<K extends keyof PlanNodeValues>(kind: K): PlanNodeValues[K][] {
 *   const found: PlanNodeValues[K][] = [];
 *   walkPlan(plan, (node) => {
 *     if (node.kind === kind) found.push(node.value as PlanNodeValues[K]);
 *   });
 *   return found;
 * }
 * collect("target").map((target) => target.id); // ["t-nodes-1", …]
 * ```
 */
export interface PlanNodeValues {
  plan: Plan;
  adoption: Adoption;
  preparation: Preparation;
  cluster: Cluster;
  coordinator: Coordinator;
  person: Person;
  participant: Participant;
  memberCount: MemberCount;
  group: SubGroup;
  body: GovernanceBody;
  seat: BodySeat;
  post: Post;
  node: RegionalNode;
  partner: Partner;
  agreement: Agreement;
  commitment: Commitment;
  statement: Statement;
  strategy: Strategy;
  focusArea: FocusArea;
  objective: Objective;
  summary: PlanSummary;
  tableConventions: TableConventions;
  glossary: Glossary;
  glossaryEntry: GlossaryEntry;
  chapter: Chapter;
  chapterSummary: ChapterSummary;
  summaryPriority: SummaryPriority;
  block: Block;
  rationale: Rationale;
  horizon: Horizon;
  target: HorizonTarget;
  measureTable: MeasureTable;
  measure: Measure;
  preconditionList: PreconditionList;
  precondition: Precondition;
  developmentTask: DevelopmentTaskEntry;
  indicator: Indicator;
  baseline: Baseline;
  indicatorPeriod: IndicatorPeriod;
  revision: Revision;
  progressReport: ProgressReport;
  measureProgress: MeasureProgress;
  indicatorObservation: IndicatorObservation;
  /** A text people read (a plain string or a language map); `field` says which field holds it. */
  text: Text;
}

/**
 * A kind of node {@link walkPlan} visits.
 *
 * @example
 * ```ts
 * import { walkPlan, type PlanNodeKind } from "@actionplan/core";
 *
 * const counts = new Map<PlanNodeKind, number>();
 * walkPlan(plan, (node) => void counts.set(node.kind, (counts.get(node.kind) ?? 0) + 1));
 * counts.get("measure"); // 22 in the fictional Northwind plan
 * ```
 */
export type PlanNodeKind = keyof PlanNodeValues;

/**
 * One node met by {@link walkPlan}: its kind, value, path and JSON Pointer.
 *
 * @example
 * ```ts
 * import { walkPlan, type PlanNode } from "@actionplan/core";
 *
 * const measures: PlanNode[] = [];
 * walkPlan(plan, (node) => {
 *   if (node.kind === "measure") measures.push(node); // node.value is a Measure here
 * });
 * measures[0]?.pointer; // "/chapters/1/measures/items/0"
 * ```
 */
export type PlanNode = {
  [K in PlanNodeKind]: {
    /** What sort of node it is. */
    kind: K;
    /** The node itself. */
    value: PlanNodeValues[K];
    /** Its path in the plan, as segments. */
    path: (string | number)[];
    /** JSON Pointer to it in the plan. */
    pointer: string;
    /** The field that holds it in its parent (e.g. `title`), or the array's field for items. */
    field: string;
  };
}[PlanNodeKind];

/**
 * Called for every node; returning `"skip"` skips the node's children.
 *
 * @example
 * ```ts
 * import { walkPlan, type PlanVisitor } from "@actionplan/core";
 *
 * // Lists chapter titles without descending into the chapters.
 * const titles: string[] = [];
 * const visitor: PlanVisitor = (node) => {
 *   if (node.kind !== "chapter") return;
 *   titles.push(typeof node.value.title === "string" ? node.value.title : Object.values(node.value.title)[0] ?? "");
 *   return "skip";
 * };
 * walkPlan(plan, visitor);
 * ```
 */
export type PlanVisitor = (node: PlanNode, parent: PlanNode | undefined) => void | "skip";

/**
 * Visits every node of a plan depth-first in document order (the plan itself first), with its kind and
 * JSON Pointer; texts are visited as nodes of kind `text`. Custom `extensions` data is not visited.
 *
 * @example
 * ```ts
 * import { walkPlan } from "@actionplan/core";
 *
 * // Every text people read, with where it is: for a spell-checker or a translation export.
 * walkPlan(plan, (node) => {
 *   if (node.kind === "text") console.log(node.pointer, node.field, node.value); // "/title title { en: …, nb: … }", …
 * });
 * ```
 */
export function walkPlan(plan: Plan, visitor: PlanVisitor): void {
  type Path = (string | number)[];
  const visit = <K extends PlanNodeKind>(
    kind: K,
    value: PlanNodeValues[K] | undefined,
    path: Path,
    parent: PlanNode | undefined,
    children?: (self: PlanNode, path: Path) => void,
  ): void => {
    if (value === undefined) return;
    const node = { kind, value, path, pointer: toPointer(path), field: String(fieldOf(path)) } as PlanNode;
    if (visitor(node, parent) === "skip") return;
    children?.(node, path);
  };
  const fieldOf = (path: Path): string | number => {
    for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === "string") return path[i]!;
    return "";
  };
  const list = <K extends PlanNodeKind>(
    kind: K,
    values: readonly PlanNodeValues[K][] | undefined,
    path: Path,
    parent: PlanNode,
    children?: (self: PlanNode, path: Path) => void,
  ): void => values?.forEach((value, i) => visit(kind, value, [...path, i], parent, children));
  const texts = (owner: object, fields: readonly string[], path: Path, parent: PlanNode): void => {
    for (const field of fields) {
      const value = (owner as Record<string, unknown>)[field];
      if (value === undefined) continue;
      if (Array.isArray(value)) list("text", value as Text[], [...path, field], parent);
      else visit("text", value as Text, [...path, field], parent);
    }
  };
  const indicatorValue = (value: unknown, path: Path, parent: PlanNode): void => {
    if (value !== undefined && typeof value !== "number") visit("text", value as Text, path, parent);
  };
  const blocks = (values: readonly Block[] | undefined, path: Path, parent: PlanNode): void =>
    list("block", values, path, parent, (self, at) => {
      const block = self.value as Block;
      if (block.type === "paragraph") texts(block, ["text"], at, self);
      else if (block.type === "list") texts(block, ["items"], at, self);
      else if (block.type === "section") {
        texts(block, ["title"], at, self);
        blocks(block.blocks, [...at, "blocks"], self);
      }
    });
  const memberCount = (value: MemberCount | undefined, path: Path, parent: PlanNode): void =>
    visit("memberCount", value, path, parent, (self, at) => texts(self.value as MemberCount, ["of"], at, self));
  const objectives = (values: readonly Objective[] | undefined, path: Path, parent: PlanNode): void =>
    list("objective", values, path, parent, (self, at) => {
      const objective = self.value as Objective;
      texts(objective, ["statement"], at, self);
      objectives(objective.subObjectives, [...at, "subObjectives"], self);
    });

  visit("plan", plan, [], undefined, (root) => {
    texts(plan, ["title"], [], root);
    visit("adoption", plan.adoption, ["adoption"], root, (self, at) => texts(self.value as Adoption, ["note"], at, self));
    visit("preparation", plan.preparedBy, ["preparedBy"], root, (self, at) => texts(self.value as Preparation, ["note"], at, self));
    visit("cluster", plan.cluster, ["cluster"], root, (self, at) => {
      const cluster = self.value as Cluster;
      texts(cluster, ["name", "shortName", "description"], at, self);
      visit("coordinator", cluster.coordinator, [...at, "coordinator"], self, (c, p) => texts(c.value as Coordinator, ["unit"], p, c));
      list("person", cluster.people, [...at, "people"], self, (c, p) => texts(c.value as Person, ["role"], p, c));
      list("participant", cluster.participants, [...at, "participants"], self, (c, p) =>
        texts(c.value as Participant, ["name", "region", "healthRegion"], p, c),
      );
      cluster.memberCounts?.forEach((count, i) => memberCount(count, [...at, "memberCounts", i], self));
      list("group", cluster.groups, [...at, "groups"], self, (c, p) => texts(c.value as SubGroup, ["name", "description"], p, c));
      list("body", cluster.bodies, [...at, "bodies"], self, (c, p) => {
        const body = c.value as GovernanceBody;
        texts(body, ["name", "description"], p, c);
        list("seat", body.composition, [...p, "composition"], c, (s, q) => texts(s.value as BodySeat, ["description"], q, s));
      });
      list("post", cluster.posts, [...at, "posts"], self, (c, p) => texts(c.value as Post, ["title", "description"], p, c));
      list("node", cluster.nodes, [...at, "nodes"], self, (c, p) => texts(c.value as RegionalNode, ["region", "note"], p, c));
      list("partner", cluster.partners, [...at, "partners"], self, (c, p) => {
        const partner = c.value as Partner;
        texts(partner, ["name", "description"], p, c);
        memberCount(partner.members, [...p, "members"], c);
        visit("agreement", partner.agreement, [...p, "agreement"], c, (a, q) => {
          const agreement = a.value as Agreement;
          texts(agreement, ["background"], q, a);
          list("commitment", agreement.commitments, [...q, "commitments"], a, (s, r) => texts(s.value as Commitment, ["text"], r, s));
          list("statement", agreement.statements, [...q, "statements"], a, (s, r) => texts(s.value as Statement, ["role", "text"], r, s));
          texts(agreement, ["source"], q, a);
        });
        texts(partner, ["history"], p, c);
      });
    });
    visit("strategy", plan.strategy, ["strategy"], root, (self, at) => {
      const strategy = self.value as Strategy;
      texts(strategy, ["title", "vision", "values", "mainObjective"], at, self);
      list("focusArea", strategy.focusAreas, [...at, "focusAreas"], self, (c, p) => texts(c.value as FocusArea, ["name", "description"], p, c));
      objectives(strategy.objectives, [...at, "objectives"], self);
    });
    visit("summary", plan.summary, ["summary"], root, (self, at) => {
      texts(self.value as PlanSummary, ["title"], at, self);
      blocks((self.value as PlanSummary).intro, [...at, "intro"], self);
    });
    visit("tableConventions", plan.tableConventions, ["tableConventions"], root, (self, at) => {
      texts(self.value as TableConventions, ["title"], at, self);
      blocks((self.value as TableConventions).content, [...at, "content"], self);
    });
    visit("glossary", plan.glossary, ["glossary"], root, (self, at) => {
      const glossary = self.value as Glossary;
      texts(glossary, ["title"], at, self);
      blocks(glossary.intro, [...at, "intro"], self);
      list("glossaryEntry", glossary.entries, [...at, "entries"], self, (c, p) => texts(c.value as GlossaryEntry, ["expansion"], p, c));
    });
    list("chapter", plan.chapters, ["chapters"], root, (self, at) => {
      const chapter = self.value as Chapter;
      texts(chapter, ["title", "tocTitle", "shortTitle"], at, self);
      visit("chapterSummary", chapter.summary, [...at, "summary"], self, (c, p) => {
        texts(c.value as ChapterSummary, ["text"], p, c);
        list("summaryPriority", (c.value as ChapterSummary).priorities, [...p, "priorities"], c, (s, q) =>
          texts(s.value as SummaryPriority, ["text"], q, s),
        );
      });
      blocks(chapter.content, [...at, "content"], self);
      visit("rationale", chapter.rationale, [...at, "rationale"], self, (c, p) => texts(c.value as Rationale, ["title", "items"], p, c));
      visit("horizon", chapter.horizon, [...at, "horizon"], self, (c, p) => {
        texts(c.value as Horizon, ["title"], p, c);
        list("target", (c.value as Horizon).targets, [...p, "targets"], c, (s, q) => texts(s.value as HorizonTarget, ["text"], q, s));
      });
      visit("measureTable", chapter.measures, [...at, "measures"], self, (c, p) => {
        texts(c.value as MeasureTable, ["title"], p, c);
        list("measure", (c.value as MeasureTable).items, [...p, "items"], c, (s, q) =>
          texts(s.value as Measure, ["text", "footnotes"], q, s),
        );
      });
      visit("preconditionList", chapter.preconditions, [...at, "preconditions"], self, (c, p) => {
        texts(c.value as PreconditionList, ["title"], p, c);
        list("precondition", (c.value as PreconditionList).items, [...p, "items"], c, (s, q) =>
          texts(s.value as Precondition, ["text"], q, s),
        );
      });
    });
    list("developmentTask", plan.developmentTasks, ["developmentTasks"], root, (self, at) =>
      texts(self.value as DevelopmentTaskEntry, ["label", "tasks"], at, self),
    );
    list("indicator", plan.indicators, ["indicators"], root, (self, at) => {
      const indicator = self.value as Indicator;
      texts(indicator, ["name", "description", "unit", "source"], at, self);
      visit("baseline", indicator.baseline, [...at, "baseline"], self, (c, p) => {
        indicatorValue((c.value as Baseline).value, [...p, "value"], c);
        texts(c.value as Baseline, ["note"], p, c);
      });
      list("indicatorPeriod", indicator.periods, [...at, "periods"], self, (c, p) => {
        const period = c.value as IndicatorPeriod;
        indicatorValue(period.target, [...p, "target"], c);
        indicatorValue(period.actual, [...p, "actual"], c);
        texts(period, ["note"], p, c);
      });
      texts(indicator, ["notes"], at, self);
    });
    list("revision", plan.revisions, ["revisions"], root, (self, at) =>
      texts(self.value as Revision, ["summary", "evaluation", "feedback"], at, self),
    );
    list("progressReport", plan.progress, ["progress"], root, (self, at) => {
      const report = self.value as ProgressReport;
      texts(report, ["source", "summary"], at, self);
      list("measureProgress", report.measures, [...at, "measures"], self, (c, p) => texts(c.value as MeasureProgress, ["note"], p, c));
      list("indicatorObservation", report.indicators, [...at, "indicators"], self, (c, p) => {
        indicatorValue((c.value as IndicatorObservation).value, [...p, "value"], c);
        texts(c.value as IndicatorObservation, ["note"], p, c);
      });
    });
  });
}
