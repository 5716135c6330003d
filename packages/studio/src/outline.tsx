// The outline: the plan's parts, each a button that opens its form; the selected chapter's measures under it, a
// page at a time (the same page as the chapter's list in the form).
import { sectionOf } from "./forms/sections.js";
import { formText } from "./forms/messages.js";
import { chaptersOf, PAGE_SIZE, textOf, type Chapter, type NodeProps, type Section } from "./model.js";
import { pageRows, Pager } from "./pager.js";

/** How much of a measure's text the outline shows. */
const SHORT_TEXT = 60;

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
                {(selection.type === "chapter" || selection.type === "measure") && selection.chapter === index && (
                  <OutlineMeasures chapter={chapter} index={index} t={t} lang={lang} selection={selection} select={select} />
                )}
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

/** The measures of the selected chapter: number and short text, the page the form's list shows (or the selected measure's). */
function OutlineMeasures({ chapter, index, t, lang, selection, select }: Omit<NodeProps, "plan"> & { chapter: Chapter; index: number }) {
  const items = chapter.measures?.items ?? [];
  if (items.length === 0) return null;
  const page = selection.type === "measure" ? Math.floor(selection.index / PAGE_SIZE) : selection.type === "chapter" ? selection.page : 0;
  const { rows, first } = pageRows(items, page);
  return (
    <>
      {items.length > PAGE_SIZE && (
        <Pager t={t} label={`${t("outline")}: ${t("measures")}`} page={page} total={items.length} range={(from, to, total) => t("pageOf", { from, to, total })} go={(next) => select({ type: "chapter", chapter: index, page: next })} />
      )}
      <ul class="outline-measures">
        {rows.map((measure, offset) => {
          const at = first + offset;
          const text = textOf(measure.text, lang);
          return (
            <li key={String(measure.id ?? at)}>
              <button type="button" aria-current={selection.type === "measure" && selection.index === at ? "page" : undefined} onClick={() => select({ type: "measure", chapter: index, index: at })}>
                {measure.number === undefined ? "" : `${String(measure.number)} `}
                {text.length > SHORT_TEXT ? `${text.slice(0, SHORT_TEXT - 1).trimEnd()}…` : text}
              </button>
            </li>
          );
        })}
      </ul>
    </>
  );
}
