// The source viewer's side column: the claim a quote stands for (its statement, support, date, verdict rules and
// every quote behind it), and the list of the claims the document is quoted for.
import { describeWhen } from "../../facts/dates";
import { claimById, documentById } from "../../facts/query";
import type { Claim, FactBase } from "../../facts/types";
import { h } from "../dom";
import { documentLabel, quoted, SUPPORT_LABEL } from "../labels";
import { quoteAddress } from "../source-address";
import { verdictRules } from "./claim-rules";
import { sourceLink } from "./links";

function supportBadge(claim: Claim): HTMLElement {
  return h("span", { class: "badge", "data-level": claim.support }, SUPPORT_LABEL[claim.support]);
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
    h("h2", { id: "claim-title" }, "The claim"),
    h("p", { class: "statement", id: "claim-statement" }, claim.statement),
    h("p", { class: "support" }, supportBadge(claim), " ", h("span", { class: "meta" }, claim.supportReason)),
    when ? h("p", { class: "meta" }, `Date: ${when}.`) : null,
    partnership || claim.areas.length > 0
      ? h(
          "p",
          { class: "meta" },
          [
            partnership ? `${partnership.name} partnership` : null,
            claim.areas.length > 0 ? claim.areas.join(", ") : null,
          ]
            .filter(Boolean)
            .join(" · "),
        )
      : null,
    h("h3", {}, "How a page is judged against it"),
    h(
      "ul",
      { class: "rules" },
      verdictRules(fb, claim).map((r) => h("li", {}, r)),
    ),
    h("h3", {}, claim.evidence.length === 1 ? "Its quote" : `Its quotes (${claim.evidence.length})`),
    numbered(
      "evidence",
      claim.evidence.map((e, i) => {
        const doc = documentById(fb, e.document);
        const where = doc ? `${documentLabel(doc)}; ${doc.reliability} reliability` : e.document;
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
                ? sourceLink(quoteAddress(claim, i), `Read it in ${where}`)
                : i === current
                  ? "Highlighted in this document, in view."
                  : sourceLink(quoteAddress(claim, i), "Highlighted in this document: go to it"),
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
    h("h2", { id: "claim-title" }, "Its claims"),
    h(
      "p",
      {},
      count === 0
        ? "The fact base quotes nothing from this document."
        : `Every passage the fact base quotes from this document is highlighted (${count} claim${count === 1 ? "" : "s"}). Choose a highlighted quote, or a claim below, to see what the fact base records. A passage quoted for several claims offers each of them.`,
    ),
  );
}

/** The claims the document is quoted for, in the order of their quotes, each a link to its quote; `current` marked. */
export function claimsNav(fb: FactBase, docId: string, claimIds: readonly string[], current?: string): HTMLElement {
  return h(
    "nav",
    { class: "claims", "aria-labelledby": "claims-title" },
    h("h2", { id: "claims-title" }, `Claims quoted from this document (${claimIds.length})`),
    numbered(
      "claim-list",
      claimIds.map((id) => {
        const claim = claimById(fb, id);
        if (!claim) return null;
        const link = sourceLink({ doc: docId, claim: id }, claim.statement);
        if (id === current) link.setAttribute("aria-current", "true");
        return h("li", {}, h("div", {}, link, " ", supportBadge(claim)));
      }),
    ),
    current ? h("p", {}, sourceLink({ doc: docId }, "Show every quote of this document")) : null,
  );
}
