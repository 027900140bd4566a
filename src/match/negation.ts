// Denials, negations and hedges around a claim's trigger word, in English, French and Estonian. Works on a
// sentence's folded words (no diacritics, lower case): "n't" is the word before a lone "t" ("didn", "t").

/** Words that deny what the sentence reports wherever they stand ("Reports that … are false"). */
const DENIALS = new Set([
  "denied",
  "denies",
  "deny",
  "denying",
  "false",
  "untrue",
  "unfounded",
  "baseless",
  "dementi",
  "dementent",
  "dement",
  "faux",
  "fausse",
  "fausses",
  "infonde",
  "infondees",
  "eitas",
  "eitab",
  "eitasid",
  "eksitav",
]);

/** Words that negate the verb they stand before (within a few words). */
const NEGATIONS_BEFORE = new Set([
  "not",
  "never",
  "no",
  "nor",
  "neither",
  "didn",
  "doesn",
  "don",
  "hasn",
  "haven",
  "hadn",
  "wasn",
  "weren",
  "isn",
  "aren",
  "won",
  "wouldn",
  "cannot",
  "pas",
  "jamais",
  "aucun",
  "aucune",
  "ni",
  "ei",
  "pole",
  "polnud",
  "mitte",
  "ega",
]);

/** French negation closes after the verb: "ne rejoindra pas", "n'a jamais signé". */
const NEGATIONS_AFTER = new Set(["pas", "jamais", "aucun", "aucune"]);

/** What turns a negation into something else: "not only", "non seulement", "mitte ainult", "no doubt". */
const NOT_NEGATING_NEXT = new Set(["only", "just", "least", "seulement", "ainult", "doubt", "longer"]);

/** Speculation: the sentence does not say it happened. */
const HEDGES = new Set([
  "may",
  "might",
  "could",
  "reportedly",
  "allegedly",
  "possibly",
  "perhaps",
  "rumoured",
  "rumored",
  "considering",
  "pourrait",
  "pourraient",
  "envisage",
  "envisagerait",
  "eventuellement",
  "voib",
  "voiks",
  "vaidetavalt",
  "voimalik",
  // French reports by the conditional: "Ratas aurait rencontré Macron" (reportedly met).
  "aurait",
  "auraient",
]);

/**
 * Words that make the sentence a condition ("If France stationed 300 troops there, Russia would object", "Si la
 * France…", "Kui Ratas poleks kohtunud…"): it states nothing, neither agrees nor differs.
 */
const CONDITIONS = new Set(["if", "unless", "whether", "si", "oleks", "poleks", "oleksid", "poleksid"]);

/** A word that makes the sentence a condition, if any. */
export function conditionWord(words: readonly string[]): string | undefined {
  return words.find((w) => CONDITIONS.has(w));
}

const BEFORE = 4;
const AFTER = 2;

function negates(words: readonly string[], i: number): boolean {
  const next = words[i + 1];
  if (next !== undefined && NOT_NEGATING_NEXT.has(next)) return false;
  return true;
}

/**
 * The word that negates the trigger at word `at` (a negation just before it, or a French one closing just after
 * it), if any.
 */
export function negatedAt(words: readonly string[], at: number, length = 1): string | undefined {
  for (let i = Math.max(0, at - BEFORE); i < at; i++) {
    if (NEGATIONS_BEFORE.has(words[i] as string) && negates(words, i)) return words[i];
  }
  // "ne … pas" needs its "ne"/"n'" before the verb: "pas" after a verb alone is the noun ("un pas", a step).
  const ne = words.slice(Math.max(0, at - BEFORE), at).some((w) => w === "ne" || w === "n");
  for (let i = at + length; i < Math.min(words.length, at + length + AFTER); i++) {
    const w = words[i] as string;
    // "stationed no troops"
    if (w === "no" || (ne && NEGATIONS_AFTER.has(w))) return w;
  }
  return undefined;
}

/** Words that deny what follows when negated: "it is not true that …", "il n'est pas exact que …", "pole tõsi". */
const TRUTHS = new Set(["true", "correct", "accurate", "so", "vrai", "exact", "exacte", "tosi", "oige"]);

/** A word of the sentence that denies it outright ("false", "denied", "not true"), if any. */
export function denialWord(words: readonly string[]): string | undefined {
  const outright = words.find((w) => DENIALS.has(w));
  if (outright) return outright;
  for (let i = 1; i < words.length; i++) {
    const w = words[i] as string;
    if (!TRUTHS.has(w)) continue;
    const before = words.slice(Math.max(0, i - 2), i);
    const negation = before.find((b) => NEGATIONS_BEFORE.has(b));
    // "so" only in "not so": "not only so" and the like are no denial.
    if (negation && (w !== "so" || words[i - 1] === negation)) return `${negation} ${w}`;
  }
  return undefined;
}

/** A word that makes the sentence speculation, if any. */
/**
 * A negation anywhere in the sentence ("not", "ei", "ne … pas"), if any: one that is not on the event's words says
 * something else is not so ("Representatives did not attend the meeting"), which is no agreement either.
 */
export function negationWord(words: readonly string[]): string | undefined {
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if (NEGATIONS_BEFORE.has(w) && negates(words, i)) return w;
    if (NEGATIONS_AFTER.has(w) && words.slice(Math.max(0, i - BEFORE - AFTER), i).some((b) => b === "ne" || b === "n"))
      return w;
  }
  return undefined;
}

export function hedgeWord(words: readonly string[]): string | undefined {
  return words.find((w, i) => HEDGES.has(w) && !(w === "may" && isMonthMay(words, i)));
}

/** Words before "may" that make it the month: "in May 2020", "early May", "since May". */
const BEFORE_MONTH = new Set(["in", "of", "on", "since", "until", "by", "early", "late", "mid", "from", "to", "last"]);

/** Is the "may" at `i` the month ("in May 2020", "on 5 May", "May 2020"), not the verb? */
function isMonthMay(words: readonly string[], i: number): boolean {
  return BEFORE_MONTH.has(words[i - 1] ?? "") || /^\d/.test(words[i + 1] ?? "") || /^\d/.test(words[i - 1] ?? "");
}
