// The types of the plan's shape description (packages/core/src/generated/shape.ts): the JSON Schema keywords the
// plan's schema uses, with `$ref` written `ref`, plus the domain annotations the model gives with `.meta()`.
// No zod here: the description and its walker live on core's zod-free side.

/**
 * One node of the shape: a named type, a field, a list's items, a union's branch or a leaf.
 *
 * @example
 * ```ts
 * import { PLAN_SHAPE, type ShapeNode } from "@actionplan/core/rules";
 *
 * const responsible: ShapeNode | undefined = PLAN_SHAPE.types["Measure"]?.properties?.["responsible"];
 * responsible?.items?.refKinds; // ["participant", "partner", "body", "post", "group", "node", "person", "organisation"]
 * ```
 */
export interface ShapeNode {
  /** The named type this node stands for (a `$defs` entry of plan.schema.json). */
  readonly ref?: string;
  /** The type's name, on named types. */
  readonly title?: string;
  /** What the field or type means, in one sentence (the schema's `description`). */
  readonly description?: string;
  /** The JSON type the value must have (`integer` also accepts whole numbers written as floats). */
  readonly type?: "object" | "array" | "string" | "number" | "integer" | "boolean" | "null";
  /** The only values allowed. */
  readonly enum?: readonly unknown[];
  /** The one value allowed. */
  readonly const?: unknown;
  /** A regular expression (unicode) strings must match. */
  readonly pattern?: string;
  /** A format strings must have: `date` (a calendar day) or `uri` (an address `new URL` parses). */
  readonly format?: "date" | "uri";
  /** The smallest number allowed. */
  readonly minimum?: number;
  /** The largest number allowed. */
  readonly maximum?: number;
  /** The fewest UTF-16 code units a string may have. */
  readonly minLength?: number;
  /** The fewest items an array may have. */
  readonly minItems?: number;
  /** The fewest keys an object may have. */
  readonly minProperties?: number;
  /** An object's fields, in schema order. */
  readonly properties?: Readonly<Record<string, ShapeNode>>;
  /** The fields an object must have. */
  readonly required?: readonly string[];
  /** Keys beyond `properties`: `false` refuses them; a node checks their values. */
  readonly additionalProperties?: false | ShapeNode;
  /** What every key of an object must be. */
  readonly propertyNames?: ShapeNode;
  /** The node every item of an array must fit. */
  readonly items?: ShapeNode;
  /** A union: the value must fit at least one branch. */
  readonly anyOf?: readonly ShapeNode[];
  /** A union: the value must fit exactly one branch. */
  readonly oneOf?: readonly ShapeNode[];
  /** The field whose `const` tells the branches of a union of objects apart (a Block's `type`). */
  readonly discriminator?: string;
  /** On an object type: the kind of thing its `id` names (`measure` for a Measure). */
  readonly idKind?: string;
  /** On an object type: a field whose presence means its `id` names no thing (a glossary entry with `refersTo`). */
  readonly idKindUnless?: string;
  /** On a string: it is a reference written `kind:id`, to one of these kinds. */
  readonly refKinds?: readonly string[];
  /** On the Text type: people read it (a string or a language map). */
  readonly text?: true;
  /** On a string type: it may hold inline markup. */
  readonly inlineMarkup?: true;
  /** On an object type: a language map, one text per language tag. */
  readonly languageMap?: true;
}

/**
 * The whole shape: the root type's name and every named type.
 *
 * @example
 * ```ts
 * import { PLAN_SHAPE, type ShapeDescription } from "@actionplan/core/rules";
 *
 * const shape: ShapeDescription = PLAN_SHAPE;
 * shape.root; // "Plan"
 * shape.types[shape.root]?.required; // ["schemaVersion", "id", "language", "title", "period", "status", "chapters"]
 * ```
 */
export interface ShapeDescription {
  /** The name of the root type. */
  readonly root: string;
  /** Every named type, by name. */
  readonly types: Readonly<Record<string, ShapeNode>>;
}
