// Type-checks every package, test and example as one program (strict TypeScript 6 settings from
// tsconfig.base.json), so a type error anywhere fails the suite, not only in the type tests.
import { execFileSync } from "node:child_process";
import { resolve } from "node:path";
import { expect, test } from "vitest";

const root = resolve(import.meta.dirname, "..");

test("the whole workspace type-checks", { timeout: 240_000 }, () => {
  let output = "";
  try {
    execFileSync(process.execPath, [resolve(root, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.typecheck.json"], {
      cwd: root,
      stdio: "pipe",
    });
  } catch (error) {
    output = String((error as { stdout?: Buffer }).stdout ?? error);
  }
  expect(output.split("\n").filter((line) => line.includes("error TS"))).toEqual([]);
});
