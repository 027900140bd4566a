import type { Alias, FactBase } from "../facts/types";
import {
  type AliasEntry,
  type AliasGates,
  type Automaton,
  automatonOf,
  buildAutomaton,
  type CompiledAliases,
  compileAlias,
  compileAliasList,
} from "./automaton";
import { foldKey } from "./fold";
import { CUE, SHADOW } from "./scan";

/** The entity of a cue alias: the cue's folded text, marked as a cue. */
export const cueId = (text: string): string => `${CUE}${foldKey(text)}`;

/**
 * British and American spellings of the words names are made of: an alias in one finds the other ("North Atlantic
 * Treaty Organisation", "Airbus Defense and Space").
 */
const SPELLINGS: [RegExp, string][] = [
  [/([Oo]rgani)z(ation)/g, "$1s$2"],
  [/([Oo]rgani)s(ation)/g, "$1z$2"],
  [/([Dd]efen)c(e)/g, "$1s$2"],
  [/([Dd]efen)s(e)/g, "$1c$2"],
];

/** The other spellings of an English (or any-language) alias, if it has any. */
export function spellingVariants(alias: Pick<Alias, "text" | "lang">): string[] {
  if (alias.lang && !alias.lang.includes("en")) return [];
  const out = new Set<string>();
  for (const [pattern, to] of SPELLINGS) {
    const variant = alias.text.replace(pattern, to);
    if (variant !== alias.text) out.add(variant);
  }
  return [...out];
}

function gatesOf(a: Alias, category: string): AliasGates {
  return {
    ...(a.context ? { context: a.context } : {}),
    ...(a.contextOn ? { contextOn: a.contextOn } : {}),
    // Only where it tells something: a place named by an ordinary word in one language ("Tapa").
    ...(a.contextOn && category === "place" ? { place: true } : {}),
    ...(a.near ? { near: a.near } : {}),
    ...(a.unless ? { unless: a.unless.map(cueId) } : {}),
    ...(a.vouchedBy ? { vouchedBy: a.vouchedBy } : {}),
    ...(a.lang ? { lang: a.lang } : {}),
    ...(a.onlyOn ? { onlyOn: a.onlyOn } : {}),
    ...(a.notOn ? { notOn: a.notOn } : {}),
  };
}

/**
 * Every alias of the fact base for the automaton: each alias with its other spellings and its Estonian stems (which
 * take the alias' gates), the shadows, and the cues that undo an alias (matched as names of their own, never shown).
 */
export function aliasEntries(fb: Pick<FactBase, "entities" | "shadows">): AliasEntry[] {
  const out: AliasEntry[] = [];
  // Each cue, and whether it holds an alias it undoes ("Paris, TX" holds "Paris").
  const cues = new Map<string, boolean>();
  for (const e of fb.entities) {
    for (const a of e.aliases) {
      const gates = gatesOf(a, e.category);
      out.push({ text: a.text, entity: e.id, ...gates });
      for (const text of spellingVariants(a)) out.push({ text, entity: e.id, ...gates });
      for (const text of a.stems ?? []) out.push({ text, entity: e.id, ...gates, lang: ["et"] });
      const key = foldKey(a.text);
      for (const cue of a.unless ?? []) cues.set(cue, (cues.get(cue) ?? false) || foldKey(cue).includes(key));
    }
  }
  for (const [text, binds] of cues) out.push({ text, entity: cueId(text), ...(binds ? { binds } : {}) });
  for (const text of fb.shadows) out.push({ text, entity: SHADOW });
  return out;
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
