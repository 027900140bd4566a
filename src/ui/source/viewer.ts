// The source viewer's page for one address: a bundled document with the quote behind a claim highlighted in place
// and the claim beside it, every quote highlighted when no claim is named, or, for an address it cannot show, what
// is wrong and the list of documents.
import { claimById, documentById } from "../../facts/query";
import { claimsQuoting, quotePieces, quotesIn, spansOf } from "../../facts/quotes";
import type { DocumentMeta, FactBase } from "../../facts/types";
import { h } from "../dom";
import type { SourceAddress } from "../source-address";
import { allQuotesAside, claimAside, claimsNav } from "./claim-view";
import { type AddressProblem, addressProblemView } from "./document-list";
import { documentHeader, documentText } from "./document-view";
import { markAllQuotes, markClaimQuotes } from "./marks";

export interface ViewerContext {
  fb: FactBase;
  /** Each document's full text by id (src/facts/documents.generated.ts). */
  texts: Readonly<Record<string, string>>;
  /** Shows another address (a quote button chose a claim). */
  navigate(address: SourceAddress): void;
}

/** What was shown: the page's title, the address as shown (a claim alone gains its document), what takes the focus. */
export interface Shown {
  title: string;
  address: SourceAddress;
  /** The first highlighted piece of the claim's quote, to scroll to and focus; null when no claim is shown. */
  focus: HTMLElement | null;
  /** The address could not be shown: the page says why and lists the documents. */
  problem: AddressProblem["kind"] | null;
}

const TITLE_SUFFIX = " — Defence Lens";

/** The problem with an address, if it shows no document; otherwise the address as it will be shown. */
export function checkAddress(
  fb: FactBase,
  texts: Readonly<Record<string, string>>,
  address: SourceAddress,
): { problem: AddressProblem } | { address: { doc: string; claim?: string }; doc: DocumentMeta; text: string } {
  const claim = address.claim !== undefined ? claimById(fb, address.claim) : undefined;
  // A claim alone is shown in the first document it quotes.
  const doc = address.doc ?? claim?.evidence[0]?.document;
  if (doc === undefined) return { problem: { kind: "empty" } };
  const text = texts[doc];
  const meta = documentById(fb, doc);
  if (!meta || text === undefined) return { problem: { kind: "unknown-document", doc } };
  if (address.claim === undefined) return { address: { doc }, doc: meta, text };
  if (!claim) return { problem: { kind: "unknown-claim", doc, claim: address.claim } };
  if (!quotesIn(fb, doc, text).some((s) => s.claim === claim.id)) {
    const quotedIn = [...new Set(claim.evidence.map((e) => e.document))].filter((d) => d !== doc);
    return { problem: { kind: "claim-not-in-document", doc, claim: claim.id, quotedIn } };
  }
  return { address: { doc, claim: claim.id }, doc: meta, text };
}

/** Replaces the root's content with the view of an address. */
export function renderSource(root: HTMLElement, ctx: ViewerContext, address: SourceAddress): Shown {
  const { fb, texts } = ctx;
  const checked = checkAddress(fb, texts, address);
  if ("problem" in checked) {
    const [header, list] = addressProblemView(fb, checked.problem);
    root.replaceChildren(h("main", { class: "problem-page" }, header, list));
    return {
      title: `${header?.querySelector("h1")?.textContent ?? "Source"}${TITLE_SUFFIX}`,
      address,
      focus: null,
      problem: checked.problem.kind,
    };
  }
  const { doc, text } = checked;
  const { doc: docId, claim: claimId } = checked.address;
  const spans = quotesIn(fb, docId, text);
  const claimIds = claimsQuoting(spans);
  const body = documentText(text);
  const article = h("article", { "aria-labelledby": "doc-title" }, documentHeader(doc, "doc-title"), body);
  const claim = claimId !== undefined ? claimById(fb, claimId) : undefined;
  let focus: HTMLElement | null = null;
  let side: HTMLElement;
  // Descriptions of the quote buttons (which claim each shows), read by assistive technology, not shown.
  const descriptions = h("div", { hidden: "" });
  if (claim) {
    [focus = null] = markClaimQuotes(body, spansOf(spans, claim.id), "claim-statement");
    side = claimAside(fb, claim, docId);
  } else {
    const ids = new Map(claimIds.map((id, i) => [id, `claim-description-${i}`]));
    for (const [id, descId] of ids)
      descriptions.append(h("p", { id: descId }, `Shows the claim: ${claimById(fb, id)?.statement ?? id}`));
    markAllQuotes(
      body,
      quotePieces(spans),
      (id) => ids.get(id) ?? "",
      (id) => ctx.navigate({ doc: docId, claim: id }),
    );
    side = allQuotesAside(claimIds.length);
  }
  root.replaceChildren(
    h("main", { class: "doc" }, article),
    h("div", { class: "side-column" }, side, claimsNav(fb, docId, claimIds, claim?.id)),
    descriptions,
  );
  root.dataset.mode = claim ? "claim" : "all";
  return { title: `${doc.title}${TITLE_SUFFIX}`, address: checked.address, focus, problem: null };
}
