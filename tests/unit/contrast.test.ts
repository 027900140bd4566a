// Highlight colours meet WCAG AA (4.5:1) for the text they sit under, on light and on dark pages.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CATEGORIES } from "../../src/facts/types";

const css = readFileSync(join(import.meta.dirname, "../../assets/highlights.css"), "utf8");
/** A category's tint: the background colour of its `::highlight(defence-lens-<category>)` rule, and its alpha. */
function rule(category: string): { rgb: [number, number, number]; alpha: number } {
  const m = new RegExp(
    `::highlight\\(defence-lens-${category}\\)\\s*\\{[^}]*background-color: rgb\\((\\d+) (\\d+) (\\d+) \\/ ([\\d.]+)\\)`,
  ).exec(css);
  if (!m) throw new Error(`no colour for ${category}`);
  return { rgb: [Number(m[1]), Number(m[2]), Number(m[3])], alpha: Number(m[4]) };
}
const hue = (category: string) => rule(category).rgb;
const tint = rule("person").alpha;

const blend = (fg: number[], bg: number[], a: number) => fg.map((c, i) => c * a + (bg[i] as number) * (1 - a));
function luminance(rgb: number[]): number {
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: number[], b: number[]): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const pages = {
  "a light page (black on white)": { bg: [255, 255, 255], text: [26, 26, 26] },
  "a light page (grey text)": { bg: [255, 255, 255], text: [85, 85, 85] },
  "a dark page (light on near-black)": { bg: [17, 20, 24], text: [230, 230, 230] },
  "a dark page (grey text)": { bg: [30, 30, 30], text: [190, 190, 190] },
};

/** The underline of a `::highlight(defence-lens-<name>)` rule: its colour and alpha (1 when opaque). */
function underline(name: string): { rgb: number[]; alpha: number } {
  const m = new RegExp(
    `::highlight\\(defence-lens-${name}\\)[^{]*\\{[^}]*text-decoration: underline [\\d.]+px \\w+ rgb\\((\\d+) (\\d+) (\\d+)(?: \\/ ([\\d.]+))?\\)`,
  ).exec(css);
  if (!m) throw new Error(`no underline for ${name}`);
  return { rgb: [Number(m[1]), Number(m[2]), Number(m[3])], alpha: m[4] ? Number(m[4]) : 1 };
}
const CLAIM_NAMES = ["claim-match", "claim-conflict", "claim-match-unverified", "claim-conflict-unverified"];

describe("highlight contrast", () => {
  it("reads the tint from the stylesheet", () => {
    expect(tint).toBeGreaterThan(0);
    expect(tint).toBeLessThan(0.5);
  });

  for (const [name, { bg, text }] of Object.entries(pages)) {
    it(`keeps every category's text at 4.5:1 or more on ${name}`, () => {
      for (const category of CATEGORIES) {
        const under = blend(hue(category), bg, tint);
        expect(contrast(text, under), category).toBeGreaterThanOrEqual(4.5);
      }
    });
  }

  // WCAG 1.4.11: what tells a highlight apart (its underline) stands out from the page at 3:1, light or dark.
  for (const [name, { bg }] of Object.entries(pages)) {
    it(`draws every underline at 3:1 or more against ${name}`, () => {
      for (const kind of [...CATEGORIES, ...CLAIM_NAMES]) {
        const { rgb, alpha } = underline(kind);
        expect(contrast(blend(rgb, bg, alpha), bg), kind).toBeGreaterThanOrEqual(3);
      }
    });
  }
});
