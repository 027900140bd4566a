import type { Automaton } from "./automaton";
import { type AliasMatch, type Candidate, type EdgeSource, isEntity, SHADOW, scan } from "./scan";

export { SHADOW };

export interface EntityMatch {
  start: number;
  end: number;
  entity: string;
}

/** A candidate that counts on its own wherever it is found: it needs no context and nothing may undo it. */
const isOutright = (c: Candidate) => c.context === undefined && c.unless === undefined;

/**
 * Entities named on their own, with no context needed, and the cues seen where they show what an alias means (beside
 * it, in its sentence or paragraph): what makes a gated alias on the same page count, and what undoes an alias that
 * may mean something else. A cue anywhere else ("a Texas-based manufacturer") is not recorded.
 */
export function collectUnambiguous(matches: readonly AliasMatch[], into: Set<string>): void {
  for (const m of matches) {
    for (const c of m.candidates) if (c.bound || (isOutright(c) && isEntity(c.entity))) into.add(c.entity);
  }
}

function countIn(ids: readonly string[], mentioned: ReadonlySet<string>): number {
  let n = 0;
  for (const id of ids) if (mentioned.has(id)) n++;
  return n;
}

/**
 * Does this candidate count, given what the page names? A cue seen beside the alias elsewhere on the page undoes it
 * here too, unless the page names more of what vouches for it (`vouchedBy`, else its context, and its own entity named
 * outright: "Paris, France"): a council agenda from "Paris, Texas" names no France, an article on Paris, France that
 * once mentions "Paris, Texas" names France and its president.
 */
function counts(c: Candidate, mentioned: ReadonlySet<string>): boolean {
  if (c.unless) {
    const cues = countIn(c.unless, mentioned);
    const vouchers = countIn(c.vouchedBy ?? c.context ?? [], mentioned) + (mentioned.has(c.entity) ? 1 : 0);
    if (cues > 0 && cues >= vouchers) return false;
  }
  return c.context === undefined || mentioned.has(c.entity) || c.context.some((id) => mentioned.has(id));
}

/**
 * Picks each match's entity: one named outright, else the first whose context the page names (or whose own entity
 * the page names outright: "Ratas" after "Jüri Ratas"), unless the page shows the alias means something else. A
 * match nothing vouches for is dropped ("Tapa" on a recipe page, "Ratas" in a Spanish sentence), and the names inside
 * it count instead ("NATO" in "NATO battle group" on a page about Lithuania); a match that counts covers what it holds.
 */
export function resolveMatches(matches: readonly AliasMatch[], mentioned: ReadonlySet<string>): EntityMatch[] {
  const out: EntityMatch[] = [];
  let covered = -1;
  for (const m of matches) {
    if (m.start < covered) continue;
    const chosen =
      m.candidates.find((c) => c.context === undefined && counts(c, mentioned)) ??
      m.candidates.find((c) => counts(c, mentioned));
    if (!chosen) continue;
    covered = m.end;
    if (isEntity(chosen.entity)) out.push({ start: m.start, end: m.end, entity: chosen.entity });
  }
  return out;
}

/**
 * Could what the page names later change how these matches resolve (a gated alias, one that a cue may undo)? The
 * annotator reads such a text again once the rest of the page has been read.
 */
export function mayResolveLater(matches: readonly AliasMatch[]): boolean {
  return matches.some((m) => m.candidates.some((c) => !isOutright(c)));
}

/**
 * The names a text states, as a page would highlight them: scanned, the unambiguous ones added to `mentioned`
 * (which may hold what the rest of the page named), and each match resolved against it. `edges` may give the text
 * around it (its paragraph, for the aliases that need a related name in reach).
 */
export function findEntities(
  automaton: Automaton,
  text: string,
  mentioned = new Set<string>(),
  edges: EdgeSource = {},
): EntityMatch[] {
  return findNames(automaton, text, mentioned, edges).entities;
}

/**
 * As `findEntities`, and where the text names something the fact base does not mean ("Tour de France", "Brigitte
 * Macron": aliases' shadows and cues), as `{ start, end }` offsets in it.
 */
export function findNames(
  automaton: Automaton,
  text: string,
  mentioned = new Set<string>(),
  edges: EdgeSource = {},
): { entities: EntityMatch[]; others: { start: number; end: number }[] } {
  const found = scan(automaton, text, edges);
  collectUnambiguous(found, mentioned);
  return {
    entities: resolveMatches(found, mentioned),
    others: found.filter((m) => m.candidates.length > 0 && !m.candidates.some((c) => isEntity(c.entity))),
  };
}
