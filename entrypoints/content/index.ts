// The content script: wires the settings, the quiet start and the page session (src/page/session.ts) to the browser.
import "~/assets/highlights.css";
import { browser } from "wxt/browser";
import { defineContentScript } from "wxt/utils/define-content-script";
import { loadClaimReader } from "~/src/extension/claim-reader";
import { readFactBase } from "~/src/extension/fact-base-storage";
import { isToContent, reportBadge } from "~/src/extension/messages";
import { readPageLanguage } from "~/src/extension/page-language";
import { readSettings, watchSettings } from "~/src/extension/settings-read";
import { FACT_BASE_VERSION } from "~/src/facts";
import { mayName, precompiledAutomaton } from "~/src/match";
import { compiledAliases } from "~/src/match/aliases.generated";
import { untilNamed } from "~/src/page/dormant";
import { PageSession } from "~/src/page/session";
import { isActiveOn, type Settings, shownCategories } from "~/src/settings/model";
import { sessionViews } from "~/src/ui/session-views";

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
});

export default defineContentScript({
  matches: ["http://*/*", "https://*/*"],
  runAt: "document_idle",
  // WXT's old way of telling a newer copy of the script that it started: a window.postMessage every page's own scripts
  // can read (it names the extension). Its custom event does the job.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    const automaton = precompiledAutomaton(compiledAliases);
    let settings = await readSettings();
    let session: Promise<PageSession> | undefined;
    const awake = () => {
      session ??= Promise.all([readFactBase(FACT_BASE_VERSION), readPageLanguage(document)]).then(
        ([factBase, language]) => {
          const s = new PageSession(document, {
            automaton,
            ...(language ? { language } : {}),
            factBase,
            claimReader: loadClaimReader,
            views: sessionViews(factBase),
            onPass: report,
          });
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
      ? untilNamed(document, (text) => mayName(automaton, text))
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
  },
});
