// Messages between the popup, the content script and the background, each request typed with its reply; each side
// validates what it gets.
import { browser } from "wxt/browser";
import type { Category } from "../facts/types";
import type { ClaimStatus } from "../page/contract";

export interface PageSummary {
  url: string;
  title: string;
  host: string;
  /** Entities highlighted now, in order of first mention. */
  entities: { id: string; category: Category; count: number }[];
  /**
   * Claim clauses in reading order: `id` names the clause on the page (for "show me"), `claim` the fact base's claim,
   * `highlight` the highlight it is drawn with.
   */
  claims: {
    id: string;
    claim: string;
    status: ClaimStatus;
    highlight: string;
    sentence: string;
    differences: string[];
  }[];
}

/**
 * The popup or the background to a tab's content script: its summary; "show me" for an entity (its `index`-th mention
 * in reading order, 0 if absent, counting round) or for a claim clause (its `id` in the summary); the panel.
 */
export type ToContent =
  | { type: "summary" }
  | { type: "reveal"; entity: string; index?: number }
  | { type: "reveal-claim"; id: string }
  | { type: "panel" };
/**
 * A content script to the background: the badge's count, the fact base, a claim's quote to open in the source viewer
 * (a content script cannot open an extension page itself: Chrome blocks a web page's navigation to one that is not
 * web-accessible, and making it so would let every site probe for the extension), or the language of a page's text
 * (a sample of it) for a page that declares none: a `PageLanguage` or null. (Names and claims are asked over a port
 * of their own: match-port.ts.)
 */
export type ToBackground =
  | { type: "badge"; count: number }
  | { type: "facts" }
  | { type: "source"; doc: string; claim?: string; quote?: number }
  | { type: "language"; text: string };

/** What the content script answers to each request: the summary, whether a mention was shown, the panel toggled. */
export interface ContentReplies {
  summary: PageSummary;
  reveal: boolean;
  "reveal-claim": boolean;
  panel: boolean;
}
export type ReplyTo<M extends ToContent> = ContentReplies[M["type"]];

/**
 * Asks a tab's content script and returns its reply; null when there is none (no content script on that tab: a
 * browser page, a page opened before the extension was installed) or it failed.
 */
export async function askTab<M extends ToContent>(tab: number | undefined, message: M): Promise<ReplyTo<M> | null> {
  if (tab === undefined) return null;
  try {
    return ((await browser.tabs.sendMessage(tab, message)) as ReplyTo<M> | undefined) ?? null;
  } catch {
    return null;
  }
}

/** Tells the background how many entities the tab highlights (the badge). Fails silently: the next pass tells again. */
export function reportBadge(count: number): void {
  send({ type: "badge", count });
}

/**
 * Sends a message that needs no answer, failing silently: once the extension is reloaded or removed, `sendMessage`
 * throws at once rather than rejecting.
 */
function send(message: ToBackground): void {
  try {
    browser.runtime.sendMessage(message).catch(() => {});
  } catch {
    // The extension is gone: nothing to tell.
  }
}

/**
 * Asks the background to open a document (and a claim's quote in it: see SourceAddress) in the source viewer, in a new
 * tab.
 */
export function openSourceTab(address: { doc?: string; claim?: string; quote?: number }): void {
  if (address.doc === undefined) return;
  const message: ToBackground = {
    type: "source",
    doc: address.doc,
    ...(address.claim !== undefined ? { claim: address.claim } : {}),
    ...(address.quote !== undefined ? { quote: address.quote } : {}),
  };
  send(message);
}

/** The fact base as the background sends and stores it for content scripts (see src/extension/fact-base-storage.ts). */
export interface FactsReply {
  version: string;
  json: string;
}

export function isFactsReply(value: unknown): value is FactsReply {
  const v = value as Partial<FactsReply> | null;
  return typeof v?.version === "string" && typeof v.json === "string";
}

export function isToContent(message: unknown): message is ToContent {
  const m = message as { type?: unknown; entity?: unknown; index?: unknown; id?: unknown } | null;
  return (
    m?.type === "summary" ||
    m?.type === "panel" ||
    (m?.type === "reveal" &&
      typeof m.entity === "string" &&
      (m.index === undefined || (Number.isInteger(m.index) && (m.index as number) >= 0))) ||
    (m?.type === "reveal-claim" && typeof m.id === "string")
  );
}

export function isToBackground(message: unknown): message is ToBackground {
  const m = message as {
    type?: unknown;
    count?: unknown;
    doc?: unknown;
    claim?: unknown;
    quote?: unknown;
    text?: unknown;
  } | null;
  return (
    (m?.type === "badge" && typeof m.count === "number") ||
    m?.type === "facts" ||
    (m?.type === "source" &&
      typeof m.doc === "string" &&
      (m.claim === undefined || typeof m.claim === "string") &&
      (m.quote === undefined || Number.isInteger(m.quote))) ||
    (m?.type === "language" && typeof m.text === "string")
  );
}
