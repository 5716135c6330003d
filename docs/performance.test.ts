// docs/performance.md is partly written by `pnpm bench --doc=docs/performance.md`, which replaces what lies between
// its one pair of markers; the rest is written by hand. Both must keep the page in one piece.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const page = readFileSync(join(import.meta.dirname, "performance.md"), "utf8");
const count = (needle: string): number => page.split(needle).length - 1;

describe("docs/performance.md", () => {
  it("has one measured section for the benchmark to replace", () => {
    expect(count("<!-- bench:start -->")).toBe(1);
    expect(count("<!-- bench:end -->")).toBe(1);
    expect(page.indexOf("<!-- bench:start -->")).toBeLessThan(page.indexOf("<!-- bench:end -->"));
  });

  it("has each section once, in the order a reader needs them", () => {
    const headings = page.split("\n").filter((line) => /^#{1,2} /.test(line));
    expect(headings).toEqual(["# Performance", "## Targets", "## Method", "## Results", "## Reading the results", "## Size budgets"]);
  });
});
