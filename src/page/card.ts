// The card beside a highlight: a host element with a shadow root (out of reach of the page's CSS), shown as a
// popover in the top layer (above the page's modal dialogs and fullscreen elements), placed with Floating UI, and
// removed from the page as soon as it closes: a closed card leaves nothing in the DOM or the accessibility tree.
import { autoUpdate, computePosition, flip, inline, offset, shift, size } from "@floating-ui/dom";
import cardCss from "../ui/card.css?inline";
import categoryMarkCss from "../ui/category-mark.css?inline";
import { CARD_TAG } from "./contract";
import { liveRange } from "./text-range";
import { isDarkBehind } from "./theme";

/** Below this viewport width (a phone), the card is a sheet along the bottom edge rather than beside the text. */
const SHEET_BELOW_PX = 480;

/** A sheet takes at most this share of the viewport's height. */
const SHEET_SHARE = 0.6;

/**
 * Places a sheet along the bottom edge, or along the top when the text it is about is in the lower half, so that it
 * never covers that text; never taller than the space on its side (but 160 px at least, to be read at all).
 */
function placeSheet(card: HTMLElement, text: DOMRect, view: Window): void {
  const height = view.innerHeight;
  const atTop = text.top + text.height / 2 > height / 2;
  const space = atTop ? text.top - 8 : height - text.bottom - 8;
  card.dataset.sheet = atTop ? "top" : "bottom";
  card.style.maxHeight = `${Math.floor(Math.min(height * SHEET_SHARE, Math.max(160, space)))}px`;
}

/** What a card is for: a range of the page's text, and what the card says about it. */
export interface CardTarget {
  /** Tells two targets apart ("mention:<entity>:<n>", "claim:<id>"). */
  key: string;
  range: AbstractRange;
  /** The card's content: its first two nodes (the name or the verdict) stay in sight, the rest scrolls. */
  render(): Node[];
  /**
   * Controls pinned at the card's foot, below the part that scrolls (feedback on the mention, say); none if absent or
   * empty.
   */
  actions?(): Node[];
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

/** What a card's keyboard reaches inside its shadow root, in order. */
const FOCUSABLE = 'button, a[href], summary, [tabindex="0"]';

export class Card {
  private host: HTMLElement | null = null;
  private stopFollowing: (() => void) | undefined;
  /** Where the focus goes back to when a card that took it closes (the panel's item it was opened from). */
  private returnFocus: HTMLElement | null = null;
  /** What the open card must not cover (the panel it was opened from). */
  private beside: Element | undefined;
  /** The target shown, if any. */
  current: CardTarget | null = null;

  constructor(private readonly doc: Document) {}

  /** The card's host element while it is open (pointer events over it keep it open). */
  get element(): HTMLElement | null {
    return this.host;
  }

  /** Is the open card a dialog (opened from the panel, holding the focus), rather than the pointer's tooltip? */
  get isDialog(): boolean {
    return this.host?.getAttribute("role") === "dialog";
  }

  /**
   * Opens the card for a target. `role`: a tooltip for the pointer, which never takes the focus; a dialog when opened
   * from the panel: non-modal, named by its heading, it takes the focus, Tab and Shift+Tab go round its controls, and
   * Escape closes it and gives the focus back to `returnTo` (the panel's item). `beside`: an element the card must not
   * cover (the panel it was opened from), on the right of the viewport.
   */
  show(target: CardTarget, role: "tooltip" | "dialog" = "tooltip", beside?: Element, returnTo?: HTMLElement): void {
    const live = liveRange(target.range);
    this.hide();
    // Its text is gone (the page replaced it while the pointer rested on it), or there is no page to show it in.
    if (!live?.startContainer.parentElement || !this.doc.documentElement) return;
    const host = this.doc.createElement(CARD_TAG);
    host.setAttribute("role", role);
    const root = host.attachShadow({ mode: "open" });
    const style = this.doc.createElement("style");
    style.textContent = cardCss + categoryMarkCss;
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
    const actions = target.actions?.() ?? [];
    if (actions.length > 0) {
      const foot = this.doc.createElement("div");
      foot.className = "foot";
      foot.append(...actions);
      card.append(foot);
    }
    const parent = live.startContainer.parentElement;
    card.dataset.theme = parent && isDarkBehind(parent) ? "dark" : "light";
    root.append(style, card);
    // Named on the host itself (an id inside the shadow root cannot be referred to from outside): by its heading.
    const heading = head.querySelector("h2")?.textContent?.trim();
    host.setAttribute("aria-label", heading ? `Defence Lens: ${heading}` : "Defence Lens");
    this.doc.documentElement.append(host);
    openInTopLayer(host);
    this.host = host;
    this.current = target;
    this.beside = beside;
    if (role === "dialog") this.takeFocus(card, returnTo);
    const view = this.doc.defaultView;
    const reference = {
      getBoundingClientRect: () => live.getBoundingClientRect(),
      getClientRects: () => live.getClientRects(),
      contextElement: parent ?? undefined,
    };
    if (view && view.innerWidth < SHEET_BELOW_PX) {
      card.dataset.sheet = "";
      this.stopFollowing = autoUpdate(reference, card, () => placeSheet(card, live.getBoundingClientRect(), view));
      return;
    }
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

  /**
   * Shows another target in the open card's place (the entity's next mention), as a dialog: the pointer neither
   * replaces nor hides it while the page scrolls under it. It keeps what the card must not cover and where the focus
   * goes back; the focus goes to the element of the new card that `focus` selects (the button pressed), else the card.
   */
  follow(target: CardTarget, focus?: string): void {
    const back = this.returnFocus ?? undefined;
    const beside = this.beside;
    // The card is replaced, not closed: the focus is not given back on the way.
    this.returnFocus = null;
    this.show(target, "dialog", beside, back);
    if (focus) this.host?.shadowRoot?.querySelector<HTMLElement>(focus)?.focus({ preventScroll: true });
  }

  /** The dialog's focus: on the card itself first (read by its name), then round its controls. */
  private takeFocus(card: HTMLElement, returnTo: HTMLElement | undefined): void {
    this.returnFocus = returnTo ?? null;
    card.tabIndex = -1;
    card.addEventListener("keydown", (event) => {
      if (event.key === "Escape") {
        event.preventDefault();
        // The page's own Escape handlers (a modal of its own) are not told.
        event.stopPropagation();
        this.hide();
      } else if (event.key === "Tab") {
        // Round the card's controls: past the last is the first again, never the page behind it.
        event.preventDefault();
        // Only what can take the focus now: a folded section's buttons cannot.
        const stops = [...card.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.checkVisibility());
        const at = stops.indexOf((card.getRootNode() as ShadowRoot).activeElement as HTMLElement);
        const next = event.shiftKey ? (at <= 0 ? stops.length - 1 : at - 1) : (at + 1) % stops.length;
        stops[next]?.focus();
      }
    });
    card.focus({ preventScroll: true });
  }

  /** Draws the pointer's open card again, for what it counts may have changed; a dialog, holding the focus, is left. */
  refresh(): void {
    const target = this.current;
    if (target && !this.isDialog) this.show(target, "tooltip", this.beside);
  }

  hide(): void {
    this.stopFollowing?.();
    this.stopFollowing = undefined;
    this.current = null;
    this.beside = undefined;
    const host = this.host;
    const back = this.returnFocus;
    this.returnFocus = null;
    // A dialog that held the focus gives it back where it came from, rather than to the page's body.
    const focused = host !== null && this.doc.activeElement === host;
    host?.remove();
    this.host = null;
    if (focused && back?.isConnected) back.focus({ preventScroll: true });
  }
}
