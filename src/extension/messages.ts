// Messages between the popup, the content script and the background. Types only: each side validates what it gets.
import type { Category } from "../facts/types";
import type { ClaimStatus } from "../page/contract";

export interface PageSummary {
  url: string;
  title: string;
  host: string;
  /** Entities highlighted now, in order of first mention. */
  entities: { id: string; category: Category; count: number }[];
  /** Claim clauses in reading order, with the name of the highlight each is drawn with. */
  claims: { claim: string; status: ClaimStatus; highlight: string; sentence: string; differences: string[] }[];
}

/** The popup or the background to a tab's content script: its summary, "show me" for an entity, the panel. */
export type ToContent = { type: "summary" } | { type: "reveal"; entity: string } | { type: "panel" };
export type ToBackground = { type: "badge"; count: number } | { type: "facts" };

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
  const m = message as { type?: unknown; entity?: unknown } | null;
  return m?.type === "summary" || m?.type === "panel" || (m?.type === "reveal" && typeof m.entity === "string");
}

export function isToBackground(message: unknown): message is ToBackground {
  const m = message as { type?: unknown; count?: unknown } | null;
  return (m?.type === "badge" && typeof m.count === "number") || m?.type === "facts";
}
