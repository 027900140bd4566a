// The parts of a long text, handed out as the reader nears them: the far parts of a huge page cost nothing until the
// reader gets there. Shared by the annotator (names found near the viewport) and the dormant check (a page that names
// nothing in its first stretch is read further only where the reader goes).
import { isContainer, isSkippedElement } from "./collect";
import { NearViewport } from "./near";
import type { Viewport } from "./viewport";

/**
 * Beyond this many characters of text (some ten screens of prose), a page is read as its blocks come within a screen
 * of the viewport: by the quiet start (dormant.ts), which reads this much of a page whole, and by the annotator.
 * Reading the rest of a long article costs the page's main thread what the reader may never scroll to
 * (docs/benchmark.md). What needs the whole page reads it when asked: the popup's summary, the panel, a card's count.
 */
export const LONG_TEXT = 32_000;

/**
 * Beyond this many characters of text (a short book; no article is that long), only the names near the viewport are
 * drawn, even once found: the browser's cost of drawing grows with every registered range (see Highlights.nearOnly).
 */
export const HUGE_TEXT = 200_000;

/**
 * How many of a container's children are watched at a time, the last of them as the frontier. A page a book long has
 * thousands of blocks, and watching them all costs milliseconds where the reader, at the top, needs the first few.
 */
const AT_A_TIME = 256;
/**
 * The first of them, from a container's start: some screens of prose, what the reader at the top needs. The observer's
 * first report tells of every element watched, each an object the page's script world makes: fewer at the start, and
 * the frontier brings the next AT_A_TIME.
 */
const FIRST_AT_A_TIME = 32;

export interface LongTextHandlers {
  /** Parts (not containers of blocks) that came near the viewport, or all of them when `takeAll` is called. */
  near(parts: Element[]): void;
  /** Text right under a container whose children are being watched: it is read now. */
  text(texts: Text[]): void;
}

export class LongText {
  /** Parts watched until they come near: a part reported twice (a report and `takeAll` crossing) is handed out once. */
  private readonly parts = new Set<Element>();
  private readonly near: NearViewport;
  /** The last child watched so far of each long container: its next children are watched once the reader nears it. */
  private readonly frontier: NearViewport;

  constructor(
    viewport: Viewport,
    private readonly handlers: LongTextHandlers,
  ) {
    // One viewport ahead, above and below: the reader never sees a name before it is highlighted, even paging.
    this.near = new NearViewport(viewport, "near", (elements) => {
      const parts: Element[] = [];
      for (const el of elements) {
        if (!this.parts.delete(el)) continue;
        if (isContainer(el)) this.watchChildren(el);
        else parts.push(el);
      }
      if (parts.length > 0) handlers.near(parts);
    });
    // Reached when the reader nears it or is past it (a jump, a page opened scrolled down).
    this.frontier = new NearViewport(viewport, "reached", (lasts) => {
      for (const last of lasts) if (last.parentElement?.isConnected) this.watchChildren(last.parentElement, last);
    });
  }

  /** Watches the children of `el` (after `last`, a frontier reached), a few hundred at a time. */
  watchChildren(el: Element, last?: Element): void {
    const texts: Text[] = [];
    let watched = 0;
    for (let child = last ? last.nextSibling : el.firstChild; child; child = child.nextSibling) {
      if (
        this.watchChild(child, texts) &&
        ++watched % (last ? AT_A_TIME : FIRST_AT_A_TIME) === 0 &&
        child.nextSibling
      ) {
        this.frontier.watch(child as Element);
        break;
      }
    }
    if (texts.length > 0) this.handlers.text(texts);
  }

  /** A text child is kept for reading, an element child watched: true for an element newly watched. */
  private watchChild(child: ChildNode, texts: Text[]): boolean {
    const part = this.partOf(child, texts);
    if (!part) return false;
    this.parts.add(part);
    this.near.watch(part);
    return true;
  }

  /** A child that is a part not yet handed out or watched; a text child is kept in `texts` for reading instead. */
  private partOf(child: ChildNode, texts: Text[]): Element | null {
    if (child instanceof Text) {
      if (child.length > 1) texts.push(child);
      return null;
    }
    return child instanceof Element && !isSkippedElement(child) && !this.parts.has(child) ? child : null;
  }

  /**
   * A node the page removed: if it was a frontier, its container's children are watched again from the start (those
   * still watched are skipped), or the rest would wait for it forever.
   */
  removed(node: Node, from: Node): void {
    if (this.frontier.forget(node) && from instanceof Element && from.isConnected) this.watchChildren(from);
  }

  /** Every part now, near the viewport or not, each read whole (the popup and the export read the whole page). */
  takeAll(): void {
    const texts: Text[] = [];
    // The children past each frontier are handed out as they are: watching them only to take them back at once would
    // cost an observe and an unobserve each.
    const rest: Element[] = [];
    for (const last of this.frontier.takeAll()) {
      for (let child = last.nextSibling; child; child = child.nextSibling) {
        const part = this.partOf(child, texts);
        if (part) rest.push(part);
      }
    }
    if (texts.length > 0) this.handlers.text(texts);
    const parts = [...this.near.takeAll().filter((el) => this.parts.delete(el)), ...rest];
    if (parts.length > 0) this.handlers.near(parts);
  }

  clear(): void {
    this.near.clear();
    this.frontier.clear();
    this.parts.clear();
  }
}
