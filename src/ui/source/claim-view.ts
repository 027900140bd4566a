// The source viewer's side column: the claim a quote stands for (its statement, support, date, verdict rules and
// every quote behind it), and the list of the claims the document is quoted for.
import { claimById, documentById } from "../../facts/query";
import type { Claim, FactBase } from "../../facts/types";
import { factText, t, tn } from "../../i18n";
import { h } from "../dom";
import { describeWhen, documentLabel, quoted, supportLabel } from "../labels";
import { quoteAddress } from "../source-address";
import { reliabilityLabel } from "../support";
import { verdictRules } from "./claim-rules";
import { sourceLink } from "./links";

function supportBadge(claim: Claim): HTMLElement {
  return h("span", { class: "badge", "data-level": claim.support }, supportLabel(claim.support));
}

/**
 * An ordered list whose numbers are text of its own rather than list markers: a marker stands outside its item's box,
 * and a column that scrolls clips it (“10.” read “.0.”). The numbers are hidden from assistive technology, which
 * counts the items itself.
 */
function numbered(className: string, items: (HTMLElement | null)[]): HTMLElement {
  const shown = items.filter((i): i is HTMLElement => i !== null);
  return h(
    "ol",
    { class: `numbered ${className}` },
    shown.map((item, i) => {
      item.prepend(h("span", { class: "n", "aria-hidden": "true" }, `${i + 1}.`));
      return item;
    }),
  );
}

/**
 * The claim shown beside its highlighted quotes in document `docId`; `current` is the place in its evidence (from 0)
 * of the quote put in view. Each quote of the claim is listed, numbered as the address's `quote=` counts them: the
 * one in view says so, another in this document is a link to it, one elsewhere a link to its document.
 */
export function claimAside(fb: FactBase, claim: Claim, docId: string, current: number): HTMLElement {
  const when = claim.when.map(describeWhen).join("; ");
  const partnership = fb.partnerships.find((p) => p.id === claim.partnership);
  return h(
    "aside",
    { class: "side", "aria-labelledby": "claim-title" },
    h("h2", { id: "claim-title" }, t("viewer_claim")),
    h("p", { class: "statement", id: "claim-statement" }, factText(claim.statement, claim.translations)),
    h("p", { class: "support" }, supportBadge(claim), " ", h("span", { class: "meta" }, claim.supportReason)),
    when ? h("p", { class: "meta" }, t("claim_date", { date: when })) : null,
    partnership || claim.areas.length > 0
      ? h(
          "p",
          { class: "meta" },
          [
            partnership ? tn("card_partnership", 1, { names: partnership.name }) : null,
            claim.areas.length > 0 ? claim.areas.join(", ") : null,
          ]
            .filter(Boolean)
            .join(" · "),
        )
      : null,
    h("h3", {}, t("viewer_howJudged")),
    h(
      "ul",
      { class: "rules" },
      verdictRules(fb, claim).map((r) => h("li", {}, r)),
    ),
    h(
      "h3",
      {},
      claim.evidence.length === 1 ? t("viewer_itsQuote") : t("viewer_itsQuotes", { count: claim.evidence.length }),
    ),
    numbered(
      "evidence",
      claim.evidence.map((e, i) => {
        const doc = documentById(fb, e.document);
        const where = doc
          ? t("viewer_documentReliability", {
              document: documentLabel(doc),
              reliability: reliabilityLabel(doc.reliability),
            })
          : e.document;
        const here = e.document === docId;
        return h(
          "li",
          here && i === current ? { "aria-current": "true" } : {},
          h(
            "div",
            {},
            h("blockquote", {}, quoted(e.quote)),
            h(
              "p",
              { class: "meta" },
              !here
                ? sourceLink(quoteAddress(claim, i), t("viewer_readItIn", { where }))
                : i === current
                  ? t("viewer_inView")
                  : sourceLink(quoteAddress(claim, i), t("viewer_goToIt")),
            ),
          ),
        );
      }),
    ),
  );
}

/** What the side column says when no claim is chosen: how to choose one. */
export function allQuotesAside(count: number): HTMLElement {
  return h(
    "aside",
    { class: "side", "aria-labelledby": "claim-title" },
    h("h2", { id: "claim-title" }, t("viewer_itsClaims")),
    h("p", {}, count === 0 ? t("viewer_quotesNothing") : tn("viewer_everyPassage", count)),
  );
}

/** The claims the document is quoted for, in the order of their quotes, each a link to its quote; `current` marked. */
export function claimsNav(fb: FactBase, docId: string, claimIds: readonly string[], current?: string): HTMLElement {
  return h(
    "nav",
    { class: "claims", "aria-labelledby": "claims-title" },
    h("h2", { id: "claims-title" }, t("viewer_claimsQuoted", { count: claimIds.length })),
    numbered(
      "claim-list",
      claimIds.map((id) => {
        const claim = claimById(fb, id);
        if (!claim) return null;
        const link = sourceLink({ doc: docId, claim: id }, factText(claim.statement, claim.translations));
        if (id === current) link.setAttribute("aria-current", "true");
        return h("li", {}, h("div", {}, link, " ", supportBadge(claim)));
      }),
    ),
    current ? h("p", {}, sourceLink({ doc: docId }, t("viewer_showEvery"))) : null,
  );
}
