// The claim reader as the content script gets it. In Chrome: a module of the extension's own, built apart from the
// content script (wxt.config.ts) and imported on the first block a page reads for claims; bundled into the content
// script, its ~80 KB (chrono-node for the most part) were compiled on every page, most of which name nothing. In
// Firefox it stays in the content script: Mozilla's review rules refuse a content script that imports a module by a
// computed address (`web-ext lint`: UNSAFE_VAR_ASSIGNMENT), and a content script can only reach its extension's files
// by one.
import { browser } from "wxt/browser";
import type { FactBase } from "../facts/types";
import type { ClaimReader } from "../match/claim-reader";
import { CLAIM_READER_FILE } from "./module-files";

/** Loads the claim reader and builds it for `fb`. Rejects if the module cannot be loaded (the caller reads no claims). */
export async function loadClaimReader(fb: FactBase): Promise<ClaimReader> {
  if (import.meta.env.FIREFOX) return (await import("../match/claim-reader")).claimReader(fb);
  // Written by the build hook, not a file of public/: WXT's typed paths do not know it.
  const url = (browser.runtime.getURL as (path: string) => string)(`/${CLAIM_READER_FILE}`);
  const module = (await import(/* @vite-ignore */ url)) as { claimReader: (fb: FactBase) => ClaimReader };
  return module.claimReader(fb);
}
