// What the page holds now, for the popup: highlighted entities with their counts, the claims found; and the
// popup's "show me" for an entity.
import type { Category } from "../facts/types";
import type { PageSummary } from "../messages";
import type { Annotator } from "./annotator";
import { CLAIM_TAG } from "./claims";
import { MARK_TAG } from "./highlight";

export function summarise(doc: Document, annotator: Annotator): PageSummary {
  const entities = new Map<string, { id: string; category: Category; count: number }>();
  for (const el of doc.querySelectorAll(MARK_TAG)) {
    const id = el.getAttribute("data-entity") ?? "";
    const entry = entities.get(id);
    if (entry) entry.count++;
    else entities.set(id, { id, category: el.getAttribute("data-category") as Category, count: 1 });
  }
  const claims: PageSummary["claims"] = [];
  const seen = new Set<string>();
  for (const el of doc.querySelectorAll(CLAIM_TAG)) {
    const key = el.getAttribute("data-claim-sentence") ?? "";
    const found = annotator.claimOf(el);
    if (seen.has(key) || !found) continue;
    seen.add(key);
    claims.push({
      claim: found.verdict.claim.id,
      status: found.verdict.status,
      sentence: found.text,
      differences: found.verdict.differences,
    });
  }
  const loc = doc.defaultView?.location;
  return {
    url: loc?.href ?? "",
    title: doc.title,
    host: loc?.hostname ?? "",
    entities: [...entities.values()],
    claims,
  };
}

/** Scrolls to an entity's first mention and flashes it, so the reader sees where it is. */
export function reveal(doc: Document, entity: string): boolean {
  const el = doc.querySelector(`${MARK_TAG}[data-entity="${CSS.escape(entity)}"]`);
  if (!el) return false;
  el.scrollIntoView({ block: "center", behavior: "smooth" });
  el.setAttribute("data-flash", "");
  setTimeout(() => el.removeAttribute("data-flash"), 1600);
  return true;
}
