// The category's mark beside a name in the card, the panel and the extension's pages: a letter on the category's
// tint, underlined in its style (src/ui/category-mark.css), so that the category never rests on colour alone. The
// letter is drawn by the stylesheet: the line's own words name the category already, for screen readers and copying.
import type { Category } from "../facts/types";
import { h } from "./dom";

/** The mark of a category: `<span class="category-mark" data-category="…" aria-hidden="true"></span>`. */
export function categoryMark(category: Category): HTMLElement {
  return h("span", { class: "category-mark", "data-category": category, "aria-hidden": "true" });
}
