// The one set-up of the studio's browser tests: the BUILT studio (dist/, as `pnpm build` leaves it) served on
// 127.0.0.1 by the server of `pnpm studio`, in Debian's Chromium, every request outside that server aborted and
// recorded, console errors recorded, the File System Access pickers removed (a test cannot answer them, so saving
// downloads). The studio asks its questions in the page (src/ask.tsx); a native dialog other than the browser's
// own `beforeunload` counts as a console error. A missing Chromium or an unbuilt studio fails every test of the file naming what to do
// (never a skip); the whole file has a time budget that only a hang reaches.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
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

/** A native dialog the page opened (each is accepted). */
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
  /** Every native dialog, in order (only `beforeunload` is expected). */
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
      // Downloads and the file input instead of the File System Access pickers, which a test cannot answer (a test of
      // saving puts fakes of its own in their place: test/save.test.ts).
      await studio.context.addInitScript(() => {
        delete (window as { showSaveFilePicker?: unknown }).showSaveFilePicker;
        delete (window as { showOpenFilePicker?: unknown }).showOpenFilePicker;
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
        if (dialog.type() !== "beforeunload") studio.consoleErrors.push(`a native ${dialog.type()} dialog: ${dialog.message()}`);
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

/** What {@link useStudioWithPlan} opens before the first test. */
export interface PlanToOpen {
  /** The file's name ("plan.json"). */
  name: string;
  /** Its content. */
  text: string;
}

/**
 * {@link useStudio} with a plan opened through the file input before the first test, in a 1280 × 900 window unless
 * the options say otherwise; `ready` runs after the plan was chosen.
 */
export function useStudioWithPlan(options: HarnessOptions & { plan: PlanToOpen }): StudioHarness {
  const { plan, ready, ...rest } = options;
  return useStudio({
    viewport: { width: 1280, height: 900 },
    ...rest,
    ready: async (studio) => {
      await openFile(studio, plan.name, plan.text);
      await ready?.(studio);
    },
  });
}

/** `expect.poll` with room for a loaded machine: the default second is too short when Chromium shares 2 cores. */
export function poll<T>(read: () => T | Promise<T>): ReturnType<typeof expect.poll<T>> {
  return expect.poll(read, { timeout: 15_000, interval: 50 });
}

/** How {@link openFile} expects the studio to take the file. */
export interface OpenOptions {
  /** There is unsaved work: the studio must ask first, and the answer is "Open anyway". */
  discard?: boolean;
}

/** The file input's label in any of the studio's languages. */
const OPEN_LABEL = /^(Open a plan|Åpne en plan|Opne ein plan) /;

/**
 * Writes a file into the harness's folder and opens it through the visible file input, as a person would. With
 * `discard`, the studio must ask before opening over unsaved work, and is answered "Open anyway"; without it, a
 * question fails the test. The studio puts its question into the page in the same task as the input's change
 * event, so whether it asked is known as soon as the file is chosen (no waiting for something not to happen).
 */
export async function openFile(studio: StudioHarness, name: string, content: string | Uint8Array, options: OpenOptions = {}): Promise<void> {
  const path = join(studio.files, name);
  writeFileSync(path, content);
  await studio.page.getByLabel(OPEN_LABEL).setInputFiles(path);
  const asked = await studio.page.locator("dialog.ask").count();
  if (options.discard === true) {
    expect(asked, `opening ${name} over unsaved work: the studio did not ask first`).toBe(1);
    await answer(studio, "yes");
  } else if (asked !== 0) {
    // Answered "Keep my work", so that the tests after this one start from a page without a question.
    const question = await answer(studio, "no");
    throw new Error(`opening ${name}: the studio asked "${question.title}", which the test did not expect (unsaved work? pass { discard: true })`);
  }
}

/** What the studio asked in the page. */
export interface AskedQuestion {
  /** Its heading. */
  title: string;
  /** Its listed items (the places that refer to what would be removed). */
  items: string[];
  /** Its paragraphs below the list. */
  lines: string[];
  /** The words of its two buttons, [go on, keep]. */
  buttons: [string, string];
}

/** Waits for the studio's question in the page, answers it ("yes" goes on, "no" keeps things, "escape" presses Escape), and gives what it asked. */
export async function answer(studio: StudioHarness, choice: "yes" | "no" | "escape"): Promise<AskedQuestion> {
  const dialog = studio.page.locator("dialog.ask[open]");
  await dialog.waitFor();
  const asked: AskedQuestion = {
    title: (await dialog.locator("h2").textContent()) ?? "",
    items: await dialog.locator("li").allTextContents(),
    lines: await dialog.locator("p").allTextContents(),
    buttons: [(await dialog.locator('button[value="yes"]').textContent()) ?? "", (await dialog.locator('button[value="no"]').textContent()) ?? ""],
  };
  if (choice === "escape") await studio.page.keyboard.press("Escape");
  else await dialog.locator(choice === "yes" ? 'button[value="yes"]' : 'button[value="no"]').click();
  await studio.page.locator("dialog.ask").waitFor({ state: "detached" });
  return asked;
}

/** The axe-core script, injected into the page through the debugger protocol (the studio's CSP rightly refuses an inline script). */
const axeSource = readFileSync(join(repo, "node_modules", "axe-core", "axe.min.js"), "utf8");

/** Runs axe on the page as it is now in the light and the dark colour scheme (or those given), and fails naming each violation and the screen. */
export async function expectAxeClean(page: Page, screen: string, schemes: readonly ("light" | "dark")[] = ["light", "dark"]): Promise<void> {
  if ((await page.evaluate(() => "axe" in window)) === false) await page.evaluate(axeSource);
  for (const scheme of schemes) {
    await page.emulateMedia({ colorScheme: scheme });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; nodes: { target: string[]; failureSummary?: string }[] }[] }> } }).axe;
      const result = await axe.run(document, { iframes: false, resultTypes: ["violations"] });
      return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => `${node.target.join(" ")} (${node.failureSummary ?? ""})`).join(", ")}`);
    });
    expect(violations, `${screen}, ${scheme} scheme`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: "light" });
}

/** The preview frame's HTML (the frame is replaced on each edit: this reads the newest one). */
export function previewText(studio: StudioHarness): Promise<string> {
  return studio.page.locator("iframe.preview-frame").evaluate((frame: HTMLIFrameElement) => frame.srcdoc);
}
