// The hover card's behaviour on the page: intent delay, grace period, Escape, keyboard focus, one card at a time,
// following WAI-ARIA's tooltip pattern and WCAG 1.4.13 (hoverable, dismissible, persistent). What the card says
// comes from the caller; the card itself lives in a shadow root, out of reach of the page's CSS.
import { autoUpdate, computePosition, flip, inline, offset, shift } from "@floating-ui/dom";
import cardCss from "../ui/card.css?inline";
import { registerOwnTag } from "./collect";
import { isDarkBehind } from "./theme";

export const CARD_TAG = "defence-lens-card";
export const CARD_ID = "defence-lens-card";
registerOwnTag(CARD_TAG);

export interface HoverOptions {
  /** The highlights that have a card, as a selector. */
  selector: string;
  render: (target: Element) => Node[];
  showDelayMs?: number;
  hideDelayMs?: number;
}

export class HoverCard {
  private readonly doc: Document;
  private readonly opts: Required<HoverOptions>;
  private host: HTMLElement | null = null;
  private card: HTMLElement | null = null;
  private target: Element | null = null;
  /** Dismissed with Escape: stays closed until the pointer or focus moves to another highlight. */
  private dismissed: Element | null = null;
  private showTimer: ReturnType<typeof setTimeout> | undefined;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  private stopFollowing: (() => void) | undefined;
  private attached = false;

  constructor(doc: Document, options: HoverOptions) {
    this.doc = doc;
    this.opts = { showDelayMs: 200, hideDelayMs: 300, ...options };
  }

  attach(): void {
    if (this.attached) return;
    this.attached = true;
    for (const [type, listener] of this.listeners()) this.doc.addEventListener(type, listener, true);
  }

  /** The document-wide listeners, in capture: one list, so that attaching and detaching cannot drift apart. */
  private listeners(): [string, EventListener][] {
    return [
      ["pointerover", this.onPointerOver],
      ["pointerout", this.onPointerOut],
      ["focusin", this.onFocusIn],
      ["focusout", this.onFocusOut],
      ["keydown", this.onKeyDown as EventListener],
    ];
  }

  detach(): void {
    if (!this.attached) return;
    this.attached = false;
    for (const [type, listener] of this.listeners()) this.doc.removeEventListener(type, listener, true);
    this.hide();
    this.host?.remove();
    this.host = null;
    this.card = null;
  }

  /** The highlight the card is showing for, if any. */
  get current(): Element | null {
    return this.target;
  }

  private highlightOf(node: EventTarget | null): Element | null {
    return node instanceof Element ? node.closest(this.opts.selector) : null;
  }

  private readonly onPointerOver = (event: Event): void => {
    if (event.target === this.host) {
      clearTimeout(this.hideTimer);
      return;
    }
    const mark = this.highlightOf(event.target);
    if (!mark) return;
    clearTimeout(this.hideTimer);
    if (mark === this.target || mark === this.dismissed) {
      clearTimeout(this.showTimer);
      return;
    }
    // Sweeping across names restarts the delay: only where the pointer rests gets a card, nothing queues.
    clearTimeout(this.showTimer);
    this.showTimer = setTimeout(() => this.show(mark), this.opts.showDelayMs);
  };

  private readonly onPointerOut = (event: Event): void => {
    const from = event.target === this.host ? this.host : this.highlightOf(event.target);
    if (!from) return;
    const to = (event as PointerEvent).relatedTarget;
    if (to instanceof Node && (from.contains(to) || to === this.host)) return;
    if (from === this.dismissed) this.dismissed = null;
    clearTimeout(this.showTimer);
    if (this.target) this.scheduleHide();
  };

  private readonly onFocusIn = (event: Event): void => {
    const mark = this.highlightOf(event.target);
    if (!mark) return;
    clearTimeout(this.showTimer);
    clearTimeout(this.hideTimer);
    this.dismissed = null;
    this.show(mark);
  };

  private readonly onFocusOut = (event: Event): void => {
    if (this.highlightOf(event.target) === this.target) this.scheduleHide();
  };

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== "Escape" || !this.target) return;
    this.dismissed = this.target;
    this.hide();
  };

  private scheduleHide(): void {
    clearTimeout(this.hideTimer);
    this.hideTimer = setTimeout(() => this.hide(), this.opts.hideDelayMs);
  }

  private ensureHost(): HTMLElement {
    if (this.host?.isConnected && this.card) return this.card;
    const host = this.doc.createElement(CARD_TAG);
    host.id = CARD_ID;
    host.setAttribute("role", "tooltip");
    const root = host.attachShadow({ mode: "open" });
    const style = this.doc.createElement("style");
    style.textContent = cardCss;
    const card = this.doc.createElement("div");
    card.className = "card";
    card.hidden = true;
    root.append(style, card);
    this.doc.documentElement.append(host);
    this.host = host;
    this.card = card;
    return card;
  }

  show(mark: Element): void {
    if (!mark.isConnected) return;
    const card = this.ensureHost();
    this.target?.removeAttribute("aria-describedby");
    this.stopFollowing?.();
    this.target = mark;
    card.replaceChildren(...this.opts.render(mark));
    card.dataset.theme = isDarkBehind(mark) ? "dark" : "light";
    card.hidden = false;
    mark.setAttribute("aria-describedby", CARD_ID);
    const place = () =>
      computePosition(mark, card, {
        strategy: "fixed",
        placement: "bottom-start",
        middleware: [inline(), offset(6), flip({ padding: 8 }), shift({ padding: 8 })],
      }).then(({ x, y }) => {
        card.style.left = `${x}px`;
        card.style.top = `${y}px`;
      });
    this.stopFollowing = autoUpdate(mark, card, () => void place());
  }

  hide(): void {
    clearTimeout(this.showTimer);
    clearTimeout(this.hideTimer);
    this.stopFollowing?.();
    this.stopFollowing = undefined;
    this.target?.removeAttribute("aria-describedby");
    this.target = null;
    if (this.card) {
      this.card.hidden = true;
      this.card.replaceChildren();
    }
  }
}
