// Estonian case endings on names: "Eestis", "Prantsusmaaga", "Macroniga", "Euroopa Liidus". Estonian writes a name's
// case as an ending glued to it; the endings are a small closed set, so a name is matched as its alias (or one of its
// listed stems, for names whose stem changes: Ratas → Ratase, Euroopa Liit → Euroopa Liidu) followed by one of them
// and the end of the word. Checked only where a match would otherwise fail for want of a word boundary, so ordinary
// text costs nothing more.
import { foldCode, isIgnorable, isUpperCode, isWordCode } from "./fold";

/** The case endings (singular; -de/-te the plural genitive), as the fact base's README lists them. */
export const ESTONIAN_ENDINGS = [
  "s",
  "sse",
  "st",
  "le",
  "l",
  "lt",
  "ks",
  "ni",
  "na",
  "ta",
  "ga",
  "d",
  "t",
  "i",
  "de",
  "te",
] as const;

/** The clitics "-gi"/"-ki" ("also"), which may follow any ending: "Eestiski", "Macronigagi". */
const CLITICS = ["", "gi", "ki"];

/**
 * Suffixes after a stem ending in a vowel, and after one ending in a consonant: a name of another language ending in
 * a consonant takes a linking "i" before its ending (Macron → Macroni, Macroniga; Airbus → Airbusi).
 */
const AFTER_VOWEL = new Set<string>();
const AFTER_CONSONANT = new Set<string>();
for (const ending of ["", ...ESTONIAN_ENDINGS]) {
  for (const clitic of CLITICS) {
    const plain = ending + clitic;
    if (plain && !plain.startsWith("i")) AFTER_VOWEL.add(plain);
    if (plain) AFTER_CONSONANT.add(plain);
    if (ending && ending !== "i") AFTER_CONSONANT.add(`i${plain}`);
  }
}
/** The longest suffix: a linking "i", a three-letter ending, a clitic. */
const LONGEST = 6;

const VOWELS = new Set([..."aeiouyõäöü"].map((c) => c.charCodeAt(0)));

/**
 * Where the word that runs on from a name's end stops, if what runs on is an Estonian case ending: the name
 * `text[.., end)`, the word's rest `text[end, returned)`. -1 if it is no ending (a longer word: "Macronist" is no
 * "Macron" + "-st" unless the page is Estonian, which the caller decides). `after` is the code unit after the text,
 * if the text ends there.
 */
export function estonianEnding(text: string, end: number, after: number): number {
  const last = foldCode(text.charCodeAt(end - 1));
  const lastUpper = isUpperCode(text.charCodeAt(end - 1));
  let suffix = "";
  let j = end;
  for (; j < text.length; j++) {
    const code = text.charCodeAt(j);
    if (isIgnorable(code)) continue;
    if (!isWordCode(code)) break;
    if (suffix.length === LONGEST) return -1;
    // An ending is written in small letters, or in capitals after a name in capitals ("EESTIS").
    if (isUpperCode(code) && !lastUpper) return -1;
    suffix += String.fromCharCode(foldCode(code));
  }
  if (j === text.length && isWordCode(after)) return -1;
  const allowed = VOWELS.has(last) ? AFTER_VOWEL : AFTER_CONSONANT;
  return allowed.has(suffix) ? j : -1;
}
