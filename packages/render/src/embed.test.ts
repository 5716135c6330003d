// What a rendered page and Word document carry besides their text: the plan itself (for `actionplan import`) and,
// in a page, schema.org JSON-LD. Both must give back what they were made from and be safe against hostile texts.
import type { Measure, MeasureStatus, Plan } from "@actionplan/core";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { ACTION_STATUSES, EMBEDDED_PLAN_NAMESPACE, embeddedPlanChecksum, renderHtml, scriptSafeJson } from "@actionplan/render";
import { renderDocx } from "@actionplan/render/docx";
import { fixturePlan, minimalPlan } from "../test/fixture.js";
import { fictionalPlan, polyfonPlan } from "../test/examples.js";
import { splitDataScripts } from "../test/helpers.js";

const HOSTILE = '</script><script>alert(1)</script><!-- <script> --> &amp; & ]]> \u2028\u2029 \ufffe \u0085 \u202e\u2067 "\\ </SCRIPT >';

/** The fixture with a hostile text in its title, a measure's text and a chapter's title. */
function hostilePlan(): Plan {
  const plan = fixturePlan();
  plan.title = HOSTILE;
  plan.chapters[1]!.title = HOSTILE;
  plan.chapters[1]!.measures!.items[0]!.text = HOSTILE;
  return plan;
}

/** The raw text between an opening tag and the first `</script` after it: what an HTML parser takes as content. */
function rawScript(html: string, opening: string): string {
  const start = html.indexOf(opening);
  expect(start, opening).toBeGreaterThan(-1);
  const from = start + opening.length;
  return html.slice(from, html.toLowerCase().indexOf("</script", from));
}

const plans: [string, () => Plan][] = [
  ["fixture", fixturePlan],
  ["minimal", minimalPlan],
  ["fictional 2025", () => fictionalPlan(2025)],
  ["fictional 2027", () => fictionalPlan(2027)],
  ["polyfon", polyfonPlan],
  ["hostile", hostilePlan],
];

describe("the embedded plan in an HTML page", () => {
  it.each(plans)("%s: gives back the plan exactly, with its checksum", (_name, load) => {
    const plan = load();
    for (const view of ["document", "priorities"] as const) {
      const html = renderHtml(plan, { view, lang: "en" });
      const { plans: embedded, problems } = splitDataScripts(html);
      expect(problems).toEqual([]);
      expect(embedded).toEqual([JSON.parse(JSON.stringify(plan))]);
      const checksum = /<script type="application\/json" id="actionplan-plan" data-checksum="([^"]+)">/.exec(html)![1];
      expect(checksum).toBe(embeddedPlanChecksum(rawScript(html, `data-checksum="${checksum}">`)));
    }
  });

  it("no hostile text can close the script, open a comment or end a line in it", () => {
    const html = renderHtml(hostilePlan());
    for (const opening of ['<script type="application/ld+json">', '" id="actionplan-plan" data-checksum="']) {
      const raw = opening.startsWith("<") ? rawScript(html, opening) : rawScript(html, html.slice(html.indexOf(opening), html.indexOf(">", html.indexOf(opening)) + 1));
      expect(raw).not.toMatch(/[<>&\u2028\u2029\u202e\u2067\u0085]/);
      expect(raw).toContain("\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\\u003c!--");
    }
    // Two scripts of data and nothing else: the hostile texts' own tags are text.
    expect(html.match(/<script/gi)).toHaveLength(2);
    expect(JSON.parse(rawScript(html, 'data-checksum="' + /data-checksum="([^"]+)"/.exec(html)![1] + '">')).title).toBe(HOSTILE);
  });

  it("scriptSafeJson escapes only what it must, and JSON.parse undoes it", () => {
    expect(scriptSafeJson({ a: "<>&\u2028\u2029\u007f\u009f\ufffe\uffff\u202e é" })).toBe('{"a":"\\u003c\\u003e\\u0026\\u2028\\u2029\\u007f\\u009f\\ufffe\\uffff\\u202e é"}');
    expect(JSON.parse(scriptSafeJson({ a: HOSTILE }))).toEqual({ a: HOSTILE });
    expect(() => scriptSafeJson(undefined)).toThrow(/expected a JSON value/);
  });

  it("is left out with embedPlan: false, and a fragment carries no data blocks", () => {
    const plan = fixturePlan();
    const without = renderHtml(plan, { embedPlan: false });
    expect(without).not.toContain('id="actionplan-plan"');
    expect(without).toContain('<script type="application/ld+json">');
    expect(renderHtml(plan, { jsonLd: false })).not.toContain("application/ld+json");
    expect(renderHtml(plan, { fragment: true })).not.toContain("<script");
    expect(() => renderHtml(plan, { embedPlan: "no" as unknown as boolean })).toThrow("Option `embedPlan` is string; expected true or false.");
  });

  it("costs about the plan's JSON in bytes", () => {
    const plan = polyfonPlan();
    const size = renderHtml(plan).length - renderHtml(plan, { embedPlan: false }).length;
    const json = JSON.stringify(plan).length;
    expect(size).toBeGreaterThan(json);
    expect(size).toBeLessThan(json * 1.1);
  });
});

describe("the embedded plan in a Word document", () => {
  const parts = async (plan: Plan, options = {}): Promise<Record<string, string>> => {
    const files = unzipSync(await renderDocx(plan, options));
    return Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, strFromU8(bytes)]));
  };

  it.each(plans)("%s: a custom XML part gives back the plan exactly", async (_name, load) => {
    const plan = load();
    const files = await parts(plan);
    const item = files["customXml/item1.xml"]!;
    expect(XMLValidator.validate(item)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false, processEntities: true }).parse(item) as { plan: { "#text": string; "@_xmlns": string; "@_checksum": string } };
    expect(parsed.plan["@_xmlns"]).toBe(EMBEDDED_PLAN_NAMESPACE);
    expect(JSON.parse(parsed.plan["#text"])).toEqual(JSON.parse(JSON.stringify(plan)));
    expect(parsed.plan["@_checksum"]).toBe(embeddedPlanChecksum(parsed.plan["#text"]));
    expect(files["word/_rels/document.xml.rels"]).toContain('Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml" Target="../customXml/item1.xml"');
    expect(files["customXml/_rels/item1.xml.rels"]).toContain('Target="itemProps1.xml"');
    expect(files["[Content_Types].xml"]).toContain('<Override PartName="/customXml/itemProps1.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/>');
    for (const [name, text] of Object.entries(files)) if (name.endsWith(".xml") || name.endsWith(".rels")) expect(XMLValidator.validate(text), name).toBe(true);
  });

  it("a hostile text stays character data of the part", async () => {
    const item = (await parts(hostilePlan()))["customXml/item1.xml"]!;
    const content = item.slice(item.indexOf('">') + 2, item.lastIndexOf("</plan>"));
    expect(content).not.toMatch(/[<>&\u2028\u2029\ufffe]/);
    expect(JSON.parse(content).title).toBe(HOSTILE);
  });

  it("is left out with embedPlan: false", async () => {
    const files = await parts(fixturePlan(), { embedPlan: false });
    expect(Object.keys(files).filter((name) => name.startsWith("customXml/"))).toEqual([]);
    expect(files["word/_rels/document.xml.rels"]).not.toContain("customXml");
  });
});

describe("schema.org JSON-LD in an HTML page", () => {
  type Node = Record<string, unknown>;
  const jsonLd = (plan: Plan, lang?: string): Node => {
    const { jsonLd: blocks, problems } = splitDataScripts(renderHtml(plan, lang === undefined ? {} : { lang }));
    expect(problems).toEqual([]);
    expect(blocks).toHaveLength(1);
    return blocks[0] as Node;
  };

  it("describes the plan as a Report written by its cluster, the participants as members", () => {
    const plan = fictionalPlan(2027);
    const data = jsonLd(plan, "en");
    expect(data["@context"]).toBe("https://schema.org");
    expect(data["@type"]).toBe("Report");
    expect(data.identifier).toBe(plan.id);
    expect(data.name).toBe(typeof plan.title === "string" ? plan.title : plan.title.en);
    expect(data.inLanguage).toBe("en");
    expect(data.temporalCoverage).toBe(`${plan.period.start}/${plan.period.end}`);
    expect(data.datePublished).toBe(plan.publication?.date ?? plan.adoption?.date);
    const author = data.author as Node;
    expect(author["@type"]).toBe("Organization");
    const members = author.member as Node[];
    expect(members.map((member) => member.identifier)).toEqual(plan.cluster!.participants.map((participant) => `participant:${participant.id}`));
    expect(members.every((member) => member["@type"] === "Organization" && typeof member.name === "string")).toBe(true);
  });

  it("gives every measure as an Action with its status, agents and dates", () => {
    const plan = fictionalPlan(2027);
    const measures: Measure[] = plan.chapters.flatMap((chapter) => chapter.measures?.items ?? []);
    const actions = jsonLd(plan).about as Node[];
    expect(actions).toHaveLength(measures.length);
    expect(actions.filter((action) => action.actionStatus !== undefined).length).toBeGreaterThan(3);
    measures.forEach((measure, index) => {
      const action = actions[index]!;
      expect(action["@type"]).toBe("Action");
      expect(action.identifier).toBe(`measure:${measure.id}`);
      expect(action.actionStatus).toBe(measure.status === undefined ? undefined : ACTION_STATUSES[measure.status]);
      expect(action.startTime).toBe(measure.start === undefined ? undefined : String(measure.start));
      expect(action.endTime).toBe(measure.end === undefined ? undefined : String(measure.end));
      const agents = [...new Set([...(measure.lead === undefined ? [] : [measure.lead]), ...(measure.responsible ?? [])])];
      expect(((action.agent as Node[] | undefined) ?? []).map((agent) => agent.identifier)).toEqual(agents);
    });
  });

  it("maps each lifecycle status to one ActionStatusType", () => {
    const plan = minimalPlan();
    const statuses: MeasureStatus[] = ["proposed", "planned", "ongoing", "delayed", "completed", "discontinued"];
    plan.chapters[0]!.measures = { items: statuses.map((status, index) => ({ id: `m-${index}`, number: index + 1, text: status, status })) };
    const actions = jsonLd(plan).about as Node[];
    expect(actions.map((action) => [action.name, action.actionStatus])).toEqual([
      ["proposed", "https://schema.org/PotentialActionStatus"],
      ["planned", "https://schema.org/PotentialActionStatus"],
      ["ongoing", "https://schema.org/ActiveActionStatus"],
      ["delayed", "https://schema.org/ActiveActionStatus"],
      ["completed", "https://schema.org/CompletedActionStatus"],
      ["discontinued", "https://schema.org/FailedActionStatus"],
    ]);
  });

  it("keeps a hostile text as a string value", () => {
    const data = jsonLd(hostilePlan());
    expect(data.name).toBe(HOSTILE.replace(/\s+/g, " ").trim());
  });
});
