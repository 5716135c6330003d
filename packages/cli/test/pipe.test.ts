// A reader that stops reading early (`actionplan export --help | head`, `… | true`) closes the pipe: that ends the
// output, never the command with a stack trace (Node's unhandled EPIPE error on process.stdout).
import { spawnSync } from "node:child_process";
import { beforeAll, describe, expect, it } from "vitest";
import { BIN, cleanEnv, ensureBuilt, PACKAGE_DIR, STACK_LINE } from "./helpers.js";

beforeAll(() => ensureBuilt());

describe("a closed output pipe", () => {
  it.each([["export", "--help"], ["--help"], ["render", "../../examples/fictional/plan-2027.json"]])("actionplan %s … | true: no EPIPE, no stack trace", (...args) => {
    // `true` exits without reading, before node has started: every write of the command meets a closed pipe.
    const result = spawnSync("sh", ["-c", `node "${BIN}" ${args.join(" ")} | true`], { cwd: PACKAGE_DIR, env: cleanEnv(), encoding: "utf8", timeout: 60_000 });
    expect(result.error).toBeUndefined();
    expect(result.stderr).not.toContain("EPIPE");
    expect(result.stderr).not.toMatch(STACK_LINE);
    expect(result.stderr).toBe("");
  });
});
