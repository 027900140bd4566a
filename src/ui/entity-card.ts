// What the hover card says about an entity: who or what it is, its partnerships, and the claims that involve it,
// each with its support level, its source document and the quote that supports it.
import { claimsOf, documentById, entityById, partnershipsOf } from "../facts/query";
import type { Claim, FactBase } from "../facts/types";
import { h } from "./dom";
import { CATEGORY_LABEL, documentLabel, SUPPORT_LABEL } from "./labels";

/** Few enough for a card that fits the viewport without scrolling (a scrolling card is out of keyboard reach). */
const CLAIMS_SHOWN = 2;

/**
 * Opens a claim's quote in its document, in the source viewer (entrypoints/source): from a web page through the
 * background, on the viewer itself in place.
 */
export type OpenSource = (doc: string, claim: string) => void;

/** The claim's support and its first quote with its document; with `open`, a button that reads it in the source. */
export function claimEvidence(fb: FactBase, claim: Claim, open?: OpenSource): HTMLElement {
  const first = claim.evidence[0];
  const doc = first ? documentById(fb, first.document) : undefined;
  return h(
    "div",
    { class: "evidence" },
    h(
      "p",
      {},
      h("span", { class: "support", "data-level": claim.support }, SUPPORT_LABEL[claim.support]),
      h("span", { class: "meta" }, claim.supportReason),
    ),
    first ? h("blockquote", {}, `“${first.quote}”`) : null,
    doc ? h("p", { class: "meta" }, `— ${documentLabel(doc)}`) : null,
    doc && open ? readInSource(() => open(doc.id, claim.id)) : null,
  );
}

function readInSource(open: () => void): HTMLElement {
  const button = h("button", { type: "button", class: "read-source" }, "Read in the source");
  button.addEventListener("click", open);
  return button;
}

export function entityCard(fb: FactBase, entityId: string, mentions: number, open?: OpenSource): HTMLElement[] {
  const entity = entityById(fb, entityId);
  if (!entity) return [h("p", {}, "Not in the fact base.")];
  const partnerships = partnershipsOf(fb, entityId).map((p) => p.name);
  const claims = claimsOf(fb, entityId);
  const shown = claims.slice(0, CLAIMS_SHOWN);
  return [
    h("h2", {}, entity.name),
    h(
      "p",
      { class: "meta" },
      [CATEGORY_LABEL[entity.category], partnerships.length > 0 ? `${partnerships.join(", ")} partnership` : null]
        .filter(Boolean)
        .join(" · "),
    ),
    h("p", {}, entity.description),
    h("p", { class: "meta" }, `Mentioned ${mentions} time${mentions === 1 ? "" : "s"} on this page.`),
    shown.length > 0
      ? h(
          "div",
          { class: "section" },
          h("p", { class: "section-title" }, `What the fact base records (${claims.length})`),
          h(
            "ul",
            {},
            shown.map((c) => h("li", {}, h("p", { class: "statement" }, c.statement), claimEvidence(fb, c, open))),
          ),
          claims.length > shown.length
            ? h("p", { class: "meta" }, `${claims.length - shown.length} more in the Defence Lens popup.`)
            : null,
        )
      : h("p", { class: "meta section" }, "No claim in the fact base involves it."),
  ];
}
