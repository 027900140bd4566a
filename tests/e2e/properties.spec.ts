// Property-based: on random DOM trees, annotating then switching off gives the identical DOM, annotating twice
// equals annotating once, and the text never changes.
import { join } from "node:path";
import { build } from "esbuild";
import fc from "fast-check";
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

type Tree = string | { tag: string; children: Tree[] };
const TAGS = ["p", "b", "i", "span", "a", "div", "em", "code", "li", "h2", "td"];

const tree = fc.letrec<{ node: Tree; element: Tree }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.array(fc.constantFrom(...FRAGMENTS), { minLength: 1, maxLength: 6 }).map((parts) => parts.join("")),
    tie("element"),
  ),
  element: fc.record({ tag: fc.constantFrom(...TAGS), children: fc.array(tie("node"), { maxLength: 4 }) }),
})).element;

const escapeText = (t: string) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;");
function html(t: Tree): string {
  if (typeof t === "string") return escapeText(t);
  if (t.tag === "li") return `<ul><li>${t.children.map(html).join("")}</li></ul>`;
  if (t.tag === "td") return `<table><tbody><tr><td>${t.children.map(html).join("")}</td></tr></tbody></table>`;
  return `<${t.tag}>${t.children.map(html).join("")}</${t.tag}>`;
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

test("annotate then off restores the DOM, twice equals once, text never changes", async ({ page }) => {
  test.setTimeout(120_000);
  await page.setContent("<!doctype html><html><head></head><body></body></html>");
  await page.addScriptTag({ content: bundle });
  await fc.assert(
    fc.asyncProperty(fc.array(tree, { minLength: 1, maxLength: 4 }), async (trees) => {
      const markup = trees.map(html).join("");
      const result = await page.evaluate(async (body) => {
        const lens = (globalThis as unknown as { lens: { annotate(): Promise<void>; off(): Promise<void> } }).lens;
        document.body.innerHTML = body;
        const walk = () => {
          const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          const nodes: Node[] = [];
          for (let n = w.nextNode(); n; n = w.nextNode()) nodes.push(n);
          return nodes;
        };
        const original = { html: document.body.innerHTML, text: document.body.textContent, nodes: walk() };
        await lens.annotate();
        const once = { html: document.body.innerHTML, text: document.body.textContent };
        await lens.annotate();
        const twice = document.body.innerHTML;
        await lens.off();
        const after = walk();
        return {
          textKept: once.text === original.text,
          twiceIsOnce: twice === once.html,
          restored: document.body.innerHTML === original.html,
          sameNodes: after.length === original.nodes.length && after.every((n, i) => n === original.nodes[i]),
        };
      }, markup);
      expect(result, markup).toEqual({ textKept: true, twiceIsOnce: true, restored: true, sameNodes: true });
    }),
    { numRuns: 150 },
  );
});
