// What the content script loads once the page may name something: the page session and its views. In Chrome it is a
// module of its own (see session-loader.ts), so that a page that names nothing compiles none of it.
import type { FactBase } from "../facts/types";
import { type Language, setLanguage } from "../i18n";
import { PageSession, type SessionOptions, type SessionViews } from "../page/session";
import type { CardFeedback } from "../ui/card-feedback";
import type { OpenSource } from "../ui/entity-card";
import { sessionViews } from "../ui/session-views";

/**
 * A page session for `doc`, with the views of the fact base `fb` reads (cards and panel lines, each quote's "Read in
 * the source" through `open`; each entity card's corrections through `feedback`): read the first time a card is to
 * show or the panel opens, for a page draws its names without it. `options` as for `PageSession`, less the views.
 */
export function startSession(
  doc: Document,
  fb: () => Promise<FactBase>,
  open: OpenSource,
  options: Omit<SessionOptions, "views" | "prepareViews">,
  feedback?: CardFeedback,
): PageSession {
  let views: SessionViews | undefined;
  let reading: Promise<void> | undefined;
  const prepareViews = () => {
    reading ??= fb().then((read) => {
      views = sessionViews(read, open, undefined, feedback);
    });
    // Failed (the extension reloaded meanwhile): asked again next time.
    reading.catch(() => {
      reading = undefined;
    });
    return reading;
  };
  // The session asks for a view only once `prepareViews` has resolved.
  const ready = new Proxy({} as SessionViews, {
    get: (_, key) => {
      if (!views) throw new Error("Defence Lens: a view was asked for before the fact base was read");
      return Reflect.get(views, key);
    },
  });
  return new PageSession(doc, { ...options, views: ready, prepareViews });
}

/**
 * Sets the language of this module's cards and panel (in Chrome the module has its own copy of src/i18n, apart from
 * the content script's): from the next card or panel opened on.
 */
export function setViewsLanguage(lang: Language): void {
  setLanguage(lang);
}

export type { PageSession };
