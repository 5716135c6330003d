// The outline: the plan's parts, each a button that opens its form.
import { chaptersOf, textOf, type NodeProps, type Selection } from "./model.js";

/** The outline of the plan, with the selected part marked. */
export function Outline({ plan, t, lang, selection, select }: NodeProps) {
  const current = (candidate: Selection) =>
    JSON.stringify(candidate) === JSON.stringify(selection.type === "chapter" ? { ...selection, page: 0 } : selection) ? "page" : undefined;
  return (
    <nav class="outline" aria-label={t("outline")}>
      <h2>{t("outline")}</h2>
      <ul>
        <li><button type="button" aria-current={current({ type: "plan" })} onClick={() => select({ type: "plan" })}>{t("plan")}</button></li>
        <li><button type="button" aria-current={current({ type: "section", section: "strategy" })} onClick={() => select({ type: "section", section: "strategy" })}>{t("strategy")}</button></li>
        <li><button type="button" aria-current={current({ type: "section", section: "objectives" })} onClick={() => select({ type: "section", section: "objectives" })}>{t("objectives")}</button></li>
        <li>
          {t("chapters")}
          <ul>
            {chaptersOf(plan).map((chapter, index) => (
              <li key={index}>
                <button
                  type="button"
                  aria-current={selection.type !== "plan" && selection.type !== "section" && selection.chapter === index ? "page" : undefined}
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
      </ul>
    </nav>
  );
}
