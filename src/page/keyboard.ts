// Keyboard access to highlights: the first mention of each entity (and each claim sentence) is a tab stop, so a
// reader without a mouse can move from name to name and open its card, without the page gaining hundreds of stops.

/** Elements that are, or hold, something focusable already: a tabindex inside them would nest focus targets. */
const INTERACTIVE =
  "a[href], button, input, select, textarea, label, summary, [role=button], [role=link], [tabindex]:not(defence-lens-claim)";

/**
 * The tab stops, kept up to date from the highlights each pass creates: a key keeps its stop while that element is
 * in the page, so a pass costs in proportion to what it added, not to all the highlights of the page.
 */
export class TabStops {
  private readonly stops = new Map<string, Element>();

  constructor(private readonly keyOf: (el: Element) => string | null) {}

  add(elements: Iterable<Element>): void {
    for (const el of elements) {
      const key = this.keyOf(el);
      if (key === null || !el.isConnected) continue;
      const current = this.stops.get(key);
      if (current?.isConnected) continue;
      if (el.parentElement?.closest(INTERACTIVE)) continue;
      el.setAttribute("tabindex", "0");
      this.stops.set(key, el);
    }
  }

  clear(): void {
    this.stops.clear();
  }
}
