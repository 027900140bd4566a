// The fact base as content scripts get it: from the extension's storage, where the background keeps a copy of this
// version's. The content script runs on every page, and compiling the fact base's 43 KB of text in its bundle cost
// ~1 ms on each; only a page that names something needs the fact base, and reads it then.
import { browser } from "wxt/browser";
import type { FactBase } from "../facts/types";
import { type FactsReply, isFactsReply, type ToBackground } from "./messages";

const KEY = "factBase";

function stored(items: Record<string, unknown>): FactsReply | null {
  const value = items[KEY];
  return isFactsReply(value) ? value : null;
}

/** In the background: puts this version's fact base in storage, unless it is there already. */
export async function keepFactBaseStored(reply: FactsReply): Promise<void> {
  if (stored(await browser.storage.local.get(KEY))?.version !== reply.version) {
    await browser.storage.local.set({ [KEY]: reply });
  }
}

/**
 * In a content script: the fact base of this version, from storage; asked of the background when storage holds
 * another or none (the extension was just installed or updated, or its data cleared).
 */
export async function readFactBase(version: string): Promise<FactBase> {
  const copy = stored(await browser.storage.local.get(KEY));
  if (copy?.version === version) return JSON.parse(copy.json) as FactBase;
  const ask: ToBackground = { type: "facts" };
  const reply: unknown = await browser.runtime.sendMessage(ask);
  if (!isFactsReply(reply)) throw new Error("the background did not send the fact base");
  return JSON.parse(reply.json) as FactBase;
}
