// The language of a text, for a page that does not declare its own: franc (trigram profiles), asked to choose among
// the languages of language-codes.ts only. It runs in the background (entrypoints/background.ts), which builds its
// tables once: in the content script that would cost milliseconds on every page.
import { franc } from "franc";
import { DETECTED, type PageLanguage } from "./language-codes";

/** Below this many letters a guess is no better than none. */
const MIN_TEXT = 40;

const OURS: Record<string, PageLanguage> = { eng: "en", fra: "fr", ekk: "et" };

/**
 * The language a text is written in: English, French, Estonian, "other" for another language franc tells (Finnish,
 * German…), or undefined when the text is too short or franc cannot tell. Reads the first 2,048 characters.
 */
export function detectLanguage(text: string): PageLanguage | undefined {
  const code = franc(text, { only: DETECTED, minLength: MIN_TEXT });
  if (code === "und") return undefined;
  return OURS[code] ?? "other";
}
