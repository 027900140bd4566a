import type { Automaton } from "./automaton";
import { type AliasMatch, scan } from "./scan";

export interface EntityMatch {
  start: number;
  end: number;
  entity: string;
}

/**
 * The entity of a shadow: a longer name that contains an alias but is something else ("Air France"). Being the
 * longest match, it takes the place of the alias, and is then dropped.
 */
export const SHADOW = "";

/** Entities named on their own, with no context needed: what makes a gated alias on the same page count. */
export function collectUnambiguous(matches: readonly AliasMatch[], into: Set<string>): void {
  for (const m of matches) {
    for (const c of m.candidates) if (c.context === undefined && c.entity !== SHADOW) into.add(c.entity);
  }
}

/**
 * Picks each match's entity: one named outright, else the first whose context entities the page names.
 * A match nothing vouches for is dropped ("Tapa" on a recipe page, "Ratas" in a Spanish sentence).
 */
export function resolveMatches(matches: readonly AliasMatch[], mentioned: ReadonlySet<string>): EntityMatch[] {
  const out: EntityMatch[] = [];
  for (const m of matches) {
    const chosen =
      m.candidates.find((c) => c.context === undefined) ??
      m.candidates.find((c) => c.context?.some((id) => mentioned.has(id)));
    if (chosen && chosen.entity !== SHADOW) out.push({ start: m.start, end: m.end, entity: chosen.entity });
  }
  return out;
}

/**
 * The names a text states, as a page would highlight them: scanned, the unambiguous ones added to `mentioned`
 * (which may hold what the rest of the page named), and each match resolved against it.
 */
export function findEntities(automaton: Automaton, text: string, mentioned = new Set<string>()): EntityMatch[] {
  const found = scan(automaton, text);
  collectUnambiguous(found, mentioned);
  return resolveMatches(found, mentioned);
}
