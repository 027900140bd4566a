// The page's language for the content script: what the page declares, else what the background's detector reads in
// a sample of its text (asked only of pages that name something, once).
import { browser } from "wxt/browser";
import { languageOfTag, type PageLanguage } from "../match/language-codes";
import { declaredLanguage, languageSample } from "../page/language";
import type { ToBackground } from "./messages";

/** The document's language, or undefined when it declares none and the background cannot tell (or does not answer). */
export async function readPageLanguage(doc: Document): Promise<PageLanguage | undefined> {
  const declared = declaredLanguage(doc);
  if (declared) return declared;
  const message: ToBackground = { type: "language", text: languageSample(doc) };
  try {
    const reply: unknown = await browser.runtime.sendMessage(message);
    return typeof reply === "string" ? (reply === "other" ? "other" : languageOfTag(reply)) : undefined;
  } catch {
    return undefined;
  }
}
