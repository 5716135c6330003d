// The outline: the plan's parts, each a button that opens its form.
import { sectionOf } from "./forms/sections.js";
import { formText } from "./forms/messages.js";
import { chaptersOf, textOf, type NodeProps, type Section } from "./model.js";

/** The outline of the plan, with the selected part marked. */
export function Outline({ plan, t, lang, selection, select }: NodeProps) {
  const shown = sectionOf(selection);
  const current = (candidate: { type: "plan" } | { type: "section"; section: Section }) => ((candidate.type === "plan" ? "plan" : candidate.section) === shown ? "page" : undefined);
  const section = (name: Section, label: string) => (
    <li><button type="button" aria-current={current({ type: "section", section: name })} onClick={() => select({ type: "section", section: name })}>{label}</button></li>
  );
  return (
    <nav class="outline" aria-label={t("outline")}>
      <h2>{t("outline")}</h2>
      <ul>
        <li><button type="button" aria-current={current({ type: "plan" })} onClick={() => select({ type: "plan" })}>{t("plan")}</button></li>
        <li><button type="button" aria-current={current({ type: "section", section: "strategy" })} onClick={() => select({ type: "section", section: "strategy" })}>{t("strategy")}</button></li>
        <li><button type="button" aria-current={current({ type: "section", section: "objectives" })} onClick={() => select({ type: "section", section: "objectives" })}>{t("objectives")}</button></li>
        <li>
          <button type="button" aria-current={current({ type: "section", section: "chapters" })} onClick={() => select({ type: "section", section: "chapters" })}>{formText(t.language, "chapters")}</button>
          <ul>
            {chaptersOf(plan).map((chapter, index) => (
              <li key={index}>
                <button
                  type="button"
                  aria-current={(selection.type === "chapter" || selection.type === "measure") && selection.chapter === index ? "page" : undefined}
                  onClick={() => select({ type: "chapter", chapter: index, page: 0 })}
                >
                  {chapter.number ?? ""} {textOf(chapter.title, lang)}
                  {chapter.measures?.items !== undefined && <span class="count"> ({chapter.measures.items.length})</span>}
                </button>
              </li>
            ))}
          </ul>
        </li>
        <li><button type="button" aria-current={current({ type: "section", section: "indicators" })} onClick={() => select({ type: "section", section: "indicators" })}>{t("indicators")}</button></li>
        <li><button type="button" aria-current={current({ type: "section", section: "actors" })} onClick={() => select({ type: "section", section: "actors" })}>{t("actors")}</button></li>
        {section("revisions", formText(t.language, "revisions"))}
        {section("glossary", formText(t.language, "glossary"))}
      </ul>
    </nav>
  );
}
