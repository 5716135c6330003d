// A picker of one value from a list of choices (the things a reference may name, the actors of a measure): a plain
// select while the list is short, a combobox that filters as one types once it is long (WAI-ARIA's "combobox with
// listbox popup": type to filter by name, number or id, arrow keys to move, Enter to pick, Escape to close).
import { useMemo, useRef, useState } from "preact/hooks";
import type { StudioLanguage } from "../messages.js";
import { formText } from "./messages.js";

/** One choice of a picker. */
export interface Choice {
  /** What picking it writes (`participant:uib`). */
  value: string;
  /** What people read. */
  label: string;
  /** More words that find it when typed (its id, its number). */
  keywords?: string;
}

/** A list longer than this gets a combobox rather than a select. */
export const SEARCHABLE_FROM = 11;
/** The most matches a combobox lists at once; typing more narrows the list. */
const SHOWN = 50;

let pickers = 0;

/** The properties of a picker. */
export interface PickerProps {
  language: StudioLanguage;
  choices: readonly Choice[];
  /** The value picked now ("" for none). */
  value: string;
  /** What the picker says for a value no choice has (a reference to nothing). */
  unknownLabel: (value: string) => string;
  /** What choosing nothing says; none is offered when undefined. */
  noneLabel?: string | undefined;
  onPick: (value: string | undefined) => void;
  id?: string | undefined;
  ariaLabel?: string | undefined;
  pointer?: string | undefined;
}

/** A select for a short list, a filtering combobox for a long one. */
export function Picker(props: PickerProps) {
  return props.choices.length >= SEARCHABLE_FROM ? <Combobox {...props} /> : <PlainSelect {...props} />;
}

function PlainSelect({ choices, value, unknownLabel, noneLabel, onPick, id, ariaLabel, pointer }: PickerProps) {
  return (
    <select {...(id === undefined ? {} : { id })} {...(ariaLabel === undefined ? {} : { "aria-label": ariaLabel })} {...(pointer === undefined ? {} : { "data-pointer": pointer })} value={value} onChange={(event) => onPick(event.currentTarget.value === "" ? undefined : event.currentTarget.value)}>
      {(noneLabel !== undefined || value === "") && <option value="">{noneLabel ?? ""}</option>}
      {value !== "" && !choices.some((choice) => choice.value === value) && <option value={value}>{unknownLabel(value)}</option>}
      {choices.map((choice) => (
        <option key={choice.value} value={choice.value}>{choice.label}</option>
      ))}
    </select>
  );
}

/** Lower case without accents, for matching what is typed. */
const folded = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

/** The choices whose label or keywords hold every word typed. */
export function matching(choices: readonly Choice[], query: string): Choice[] {
  const words = folded(query).split(/\s+/).filter((word) => word !== "");
  if (words.length === 0) return choices.slice();
  return choices.filter((choice) => {
    const text = folded(`${choice.label} ${choice.keywords ?? ""} ${choice.value}`);
    return words.every((word) => text.includes(word));
  });
}

function Combobox({ language, choices, value, unknownLabel, noneLabel, onPick, id, ariaLabel, pointer }: PickerProps) {
  const base = useMemo(() => `picker-${++pickers}`, []);
  const inputId = id ?? `${base}-input`;
  const listId = `${base}-list`;
  const current = choices.find((choice) => choice.value === value);
  const shownValue = value === "" ? "" : (current?.label ?? unknownLabel(value));
  const [query, setQuery] = useState<string | undefined>(undefined);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const none: Choice | undefined = noneLabel === undefined ? undefined : { value: "", label: noneLabel };
  const found = useMemo(() => {
    const matches = matching(choices, query ?? "");
    return none !== undefined && (query ?? "") === "" ? [none, ...matches] : matches;
  }, [choices, query, noneLabel]);
  const listed = found.slice(0, SHOWN);
  const say = (key: "pickerMore" | "pickerNone" | "pickerCount", values?: Record<string, string | number>) => formText(language, key, values);

  const close = () => {
    setOpen(false);
    setQuery(undefined);
    setActive(0);
  };
  const pick = (choice: Choice | undefined) => {
    close();
    if (choice === undefined) return;
    onPick(choice.value === "" ? undefined : choice.value);
  };
  const show = (next: number) => {
    setOpen(true);
    setActive(next);
    // The active option is kept in view as the arrow keys move through a list that scrolls.
    requestAnimationFrame(() => document.getElementById(`${listId}-${next}`)?.scrollIntoView({ block: "nearest" }));
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      show(open ? Math.min(active + 1, listed.length - 1) : 0);
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      show(open ? Math.max(active - 1, 0) : Math.max(listed.length - 1, 0));
    } else if (event.key === "Home" && open) {
      event.preventDefault();
      show(0);
    } else if (event.key === "End" && open) {
      event.preventDefault();
      show(Math.max(listed.length - 1, 0));
    } else if (event.key === "Enter") {
      if (!open) return;
      event.preventDefault();
      pick(listed[active]);
    } else if (event.key === "Escape") {
      if (!open && query === undefined) return;
      event.preventDefault();
      close();
    }
  };
  return (
    <span class="picker">
      <input
        ref={input}
        id={inputId}
        type="text"
        role="combobox"
        autocomplete="off"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        {...(open && listed[active] !== undefined ? { "aria-activedescendant": `${listId}-${active}` } : {})}
        {...(ariaLabel === undefined ? {} : { "aria-label": ariaLabel })}
        {...(pointer === undefined ? {} : { "data-pointer": pointer })}
        placeholder={noneLabel ?? ""}
        value={query ?? shownValue}
        onInput={(event) => {
          setQuery(event.currentTarget.value);
          setOpen(true);
          setActive(0);
        }}
        onFocus={(event) => event.currentTarget.select()}
        onClick={() => (open ? undefined : show(0))}
        onKeyDown={onKeyDown}
        onBlur={close}
      />
      <ul id={listId} role="listbox" class="picker-list" hidden={!open} aria-label={ariaLabel ?? say("pickerCount", { count: found.length })}>
        {open &&
          listed.map((choice, index) => (
            <li
              key={choice.value}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              class={choice.value === value ? "picked" : undefined}
              // Picking on mousedown, before the input loses focus and closes the list.
              onMouseDown={(event) => {
                event.preventDefault();
                pick(choice);
              }}
            >
              {choice.label}
            </li>
          ))}
        {open && found.length === 0 && <li role="option" aria-disabled="true" aria-selected={false} class="picker-note">{say("pickerNone")}</li>}
        {open && found.length > listed.length && <li role="option" aria-disabled="true" aria-selected={false} class="picker-note">{say("pickerMore", { shown: listed.length, count: found.length })}</li>}
      </ul>
    </span>
  );
}
