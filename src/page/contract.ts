// The page contract (DESIGN.md, "The page contract"): the names tests, the benchmark and anyone scripting the
// extension rely on. Nothing else of the extension is visible in the page's DOM.
import type { Category, SupportLevel } from "../facts/types";

/** `<html data-defence-lens="working|ready|off">`: the only change the extension makes to the page's own nodes. */
export const STATE_ATTRIBUTE = "data-defence-lens";
export type PageState = "working" | "ready" | "off";

/** The page's state as the extension last set it (null before it set any). */
export function pageState(doc: Document): string | null {
  return doc.documentElement.getAttribute(STATE_ATTRIBUTE);
}

/** Sets the page's state: the one change the extension makes to the page's own nodes. */
export function setPageState(doc: Document, state: PageState): void {
  doc.documentElement.setAttribute(STATE_ATTRIBUTE, state);
}

/** Every highlight name of the extension starts with this; switching off clears them all. */
export const HIGHLIGHT_PREFIX = "defence-lens-";

/** `defence-lens-<category>`: one `StaticRange` per mention, covering exactly the matched text. */
export function entityHighlight(category: Category): string {
  return `${HIGHLIGHT_PREFIX}${category}`;
}

export type ClaimStatus = "match" | "conflict";

/**
 * `defence-lens-claim-match` or `defence-lens-claim-conflict`, with the support level as a suffix when the claim is not
 * corroborated (`defence-lens-claim-conflict-unverified`): one range per claim clause.
 */
export function claimHighlight(status: ClaimStatus, support: SupportLevel): string {
  const base = `${HIGHLIGHT_PREFIX}claim-${status}`;
  return support === "corroborated" ? base : `${base}-${support}`;
}

/** A short-lived highlight on a mention the reader asked to see (from the popup or the panel). */
export const FLASH_HIGHLIGHT = `${HIGHLIGHT_PREFIX}flash`;

/** The host of the card or the panel: the only element the extension adds, and only while one is open. */
export const CARD_TAG = "defence-lens-card";
export const PANEL_TAG = "defence-lens-panel";
