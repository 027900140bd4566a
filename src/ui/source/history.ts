// Where the reader is in the source viewer, kept in the tab's history entry: back (or forward, or a reload) returns to
// the quote they were on and to the same scroll position, rather than to the top of the page with nothing focused.
import type { SourceAddress } from "../source-address";
import { SOURCE_LINK } from "./links";
import { MARK_KEY } from "./marks";

/**
 * A place in a view: the vertical scroll position in CSS pixels, and what had the focus: a highlighted quote (its
 * `data-key`, its start in the document's text) or one of the viewer's own links (its `href`).
 */
export interface Place {
  scrollY: number;
  key?: string;
  href?: string;
}

/** Where the reader is now in the document's view. */
export function placeOf(doc: Document): Place {
  const active = doc.activeElement;
  const key = active?.getAttribute(MARK_KEY) ?? undefined;
  const href =
    key === undefined && active instanceof HTMLAnchorElement && active.hasAttribute(SOURCE_LINK)
      ? (active.getAttribute("href") ?? undefined)
      : undefined;
  const y = Math.round(doc.defaultView?.scrollY ?? 0);
  return { scrollY: y, ...(key !== undefined ? { key } : {}), ...(href !== undefined ? { href } : {}) };
}

/** A place read back from a history entry's state (anything else, as another version may have left it: none). */
export function readPlace(state: unknown): Place | undefined {
  const s = state as Partial<Place> | null | undefined;
  if (typeof s?.scrollY !== "number") return undefined;
  return {
    scrollY: s.scrollY,
    ...(typeof s.key === "string" ? { key: s.key } : {}),
    ...(typeof s.href === "string" ? { href: s.href } : {}),
  };
}

/**
 * Is `next` the view already shown as `shown` (the address as shown)? The same document and claim, and the same quote
 * or none named (a link to the claim from the list of the document's claims): following it adds no history entry.
 */
export function sameView(shown: SourceAddress, next: SourceAddress): boolean {
  return (
    shown.doc === next.doc && shown.claim === next.claim && (next.quote === undefined || next.quote === shown.quote)
  );
}

function inView(el: Element): boolean {
  const r = el.getBoundingClientRect();
  const view = el.ownerDocument.defaultView;
  return r.top >= 0 && r.bottom <= (view?.innerHeight ?? 0);
}

/**
 * Focuses and scrolls to a place in the view under `root`: the quote the reader had focused, else the view's own quote
 * (`focus`), else the link they had focused, else (when `moveFocus`, a new view) the page's `<h1>`; then back to the
 * saved scroll position, or, with none saved, the focused quote in the middle of the window. Without a place to go to,
 * a new view starts at the top.
 */
export function restorePlace(
  root: HTMLElement,
  focus: HTMLElement | null,
  saved: Place | undefined,
  moveFocus: boolean,
) {
  const doc = root.ownerDocument;
  const key = saved?.key;
  const href = saved?.href;
  const mark = key !== undefined ? root.querySelector<HTMLElement>(`[${MARK_KEY}="${CSS.escape(key)}"]`) : null;
  const link =
    href !== undefined
      ? [...root.querySelectorAll<HTMLElement>(`a[${SOURCE_LINK}]`)].find((a) => a.getAttribute("href") === href)
      : undefined;
  const target = mark ?? focus ?? link ?? null;
  if (target) target.focus({ preventScroll: true });
  else if (moveFocus) {
    const title = root.querySelector<HTMLElement>("h1");
    if (title) {
      title.tabIndex = -1;
      title.focus({ preventScroll: true });
    }
  }
  const view = doc.defaultView;
  if (saved) {
    view?.scrollTo(0, saved.scrollY);
    // The window may have changed size since: the quote stays in sight.
    if (target && target === mark && !inView(target)) target.scrollIntoView({ block: "center" });
  } else if (target) target.scrollIntoView({ block: "center" });
  else if (moveFocus) view?.scrollTo(0, 0);
}
