// Property-based, on random DOM trees: the page's DOM is never changed (after annotation, after category switches
// and after switching off it serialises as before, with the same text nodes), apart from `html[data-defence-lens]`;
// a name the tree holds in prose is highlighted with its category, and never one in code; the switches show exactly
// the ranges of the categories switched on; a fresh annotator finds what the first found.
import { join } from "node:path";
import { build } from "esbuild";
import fc from "fast-check";
import { factBase } from "../../src/facts";
import { CATEGORIES, type Category } from "../../src/facts/types";
import { expect, test } from "./harness";

const FRAGMENTS = [
  "France",
  "Estonia",
  "Jüri Ratas",
  "Ratas",
  "Macron",
  "NATO",
  "NATO Battle Group",
  "US",
  "Airbus",
  "Tapa",
  "Élysée Palace",
  "Nagorno-Karabakh conflict",
  "200 troops",
  "stationed in",
  "met",
  "signed a declaration on strategic partnership",
  "the",
  "and",
  "a tapa",
  "airbus",
  "’s",
  "'s",
  "-",
  " ",
  " ",
  ". ",
  ", ",
  "\u00ad",
  "\u200b",
  "\u00a0",
  "<b>",
  "&",
  "Fran",
  "ce",
];

/**
 * Names planted in a paragraph of their own (a block, so no neighbouring text runs into them): wherever the tree
 * puts one outside code, it must be highlighted. Each is an alias of exactly one entity, needing no context.
 */
const PLANTED: Record<string, string> = {
  Estonia: "estonia",
  NATO: "nato",
  Airbus: "airbus",
  "Jüri Ratas": "juri-ratas",
  "Élysée Palace": "elysee-palace",
  "European Parliament": "european-parliament",
  "French armed forces": "french-armed-forces",
};
const categoryOf = new Map(factBase.entities.map((e) => [e.id, e.category]));

type Tree = string | { planted: string } | { tag: string; children: Tree[] };
const TAGS = ["p", "b", "i", "span", "a", "div", "em", "code", "li", "h2", "td"];

const tree = fc.letrec<{ node: Tree; element: Tree }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.array(fc.constantFrom(...FRAGMENTS), { minLength: 1, maxLength: 6 }).map((parts) => parts.join("")),
    tie("element"),
    fc.constantFrom(...Object.keys(PLANTED)).map((planted) => ({ planted })),
  ),
  element: fc.record({ tag: fc.constantFrom(...TAGS), children: fc.array(tie("node"), { maxLength: 4 }) }),
})).element;

/** A reader's switches: some categories shown, claims or not. */
const toggles = fc.array(fc.record({ categories: fc.subarray([...CATEGORIES]), claims: fc.boolean() }), {
  minLength: 1,
  maxLength: 3,
});

const escapeText = (t: string) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;");
function html(t: Tree): string {
  if (typeof t === "string") return escapeText(t);
  if ("planted" in t) return `<p class="planted">${escapeText(t.planted)}</p>`;
  if (t.tag === "li") return `<ul><li>${t.children.map(html).join("")}</li></ul>`;
  if (t.tag === "td") return `<table><tbody><tr><td>${t.children.map(html).join("")}</td></tr></tbody></table>`;
  return `<${t.tag}>${t.children.map(html).join("")}</${t.tag}>`;
}

/** One range as seen in the page: its highlight's name, the indexes of its text nodes, its offsets and text. */
type Seen = [name: string, startNode: number, start: number, endNode: number, end: number, text: string];

interface Stage {
  /** The document serialised without `html[data-defence-lens]`. */
  dom: string;
  /** The same text nodes, in the same order, as before annotation. */
  sameNodes: boolean;
  ranges: Seen[];
}

interface CaseResult {
  before: string;
  annotated: Stage;
  toggled: Stage[];
  again: Stage;
  off: Stage;
  /** Each planted paragraph: its text, whether the parser put its text inside code, the ranges over it. */
  planted: { text: string; inCode: boolean; found: [string, string][] }[];
  /** Ranges inside code (never read). */
  inCode: number;
}

let bundle = "";
test.beforeAll(async () => {
  const out = await build({
    entryPoints: [join(import.meta.dirname, "support/lens-entry.ts")],
    bundle: true,
    write: false,
    format: "iife",
    loader: { ".css": "text" },
  });
  bundle = out.outputFiles[0]?.text ?? "";
});

const shownNames = (categories: Category[]) => new Set(categories.map((c) => `defence-lens-${c}`));
const isClaim = (r: Seen) => r[0].startsWith("defence-lens-claim-");

test("the DOM is never changed; names in prose are highlighted; switches show exactly their categories", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.setContent("<!doctype html><html><head></head><body></body></html>");
  await page.addScriptTag({ content: bundle });
  await fc.assert(
    fc.asyncProperty(fc.array(tree, { minLength: 1, maxLength: 4 }), toggles, async (trees, switches) => {
      const markup = trees.map(html).join("");
      const result: CaseResult = await page.evaluate(
        async ({ body, switches }) => {
          type Lens = {
            annotate(): Promise<void>;
            show(categories: string[], claims: boolean): Promise<void>;
            off(): Promise<void>;
          };
          const lens = (globalThis as unknown as { lens: Lens }).lens;
          document.body.innerHTML = body;
          const textNodes = () => {
            const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            const nodes: Node[] = [];
            for (let n = w.nextNode(); n; n = w.nextNode()) nodes.push(n);
            return nodes;
          };
          const serialise = () => {
            const copy = document.documentElement.cloneNode(true) as Element;
            copy.removeAttribute("data-defence-lens");
            return copy.outerHTML;
          };
          const nodes = textNodes();
          const before = serialise();
          const ranges = () => {
            const out: [string, number, number, number, number, string][] = [];
            for (const [name, h] of CSS.highlights) {
              if (!name.startsWith("defence-lens-")) continue;
              for (const r of h as unknown as Iterable<AbstractRange>) {
                const live = document.createRange();
                live.setStart(r.startContainer, r.startOffset);
                live.setEnd(r.endContainer, r.endOffset);
                const at = (n: Node) => nodes.indexOf(n);
                out.push([name, at(r.startContainer), r.startOffset, at(r.endContainer), r.endOffset, live.toString()]);
              }
            }
            return out.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
          };
          const stage = () => {
            const now = textNodes();
            return {
              dom: serialise(),
              sameNodes: now.length === nodes.length && now.every((n, i) => n === nodes[i]),
              ranges: ranges(),
            };
          };
          await lens.annotate();
          const annotated = stage();
          const planted = [...document.querySelectorAll("p.planted")].map((p) => {
            const found: [string, string][] = [];
            for (const [name, h] of CSS.highlights) {
              if (!name.startsWith("defence-lens-") || name.startsWith("defence-lens-claim-")) continue;
              for (const r of h as unknown as Iterable<AbstractRange>) {
                if (p.contains(r.startContainer)) {
                  found.push([(r.startContainer as Text).data.slice(r.startOffset, r.endOffset), name]);
                }
              }
            }
            // The parser may put code around the paragraph or, reconstructing an open <code>, inside it.
            const inCode = p.closest("code") !== null || p.querySelector("code") !== null;
            return { text: p.textContent ?? "", inCode, found };
          });
          let inCode = 0;
          for (const [name, h] of CSS.highlights) {
            if (!name.startsWith("defence-lens-")) continue;
            for (const r of h as unknown as Iterable<AbstractRange>) {
              if (r.startContainer.parentElement?.closest("code") || r.endContainer.parentElement?.closest("code")) {
                inCode++;
              }
            }
          }
          const toggled = [];
          for (const s of switches) {
            await lens.show(s.categories, s.claims);
            toggled.push(stage());
          }
          await lens.annotate();
          const again = stage();
          await lens.off();
          const off = stage();
          return { before, annotated, toggled, again, off, planted, inCode };
        },
        { body: markup, switches },
      );

      // The DOM: as it was at every stage, with the same text nodes.
      for (const s of [result.annotated, ...result.toggled, result.again, result.off]) {
        expect(s.dom, markup).toBe(result.before);
        expect(s.sameNodes, markup).toBe(true);
      }
      // What a reader sees: every planted name outside code highlighted with its entity's category, none in code.
      const entityRanges = result.annotated.ranges.filter((r) => !isClaim(r));
      for (const p of result.planted) {
        const category = categoryOf.get(PLANTED[p.text] ?? "");
        expect(p.inCode || category !== undefined, markup).toBe(true);
        expect(p.found, `${markup}\n${p.text}`).toEqual(p.inCode ? [] : [[p.text, `defence-lens-${category}`]]);
      }
      expect(result.inCode, markup).toBe(0);
      if (result.planted.some((p) => !p.inCode)) expect(entityRanges.length, markup).toBeGreaterThan(0);
      // Every range covers text that is there, and names a known category.
      for (const r of result.annotated.ranges) {
        expect(r[1] >= 0 && r[3] >= 0 && r[5].length > 0, `${markup}\n${r}`).toBe(true);
        if (!isClaim(r))
          expect(
            CATEGORIES.map((c) => `defence-lens-${c}`),
            markup,
          ).toContain(r[0]);
      }
      // The switches show exactly the ranges of what is switched on.
      result.toggled.forEach((s, i) => {
        const { categories, claims } = switches[i] as { categories: Category[]; claims: boolean };
        const shown = shownNames(categories);
        expect(
          s.ranges.filter((r) => !isClaim(r)),
          `${markup}\n${categories}`,
        ).toEqual(entityRanges.filter((r) => shown.has(r[0])));
        if (!claims) expect(s.ranges.filter(isClaim), markup).toEqual([]);
      });
      // A fresh annotator (an extension update) draws what the first drew.
      expect(result.again.ranges, markup).toEqual(result.annotated.ranges);
      // Off: nothing of ours registered.
      expect(result.off.ranges, markup).toEqual([]);
    }),
    {
      numRuns: 150,
      examples: [
        // Found by this test: the claims pass read the list's blocks as one text ("Tapa" then "NATO Battle Group")
        // and what it read there changed how the names pass resolved the battle group after a switch.
        [
          [{ tag: "li", children: ["Tapa", { planted: "NATO" }, { tag: "p", children: ["NATO Battle Group"] }] }],
          [
            { categories: ["place"], claims: false },
            { categories: [...CATEGORIES], claims: true },
          ],
        ],
      ],
    },
  );
});
