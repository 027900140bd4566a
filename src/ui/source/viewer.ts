// The source viewer's page for one address: a bundled document with the quote behind a claim highlighted in place
// and the claim beside it, every quote highlighted when no claim is named, or, for an address it cannot show, what
// is wrong and the list of documents.
import { claimById, documentById } from "../../facts/query";
import { claimsQuoting, type QuotePiece, quotePieces, quotesIn, spansOf } from "../../facts/quotes";
import type { DocumentMeta, FactBase } from "../../facts/types";
import { factText, t } from "../../i18n";
import { h } from "../dom";
import { quoteAddress, type SourceAddress } from "../source-address";
import { allQuotesAside, claimAside, claimsNav } from "./claim-view";
import { type AddressProblem, addressProblemView } from "./document-list";
import { documentHeader, documentText } from "./document-view";
import { markAllQuotes, markClaimQuotes } from "./marks";
import { openQuoteMenu } from "./quote-menu";

export interface ViewerContext {
  fb: FactBase;
  /** Each document's full text by id (src/facts/documents.generated.ts). */
  texts: Readonly<Record<string, string>>;
  /** Shows another address (a quote button chose a claim). */
  navigate(address: SourceAddress): void;
}

/**
 * What to put in view when every quote is shown: the first passage of this claim's quotes (the claim the reader comes
 * from, on "Show every quote of this document").
 */
export interface ViewOptions {
  focusClaim?: string;
}

/** What was shown: the page's title, the address as shown (a claim alone gains its document), what takes the focus. */
export interface Shown {
  title: string;
  address: SourceAddress;
  /**
   * What to scroll to and focus: the first highlighted piece of the claim's quote the address names (its first in the
   * document without `quote=`), or with every quote shown the first of `focusClaim`'s; null otherwise.
   */
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
):
  | { problem: AddressProblem }
  | { address: { doc: string; claim?: string; quote?: number }; doc: DocumentMeta; text: string } {
  const claim = address.claim !== undefined ? claimById(fb, address.claim) : undefined;
  // A claim alone is shown in the first document it quotes.
  const doc = address.doc ?? claim?.evidence[0]?.document;
  if (doc === undefined) return { problem: { kind: "empty" } };
  const text = texts[doc];
  const meta = documentById(fb, doc);
  if (!meta || text === undefined) return { problem: { kind: "unknown-document", doc } };
  if (address.claim === undefined) return { address: { doc }, doc: meta, text };
  if (!claim) return { problem: { kind: "unknown-claim", doc, claim: address.claim } };
  const spans = quotesIn(fb, doc, text).filter((s) => s.claim === claim.id);
  if (spans.length === 0) {
    const quotedIn = [...new Set(claim.evidence.map((e) => e.document))].filter((d) => d !== doc);
    return { problem: { kind: "claim-not-in-document", doc, claim: claim.id, quotedIn } };
  }
  // A quote of another document (or none of the claim's) is dropped: the claim's first quote here is shown.
  const asked = address.quote;
  const quote = asked !== undefined && spans.some((s) => s.evidence === asked - 1) ? asked : undefined;
  return { address: { doc, claim: claim.id, ...(quote !== undefined ? { quote } : {}) }, doc: meta, text };
}

/** Replaces the root's content with the view of an address. */
export function renderSource(
  root: HTMLElement,
  ctx: ViewerContext,
  address: SourceAddress,
  options: ViewOptions = {},
): Shown {
  const { fb, texts } = ctx;
  const checked = checkAddress(fb, texts, address);
  if ("problem" in checked) {
    const [header, list] = addressProblemView(fb, checked.problem);
    root.replaceChildren(h("main", { class: "problem-page" }, header, list));
    return {
      title: `${header?.querySelector("h1")?.textContent ?? t("viewer_source")}${TITLE_SUFFIX}`,
      address,
      focus: null,
      problem: checked.problem.kind,
    };
  }
  const { doc, text } = checked;
  const { doc: docId, claim: claimId, quote } = checked.address;
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
    const marked = markClaimQuotes(body, spansOf(spans, claim.id), "claim-statement");
    const chosen = (quote !== undefined && marked.find((m) => m.evidence.includes(quote - 1))) || marked[0];
    focus = chosen?.element ?? null;
    focus?.setAttribute("aria-current", "true");
    side = claimAside(fb, claim, docId, chosen?.evidence[0] ?? 0);
  } else {
    // One description for each set of claims a passage is quoted for (read by assistive technology, not shown).
    const described = new Map<string, string>();
    const describe = (piece: QuotePiece) => {
      const key = piece.claims.join(" ");
      let id = described.get(key);
      if (id === undefined) {
        id = `claim-description-${described.size}`;
        described.set(key, id);
        const statements = piece.claims.map((c) => {
          const claim = claimById(fb, c);
          return claim ? factText(claim.statement, claim.translations) : c;
        });
        descriptions.append(
          h(
            "p",
            { id },
            statements.length === 1
              ? t("viewer_showsClaim", { statement: statements[0] ?? "" })
              : t("viewer_quotedForClaims", { count: statements.length, statements: statements.join("; ") }),
          ),
        );
      }
      return id;
    };
    const firsts = markAllQuotes(body, quotePieces(spans), describe, (piece, element) => {
      const only = piece.claims.length === 1 ? claimById(fb, piece.claims[0] as string) : undefined;
      if (only) ctx.navigate(quoteAddress(only, piece.evidence[0] ?? 0));
      else openQuoteMenu(fb, root, element, piece.claims, piece.evidence);
    });
    if (options.focusClaim !== undefined)
      focus = firsts.find((el) => el.dataset.claims?.split(" ").includes(options.focusClaim as string)) ?? null;
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
