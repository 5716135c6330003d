import type { Rule } from "./context.js";
import { organisationLists } from "./organisation-lists.js";

/** An organisation's `parent` chain ends: no organisation is, through its parents, part of itself. */
export const organisationParents: Rule = (ctx) => {
  const cluster = ctx.plan.cluster;
  if (cluster === undefined) return;
  const parentOf = new Map<string, string>();
  const places = new Map<string, (string | number)[]>();
  for (const [kind, field, list] of organisationLists(cluster)) {
    list?.forEach((organisation, i) => {
      const ref = `${kind}:${organisation.id}`;
      if (places.has(ref)) return; // a duplicate id: uniqueIds reports it, the first one counts
      places.set(ref, ["cluster", field, i, "parent"]);
      if (organisation.parent !== undefined) parentOf.set(ref, organisation.parent);
    });
  }
  // Each organisation is visited once (white → on the current path → done), so a long chain costs its length, not
  // its square.
  const done = new Set<string>();
  for (const [start] of places) {
    if (done.has(start)) continue;
    const path: string[] = [];
    const onPath = new Map<string, number>();
    let current: string | undefined = start;
    while (current !== undefined && places.has(current) && !done.has(current) && !onPath.has(current)) {
      onPath.set(current, path.length);
      path.push(current);
      current = parentOf.get(current);
    }
    if (current !== undefined && onPath.has(current)) {
      // The path ran into itself: the organisations from `current` on form a cycle; report it once, at its first member.
      const cycle = path.slice(onPath.get(current)!);
      const first = cycle[0]!;
      ctx.error(
        "organisation_parent_cycle",
        places.get(first)!,
        cycle.length === 1
          ? `\`${first}\` names itself as its parent.`
          : `\`${first}\` is, through its parents, part of itself: ${[...cycle, first].join(" → ")}.`,
        "Remove `parent` from the organisation at the top of the hierarchy.",
      );
    }
    for (const member of path) done.add(member);
  }
};
