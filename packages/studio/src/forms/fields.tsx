// One editor per kind of field, chosen from the model's shape (shape.ts): texts with one box per plan language,
// enums as selects, references as pickers of the things of the right kind, dates, years, numbers, nested objects,
// unions and lists of them with add, remove and reorder. Every control carries `data-pointer`, so that an issue
// about its value lands on it.
import type { ShapeNode } from "@actionplan/core/rules";
import type { ComponentChildren } from "preact";
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { ask } from "../ask.js";
import { getAt, pointerSegments, setAt, type PlanData } from "../edit.js";
import type { Translate } from "../messages.js";
import { PAGE_SIZE, type Selection } from "../model.js";
import { pageCount, pageRows, Pager, usePage } from "../pager.js";
import { choiceKey, choiceText } from "./choices.js";
import { formText, type FormMessageKey } from "./messages.js";
import { fieldWord, kindWord, placeWords } from "./names.js";
import { OWN_FORM_KINDS, selectionOf } from "./sections.js";
import { Picker } from "./picker.js";
import { renameId } from "./rename.js";
import { branches, branchOf, humanize, kindOf, newValue, renumbered, resolve, sequenceOf, suggestionsFor, type NewValueContext } from "./shape.js";
import { candidates, fieldOf, referrersTo, thingAround, thingsOf, type Thing } from "./things.js";

/** What every editor is given. */
export interface FormContext {
  plan: PlanData;
  edit: (plan: PlanData) => void;
  t: Translate;
  /** The plan's main language. */
  lang: string;
  select: (selection: Selection) => void;
}

let fieldIds = 0;
const useFieldId = () => useMemo(() => `form-field-${++fieldIds}`, []);

/** The forms' text in the studio's language. */
export const say = (ctx: { t: Translate }, key: FormMessageKey, values?: Record<string, string | number>) => formText(ctx.t.language, key, values);

/** A field's name for people, in the studio's language (names.ts: the renderer's field names, else the studio's). */
export function fieldLabel(t: Translate, name: string): string {
  return fieldWord(t.language, name);
}

/** The languages a text of the plan is written in: the plan's language, its further languages, and the text's own. */
export function textLanguages(plan: PlanData, value: unknown): string[] {
  const found = new Set<string>();
  if (typeof plan["language"] === "string") found.add(plan["language"]);
  if (Array.isArray(plan["languages"])) for (const code of plan["languages"]) if (typeof code === "string" && code !== "") found.add(code);
  if (value !== null && typeof value === "object" && !Array.isArray(value)) for (const code of Object.keys(value)) found.add(code);
  return [...found];
}

/** What a new value reads of the plan. */
function newContext(ctx: FormContext): NewValueContext {
  return { plan: ctx.plan, firstRef: (kinds) => candidates(ctx.plan, kinds, ctx.lang)[0]?.ref };
}

/** A label whose accessible name also says where the field is (`Milestones 2 – Text`), which sighted readers see from the box around it. */
function Label({ id, label, context }: { id: string; label: string; context: string | undefined }) {
  return (
    <label for={id}>
      {context !== undefined && <span class="visually-hidden">{context} – </span>}
      {label}
    </label>
  );
}

/** The properties of a field. */
export interface FieldProps {
  ctx: FormContext;
  node: ShapeNode;
  pointer: string;
  name: string;
  label: string;
  required: boolean;
  /** Where the field is, for its accessible name (`Milestones 2`). */
  context?: string | undefined;
  /** The field as `Type.field`, where the model suggests values for it. */
  place?: string | undefined;
}

/** Texts that take a few lines. */
const LONG_TEXT = /text|description|summary|note|mission|vision|objective|background|evaluation|feedback|rationale|intro|expansion|history|statement/i;

/** The editor of one field, chosen by its kind. */
export function Field(props: FieldProps) {
  switch (kindOf(props.node)) {
    case "id":
      return <IdField {...props} />;
    case "text":
      return <TextField {...props} />;
    case "string":
      return suggestionsFor(props.node, props.place) === undefined ? <InputField {...props} read={(text) => text} /> : <OpenListField {...props} />;
    case "integer":
    case "number":
    case "year":
      return <InputField {...props} type="number" read={(text) => (text === "" ? undefined : Number(text))} />;
    case "yearOrDate":
      return <InputField {...props} placeholder="2026 / 2026-03-31" read={(text) => (/^\d{4}$/.test(text.trim()) ? Number(text.trim()) : text.trim())} />;
    case "valueOrText":
      return <InputField {...props} read={(text) => (/^-?\d+(\.\d+)?$/.test(text.trim()) ? Number(text.trim()) : text)} />;
    case "date":
      return <InputField {...props} type="date" read={(text) => text} />;
    case "boolean":
      return <BooleanField {...props} />;
    case "enum":
      return <EnumField {...props} />;
    case "reference":
      return <ReferenceField {...props} />;
    case "object":
    case "union":
      return <ObjectField {...props} />;
    case "list":
      return <ListField {...props} />;
    case "kept":
      return getAt(props.ctx.plan, props.pointer) === undefined || props.name === "extensions" ? null : <p class="hint" data-pointer={props.pointer}>{say(props.ctx, "kept", { what: props.label })}</p>;
    default:
      return null;
  }
}

/** The fields of an object type, in the model's order, but those in `skip`. */
export function ObjectFields({ ctx, node, pointer, context, skip }: { ctx: FormContext; node: ShapeNode; pointer: string; context?: string | undefined; skip?: ReadonlySet<string> | undefined }) {
  let resolved = resolve(node);
  if (resolved.node.discriminator !== undefined) resolved = resolve(branchOf(resolved.node, getAt(ctx.plan, pointer)) ?? resolved.node);
  const structure = resolved.node;
  const required = new Set(structure.required ?? []);
  return (
    <>
      {Object.entries(structure.properties ?? {}).map(([name, field]) =>
        skip?.has(name) || kindOf(field) === "const" ? null : (
          <Field key={name} ctx={ctx} node={field} pointer={`${pointer}/${name}`} name={name} label={fieldLabel(ctx.t, name)} required={required.has(name)} context={context} place={`${resolved.name ?? ""}.${name}`} />
        ),
      )}
    </>
  );
}

/**
 * A thing's id. Changing it changes every reference to the thing too (rename.ts); an id the validator would refuse
 * (malformed, or another thing's of the same kind) is not taken, and its message is shown under the box.
 */
function IdField({ ctx, pointer, context }: FieldProps) {
  const id = useFieldId();
  const value = getAt(ctx.plan, pointer);
  const current = typeof value === "string" ? value : "";
  const [typed, setTyped] = useState<string | undefined>(undefined);
  const [said, setSaid] = useState<{ refused: boolean; text: string } | undefined>(undefined);
  const thingPointer = pointer.slice(0, pointer.lastIndexOf("/"));
  // Another thing's form in the same place starts afresh.
  useEffect(() => {
    setTyped(undefined);
    setSaid(undefined);
  }, [pointer]);
  // Enter both commits and, in Chromium, fires `change`: the second call, on the same plan, is the same rename.
  const committed = useRef<{ plan: PlanData; wanted: string } | undefined>(undefined);
  const commit = (text: string) => {
    const wanted = text.trim();
    if (committed.current?.plan === ctx.plan && committed.current.wanted === wanted) return;
    committed.current = { plan: ctx.plan, wanted };
    if (wanted === current) {
      setTyped(undefined);
      return;
    }
    const outcome = renameId(ctx.plan, thingPointer, wanted);
    if (!outcome.ok) {
      // A thing without an id is the studio's to word; a refused id is the validator's message (English, framed).
      setSaid({ refused: true, text: outcome.reason === "noId" ? say(ctx, "idMissing", { pointer: `${thingPointer}/id` }) : say(ctx, "idRefused", { message: outcome.message }) });
      return;
    }
    setTyped(undefined);
    setSaid({ refused: false, text: say(ctx, "idRenamed", { from: current, to: wanted, count: outcome.references }) });
    ctx.edit(outcome.plan);
  };
  return (
    <div class="id-line" data-pointer={pointer}>
      <div class="id-rename">
        <Label id={id} label={say(ctx, "id")} context={context} />
        <input
          id={id}
          data-pointer={pointer}
          class="id-input"
          spellcheck={false}
          autocomplete="off"
          value={typed ?? current}
          aria-invalid={said?.refused === true}
          aria-describedby={`${id}-said`}
          onInput={(event) => setTyped(event.currentTarget.value)}
          onChange={(event) => commit(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === "Enter") {
              event.preventDefault();
              commit(event.currentTarget.value);
            } else if (event.key === "Escape" && typed !== undefined) {
              committed.current = undefined;
              setTyped(undefined);
              setSaid(undefined);
            }
          }}
        />
      </div>
      <p id={`${id}-said`} class={said?.refused === true ? "read-error" : "hint"} role={said?.refused === true ? "alert" : "status"}>
        {said?.text ?? (context === undefined ? say(ctx, "idNote") : "")}
      </p>
    </div>
  );
}

/** Sets a field, removing an optional one that is emptied. */
function setField(ctx: FormContext, pointer: string, value: unknown, required: boolean) {
  ctx.edit(setAt(ctx.plan, pointer, value === undefined || (value === "" && !required) ? (required ? "" : undefined) : value));
}

function InputField({ ctx, pointer, label, required, context, type, placeholder, read, node }: FieldProps & { type?: "text" | "number" | "date"; placeholder?: string; read: (text: string) => unknown }) {
  const id = useFieldId();
  const value = getAt(ctx.plan, pointer);
  const minimum = resolve(node).node.minimum;
  return (
    <div class="row">
      <Label id={id} label={label} context={context} />
      <input
        id={id}
        data-pointer={pointer}
        // preact types each input type apart; the one element here serves three of them.
        {...({ type: type ?? "text" } as { type: "text" })}
        {...(placeholder === undefined ? {} : { placeholder })}
        {...(minimum === undefined ? {} : { min: String(minimum) })}
        {...(type === "number" ? { step: resolve(node).node.type === "number" ? "any" : "1" } : {})}
        value={value === undefined || value === null || typeof value === "object" ? "" : String(value)}
        onChange={(event) => setField(ctx, pointer, read(event.currentTarget.value), required)}
      />
    </div>
  );
}

/**
 * The box of an open list (an organisation's kind, a stakeholder's role, a plan event's kind): the values the model
 * knows are offered, and shown, by their words in the studio's language, as an enum's picker shows them; any other
 * word may be typed and is kept as typed. A word typed that names a known value (or the value itself) is stored as
 * that value, so `Kommune` writes `municipality`.
 */
function OpenListField({ ctx, node, pointer, label, required, context, place }: FieldProps) {
  const id = useFieldId();
  const value = getAt(ctx.plan, pointer);
  const known = suggestionsFor(node, place) ?? [];
  const key = choiceKey(node, place);
  const word = (option: string) => choiceText(ctx.t.language, key, option);
  const shown = typeof value === "string" ? (known.includes(value) ? word(value) : value) : "";
  const read = (text: string): string => {
    const typed = text.trim();
    const lower = typed.toLocaleLowerCase();
    return known.find((option) => option === typed) ?? known.find((option) => word(option).toLocaleLowerCase() === lower) ?? typed;
  };
  return (
    <div class="row">
      <Label id={id} label={label} context={context} />
      <input id={id} data-pointer={pointer} value={shown} list={`${id}-known`} autocomplete="off" aria-describedby={`${id}-hint`} onChange={(event) => setField(ctx, pointer, read(event.currentTarget.value), required)} />
      <datalist id={`${id}-known`}>
        {known.map((option) => (
          <option key={option} value={word(option)} />
        ))}
      </datalist>
      <small id={`${id}-hint`} class="hint">{say(ctx, "openListHint")}</small>
    </div>
  );
}

function TextField({ ctx, pointer, name, label, required, context }: FieldProps) {
  const id = useFieldId();
  const value = getAt(ctx.plan, pointer);
  const languages = textLanguages(ctx.plan, value);
  const main = languages[0] ?? ctx.lang;
  const multiline = LONG_TEXT.test(name);
  const set = (code: string, text: string) => {
    let next: unknown;
    if (value !== null && typeof value === "object") next = { ...(value as Record<string, unknown>), [code]: text };
    else if (code === main) next = text;
    else next = { [main]: typeof value === "string" ? value : "", [code]: text };
    if (next !== null && typeof next === "object") {
      const map = Object.fromEntries(Object.entries(next).filter(([, entry]) => entry !== ""));
      const keys = Object.keys(map);
      next = keys.length === 0 ? "" : keys.length === 1 && keys[0] === main ? map[main] : map;
    }
    setField(ctx, pointer, next, required);
  };
  const box = (code: string, boxId: string, boxLabel: string, boxPointer: string, text: string) => (
    <div class="row" key={code}>
      <Label id={boxId} label={boxLabel} context={context} />
      {multiline ? (
        <textarea id={boxId} data-pointer={boxPointer} rows={2} lang={code} value={text} onInput={(event) => set(code, event.currentTarget.value)} />
      ) : (
        <input id={boxId} data-pointer={boxPointer} lang={code} value={text} onInput={(event) => set(code, event.currentTarget.value)} />
      )}
    </div>
  );
  if (languages.length <= 1 && (value === undefined || typeof value === "string")) return box(main, id, label, pointer, typeof value === "string" ? value : "");
  const map = value !== null && typeof value === "object" ? (value as Record<string, unknown>) : undefined;
  return (
    <fieldset data-pointer={pointer} class="text-languages">
      <legend>{label}</legend>
      {languages.map((code) => {
        const text = map !== undefined ? map[code] : code === main ? value : undefined;
        return box(code, `${id}-${code}`, say(ctx, "languageOf", { label, language: code }), map !== undefined ? `${pointer}/${code}` : pointer, typeof text === "string" ? text : "");
      })}
    </fieldset>
  );
}

function BooleanField({ ctx, pointer, label, required, context }: FieldProps) {
  const id = useFieldId();
  return (
    <div class="row">
      <input id={id} type="checkbox" data-pointer={pointer} checked={getAt(ctx.plan, pointer) === true} onChange={(event) => setField(ctx, pointer, event.currentTarget.checked ? true : required ? false : undefined, required)} />
      <Label id={id} label={label} context={context} />
    </div>
  );
}

function EnumField({ ctx, node, pointer, label, required, context, place }: FieldProps) {
  const id = useFieldId();
  const value = getAt(ctx.plan, pointer);
  const options = (resolve(node).node.enum ?? []).map(String);
  const current = value === undefined ? "" : String(value);
  return (
    <div class="row">
      <Label id={id} label={label} context={context} />
      <select id={id} data-pointer={pointer} value={current} onChange={(event) => setField(ctx, pointer, event.currentTarget.value === "" ? undefined : event.currentTarget.value, required)}>
        {(!required || value === undefined) && <option value="">{say(ctx, "notGiven")}</option>}
        {current !== "" && !options.includes(current) && <option value={current}>{say(ctx, "unknown", { ref: current })}</option>}
        {options.map((option) => (
          <option key={option} value={option}>{choiceText(ctx.t.language, choiceKey(node, place), option)}</option>
        ))}
      </select>
    </div>
  );
}

/** A thing as a picker names it: its name, then its kind in the studio's language. */
const optionLabel = (ctx: FormContext, thing: Thing) => `${thing.name} — ${kindWord(ctx.t.language, thing.kind)}`;

/** A picker of the things a reference may name (searchable when they are many); a reference to nothing stays visible as "Unknown: …". */
function RefSelect({ ctx, id, kinds, pointer, value, allowNone, onPick, ariaLabel, noneLabel }: { ctx: FormContext; id?: string; kinds: readonly string[]; pointer: string; value: string; allowNone: boolean; onPick: (ref: string | undefined) => void; ariaLabel?: string; noneLabel?: string }) {
  const things = candidates(ctx.plan, kinds, ctx.lang);
  const choices = useMemo(() => things.map((thing) => ({ value: thing.ref, label: optionLabel(ctx, thing), keywords: thing.id })), [ctx.plan, ctx.lang, ctx.t.language, kinds.join(" ")]);
  return (
    <Picker
      language={ctx.t.language}
      choices={choices}
      value={value}
      id={id}
      ariaLabel={ariaLabel}
      pointer={pointer}
      noneLabel={allowNone || value === "" ? (noneLabel ?? say(ctx, "none")) : undefined}
      unknownLabel={(ref) => say(ctx, "unknown", { ref })}
      onPick={onPick}
    />
  );
}

function ReferenceField({ ctx, node, pointer, label, required, context }: FieldProps) {
  const id = useFieldId();
  const value = getAt(ctx.plan, pointer);
  return (
    <div class="row">
      <Label id={id} label={label} context={context} />
      <RefSelect ctx={ctx} id={id} kinds={resolve(node).node.refKinds ?? []} pointer={pointer} value={typeof value === "string" ? value : ""} allowNone={!required} onPick={(ref) => setField(ctx, pointer, ref, required)} />
    </div>
  );
}

/** A nested object (or a union's branch): its fields in a box, or a button that adds it. */
function ObjectField({ ctx, node, pointer, label, required, context }: FieldProps) {
  const value = getAt(ctx.plan, pointer);
  if (value === undefined || value === null || typeof value !== "object") {
    return (
      <p data-pointer={pointer}>
        <button type="button" onClick={() => ctx.edit(setAt(ctx.plan, pointer, newValue(node, newContext(ctx))))}>{say(ctx, "add", { what: label.toLowerCase() })}</button>
      </p>
    );
  }
  const inner = context === undefined ? label : `${context} – ${label}`;
  return (
    <fieldset data-pointer={pointer} class="nested">
      <legend>{label}</legend>
      {kindOf(node) === "union" && <UnionTag ctx={ctx} node={node} pointer={pointer} context={inner} />}
      <ObjectFields ctx={ctx} node={node} pointer={pointer} context={inner} />
      {!required && (
        <p>
          <button type="button" class="danger" onClick={() => void removeAt(ctx, pointer, label)}>{say(ctx, "removeWhat", { what: label.toLowerCase() })}</button>
        </p>
      )}
    </fieldset>
  );
}

/** The choice of a union's branch (a block's type: paragraph, list, section …). */
function UnionTag({ ctx, node, pointer, context }: { ctx: FormContext; node: ShapeNode; pointer: string; context: string }) {
  const id = useFieldId();
  const key = resolve(node).node.discriminator!;
  const found = getAt(ctx.plan, pointer);
  const value = found !== null && typeof found === "object" ? (found as Record<string, unknown>) : {};
  const choices = branches(node);
  return (
    <div class="row">
      <Label id={id} label={fieldLabel(ctx.t, key)} context={context} />
      <select
        id={id}
        data-pointer={`${pointer}/${key}`}
        value={String(value[key] ?? "")}
        onChange={(event) => {
          const choice = choices.find((entry) => entry.tag === event.currentTarget.value);
          if (choice === undefined) return;
          // Keep what the new branch has room for (a paragraph's text becomes a section's title only if it has one).
          const fresh = newValue(choice.branch, newContext(ctx)) as Record<string, unknown>;
          const fields = resolve(choice.branch).node.properties ?? {};
          for (const [field, kept] of Object.entries(value)) if (field !== key && field in fields && kindOf(fields[field]!) === "text") fresh[field] = kept;
          ctx.edit(setAt(ctx.plan, pointer, fresh));
        }}
      >
        {choices.map((choice) => (
          <option key={choice.tag} value={choice.tag}>{choiceText(ctx.t.language, resolve(node).name, choice.tag)}</option>
        ))}
      </select>
    </div>
  );
}

/** The name of a list's item for people: `Milestones 2`. */
const itemName = (ctx: FormContext, label: string, index: number) => say(ctx, "item", { what: label, n: index + 1 });

/** A row's title for a thing with a form of its own: its number and name. */
function rowTitle(ctx: FormContext, pointer: string): string {
  const value = getAt(ctx.plan, pointer) as Record<string, unknown> | undefined;
  const thing = thingsOf(ctx.plan, ctx.lang).find((entry) => entry.pointer === pointer);
  if (thing !== undefined) return thing.name;
  const name = value?.["name"] ?? value?.["title"] ?? value?.["text"] ?? value?.["date"];
  const number = value?.["number"] === undefined ? "" : `${String(value["number"])} `;
  const text = typeof name === "string" ? name : name !== null && typeof name === "object" ? String(Object.values(name)[0] ?? "") : "";
  return `${number}${text || String(value?.["id"] ?? "")}`.trim();
}

/** A list: each item's editor (or a row that opens its form), with move, remove and add. */
export function ListField({ ctx, node, pointer, name, label, required, context, place }: FieldProps) {
  const value = getAt(ctx.plan, pointer);
  const items = Array.isArray(value) ? (value as unknown[]) : [];
  // A page of rows at a time: a plan of a thousand indicators or people draws fifty.
  const [page, turn] = usePage(pointer, items.length);
  const itemNode = resolve(node).node.items;
  if (itemNode === undefined) return null;
  const itemKind = kindOf(itemNode);
  const itemType = resolve(itemNode);
  const ownForm = itemType.node.idKind !== undefined && OWN_FORM_KINDS.has(itemType.node.idKind);
  const inner = context === undefined ? label : `${context} – ${label}`;
  const add = () => {
    const fresh = newValue(itemNode, newContext(ctx));
    const sequence = sequenceOf(items);
    let next = [...items, fresh];
    // A new item takes the list's next number: when its type requires one, and when the number is optional (a
    // chapter's) but every item so far is numbered 1, 2, 3 … (or I, II, III …).
    const numberedList = sequence !== undefined && itemType.node.properties?.["number"] !== undefined;
    if (fresh !== null && typeof fresh === "object" && ("number" in fresh || numberedList)) {
      const numbered = sequence ?? (typeof (fresh as { number: unknown }).number === "number" ? (i: number) => i + 1 : (i: number) => String(i + 1));
      next = [...items, { ...(fresh as object), number: numbered(items.length) }];
    }
    ctx.edit(setAt(ctx.plan, pointer, next));
    turn(pageCount(next.length) - 1);
    if (ownForm) ctx.select(selectionOf(`${pointer}/${items.length}`));
  };
  const addReference = (ref: string | undefined) => {
    if (ref !== undefined) ctx.edit(setAt(ctx.plan, pointer, [...items, ref]));
  };
  const addLabel = ctx.t.language === "en" && itemType.name !== undefined && itemKind !== "text" ? humanize(itemType.name) : label.toLowerCase();
  return (
    <fieldset data-pointer={pointer} class="list-field">
      <legend>{label}</legend>
      {items.length === 0 && <p class="hint">{say(ctx, "noneYet")}</p>}
      {items.length > PAGE_SIZE && (
        <Pager t={ctx.t} label={inner} page={page} total={items.length} range={(from, to, total) => ctx.t("pageOfItems", { what: label, from, to, total })} go={turn} />
      )}
      {pageRows(items, page).rows.map((_, offset) => {
        const index = page * PAGE_SIZE + offset;
        const at = `${pointer}/${index}`;
        const title = itemName(ctx, label, index);
        const tools = <ItemTools ctx={ctx} listPointer={pointer} index={index} count={items.length} title={title} required={required} />;
        if (ownForm) {
          return (
            <div class="item-row" key={index} data-pointer={at}>
              <span class="item-title">{rowTitle(ctx, at)}</span>
              <span class="row-tools">
                <button type="button" onClick={() => ctx.select(selectionOf(at))} aria-label={`${say(ctx, "edit")}: ${rowTitle(ctx, at)}`}>{say(ctx, "edit")}</button>
                {tools}
              </span>
            </div>
          );
        }
        if (itemKind === "reference") {
          const ref = items[index];
          return (
            <div class="row" key={index}>
              <RefSelect ctx={ctx} ariaLabel={`${inner} ${index + 1}`} kinds={itemType.node.refKinds ?? []} pointer={at} value={typeof ref === "string" ? ref : ""} allowNone={false} onPick={(picked) => picked !== undefined && ctx.edit(setAt(ctx.plan, at, picked))} />
              {tools}
            </div>
          );
        }
        if (itemKind === "object" || itemKind === "union") {
          return (
            <fieldset class="nested item" key={index} data-pointer={at}>
              <legend>{title}</legend>
              {itemKind === "union" && <UnionTag ctx={ctx} node={itemNode} pointer={at} context={`${context === undefined ? "" : `${context} – `}${title}`} />}
              <ObjectFields ctx={ctx} node={itemNode} pointer={at} context={`${context === undefined ? "" : `${context} – `}${title}`} />
              <p class="row-tools">{tools}</p>
            </fieldset>
          );
        }
        return (
          <div class="item-leaf" key={index}>
            <Field ctx={ctx} node={itemNode} pointer={at} name={name} label={title} required={true} context={context} place={place} />
            <span class="row-tools">{tools}</span>
          </div>
        );
      })}
      {itemKind === "reference" ? (
        <RefSelect ctx={ctx} ariaLabel={say(ctx, "addTo", { what: inner.toLowerCase() })} noneLabel={`${say(ctx, "addTo", { what: label.toLowerCase() })}…`} kinds={itemType.node.refKinds ?? []} pointer={`${pointer}/-`} value="" allowNone={true} onPick={addReference} />
      ) : (
        <p>
          <button type="button" onClick={add} aria-label={context === undefined ? undefined : `${say(ctx, "add", { what: addLabel })} (${inner})`}>{say(ctx, "add", { what: addLabel })}</button>
        </p>
      )}
    </fieldset>
  );
}

/** Move up, move down and remove, for one item of a list. */
function ItemTools({ ctx, listPointer, index, count, title, required }: { ctx: FormContext; listPointer: string; index: number; count: number; title: string; required: boolean }) {
  return (
    <>
      <button type="button" disabled={index === 0} onClick={() => moveItem(ctx, listPointer, index, -1)} aria-label={`${say(ctx, "moveUp")}: ${title}`}>↑</button>
      <button type="button" disabled={index === count - 1} onClick={() => moveItem(ctx, listPointer, index, 1)} aria-label={`${say(ctx, "moveDown")}: ${title}`}>↓</button>
      <button type="button" class="danger" onClick={() => void removeItem(ctx, listPointer, index, title, required)} aria-label={`${say(ctx, "remove")}: ${title}`}>{say(ctx, "remove")}</button>
    </>
  );
}

/** Moves an item of a list by one place, renumbering a list numbered 1, 2, 3 … (or I, II, III …). */
export function moveItem(ctx: FormContext, listPointer: string, index: number, by: number): void {
  const items = (getAt(ctx.plan, listPointer) as unknown[] | undefined) ?? [];
  if (index + by < 0 || index + by >= items.length) return;
  const sequence = sequenceOf(items);
  const next = items.slice();
  const [item] = next.splice(index, 1);
  next.splice(index + by, 0, item);
  ctx.edit(setAt(ctx.plan, listPointer, renumbered(next, sequence)));
}

/**
 * Asks in the page (ask.tsx) before removing the part at `pointer` — listing every reference to it (or to anything
 * inside it) that the removal leaves pointing at nothing — and resolves whether to go on. Those references stay as
 * they are: each then shows as an issue, whose picker says "Unknown: …", until it is changed.
 */
export async function confirmRemoval(ctx: FormContext, pointer: string, what: string): Promise<boolean> {
  const buttons = { yes: say(ctx, "removeAnyway"), no: say(ctx, "keepIt") };
  const referrers = referrersTo(ctx.plan, pointer, ctx.lang);
  if (referrers.length === 0) return ask({ title: say(ctx, "confirmRemove", { what }), ...buttons });
  const places = referrers.slice(0, 12).map((found) => {
    const thing = thingAround(ctx.plan, found.pointer, ctx.lang);
    const field = fieldLabel(ctx.t, fieldOf(found.pointer));
    return thing === undefined ? say(ctx, "referredAt", { field, place: placeWords(ctx.t.language, found.pointer.replace(/(\/\d+)*$/, "").replace(/\/[^/]*$/, "")) }) : say(ctx, "referredFrom", { field, thing: `${kindWord(ctx.t.language, thing.kind)} ${thing.name}` });
  });
  if (referrers.length > places.length) places.push(`… (${referrers.length - places.length})`);
  return ask({ title: say(ctx, "confirmRemoveReferred", { what, count: referrers.length }), items: places, lines: [say(ctx, "removeReferredNote")], ...buttons });
}

/** Removes an item of a list after asking, renumbering a numbered list; an emptied optional list goes too. Resolves whether it was removed. */
export async function removeItem(ctx: FormContext, listPointer: string, index: number, title: string, required = true): Promise<boolean> {
  const at = `${listPointer}/${index}`;
  const value = getAt(ctx.plan, at);
  const thing = thingsOf(ctx.plan, ctx.lang).find((entry) => entry.pointer === at);
  const what = thing !== undefined ? `${thing.name} (${kindWord(ctx.t.language, thing.kind)} ${thing.id})` : value !== null && typeof value === "object" && "id" in value ? `${title} (${String((value as { id: unknown }).id)})` : title;
  if (!(await confirmRemoval(ctx, at, what))) return false;
  const items = (getAt(ctx.plan, listPointer) as unknown[] | undefined) ?? [];
  const sequence = sequenceOf(items);
  const next = items.filter((_, i) => i !== index);
  ctx.edit(setAt(ctx.plan, listPointer, next.length === 0 && !required ? undefined : renumbered(next, sequence)));
  return true;
}

/** Removes an optional field after asking. */
async function removeAt(ctx: FormContext, pointer: string, label: string): Promise<void> {
  if (await confirmRemoval(ctx, pointer, label)) ctx.edit(setAt(ctx.plan, pointer, undefined));
}

/** A box with a heading, for a form's parts. */
export function Part({ title, children, pointer }: { title: string; children: ComponentChildren; pointer: string }) {
  return (
    <section class="form-part" data-pointer={pointer}>
      <h3>{title}</h3>
      {children}
    </section>
  );
}
