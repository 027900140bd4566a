// The content script: wires the fact base, the matcher, the page annotator, the hover card and the settings.
import "~/assets/highlights.css";
import { defineContentScript } from "wxt/utils/define-content-script";
import { factBase } from "~/src/facts";
import { entityAutomaton } from "~/src/match";
import { buildClaimIndex } from "~/src/match/claims";
import { Annotator } from "~/src/page/annotator";
import { CLAIM_TAG } from "~/src/page/claims";
import { MARK_TAG } from "~/src/page/highlight";
import { HoverCard } from "~/src/page/hover";
import { isActiveOn, type Settings, shownCategories } from "~/src/settings/model";
import { loadSettings, watchSettings } from "~/src/settings/storage";
import { claimCard } from "~/src/ui/claim-card";
import { entityCard } from "~/src/ui/entity-card";

export default defineContentScript({
  matches: ["http://*/*", "https://*/*"],
  runAt: "document_idle",
  async main(ctx) {
    const categoryOf = new Map(factBase.entities.map((e) => [e.id, e.category]));
    const annotator = new Annotator(document, {
      automaton: entityAutomaton(factBase),
      categoryOf: (id) => categoryOf.get(id),
      claims: () => buildClaimIndex(factBase),
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
    const apply = (s: Settings) => {
      const active = isActiveOn(s, location.hostname);
      if (active) card.attach();
      else card.detach();
      return annotator.apply({ active, categories: shownCategories(s), claims: s.show.claims });
    };
    const unwatch = watchSettings(apply);
    ctx.onInvalidated(() => {
      unwatch();
      card.detach();
    });
    await apply(await loadSettings());
  },
});
