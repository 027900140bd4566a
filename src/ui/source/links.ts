// Links between the source viewer's views: ordinary links to `?doc=…&claim=…` (they open in a new tab as any link
// does), which the viewer follows itself on a plain click, as a new entry of the tab's history.

import { h } from "../dom";
import type { SourceAddress } from "../source-address";
import { sourceQuery } from "../source-address";

/** The attribute that tells the viewer's own links from others. */
export const SOURCE_LINK = "data-source-link";

export function sourceLink(address: SourceAddress, ...children: (Node | string)[]): HTMLElement {
  return h("a", { href: `?${sourceQuery(address)}`, [SOURCE_LINK]: "" }, ...children);
}
