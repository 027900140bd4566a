// The category's mark beside a name in the card and the panel: a letter on the category's tint, underlined in its
// style, so that the category never rests on colour alone (the words say it too, for screen readers: the mark is
// hidden from them).
import type { Category } from "../facts/types";
import { h } from "./dom";

/** One letter per category, each its own: P(erson), C(ountry), O(rganisation), M(ilitary), B(usiness), L(ocation), E(vent). */
export const CATEGORY_LETTER: Record<Category, string> = {
  person: "P",
  country: "C",
  organization: "O",
  military: "M",
  company: "B",
  place: "L",
  event: "E",
};

/** The mark of a category: `<span class="category-mark" data-category="…" aria-hidden="true">P</span>`. */
export function categoryMark(category: Category): HTMLElement {
  return h(
    "span",
    { class: "category-mark", "data-category": category, "aria-hidden": "true" },
    CATEGORY_LETTER[category],
  );
}
