// The annotations panel: the page's mentions and claims in reading order, for keyboard and screen-reader users
// (and anyone who wants the list). Opened by the keyboard command or from the popup; a dialog in the top layer with
// one tab stop and arrow keys between items (roving focus), so the page's own tab order gains nothing.
import type { Category } from "../facts/types";
import { t } from "../i18n";
import cardCss from "../ui/card.css?inline";
import { categoryMark } from "../ui/category-mark";
import categoryMarkCss from "../ui/category-mark.css?inline";
import { h } from "../ui/dom";
import type { CardTarget } from "./card";
import { openInTopLayer } from "./card";
import { PANEL_TAG } from "./contract";
import { isDarkBehind } from "./theme";

export interface PanelItem {
  /** What the item says: "France (country)", "Agrees: Ratas met Macron…". */
  label: string;
  target: CardTarget;
  /** A mention's category: its mark (letter and style) goes before the label. */
  category?: Category;
}

export interface PanelOptions {
  /** The items, in reading order, read when the panel opens. */
  items(): Promise<PanelItem[]>;
  /**
   * Scrolls to an item's text and flashes it, then opens its card beside the panel (its host, given), as a dialog that
   * takes the focus and gives it back to the item's element (`from`) when it closes.
   */
  open(item: PanelItem, panel: Element, from: HTMLElement): void;
  /** Closes the card an item opened, if any: true if there was one. */
  closeCard(): boolean;
  title: string;
  empty: string;
}

const PANEL_CSS = `
.panel { position: fixed; top: 12px; right: 12px; left: auto; width: min(380px, calc(100vw - 24px));
  max-height: calc(100vh - 24px); max-width: none; padding: 0; }
.panel .head { display: flex; align-items: center; justify-content: space-between; gap: 8px; padding: 10px 12px;
  border-bottom: 1px solid var(--line); }
.panel ul { margin: 0; padding: 4px; overflow-y: auto; }
.panel li { margin: 0; padding: 6px 8px; border-radius: 6px; cursor: pointer; }
.panel li:hover { background: var(--quote); }
.panel li:focus-visible, .panel li:focus { outline: 2px solid var(--accent); outline-offset: -2px; }
.panel li .kind { display: block; color: var(--muted); font-size: 12px; }
.panel button { font: inherit; font-size: 13px; color: inherit; background: transparent; border: 1px solid var(--line);
  border-radius: 6px; padding: 2px 8px; cursor: pointer; }
.panel button:focus-visible { outline: 2px solid var(--accent); }
`;

export class Panel {
  private host: HTMLElement | null = null;
  private returnFocus: Element | null = null;
  private items: PanelItem[] = [];
  private nodes: HTMLElement[] = [];
  private active = 0;

  constructor(
    private readonly doc: Document,
    private readonly opts: PanelOptions,
  ) {}

  get isOpen(): boolean {
    return this.host !== null;
  }

  /** Opens the panel (or closes it, when open: the command toggles it). */
  async toggle(): Promise<void> {
    if (this.host) {
      this.close();
      return;
    }
    this.returnFocus = this.doc.activeElement;
    this.items = await this.opts.items();
    this.render();
  }

  private render(): void {
    const doc = this.doc;
    const host = doc.createElement(PANEL_TAG);
    host.setAttribute("role", "dialog");
    // Named on the host itself: an id inside the shadow root cannot be referred to from outside it.
    host.setAttribute("aria-label", this.opts.title);
    const root = host.attachShadow({ mode: "open" });
    const style = doc.createElement("style");
    style.textContent = cardCss + categoryMarkCss + PANEL_CSS;
    const close = h("button", { type: "button", "aria-label": t("panel_close") }, "✕");
    close.addEventListener("click", () => this.close());
    this.nodes = this.items.map((item, i) => {
      const li = h(
        "li",
        { role: "option", tabindex: i === 0 ? "0" : "-1", "aria-selected": "false" },
        item.category ? categoryMark(item.category) : null,
        item.label,
      );
      li.addEventListener("click", () => {
        this.focus(i);
        if (this.host) this.opts.open(item, this.host.shadowRoot?.querySelector(".panel") ?? this.host, li);
      });
      return li;
    });
    const list =
      this.nodes.length > 0
        ? h("ul", { role: "listbox", "aria-label": this.opts.title }, this.nodes)
        : h("p", { class: "meta", style: "padding: 8px 12px" }, this.opts.empty);
    const panel = h(
      "div",
      { class: "card panel" },
      h("div", { class: "head" }, h("h2", { id: "title" }, this.opts.title), close),
      list,
    );
    panel.dataset.theme = isDarkBehind(doc.body ?? doc.documentElement) ? "dark" : "light";
    panel.addEventListener("keydown", this.onKey);
    root.append(style, panel);
    doc.documentElement.append(host);
    openInTopLayer(host);
    this.host = host;
    this.active = 0;
    (this.nodes[0] ?? close).focus();
  }

  private focus(i: number): void {
    const next = this.nodes[i];
    if (!next) return;
    this.nodes[this.active]?.setAttribute("tabindex", "-1");
    this.nodes[this.active]?.setAttribute("aria-selected", "false");
    this.active = i;
    next.setAttribute("tabindex", "0");
    next.setAttribute("aria-selected", "true");
    next.focus();
  }

  private readonly onKey = (event: KeyboardEvent): void => {
    const last = this.nodes.length - 1;
    const moves: Record<string, number> = {
      ArrowDown: Math.min(this.active + 1, last),
      ArrowUp: Math.max(this.active - 1, 0),
      Home: 0,
      End: last,
      PageDown: Math.min(this.active + 10, last),
      PageUp: Math.max(this.active - 10, 0),
    };
    if (event.key in moves) {
      event.preventDefault();
      this.focus(moves[event.key] as number);
    } else if (event.key === "Enter" || event.key === " ") {
      const item = this.items[this.active];
      const node = this.nodes[this.active];
      if (item && node && this.host && event.composedPath()[0] === node) {
        event.preventDefault();
        this.opts.open(item, this.host.shadowRoot?.querySelector(".panel") ?? this.host, node);
      }
    } else if (event.key === "Tab") {
      // Two stops, the list and the close button, and Tab goes between them: the panel stays where the reader is.
      const close = this.host?.shadowRoot?.querySelector("button");
      const onClose = event.composedPath()[0] === close;
      const list = this.nodes[this.active];
      if (close && list) {
        event.preventDefault();
        (onClose ? list : close).focus();
      }
    } else if (event.key === "Escape") {
      event.preventDefault();
      // The page's own Escape handlers (a modal of its own) are not told.
      event.stopPropagation();
      if (!this.opts.closeCard()) this.close();
    }
  };

  close(): void {
    if (!this.host) return;
    this.opts.closeCard();
    this.host.remove();
    this.host = null;
    this.nodes = [];
    const back = this.returnFocus;
    this.returnFocus = null;
    if (back instanceof HTMLElement || back instanceof SVGElement) back.focus({ preventScroll: true });
  }
}
