// What a browser bundle of one entry holds, module by module: bundles the named imports of a built entry with
// esbuild as size-limit does (minified, tree-shaken, for browsers), then prints, per source module, its minified
// bytes in the output (from esbuild's metafile) and the gzip of its own code alone (level 9). Modules gzipped alone
// lose what they share with the rest, so the column sums to more than the bundle's gzip, which is printed too.
//
//   node scripts/bundle-parts.mjs                                   # validatePlan from @actionplan/schema
//   node scripts/bundle-parts.mjs packages/core/src/rules/index.ts checkPlan
//
// The entry is bundled from the sources (the packages' `source` export condition), so that each module keeps its
// name; its total is within about 0.1 kB of what size-limit measures on the built files (`npx size-limit`).
import { build, transform } from "esbuild";
import { gzipSync } from "node:zlib";
import { resolve } from "node:path";

const [entry = "packages/schema/src/index.ts", ...names] = process.argv.slice(2);
const imports = names.length === 0 ? ["validatePlan"] : names;

const options = {
  stdin: { contents: `export { ${imports.join(", ")} } from ${JSON.stringify(resolve(entry))};`, resolveDir: process.cwd(), loader: "ts" },
  bundle: true,
  format: "esm",
  platform: "browser",
  metafile: true,
  write: false,
  logLevel: "silent",
  conditions: ["source"],
  // esbuild keeps a `// path` comment before each module's code when whitespace is kept: that is how the output
  // is split into modules below; identifiers and syntax are minified as in the real bundle.
  minifySyntax: true,
  minifyIdentifiers: true,
};
const gzip = (text) => gzipSync(text, { level: 9 }).length;

const whole = await build({ ...options, minify: true, minifyWhitespace: true });
const bundleText = whole.outputFiles[0].text;
const inputs = Object.values(whole.metafile.outputs)[0].inputs;

const split = await build(options);
const text = split.outputFiles[0].text;
/** Each module's code in the output, keyed by the path esbuild's comment names. */
const parts = new Map();
const marker = /^\/\/ (\S.*)$/gm;
const marks = [...text.matchAll(marker)];
for (const [index, mark] of marks.entries()) {
  const code = text.slice(mark.index + mark[0].length, marks[index + 1]?.index ?? text.length);
  const minified = (await transform(code, { minifyWhitespace: true, loader: "js" }).catch(() => ({ code }))).code;
  parts.set(mark[1], minified);
}

/** A short name for a module path: the part after `src/` or `dist/`, with its package. */
const short = (path) => path.replace(/^.*?packages\/([^/]+)\/(?:src|dist)\//, "$1/").replace(/^.*node_modules\//, "");
const rows = Object.entries(inputs)
  .filter(([, input]) => input.bytesInOutput > 0)
  .map(([path, input]) => {
    const code = parts.get(path) ?? [...parts].find(([key]) => path.endsWith(key) || key.endsWith(path))?.[1];
    return { module: short(path), bytes: input.bytesInOutput, gzip: code === undefined ? NaN : gzip(code) };
  })
  .sort((a, b) => b.gzip - a.gzip || b.bytes - a.bytes);

const kB = (bytes) => (bytes / 1000).toFixed(2);
console.log(`${imports.join(", ")} from ${entry}: ${kB(Buffer.byteLength(bundleText))} kB minified, ${kB(gzip(bundleText))} kB gzip\n`);
console.log("| module | minified | gzip alone |");
console.log("| --- | ---: | ---: |");
for (const row of rows) console.log(`| ${row.module} | ${kB(row.bytes)} kB | ${kB(row.gzip)} kB |`);
const sum = rows.reduce((total, row) => total + (Number.isNaN(row.gzip) ? 0 : row.gzip), 0);
console.log(`| (sum of the modules alone) | ${kB(rows.reduce((t, r) => t + r.bytes, 0))} kB | ${kB(sum)} kB |`);
