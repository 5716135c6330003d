import { access } from "node:fs/promises";
import { resolve } from "node:path";
import { type Command, InvalidArgumentError, Option } from "commander";
import type { CommandContext } from "../context.js";
import { CliError, ExitCode } from "../errors.js";
import { formatIssue } from "../report/human.js";
import { checkPlan } from "../validation.js";
import { escapeControls } from "../output/escape.js";
import { emit } from "../write.js";
import { LANGUAGES, parseIsoDate, parseLanguageTag, parseYear } from "./options.js";

type Language = (typeof LANGUAGES)[number];

/**
 * The starting texts for a plan's language: those of its primary language (`no` is written in Bokmål), else English.
 * A plan may be in any language; only these starting texts are limited to nb, nn and en.
 */
function wordsFor(lang: string): (typeof WORDS)[Language] {
  const primary = lang.toLowerCase().split("-")[0]!;
  const own = primary === "no" ? "nb" : primary;
  return (LANGUAGES as readonly string[]).includes(own) ? WORDS[own as Language] : WORDS.en;
}

/** A language tag as a plan stores it: the primary language in lower case (BCP 47 tags ignore case). */
function planLanguageTag(tag: string): string {
  const [primary = "", ...rest] = tag.split("-");
  return [primary.toLowerCase(), ...rest].join("-");
}

/** The kinds of plan (`kind` of format 2.0) init offers; a new plan is an action plan unless told otherwise. */
const PLAN_KINDS = ["actionPlan", "strategy", "performancePlan", "performanceReport", "portfolio"] as const;
type PlanKindName = (typeof PLAN_KINDS)[number];

interface InitOptions {
  kind?: PlanKindName;
  name?: string;
  shortName?: string;
  lang?: string;
  title?: string;
  start?: number;
  end?: number;
  chapter?: string;
  objective?: string;
  languages?: string[];
  responsible?: string;
  responsibleKind?: ResponsibleKind;
  horizon?: number;
  mission?: string;
  role?: string;
  published?: string;
  publicationUrl?: string;
  out?: string;
  format?: "json" | "yaml";
  yes?: boolean;
  force?: boolean;
}

/** The answers a new plan is built from. */
export interface InitAnswers {
  /** What sort of plan it is; `actionPlan` when not given. */
  kind?: PlanKindName;
  name: string;
  shortName: string;
  lang: string;
  title: string;
  start: number;
  end: number;
  chapter: string;
  objective: string;
  /** The plan's further languages (BCP 47 tags), besides `lang`. */
  languages?: string[];
  /** Who is responsible for the first measure: a person's or an organisation's name. */
  responsible?: string;
  /** Whether `responsible` is a person (the default) or an organisation. */
  responsibleKind?: ResponsibleKind;
  /** The strategy's last year (its horizon); the plan's last year when not given. */
  horizon?: number;
  /** The strategy's mission: why the cluster exists and what it does. */
  mission?: string;
  /** The role of the person responsible for the first measure, e.g. "Project leader" (a person only). */
  role?: string;
  /** When the plan is (to be) published, YYYY-MM-DD. */
  published?: string;
  /** Where the plan is published. */
  publicationUrl?: string;
}

/** What the first measure's responsible actor is: format 2.0 lets people and organisations be responsible. */
const RESPONSIBLE_KINDS = ["person", "organisation"] as const;
type ResponsibleKind = (typeof RESPONSIBLE_KINDS)[number];

const WORDS: Record<Language, {
  cluster: string;
  title: (start: number, end: number) => string;
  strategy: (start: number, end: number) => string;
  chapter: string;
  objective: string;
  content: string;
  measure: string;
}> = {
  en: {
    cluster: "New cluster",
    title: (start, end) => `Action plan ${start}–${end}`,
    strategy: (start, end) => `Strategy ${start}–${end}`,
    chapter: "Objective 1",
    objective: "State the cluster's first objective here.",
    content: "Describe what the cluster wants to achieve under this objective, and why.",
    measure: "Describe the first measure: what the cluster will do.",
  },
  nb: {
    cluster: "Ny klynge",
    title: (start, end) => `Handlingsplan ${start}–${end}`,
    strategy: (start, end) => `Strategi ${start}–${end}`,
    chapter: "Mål 1",
    objective: "Skriv klyngens første mål her.",
    content: "Beskriv hva klyngen vil oppnå under dette målet, og hvorfor.",
    measure: "Beskriv det første tiltaket: hva klyngen skal gjøre.",
  },
  nn: {
    cluster: "Ny klynge",
    title: (start, end) => `Handlingsplan ${start}–${end}`,
    strategy: (start, end) => `Strategi ${start}–${end}`,
    chapter: "Mål 1",
    objective: "Skriv det første målet til klynga her.",
    content: "Skildra kva klynga vil oppnå under dette målet, og kvifor.",
    measure: "Skildra det første tiltaket: kva klynga skal gjere.",
  },
};

/** The questions `init` asks, in the language it asks in. */
const PROMPTS: Record<Language, {
  intro: string;
  kind: string;
  kindProblem: (answer: string) => string;
  name: string;
  shortName: string;
  lang: string;
  langProblem: (answer: string) => string;
  start: string;
  end: string;
  endProblem: (start: number) => string;
  title: string;
  objective: string;
  chapter: string;
  empty: string;
  languages: string;
  responsible: string;
  responsibleKind: (name: string) => string;
  responsibleKindProblem: (answer: string) => string;
  horizon: string;
  horizonProblem: (start: number) => string;
  mission: string;
  role: (name: string) => string;
  published: string;
  publicationUrl: string;
}> = {
  en: {
    intro: "A new action plan. Press Enter to take the value in brackets.",
    kind: "Kind of plan: actionPlan, strategy, performancePlan, performanceReport or portfolio",
    kindProblem: (answer) => `Expected actionPlan, strategy, performancePlan, performanceReport or portfolio, got "${answer}".`,
    name: "Name of the cluster or network",
    shortName: "Short name used in running text",
    lang: "Language of the plan (a BCP 47 tag such as nb, nn, en, sv or de-AT)",
    langProblem: (answer) => `Expected a language tag such as nb, en or de-AT, got "${answer}".`,
    start: "First year of the plan",
    end: "Last year of the plan",
    endProblem: (start) => `The last year comes after the first (${start}).`,
    title: "Title of the plan",
    objective: "The strategy's first objective",
    chapter: "Title of the first chapter",
    empty: "Please give an answer.",
    languages: "Other languages the plan is written in (BCP 47 tags separated by commas; Enter for none)",
    responsible: "Who is responsible for the first measure: a person's or an organisation's name (Enter for no one yet)",
    responsibleKind: (name) => `Is ${name} a person or an organisation? (person/organisation)`,
    responsibleKindProblem: (answer) => `Expected person or organisation, got "${answer}".`,
    horizon: "Last year of the strategy (its horizon)",
    horizonProblem: (start) => `The strategy's last year comes after the plan's first (${start}).`,
    mission: "The cluster's mission: why it exists and what it does (Enter to leave it out)",
    role: (name) => `${name}'s role, e.g. Project leader (Enter to leave it out)`,
    published: "When the plan is published, YYYY-MM-DD (Enter if not yet)",
    publicationUrl: "Where the plan is published: a web address (Enter for none)",
  },
  nb: {
    intro: "En ny handlingsplan. Trykk Enter for å ta verdien i parentes.",
    kind: "Slags plan: actionPlan (handlingsplan), strategy, performancePlan, performanceReport eller portfolio (portefølje)",
    kindProblem: (answer) => `Ventet actionPlan, strategy, performancePlan, performanceReport eller portfolio, fikk «${answer}».`,
    name: "Navnet på klyngen eller nettverket",
    shortName: "Kortnavn som brukes i løpende tekst",
    lang: "Planens språk (en BCP 47-kode som nb, nn, en, sv eller de-AT)",
    langProblem: (answer) => `Ventet en språkkode som nb, en eller de-AT, fikk «${answer}».`,
    start: "Planens første år",
    end: "Planens siste år",
    endProblem: (start) => `Det siste året kommer etter det første (${start}).`,
    title: "Planens tittel",
    objective: "Strategiens første mål",
    chapter: "Tittelen på det første kapitlet",
    empty: "Skriv et svar.",
    languages: "Andre språk planen er skrevet på (BCP 47-koder skilt med komma; Enter for ingen)",
    responsible: "Hvem har ansvaret for det første tiltaket: navnet på en person eller en organisasjon (Enter for ingen ennå)",
    responsibleKind: (name) => `Er ${name} en person eller en organisasjon? (person/organisation)`,
    responsibleKindProblem: (answer) => `Ventet person eller organisation, fikk «${answer}».`,
    horizon: "Strategiens siste år (tidshorisonten)",
    horizonProblem: (start) => `Strategiens siste år kommer etter planens første (${start}).`,
    mission: "Klyngens misjon: hvorfor den finnes og hva den gjør (Enter for å utelate)",
    role: (name) => `Rollen til ${name}, f.eks. Prosjektleder (Enter for å utelate)`,
    published: "Når planen publiseres, ÅÅÅÅ-MM-DD (Enter hvis ikke ennå)",
    publicationUrl: "Hvor planen publiseres: en nettadresse (Enter for ingen)",
  },
  nn: {
    intro: "Ein ny handlingsplan. Trykk Enter for å ta verdien i parentes.",
    kind: "Slag plan: actionPlan (handlingsplan), strategy, performancePlan, performanceReport eller portfolio (portefølje)",
    kindProblem: (answer) => `Venta actionPlan, strategy, performancePlan, performanceReport eller portfolio, fekk «${answer}».`,
    name: "Namnet på klynga eller nettverket",
    shortName: "Kortnamn som vert brukt i løpande tekst",
    lang: "Språket i planen (ein BCP 47-kode som nb, nn, en, sv eller de-AT)",
    langProblem: (answer) => `Venta ein språkkode som nb, en eller de-AT, fekk «${answer}».`,
    start: "Det første året i planen",
    end: "Det siste året i planen",
    endProblem: (start) => `Det siste året kjem etter det første (${start}).`,
    title: "Tittelen på planen",
    objective: "Det første målet i strategien",
    chapter: "Tittelen på det første kapittelet",
    empty: "Skriv eit svar.",
    languages: "Andre språk planen er skriven på (BCP 47-kodar skilde med komma; Enter for ingen)",
    responsible: "Kven har ansvaret for det første tiltaket: namnet på ein person eller ein organisasjon (Enter for ingen enno)",
    responsibleKind: (name) => `Er ${name} ein person eller ein organisasjon? (person/organisation)`,
    responsibleKindProblem: (answer) => `Venta person eller organisation, fekk «${answer}».`,
    horizon: "Det siste året i strategien (tidshorisonten)",
    horizonProblem: (start) => `Det siste året i strategien kjem etter det første året i planen (${start}).`,
    mission: "Misjonen til klynga: kvifor ho finst og kva ho gjer (Enter for å utelate)",
    role: (name) => `Rolla til ${name}, t.d. Prosjektleiar (Enter for å utelate)`,
    published: "Når planen vert publisert, ÅÅÅÅ-MM-DD (Enter om ikkje enno)",
    publicationUrl: "Kvar planen vert publisert: ei nettadresse (Enter for inga)",
  },
};

/** Languages the renderers have built-in labels for; a system locale in one of them is a new plan's default. */
const LABELLED_LANGUAGES = ["nb", "nn", "en", "sv", "da", "de"] as const;

/**
 * The language a new plan gets when none is given, the same when asking and with --yes: the system locale's
 * (LC_ALL, LC_MESSAGES, then LANG) when the renderers have labels for it, else en. `no` and `nb` give nb.
 */
export function defaultLanguage(env: Readonly<Record<string, string | undefined>>): string {
  const locale = [env["LC_ALL"], env["LC_MESSAGES"], env["LANG"]].find((value) => value !== undefined && value !== "");
  const tag = locale?.split(/[_.@-]/)[0]?.toLowerCase();
  if (tag === "no" || tag === "nb") return "nb";
  return (LABELLED_LANGUAGES as readonly string[]).includes(tag ?? "") ? (tag as string) : "en";
}

/** The language init asks its questions in: the plan's when it is nb, nn or en (`no` is nb), else English. */
function promptLanguage(lang: string): Language {
  const own = lang.toLowerCase().split("-")[0] ?? "";
  if (own === "no") return "nb";
  return (LANGUAGES as readonly string[]).includes(own) ? (own as Language) : "en";
}

/** The file `init` writes when --out is not given: named by the convention that editors and `validate` on a folder recognise. */
export function defaultOut(format: "json" | "yaml"): string {
  return format === "yaml" ? "plan.actionplan.yaml" : "plan.actionplan.json";
}

/** Adds `actionplan init`. */
export function registerInit(program: Command, context: CommandContext): void {
  program
    .command("init")
    .summary("start a new plan for your cluster (valid from the first minute)")
    .description(
      "Writes a new plan file: its kind, the cluster (with a first person or organisation responsible), the period,\n" +
        "a strategy with its mission and a first objective, the publication, and a first chapter with one measure to\n" +
        "fill in. Asks on a terminal; scripts give flags (or --yes for defaults).",
    )
    .addOption(new Option("--kind <kind>", "what sort of plan it is (default: actionPlan)").choices([...PLAN_KINDS]))
    .option("--name <name>", "the cluster's full name")
    .option("--short-name <name>", "the short name used in running text")
    .addOption(
      new Option(
        "-l, --lang <lang>",
        "the plan's language: any BCP 47 tag (default: the system locale's when there are labels for it, else en; starting texts in nb, nn or en, other languages get English ones)",
      ).argParser((value) => planLanguageTag(parseLanguageTag(value))),
    )
    .option("--title <title>", "the plan's title")
    .option("--start <year>", "first year of the plan", parseYear)
    .option("--end <year>", "last year of the plan", parseYear)
    .option("--chapter <title>", "title of the first chapter")
    .option("--objective <text>", "the first objective of the strategy")
    .option("--languages <tags>", "the plan's other languages, BCP 47 tags separated by commas (e.g. en,sv)", (value) => parseLanguageList(value))
    .option("--responsible <name>", "who is responsible for the first measure: a person's or an organisation's name")
    .addOption(new Option("--responsible-kind <kind>", "whether --responsible names a person or an organisation (default: person)").choices([...RESPONSIBLE_KINDS]))
    .option("--horizon <year>", "the strategy's last year (default: the plan's last year)", parseYear)
    .option("--mission <text>", "the strategy's mission: why the cluster exists and what it does")
    .option("--role <title>", "the role of the person --responsible names, e.g. \"Project leader\"")
    .option("--published <date>", "when the plan is published, YYYY-MM-DD", parseIsoDate)
    .option("--publication-url <url>", "where the plan is published (an http or https address)", parseWebAddress)
    .option("-o, --out <path>", "the file to write (default: plan.actionplan.json, or plan.actionplan.yaml with --format yaml)")
    .addOption(new Option("-f, --format <format>", "json or yaml (default: from --out's extension, else json)").choices(["json", "yaml"]))
    .option("-y, --yes", "use defaults for everything not given, without asking")
    .option("--force", "overwrite the file if it exists")
    .addHelpText(
      "after",
      `
Examples:
  $ actionplan init
  $ actionplan init --name "Example Cluster" --short-name Example --lang en --start 2026 --end 2030
  $ actionplan init --yes --format yaml --out plans/cluster.actionplan.yaml
  $ actionplan init --name "Example Cluster" --kind performanceReport --mission "Music in every health service." \\
      --responsible "Kari Nordmann" --role "Project leader" --published 2026-03-01`,
    )
    .action(async (options: InitOptions) => {
      const format = options.format ?? (/\.ya?ml$/i.test(options.out ?? "") ? "yaml" : "json");
      const out = options.out ?? defaultOut(format);
      if (out !== "-" && options.force !== true && (await exists(resolve(context.io.cwd, out)))) {
        throw new CliError(`${escapeControls(out)} already exists; nothing was written. Use --force to overwrite it, or --out to choose another file.`, ExitCode.usage);
      }
      const interactive = options.yes !== true && context.io.isTTY.stdin;
      if (!interactive && options.yes !== true && options.name === undefined) {
        throw new CliError(
          "init needs the cluster's name: give --name (and the other flags you want), or --yes for defaults.\n" +
            "(Standard input is not a terminal, so init does not ask.)",
          ExitCode.usage,
        );
      }
      const language = options.lang ?? defaultLanguage(context.io.env);
      const answers = interactive ? await ask(context, options, language) : withDefaults(options, language);
      if (answers.end < answers.start) {
        throw new CliError(`The period ends (${answers.end}) before it starts (${answers.start}); give --start and --end in order.`, ExitCode.usage);
      }
      if (answers.role !== undefined && (answers.responsible === undefined || answers.responsibleKind === "organisation")) {
        throw new CliError("--role is the role of the person --responsible names: give --responsible NAME too (and no --responsible-kind organisation).", ExitCode.usage);
      }
      if (answers.horizon !== undefined && answers.horizon < answers.start) {
        throw new CliError(`The strategy's horizon (${answers.horizon}) comes before the plan starts (${answers.start}); give a --horizon from ${answers.start}.`, ExitCode.usage);
      }
      const { SCHEMA_ID, CURRENT_SCHEMA_VERSION } = await import("@actionplan/schema");
      const plan = buildPlan(answers, SCHEMA_ID, CURRENT_SCHEMA_VERSION);
      const check = await checkPlan(plan);
      if (!check.valid || check.issues.length > 0) {
        for (const issue of check.issues) context.io.stderr.write(formatIssue("(new plan)", { ...issue, line: null, column: null }, context.err));
        throw new CliError("The new plan did not pass validation, so nothing was written; please report this.", ExitCode.usage);
      }
      const text = format === "yaml" ? await toYaml(plan) : `${JSON.stringify(plan, null, 2)}\n`;
      await emit(context.io, text, out, `a new ${format === "yaml" ? "YAML" : "JSON"} plan`);
      if (wordsFor(answers.lang) === WORDS.en && !answers.lang.toLowerCase().startsWith("en")) {
        context.io.stderr.write(
          `Note: init has no starting texts in ${escapeControls(answers.lang)}: the new plan's placeholder texts are in English; replace them.\n`,
        );
      }
      if (out !== "-") context.io.stdout.write(`Next: fill in the texts, then run: actionplan validate ${escapeControls(out)}\n`);
    });
}

function withDefaults(options: InitOptions, lang: string): InitAnswers {
  const words = wordsFor(lang);
  const start = options.start ?? new Date().getFullYear();
  const end = options.end ?? Math.max(start, start + 4);
  const name = options.name ?? words.cluster;
  return {
    kind: options.kind ?? "actionPlan",
    name,
    shortName: options.shortName ?? name,
    lang,
    title: options.title ?? words.title(start, end),
    start,
    end,
    chapter: options.chapter ?? words.chapter,
    objective: options.objective ?? words.objective,
    ...(options.languages === undefined ? {} : { languages: options.languages }),
    ...(options.responsible === undefined ? {} : { responsible: options.responsible, responsibleKind: options.responsibleKind ?? "person" }),
    ...(options.horizon === undefined ? {} : { horizon: options.horizon }),
    ...(options.mission === undefined ? {} : { mission: options.mission }),
    ...(options.role === undefined ? {} : { role: options.role }),
    ...(options.published === undefined ? {} : { published: options.published }),
    ...(options.publicationUrl === undefined ? {} : { publicationUrl: options.publicationUrl }),
  };
}

/** Parses a web address for `--publication-url`: http or https, as the model's `Url` takes. */
function parseWebAddress(value: string): string {
  const text = value.trim();
  let url: URL | undefined;
  try {
    url = new URL(text);
  } catch {
    url = undefined;
  }
  if (url === undefined || (url.protocol !== "http:" && url.protocol !== "https:")) {
    throw new InvalidArgumentError(`Expected a web address starting with https:// or http://, got "${value}".`);
  }
  return text;
}

/** The tags of a comma-separated list of language tags, each checked and written as a plan stores it. */
function parseLanguageList(value: string): string[] {
  return value
    .split(",")
    .map((tag) => tag.trim())
    .filter((tag) => tag !== "")
    .map((tag) => planLanguageTag(parseLanguageTag(tag)));
}

async function ask(context: CommandContext, options: InitOptions, language: string): Promise<InitAnswers> {
  const says = PROMPTS[promptLanguage(language)];
  const { io } = context;
  const [{ createInterface }, { Writable }] = await Promise.all([import("node:readline"), import("node:stream")]);
  const output = new Writable({
    write(chunk: Buffer | string, _encoding, callback) {
      io.stderr.write(chunk.toString());
      callback();
    },
  });
  const reader = createInterface({ input: io.stdin, output, terminal: io.isTTY.stdin && io.isTTY.stderr });
  const lines = reader[Symbol.asyncIterator]();
  /** Asks until the answer passes `problem` (which returns what is wrong, or undefined). */
  const question = async (prompt: string, fallback: string, problem?: (answer: string) => string | undefined, optional = false): Promise<string> => {
    for (;;) {
      reader.setPrompt(`${prompt}${fallback === "" ? "" : ` ${context.err.dim(`(${fallback})`)}`}: `);
      reader.prompt();
      const next = await lines.next();
      if (next.done === true) {
        io.stderr.write("\n");
        throw new CliError("init was cancelled before all questions were answered; nothing was written.", ExitCode.usage);
      }
      const answer = String(next.value).trim() || fallback;
      if (answer === "" && optional) return answer;
      const wrong = answer === "" ? says.empty : problem?.(answer);
      if (wrong === undefined) return answer;
      io.stderr.write(`  ${context.err.yellow(escapeControls(wrong))}\n`);
    }
  };
  const yearProblem = (answer: string): string | undefined => problemOf(() => parseYear(answer));
  try {
    io.stderr.write(context.err.bold(`${says.intro}\n`));
    const name = options.name ?? (await question(says.name, ""));
    const shortName = options.shortName ?? (await question(says.shortName, name));
    const lang =
      options.lang ??
      planLanguageTag(
        await question(says.lang, language, (answer) => {
          try {
            parseLanguageTag(answer);
            return undefined;
          } catch {
            return says.langProblem(answer);
          }
        }),
      );
    const words = wordsFor(lang);
    const thisYear = new Date().getFullYear();
    const start = options.start ?? parseYear(await question(says.start, String(thisYear), yearProblem));
    const end =
      options.end ??
      parseYear(
        await question(says.end, String(Math.min(start + 4, 2200)), (answer) =>
          yearProblem(answer) ?? (Number(answer) < start ? says.endProblem(start) : undefined),
        ),
      );
    const title = options.title ?? (await question(says.title, words.title(start, end)));
    const objective = options.objective ?? (await question(says.objective, words.objective));
    const chapter = options.chapter ?? (await question(says.chapter, words.chapter));
    const kind =
      options.kind ??
      ((await question(says.kind, "actionPlan", (answer) => ((PLAN_KINDS as readonly string[]).includes(answer) ? undefined : says.kindProblem(answer)))) as PlanKindName);
    const languages =
      options.languages ??
      parseLanguageList(
        await question(
          says.languages,
          "",
          (answer) => {
            try {
              parseLanguageList(answer);
              return undefined;
            } catch {
              return says.langProblem(answer);
            }
          },
          true,
        ),
      );
    const responsible = options.responsible ?? ((await question(says.responsible, "", undefined, true)) || undefined);
    const responsibleKind =
      responsible === undefined
        ? undefined
        : (options.responsibleKind ??
          ((await question(says.responsibleKind(responsible), "person", (answer) => ((RESPONSIBLE_KINDS as readonly string[]).includes(answer) ? undefined : says.responsibleKindProblem(answer)))) as ResponsibleKind));
    const horizon =
      options.horizon ??
      parseYear(await question(says.horizon, String(end), (answer) => yearProblem(answer) ?? (Number(answer) < start ? says.horizonProblem(start) : undefined)));
    const mission = options.mission ?? ((await question(says.mission, "", undefined, true)) || undefined);
    const role =
      responsible === undefined || responsibleKind === "organisation" ? options.role : (options.role ?? ((await question(says.role(responsible), "", undefined, true)) || undefined));
    const published = options.published ?? ((await question(says.published, "", (answer) => problemOf(() => parseIsoDate(answer)), true)) || undefined);
    const publicationUrl = options.publicationUrl ?? ((await question(says.publicationUrl, "", (answer) => problemOf(() => parseWebAddress(answer)), true)) || undefined);
    return {
      kind,
      name,
      shortName,
      lang,
      title,
      start,
      end,
      chapter,
      objective,
      ...(languages.length === 0 ? {} : { languages }),
      ...(responsible === undefined ? {} : { responsible, responsibleKind: responsibleKind ?? "person" }),
      ...(horizon === end ? {} : { horizon }),
      ...(mission === undefined ? {} : { mission }),
      ...(role === undefined ? {} : { role }),
      ...(published === undefined ? {} : { published }),
      ...(publicationUrl === undefined ? {} : { publicationUrl }),
    };
  } finally {
    reader.close();
  }
}

/** What is wrong with an answer: the message a parser throws, or undefined when it parses. */
function problemOf(parse: () => unknown): string | undefined {
  try {
    parse();
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

/** Builds a new plan from the answers: valid, with no warnings, every text escaped as literal text. */
export function buildPlan(answers: InitAnswers, schemaId: string, schemaVersion: string): Record<string, unknown> {
  const words = wordsFor(answers.lang);
  const slug = slugify(answers.shortName) || slugify(answers.name) || "plan";
  const languages = [...new Set(answers.languages ?? [])].filter((tag) => tag !== answers.lang);
  // Format 2.0 lets a person or an organisation be responsible: it is listed in the cluster and named by the measure.
  const kind = answers.responsibleKind ?? "person";
  const actorId = answers.responsible === undefined ? undefined : (slugify(answers.responsible) || kind).slice(0, 64);
  const role = answers.role !== undefined && kind === "person" ? { roles: [{ title: literal(answers.role) }] } : {};
  const actor = actorId === undefined ? undefined : { id: actorId, name: literal(answers.responsible!), ...role };
  const publication = {
    ...(answers.published === undefined ? {} : { date: answers.published }),
    ...(answers.publicationUrl === undefined ? {} : { url: answers.publicationUrl }),
  };
  return {
    $schema: schemaId,
    schemaVersion,
    id: `${slug}-${answers.start}-${answers.end}`.slice(0, 128),
    language: answers.lang,
    ...(languages.length === 0 ? {} : { languages }),
    title: literal(answers.title),
    period: { start: answers.start, end: answers.end },
    status: "draft",
    kind: answers.kind ?? "actionPlan",
    ...(Object.keys(publication).length === 0 ? {} : { publication }),
    cluster: {
      name: literal(answers.name),
      ...(answers.shortName === answers.name ? {} : { shortName: literal(answers.shortName) }),
      ...(actor !== undefined && kind === "person" ? { people: [actor] } : {}),
      participants: [],
      ...(actor !== undefined && kind === "organisation" ? { organisations: [actor] } : {}),
    },
    strategy: {
      id: `${slug}-strategy`.slice(0, 128),
      title: literal(words.strategy(answers.start, answers.end)),
      period: { start: answers.start, end: answers.horizon ?? answers.end },
      ...(answers.mission === undefined ? {} : { mission: literal(answers.mission) }),
      objectives: [{ id: "objective-1", number: "1", name: literal(answers.objective) }],
    },
    chapters: [
      {
        id: "chapter-1",
        number: "1",
        title: literal(answers.chapter),
        kind: "objective",
        objectives: ["objective:objective-1"],
        content: [{ type: "paragraph", text: words.content }],
        measures: {
          // A new plan's first measure: new in this plan, planned (not yet under way), starting with the plan.
          items: [
            {
              id: "measure-1-1",
              number: 1,
              text: words.measure,
              start: answers.start,
              status: "planned",
              isNew: true,
              ...(actorId === undefined ? {} : { responsible: [`${kind}:${actorId}`] }),
            },
          ],
        },
      },
    ],
  };
}

/** Escapes inline markers so that a user's answer prints as typed. */
function literal(text: string): string {
  return text.replace(/[\\*[\]]/g, (marker) => `\\${marker}`);
}

function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/ø/g, "o")
    .replace(/å/g, "a")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 100);
}

async function toYaml(plan: Record<string, unknown>): Promise<string> {
  const { stringify } = await import("yaml");
  return `# yaml-language-server: $schema=${String(plan["$schema"])}\n${stringify(plan, { lineWidth: 0 })}`;
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
