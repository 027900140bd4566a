// The quotes highlighted in the document's text with mark.js: each highlighted piece a `<mark class="quote">` element,
// placed by `markRanges` on the quote's exact offsets in the text (the text is the file's, character for character:
// see documentText). Wrapping text in elements is safe here, on the extension's own page; on web pages the extension
// never does it (it draws with the CSS Custom Highlight API instead).
import Mark from "mark.js";
import type { QuotePiece, QuoteSpan } from "../../facts/quotes";

/** The class of every highlighted piece of a quote. */
export const QUOTE_CLASS = "quote";

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

/**
 * Highlights one claim's quotes (the merged spans of that claim): the first element of each is in the tab order, and
 * described by the claim's statement. Returns the first element of each quote, in document order.
 */
export function markClaimQuotes(
  container: HTMLElement,
  spans: readonly QuoteSpan[],
  describedBy: string,
): HTMLElement[] {
  const firsts: HTMLElement[] = [];
  for (const elements of markRanges(container, spans)) {
    elements.forEach((el, i) => {
      el.dataset.claims = spans[0]?.claim ?? "";
      el.setAttribute("aria-describedby", describedBy);
      el.tabIndex = i === 0 ? 0 : -1;
    });
    if (elements[0]) firsts.push(elements[0]);
  }
  return firsts;
}

/**
 * Highlights every quoted piece of the document, each a button that shows its claim (the innermost quote's, where
 * quotes overlap): named by its text, described by the element `describedBy(claim)` names, and `show(claim)` called on
 * a click, Enter or Space. Returns the first element of each piece.
 */
export function markAllQuotes(
  container: HTMLElement,
  pieces: readonly QuotePiece[],
  describedBy: (claim: string) => string,
  show: (claim: string) => void,
): HTMLElement[] {
  const firsts: HTMLElement[] = [];
  const marked = markRanges(container, pieces);
  marked.forEach((elements, p) => {
    const piece = pieces[p] as QuotePiece;
    const claim = piece.claims[0] as string;
    elements.forEach((el, i) => {
      el.dataset.claims = piece.claims.join(" ");
      el.setAttribute("role", "button");
      el.setAttribute("aria-describedby", describedBy(claim));
      el.tabIndex = i === 0 ? 0 : -1;
      el.addEventListener("click", () => show(claim));
      el.addEventListener("keydown", (event) => {
        if (event.key !== "Enter" && event.key !== " ") return;
        event.preventDefault();
        show(claim);
      });
    });
    if (elements[0]) firsts.push(elements[0]);
  });
  return firsts;
}
