// The highlight palette stays apart for readers with a colour-vision deficiency: every category's hue, and every claim
// underline's, simulated for protanopia, deuteranopia and tritanopia (culori's Machado et al. filters, full severity),
// is still a noticeable colour difference (CIEDE2000) from every other one.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  type Color,
  differenceCiede2000,
  filterDeficiencyDeuter,
  filterDeficiencyProt,
  filterDeficiencyTrit,
  parse,
} from "culori";
import { describe, expect, it } from "vitest";
import { CATEGORIES } from "../../src/facts/types";

const css = readFileSync(join(import.meta.dirname, "../../assets/highlights.css"), "utf8");

/** The underline colour (and style) of a `::highlight(defence-lens-<name>)` rule, as drawn (alpha left out). */
function underline(name: string): { colour: Color; style: string } {
  const m = new RegExp(
    `::highlight\\(defence-lens-${name}\\)[^{]*\\{[^}]*text-decoration: underline [\\d.]+px (\\w+) (rgb\\(\\d+ \\d+ \\d+)`,
  ).exec(css);
  const colour = m ? parse(`${m[2]})`) : undefined;
  if (!m || !colour) throw new Error(`no underline for ${name}`);
  return { colour, style: m[1] as string };
}

const categories = Object.fromEntries(CATEGORIES.map((c) => [c, underline(c).colour]));
const claims = {
  agrees: underline("claim-match").colour,
  differs: underline("claim-conflict").colour,
  unverified: underline("claim-match-unverified").colour,
};

const vision = {
  "normal vision": (c: Color) => c,
  protanopia: filterDeficiencyProt(1),
  deuteranopia: filterDeficiencyDeuter(1),
  tritanopia: filterDeficiencyTrit(1),
};
const distance = differenceCiede2000();

/** The closest two colours of a set under a simulation: their names and CIEDE2000 distance. */
function closest(colours: Record<string, Color>, see: (c: Color) => Color): { pair: string; distance: number } {
  const seen = Object.entries(colours).map(([name, c]) => [name, see(c)] as const);
  let best = { pair: "", distance: Number.POSITIVE_INFINITY };
  for (const [i, [a, ca]] of seen.entries())
    for (const [b, cb] of seen.slice(i + 1)) {
      const d = distance(ca, cb);
      if (d < best.distance) best = { pair: `${a} / ${b}`, distance: d };
    }
  return best;
}

/**
 * Thresholds, in CIEDE2000 units: about 2 is the just-noticeable difference, 10 a plain one at a glance. Categories
 * are tints over words and must be told apart in a line of text; claims are underlines of their own style, so the
 * colour is their second cue, not their only one.
 */
const APART_CATEGORIES = 12;
const APART_CLAIMS = 10;

describe("the highlight palette under colour-vision deficiencies", () => {
  for (const [name, see] of Object.entries(vision)) {
    it(`keeps the seven categories apart (${name})`, () => {
      const { pair, distance: d } = closest(categories, see);
      expect(d, pair).toBeGreaterThanOrEqual(APART_CATEGORIES);
    });

    it(`keeps claim underlines apart from each other and from every category (${name})`, () => {
      const { pair, distance: d } = closest({ ...categories, ...claims }, see);
      const claimPair = closest(claims, see);
      expect(claimPair.distance, claimPair.pair).toBeGreaterThanOrEqual(APART_CLAIMS);
      expect(d, pair).toBeGreaterThanOrEqual(APART_CLAIMS);
    });
  }

  it("tells the old palette's deuteranopia confusion apart (organisations and countries)", () => {
    const see = vision.deuteranopia;
    expect(distance(see(categories.organization as Color), see(categories.country as Color))).toBeGreaterThan(
      APART_CATEGORIES,
    );
  });

  it("gives claims colours of their own: none is a category's", () => {
    for (const claim of Object.values(claims))
      for (const [category, colour] of Object.entries(categories))
        expect(distance(claim, colour), category).toBeGreaterThanOrEqual(APART_CLAIMS);
  });

  it("draws agreeing, differing and unverified claims in three underline styles", () => {
    const styles = new Set(["claim-match", "claim-conflict", "claim-match-unverified"].map((n) => underline(n).style));
    expect(styles.size).toBe(3);
  });
});

describe("the category marks of the card and the panel", () => {
  const marks = readFileSync(join(import.meta.dirname, "../../src/ui/category-mark.css"), "utf8");
  it("use the very colour and underline style of each category's highlight", () => {
    for (const category of CATEGORIES) {
      const m = new RegExp(
        `\\[data-category="${category}"\\]\\s*\\{[^}]*text-decoration-style: (\\w+);[^}]*text-decoration-color: (rgb\\([\\d ]+\\))`,
      ).exec(marks);
      const { colour, style } = underline(category);
      expect(m?.[1], category).toBe(style);
      expect(parse(m?.[2] ?? ""), category).toEqual(colour);
    }
  });

  it("give each category a letter of its own", () => {
    const letters = CATEGORIES.map(
      (c) => new RegExp(`\\[data-category="${c}"\\]::before\\s*\\{\\s*content: "(\\w)";`).exec(marks)?.[1],
    );
    expect(letters).toEqual(["P", "C", "O", "M", "B", "L", "E"]);
  });

  it("tell the seven categories apart by underline style where two hues are closest", () => {
    // Under any simulation, the two closest categories are drawn in different styles: the second cue is there where
    // the first is weakest.
    for (const see of Object.values(vision)) {
      const { pair } = closest(categories, see);
      const [a, b] = pair.split(" / ") as [string, string];
      expect(underline(a).style, pair).not.toBe(underline(b).style);
    }
  });
});

describe("the popup's category swatches", () => {
  const popup = readFileSync(join(import.meta.dirname, "../../assets/popup.css"), "utf8");
  it("show each category in its highlight's colour, and claims in the agreeing underline's", () => {
    const hue = (name: string) =>
      parse(`rgb(${new RegExp(`\\[data-category="${name}"\\]\\s*\\{\\s*--hue: ([\\d ]+);`).exec(popup)?.[1]})`);
    for (const category of CATEGORIES) expect(hue(category), category).toEqual(underline(category).colour);
    expect(hue("claims")).toEqual(claims.agrees);
  });
});

describe("the first-run page's key to claim underlines", () => {
  const pages = readFileSync(join(import.meta.dirname, "../../assets/pages.css"), "utf8");
  it("draws each line in the style and colour of the underline it explains", () => {
    const line = (kind: string) =>
      new RegExp(
        `\\[data-line="${kind}"\\]\\s*\\{\\s*text-decoration-style: (\\w+);\\s*text-decoration-color: (rgb\\([\\d ]+\\))`,
      ).exec(pages);
    for (const [kind, highlight] of [
      ["match", "claim-match"],
      ["conflict", "claim-conflict"],
      ["unverified", "claim-match-unverified"],
    ] as const) {
      const m = line(kind);
      expect(m?.[1], kind).toBe(underline(highlight).style);
      expect(parse(m?.[2] ?? ""), kind).toEqual(underline(highlight).colour);
    }
  });
});
