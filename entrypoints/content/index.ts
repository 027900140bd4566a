// The content script: wires the fact base, the matcher, the page annotator, the hover card and the settings.
import "~/assets/highlights.css";
import { browser } from "wxt/browser";
import type { ContentScriptContext } from "wxt/utils/content-script-context";
import { defineContentScript } from "wxt/utils/define-content-script";
import { compiledAliases, FACT_BASE_VERSION } from "~/src/facts";
import { readFactBase } from "~/src/facts/storage";
import { type Automaton, mayName, precompiledAutomaton } from "~/src/match";
import { buildClaimIndex } from "~/src/match/claims";
import { isToContent, type ToBackground, type ToContent } from "~/src/messages";
import { Annotator } from "~/src/page/annotator";
import { CLAIM_TAG } from "~/src/page/claims";
import { untilNamed } from "~/src/page/dormant";
import { MARK_TAG } from "~/src/page/highlight";
import { HoverCard } from "~/src/page/hover";
import { reveal, summarise } from "~/src/page/summary";
import { isActiveOn, type Settings, shownCategories } from "~/src/settings/model";
import { readSettings, watchSettings } from "~/src/settings/read";
import { claimCard } from "~/src/ui/claim-card";
import { entityCard } from "~/src/ui/entity-card";

/** Tells the background (the badge) and an open popup how many entities are highlighted now: at most every 250 ms. */
let reportDue: ReturnType<typeof setTimeout> | undefined;
function report(annotator: Annotator): void {
  if (reportDue !== undefined) return;
  reportDue = setTimeout(() => {
    reportDue = undefined;
    const count = new Set(annotator.marks().map((m) => m.getAttribute("data-entity"))).size;
    const message: ToBackground = { type: "badge", count };
    browser.runtime.sendMessage(message).catch(() => {
      // No listener (the background is starting): the next pass reports again.
    });
  }, 250);
}

/** The annotator and its hover card, set up once the page may name something, with the settings of that moment. */
async function annotate(automaton: Automaton, ctx: ContentScriptContext, settings: () => Settings) {
  const factBase = await readFactBase(FACT_BASE_VERSION);
  const categoryOf = new Map(factBase.entities.map((e) => [e.id, e.category]));
  const annotator: Annotator = new Annotator(document, {
    automaton,
    categoryOf: (id) => categoryOf.get(id),
    claims: () => buildClaimIndex(factBase),
    onPass: () => report(annotator),
  });
  const card = new HoverCard(document, {
    selector: `${MARK_TAG}, ${CLAIM_TAG}`,
    render: (el) => {
      if (el.localName === CLAIM_TAG) {
        const found = annotator.claimOf(el);
        return found ? claimCard(factBase, found.verdict, found.text) : [];
      }
      const id = el.getAttribute("data-entity") ?? "";
      return entityCard(factBase, id, annotator.mentions(id));
    },
  });
  ctx.onInvalidated(() => {
    card.detach();
    annotator.detach();
  });
  const page = {
    apply(s: Settings): Promise<void> {
      const active = isActiveOn(s, location.hostname);
      if (active) card.attach();
      else card.detach();
      return annotator.apply({ active, categories: shownCategories(s), claims: s.show.claims });
    },
    answer(message: ToContent): Promise<unknown> {
      if (message.type === "reveal") return Promise.resolve(reveal(document, message.entity));
      return annotator.complete().then(() => summarise(document, annotator));
    },
  };
  // Applied here rather than by whoever woke the page: a popup's question, answered next, needs the annotator on.
  page.apply(settings()).catch((error: unknown) => console.warn("Defence Lens could not annotate this page:", error));
  return page;
}

export default defineContentScript({
  matches: ["http://*/*", "https://*/*"],
  runAt: "document_idle",
  // WXT's old way of telling a newer copy of the script that it started: a window.postMessage every page's own scripts
  // can read (it names the extension), which took ~7 ms of our ~10 ms start-up here. Its custom event does the job.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    const automaton = precompiledAutomaton(compiledAliases);
    let settings = await readSettings();
    let page: ReturnType<typeof annotate> | undefined;
    const awake = () => {
      page ??= annotate(automaton, ctx, () => settings);
      return page;
    };
    const failed = (error: unknown) => console.warn("Defence Lens could not read its fact base:", error);
    // A page that names nothing gets no annotator until it may (see dormant.ts); one switched off needs none either.
    const dormant = isActiveOn(settings, location.hostname)
      ? untilNamed(document, (text) => mayName(automaton, text))
      : undefined;
    // A response sent later with `sendResponse` (and `true` returned), which Chrome and Firefox both support.
    browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
      if (!isToContent(message)) return;
      dormant?.wake();
      awake()
        .then((p) => p.answer(message))
        .then(sendResponse, () => sendResponse(null));
      return true;
    });
    const unwatch = watchSettings((next) => {
      const turned = isActiveOn(next, location.hostname) !== isActiveOn(settings, location.hostname);
      settings = next;
      if (page) {
        page.then((p) => p.apply(next)).catch(failed);
      } else if (turned) {
        // While the page names nothing, only switching it off (or on) here matters: the annotator made now applies
        // the settings of this moment.
        dormant?.wake();
        awake().catch(failed);
      }
    });
    ctx.onInvalidated(() => {
      unwatch();
      dormant?.stop();
    });
    await dormant?.named;
    if (ctx.isInvalid) return;
    await awake().catch(failed);
  },
});
