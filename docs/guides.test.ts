// Runs the guides as written. Conventions (documented in docs/README.md, "Runnable examples"):
//   ```sh test            a shell block; runs with bash -e -o pipefail, the BUILT `actionplan` on PATH, in the
//                         guide's own temporary folder; must exit 0 (or N with `exit=N`)
//   ```sh test cwd=repo   the same, run from the repository root (read-only commands over examples/)
//   ```ts test            a TypeScript program; bundled with esbuild (workspace packages through their `source`
//                         condition) and run with node in the guide's folder; must exit 0
//   ```LANG file=PATH     written to PATH in the guide's folder before the next block runs
//   ```json plan          a full plan: must parse with safeParsePlan without errors or warnings
//   ```text output        lines the previous test block must print (each non-empty line, in order)
// Blocks of one guide run in order and share the folder, so a guide reads like one terminal session.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { safeParsePlan } from "@actionplan/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { codeBlocks, tagValue, type CodeBlock } from "./tools/markdown.js";

const repo = fileURLToPath(new URL("..", import.meta.url));
const guidesDir = join(repo, "docs", "guides");
const bin = join(repo, "node_modules", ".bin");
const builtCli = join(repo, "packages", "cli", "dist", "index.js");
const guides = readdirSync(guidesDir)
  .filter((name) => name.endsWith(".md"))
  .sort();

/** What the last runnable block printed, for a following ```text output block. */
interface Ran {
  output: string;
}

function isRunnable(block: CodeBlock): boolean {
  return (
    block.tags.includes("test") ||
    tagValue(block, "file") !== undefined ||
    (block.lang === "json" && block.tags.includes("plan")) ||
    (block.lang === "text" && block.tags.includes("output"))
  );
}

function runShell(code: string, cwd: string): { status: number | null; output: string } {
  const env: NodeJS.ProcessEnv = { ...process.env, PATH: `${bin}:${process.env.PATH ?? ""}`, NO_COLOR: "1" };
  delete env.FORCE_COLOR;
  delete env.GITHUB_ACTIONS;
  const result = spawnSync("bash", ["-e", "-o", "pipefail", "-c", code], {
    cwd,
    env,
    encoding: "utf8",
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, output: `${result.stdout ?? ""}${result.stderr ?? ""}` };
}

async function runTypeScript(code: string, cwd: string, name: string): Promise<{ status: number | null; output: string }> {
  const outfile = join(cwd, `.${name}.mjs`);
  try {
    await buildProgram(code, outfile, name);
  } catch (error) {
    return { status: null, output: `esbuild could not bundle the block:\n${(error as Error).message}` };
  }
  const result = spawnSync(process.execPath, [outfile], { cwd, encoding: "utf8", timeout: 120_000 });
  rmSync(outfile, { force: true });
  return { status: result.status, output: `${result.stdout ?? ""}${result.stderr ?? ""}` };
}

async function buildProgram(code: string, outfile: string, name: string): Promise<void> {
  await build({
    stdin: { contents: code, resolveDir: repo, sourcefile: `${name}.ts`, loader: "ts" },
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    conditions: ["source"],
    outfile,
    logLevel: "silent",
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  });
}

it("finds the guides and the built command", () => {
  expect(guides.length).toBeGreaterThanOrEqual(6);
  expect(existsSync(builtCli), "build the packages first (`pnpm build`; the root `pnpm test` does)").toBe(true);
  expect(existsSync(join(bin, "actionplan"))).toBe(true);
});

for (const guide of guides) {
  const blocks = codeBlocks(readFileSync(join(guidesDir, guide), "utf8")).filter(isRunnable);

  describe(`docs/guides/${guide}`, () => {
    let folder = "";
    const last: Ran = { output: "" };
    beforeAll(() => {
      folder = mkdtempSync(join(tmpdir(), `actionplan-guide-${guide.replace(/\.md$/, "")}-`));
    });
    afterAll(() => {
      rmSync(folder, { recursive: true, force: true });
    });

    it("has runnable blocks", () => {
      expect(blocks.filter((block) => block.tags.includes("test")).length).toBeGreaterThan(0);
    });

    for (const block of blocks) {
      const file = tagValue(block, "file");
      const label = `${block.lang} block at line ${block.line}${file === undefined ? "" : ` (${file})`}`;
      it(label, { timeout: 180_000 }, async () => {
        if (file !== undefined) {
          const target = join(folder, file);
          mkdirSync(dirname(target), { recursive: true });
          writeFileSync(target, `${block.code}\n`);
        }
        if (block.lang === "json" && block.tags.includes("plan")) {
          const result = safeParsePlan(JSON.parse(block.code));
          expect(result.issues).toEqual([]);
          expect(result.success).toBe(true);
        }
        if (block.lang === "text" && block.tags.includes("output")) {
          let from = 0;
          for (const line of block.code.split("\n").map((text) => text.trim()).filter(Boolean)) {
            const at = last.output.indexOf(line, from);
            expect(at, `expected the previous block to print:\n${line}\n\nIt printed:\n${last.output}`).toBeGreaterThanOrEqual(0);
            from = at + line.length;
          }
        }
        if (block.tags.includes("test")) {
          const expected = Number(tagValue(block, "exit") ?? "0");
          const cwd = tagValue(block, "cwd") === "repo" ? repo : folder;
          expect(["sh", "bash", "ts"], `${label}: only sh and ts blocks can be marked \`test\``).toContain(block.lang);
          const result =
            block.lang === "ts"
              ? await runTypeScript(block.code, cwd, `block-${block.line}`)
              : runShell(block.code, cwd);
          last.output = result.output;
          expect(result.status, `${label} printed:\n${result.output}`).toBe(expected);
        }
      });
    }
  });
}
