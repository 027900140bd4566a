// What the source viewer shows for an address it cannot show: what is wrong, and the documents it can show.
import { claimById } from "../../facts/query";
import type { FactBase } from "../../facts/types";
import { h } from "../dom";
import { documentDate, RELIABILITY_LABEL } from "./document-view";
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
        title: "Source documents",
        detail: [
          "The documents the fact base is built from, as they are bundled with the extension. Choose one to read it with every passage the fact base quotes highlighted.",
        ],
        alert: false,
      };
    case "unknown-document":
      return {
        title: "No such document",
        detail: [`The fact base has no document “${problem.doc}”. Its source documents are listed below.`],
      };
    case "unknown-claim":
      return {
        title: "No such claim",
        detail: [
          `The fact base has no claim “${problem.claim}”. `,
          sourceLink({ doc: problem.doc }, `Read “${title(problem.doc)}” with every quote highlighted`),
          ", or choose another document below.",
        ],
      };
    case "claim-not-in-document":
      return {
        title: "That claim is not quoted from this document",
        detail: [
          `The claim “${claimById(fb, problem.claim)?.statement ?? problem.claim}” quotes nothing from “${title(problem.doc)}”. `,
          ...problem.quotedIn.flatMap((doc, i) => [
            i === 0 ? "Its quote is in " : ", and in ",
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
      h("p", { class: "kicker" }, "Defence Lens source viewer"),
      h("h1", {}, title),
      alert === false ? h("p", { class: "intro" }, ...detail) : h("p", { class: "problem", role: "alert" }, ...detail),
    ),
    h(
      "nav",
      { class: "documents", "aria-labelledby": "documents-title" },
      h("h2", { id: "documents-title" }, `The source documents (${fb.documents.length})`),
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
              `${documentDate(d)} · ${RELIABILITY_LABEL[d.reliability]} · ${claimsOf(d.id)} claim${claimsOf(d.id) === 1 ? "" : "s"} quoted · ${d.origin}`,
            ),
          ),
        ),
      ),
    ),
  ];
}
