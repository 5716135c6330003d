// Entry for resolvers that ignore the `exports` map (TypeScript's node10 resolution): the generated types.
export * from "./plan.js";
