// Keyboard access to highlights: the first mention of each entity is a tab stop, so a reader without a mouse can
// move from name to name and open its card, without the page gaining hundreds of tab stops.

/** Elements that are, or hold, something focusable already: a tabindex inside them would nest focus targets. */
const INTERACTIVE =
  "a[href], button, input, select, textarea, label, summary, [role=button], [role=link], [tabindex]:not(defence-lens-claim)";

export function updateTabStops(doc: Document, selector: string, keyOf: (el: Element) => string | null): void {
  const seen = new Set<string>();
  for (const el of doc.querySelectorAll(selector)) {
    const key = keyOf(el);
    const parent = el.parentElement;
    const eligible = key !== null && !seen.has(key) && !parent?.closest(INTERACTIVE);
    if (eligible) {
      seen.add(key);
      if (el.getAttribute("tabindex") !== "0") el.setAttribute("tabindex", "0");
    } else if (el.hasAttribute("tabindex")) {
      el.removeAttribute("tabindex");
    }
  }
}
