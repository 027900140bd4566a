// What the page session shows, in words: the cards and the panel's lines, built from the fact base.
import type { FactBase } from "../facts/types";
import { t } from "../i18n";
import type { ClaimSentence } from "../page/claims";
import type { SessionViews } from "../page/session";
import { type CardFeedback, cardFeedback } from "./card-feedback";
import { claimCard } from "./claim-card";
import { entityCard, type OpenSource } from "./entity-card";
import { categoryLabel, verdictLabel } from "./labels";

const SNIPPET = 90;

function snippet(text: string): string {
  return text.length > SNIPPET ? `${text.slice(0, SNIPPET - 1)}…` : text;
}

/**
 * The session's views; `open` gives every quote on a card a "Read in the source" button; `place` says where a card's
 * mentions are counted ("on this page", or "in this document" in the source viewer); `feedback` gives each entity card
 * its "hide this name" and "not this entity here" buttons (src/ui/card-feedback.ts).
 */
export function sessionViews(
  fb: FactBase,
  open?: OpenSource,
  place?: "page" | "document",
  feedback?: CardFeedback,
): SessionViews {
  const names = new Map(fb.entities.map((e) => [e.id, e.name]));
  return {
    entityCard: (entity, mentions, step) => entityCard(fb, entity, mentions, open, place, step),
    mentionActions: (m) => {
      const words = m.node.data.slice(m.start, m.end);
      const section = cardFeedback(feedback, { entity: m.entity, name: names.get(m.entity) ?? m.entity, words });
      return section ? [section] : [];
    },
    claimCard: (found) => claimCard(fb, found.verdict, found.text, open),
    mentionLabel: (m) => `${names.get(m.entity) ?? m.entity} · ${categoryLabel(m.category).toLowerCase()}`,
    claimLabel: (found: ClaimSentence) =>
      t("panel_claimLine", {
        verdict: verdictLabel(found.verdict.status, found.verdict.claim.support).toLowerCase(),
        sentence: snippet(found.text),
      }),
    // Read when the panel opens, in the language of that moment.
    get panelTitle() {
      return t("panel_title");
    },
    get panelEmpty() {
      return t("panel_empty");
    },
  };
}
