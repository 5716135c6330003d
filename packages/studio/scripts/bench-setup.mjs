// What the studio's timing scripts (open-time.mjs, latency.mjs) share: where things are, the checks that the built
// studio and Chromium are there, the 1 000-measure plan they time, the median, and the headless Chromium they launch.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

/** packages/studio. */
export const studio = join(dirname(fileURLToPath(import.meta.url)), "..");
/** The repository's root. */
export const root = join(studio, "..", "..");
/** The Chromium the scripts drive (ACTIONPLAN_CHROMIUM picks another). */
export const executablePath = process.env.ACTIONPLAN_CHROMIUM ?? "/usr/bin/chromium";

/** Exits with 2 and says what to do when the studio is not built or Chromium is missing. */
export function requireStudioAndChromium() {
  if (!existsSync(join(studio, "dist", "index.html"))) {
    console.error("The studio is not built: run `pnpm build` first.");
    process.exit(2);
  }
  if (!existsSync(executablePath)) {
    console.error(`Chromium is missing at ${executablePath}: apt-get install -y chromium, or set ACTIONPLAN_CHROMIUM.`);
    process.exit(2);
  }
}

/** The Polyfon plan's JSON text. */
export const polyfonText = () => readFileSync(join(root, "examples", "polyfon-2025-2030", "plan.json"), "utf8");

/** Polyfon with 1 000 measures in its chapter II (as the tests make it). */
export function thousandMeasures() {
  const big = JSON.parse(polyfonText());
  const first = big.chapters[1].measures.items[0];
  big.chapters[1].measures.items = Array.from({ length: 1000 }, (_, i) => ({ ...first, id: `m-big-${i + 1}`, number: i + 1, text: `Tiltak ${i + 1}` }));
  return big;
}

/** The middle value (the upper one of an even count). */
export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Headless Chromium as the scripts run it. */
export const launchChromium = () => chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"] });
