// The three lists of a cluster that hold organisations, for the rules that look at every organisation.
import type { Cluster } from "../model/index.js";

/**
 * The cluster's lists of organisations — participants, partners and other organisations — each with the reference
 * kind of its entries and the cluster's field that holds it.
 */
export function organisationLists(cluster: Cluster) {
  return [
    ["participant", "participants", cluster.participants],
    ["partner", "partners", cluster.partners],
    ["organisation", "organisations", cluster.organisations],
  ] as const;
}
