import type { Rule } from "./context.js";

/** Glossary abbreviations are unique, and every entry says what it stands for (an expansion or `refersTo`). */
export const glossary: Rule = (ctx) => {
  const seen = new Map<string, number>();
  ctx.plan.glossary?.entries.forEach((entry, i) => {
    const path = ["glossary", "entries", i];
    const first = seen.get(entry.abbreviation);
    if (first !== undefined) {
      ctx.error(
        "duplicate_abbreviation",
        [...path, "abbreviation"],
        `The abbreviation \`${entry.abbreviation}\` is in the key twice (also at /glossary/entries/${first}).`,
        "Keep one entry per abbreviation.",
      );
    } else seen.set(entry.abbreviation, i);
    if (entry.expansion === undefined && entry.refersTo === undefined) {
      ctx.error(
        "glossary_entry_without_expansion",
        path,
        `The glossary entry \`${entry.abbreviation}\` has neither \`expansion\` nor \`refersTo\`, so the key cannot say what it stands for.`,
        "Add `expansion` (what it stands for), or `refersTo` naming the participant, body or other actor.",
      );
    }
  });
};
