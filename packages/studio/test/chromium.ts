// The one set-up of the studio's browser tests: the BUILT studio (dist/, as `pnpm build` leaves it) served on
// 127.0.0.1 by the server of `pnpm studio`, in Debian's Chromium, every request outside that server aborted and
// recorded, console errors and dialogs recorded, the File System Access picker removed (a test cannot answer it,
// so saving downloads). A missing Chromium or an unbuilt studio fails every test of the file naming what to do
// (never a skip); the whole file has a time budget that only a hang reaches.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, expect } from "vitest";
import { serveStudio } from "../scripts/serve.mjs";

/** The Chromium the tests drive (Debian's), or ACTIONPLAN_CHROMIUM. */
export const CHROMIUM = process.env["ACTIONPLAN_CHROMIUM"] ?? "/usr/bin/chromium";
/** The studio package's folder. */
export const studioDir = join(import.meta.dirname, "..");
/** The built studio. */
export const dist = join(studioDir, "dist");
/** The repository's root. */
export const repo = join(studioDir, "..", "..");

/** A dialog the page opened (each is accepted). */
export interface SeenDialog {
  /** `confirm`, `beforeunload`, `alert` … */
  type: string;
  /** Its text. */
  message: string;
}

/** What a test file drives: filled in before its first test. */
export interface StudioHarness {
  /** The page, at the studio's address. */
  page: Page;
  /** The browser context (with its profile, so that localStorage survives a reload). */
  context: BrowserContext;
  /** The studio's address on 127.0.0.1. */
  url: string;
  /** A folder for the files a test opens; removed after the file. */
  files: string;
  /** Every console error and uncaught page error. */
  consoleErrors: string[];
  /** Every dialog, in order. */
  dialogs: SeenDialog[];
  /** Every request to anywhere but the studio's server (aborted; there must be none). */
  outside: string[];
}

/** How a test file wants its browser. */
export interface HarnessOptions {
  /** What the file tests, for the budget's message ("the source view's browser tests"). */
  name: string;
  /** The whole file's budget in ms: several times what it takes on the 2-core machine. */
  budgetMs: number;
  /** The browser's locale (its languages decide the studio's); Chromium's own when not given. */
  locale?: string;
  /** The window's size; Playwright's 1280 × 720 when not given. */
  viewport?: { width: number; height: number };
  /** Run once the page is at the studio, inside the set-up (its failure fails every test). */
  ready?: (studio: StudioHarness) => Promise<void>;
}

/**
 * Registers the file's beforeAll, beforeEach and afterAll, and gives the harness they fill in. Its arrays exist at
 * once (a test may keep them); `page`, `context` and `url` are there from the first test on.
 */
export function useStudio(options: HarnessOptions): StudioHarness {
  const studio = { consoleErrors: [], dialogs: [], outside: [] } as unknown as StudioHarness;
  let server: Server | undefined;
  let profile: string | undefined;
  let started = 0;
  let setupError: Error | undefined;

  beforeAll(async () => {
    started = performance.now();
    try {
      if (!existsSync(CHROMIUM)) {
        throw new Error(`Chromium is missing at ${CHROMIUM}; the studio tests need it. Install it with: apt-get update && apt-get install -y chromium`);
      }
      if (!existsSync(join(dist, "index.html"))) {
        throw new Error("packages/studio/dist/index.html is missing: build the studio first (`pnpm build`, or `pnpm --filter @actionplan/studio build`; the root `pnpm test` does).");
      }
      let url: string;
      ({ server, url } = await serveStudio(dist));
      studio.url = url;
      profile = mkdtempSync(join(tmpdir(), "actionplan-studio-profile-"));
      studio.files = mkdtempSync(join(tmpdir(), "actionplan-studio-files-"));
      studio.context = await chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM,
        headless: true,
        acceptDownloads: true,
        ...(options.locale === undefined ? {} : { locale: options.locale }),
        ...(options.viewport === undefined ? {} : { viewport: options.viewport }),
        args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
      });
      // Nothing but the studio's own server: a request elsewhere is a bug (the studio makes no network calls).
      await studio.context.route("**/*", (route) => {
        if (route.request().url().startsWith(url)) return route.continue();
        studio.outside.push(route.request().url());
        return route.abort();
      });
      // Downloads instead of the File System Access picker, which a test cannot answer.
      await studio.context.addInitScript(() => {
        delete (window as { showSaveFilePicker?: unknown }).showSaveFilePicker;
      });
      const page = studio.context.pages()[0] ?? (await studio.context.newPage());
      studio.page = page;
      // A step that does not happen fails within the test's time, naming the step.
      page.setDefaultTimeout(8_000);
      page.on("console", (message) => {
        if (message.type() === "error") studio.consoleErrors.push(message.text());
      });
      page.on("pageerror", (error) => studio.consoleErrors.push(error.message));
      page.on("dialog", (dialog) => {
        studio.dialogs.push({ type: dialog.type(), message: dialog.message() });
        // A dialog the page already closed (a reload) cannot be accepted: that is not an error of the test.
        dialog.accept().catch(() => undefined);
      });
      await page.goto(url);
      await options.ready?.(studio);
    } catch (error) {
      setupError = error instanceof Error ? error : new Error(String(error));
    }
  }, 60_000);

  beforeEach(() => {
    if (setupError !== undefined) throw setupError;
  });

  afterAll(async () => {
    await studio.context?.close();
    await new Promise((resolve) => (server === undefined ? resolve(undefined) : server.close(resolve)));
    for (const dir of [profile, studio.files]) if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
    const took = performance.now() - started;
    expect(took, `${options.name} took ${Math.round(took / 1000)} s, over their budget of ${options.budgetMs / 1000} s`).toBeLessThan(options.budgetMs);
  });

  return studio;
}

/** `expect.poll` with room for a loaded machine: the default second is too short when Chromium shares 2 cores. */
export function poll<T>(read: () => T | Promise<T>): ReturnType<typeof expect.poll<T>> {
  return expect.poll(read, { timeout: 15_000, interval: 50 });
}

/** Writes a file into the harness's folder and opens it through the visible file input, as a person would. */
export async function openFile(studio: StudioHarness, name: string, content: string | Uint8Array): Promise<void> {
  const path = join(studio.files, name);
  writeFileSync(path, content);
  await studio.page.getByLabel(/Open a plan/).setInputFiles(path);
}

/** The preview frame's HTML (the frame is replaced on each edit: this reads the newest one). */
export function previewText(studio: StudioHarness): Promise<string> {
  return studio.page.locator("iframe.preview-frame").evaluate((frame: HTMLIFrameElement) => frame.srcdoc);
}
