import { z } from "zod";
import { Extensions, Id, Text } from "./primitives.js";

/**
 * A paragraph of running text.
 *
 * @example
 * ```ts
 * import { Paragraph } from "@actionplan/core";
 *
 * const value = Paragraph.parse({
 *   "type": "paragraph",
 *   "text": "Participation is a *democratic right*."
 * });
 * ```
 */
export const Paragraph = z
  .strictObject({
    /** Always `paragraph`. */
    type: z.literal("paragraph").describe("Always `paragraph`."),
    /** The paragraph's text. */
    text: Text.describe("The paragraph's text."),
    /** Custom data for tools. */
    extensions: Extensions.optional().describe("Custom data for tools."),
  })
  .meta({ id: "Paragraph", title: "Paragraph", description: "A paragraph of running text." });
/** A paragraph of running text. */
export type Paragraph = z.infer<typeof Paragraph>;

/**
 * A bulleted or numbered list of short texts.
 *
 * @example
 * ```ts
 * import { List } from "@actionplan/core";
 *
 * const value = List.parse({
 *   "type": "list",
 *   "ordered": true,
 *   "items": [
 *     "Evaluate the year.",
 *     "Gather feedback.",
 *     "Set priorities."
 *   ]
 * });
 * ```
 */
export const List = z
  .strictObject({
    /** Always `list`. */
    type: z.literal("list").describe("Always `list`."),
    /** Whether the items are numbered (default: bullets). */
    ordered: z.boolean().optional().describe("Whether the items are numbered (default: bullets)."),
    /** The items, in order. */
    items: z.array(Text).min(1).describe("The items, in order."),
    /** Custom data for tools. */
    extensions: Extensions.optional().describe("Custom data for tools."),
  })
  .meta({ id: "List", title: "List", description: "A bulleted or numbered list of short texts." });
/** A bulleted or numbered list of short texts. */
export type List = z.infer<typeof List>;

/**
 * A visible break between parts of a chapter (a horizontal rule).
 *
 * @example
 * ```ts
 * import { ThematicBreak } from "@actionplan/core";
 *
 * const value = ThematicBreak.parse({
 *   "type": "thematicBreak"
 * });
 * ```
 */
export const ThematicBreak = z
  .strictObject({
    /** Always `thematicBreak`. */
    type: z.literal("thematicBreak").describe("Always `thematicBreak`."),
    /** Custom data for tools. */
    extensions: Extensions.optional().describe("Custom data for tools."),
  })
  .meta({
    id: "ThematicBreak",
    title: "ThematicBreak",
    description: "A visible break between parts of a chapter (a horizontal rule).",
  });
/** A visible break between parts of a chapter (a horizontal rule). */
export type ThematicBreak = z.infer<typeof ThematicBreak>;

/**
 * Where a part of the plan kept elsewhere in the file is shown inside a chapter's narrative.
 *
 * @example
 * ```ts
 * import { Placeholder } from "@actionplan/core";
 *
 * const value = Placeholder.parse({
 *   "type": "placeholder",
 *   "show": "focusAreas"
 * });
 * ```
 */
export const Placeholder = z
  .strictObject({
    /** Always `placeholder`. */
    type: z.literal("placeholder").describe("Always `placeholder`."),
    /** Which part is shown here: the strategy's mission, vision, values, main objective, focus areas or objectives, the table conventions, the glossary, the participants' development tasks, or the plan's people. */
    show: z
      .enum(["mission", "vision", "values", "mainObjective", "focusAreas", "objectives", "tableConventions", "glossary", "developmentTasks", "people"])
      .describe(
        "Which part is shown here: the strategy's mission, vision, values, main objective, focus areas or objectives, the table conventions, the glossary, the participants' development tasks, or the plan's people.",
      ),
    /** Custom data for tools. */
    extensions: Extensions.optional().describe("Custom data for tools."),
  })
  .meta({
    id: "Placeholder",
    title: "Placeholder",
    description: "Where a part of the plan kept elsewhere in the file is shown inside a chapter's narrative.",
  });
/** Where a part of the plan kept elsewhere in the file is shown inside a chapter's narrative. */
export type Placeholder = z.infer<typeof Placeholder>;

/**
 * A headed subsection of a chapter's narrative, holding further blocks.
 *
 * @example
 * ```ts
 * import { Section } from "@actionplan/core";
 *
 * const value = Section.parse({
 *   "type": "section",
 *   "id": "evaluation",
 *   "title": "Evaluation",
 *   "blocks": [
 *     {
 *       "type": "paragraph",
 *       "text": "The steering group evaluates the plan every autumn."
 *     }
 *   ]
 * });
 * ```
 */
export const Section = z
  .strictObject({
    /** Always `section`. */
    type: z.literal("section").describe("Always `section`."),
    /** Optional id, so that other parts can refer to the subsection. */
    id: Id.optional().describe("Optional id, so that other parts can refer to the subsection."),
    /** The subsection's heading. */
    title: Text.describe("The subsection's heading."),
    /** The subsection's content, in order. */
    get blocks(): z.ZodArray<typeof Block> {
      return z.array(Block).describe("The subsection's content, in order.");
    },
    /** Custom data for tools. */
    extensions: Extensions.optional().describe("Custom data for tools."),
  })
  .meta({
    id: "Section",
    title: "Section",
    description: "A headed subsection of a chapter's narrative, holding further blocks.",
  });
/** A headed subsection of a chapter's narrative, holding further blocks. */
export type Section = z.infer<typeof Section>;

/**
 * One piece of a chapter's narrative: a paragraph, a list, a headed subsection, a break or a placeholder.
 *
 * @example
 * ```ts
 * import { Block } from "@actionplan/core";
 *
 * const value = Block.parse({
 *   "type": "paragraph",
 *   "text": "The cluster runs an experience panel."
 * });
 * ```
 */
export const Block = z
  .discriminatedUnion("type", [Paragraph, List, Section, ThematicBreak, Placeholder])
  .meta({
    id: "Block",
    title: "Block",
    description:
      "One piece of a chapter's narrative: a paragraph, a list, a headed subsection, a break or a placeholder.",
  });
/** One piece of a chapter's narrative: a paragraph, a list, a headed subsection, a break or a placeholder. */
export type Block = z.infer<typeof Block>;
