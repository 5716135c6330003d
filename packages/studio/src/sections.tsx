// The forms of the outline's sections other than chapters: the strategy, and the names of objectives, indicators,
// and people and organisations.
import type { Plan } from "@actionplan/core";
import { collectIds, type RefKind } from "@actionplan/core/helpers";
import { getAt, type PlanData } from "./edit.js";
import { TextField } from "./fields.js";
import type { Translate } from "./messages.js";
import { ACTOR_KINDS } from "./model.js";

/** The kinds of things each outline section lists, each with a form for its name. */
const SECTION_KINDS = {
  objectives: ["objective"],
  indicators: ["indicator"],
  actors: ACTOR_KINDS,
} as const;

/** The form of one outline section. */
export function SectionList({ plan, t, lang, section, edit }: { plan: PlanData; t: Translate; lang: string; section: "strategy" | "objectives" | "indicators" | "actors"; edit: (plan: PlanData) => void }) {
  if (section === "strategy") {
    return (
      <form class="node-form" data-pointer="/strategy" onSubmit={(event) => event.preventDefault()}>
        <h2>{t("strategy")}</h2>
        {getAt(plan, "/strategy") === undefined ? (
          <p>{t("notEditable")}</p>
        ) : (
          <>
            <TextField label={t("title")} pointer="/strategy/title" plan={plan} edit={edit} />
            <TextField label={t("mainObjective")} pointer="/strategy/mainObjective" plan={plan} edit={edit} multiline />
          </>
        )}
      </form>
    );
  }
  let entries: { kind: string; id: string; pointer: string; value: Record<string, unknown> }[] = [];
  try {
    entries = collectIds(plan as unknown as Plan, SECTION_KINDS[section] as unknown as RefKind[]) as unknown as typeof entries;
  } catch {
    entries = [];
  }
  return (
    <form class="node-form" data-pointer={section === "actors" ? "/cluster" : section === "objectives" ? "/strategy/objectives" : "/indicators"} onSubmit={(event) => event.preventDefault()}>
      <h2>{t(section)}</h2>
      <p class="hint">{t("namesOnly")}</p>
      {entries.map((entry) => {
        const field = ["name", "title", "text"].find((name) => entry.value[name] !== undefined) ?? "name";
        const number = typeof entry.value["number"] === "string" ? `${entry.value["number"]} ` : "";
        return (
          <div key={entry.pointer} data-pointer={entry.pointer} class="entry">
            <TextField label={`${number}${section === "actors" ? `${entry.kind} ` : ""}${entry.id}`} pointer={`${entry.pointer}/${field}`} plan={plan} edit={edit} multiline={section !== "actors"} />
          </div>
        );
      })}
      {entries.length === 0 && <p>—</p>}
    </form>
  );
}
