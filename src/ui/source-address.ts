// The source viewer's address: `source.html?doc=<document id>&claim=<claim id>` (the claim is optional). Built and
// read here, the same for the card (through the background), the popup, the export and the viewer itself.

/** The viewer's file in the extension's root. */
export const SOURCE_PAGE = "source.html";

/** What the viewer is asked to show: a document, and optionally the claim whose quote to highlight in it. */
export interface SourceAddress {
  doc?: string;
  claim?: string;
}

/** The query string of an address, without its "?": `doc=…&claim=…`, each value percent-encoded. */
export function sourceQuery(address: SourceAddress): string {
  const params = new URLSearchParams();
  if (address.doc !== undefined) params.set("doc", address.doc);
  if (address.claim !== undefined) params.set("claim", address.claim);
  return params.toString();
}

/** The viewer's path relative to the extension's root: `source.html?doc=…&claim=…`. */
export function sourcePath(doc: string, claim?: string): string {
  return `${SOURCE_PAGE}?${sourceQuery({ doc, ...(claim !== undefined ? { claim } : {}) })}`;
}

/** Reads an address from a query string (with or without its "?"); empty parameters count as absent. */
export function readSourceAddress(search: string): SourceAddress {
  const params = new URLSearchParams(search);
  const doc = params.get("doc") || undefined;
  const claim = params.get("claim") || undefined;
  return { ...(doc ? { doc } : {}), ...(claim ? { claim } : {}) };
}
