// Bundled by the benchmark and run inside a page: the extension's own annotator, with the fact base's aliases plus
// synthetic ones, so that the cost of more aliases is measured on the same page in the same browser.
import { compiledAliases, factBase } from "../../src/facts";
import type { Category } from "../../src/facts/types";
import { type AliasEntry, precompiledAutomaton } from "../../src/match";
import { buildClaimIndex } from "../../src/match/claims";
import { Annotator } from "../../src/page/annotator";

function syntheticAliases(count: number): AliasEntry[] {
  let s = 12345;
  const letter = () => {
    s = (s * 1103515245 + 12345) >>> 0;
    return String.fromCharCode(97 + (s % 26));
  };
  const word = () => {
    const w = Array.from({ length: 5 + (s % 5) }, letter).join("");
    return w.charAt(0).toUpperCase() + w.slice(1);
  };
  return Array.from({ length: count }, (_, i) => ({ text: `${word()} ${word()}`, entity: `synthetic-${i}` }));
}

let prepared: { annotator: Annotator; categories: Category[] } | undefined;

/** Builds the automaton and the annotator: not timed (the benchmark collects the garbage before `run`). */
function prepare(extra: number): void {
  const automaton = precompiledAutomaton(compiledAliases, syntheticAliases(extra));
  const categoryOf = new Map(factBase.entities.map((e) => [e.id, e.category]));
  const annotator = new Annotator(document, {
    automaton,
    categoryOf: (id) => categoryOf.get(id),
    claims: () => buildClaimIndex(factBase),
    // The whole page in one task: no slices, no waiting for the viewport.
    sliceMs: Number.POSITIVE_INFINITY,
    longText: Number.POSITIVE_INFINITY,
  });
  prepared = { annotator, categories: [...new Set(categoryOf.values())] };
}

async function run(): Promise<{ ms: number; marks: number }> {
  if (!prepared) throw new Error("prepare() first");
  const { annotator, categories } = prepared;
  const start = performance.now();
  await annotator.apply({ active: true, categories, claims: false });
  return { ms: performance.now() - start, marks: annotator.marks().length };
}

(globalThis as unknown as { defenceLensBench: unknown }).defenceLensBench = { prepare, run };
