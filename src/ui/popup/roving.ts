// One Tab stop for a list of controls, arrow keys between them (WAI-ARIA's roving tabindex): the popup's claims, its
// name chips, its category switches and its tabs each cost the keyboard one Tab press, however long they are.

/**
 * Makes `items` one Tab stop inside `container`: the item at `active` (else the first) has tabindex 0, the others -1;
 * arrow keys (Up/Left back, Down/Right forward), Home and End move the focus and the stop. `onMove` is told the new
 * item (tabs select theirs on the way). Returns the container.
 */
export function roving<T extends HTMLElement>(
  container: T,
  items: HTMLElement[],
  active = 0,
  onMove?: (item: HTMLElement, index: number) => void,
): T {
  let at = Math.min(Math.max(active, 0), Math.max(items.length - 1, 0));
  items.forEach((item, i) => {
    item.tabIndex = i === at ? 0 : -1;
    // A click (or a focus from elsewhere) moves the stop too, so that Tab comes back to where the reader was.
    item.addEventListener("focus", () => {
      if (i === at) return;
      const before = items[at];
      if (before) before.tabIndex = -1;
      item.tabIndex = 0;
      at = i;
    });
  });
  container.addEventListener("keydown", (event) => {
    const from = items.indexOf(event.target as HTMLElement);
    if (from < 0) return;
    const last = items.length - 1;
    const moves: Record<string, number> = {
      ArrowDown: Math.min(from + 1, last),
      ArrowRight: Math.min(from + 1, last),
      ArrowUp: Math.max(from - 1, 0),
      ArrowLeft: Math.max(from - 1, 0),
      Home: 0,
      End: last,
    };
    const to = moves[event.key];
    if (to === undefined) return;
    event.preventDefault();
    const next = items[to];
    if (!next) return;
    next.focus();
    onMove?.(next, to);
  });
  return container;
}
