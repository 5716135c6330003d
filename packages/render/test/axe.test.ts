// Accessibility: every view of the fixture, the fictional example and the Polyfon plan, in the light and the dark
// colour scheme, checked with axe-core in headless Chromium (Debian's `chromium`). Also loads a page full of injection payloads and checks nothing ran.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Plan } from "@actionplan/core";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RENDER_VIEWS, renderHtml } from "@actionplan/render";
import { fixturePlan } from "./fixture.js";
import { fictionalPlan, polyfonPlan } from "./examples.js";
import { BROWSER_BUDGET_MS, withinBudget } from "./browser.js";

const CHROMIUM = "/usr/bin/chromium";
const axeSource: string = (createRequire(import.meta.url)("axe-core") as { source: string }).source;

withinBudget("accessibility", BROWSER_BUDGET_MS.axe);

let browser: Browser | undefined;
let page: Page;
let profile: string;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is missing at ${CHROMIUM}; the accessibility tests need it. Install it with: apt-get update && apt-get install -y chromium`);
  }
  profile = mkdtempSync(join(tmpdir(), "actionplan-axe-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  browser = context.browser() ?? undefined;
  page = context.pages()[0] ?? (await context.newPage());
  // No request may leave the page: the HTML has no external resources.
  await context.route("**/*", (route) => route.abort());
  afterAll(async () => {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  });
});

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown }[];
}

async function axe(html: string, colorScheme: "light" | "dark" = "light"): Promise<AxeViolation[]> {
  await page.emulateMedia({ colorScheme });
  await page.setContent(html, { waitUntil: "load" });
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
    });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
}

const plans = { fixture: fixturePlan, fictional: () => fictionalPlan(2027), polyfon: polyfonPlan };

describe("axe-core in headless Chromium: no serious or critical violations, in both colour schemes", () => {
  for (const scheme of ["light", "dark"] as const) {
    for (const [name, load] of Object.entries(plans)) {
      for (const view of RENDER_VIEWS) {
        it(`${name} ${view} (${scheme})`, async () => {
          const previous = view !== "changes" ? undefined : name === "fictional" ? fictionalPlan(2026) : { ...load(), chapters: load().chapters.slice(1) };
          const lang = name === "fictional" ? "en" : "nb";
          const violations = await axe(renderHtml(load(), previous === undefined ? { view, lang } : { view, lang, previous }), scheme);
          const severe = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
          expect(severe.map((v) => `${v.id} (${v.impact}): ${v.help} at ${JSON.stringify(v.nodes.slice(0, 3))}`)).toEqual([]);
          // The page really is in the scheme asked for: dark text on light, or light text on dark.
          const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
          expect(background).toBe(scheme === "light" ? "rgb(255, 255, 255)" : "rgb(22, 24, 27)");
        });
      }
    }
  }
});

describe("in a browser, payloads in the plan run nothing", () => {
  it("no script runs, no handler fires, no javascript: link exists", async () => {
    await page.emulateMedia({ colorScheme: "light" });
    const payloads = [
      '<img src=x onerror="window.__pwned=1">',
      "<script>window.__pwned=2</script>",
      "[x](javascript:window.__pwned=3)",
      '</title><svg onload="window.__pwned=4">',
      '"><iframe srcdoc="<script>parent.__pwned=5</script>">',
    ].join(" ");
    const plan = fixturePlan();
    plan.title = payloads;
    plan.chapters[1]!.measures!.items[0]!.text = payloads;
    plan.chapters[1]!.title = payloads;
    plan.adoption!.note = payloads;
    const html = renderHtml(Plan.parse(plan));
    await page.setContent(html, { waitUntil: "load" });
    const report = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: number }).__pwned ?? 0,
      // The two data blocks are scripts a browser never runs; anything else would be the payload's.
      scripts: document.querySelectorAll('script:not([type="application/json"]):not([type="application/ld+json"]), iframe, img, svg, object, embed').length,
      embedded: (JSON.parse(document.getElementById("actionplan-plan")?.textContent ?? "null") as { title?: string } | null)?.title,
      handlers: [...document.querySelectorAll("*")].filter((el) => [...el.attributes].some((a) => a.name.startsWith("on"))).length,
      badLinks: [...document.querySelectorAll("a")].filter((a) => !/^(https?:|mailto:|about:blank#|about:blank$)/.test(a.href) && !a.href.startsWith("about:")).length,
      title: document.title,
    }));
    expect(report).toEqual({ pwned: 0, scripts: 0, handlers: 0, badLinks: 0, embedded: payloads, title: payloads.replace(/\s+/g, " ").replace("[x](javascript:window.__pwned=3)", "x") });
  });
});

describe("the harness", () => {
  it("does report low contrast in the dark scheme (a dark grey text on the dark background)", async () => {
    const html = renderHtml(fixturePlan()).replace("</style>", ".actionplan h1 { color: #333333; }\n</style>");
    expect((await axe(html, "dark")).map((v) => v.id)).toContain("color-contrast");
    expect((await axe(html, "light")).map((v) => v.id)).not.toContain("color-contrast");
  });
  it("does report violations (an image without alt text, a page without lang)", async () => {
    const violations = await axe('<!DOCTYPE html><html><head><title>x</title></head><body><main><img src="x.png"></main></body></html>');
    expect(violations.map((v) => `${v.id}:${v.impact}`)).toEqual(expect.arrayContaining(["image-alt:critical", "html-has-lang:serious"]));
    expect(browser === undefined || typeof browser.version() === "string").toBe(true);
  });
});
