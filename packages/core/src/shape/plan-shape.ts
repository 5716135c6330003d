// The plan's shape description as core reads it at run time: decoded on first use from the compact generated form
// (generated/walk-shape.ts), which costs browser bundles less than the full description (generated/shape.ts).
// Decoding takes 1–2 ms, so it waits until a walk needs the shape: a valid plan's quick pass never does.
import { WALK_SHAPE } from "../generated/walk-shape.js";
import { decodeShape } from "./compact.js";
import type { ShapeDescription } from "./description.js";

let decoded: ShapeDescription | undefined;

/** The plan's shape: every named type, its fields and constraints, and what its ids, references and texts are. */
export const planShape = (): ShapeDescription => (decoded ??= decodeShape(WALK_SHAPE));
