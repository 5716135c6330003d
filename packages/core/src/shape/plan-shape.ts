// The plan's shape description as core reads it at run time: decoded once, on load, from the compact generated
// form (generated/walk-shape.ts), which costs browser bundles less than the full description (generated/shape.ts).
import { WALK_SHAPE } from "../generated/walk-shape.js";
import { decodeShape } from "./compact.js";
import type { ShapeDescription } from "./description.js";

/** The plan's shape: every named type, its fields and constraints, and what its ids, references and texts are. */
export const PLAN_SHAPE: ShapeDescription = /* @__PURE__ */ decodeShape(WALK_SHAPE);
