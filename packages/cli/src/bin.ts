import { completeIo } from "./io.js";
import { plainValidate, runPlainValidate } from "./plain-validate.js";

/**
 * What bin/actionplan.js runs (built alone into dist/bin.cjs, core's validator included, so that a plain
 * `actionplan validate FILE…` loads one file; docs/performance.md, "Cold start of validate"): that command line runs
 * here, any other through `main` of the full build (dist/index.cjs), loaded only then. Both run the same code for it.
 */
export async function run(argv: readonly string[]): Promise<number> {
  const files = plainValidate(argv);
  if (files === undefined) return (await import("./index.js")).main(argv);
  return runPlainValidate(files, completeIo(undefined));
}
