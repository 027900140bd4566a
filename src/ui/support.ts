// How well a claim is supported, said in one line ("Only source: an unattributed web article, rated low"), with the
// full reasons (the compiler's support reason and each document's reliability reasons) behind a "Why?" disclosure.
// The same words in the cards, the popup and the export.
import { documentById } from "../facts/query";
import type { Claim, DocumentMeta, FactBase } from "../facts/types";
import { formatList, t, tn } from "../i18n";
import { h } from "./dom";
import { supportLabel } from "./labels";

/** The distinct documents a claim's quotes come from, in the order of its evidence. */
export function evidenceDocuments(fb: FactBase, claim: Claim): DocumentMeta[] {
  const ids = [...new Set(claim.evidence.map((e) => e.document))];
  return ids.map((id) => documentById(fb, id)).filter((d): d is DocumentMeta => d !== undefined);
}

const RELIABILITY_KEY = { good: "reliability_good", medium: "reliability_medium", low: "reliability_low" } as const;

/** A document's reliability in the reader's language: "good", "bon", "hea". */
export function reliabilityLabel(level: string): string {
  return level in RELIABILITY_KEY ? t(RELIABILITY_KEY[level as keyof typeof RELIABILITY_KEY]) : level;
}

/** "rated good", "rated good and medium": each reliability once, best first. */
function rated(docs: DocumentMeta[]): string {
  const order = ["good", "medium", "low"];
  const levels = [...new Set(docs.map((d) => d.reliability))].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  return t("support_rated", { levels: formatList(levels.map(reliabilityLabel)) });
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
    if (low.length === 0) return t("support_noDocument");
    return tn("support_onlyLow", low.length, { kinds: formatList(low.map((d) => d.kind)) });
  }
  const also = low.length > 0 ? tn("support_alsoLow", low.length) : "";
  if (trusted.length === 1)
    return t("support_oneSource", { kind: trusted[0]?.kind ?? "", rated: rated(trusted) }) + also;
  return tn("support_independent", trusted.length, { rated: rated(trusted) }) + also;
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
      h("span", { class: badgeClass, "data-level": claim.support }, supportLabel(claim.support)),
      " ",
      h("span", { class: "meta" }, `${supportLine(fb, claim)}.`),
    ),
    h(
      "details",
      { class: "why" },
      h("summary", {}, t("support_why")),
      h("p", { class: "meta" }, claim.supportReason),
      // The reasons the support reason does not already give (it quotes those of low-reliability documents).
      (() => {
        const more = docs.flatMap((d) =>
          d.reasons
            .filter((r) => !claim.supportReason.includes(r))
            .map((r) => `${d.title} (${reliabilityLabel(d.reliability)}): ${r}`),
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
