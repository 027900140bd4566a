// What the hover card says about an entity: who or what it is, its partnerships, and the claims that involve it,
// each with its support level, its source document and the quote that supports it.
import { claimsOf, documentById, entityById, partnershipsOf } from "../facts/query";
import type { Claim, FactBase } from "../facts/types";
import { factText, t, tn } from "../i18n";
import { categoryMark } from "./category-mark";
import { h } from "./dom";
import { categoryLabel, documentLabel, quoted, readInSourceName } from "./labels";
import { quoteAddress, type SourceAddress } from "./source-address";
import { supportView } from "./support";

/** Few enough to read on a card; the rest are in the popup. */
const CLAIMS_SHOWN = 2;

/**
 * Opens a claim's quote in its document, in the source viewer (entrypoints/source): from a web page through the
 * background, on the viewer itself in place.
 */
export type OpenSource = (address: SourceAddress) => void;

/**
 * The "Read in the source" button of a claim's first quote, named by the quote's first words and its document (a card
 * may hold two); null without `open` or a known document.
 */
export function readInSource(fb: FactBase, claim: Claim, open?: OpenSource): HTMLElement | null {
  const first = claim.evidence[0];
  const doc = first ? documentById(fb, first.document) : undefined;
  if (!first || !doc || !open) return null;
  const button = h(
    "button",
    { type: "button", class: "read-source", "aria-label": readInSourceName(first.quote, doc) },
    t("source_readIn"),
  );
  button.addEventListener("click", () => open(quoteAddress(claim, 0)));
  return button;
}

/**
 * The claim's support (its level, one line, and the reasons behind "Why?") and its first quote with its document; with
 * `open`, a button that reads it in the source (unless `button` is false: the claim card has it in its head, in sight).
 */
export function claimEvidence(fb: FactBase, claim: Claim, open?: OpenSource, button = true): HTMLElement {
  const first = claim.evidence[0];
  const doc = first ? documentById(fb, first.document) : undefined;
  return h(
    "div",
    { class: "evidence" },
    supportView(fb, claim),
    first ? h("blockquote", {}, quoted(first.quote)) : null,
    doc ? h("p", { class: "meta" }, `— ${documentLabel(doc)}`) : null,
    button ? readInSource(fb, claim, open) : null,
  );
}

/** Where a mention stands among its entity's mentions where the card is shown, and how to show the next one. */
export interface MentionStep {
  /** 0-based, in reading order. */
  index: number;
  /** Scrolls to the next mention (after the last, the first), flashes it and moves the card there. */
  next(): void;
}

/**
 * The card for a mention: `mentions` is how often the entity is named where the card is shown, `place` says where ("on
 * this page"; the source viewer counts the document's text alone: "in this document"); with `step`, the card says which
 * mention it is ("2 of 7") and has a "Next mention" button.
 */
export function entityCard(
  fb: FactBase,
  entityId: string,
  mentions: number,
  open?: OpenSource,
  place: "page" | "document" = "page",
  step?: MentionStep,
): HTMLElement[] {
  const entity = entityById(fb, entityId);
  if (!entity) return [h("p", {}, t("card_notInFactBase"))];
  const partnerships = partnershipsOf(fb, entityId).map((p) => p.name);
  const claims = claimsOf(fb, entityId);
  const shown = claims.slice(0, CLAIMS_SHOWN);
  const next =
    step && mentions > 1 ? h("button", { type: "button", class: "next-mention" }, t("card_nextMention")) : null;
  if (next && step) next.addEventListener("click", () => step.next());
  return [
    h("h2", {}, entity.name),
    h(
      "div",
      { class: "sub" },
      h(
        "p",
        { class: "meta" },
        categoryMark(entity.category),
        [
          categoryLabel(entity.category),
          partnerships.length > 0
            ? tn("card_partnership", partnerships.length, { names: partnerships.join(", ") })
            : null,
        ]
          .filter(Boolean)
          .join(" · "),
      ),
      h(
        "p",
        { class: "mentions meta" },
        h(
          "span",
          { class: "position" },
          step && mentions > 1
            ? place === "page"
              ? t("card_mentionOfOnPage", { n: step.index + 1, total: mentions })
              : t("card_mentionOfInDocument", { n: step.index + 1, total: mentions })
            : place === "page"
              ? tn("card_mentionedOnPage", mentions)
              : tn("card_mentionedInDocument", mentions),
        ),
        next ? " " : null,
        next,
      ),
    ),
    h("p", {}, factText(entity.description, entity.translations)),
    shown.length > 0
      ? h(
          "div",
          { class: "section" },
          h("p", { class: "section-title" }, t("card_whatRecorded", { count: claims.length })),
          h(
            "ul",
            {},
            shown.map((c) =>
              h(
                "li",
                {},
                h("p", { class: "statement" }, factText(c.statement, c.translations)),
                claimEvidence(fb, c, open),
              ),
            ),
          ),
          claims.length > shown.length
            ? h("p", { class: "meta" }, tn("card_moreInPopup", claims.length - shown.length))
            : null,
        )
      : h("p", { class: "meta section" }, t("card_noClaim")),
  ];
}
