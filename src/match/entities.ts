import type { FactBase } from "../facts/types";
import { type AliasEntry, type Automaton, buildAutomaton } from "./automaton";
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
