// The card beside a highlight: a host element with a shadow root (out of reach of the page's CSS), shown as a
// popover in the top layer (above the page's modal dialogs and fullscreen elements), placed with Floating UI, and
// removed from the page as soon as it closes: a closed card leaves nothing in the DOM or the accessibility tree.
import { autoUpdate, computePosition, flip, inline, offset, shift, size } from "@floating-ui/dom";
import cardCss from "../ui/card.css?inline";
import { CARD_TAG } from "./contract";
import { liveRange } from "./text-range";
import { isDarkBehind } from "./theme";

/** Below this viewport width (a phone), the card is a sheet along the bottom edge rather than beside the text. */
const SHEET_BELOW_PX = 480;

/** What a card is for: a range of the page's text, and what the card says about it. */
export interface CardTarget {
  /** Tells two targets apart ("mention:<entity>:<n>", "claim:<id>"). */
  key: string;
  range: AbstractRange;
  /** The card's content: its first two nodes (the name or the verdict) stay in sight, the rest scrolls. */
  render(): Node[];
}

/** Opens a host as a popover where the browser has them (the top layer); elsewhere it is a fixed element on top. */
export function openInTopLayer(host: HTMLElement): void {
  host.setAttribute("popover", "manual");
  const open = (host as HTMLElement & { showPopover?: () => void }).showPopover;
  try {
    open?.call(host);
  } catch {
    // Not connected yet, or popovers unsupported: the host's own fixed position and z-index still show it.
  }
}

export class Card {
  private host: HTMLElement | null = null;
  private stopFollowing: (() => void) | undefined;
  /** The target shown, if any. */
  current: CardTarget | null = null;

  constructor(private readonly doc: Document) {}

  /** The card's host element while it is open (pointer events over it keep it open). */
  get element(): HTMLElement | null {
    return this.host;
  }

  /**
   * Opens the card for a target. `role`: a tooltip for the pointer, a dialog when opened from the panel; `beside`: an
   * element the card must not cover (the panel it was opened from), on the right of the viewport.
   */
  show(target: CardTarget, role: "tooltip" | "dialog" = "tooltip", beside?: Element): void {
    const live = liveRange(target.range);
    this.hide();
    // Its text is gone (the page replaced it while the pointer rested on it), or there is no page to show it in.
    if (!live?.startContainer.parentElement || !this.doc.documentElement) return;
    const host = this.doc.createElement(CARD_TAG);
    host.setAttribute("role", role);
    host.setAttribute("aria-label", "Defence Lens");
    const root = host.attachShadow({ mode: "open" });
    const style = this.doc.createElement("style");
    style.textContent = cardCss;
    const card = this.doc.createElement("div");
    card.className = "card";
    const [first, second, ...rest] = target.render();
    const head = this.doc.createElement("div");
    head.className = "head";
    head.append(...[first, second].filter((n): n is Node => n !== undefined));
    const body = this.doc.createElement("div");
    body.className = "body";
    body.append(...rest);
    // Scrollable with the keyboard when it overflows.
    if (rest.length > 0) body.tabIndex = 0;
    card.append(head, body);
    const parent = live.startContainer.parentElement;
    card.dataset.theme = parent && isDarkBehind(parent) ? "dark" : "light";
    root.append(style, card);
    this.doc.documentElement.append(host);
    openInTopLayer(host);
    this.host = host;
    this.current = target;
    const view = this.doc.defaultView;
    if (view && view.innerWidth < SHEET_BELOW_PX) {
      card.dataset.sheet = "";
      return;
    }
    const reference = {
      getBoundingClientRect: () => live.getBoundingClientRect(),
      getClientRects: () => live.getClientRects(),
      contextElement: parent ?? undefined,
    };
    const rootBoundary = () => {
      const width = Math.min(beside?.getBoundingClientRect().left ?? Number.POSITIVE_INFINITY, view?.innerWidth ?? 0);
      return { x: 0, y: 0, width, height: view?.innerHeight ?? 0 };
    };
    const place = () =>
      computePosition(reference, card, {
        strategy: "fixed",
        placement: "bottom-start",
        middleware: [
          inline(),
          offset(6),
          flip({ padding: 8, rootBoundary: rootBoundary() }),
          shift({ padding: 8, rootBoundary: rootBoundary() }),
          size({
            padding: 8,
            rootBoundary: rootBoundary(),
            apply({ availableHeight }) {
              card.style.maxHeight = `${Math.max(120, Math.floor(availableHeight))}px`;
            },
          }),
        ],
      }).then(({ x, y }) => {
        card.style.left = `${x}px`;
        card.style.top = `${y}px`;
      });
    this.stopFollowing = autoUpdate(reference, card, () => void place());
  }

  hide(): void {
    this.stopFollowing?.();
    this.stopFollowing = undefined;
    this.current = null;
    this.host?.remove();
    this.host = null;
  }
}
