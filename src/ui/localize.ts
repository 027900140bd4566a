// The words written in an extension page's HTML (its title, headings, fixed lines), put in the reader's language:
// each element carries its message's key in `data-i18n` (its text) or `data-i18n-aria-label` (its accessible name).
import { type PlainKey, t } from "../i18n";

/** Fills every `[data-i18n]` element's text and `[data-i18n-aria-label]` element's name in `doc`, and its title. */
export function localizePage(doc: Document): void {
  for (const el of doc.querySelectorAll<HTMLElement>("[data-i18n]")) el.textContent = t(el.dataset.i18n as PlainKey);
  for (const el of doc.querySelectorAll<HTMLElement>("[data-i18n-aria-label]"))
    el.setAttribute("aria-label", t(el.dataset.i18nAriaLabel as PlainKey));
}
