import type {
  Chapter,
  FocusArea,
  GlossaryEntry,
  GovernanceBody,
  HorizonTarget,
  Indicator,
  Measure,
  Objective,
  Participant,
  Partner,
  Plan,
  Post,
  Precondition,
  ProgressReport,
  RefKind,
  RegionalNode,
  Revision,
  SubGroup,
} from "../model/index.js";
import { toPointer } from "../pointer.js";

/** The value each kind of reference points at. */
export interface RefTargets {
  participant: Participant;
  partner: Partner;
  body: GovernanceBody;
  post: Post;
  group: SubGroup;
  node: RegionalNode;
  focusArea: FocusArea;
  objective: Objective;
  chapter: Chapter;
  measure: Measure;
  target: HorizonTarget;
  precondition: Precondition;
  indicator: Indicator;
  term: GlossaryEntry;
  revision: Revision;
  progressReport: ProgressReport;
}

/** Every kind a reference can name, in the order of the model's `REF_KINDS` (kept here so that rules need no zod). */
export const INDEX_KINDS = [
  "participant",
  "partner",
  "body",
  "post",
  "group",
  "node",
  "focusArea",
  "objective",
  "chapter",
  "measure",
  "target",
  "precondition",
  "indicator",
  "term",
  "revision",
  "progressReport",
] as const satisfies readonly RefKind[];

/** One addressable thing of a plan: its kind, id, value and where it sits. */
export interface PlanIndexEntry<K extends RefKind = RefKind> {
  /** What sort of thing it is. */
  kind: K;
  /** Its id. */
  id: string;
  /** The reference that points at it, `kind:id`. */
  ref: `${K}:${string}`;
  /** Its path in the plan, as segments. */
  path: (string | number)[];
  /** JSON Pointer to it in the plan. */
  pointer: string;
  /** The thing itself. */
  value: RefTargets[K];
  /** The chapter it belongs to (measures, targets and preconditions). */
  chapter?: Chapter;
  /** The objective it is a part of (sub-objectives). */
  parent?: Objective;
}

/** Every addressable thing of a plan, keyed by its reference; the first of two things with the same reference wins. */
export interface PlanIndex {
  /** The plan indexed. */
  plan: Plan;
  /** The things, keyed by `kind:id`. */
  entries: ReadonlyMap<string, PlanIndexEntry>;
  /** Things whose reference an earlier thing already holds (duplicate ids). */
  duplicates: readonly PlanIndexEntry[];
  /** The thing a reference points at, if any. */
  get<K extends RefKind>(ref: `${K}:${string}`): PlanIndexEntry<K> | undefined;
  /** Every thing of one kind, in document order. */
  ofKind<K extends RefKind>(kind: K): PlanIndexEntry<K>[];
}

/** Builds the index of every addressable thing of a plan: participants, partners, bodies, …, progress reports. */
export function createPlanIndex(plan: Plan): PlanIndex {
  const entries = new Map<string, PlanIndexEntry>();
  const duplicates: PlanIndexEntry[] = [];
  const byKind = new Map<RefKind, PlanIndexEntry[]>();

  const add = <K extends RefKind>(
    kind: K,
    value: RefTargets[K] & { id: string },
    path: (string | number)[],
    extra: { chapter?: Chapter; parent?: Objective } = {},
  ): void => {
    const ref = `${kind}:${value.id}` as const;
    const entry: PlanIndexEntry<K> = { kind, id: value.id, ref, path, pointer: toPointer(path), value, ...extra };
    const list = byKind.get(kind) ?? [];
    list.push(entry as PlanIndexEntry);
    byKind.set(kind, list);
    if (entries.has(ref)) duplicates.push(entry as PlanIndexEntry);
    else entries.set(ref, entry as PlanIndexEntry);
  };

  const cluster = plan.cluster;
  if (cluster !== undefined) {
    cluster.participants.forEach((item, i) => add("participant", item, ["cluster", "participants", i]));
    cluster.partners?.forEach((item, i) => add("partner", item, ["cluster", "partners", i]));
    cluster.bodies?.forEach((item, i) => add("body", item, ["cluster", "bodies", i]));
    cluster.posts?.forEach((item, i) => add("post", item, ["cluster", "posts", i]));
    cluster.groups?.forEach((item, i) => add("group", item, ["cluster", "groups", i]));
    cluster.nodes?.forEach((item, i) => add("node", item, ["cluster", "nodes", i]));
  }
  const strategy = plan.strategy;
  if (strategy !== undefined) {
    strategy.focusAreas?.forEach((item, i) => add("focusArea", item, ["strategy", "focusAreas", i]));
    const addObjectives = (list: readonly Objective[], path: (string | number)[], parent?: Objective): void => {
      list.forEach((objective, i) => {
        add("objective", objective, [...path, i], parent === undefined ? {} : { parent });
        if (objective.subObjectives !== undefined) addObjectives(objective.subObjectives, [...path, i, "subObjectives"], objective);
      });
    };
    if (strategy.objectives !== undefined) addObjectives(strategy.objectives, ["strategy", "objectives"]);
  }
  plan.chapters.forEach((chapter, c) => {
    add("chapter", chapter, ["chapters", c]);
    chapter.measures?.items.forEach((item, i) => add("measure", item, ["chapters", c, "measures", "items", i], { chapter }));
    chapter.horizon?.targets.forEach((item, i) => add("target", item, ["chapters", c, "horizon", "targets", i], { chapter }));
    chapter.preconditions?.items.forEach((item, i) =>
      add("precondition", item, ["chapters", c, "preconditions", "items", i], { chapter }),
    );
  });
  plan.indicators?.forEach((item, i) => add("indicator", item, ["indicators", i]));
  plan.glossary?.entries.forEach((item, i) => {
    if (item.refersTo === undefined) add("term", item, ["glossary", "entries", i]);
  });
  plan.revisions?.forEach((item, i) => add("revision", item, ["revisions", i]));
  plan.progress?.forEach((item, i) => add("progressReport", item, ["progress", i]));

  return {
    plan,
    entries,
    duplicates,
    get: <K extends RefKind>(ref: `${K}:${string}`) => entries.get(ref) as PlanIndexEntry<K> | undefined,
    ofKind: <K extends RefKind>(kind: K) => [...((byKind.get(kind) ?? []) as PlanIndexEntry<K>[])],
  };
}

/** Splits a reference `kind:id` into its kind and id; `undefined` when it is not one of the known kinds. */
export function splitRef(ref: string): { kind: RefKind; id: string } | undefined {
  const colon = ref.indexOf(":");
  if (colon <= 0) return undefined;
  const kind = ref.slice(0, colon);
  if (!(INDEX_KINDS as readonly string[]).includes(kind)) return undefined;
  return { kind: kind as RefKind, id: ref.slice(colon + 1) };
}

/** The thing a reference such as `participant:uib` points at in the plan, or `undefined` when nothing does. */
export function resolveRef<K extends RefKind>(plan: Plan | PlanIndex, ref: `${K}:${string}`): PlanIndexEntry<K> | undefined {
  const index = "entries" in plan && plan.entries instanceof Map ? (plan as PlanIndex) : createPlanIndex(plan as Plan);
  return index.get(ref);
}
