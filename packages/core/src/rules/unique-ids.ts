import type { Block } from "../model/index.js";
import { toPointer } from "../pointer.js";
import type { Rule } from "./context.js";

/**
 * Ids are unique per kind: two things of the same kind (two measures, two participants, …) must not share an id,
 * since `kind:id` would be ambiguous. Glossary entries and narrative sections also need unique ids among themselves.
 * Things of different kinds may share an id (`participant:uib` and `term:uib` do not clash).
 */
export const uniqueIds: Rule = (ctx) => {
  for (const duplicate of ctx.index.duplicates) {
    const first = ctx.index.get(duplicate.ref);
    ctx.error(
      "duplicate_id",
      [...duplicate.path, "id"],
      `The id \`${duplicate.id}\` is used by two ${duplicate.kind}s; \`${duplicate.ref}\` must name one thing.`,
      `The first is at ${first?.pointer ?? "?"}; give this ${duplicate.kind} another id.`,
    );
  }
  const entries = new Map<string, number>();
  ctx.plan.glossary?.entries.forEach((entry, i) => {
    const first = entries.get(entry.id);
    // Terms are already covered by the index; this catches entries that refer to actors.
    if (first !== undefined && (entry.refersTo !== undefined || ctx.plan.glossary!.entries[first]!.refersTo !== undefined)) {
      ctx.error(
        "duplicate_id",
        ["glossary", "entries", i, "id"],
        `The glossary entry id \`${entry.id}\` is used twice.`,
        `The first is at /glossary/entries/${first}; give this entry another id.`,
      );
    }
    if (first === undefined) entries.set(entry.id, i);
  });
  const sections = new Map<string, string>();
  const visit = (blocks: readonly Block[] | undefined, path: (string | number)[]): void => {
    blocks?.forEach((block, i) => {
      if (block.type !== "section") return;
      if (block.id !== undefined) {
        const pointer = toPointer([...path, i]);
        const first = sections.get(block.id);
        if (first !== undefined) {
          ctx.error(
            "duplicate_id",
            [...path, i, "id"],
            `The section id \`${block.id}\` is used twice.`,
            `The first is at ${first}; give this section another id.`,
          );
        } else sections.set(block.id, pointer);
      }
      visit(block.blocks, [...path, i, "blocks"]);
    });
  };
  visit(ctx.plan.summary?.intro, ["summary", "intro"]);
  visit(ctx.plan.tableConventions?.content, ["tableConventions", "content"]);
  visit(ctx.plan.glossary?.intro, ["glossary", "intro"]);
  ctx.plan.chapters.forEach((chapter, c) => visit(chapter.content, ["chapters", c, "content"]));
};
