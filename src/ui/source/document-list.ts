// What the source viewer shows for an address it cannot show: what is wrong, and the documents it can show.
import { claimById } from "../../facts/query";
import type { FactBase } from "../../facts/types";
import { t, tn } from "../../i18n";
import { h } from "../dom";
import { documentDate, reliabilityBadge } from "./document-view";
import { sourceLink } from "./links";

/** Why an address shows no document. */
export type AddressProblem =
  | { kind: "empty" }
  | { kind: "unknown-document"; doc: string }
  | { kind: "unknown-claim"; doc: string; claim: string }
  | { kind: "claim-not-in-document"; doc: string; claim: string; quotedIn: string[] };

function problemText(
  fb: FactBase,
  problem: AddressProblem,
): { title: string; detail: (Node | string)[]; alert?: false } {
  const title = (id: string) => fb.documents.find((d) => d.id === id)?.title ?? id;
  switch (problem.kind) {
    case "empty":
      // No document asked for: the viewer's index (the documents' pages link to it), not an error.
      return {
        title: t("viewer_sourceDocuments"),
        detail: [t("viewer_indexIntro")],
        alert: false,
      };
    case "unknown-document":
      return {
        title: t("viewer_noDocument"),
        detail: [t("viewer_noDocumentDetail", { doc: problem.doc })],
      };
    case "unknown-claim":
      return {
        title: t("viewer_noClaim"),
        detail: [
          `${t("viewer_noClaimDetail", { claim: problem.claim })} `,
          sourceLink({ doc: problem.doc }, t("viewer_readWithQuotes", { title: title(problem.doc) })),
          t("viewer_orAnother"),
        ],
      };
    case "claim-not-in-document":
      return {
        title: t("viewer_notQuotedHere"),
        detail: [
          `${t("viewer_notQuotedDetail", { claim: claimById(fb, problem.claim)?.statement ?? problem.claim, title: title(problem.doc) })} `,
          ...problem.quotedIn.flatMap((doc, i) => [
            i === 0 ? `${t("viewer_quoteIsIn")} ` : `, ${t("viewer_andIn")} `,
            sourceLink({ doc, claim: problem.claim }, `“${title(doc)}”`),
          ]),
          problem.quotedIn.length > 0 ? "." : "",
        ],
      };
  }
}

/**
 * The page for an address that shows no document: a heading that says so, why, and the list of documents; for an
 * address that names none, the list of documents alone (the viewer's index).
 */
export function addressProblemView(fb: FactBase, problem: AddressProblem): HTMLElement[] {
  const { title, detail, alert } = problemText(fb, problem);
  const claimsOf = (doc: string) => fb.claims.filter((c) => c.evidence.some((e) => e.document === doc)).length;
  return [
    h(
      "header",
      { class: "doc-head" },
      h("p", { class: "kicker" }, t("viewer_kicker")),
      h("h1", {}, title),
      alert === false ? h("p", { class: "intro" }, ...detail) : h("p", { class: "problem", role: "alert" }, ...detail),
    ),
    h(
      "nav",
      { class: "documents", "aria-labelledby": "documents-title" },
      h("h2", { id: "documents-title" }, t("viewer_documentsTitle", { count: fb.documents.length })),
      h(
        "ul",
        {},
        fb.documents.map((d) =>
          h(
            "li",
            {},
            sourceLink({ doc: d.id }, d.title),
            h(
              "p",
              { class: "meta" },
              `${documentDate(d)} · ${reliabilityBadge(d.reliability)} · ${tn("viewer_claimsQuotedCount", claimsOf(d.id))} · ${d.origin}`,
            ),
          ),
        ),
      ),
    ),
  ];
}
