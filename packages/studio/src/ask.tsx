// The studio's questions ("Discard the unsaved changes?", "Remove it anyway?") asked in the page, in a modal
// <dialog> in the studio's own words and style, instead of the browser's `window.confirm`: that one is unstyled,
// worded by the browser, and a loaded Chromium closed it before a test could answer it.
import { render } from "preact";
import { useEffect, useRef } from "preact/hooks";

/** A question for the person using the studio, in the studio's language. */
export interface Question {
  /** What is asked, one line ("Discard the unsaved changes?"). */
  title: string;
  /** What follows the title: lines of explanation, shown as paragraphs. */
  lines?: readonly string[];
  /** A list shown between the title and the lines (the places that refer to what would be removed). */
  items?: readonly string[];
  /** The words of the button that goes on ("Open anyway"). */
  yes: string;
  /** The words of the button that keeps things as they are ("Keep my work"); Escape chooses it too. */
  no: string;
}

/** The answer a dialog's `returnValue` holds when the person chose to go on. */
const YES = "yes";
/** Questions asked so far: each dialog's heading gets an id of its own, should a second question come over a first. */
let asked = 0;

/**
 * Asks `question` in a modal dialog over the page and resolves `true` when the person chose `yes`, `false` when
 * they chose `no` or pressed Escape. The focus moves to `no` (the choice that loses nothing) and goes back where
 * it was once the dialog closes.
 */
export function ask(question: Question): Promise<boolean> {
  const host = document.createElement("div");
  document.body.append(host);
  const before = document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
  return new Promise<boolean>((resolve) => {
    const answer = (yes: boolean) => {
      render(null, host);
      host.remove();
      before?.focus();
      resolve(yes);
    };
    render(<AskDialog question={question} answer={answer} titleId={`ask-title-${++asked}`} />, host);
  });
}

/** The dialog of one question: open from its first render until answered. */
function AskDialog({ question, answer, titleId }: { question: Question; answer: (yes: boolean) => void; titleId: string }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const no = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    dialog.current?.showModal();
    no.current?.focus();
  }, []);
  return (
    <dialog ref={dialog} class="ask" aria-labelledby={titleId} onClose={(event) => answer(event.currentTarget.returnValue === YES)}>
      <form method="dialog">
        <h2 id={titleId}>{question.title}</h2>
        {question.items !== undefined && question.items.length > 0 && (
          <ul>
            {question.items.map((item, i) => (
              <li key={i}>{item}</li>
            ))}
          </ul>
        )}
        {question.lines?.map((line, i) => <p key={i}>{line}</p>)}
        <div class="ask-buttons">
          <button type="submit" value="no" ref={no}>{question.no}</button>
          <button type="submit" value={YES} class="danger">{question.yes}</button>
        </div>
      </form>
    </dialog>
  );
}
