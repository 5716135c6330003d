// The README's API example is this folder's api.ts, word for word, and it runs as written: bundled from the
// packages' sources, in a folder with plan.json and plan-last-year.json (the fictional example's 2027 and 2026 plans).
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { afterAll, expect, it } from "vitest";

const here = import.meta.dirname;
const repo = join(here, "..", "..");
const temp = mkdtempSync(join(tmpdir(), "actionplan-readme-api-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

it("the README's API example is examples/readme/api.ts", () => {
  const readme = readFileSync(join(repo, "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("## A taste of the API"));
  const block = /```ts\n([\s\S]*?)```/.exec(section)?.[1];
  expect(block).toBe(readFileSync(join(here, "api.ts"), "utf8"));
});

it("runs as written", async () => {
  await build({
    entryPoints: [join(here, "api.ts")],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    conditions: ["source"],
    outfile: join(temp, "api.mjs"),
    logLevel: "silent",
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  });
  copyFileSync(join(repo, "examples", "fictional", "plan-2027.json"), join(temp, "plan.json"));
  copyFileSync(join(repo, "examples", "fictional", "plan-2026.json"), join(temp, "plan-last-year.json"));
  const result = spawnSync(process.execPath, [join(temp, "api.mjs")], { cwd: temp, encoding: "utf8", timeout: 120_000 });
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
  expect(result.stdout.startsWith("valid\n")).toBe(true);
  expect(result.stdout).toMatch(/^\d+ characters of Markdown, \d+ of HTML$/m);
  const changes = /^(\d+) changes since last year\n$/m.exec(result.stdout);
  expect(Number(changes?.[1])).toBeGreaterThan(0);
});
