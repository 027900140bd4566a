// Whether the page is dark where a highlight sits, so the card can follow it.

function parseRgb(color: string): [number, number, number, number] | null {
  const m = /rgba?\(([\d.]+),?\s*([\d.]+),?\s*([\d.]+)(?:\s*[,/]\s*([\d.]+))?\)/.exec(color);
  if (!m) return null;
  return [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])];
}

function luminance([r, g, b]: [number, number, number, number]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** The first opaque background behind the element decides; with none, the page's colour scheme does. */
export function isDarkBehind(el: Element): boolean {
  const view = el.ownerDocument.defaultView;
  if (!view || !el.isConnected) return false;
  for (let node: Element | null = el; node; node = node.parentElement) {
    const rgb = parseRgb(view.getComputedStyle(node).backgroundColor);
    if (rgb && rgb[3] > 0.5) return luminance(rgb) < 0.2;
  }
  return (
    view.matchMedia("(prefers-color-scheme: dark)").matches &&
    view.getComputedStyle(el.ownerDocument.documentElement).colorScheme.includes("dark")
  );
}
