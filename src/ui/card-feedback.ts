// The reader's word on a mention, from its card: "hide this name on this site" and "not this entity here" (these
// words, on this site, are not that entity). Stored by the caller (the content script: the settings, in storage.local),
// applied at once (the highlights go), undone from the card or the options page.
import { t } from "../i18n";
import { h } from "./dom";

/** A mention the card is about: the entity's id and name, and the words the page wrote ("Macron"). */
export interface FeedbackMention {
  entity: string;
  name: string;
  words: string;
}

/** What the buttons ask for; `on` false undoes it. Resolves once stored; rejects if it could not be. */
export interface CardFeedback {
  hideName(mention: FeedbackMention, on: boolean): Promise<void>;
  notThisEntity(mention: FeedbackMention, on: boolean): Promise<void>;
}

/**
 * The card's feedback section for a mention, folded under "Wrong here?", or null without a way to store it (the source
 * viewer).
 */
export function cardFeedback(feedback: CardFeedback | undefined, mention: FeedbackMention): HTMLElement | null {
  if (!feedback) return null;
  const status = h("p", { class: "meta feedback-status", role: "status" });
  const hide = h("button", { type: "button", class: "read-source" }, t("feedback_hide"));
  const notThis = h("button", { type: "button", class: "read-source" }, t("feedback_notThis", { name: mention.name }));
  const buttons = h("p", { class: "feedback-buttons" }, hide, " ", notThis);
  // Folded under its title: in the card's pinned footer, open buttons took a third of a card on a small window.
  const section = h(
    "details",
    { class: "section feedback" },
    h("summary", { class: "section-title" }, t("feedback_title")),
    buttons,
    status,
  );
  const act = async (kind: "hideName" | "notThisEntity", done: string) => {
    try {
      await feedback[kind](mention, true);
    } catch {
      status.textContent = t("feedback_saveFailed");
      return;
    }
    buttons.hidden = true;
    status.textContent = `${done} `;
    const undo = h("button", { type: "button", class: "read-source" }, t("feedback_undo"));
    undo.addEventListener("click", async () => {
      try {
        await feedback[kind](mention, false);
      } catch {
        status.textContent = t("feedback_undoFailed");
        return;
      }
      status.textContent = "";
      buttons.hidden = false;
      hide.focus();
    });
    status.append(undo);
    undo.focus();
  };
  hide.addEventListener("click", () => void act("hideName", t("feedback_hidden", { name: mention.name })));
  notThis.addEventListener(
    "click",
    () => void act("notThisEntity", t("feedback_notTaken", { words: mention.words, name: mention.name })),
  );
  return section;
}
