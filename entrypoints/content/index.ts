// The content script: wires the fact base, the matcher, the page annotator and the settings together.
import "~/assets/highlights.css";
import { defineContentScript } from "wxt/utils/define-content-script";
import { factBase } from "~/src/facts";
import { entityAutomaton } from "~/src/match";
import { Annotator } from "~/src/page/annotator";
import { isActiveOn, type Settings, shownCategories } from "~/src/settings/model";
import { loadSettings, watchSettings } from "~/src/settings/storage";

export default defineContentScript({
  matches: ["http://*/*", "https://*/*"],
  runAt: "document_idle",
  async main(ctx) {
    const categoryOf = new Map(factBase.entities.map((e) => [e.id, e.category]));
    const annotator = new Annotator(document, {
      automaton: entityAutomaton(factBase),
      categoryOf: (id) => categoryOf.get(id),
    });
    const apply = (s: Settings) => annotator.apply(isActiveOn(s, location.hostname), shownCategories(s));
    const unwatch = watchSettings(apply);
    ctx.onInvalidated(unwatch);
    await apply(await loadSettings());
  },
});
