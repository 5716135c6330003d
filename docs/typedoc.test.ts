// Builds the API reference the way `pnpm run docs` does (root typedoc.json, "packages" mode) but without writing
// files, and fails on any typedoc warning or error, and on any export without a one-line summary or an @example.
import { describe, expect, it } from "vitest";
import {
  Application,
  type DeclarationReflection,
  type ProjectReflection,
  Logger,
  LogLevel,
  PackageJsonReader,
  ReflectionKind,
  TSConfigReader,
  TypeDocReader,
  type Comment,
} from "typedoc";

class CollectingLogger extends Logger {
  readonly messages: string[] = [];
  override log(message: string, level: LogLevel): void {
    super.log(message, level);
    if (level === LogLevel.Warn || level === LogLevel.Error) this.messages.push(`${LogLevel[level]}: ${message}`);
  }
}

let converted: Promise<{ project: ProjectReflection | undefined; messages: string[] }> | undefined;

/** Converts once per test file; both tests share the result. */
function convert(): Promise<{ project: ProjectReflection | undefined; messages: string[] }> {
  converted ??= (async () => {
    const app = await Application.bootstrapWithPlugins({ options: "typedoc.json" }, [
      new TypeDocReader(),
      new PackageJsonReader(),
      new TSConfigReader(),
    ]);
    const logger = new CollectingLogger();
    const early = app.logger;
    app.logger = logger;
    const project = await app.convert();
    if (project !== undefined) app.validate(project);
    const messages = [...logger.messages];
    if (early.hasErrors() || early.hasWarnings()) messages.unshift(`${early.errorCount} errors and ${early.warningCount} warnings while reading options`);
    return { project, messages };
  })();
  return converted;
}

const EXPORT_KINDS =
  ReflectionKind.Class |
  ReflectionKind.Function |
  ReflectionKind.Variable |
  ReflectionKind.TypeAlias |
  ReflectionKind.Interface |
  ReflectionKind.Enum;

/** The comment that documents an export: its own, or its first call signature's. */
function commentOf(reflection: DeclarationReflection): Comment | undefined {
  return reflection.comment ?? reflection.signatures?.[0]?.comment;
}

/** Every exported declaration of every package module, named `package/module: Name`. */
function exportedDeclarations(project: ProjectReflection): { name: string; reflection: DeclarationReflection }[] {
  return project
    .getReflectionsByKind(EXPORT_KINDS)
    .filter((reflection): reflection is DeclarationReflection => {
      const parent = reflection.parent;
      return parent !== undefined && parent.kindOf(ReflectionKind.Project | ReflectionKind.Module);
    })
    .map((reflection) => ({ name: reflection.getFriendlyFullName(), reflection }));
}

describe("the API reference (typedoc)", () => {
  it("builds from the root typedoc.json without a single warning or error", { timeout: 600_000 }, async () => {
    const { project, messages } = await convert();
    expect(messages).toEqual([]);
    expect(project).toBeDefined();
    // Every package is in the reference.
    const packages = project!.children?.map((child) => child.name).sort();
    expect(packages).toEqual(["@actionplan/cli", "@actionplan/core", "@actionplan/render", "@actionplan/schema"]);
  });

  it("gives every export a one-line summary", { timeout: 600_000 }, async () => {
    const { project } = await convert();
    expect(project).toBeDefined();
    const exports = exportedDeclarations(project!);
    expect(exports.length).toBeGreaterThan(0);
    const missing = exports
      .filter(({ reflection }) => (commentOf(reflection)?.summary ?? []).every((part) => part.text.trim() === ""))
      .map(({ name }) => name);
    expect(missing).toEqual([]);
  });

  it("gives every export an @example (a type and a value of one name share one)", { timeout: 600_000 }, async () => {
    const { project } = await convert();
    expect(project).toBeDefined();
    const byName = new Map<string, boolean>();
    for (const { name, reflection } of exportedDeclarations(project!)) {
      const hasExample = commentOf(reflection)?.getTag("@example") !== undefined;
      byName.set(name, (byName.get(name) ?? false) || hasExample);
    }
    const missing = [...byName].filter(([, has]) => !has).map(([name]) => name).sort();
    expect(missing).toEqual([]);
  });
});
