// The popup's partnership summaries: parties, areas, commitments with their support, a dated timeline, people.
// Every line can open its source: the document, its date and the quote.
import { documentById, partnershipSummary } from "../../facts/query";
import type { Claim, FactBase } from "../../facts/types";
import { h } from "../dom";
import { documentLabel, formatDate, quoted, readInSourceName, SUPPORT_LABEL } from "../labels";
import { quoteAddress, sourcePath } from "../source-address";

/**
 * A line's sources: each quote with its document, and a link that opens that quote in its document in the source viewer
 * (a new tab: the popup is an extension page, so an ordinary link reaches the viewer), named by the quote's first words
 * and its document: the popup holds many.
 */
export function sourceDetails(fb: FactBase, claim: Claim): HTMLElement {
  return h(
    "details",
    { class: "source" },
    h("summary", {}, "Source"),
    ...claim.evidence.map((e, i) => {
      const doc = documentById(fb, e.document);
      return h(
        "div",
        { class: "evidence" },
        h("blockquote", {}, quoted(e.quote)),
        doc
          ? h(
              "p",
              { class: "meta" },
              `${documentLabel(doc)}; ${doc.reliability} reliability. `,
              h(
                "a",
                {
                  class: "read-source",
                  href: sourcePath(quoteAddress(claim, i)),
                  target: "_blank",
                  "aria-label": readInSourceName(e.quote, doc),
                },
                "Read in the source",
              ),
            )
          : null,
      );
    }),
    h("p", { class: "meta" }, claim.supportReason),
  );
}

export function supportBadge(claim: Claim): HTMLElement {
  return h("span", { class: "badge", "data-level": claim.support }, SUPPORT_LABEL[claim.support]);
}

export function partnershipsView(fb: FactBase): HTMLElement {
  return h(
    "section",
    { "aria-labelledby": "partnerships-title" },
    h("h2", { id: "partnerships-title" }, "Partnerships"),
    fb.partnerships.map((p) => {
      const s = partnershipSummary(fb, p.id);
      if (!s) return null;
      const titleId = `partnership-${s.id}`;
      return h(
        "article",
        { class: "partnership", "aria-labelledby": titleId },
        h("h3", { id: titleId }, s.name),
        h("p", { class: "meta" }, `Parties: ${s.parties.map((e) => e.name).join(" and ")}`),
        h("h4", {}, "Areas of cooperation"),
        h(
          "ul",
          { class: "tags" },
          s.areas.map((a) => h("li", {}, a.area)),
        ),
        h("h4", {}, "Commitments"),
        h(
          "ul",
          { class: "lines" },
          s.commitments.map((c) => h("li", {}, h("p", {}, supportBadge(c), " ", c.statement), sourceDetails(fb, c))),
        ),
        h("h4", {}, "Timeline"),
        h(
          "ol",
          { class: "lines timeline" },
          s.timeline.map((t) =>
            h(
              "li",
              {},
              h(
                "p",
                {},
                h("time", { datetime: t.date }, formatDate(t.date)),
                ` — ${t.claim.statement} `,
                supportBadge(t.claim),
              ),
              sourceDetails(fb, t.claim),
            ),
          ),
        ),
        h("h4", {}, "People"),
        h(
          "ul",
          { class: "lines" },
          s.people.map((person) => h("li", {}, h("strong", {}, person.name), ` — ${person.description}`)),
        ),
      );
    }),
  );
}
