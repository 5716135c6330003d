export * from "./primitives.js";
export * from "./blocks.js";
export * from "./cluster.js";
export * from "./strategy.js";
export * from "./chapter.js";
export * from "./indicator.js";
export * from "./revision.js";
export * from "./plan.js";
