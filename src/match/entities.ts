import type { Entity } from "../facts/types";
import { type AliasEntry, type Automaton, buildAutomaton } from "./automaton";

/** Every alias of these entities, ready for the automaton. */
export function aliasEntries(entities: readonly Entity[]): AliasEntry[] {
  return entities.flatMap((e) => e.aliases.map((a) => ({ text: a.text, entity: e.id, context: a.context })));
}

export function entityAutomaton(entities: readonly Entity[], extra: readonly AliasEntry[] = []): Automaton {
  return buildAutomaton([...aliasEntries(entities), ...extra]);
}
