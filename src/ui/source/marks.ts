// The quotes highlighted in the document's text with mark.js: each highlighted piece a `<mark class="quote">` element,
// placed by `markRanges` on the quote's exact offsets in the text (the text is the file's, character for character:
// see documentText). Wrapping text in elements is safe here, on the extension's own page; on web pages the extension
// never does it (it draws with the CSS Custom Highlight API instead).
import Mark from "mark.js";
import type { ClaimSpan, QuotePiece } from "../../facts/quotes";

/** The class of every highlighted piece of a quote. */
export const QUOTE_CLASS = "quote";

/**
 * The attribute that names a highlighted stretch (its first element) by its start in the document's text: the same
 * each time the same view is shown, so that going back to it can focus the quote the reader was on.
 */
export const MARK_KEY = "data-key";

/** Wraps each range of the container's text in `<mark class="quote">`; returns the elements of each range, in order. */
function markRanges(container: HTMLElement, ranges: readonly { start: number; end: number }[]): HTMLElement[][] {
  const byStart = new Map<number, HTMLElement[]>(ranges.map((r) => [r.start, []]));
  new Mark(container).markRanges(
    ranges.map((r) => ({ start: r.start, length: r.end - r.start })),
    {
      element: "mark",
      className: QUOTE_CLASS,
      // mark.js gives each element the range object it was passed: its start tells which quote the element is of.
      each: (element, range) => byStart.get((range as { start: number }).start)?.push(element as HTMLElement),
    },
  );
  return ranges.map((r) => byStart.get(r.start) ?? []);
}

/** Marks the elements of one stretch: the first in the tab order and keyed by the stretch's start, the others not. */
function keyed(elements: readonly HTMLElement[], start: number): void {
  elements.forEach((el, i) => {
    el.tabIndex = i === 0 ? 0 : -1;
    if (i === 0) el.setAttribute(MARK_KEY, String(start));
  });
}

/** One highlighted quote of a claim: its first element, and the places in the claim's evidence it holds (from 0). */
export interface MarkedQuote {
  element: HTMLElement;
  evidence: number[];
}

/**
 * Highlights one claim's quotes (the merged spans of that claim): the first element of each is in the tab order, and
 * described by the claim's statement. Returns each quote's first element, in document order.
 */
export function markClaimQuotes(
  container: HTMLElement,
  spans: readonly ClaimSpan[],
  describedBy: string,
): MarkedQuote[] {
  const out: MarkedQuote[] = [];
  markRanges(container, spans).forEach((elements, s) => {
    const span = spans[s] as ClaimSpan;
    keyed(elements, span.start);
    for (const el of elements) {
      el.dataset.claims = span.claim;
      el.dataset.quotes = span.evidence.map((i) => i + 1).join(" ");
      el.setAttribute("aria-describedby", describedBy);
    }
    if (elements[0]) out.push({ element: elements[0], evidence: span.evidence });
  });
  return out;
}

/**
 * Highlights every quoted piece of the document, each a button: described by the element `describedBy(piece)` names,
 * and `activate(piece, element)` called on a click, Enter or Space (a piece of one claim shows it; a piece several
 * claims quote offers them all: `aria-haspopup`). Returns the first element of each piece, in document order.
 */
export function markAllQuotes(
  container: HTMLElement,
  pieces: readonly QuotePiece[],
  describedBy: (piece: QuotePiece) => string,
  activate: (piece: QuotePiece, element: HTMLElement) => void,
): HTMLElement[] {
  const firsts: HTMLElement[] = [];
  markRanges(container, pieces).forEach((elements, p) => {
    const piece = pieces[p] as QuotePiece;
    const first = elements[0];
    if (!first) return;
    keyed(elements, piece.start);
    for (const el of elements) {
      el.dataset.claims = piece.claims.join(" ");
      el.setAttribute("role", "button");
      el.setAttribute("aria-describedby", describedBy(piece));
      if (piece.claims.length > 1) {
        el.setAttribute("aria-haspopup", "dialog");
        el.dataset.shared = "";
      }
      // Whichever element of the piece is pressed, what it offers is placed by the piece's first.
      el.addEventListener("click", () => activate(piece, first));
      el.addEventListener("keydown", (event) => {
        if (event.key !== "Enter" && event.key !== " ") return;
        event.preventDefault();
        activate(piece, first);
      });
    }
    firsts.push(first);
  });
  return firsts;
}
