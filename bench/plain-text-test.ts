// The control-character test of the quick pass (PLAIN_STRING_PATTERN, `u` flag) against the two cheaper-looking
// tests docs/performance.md ("The plan index by kind, a cheaper control-character test") measured and did not keep:
// a search for a forbidden code unit without `u` first, and a charCodeAt loop. Each is timed on the strings the walk
// tests in a generated plan, in paired rounds against the pattern (bench/harness.ts):
//   npx esbuild bench/plain-text-test.ts --bundle --platform=node --format=esm --conditions=source --outfile=.tmp/plain-text.mjs
//   node .tmp/plain-text.mjs [--sizes=1000,10000]
import { PLAIN_STRING_PATTERN } from "../packages/core/src/model/primitives.js";
import { walkPlanValue } from "../packages/core/src/shape/walker.js";
import { generatePlan } from "../scripts/generate-plan.js";
import { measurePaired } from "./harness.js";

const arg = (name: string, fallback: string): string => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const sizes = arg("sizes", "1000,10000").split(",").map(Number);

const PLAIN = new RegExp(PLAIN_STRING_PATTERN, "u");
/** Any code unit the pattern refuses outside a surrogate pair (a pair is found too, and left to the pattern). */
const FORBIDDEN_UNIT = /[\0-\x08\x0B-\x1F\x7F-\x9F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** The pattern, as the quick pass tests it. */
const byPattern = (text: string): boolean => PLAIN.test(text);
/** A search without `u` first; the pattern only when it finds something. */
const bySearchFirst = (text: string): boolean => !FORBIDDEN_UNIT.test(text) || PLAIN.test(text);
/** A loop over the code units: tab and line feed allowed, a high surrogate only before a low one. */
function byLoop(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f) continue;
    if (c < 0x20) {
      if (c === 9 || c === 10) continue;
      return false;
    }
    if (c <= 0x9f || c >= 0xfffe || (c >= 0xdc00 && c <= 0xdfff)) return false;
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return false;
      i++;
    }
  }
  return true;
}

/** The strings the walk tests: each text, or each value of a language map. */
function textsOf(plan: unknown): string[] {
  const texts: string[] = [];
  for (const text of walkPlanValue(plan).found.textValues) {
    if (typeof text === "string") texts.push(text);
    else for (const value of Object.values(text as Record<string, string>)) texts.push(value);
  }
  return texts;
}

const allPass = (test: (text: string) => boolean, texts: readonly string[]): number => {
  let passed = 0;
  for (let i = 0; i < texts.length; i++) if (test(texts[i]!)) passed++;
  return passed;
};

const probes = ["tab\tand\nline", "bell\u0007", "cr\r", "\u0085", "\uFFFE", "lone \uD800", "\uDC00 lone", "pair \uD83D\uDE00", "Zürich – ✓"];
for (const probe of probes) {
  if (bySearchFirst(probe) !== byPattern(probe) || byLoop(probe) !== byPattern(probe)) throw new Error(`The tests disagree on ${JSON.stringify(probe)}.`);
}
for (const size of sizes) {
  const texts = textsOf(JSON.parse(JSON.stringify(generatePlan({ measures: size, seed: size }))));
  const characters = texts.reduce((sum, text) => sum + text.length, 0);
  const budget = { warmup: 3, minRounds: 21, maxRounds: 200, minTime: 2000 };
  for (const [name, test] of [["search first", bySearchFirst], ["charCodeAt loop", byLoop]] as const) {
    if (allPass(test, texts) !== texts.length) throw new Error(`${name} refuses a text of the plan.`);
    const timing = measurePaired(() => allPass(byPattern, texts), () => allPass(test, texts), budget);
    console.log(`${size} measures, ${texts.length} strings, ${characters} characters: the pattern ${timing.baseline.toFixed(2)} ms, ${name} ${timing.subject.toFixed(2)} ms, ratio ${timing.ratio.toFixed(2)} (${timing.rounds} rounds)`);
  }
}
