// `actionplan render --appendix`: what the document's appendix shows of what the plan holds beyond its text.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runMain } from "./helpers.js";

const examples = join(import.meta.dirname, "..", "..", "..", "examples");
const fictional = join(examples, "fictional", "plan-2027.json");
const polyfon = join(examples, "polyfon-2025-2030", "plan.json");

describe("render --appendix", () => {
  it("shows the whole appendix by default, and none of it with --appendix none", async () => {
    const full = await runMain(["render", polyfon]);
    expect(full.code, full.stderr).toBe(0);
    expect(full.stdout).toContain("## Vedlegg: det planfila inneholder utover planteksten\n");
    expect(full.stdout).toContain("#### Partnere\n\n- **Fagrådet**");
    const none = await runMain(["render", polyfon, "--appendix", "none"]);
    expect(none.code, none.stderr).toBe(0);
    expect(none.stdout).not.toContain("Vedlegg");
    expect(none.stdout).not.toContain("Fagrådet");
    // The plan's text is the same either way: the appendix only adds.
    expect(full.stdout.startsWith(none.stdout.slice(0, none.stdout.indexOf("- [I)")))).toBe(true);
  });

  it("shows only the parts named, in the appendix's own order", async () => {
    const some = await runMain(["render", fictional, "--lang", "en", "--appendix", "indicators,cluster"]);
    expect(some.code, some.stderr).toBe(0);
    expect(some.stdout).toContain("### The cluster\n");
    expect(some.stdout).toContain("### Indicators\n");
    expect(some.stdout.indexOf("### The cluster\n")).toBeLessThan(some.stdout.indexOf("### Indicators\n"));
    expect(some.stdout).not.toContain("### Revisions\n");
    expect(some.stdout).not.toContain("### Progress reports\n");
  });

  it("refuses an unknown part, and the option on a view, as usage errors (exit 2)", async () => {
    const wrong = await runMain(["render", fictional, "--appendix", "cluster,budget"]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('Expected all, none, or parts separated by commas from strategy, cluster, glossary, measures, indicators, priorities, revisions, progress (e.g. cluster,indicators), got "cluster,budget": "budget" is not a part.');
    const view = await runMain(["render", fictional, "--view", "priorities", "--appendix", "none"]);
    expect(view.code).toBe(2);
    expect(view.stderr).toBe('actionplan: --appendix is used by the document only (the view is "priorities").\n');
  });
});

describe("render --adopting-body", () => {
  it("names the adopting body in the adoption line only when asked; the default keeps the adopted document's words", async () => {
    const plain = await runMain(["render", polyfon, "--appendix", "none"]);
    expect(plain.code, plain.stderr).toBe(0);
    expect(plain.stdout.split("\n")[0]).toBe("*Vedtatt 13.12.2024, med **utheving** av forslag til prioriterte tiltak for 2025*");
    const named = await runMain(["render", polyfon, "--appendix", "none", "--adopting-body"]);
    expect(named.code, named.stderr).toBe(0);
    expect(named.stdout.split("\n")[0]).toBe("*Vedtatt av Styringsgruppe 13.12.2024, med **utheving** av forslag til prioriterte tiltak for 2025*");
    const english = await runMain(["render", fictional, "--lang", "en", "--appendix", "none", "--adopting-body"]);
    expect(english.stdout.split("\n")[0]).toBe("*Adopted by SC on 28 November 2024, with the measures prioritised for 2025 in **bold***");
  });
});
