// A lean walk over a plan's texts and references, for the rules that look at every text or every reference.
// walkPlan makes a node object, a path array and a JSON Pointer for every node it meets; on a large plan that was
// most of the cost of checking it. This walk keeps one path stack instead, pushed and popped as it goes, and a
// rule copies the path only when it reports an issue there. It meets texts and references in walkPlan's order
// (plan-scan.test.ts holds it to that), so rules report their issues in the same order as before.
import type { Block, Objective, Plan, RefKind, Text } from "../model/index.js";
import type { PlanNodeKind } from "../queries/walk.js";
import type { PlanIndex } from "./plan-index.js";
import { namesKind } from "./plan-index.js";

/** Where references sit in the model: the node, its model type, the field, and the kinds the field may point at. */
export const REFERENCE_FIELDS: readonly { node: PlanNodeKind; type: string; field: string; kinds: readonly RefKind[] }[] = [
  { node: "adoption", type: "Adoption", field: "body", kinds: ["body"] },
  { node: "publication", type: "Publication", field: "body", kinds: ["body"] },
  { node: "preparation", type: "Preparation", field: "body", kinds: ["body"] },
  { node: "publication", type: "Publication", field: "body", kinds: ["body"] },
  { node: "coordinator", type: "Coordinator", field: "participant", kinds: ["participant"] },
  { node: "personRole", type: "PersonRole", field: "organisation", kinds: ["participant", "partner", "organisation"] },
  { node: "affiliation", type: "Affiliation", field: "organisation", kinds: ["participant", "partner", "organisation"] },
  { node: "participant", type: "Participant", field: "parent", kinds: ["participant", "partner", "organisation"] },
  { node: "participant", type: "Participant", field: "groups", kinds: ["group"] },
  { node: "group", type: "SubGroup", field: "lead", kinds: ["participant"] },
  { node: "group", type: "SubGroup", field: "members", kinds: ["participant"] },
  { node: "body", type: "GovernanceBody", field: "host", kinds: ["participant"] },
  { node: "seat", type: "BodySeat", field: "represents", kinds: ["participant", "partner", "body"] },
  { node: "post", type: "Post", field: "body", kinds: ["body"] },
  { node: "node", type: "RegionalNode", field: "participants", kinds: ["participant"] },
  { node: "node", type: "RegionalNode", field: "coordinator", kinds: ["participant"] },
  { node: "partner", type: "Partner", field: "parent", kinds: ["participant", "partner", "organisation"] },
  { node: "commitment", type: "Commitment", field: "party", kinds: ["partner", "participant"] },
  { node: "statement", type: "Statement", field: "for", kinds: ["partner", "participant"] },
  { node: "organisation", type: "Organisation", field: "parent", kinds: ["participant", "partner", "organisation"] },
  { node: "objective", type: "Objective", field: "focusAreas", kinds: ["focusArea"] },
  { node: "stakeholder", type: "Stakeholder", field: "actor", kinds: ["participant", "partner", "body", "post", "group", "node", "person", "organisation"] },
  { node: "glossaryEntry", type: "GlossaryEntry", field: "refersTo", kinds: ["participant", "partner", "body", "post", "group", "node"] },
  { node: "chapter", type: "Chapter", field: "objectives", kinds: ["objective"] },
  { node: "chapter", type: "Chapter", field: "references", kinds: ["chapter"] },
  { node: "summaryPriority", type: "SummaryPriority", field: "measures", kinds: ["measure"] },
  { node: "target", type: "HorizonTarget", field: "refs", kinds: ["chapter", "objective", "target", "indicator"] },
  { node: "measure", type: "Measure", field: "responsible", kinds: ["participant", "partner", "body", "post", "group", "node", "person", "organisation"] },
  { node: "measure", type: "Measure", field: "lead", kinds: ["participant", "partner", "body", "post", "group", "node", "person", "organisation"] },
  { node: "measure", type: "Measure", field: "supporting", kinds: ["participant", "partner", "body", "post", "group", "node", "person", "organisation"] },
  { node: "measure", type: "Measure", field: "related", kinds: ["chapter", "objective", "target", "measure", "precondition", "indicator"] },
  { node: "precondition", type: "Precondition", field: "refs", kinds: ["chapter", "objective", "target", "measure", "indicator"] },
  { node: "developmentTask", type: "DevelopmentTaskEntry", field: "actor", kinds: ["participant", "group"] },
  { node: "indicator", type: "Indicator", field: "tracks", kinds: ["objective", "target", "measure", "chapter"] },
  { node: "revision", type: "Revision", field: "body", kinds: ["body"] },
  { node: "measureProgress", type: "MeasureProgress", field: "measure", kinds: ["measure"] },
  { node: "indicatorObservation", type: "IndicatorObservation", field: "indicator", kinds: ["indicator"] },
  { node: "rollupWeight", type: "RollupWeight", field: "part", kinds: ["measure", "indicator", "objective"] },
  { node: "objectiveRollup", type: "ObjectiveRollup", field: "objective", kinds: ["objective"] },
];

/** The kinds a reference field allows, by node kind and field (the entry of REFERENCE_FIELDS itself). */
const kindsOf = (node: PlanNodeKind, field: string): readonly RefKind[] => {
  const entry = REFERENCE_FIELDS.find((candidate) => candidate.node === node && candidate.field === field);
  if (entry === undefined) throw new Error(`No reference field ${node}.${field}.`);
  return entry.kinds;
};

/**
 * What a walk over the plan's texts and references calls. `path` is the walk's own path stack, valid only during
 * the call: copy it (`[...path]`) to keep it, e.g. when reporting an issue there.
 */
export interface PlanScanVisitor {
  /** Called for every text (a string or a language map), in document order. */
  text?(value: Text, path: readonly (string | number)[]): void;
  /** Called for every reference, in document order, with the kinds its field allows. */
  ref?(value: string, kinds: readonly RefKind[], path: readonly (string | number)[]): void;
}

const ADOPTION_BODY = kindsOf("adoption", "body");
const PREPARATION_BODY = kindsOf("preparation", "body");
const COORDINATOR_PARTICIPANT = kindsOf("coordinator", "participant");
const ROLE_ORGANISATION = kindsOf("personRole", "organisation");
const AFFILIATION_ORGANISATION = kindsOf("affiliation", "organisation");
const PARTICIPANT_PARENT = kindsOf("participant", "parent");
const PARTNER_PARENT = kindsOf("partner", "parent");
const ORGANISATION_PARENT = kindsOf("organisation", "parent");
const STAKEHOLDER_ACTOR = kindsOf("stakeholder", "actor");
const PARTICIPANT_GROUPS = kindsOf("participant", "groups");
const GROUP_LEAD = kindsOf("group", "lead");
const GROUP_MEMBERS = kindsOf("group", "members");
const BODY_HOST = kindsOf("body", "host");
const SEAT_REPRESENTS = kindsOf("seat", "represents");
const POST_BODY = kindsOf("post", "body");
const NODE_PARTICIPANTS = kindsOf("node", "participants");
const NODE_COORDINATOR = kindsOf("node", "coordinator");
const COMMITMENT_PARTY = kindsOf("commitment", "party");
const STATEMENT_FOR = kindsOf("statement", "for");
const OBJECTIVE_FOCUS_AREAS = kindsOf("objective", "focusAreas");
const GLOSSARY_REFERS_TO = kindsOf("glossaryEntry", "refersTo");
const CHAPTER_OBJECTIVES = kindsOf("chapter", "objectives");
const CHAPTER_REFERENCES = kindsOf("chapter", "references");
const PRIORITY_MEASURES = kindsOf("summaryPriority", "measures");
const TARGET_REFS = kindsOf("target", "refs");
const MEASURE_RESPONSIBLE = kindsOf("measure", "responsible");
const MEASURE_RELATED = kindsOf("measure", "related");
const MEASURE_LEAD = kindsOf("measure", "lead");
const MEASURE_SUPPORTING = kindsOf("measure", "supporting");
const PRECONDITION_REFS = kindsOf("precondition", "refs");
const TASK_ACTOR = kindsOf("developmentTask", "actor");
const INDICATOR_TRACKS = kindsOf("indicator", "tracks");
const REVISION_BODY = kindsOf("revision", "body");
const PROGRESS_MEASURE = kindsOf("measureProgress", "measure");
const OBSERVATION_INDICATOR = kindsOf("indicatorObservation", "indicator");
const WEIGHT_PART = kindsOf("rollupWeight", "part");
const OBJECTIVE_ROLLUP_OBJECTIVE = kindsOf("objectiveRollup", "objective");

type Loose = Record<string, unknown>;
type List = readonly unknown[] | undefined;
type Path = (string | number)[];

/** What gathering collects: the texts, and the references that do not name a thing of a kind their field allows. */
interface Gathered {
  readonly texts: Text[];
  readonly index: PlanIndex;
  readonly unresolved: UnresolvedReference[];
  /** How many references were met so far (the next one's position). */
  refCount: number;
}

/**
 * Walks the plan in walkPlan's order, keeping one path stack (pushed and popped, never copied), and either calls a
 * visitor or, when gathering, collects the texts and checks each reference against the index as it meets it.
 */
class Scanner {
  readonly path: Path = [];
  private readonly texts: Text[] | undefined;
  constructor(
    private readonly visitor: PlanScanVisitor,
    private readonly gathered?: Gathered,
  ) {
    this.texts = gathered?.texts;
  }

  /** Checks one reference while gathering; one that does not resolve is kept with its position. */
  private check(gathered: Gathered, ref: string, kinds: readonly RefKind[]): void {
    if (!namesKind(gathered.index, ref, kinds)) gathered.unresolved.push({ position: gathered.refCount, ref, kinds });
    gathered.refCount++;
  }

  /** The text (or each text of an array) in `owner[field]`. */
  text(owner: object, field: string): void {
    const value = (owner as Loose)[field];
    if (value === undefined) return;
    const texts = this.texts;
    if (texts !== undefined) {
      // Gathering: no paths, no calls.
      if (!Array.isArray(value)) texts.push(value as Text);
      else for (let i = 0; i < value.length; i++) if (value[i] !== undefined) texts.push(value[i] as Text);
      return;
    }
    const onText = this.visitor.text;
    if (onText === undefined) return;
    const path = this.path;
    path.push(field);
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        if (value[i] === undefined) continue;
        path.push(i);
        onText.call(this.visitor, value[i] as Text, path);
        path.pop();
      }
    } else onText.call(this.visitor, value as Text, path);
    path.pop();
  }

  /** An indicator value, a text unless it is a number. */
  value(owner: object, field: string): void {
    const value = (owner as Loose)[field];
    if (value === undefined || typeof value === "number") return;
    if (this.texts !== undefined) this.texts.push(value as Text);
    else if (this.visitor.text !== undefined) {
      this.path.push(field);
      this.visitor.text(value as Text, this.path);
      this.path.pop();
    }
  }

  /** The reference (or each reference of an array) in `owner[field]`. */
  ref(owner: object, field: string, kinds: readonly RefKind[]): void {
    const value = (owner as Loose)[field];
    const gathered = this.gathered;
    if (gathered !== undefined) {
      if (typeof value === "string") this.check(gathered, value, kinds);
      else if (Array.isArray(value)) {
        // Strings only, as the visitor below meets them; anything else is skipped.
        for (let i = 0; i < value.length; i++) if (typeof value[i] === "string") this.check(gathered, value[i] as string, kinds);
      }
      return;
    }
    const onRef = this.visitor.ref;
    if (onRef === undefined) return;
    const path = this.path;
    if (typeof value === "string") {
      path.push(field);
      onRef.call(this.visitor, value, kinds, path);
      path.pop();
    } else if (Array.isArray(value)) {
      path.push(field);
      for (let i = 0; i < value.length; i++) {
        if (typeof value[i] !== "string") continue;
        path.push(i);
        onRef.call(this.visitor, value[i] as string, kinds, path);
        path.pop();
      }
      path.pop();
    }
  }

  /** Calls `visit` for each item of `owner[field]`, with the item's index on the path. */
  each(list: List, field: string, visit: (item: unknown) => void): void {
    if (list === undefined) return;
    const path = this.path;
    path.push(field);
    for (let i = 0; i < list.length; i++) {
      if (list[i] === undefined) continue;
      path.push(i);
      visit(list[i]);
      path.pop();
    }
    path.pop();
  }

  /** Runs `visit` with `field` on the path. */
  under(field: string, visit: () => void): void {
    this.path.push(field);
    visit();
    this.path.pop();
  }

  blocks(blocks: readonly Block[]): void {
    const path = this.path;
    for (let i = 0; i < blocks.length; i++) {
      const block = blocks[i];
      if (block === undefined) continue;
      path.push(i);
      if (block.type === "paragraph") this.text(block, "text");
      else if (block.type === "list") this.text(block, "items");
      else if (block.type === "section") {
        this.text(block, "title");
        if (block.blocks !== undefined) {
          path.push("blocks");
          this.blocks(block.blocks);
          path.pop();
        }
      }
      path.pop();
    }
  }

  objectives(objectives: readonly Objective[]): void {
    const path = this.path;
    for (let i = 0; i < objectives.length; i++) {
      const objective = objectives[i];
      if (objective === undefined) continue;
      path.push(i);
      this.ref(objective, "focusAreas", OBJECTIVE_FOCUS_AREAS);
      this.text(objective, "name");
      this.text(objective, "description");
      this.each(objective.stakeholders, "stakeholders", (stakeholder) => {
        this.ref(stakeholder as object, "actor", STAKEHOLDER_ACTOR);
        this.text(stakeholder as object, "description");
      });
      if (objective.subObjectives !== undefined) {
        path.push("subObjectives");
        this.objectives(objective.subObjectives);
        path.pop();
      }
      path.pop();
    }
  }

  cluster(cluster: NonNullable<Plan["cluster"]>): void {
    this.text(cluster, "name");
    this.text(cluster, "shortName");
    this.text(cluster, "description");
    const coordinator = cluster.coordinator;
    if (coordinator !== undefined) {
      this.under("coordinator", () => {
        this.ref(coordinator, "participant", COORDINATOR_PARTICIPANT);
        this.text(coordinator, "unit");
      });
    }
    this.each(cluster.people, "people", (person) => {
      const value = person as { roles?: List; affiliations?: List };
      this.each(value.roles, "roles", (role) => {
        this.ref(role as object, "organisation", ROLE_ORGANISATION);
        this.text(role as object, "title");
      });
      this.each(value.affiliations, "affiliations", (affiliation) => this.ref(affiliation as object, "organisation", AFFILIATION_ORGANISATION));
    });
    this.each(cluster.participants, "participants", (participant) => {
      const value = participant as object;
      this.ref(value, "parent", PARTICIPANT_PARENT);
      this.ref(value, "groups", PARTICIPANT_GROUPS);
      this.text(value, "name");
      this.text(value, "region");
      this.text(value, "healthRegion");
    });
    this.each(cluster.memberCounts, "memberCounts", (count) => this.text(count as object, "of"));
    this.each(cluster.groups, "groups", (group) => {
      const value = group as object;
      this.ref(value, "lead", GROUP_LEAD);
      this.ref(value, "members", GROUP_MEMBERS);
      this.text(value, "name");
      this.text(value, "description");
    });
    this.each(cluster.bodies, "bodies", (body) => {
      const value = body as { composition?: List };
      this.ref(value, "host", BODY_HOST);
      this.text(value, "name");
      this.text(value, "description");
      this.each(value.composition, "composition", (seat) => {
        this.ref(seat as object, "represents", SEAT_REPRESENTS);
        this.text(seat as object, "description");
      });
    });
    this.each(cluster.posts, "posts", (post) => {
      this.ref(post as object, "body", POST_BODY);
      this.text(post as object, "title");
      this.text(post as object, "description");
    });
    this.each(cluster.nodes, "nodes", (node) => {
      this.ref(node as object, "participants", NODE_PARTICIPANTS);
      this.ref(node as object, "coordinator", NODE_COORDINATOR);
      this.text(node as object, "region");
      this.text(node as object, "note");
    });
    this.each(cluster.partners, "partners", (partner) => {
      const value = partner as { members?: object; agreement?: { commitments?: List; statements?: List } };
      this.ref(value, "parent", PARTNER_PARENT);
      this.text(value, "name");
      this.text(value, "description");
      const members = value.members;
      if (members !== undefined) this.under("members", () => this.text(members, "of"));
      const agreement = value.agreement;
      if (agreement !== undefined) {
        this.under("agreement", () => {
          this.text(agreement, "background");
          this.each(agreement.commitments, "commitments", (commitment) => {
            this.ref(commitment as object, "party", COMMITMENT_PARTY);
            this.text(commitment as object, "text");
          });
          this.each(agreement.statements, "statements", (statement) => {
            this.ref(statement as object, "for", STATEMENT_FOR);
            this.text(statement as object, "role");
            this.text(statement as object, "text");
          });
          this.text(agreement, "source");
        });
      }
      this.text(value, "history");
    });
    this.each(cluster.organisations, "organisations", (organisation) => {
      this.ref(organisation as object, "parent", ORGANISATION_PARENT);
      this.text(organisation as object, "name");
      this.text(organisation as object, "description");
    });
  }

  chapters(chapters: Plan["chapters"]): void {
    const path = this.path;
    path.push("chapters");
    for (let c = 0; c < chapters.length; c++) {
      const chapter = chapters[c];
      if (chapter === undefined) continue;
      path.push(c);
      this.ref(chapter, "objectives", CHAPTER_OBJECTIVES);
      this.ref(chapter, "references", CHAPTER_REFERENCES);
      this.text(chapter, "title");
      this.text(chapter, "tocTitle");
      this.text(chapter, "shortTitle");
      const summary = chapter.summary;
      if (summary !== undefined) {
        path.push("summary");
        this.text(summary, "text");
        this.each(summary.priorities, "priorities", (priority) => {
          this.ref(priority as object, "measures", PRIORITY_MEASURES);
          this.text(priority as object, "text");
        });
        path.pop();
      }
      if (chapter.content !== undefined) {
        path.push("content");
        this.blocks(chapter.content);
        path.pop();
      }
      const rationale = chapter.rationale;
      if (rationale !== undefined) {
        path.push("rationale");
        this.text(rationale, "title");
        this.text(rationale, "items");
        path.pop();
      }
      const horizon = chapter.horizon;
      if (horizon !== undefined) {
        path.push("horizon");
        this.text(horizon, "title");
        this.each(horizon.targets, "targets", (target) => {
          this.ref(target as object, "refs", TARGET_REFS);
          this.text(target as object, "text");
        });
        path.pop();
      }
      const measures = chapter.measures;
      if (measures !== undefined) {
        path.push("measures");
        this.text(measures, "title");
        const items = measures.items;
        if (items !== undefined) {
          path.push("items");
          for (let i = 0; i < items.length; i++) {
            const measure = items[i];
            if (measure === undefined) continue;
            path.push(i);
            this.ref(measure, "responsible", MEASURE_RESPONSIBLE);
            this.ref(measure, "lead", MEASURE_LEAD);
            this.ref(measure, "supporting", MEASURE_SUPPORTING);
            this.ref(measure, "related", MEASURE_RELATED);
            this.text(measure, "text");
            const description = measure.description;
            if (description !== undefined) this.under("description", () => this.blocks(description));
            this.each(measure.statusHistory, "statusHistory", (entry) => this.text(entry as object, "note"));
            this.each(measure.milestones, "milestones", (milestone) => this.text(milestone as object, "text"));
            if (measure.budget !== undefined) this.under("budget", () => this.text(measure.budget!, "source"));
            this.text(measure, "footnotes");
            path.pop();
          }
          path.pop();
        }
        path.pop();
      }
      const preconditions = chapter.preconditions;
      if (preconditions !== undefined) {
        path.push("preconditions");
        this.text(preconditions, "title");
        this.each(preconditions.items, "items", (precondition) => {
          this.ref(precondition as object, "refs", PRECONDITION_REFS);
          this.text(precondition as object, "text");
        });
        path.pop();
      }
      path.pop();
    }
    path.pop();
  }

  plan(plan: Plan): void {
    this.text(plan, "title");
    const { adoption, preparedBy, cluster, strategy, summary, tableConventions, glossary } = plan;
    if (adoption !== undefined) {
      this.under("adoption", () => {
        this.ref(adoption, "body", ADOPTION_BODY);
        this.text(adoption, "note");
      });
    }
    if (preparedBy !== undefined) {
      this.under("preparedBy", () => {
        this.ref(preparedBy, "body", PREPARATION_BODY);
        this.text(preparedBy, "note");
      });
    }
    if (cluster !== undefined) this.under("cluster", () => this.cluster(cluster));
    if (strategy !== undefined) {
      this.under("strategy", () => {
        this.text(strategy, "title");
        this.text(strategy, "mission");
        this.text(strategy, "vision");
        this.each(strategy.values, "values", (value) => {
          this.text(value as object, "name");
          this.text(value as object, "description");
        });
        this.text(strategy, "mainObjective");
        this.each(strategy.focusAreas, "focusAreas", (area) => {
          this.text(area as object, "name");
          this.text(area as object, "description");
        });
        const objectives = strategy.objectives;
        if (objectives !== undefined) this.under("objectives", () => this.objectives(objectives));
      });
    }
    if (summary !== undefined) {
      this.under("summary", () => {
        this.text(summary, "title");
        const intro = summary.intro;
        if (intro !== undefined) this.under("intro", () => this.blocks(intro));
      });
    }
    if (tableConventions !== undefined) {
      this.under("tableConventions", () => {
        this.text(tableConventions, "title");
        const content = tableConventions.content;
        if (content !== undefined) this.under("content", () => this.blocks(content));
      });
    }
    if (glossary !== undefined) {
      this.under("glossary", () => {
        this.text(glossary, "title");
        const intro = glossary.intro;
        if (intro !== undefined) this.under("intro", () => this.blocks(intro));
        this.each(glossary.entries, "entries", (entry) => {
          this.ref(entry as object, "refersTo", GLOSSARY_REFERS_TO);
          this.text(entry as object, "expansion");
        });
      });
    }
    if (plan.chapters !== undefined) this.chapters(plan.chapters);
    this.each(plan.developmentTasks, "developmentTasks", (task) => {
      this.ref(task as object, "actor", TASK_ACTOR);
      this.text(task as object, "label");
      this.text(task as object, "tasks");
    });
    this.each(plan.indicators, "indicators", (indicator) => {
      const value = indicator as { baseline?: object; periods?: List };
      this.ref(value, "tracks", INDICATOR_TRACKS);
      this.text(value, "name");
      this.text(value, "description");
      this.text(value, "unit");
      this.text(value, "dimension");
      this.text(value, "source");
      const baseline = value.baseline;
      if (baseline !== undefined) {
        this.under("baseline", () => {
          this.value(baseline, "value");
          this.text(baseline, "note");
          this.text(baseline, "source");
        });
      }
      this.each(value.periods, "periods", (period) => {
        const entries = (entry: unknown): void => {
          this.value(entry as object, "value");
          this.text(entry as object, "description");
          this.text(entry as object, "source");
          this.text(entry as object, "evidence");
        };
        this.each((period as { targets?: List }).targets, "targets", entries);
        this.each((period as { actuals?: List }).actuals, "actuals", entries);
        this.text(period as object, "note");
      });
      this.text(value, "notes");
    });
    this.each(plan.revisions, "revisions", (revision) => {
      this.ref(revision as object, "body", REVISION_BODY);
      this.text(revision as object, "summary");
      this.text(revision as object, "evaluation");
      this.text(revision as object, "feedback");
    });
    this.each(plan.progress, "progress", (report) => {
      const value = report as { measures?: List; indicators?: List };
      this.text(value, "source");
      this.text(value, "summary");
      this.each(value.measures, "measures", (item) => {
        this.ref(item as object, "measure", PROGRESS_MEASURE);
        this.text(item as object, "note");
      });
      this.each(value.indicators, "indicators", (observation) => {
        this.ref(observation as object, "indicator", OBSERVATION_INDICATOR);
        this.value(observation as object, "value");
        this.text(observation as object, "note");
      });
    });
    const rollup = plan.rollup;
    if (rollup !== undefined) {
      this.under("rollup", () => {
        const weights = (item: unknown): void => this.ref(item as object, "part", WEIGHT_PART);
        this.each(rollup.weights, "weights", weights);
        this.each(rollup.objectives, "objectives", (entry) => {
          this.ref(entry as object, "objective", OBJECTIVE_ROLLUP_OBJECTIVE);
          this.each((entry as { weights?: List }).weights, "weights", weights);
          this.text(entry as object, "note");
        });
        this.text(rollup, "note");
      });
    }
  }
}

/**
 * Visits every text and every reference of a plan in document order — the order of walkPlan — with its path.
 * Cheaper than walkPlan: no node objects, no pointers, one shared path stack (see {@link PlanScanVisitor}).
 */
export function scanPlan(plan: Plan, visitor: PlanScanVisitor): void {
  new Scanner(visitor).plan(plan);
}

/** A reference that does not name a thing of a kind its field allows, found while gathering (see {@link planContents}). */
export interface UnresolvedReference {
  /** Its position among all references, in document order (as {@link scanPlan} meets them; see {@link pathsAt}). */
  readonly position: number;
  /** The reference as written. */
  readonly ref: string;
  /** The kinds its field allows. */
  readonly kinds: readonly RefKind[];
}

/** Every text of a plan, and the references that do not resolve, in document order, without their paths. */
export interface PlanContents {
  /** Every text, as {@link scanPlan} meets them. */
  readonly texts: readonly Text[];
  /**
   * The references that name nothing, or a thing of a kind their field does not allow, checked against the rule
   * context's index during the same walk (so that no list of every reference is kept).
   */
  readonly unresolved: readonly UnresolvedReference[];
}

const contents = new WeakMap<object, PlanContents>();

/**
 * The texts and unresolved references of the plan a rule context checks, gathered in one walk per context and shared
 * by the rules that run in it (`checkPlan` makes a context per call, so a changed plan is gathered afresh). Paths are
 * not kept: a rule that finds something asks for the paths of those few items afterwards.
 */
export function planContents(ctx: { readonly plan: Plan; readonly index: PlanIndex }): PlanContents {
  let found = contents.get(ctx);
  if (found === undefined) {
    const gathered: Gathered = { texts: [], index: ctx.index, unresolved: [], refCount: 0 };
    new Scanner({}, gathered).plan(ctx.plan);
    found = { texts: gathered.texts, unresolved: gathered.unresolved };
    contents.set(ctx, found);
  }
  return found;
}

/** The paths of the texts (`kind` "text") or references (`kind` "ref") at the given positions, ascending, in one walk. */
export function pathsAt(plan: Plan, kind: "text" | "ref", positions: readonly number[]): (string | number)[][] {
  const paths: (string | number)[][] = [];
  let seen = 0;
  const take = (path: readonly (string | number)[]): void => {
    while (paths.length < positions.length && positions[paths.length] === seen) paths.push([...path]);
    seen++;
  };
  scanPlan(plan, kind === "text" ? { text: (_value, path) => take(path) } : { ref: (_value, _kinds, path) => take(path) });
  return paths;
}
