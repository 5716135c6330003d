import { describe, expect, test } from "vitest";
import { PLAN_SHAPE as FULL } from "../generated/shape.js";
import { WALK_SHAPE } from "../generated/walk-shape.js";
import { decodeShape, encodeShape } from "./compact.js";
import type { ShapeDescription } from "./description.js";
import { PLAN_SHAPE } from "../rules/index.js";
import { planShape } from "./plan-shape.js";

describe("the compact shape", () => {
  const decoded = decodeShape(WALK_SHAPE);

  test("decodes to the full description, every named type, keys in the same order", () => {
    expect(Object.keys(decoded.types)).toEqual(Object.keys(FULL.types));
    expect(Object.keys(FULL.types).length).toBeGreaterThan(80);
    for (const name of Object.keys(FULL.types)) {
      expect(decoded.types[name], name).toStrictEqual(FULL.types[name]);
      expect(JSON.stringify(decoded.types[name]), name).toBe(JSON.stringify(FULL.types[name]));
    }
    expect(decoded.root).toBe(FULL.root);
  });

  test("is what core reads at run time (PLAN_SHAPE)", () => {
    expect(planShape()).toStrictEqual(FULL);
    expect(PLAN_SHAPE.root).toBe(FULL.root);
    expect(PLAN_SHAPE.types).toBe(planShape().types);
    expect(JSON.parse(JSON.stringify(PLAN_SHAPE))).toStrictEqual(FULL);
  });

  test("is smaller than the full description", () => {
    expect(JSON.stringify(WALK_SHAPE).length).toBeLessThan(JSON.stringify(FULL).length * 0.6);
  });

  test("round-trips what the plan's shape does not use: other titles, kept patterns, open objects, shared unions", () => {
    const shape: ShapeDescription = {
      root: "A",
      types: {
        A: {
          title: "Not A",
          type: "object",
          properties: {
            ref: { ref: "B" },
            odd: { type: "string", pattern: "^(measure):x$", refKinds: ["measure"] },
            made: { type: "string", pattern: "^(measure):[A-Za-z0-9][A-Za-z0-9._-]{0,127}$", refKinds: ["measure"] },
            one: { oneOf: [{ ref: "B" }, { type: "null" }], discriminator: "type" },
            two: { oneOf: [{ ref: "B" }, { type: "null" }], discriminator: "type" },
            map: { type: "object", propertyNames: { type: "string", minLength: 2 }, additionalProperties: { ref: "B" } },
            open: { type: "object", properties: { x: { const: 0 } } },
          },
          required: ["ref"],
          additionalProperties: false,
        },
        B: { title: "B", type: "integer", minimum: 0, maximum: 9, enum: [1, 2] },
      },
    };
    const compact = encodeShape(shape);
    expect(compact.shared.length).toBeGreaterThan(0);
    expect(JSON.stringify(decodeShape(compact))).toBe(JSON.stringify(shape));
  });

  test("refuses a keyword it cannot say, naming it", () => {
    const shape = { root: "A", types: { A: { title: "A", colour: "red" } } } as unknown as ShapeDescription;
    expect(() => encodeShape(shape)).toThrow('cannot say the keyword "colour"');
    expect(() => decodeShape({ root: "A", shared: [], types: { A: { z: 1 } } })).toThrow('unknown keyword letter "z"');
  });
});
