// Bundled by the benchmark and run inside a page: the extension's own annotator, with the fact base's aliases plus
// synthetic ones, so that the cost of more aliases is measured on the same page in the same browser.
import { factBase } from "../../src/facts";
import type { Category } from "../../src/facts/types";
import { type AliasEntry, type Automaton, precompiledAutomaton } from "../../src/match";
import { compiledAliases } from "../../src/match/aliases.generated";
import { localClaimJudge } from "../../src/match/claim-reader";
import { localNameFinder } from "../../src/match/name-finder";
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

function annotatorWith(automaton: Automaton): { annotator: Annotator; categories: Category[] } {
  const categoryOf = new Map(factBase.entities.map((e) => [e.id, e.category]));
  return {
    annotator: new Annotator(document, {
      names: localNameFinder(automaton),
      categoryOf: (id) => categoryOf.get(id),
      claims: localClaimJudge(factBase, automaton),
      // The whole page in one task: no slices, no waiting for the viewport.
      sliceMs: Number.POSITIVE_INFINITY,
      longText: Number.POSITIVE_INFINITY,
    }),
    categories: [...new Set(categoryOf.values())],
  };
}

/**
 * Names over the whole page with each alias count in turn, on this same page (switching off restores it exactly),
 * in an order reversed every round so that neither count always runs warmer: each count's times.
 */
async function compare(extras: number[], rounds: number): Promise<number[][]> {
  // Built first, once each, as the extension builds its own once per page: the garbage of building ten thousand
  // aliases must not fall into the timed runs of one count only.
  const automata = extras.map((extra) => precompiledAutomaton(compiledAliases, syntheticAliases(extra)));
  const times = extras.map((): number[] => []);
  for (let r = -1; r < rounds; r++) {
    const order = r % 2 === 0 ? [...extras.keys()] : [...extras.keys()].reverse();
    for (const i of order) {
      const { annotator: a, categories } = annotatorWith(automata[i] as Automaton);
      const start = performance.now();
      await a.apply({ active: true, categories, claims: false });
      const ms = performance.now() - start;
      await a.apply({ active: false, categories, claims: false });
      // Round -1 warms the code up and is not kept.
      if (r >= 0) times[i]?.push(ms);
    }
  }
  return times;
}

(globalThis as unknown as { defenceLensBench: unknown }).defenceLensBench = { compare };
