// Hover and touch without elements: one passive pointer listener hit-tests the point against the highlights' ranges
// (`caretPositionFromPoint`, then the range's own client rects, so that a point beside the text is no hit), with
// the intent and grace delays of WAI-ARIA's tooltip pattern and WCAG 1.4.13 (hoverable, dismissible, persistent).
import type { Card, CardTarget } from "./card";
import { PANEL_TAG } from "./contract";
import { liveRange } from "./text-range";

export interface PointerOptions {
  /** The highlight at a point of the page's text, if any. */
  targetAt(node: Node, offset: number): CardTarget | undefined;
  showDelayMs?: number;
  hideDelayMs?: number;
  /** Run before a card shows (what it is drawn from read, once); a card shows once it resolves, none if it rejects. */
  beforeShow?: () => Promise<void>;
}

interface CaretDocument {
  caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?(x: number, y: number): Range | null;
}

/** The text position under a point of the viewport, if the browser can tell. */
function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as unknown as CaretDocument;
  if (d.caretPositionFromPoint) {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = d.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

/** Is the point over the range's text itself (its line boxes), not beside it? */
function under(range: AbstractRange, x: number, y: number): boolean {
  const live = liveRange(range);
  if (!live) return false;
  for (const r of live.getClientRects()) if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return true;
  return false;
}

export class PointerCards {
  private readonly opts: Required<Omit<PointerOptions, "beforeShow">> & Pick<PointerOptions, "beforeShow">;
  private showTimer: ReturnType<typeof setTimeout> | undefined;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  /** The highlight the pointer rests on (its card may still be waiting for the intent delay). */
  private over: string | null = null;
  /** Dismissed with Escape: stays closed until the pointer moves to another highlight. */
  private dismissed: string | null = null;
  private frame = 0;
  private last: PointerEvent | null = null;
  private attached = false;

  constructor(
    private readonly doc: Document,
    private readonly card: Card,
    options: PointerOptions,
  ) {
    this.opts = { showDelayMs: 200, hideDelayMs: 300, ...options };
  }

  /** The document-wide listeners: one list, so that attaching and detaching cannot drift apart. */
  private listeners(): [string, EventListener][] {
    return [
      ["pointermove", this.onMove as EventListener],
      ["pointerup", this.onUp as EventListener],
      ["keydown", this.onKey as EventListener],
      ["scroll", this.onScroll],
    ];
  }

  attach(): void {
    if (this.attached) return;
    this.attached = true;
    for (const [type, listener] of this.listeners())
      this.doc.addEventListener(type, listener, { capture: true, passive: true });
  }

  detach(): void {
    if (!this.attached) return;
    this.attached = false;
    for (const [type, listener] of this.listeners()) this.doc.removeEventListener(type, listener, { capture: true });
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.close();
  }

  /** Closes the card now. */
  close(): void {
    clearTimeout(this.showTimer);
    this.cancelHide();
    this.over = null;
    this.card.hide();
  }

  private targetAt(x: number, y: number): CardTarget | undefined {
    const caret = caretAt(this.doc, x, y);
    if (!caret) return undefined;
    // A caret at the end of a name (the pointer on its last letter's right half) is still on it.
    const found = this.opts.targetAt(caret.node, caret.offset);
    return found && under(found.range, x, y) ? found : undefined;
  }

  private onCard(event: Event): boolean {
    const host = this.card.element;
    return host !== null && event.composedPath().includes(host);
  }

  /** Pointer moves are read once a frame: hit-testing every event of a fast mouse would be wasted work. */
  private readonly onMove = (event: PointerEvent): void => {
    if (event.pointerType === "touch") return;
    if (this.onCard(event)) {
      // On the card, what the pointer crossed to reach it (the line below a name, a claim sentence around it) opens
      // nothing: the card stays the one the reader came for.
      this.cancelHide();
      clearTimeout(this.showTimer);
      this.over = this.card.current?.key ?? null;
      return;
    }
    this.last = event;
    if (this.frame === 0) {
      this.frame = requestAnimationFrame(() => {
        this.frame = 0;
        const e = this.last;
        if (e) this.point(e.clientX, e.clientY, this.opts.showDelayMs);
      });
    }
  };

  /** A tap (or a pen's touch) opens the card at once; a tap or a click elsewhere closes it. */
  private readonly onUp = (event: PointerEvent): void => {
    if (this.onCard(event)) return;
    if (event.pointerType !== "mouse") {
      // A tap off a card that holds the focus (moved by "Next mention") closes it, as a click does: a phone has no
      // Escape key.
      if (this.card.isDialog) this.close();
      this.point(event.clientX, event.clientY, 0);
    } else if (this.card.current && !this.targetAt(event.clientX, event.clientY)) this.close();
  };

  private point(x: number, y: number, delay: number): void {
    // A card opened from the panel holds the keyboard's focus: the pointer neither replaces nor hides it.
    if (this.card.isDialog) return;
    const target = this.targetAt(x, y);
    const key = target?.key ?? null;
    // Dismissed with Escape: stays closed while the pointer stays on it.
    if (key !== this.dismissed) this.dismissed = null;
    if (!target) {
      this.over = null;
      clearTimeout(this.showTimer);
      // Off the highlight (and off the card): the card stays a moment, so the pointer can move onto it.
      if (this.card.current) this.scheduleHide();
      return;
    }
    this.cancelHide();
    if (key === this.over) return;
    this.over = key;
    clearTimeout(this.showTimer);
    if (key === this.dismissed || this.card.current?.key === key) return;
    // Sweeping across names restarts the delay: only where the pointer rests gets a card, nothing queues. With a card
    // open, another highlight takes over only once the pointer has rested on it longer than the way to the card
    // takes, slowly: the gap between a name and its card is often another line's text, or the claim sentence the
    // name is in.
    const wait = this.card.current && delay > 0 ? delay + this.opts.hideDelayMs : delay;
    this.showTimer = setTimeout(() => {
      const before = this.opts.beforeShow;
      if (!before) return this.card.show(target);
      // Shown only if the pointer still rests on it once what the card needs is read.
      before().then(
        () => this.over === key && this.card.show(target),
        () => {},
      );
    }, wait);
  }

  /** Hides the card after the grace delay, unless the pointer comes back; once, however often it is asked. */
  private scheduleHide(): void {
    if (this.hideTimer !== undefined) return;
    this.hideTimer = setTimeout(() => {
      this.hideTimer = undefined;
      this.over = null;
      this.card.hide();
    }, this.opts.hideDelayMs);
  }

  private cancelHide(): void {
    clearTimeout(this.hideTimer);
    this.hideTimer = undefined;
  }

  private readonly onKey = (event: KeyboardEvent): void => {
    // A dialog card closes itself on Escape (and gives the focus back).
    if (event.key !== "Escape" || !this.card.current || this.card.isDialog) return;
    // Escape in the panel is the panel's: it closes the card first, then the panel (this listener runs before it).
    if (event.composedPath().some((n) => n instanceof Element && n.localName === PANEL_TAG)) return;
    this.dismissed = this.card.current.key;
    clearTimeout(this.showTimer);
    this.card.hide();
  };

  /** The page scrolled under a resting pointer: what it rests on now may differ. */
  private readonly onScroll = (): void => {
    const e = this.last;
    if (e && this.card.current && this.frame === 0) {
      this.frame = requestAnimationFrame(() => {
        this.frame = 0;
        this.point(e.clientX, e.clientY, this.opts.showDelayMs);
      });
    }
  };
}
