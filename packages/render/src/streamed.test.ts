// renderMarkdown and renderHtml write the full document's main content as it is built (serialize/streamed.ts)
// instead of serialising a finished tree. That must give, byte for byte, what serialising the tree gives.
import type { Chapter, Plan } from "@actionplan/core";
import { describe, expect, it } from "vitest";
import { buildDocument, builtInLabels, defaultHandlers, renderHtml, renderMarkdown, toHtml, toMarkdown, type Handler, type RenderOptions } from "@actionplan/render";
import { fixturePlan, minimalPlan } from "../test/fixture.js";
import { fictionalPlan, polyfonPlan } from "../test/examples.js";

/** Each render, and what serialising the document tree gives for it. */
function renders(plan: Plan, options: RenderOptions): [string, string][] {
  const root = buildDocument(plan, options);
  const skipLink = builtInLabels[root.lang === "en" ? "en" : "nb"].skipToContent;
  return [
    [renderMarkdown(plan, options), toMarkdown(root)],
    // The page's data blocks come from the plan, not the tree (html.test.ts and embed.test.ts check them).
    [renderHtml(plan, { ...options, embedPlan: false, jsonLd: false }), toHtml(root, { skipLink })],
    [renderHtml(plan, { ...options, fragment: true }), toHtml(root, { fragment: true })],
  ];
}

/** The fixture with links to headings before and after the text, and headings whose slugs collide. */
function linkedPlan(): Plan {
  const plan = fixturePlan();
  const links = "[a](#contents) [b](#title) [c](#chapter-ch-iii) [d](#chapter-ch-i) [e](#summary) [f](#nowhere)";
  const chapter = plan.chapters[1]!;
  chapter.content = [{ type: "paragraph", text: `Se ${links}.` }, { type: "section", id: "contents", title: "Innhold", blocks: [{ type: "paragraph", text: "[g](#contents-2)" }] }];
  chapter.measures!.items[0]!.text = links;
  plan.chapters[2]!.title = "Innhold";
  return plan;
}

describe("the streamed document equals the serialised tree", () => {
  const plans: [string, () => Plan][] = [
    ["fixture", fixturePlan],
    ["minimal", minimalPlan],
    ["fictional 2025", () => fictionalPlan(2025)],
    ["fictional 2027", () => fictionalPlan(2027)],
    ["polyfon", polyfonPlan],
    ["links to headings", linkedPlan],
  ];
  it.each(plans)("%s", (_name, load) => {
    for (const lang of ["nb", "en"]) {
      for (const options of [{ lang }, { lang, year: 2027 }]) {
        for (const [streamed, tree] of renders(load(), options)) expect(streamed).toBe(tree);
      }
    }
  });

  it("links to headings get the slugs the headings have in document order, wherever they point", () => {
    const md = renderMarkdown(linkedPlan());
    expect(md).toContain("[a](#innhold-1)");
    expect(md).toContain("[g](#innhold)");
  });

  it("holds with handlers of the caller's inside the document", () => {
    const chapter: Handler<Chapter> = (node, state) => [{ type: "tableRow", cells: [] }, ...defaultHandlers.chapter(node, state), { type: "text", value: "x" }];
    const toc: Handler<Plan> = () => [{ type: "container", tag: "main", id: "elsewhere", children: [{ type: "heading", depth: 2, children: [{ type: "text", value: "Innhold" }] }] }];
    for (const handlers of [{ chapter }, { toc }, { chapter: () => [] }]) {
      for (const [streamed, tree] of renders(linkedPlan(), { handlers })) expect(streamed).toBe(tree);
    }
  });
});
