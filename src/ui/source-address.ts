// The source viewer's address: `source.html?doc=<document id>&claim=<claim id>&quote=<n>` (the claim and the quote are
// optional). Built and read here, the same for the card (through the background), the popup, the export and the
// viewer itself.
import type { Claim } from "../facts/types";

/** The viewer's file in the extension's root. */
export const SOURCE_PAGE = "source.html";

/**
 * What the viewer is asked to show: a document, and optionally the claim whose quotes to highlight in it, and which of
 * its quotes to put in view and focus: `quote`, the quote's place in the claim's evidence, from 1 (the side column
 * numbers them so). Without `quote`, the claim's first quote in the document.
 */
export interface SourceAddress {
  doc?: string;
  claim?: string;
  quote?: number;
}

/** The query string of an address, without its "?": `doc=…&claim=…&quote=…`, each value percent-encoded. */
export function sourceQuery(address: SourceAddress): string {
  const params = new URLSearchParams();
  if (address.doc !== undefined) params.set("doc", address.doc);
  if (address.claim !== undefined) params.set("claim", address.claim);
  if (address.claim !== undefined && address.quote !== undefined) params.set("quote", String(address.quote));
  return params.toString();
}

/** The viewer's path relative to the extension's root: `source.html?doc=…&claim=…&quote=…`. */
export function sourcePath(address: SourceAddress): string {
  return `${SOURCE_PAGE}?${sourceQuery(address)}`;
}

/**
 * The address of one quote of a claim: its evidence at `index` (from 0) in its document. `quote` is given only where
 * the claim has more than one quote in that document, so the address of a claim's only quote there stays
 * `?doc=…&claim=…`.
 */
export function quoteAddress(claim: Pick<Claim, "id" | "evidence">, index: number): SourceAddress {
  const doc = claim.evidence[index]?.document;
  if (doc === undefined) return { claim: claim.id };
  const inDoc = claim.evidence.filter((e) => e.document === doc).length;
  return { doc, claim: claim.id, ...(inDoc > 1 ? { quote: index + 1 } : {}) };
}

/**
 * Reads an address from a query string (with or without its "?"); empty parameters count as absent, and so does a
 * `quote` that is not a whole number from 1 (or comes without a claim).
 */
export function readSourceAddress(search: string): SourceAddress {
  const params = new URLSearchParams(search);
  const doc = params.get("doc") || undefined;
  const claim = params.get("claim") || undefined;
  const raw = params.get("quote") ?? "";
  const quote = /^[1-9]\d{0,3}$/.test(raw) ? Number(raw) : undefined;
  return { ...(doc ? { doc } : {}), ...(claim ? { claim } : {}), ...(claim && quote ? { quote } : {}) };
}
