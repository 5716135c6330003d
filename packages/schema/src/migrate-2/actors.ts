// The actors' and the strategy's part of the 1.x → 2.0 migration: people become actors with ids and several roles,
// values become objects with a name, and an objective's `statement` becomes its `name`.
import { isPlainObject, own, plural, setOwn } from "./context.js";

type Json = Record<string, unknown>;

/** What a migration step works with: the copied document, a way to report a change, and one to keep what has no place. */
export interface ActorsMigrationContext {
  /** The document being upgraded (a private copy). */
  document: Record<string, unknown>;
  /** Records one change, in one sentence. */
  change: (text: string) => void;
  /** Keeps a value the new format has no place for, by the JSON Pointer where it stood. */
  keep: (pointer: string, value: unknown) => void;
}

const isText = (value: unknown): boolean => typeof value === "string" || isPlainObject(value);
/** The model's id pattern (`ID_PATTERN` of @actionplan/core, which this zod-free file does not import). */
const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

/** Rebuilds an object's keys in place: `edit` gets each key and value and returns the entries to put in its stead. */
function rebuild(object: Json, edit: (key: string, value: unknown) => [string, unknown][]): void {
  const entries = Object.entries(object);
  for (const [key] of entries) delete object[key];
  for (const [key, value] of entries) for (const [newKey, newValue] of edit(key, value)) setOwn(object, newKey, newValue);
}

/** Letters that Unicode does not decompose into a base letter and a mark. */
const FOLDED: Readonly<Record<string, string>> = { æ: "ae", ø: "o", œ: "oe", ß: "ss", đ: "d", ð: "d", ł: "l", þ: "th", ı: "i" };

/** An id made from a name: lower case, ASCII letters and digits joined by `-`, at most 64 characters. */
export function idFromName(name: string): string {
  const folded = name
    .toLowerCase()
    .replace(/[æøœßđðłþı]/g, (letter) => FOLDED[letter] ?? letter)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "");
  const slug = folded.replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 64).replace(/-+$/, "");
  return slug === "" ? "person" : slug;
}

/** People get ids (from their names) and their one `role` becomes `roles: [{ title }]`. */
function people(document: Json, change: (text: string) => void, keep: (pointer: string, value: unknown) => void): void {
  const cluster = document.cluster;
  if (!isPlainObject(cluster) || !Array.isArray(cluster.people)) return;
  const list = cluster.people as unknown[];
  const taken = new Set<string>();
  for (const person of list) if (isPlainObject(person) && typeof person.id === "string") taken.add(person.id);
  const given: string[] = [];
  let rolesMoved = 0;
  list.forEach((person, index) => {
    if (!isPlainObject(person)) return;
    if (!own(person, "id")) {
      const base = typeof person.name === "string" ? idFromName(person.name) : `person-${index + 1}`;
      let id = base;
      for (let n = 2; taken.has(id) || !ID.test(id); n++) id = `${base}-${n}`;
      taken.add(id);
      given.push(`person:${id}`);
      rebuild(person, (key, value) => (key === "name" ? [["id", id], [key, value]] : [[key, value]]));
      if (!own(person, "id")) setOwn(person, "id", id);
    }
    if (own(person, "role")) {
      if (own(person, "roles") || !isText(person.role)) {
        keep(`/cluster/people/${index}/role`, person.role);
        delete person.role;
        change(`Kept the \`role\` of person ${index + 1} under the migration extension: it is not a text or the person already has \`roles\`.`);
      } else {
        rebuild(person, (key, value) => (key === "role" ? [["roles", [{ title: value }]]] : [[key, value]]));
        rolesMoved++;
      }
    }
  });
  if (given.length > 0) {
    change(`Gave ${plural(given.length, "person", "people")} an id made from the name, so that they can be referenced as actors: ${given.join(", ")}.`);
  }
  if (rolesMoved > 0) change(`Turned the \`role\` of ${plural(rolesMoved, "person", "people")} into \`roles: [{ title }]\` (a person may now hold several roles).`);
}

/** Each value, a text in 1.x, becomes `{ name }`. */
function values(document: Json, change: (text: string) => void): void {
  const strategy = document.strategy;
  if (!isPlainObject(strategy) || !Array.isArray(strategy.values)) return;
  let count = 0;
  strategy.values = (strategy.values as unknown[]).map((value) => {
    if (typeof value === "string" || (isPlainObject(value) && !own(value, "name"))) {
      count++;
      return { name: value };
    }
    return value;
  });
  if (count > 0) change(`Turned ${plural(count, "value")} of the strategy from a text into \`{ name }\` (a value may now have a description).`);
}

/** An objective's `statement` becomes its `name`, at every depth. */
function objectives(document: Json, change: (text: string) => void, keep: (pointer: string, value: unknown) => void): void {
  const strategy = document.strategy;
  if (!isPlainObject(strategy) || !Array.isArray(strategy.objectives)) return;
  let renamed = 0;
  // Depth is bounded: migrate refuses documents deeper than the walker's limit before any step runs.
  const visit = (list: unknown[], pointer: string): void => {
    list.forEach((objective, index) => {
      if (!isPlainObject(objective)) return;
      const at = `${pointer}/${index}`;
      if (own(objective, "statement")) {
        if (own(objective, "name")) {
          keep(`${at}/statement`, objective.statement);
          delete objective.statement;
          change(`Kept the \`statement\` of the objective at ${at} under the migration extension: it already has a \`name\`.`);
        } else {
          rebuild(objective, (key, value) => [[key === "statement" ? "name" : key, value]]);
          renamed++;
        }
      }
      if (Array.isArray(objective.subObjectives)) visit(objective.subObjectives as unknown[], `${at}/subObjectives`);
    });
  };
  visit(strategy.objectives as unknown[], "/strategy/objectives");
  if (renamed > 0) change(`Renamed the \`statement\` of ${plural(renamed, "objective")} to \`name\` (an objective now has a name and a description).`);
}

/**
 * Upgrades the actors and the strategy of a 1.x document to 2.0: people get ids and `roles`, values become
 * `{ name }`, objectives' `statement` becomes `name`; each change is reported in one sentence and nothing is lost.
 *
 * @example
 * ```ts
 * import { migrateActorsTo2 } from "./actors.js";
 *
 * const document = { cluster: { people: [{ name: "Alex Example", role: "Leader" }] } };
 * migrateActorsTo2({ document, change: console.log, keep: () => {} });
 * document.cluster.people; // [{ id: "alex-example", name: "Alex Example", roles: [{ title: "Leader" }] }]
 * ```
 */
export function migrateActorsTo2(ctx: ActorsMigrationContext): void {
  const { document, change, keep } = ctx;
  if (!isPlainObject(document)) return;
  people(document, change, keep);
  values(document, change);
  objectives(document, change, keep);
}
