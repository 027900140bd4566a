// The content script: wires the fact base, the matcher, the page annotator, the hover card and the settings.
import "~/assets/highlights.css";
import { defineContentScript } from "wxt/utils/define-content-script";
import { factBase } from "~/src/facts";
import { entityAutomaton } from "~/src/match";
import { Annotator } from "~/src/page/annotator";
import { MARK_TAG } from "~/src/page/highlight";
import { HoverCard } from "~/src/page/hover";
import { isActiveOn, type Settings, shownCategories } from "~/src/settings/model";
import { loadSettings, watchSettings } from "~/src/settings/storage";
import { entityCard } from "~/src/ui/entity-card";

export default defineContentScript({
  matches: ["http://*/*", "https://*/*"],
  runAt: "document_idle",
  async main(ctx) {
    const categoryOf = new Map(factBase.entities.map((e) => [e.id, e.category]));
    const annotator = new Annotator(document, {
      automaton: entityAutomaton(factBase),
      categoryOf: (id) => categoryOf.get(id),
    });
    const card = new HoverCard(document, {
      selector: MARK_TAG,
      render: (el) => {
        const id = el.getAttribute("data-entity") ?? "";
        return entityCard(factBase, id, annotator.mentions(id));
      },
    });
    const apply = (s: Settings) => {
      const active = isActiveOn(s, location.hostname);
      if (active) card.attach();
      else card.detach();
      return annotator.apply(active, shownCategories(s));
    };
    const unwatch = watchSettings(apply);
    ctx.onInvalidated(() => {
      unwatch();
      card.detach();
    });
    await apply(await loadSettings());
  },
});
