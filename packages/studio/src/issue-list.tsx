// The list of the plan's issues, a page of 200 at a time: rendering thousands of rows on every edit is what kept a
// 1 000-measure plan slow (docs/performance.md); a line above the list says which are shown and pages through the rest.
import type { Issue } from "@actionplan/core";
import { useEffect, useRef, useState } from "preact/hooks";
import type { Translate } from "./messages.js";
import { pageCount, pageRows } from "./pager.js";
import type { FilePosition } from "./plan-file.js";

/** How many issues one page of the list shows. */
export const ISSUES_PER_PAGE = 200;

/** What the page gives the list. */
export interface IssueListProps {
  issues: readonly Issue[];
  t: Translate;
  /** The place of an issue's pointer in the file as opened, when known. */
  locate: ((pointer: string) => FilePosition | undefined) | undefined;
  /** Goes to an issue's field (form and source view). */
  go: (pointer: string) => void;
  /** The file as opened: another file's issues start at their first page. */
  file: object | undefined;
}

/** The issues, a page at a time, with the line that says which are shown when there are more than one page. */
export function IssueList({ issues, t, locate, go, file }: IssueListProps) {
  const [wanted, setPage] = useState(0);
  useEffect(() => setPage(0), [file]);
  const previous = useRef<HTMLButtonElement>(null);
  const next = useRef<HTMLButtonElement>(null);
  // A button that the new page disables would drop the keyboard's focus: it goes to the other button instead, once
  // the new page has enabled that one.
  const refocus = useRef<HTMLButtonElement | null>(null);
  const turn = (to: number, other: HTMLButtonElement | null) => {
    setPage(to);
    refocus.current = to === 0 || to === pages - 1 ? other : null;
  };
  const pages = pageCount(issues.length, ISSUES_PER_PAGE);
  // Fewer issues after an edit: the last page there is.
  const page = Math.min(wanted, pages - 1);
  const { rows: shown, first: from } = pageRows(issues, page, ISSUES_PER_PAGE);
  useEffect(() => {
    refocus.current?.focus();
    refocus.current = null;
  }, [page]);
  return (
    <>
      {pages > 1 && (
        <div class="issue-pages">
          <p class="issue-shown" role="status">{t("issuesShown", { from: from + 1, to: from + shown.length, total: issues.length })}</p>
          <button type="button" ref={previous} disabled={page === 0} onClick={() => turn(page - 1, next.current)}>{t("issuesPrevious", { count: ISSUES_PER_PAGE })}</button>
          <button type="button" ref={next} disabled={page === pages - 1} onClick={() => turn(page + 1, previous.current)}>{t("issuesNext", { count: ISSUES_PER_PAGE })}</button>
        </div>
      )}
      <ul class="issue-list">
        {shown.map((issue, i) => (
          <IssueItem key={from + i} issue={issue} t={t} position={locate?.(issue.pointer)} go={go} />
        ))}
      </ul>
    </>
  );
}

function IssueItem({ issue, t, position, go }: { issue: Issue; t: Translate; position: FilePosition | undefined; go: (pointer: string) => void }) {
  return (
    <li class={`issue ${issue.severity}`}>
      <button type="button" class="issue-button" data-code={issue.code} data-issue-pointer={issue.pointer} onClick={() => go(issue.code === "missing_key" && issue.field !== undefined ? `${issue.pointer}/${issue.field.slice(issue.field.lastIndexOf(".") + 1)}` : issue.pointer)}>
        <span class="severity">{t(issue.severity === "error" ? "severityError" : "severityWarning")}</span> <span class="message">{issue.message}</span>
        {issue.hint !== undefined && <span class="issue-hint">{issue.hint}</span>}
        <span class="where">
          <code>{issue.pointer === "" ? "/" : issue.pointer}</code>
          {position !== undefined && <> · {t("at", { line: position.line, column: position.column })}</>}
        </span>
      </button>
    </li>
  );
}
