// What the browser tests share: Debian's Chromium (never a downloaded one), launched once per test file, and each
// file's own time budget, so that the browser tests cannot quietly grow to dominate CI.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext } from "playwright-core";
import { afterAll, beforeAll, expect } from "vitest";

/** Where the tests expect Chromium: Debian's package `chromium`. */
export const CHROMIUM = process.env["ACTIONPLAN_CHROMIUM"] ?? "/usr/bin/chromium";

/**
 * Each browser test file's budget in milliseconds: several times what it takes on the developers' 2-core machine
 * (axe in both schemes ≈ 10 s, the layout checks ≈ 5 s, the PDF tests ≈ 20 s), so that only a hang or a runaway
 * loop of launches reaches it. Together they keep the browser tests well under the 20 minutes CI allows.
 */
export const BROWSER_BUDGET_MS = { axe: 120_000, layout: 90_000, pdf: 180_000 } as const;

/** Fails the file when its tests, from the first hook to the last, took longer than `ms`. */
export function withinBudget(name: string, ms: number): void {
  let started = 0;
  beforeAll(() => {
    started = performance.now();
  });
  afterAll(() => {
    const took = performance.now() - started;
    expect(took, `the ${name} browser tests took ${Math.round(took / 1000)} s, over their budget of ${ms / 1000} s`).toBeLessThan(ms);
  });
}

/** Launches headless Chromium once, with a fresh profile and every network request aborted; closes it after all tests. */
export function launchOnce(): () => BrowserContext {
  let context: BrowserContext | undefined;
  let profile: string | undefined;
  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(`Chromium is missing at ${CHROMIUM}; the browser tests need it. Install it with: apt-get update && apt-get install -y chromium`);
    }
    profile = mkdtempSync(join(tmpdir(), "actionplan-browser-"));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    await context.route("**/*", (route) => route.abort());
  });
  afterAll(async () => {
    await context?.close();
    if (profile !== undefined) rmSync(profile, { recursive: true, force: true });
  });
  return () => {
    if (context === undefined) throw new Error("Chromium was not launched (see the error of the first hook).");
    return context;
  };
}
