// The scanner the security properties rely on must itself catch what it claims to catch.
import { describe, expect, test } from "vitest";
import { decodeEntities, findActiveMarkup, isDangerousUrl } from "./active-markup.js";

describe("findActiveMarkup reports", () => {
  test.each([
    ["<script>alert(1)</script>", "element"],
    ["<SCRIPT SRC=//x.example/a.js></SCRIPT>", "element"],
    ['<p>x</p><iframe src="https://example.org"></iframe>', "element"],
    ["<object data=x></object>", "element"],
    ["<embed src=x>", "element"],
    ['<base href="https://evil.example/">', "element"],
    ['<meta http-equiv="refresh" content="0;url=javascript:alert(1)">', "element"],
    ["<img src=x onerror=alert(1)>", "handler"],
    ['<svg/onload="alert(1)">', "handler"],
    ["<div\nonclick='x()'>", "handler"],
    ['<a href="javascript:alert(1)">x</a>', "url"],
    ["<a href=JaVaScRiPt:alert(1)>x</a>", "url"],
    ['<a href=" &#106;avascript:alert(1)">x</a>', "url"],
    ['<a href="java&#x09;script:alert(1)">x</a>', "url"],
    ['<a href="javascript&colon;alert(1)">x</a>', "url"],
    ['<img src="data:image/svg+xml;base64,PHN2Zz4=">', "url"],
    ['<form action="vbscript:x"></form>', "url"],
    ['<p style="background:url(javascript:alert(1))">', "style"],
    ["<style>@import 'https://evil.example/x.css';</style>", "style"],
    ['<iframe srcdoc="&lt;script&gt;"></iframe>', "element"],
  ] as const)("%s", (html, kind) => {
    expect(findActiveMarkup(html).map((finding) => finding.kind)).toContain(kind);
  });

  test("a script that follows a style element which a text closed early", () => {
    expect(findActiveMarkup("<style>p{color:red}</style><script>x</script>")).toHaveLength(1);
  });
});

describe("findActiveMarkup passes", () => {
  test.each([
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "<p>&lt;img src=x onerror=alert(1)&gt;</p>",
    '<a href="https://example.org/?q=javascript:x">ok</a>',
    '<a href="#measure-1">ok</a>',
    '<p title="onclick=alert(1)">text about onerror=</p>',
    "<!-- <script>alert(1)</script> -->",
    "<style>body{font:1rem serif}</style><textarea><script></textarea>",
    "<p>a < b and c > d</p>",
  ])("%s", (html) => {
    expect(findActiveMarkup(html)).toEqual([]);
  });
});

test("decodeEntities and isDangerousUrl read URLs the way browsers do", () => {
  expect(decodeEntities("&#x6A;&#97;&amp;&lt;&unknown;")).toBe("ja&<&unknown;");
  expect(isDangerousUrl("  JAVASCRIPT:alert(1)")).toBe(true);
  expect(isDangerousUrl("https://example.org/javascript:")).toBe(false);
  expect(isDangerousUrl("mailto:a@example.org")).toBe(false);
});

describe("with dataBlocks, findActiveMarkup admits a page's two JSON data blocks and nothing like them", () => {
  const ldJson = '<script type="application/ld+json">{"@type":"Plan","name":"\\u003cscript\\u003e"}</script>';
  const plan = '<script type="application/json" id="actionplan-plan" data-checksum="fnv1a32-0123abcd">{"title":"x"}</script>';

  test("both blocks, once each", () => {
    expect(findActiveMarkup(`<head>${ldJson}\n${plan}</head>`, { dataBlocks: true })).toEqual([]);
    expect(findActiveMarkup(`<head>${ldJson}\n${plan}</head>`)).toHaveLength(2);
  });

  test.each([
    ["a script that runs", "<script>alert(1)</script>"],
    ["a JavaScript type", '<script type="text/javascript">{}</script>'],
    ["a module", '<script type="module">{}</script>'],
    ["a source", '<script type="application/ld+json" src="https://x.example/a.js">{}</script>'],
    ["a handler", '<script type="application/ld+json" onload="x()">{}</script>'],
    ["another id", '<script type="application/json" id="other" data-checksum="fnv1a32-0123abcd">{}</script>'],
    ["no checksum", '<script type="application/json" id="actionplan-plan">{}</script>'],
    ["a bad checksum", '<script type="application/json" id="actionplan-plan" data-checksum="x">{}</script>'],
    ["markup in the content", '<script type="application/ld+json">{"a":"<!--"}</script>'],
    ["a reference in the content", '<script type="application/ld+json">{"a":"&lt;"}</script>'],
    ["content that is not JSON", '<script type="application/ld+json">alert(1)</script>'],
    ["an unclosed block", '<script type="application/ld+json">{}'],
    ["a block twice", `${'<script type="application/ld+json">{}</script>'.repeat(2)}`],
  ])("%s", (_name, html) => {
    expect(findActiveMarkup(html, { dataBlocks: true }).map((finding) => finding.kind)).toContain("element");
  });
});
