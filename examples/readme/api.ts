import { readFile } from "node:fs/promises";
import { parsePlan, measuresPrioritisedIn, diffPlans } from "@actionplan/core";
import { validatePlan } from "@actionplan/schema";
import { renderMarkdown, renderHtml } from "@actionplan/render";

const input = JSON.parse(await readFile("plan.json", "utf8"));

const { valid, issues } = validatePlan(input); // no zod at run time: fine in a browser
console.log(valid ? "valid" : "invalid");
for (const issue of issues) console.log(issue.severity, issue.pointer, issue.message, issue.hint ?? "");

const plan = parsePlan(input); // typed Plan, or throws PlanValidationError with every issue
for (const { measure, chapter } of measuresPrioritisedIn(plan, 2025)) {
  console.log(`${chapter.number}.${measure.number}`, measure.text);
}

const markdown = renderMarkdown(plan, { lang: "nb", year: 2025 });
const page = renderHtml(plan, { view: "priorities" }); // a standalone, printable, accessible page
console.log(`${markdown.length} characters of Markdown, ${page.length} of HTML`);

const lastYear = parsePlan(JSON.parse(await readFile("plan-last-year.json", "utf8")));
const changes = diffPlans(lastYear, plan); // measures added, reworded, re-prioritised, …
console.log(`${changes.length} changes since last year`);
