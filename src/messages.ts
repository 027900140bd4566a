// Messages between the popup, the content script and the background. Types only: each side validates what it gets.
import type { Category } from "./facts/types";
import type { ClaimStatus } from "./match/claims";

export interface PageSummary {
  url: string;
  title: string;
  host: string;
  /** Entities highlighted now, in order of first mention. */
  entities: { id: string; category: Category; count: number }[];
  claims: { claim: string; status: ClaimStatus; sentence: string; differences: string[] }[];
}

export type ToContent = { type: "summary" } | { type: "reveal"; entity: string };
export type ToBackground = { type: "badge"; count: number } | { type: "facts" };

/** The fact base as the background sends and stores it for content scripts (see src/facts/storage.ts). */
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
  return m?.type === "summary" || (m?.type === "reveal" && typeof m.entity === "string");
}

export function isToBackground(message: unknown): message is ToBackground {
  const m = message as { type?: unknown; count?: unknown } | null;
  return (m?.type === "badge" && typeof m.count === "number") || m?.type === "facts";
}
