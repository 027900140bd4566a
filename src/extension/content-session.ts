// What the content script does on a page, wired to the browser: the settings, the quiet start (src/page/dormant.ts),
// then the page session (src/page/session.ts) once the page may name something, the popup's questions and the badge.
import { browser } from "wxt/browser";
import type { ContentScriptContext } from "wxt/utils/content-script-context";
import { FACT_BASE_VERSION } from "../facts";
import type { NameFinder } from "../match/name-requests";
import { untilNamed } from "../page/dormant";
import { PageChanges } from "../page/page-changes";
import type { PageSession } from "../page/session";
import { Viewport } from "../page/viewport";
import { feedbackFilter, feedbackKey, isActiveOn, type Settings, shownCategories } from "../settings/model";
import { readFactBase } from "./fact-base-storage";
import { feedbackStorage } from "./feedback-storage";
import { findNamesInBackground, mayNameInBackground, readClaimsInBackground } from "./match-port";
import { isToContent, openSourceTab, reportBadge } from "./messages";
import { readPageLanguage } from "./page-language";
import { loadSessionModule } from "./session-loader";
import { readSettings, watchSettings } from "./settings-read";
import { uiLanguageFor } from "./ui-language";

/** Tells the background (the badge) how many entities are highlighted now: at most every 250 ms. */
let reportDue: ReturnType<typeof setTimeout> | undefined;
function report(session: PageSession): void {
  if (reportDue !== undefined) return;
  reportDue = setTimeout(() => {
    reportDue = undefined;
    reportBadge(session.annotator.highlights.mentionCounts().size);
  }, 250);
}

const display = (s: Settings) => ({
  active: isActiveOn(s, location.hostname),
  categories: shownCategories(s),
  claims: s.show.claims,
  agreements: s.claimUnderline === "all",
  exclude: feedbackFilter(s, location.hostname),
  feedbackKey: feedbackKey(s, location.hostname),
});

/**
 * Runs the extension on this page until `ctx` is invalidated (the extension reloaded or removed): resolves once the
 * page has its session, or straight away on a page that names nothing (it keeps watching) or is switched off.
 */
export async function runOnPage(ctx: ContentScriptContext): Promise<void> {
  /**
   * A request to the background, unless the extension was reloaded or removed meanwhile: asking `ctx` then tells its
   * listeners (the session detaches, its highlights go), and the request fails.
   */
  const live =
    <A extends unknown[], R>(ask: (...request: A) => Promise<R>) =>
    (...request: A): Promise<R> =>
      ctx.isInvalid ? Promise.reject(new Error("Defence Lens was reloaded or removed")) : ask(...request);
  // Found in the background (src/extension/match-service.ts): the page only walks its text and draws the answers.
  const names: NameFinder = { find: live(findNamesInBackground), mayName: live(mayNameInBackground) };
  const changes = new PageChanges(document);
  const viewport = new Viewport(window);
  let settings = await readSettings();
  let session: Promise<PageSession> | undefined;
  /** Sets the session's views' language, once the session module is loaded. */
  let setSessionLanguage: ((lang: ReturnType<typeof uiLanguageFor>) => void) | undefined;
  const awake = () => {
    session ??= Promise.all([readPageLanguage(document), loadSessionModule()]).then(
      ([language, { startSession, setViewsLanguage }]) => {
        setViewsLanguage(uiLanguageFor(settings));
        setSessionLanguage = setViewsLanguage;
        const s = startSession(
          document,
          live(() => readFactBase(FACT_BASE_VERSION)),
          openSourceTab,
          {
            names,
            ...(language ? { language } : {}),
            judgeClaims: live(readClaimsInBackground),
            onPass: (session) => {
              if (!ctx.isInvalid) report(session);
            },
            changes,
            viewport,
          },
          feedbackStorage(location.hostname),
        );
        ctx.onInvalidated(() => s.detach());
        // Applied here rather than by whoever woke the page: a popup's question, answered next, needs it on.
        void s.apply(display(settings));
        return s;
      },
    );
    return session;
  };
  const failed = (error: unknown) => console.warn("Defence Lens could not annotate this page:", error);
  // A page that names nothing gets no session until it may (see dormant.ts); one switched off needs none either.
  const dormant = isActiveOn(settings, location.hostname)
    ? untilNamed(document, (text, apart) => names.mayName({ text, apart }), changes, viewport)
    : undefined;
  browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
    if (!isToContent(message)) return;
    dormant?.wake();
    awake()
      .then((s) => s.answer(message))
      .then(sendResponse, () => sendResponse(null));
    // A response sent later with `sendResponse`, which Chrome and Firefox both support.
    return true;
  });
  const unwatch = watchSettings((next) => {
    const turned = isActiveOn(next, location.hostname) !== isActiveOn(settings, location.hostname);
    settings = next;
    setSessionLanguage?.(uiLanguageFor(next));
    if (session) session.then((s) => s.apply(display(next))).catch(failed);
    else if (turned) {
      dormant?.wake();
      awake().catch(failed);
    }
  });
  ctx.onInvalidated(() => {
    unwatch();
    dormant?.stop();
  });
  await dormant?.named;
  if (!ctx.isInvalid) await awake().catch(failed);
}
