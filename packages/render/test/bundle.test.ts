// Render must not bring zod into a browser bundle: it takes its few runtime helpers from the zod-free
// `@actionplan/core/helpers`, never from core's main entry (whose built file keeps the whole zod model).
// Checked on the sources and on the build as published (`pnpm run build` first, as `pnpm test` does).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

const packageDir = join(import.meta.dirname, "..");

/** Bundles an entry for a browser, as a user's bundler would, and lists the files that went in. */
async function bundledInputs(entry: string, conditions: string[] = []): Promise<string[]> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: "esm",
    platform: "browser",
    conditions,
    metafile: true,
    logLevel: "silent",
  });
  return Object.keys(result.metafile.inputs);
}

describe("@actionplan/render bundled for a browser", () => {
  it("reaches no zod and none of core's model from the sources", async () => {
    const inputs = await bundledInputs(join(packageDir, "src", "index.ts"), ["source"]);
    expect(inputs.filter((path) => /zod|\/model\//.test(path))).toEqual([]);
    expect(inputs.filter((path) => path.includes("node_modules"))).toEqual([]);
    expect(inputs.some((path) => path.endsWith("core/src/helpers/index.ts"))).toBe(true);
  });

  describe("as built in dist/index.js", () => {
    const built = join(packageDir, "dist", "index.js");

    function builtCode(): string {
      if (!existsSync(built)) throw new Error("packages/render/dist is missing: run `pnpm run build` before this test.");
      return readFileSync(built, "utf8");
    }

    it("imports nothing at run time but @actionplan/core/helpers (through the chunk it shares with the DOCX entry)", () => {
      const importsOf = (code: string): string[] =>
        [...code.matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s*"([^"]+)"|^\s*import\s*"([^"]+)"/gm)].map((match) => match[1] ?? match[2]!);
      const specifiers = new Set<string>();
      const seen = new Set<string>();
      const follow = (code: string): void => {
        for (const specifier of importsOf(code)) {
          if (!specifier.startsWith("./")) specifiers.add(specifier);
          else if (!seen.has(specifier)) {
            seen.add(specifier);
            follow(readFileSync(join(packageDir, "dist", specifier), "utf8"));
          }
        }
      };
      follow(builtCode());
      expect([...specifiers]).toEqual(["@actionplan/core/helpers"]);
    });

    it("reaches no zod when bundled with core's build", async () => {
      builtCode();
      const inputs = await bundledInputs(built);
      expect(inputs.filter((path) => path.includes("zod"))).toEqual([]);
      expect(inputs.some((path) => path.includes("core/dist/"))).toBe(true);
    });
  });
});
