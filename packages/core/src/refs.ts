// Reference kinds live apart from the zod model so that zod-free code (rules, renderers) can use them
// without pulling zod into a bundle.

/** Every kind of thing a reference can point at. */
export const REF_KINDS = [
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
] as const;

/** A kind of thing a reference can point at. */
export type RefKind = (typeof REF_KINDS)[number];

/** A reference written `kind:id`, e.g. `participant:uib` or `chapter:ch-x`. */
export type Ref<K extends RefKind = RefKind> = `${K}:${string}`;
