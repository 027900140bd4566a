// How well a claim is supported, said in one line ("Only source: an unattributed web article, rated low"), with the
// full reasons (the compiler's support reason and each document's reliability reasons) behind a "Why?" disclosure.
// The same words in the cards, the popup and the export.
import { documentById } from "../facts/query";
import type { Claim, DocumentMeta, FactBase } from "../facts/types";
import { h } from "./dom";
import { SUPPORT_LABEL } from "./labels";

/** The distinct documents a claim's quotes come from, in the order of its evidence. */
export function evidenceDocuments(fb: FactBase, claim: Claim): DocumentMeta[] {
  const ids = [...new Set(claim.evidence.map((e) => e.document))];
  return ids.map((id) => documentById(fb, id)).filter((d): d is DocumentMeta => d !== undefined);
}

/** "a and b", "a, b and c". */
function listed(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/** "rated good", "rated good and medium": each reliability once, best first. */
function rated(docs: DocumentMeta[]): string {
  const order = ["good", "medium", "low"];
  const levels = [...new Set(docs.map((d) => d.reliability))].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  return `rated ${listed(levels)}`;
}

/**
 * A claim's support in one line, from its documents (their `kind` and reliability), never from hand-written text per
 * claim: "Only source: an unattributed web article, rated low"; "One source: a report that follows the Estonian
 * government's release, rated good"; "2 independent sources, rated good and medium"; a low-reliability document beside
 * better ones is counted apart ("; also 1 low-reliability source").
 */
export function supportLine(fb: FactBase, claim: Claim): string {
  const docs = evidenceDocuments(fb, claim);
  const trusted = docs.filter((d) => d.reliability !== "low");
  const low = docs.filter((d) => d.reliability === "low");
  if (trusted.length === 0) {
    if (low.length === 0) return "No source document";
    return `${low.length === 1 ? "Only source" : "Only sources"}: ${listed(low.map((d) => d.kind))}, rated low`;
  }
  const also = low.length > 0 ? `; also ${low.length} low-reliability source${low.length === 1 ? "" : "s"}` : "";
  if (trusted.length === 1) return `One source: ${trusted[0]?.kind}, ${rated(trusted)}${also}`;
  return `${trusted.length} independent sources, ${rated(trusted)}${also}`;
}

/**
 * A claim's support as a view shows it: its level's badge (class `support`, `data-level`), the one line, and a
 * "Why?" disclosure with the full reasons (the support reason, then each document's reliability reasons).
 */
export function supportView(fb: FactBase, claim: Claim, badgeClass = "support"): HTMLElement {
  const docs = evidenceDocuments(fb, claim);
  return h(
    "div",
    { class: "support-line" },
    h(
      "p",
      {},
      h("span", { class: badgeClass, "data-level": claim.support }, SUPPORT_LABEL[claim.support]),
      " ",
      h("span", { class: "meta" }, `${supportLine(fb, claim)}.`),
    ),
    h(
      "details",
      { class: "why" },
      h("summary", {}, "Why?"),
      h("p", { class: "meta" }, claim.supportReason),
      // The reasons the support reason does not already give (it quotes those of low-reliability documents).
      (() => {
        const more = docs.flatMap((d) =>
          d.reasons.filter((r) => !claim.supportReason.includes(r)).map((r) => `${d.title} (${d.reliability}): ${r}`),
        );
        return more.length > 0
          ? h(
              "ul",
              { class: "reasons meta" },
              more.map((r) => h("li", {}, r)),
            )
          : null;
      })(),
    ),
  );
}
