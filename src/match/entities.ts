import type { FactBase } from "../facts/types";
import {
  type AliasEntry,
  type Automaton,
  automatonOf,
  buildAutomaton,
  type CompiledAliases,
  compileAlias,
  compileAliasList,
} from "./automaton";
import { SHADOW } from "./resolve";

/** Every alias of the fact base, and its shadows, ready for the automaton. */
export function aliasEntries(fb: Pick<FactBase, "entities" | "shadows">): AliasEntry[] {
  return [
    ...fb.entities.flatMap((e) => e.aliases.map((a) => ({ text: a.text, entity: e.id, context: a.context }))),
    ...fb.shadows.map((text) => ({ text, entity: SHADOW })),
  ];
}

export function entityAutomaton(
  fb: Pick<FactBase, "entities" | "shadows">,
  extra: readonly AliasEntry[] = [],
): Automaton {
  return buildAutomaton([...aliasEntries(fb), ...extra]);
}

/**
 * Every alias of the fact base compiled (folded, case rules worked out) and the regex of where they start:
 * precomputed by `npm run facts`.
 */
export function compileAliases(fb: Pick<FactBase, "entities" | "shadows">): CompiledAliases {
  return compileAliasList(aliasEntries(fb).flatMap((e) => compileAlias(e) ?? []));
}

/** The automaton from precompiled aliases, plus any more (the benchmark's synthetic ones). */
export function precompiledAutomaton(compiled: CompiledAliases, extra: readonly AliasEntry[] = []): Automaton {
  if (extra.length === 0) return automatonOf(compiled.aliases, compiled.starts);
  return automatonOf([...compiled.aliases, ...extra.flatMap((e) => compileAlias(e) ?? [])]);
}
