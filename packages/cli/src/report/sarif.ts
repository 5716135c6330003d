import { relative, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { safeJsonStringify } from "../output/escape.js";
import { STDIN_LABEL } from "../source/load.js";
import type { FileReport } from "./check.js";
import { describeCode, RULE_CODES } from "./codes.js";

/** Where the rules are explained. */
const RULES_URI = "https://github.com/actionplan/actionplan/blob/main/docs/spec.md#semantic-rules";

/** The `--format sarif` output: one SARIF 2.1.0 log with one run, for GitHub code scanning and other viewers. */
export function formatSarif(reports: readonly FileReport[], tool: { version: string; cwd: string }): string {
  const codes = [...new Set(reports.flatMap((report) => report.issues.map((issue) => issue.code)))].sort();
  const ruleIndex = new Map(codes.map((code, index) => [code, index]));
  const rules = codes.map((code) => {
    const meaning = describeCode(code);
    const rule = RULE_CODES[code];
    return {
      id: code,
      name: code,
      shortDescription: { text: firstSentence(meaning) },
      fullDescription: { text: meaning },
      help: {
        text: rule === undefined
          ? `${meaning} This is an error of the file's syntax or structure: fix the file. The hint of each result says how.`
          : `${meaning} Reported by the rule ${rule.rule}; its severity can be changed or switched off in actionplan.config.json.`,
      },
      helpUri: RULES_URI,
      defaultConfiguration: { level: rule?.severity ?? "error" },
      properties: { tags: [rule === undefined ? "structure" : "rule"] },
    };
  });
  const results = reports.flatMap((report) =>
    report.issues.map((issue) => {
      const text = [issue.message, issue.pointer === "" ? "" : `(at ${issue.pointer})`, issue.hint ?? ""].filter((part) => part !== "").join(" ");
      const region = issue.line === null ? undefined : { startLine: issue.line, startColumn: issue.column ?? 1 };
      const location =
        report.file === STDIN_LABEL
          ? undefined
          : {
              physicalLocation: {
                artifactLocation: { uri: fileUri(report.file, tool.cwd), uriBaseId: "%SRCROOT%" },
                ...(region === undefined ? {} : { region }),
              },
              ...(issue.pointer === "" ? {} : { logicalLocations: [{ fullyQualifiedName: issue.pointer, kind: "member" }] }),
            };
      return {
        ruleId: issue.code,
        ruleIndex: ruleIndex.get(issue.code)!,
        level: issue.severity,
        message: { text },
        ...(location === undefined ? {} : { locations: [location] }),
      };
    }),
  );
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "actionplan",
            version: tool.version,
            semanticVersion: tool.version,
            informationUri: "https://github.com/actionplan/actionplan",
            rules,
          },
        },
        originalUriBaseIds: { "%SRCROOT%": { uri: `${pathToFileURL(tool.cwd).href.replace(/\/?$/, "/")}` } },
        results,
      },
    ],
  };
  return `${safeJsonStringify(log, 2)}\n`;
}

/** A file's path as a relative URI reference from the current directory (forward slashes, each segment encoded). */
export function fileUri(file: string, cwd: string): string {
  const path = relative(cwd, resolve(cwd, file)).split(sep).join("/");
  return path.split("/").map((segment) => (segment === ".." || segment === "." ? segment : encodeURIComponent(segment))).join("/");
}

function firstSentence(text: string): string {
  const match = /^.*?[.:](?=\s|$)/.exec(text);
  return match === null ? text : match[0].replace(/:$/, ".");
}
