import { describe, expect, it } from "vitest";
import * as core from "../index.js";
import { bundledInputs } from "../testing/bundle.js";

describe("@actionplan/core/helpers", () => {
  it("exports exactly these runtime names", async () => {
    expect(Object.keys(await import("./index.js")).sort()).toEqual([
      "REF_KINDS",
      "collectIds",
      "diffPlans",
      "escapeInline",
      "indicatorPeriodSpan",
      "inlineToPlainText",
      "lateItems",
      "parseInline",
      "resolveText",
      "resolveTextEntry",
      "rollUpProgress",
      "textEntries",
    ]);
  });

  it("re-exports the main entry's own functions and constants, not copies", async () => {
    const helpers: Record<string, unknown> = await import("./index.js");
    for (const [name, value] of Object.entries(helpers)) {
      expect(value, name).toBe((core as Record<string, unknown>)[name]);
    }
  });

  it("does not import zod at run time (bundled graph of src/helpers/index.ts)", async () => {
    const { inputs, code } = await bundledInputs(new URL("./index.ts", import.meta.url));
    expect(inputs.filter((path) => /\/model\/|zod/.test(path))).toEqual([]);
    expect(inputs.filter((path) => path.includes("node_modules"))).toEqual([]);
    expect(code).not.toMatch(/from\s*["']zod["']|require\(["']zod["']\)/);
    expect(inputs.some((path) => path.endsWith("diff/index.ts"))).toBe(true);
    expect(inputs.some((path) => path.endsWith("inline.ts"))).toBe(true);
  });

  it("would see zod if a module it reaches imported it (the same check on the main entry finds it)", async () => {
    const { inputs } = await bundledInputs(new URL("../index.ts", import.meta.url));
    expect(inputs.some((path) => /node_modules\/.*zod\//.test(path))).toBe(true);
    expect(inputs.some((path) => path.includes("/model/"))).toBe(true);
  });
});
