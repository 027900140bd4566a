// What the page holds now, for the popup and the export: entities with their counts, the claims found; and
// "show me", which scrolls to a highlight and flashes it.

import type { PageSummary } from "../extension/messages";
import type { Category } from "../facts/types";
import type { Annotator } from "./annotator";
import { liveRange } from "./text-range";

export function summarise(doc: Document, annotator: Annotator): PageSummary {
  const entities = new Map<string, { id: string; category: Category; count: number }>();
  for (const m of annotator.mentions()) {
    const entry = entities.get(m.entity);
    if (entry) entry.count++;
    else entities.set(m.entity, { id: m.entity, category: m.category, count: 1 });
  }
  const claims: PageSummary["claims"] = annotator.claims().map((mark) => ({
    id: mark.id,
    claim: mark.detail.verdict.claim.id,
    status: mark.detail.verdict.status,
    highlight: mark.name,
    sentence: mark.detail.text,
    differences: mark.detail.verdict.differences,
  }));
  const loc = doc.defaultView?.location;
  return {
    url: loc?.href ?? "",
    title: doc.title,
    host: loc?.hostname ?? "",
    entities: [...entities.values()],
    claims,
  };
}

/**
 * Is an element's text rendered? Not in a `display: none` menu, nor in a closed `<details>` (whose content Chrome
 * skips with `content-visibility: hidden`, where `getClientRects` still reports boxes).
 */
export function isRendered(el: Element): boolean {
  if (typeof el.checkVisibility === "function") return el.checkVisibility();
  return el.getClientRects().length > 0;
}

/**
 * Scrolls a range of the page's text into the middle of the viewport (its scrolling containers too), then flashes
 * it. False if it is not rendered (removed, or inside something hidden).
 */
export function reveal(range: AbstractRange, flash: (range: AbstractRange) => void): boolean {
  const live = liveRange(range);
  const parent = live?.startContainer.parentElement;
  if (!live || !parent || !isRendered(parent) || live.getClientRects().length === 0) return false;
  const view = parent.ownerDocument.defaultView;
  const smooth = !view?.matchMedia("(prefers-reduced-motion: reduce)").matches;
  parent.scrollIntoView({ block: "nearest" });
  const rect = live.getBoundingClientRect();
  view?.scrollBy({ top: rect.top - view.innerHeight / 2, behavior: smooth ? "smooth" : "auto" });
  flash(range);
  return true;
}
