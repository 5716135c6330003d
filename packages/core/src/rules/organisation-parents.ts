import type { Rule } from "./context.js";

/** An organisation's `parent` chain ends: no organisation is, through its parents, part of itself. */
export const organisationParents: Rule = (ctx) => {
  const cluster = ctx.plan.cluster;
  if (cluster === undefined) return;
  const parentOf = new Map<string, string>();
  const places = new Map<string, (string | number)[]>();
  const lists = [
    ["participant", "participants", cluster.participants],
    ["partner", "partners", cluster.partners],
    ["organisation", "organisations", cluster.organisations],
  ] as const;
  for (const [kind, field, list] of lists) {
    list?.forEach((organisation, i) => {
      const ref = `${kind}:${organisation.id}`;
      if (places.has(ref)) return; // a duplicate id: uniqueIds reports it, the first one counts
      places.set(ref, ["cluster", field, i, "parent"]);
      if (organisation.parent !== undefined) parentOf.set(ref, organisation.parent);
    });
  }
  const reported = new Set<string>();
  for (const [start, path] of places) {
    if (!parentOf.has(start) || reported.has(start)) continue;
    // Follow the chain; it is at most as long as the number of organisations.
    const chain: string[] = [start];
    let current = parentOf.get(start);
    while (current !== undefined && !chain.includes(current) && chain.length <= places.size) {
      chain.push(current);
      current = parentOf.get(current);
    }
    if (current !== start) continue;
    for (const member of chain) reported.add(member);
    ctx.error(
      "organisation_parent_cycle",
      path,
      chain.length === 1
        ? `\`${start}\` names itself as its parent.`
        : `\`${start}\` is, through its parents, part of itself: ${[...chain, start].join(" → ")}.`,
      "Remove `parent` from the organisation at the top of the hierarchy.",
    );
  }
};
