// The page session as the content script gets it. In Chrome: a module of the extension's own, built apart from the
// content script (wxt.config.ts) and imported once the page may name something; bundled into the content script, its
// code (the annotator, cards, panel, Floating UI) was compiled on every page, most of which name nothing, and
// compiling was most of the quiet start's cost (docs/benchmark.md). In Firefox it stays in the content script:
// Mozilla's review rules refuse a content script that imports a module by a computed address (`web-ext lint`:
// UNSAFE_VAR_ASSIGNMENT), and a content script can only reach its extension's files by one.
import { browser } from "wxt/browser";
import { SESSION_MODULE_FILE } from "./module-files";

type SessionModule = typeof import("./session-module");

/** Loads the session module. Rejects if it cannot be loaded (the page is then left as it is). */
export async function loadSessionModule(): Promise<SessionModule> {
  if (import.meta.env.FIREFOX) return import("./session-module");
  // Written by the build hook, not a file of public/: WXT's typed paths do not know it.
  const url = (browser.runtime.getURL as (path: string) => string)(`/${SESSION_MODULE_FILE}`);
  return (await import(/* @vite-ignore */ url)) as SessionModule;
}
