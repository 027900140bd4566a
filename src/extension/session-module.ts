// What the content script loads once the page may name something: the page session and its views. In Chrome it is a
// module of its own (see session-loader.ts), so that a page that names nothing compiles none of it.
import type { FactBase } from "../facts/types";
import { type Language, setLanguage } from "../i18n";
import { PageSession, type SessionOptions } from "../page/session";
import type { CardFeedback } from "../ui/card-feedback";
import type { OpenSource } from "../ui/entity-card";
import { sessionViews } from "../ui/session-views";

/**
 * A page session for `doc`, with the views of `fb` (cards and panel lines, each quote's "Read in the source" through
 * `open`; each entity card's corrections through `feedback`). `options` as for `PageSession`, less the views.
 */
export function startSession(
  doc: Document,
  fb: FactBase,
  open: OpenSource,
  options: Omit<SessionOptions, "views" | "factBase">,
  feedback?: CardFeedback,
): PageSession {
  return new PageSession(doc, { ...options, factBase: fb, views: sessionViews(fb, open, undefined, feedback) });
}

/**
 * Sets the language of this module's cards and panel (in Chrome the module has its own copy of src/i18n, apart from
 * the content script's): from the next card or panel opened on.
 */
export function setViewsLanguage(lang: Language): void {
  setLanguage(lang);
}

export type { PageSession };
