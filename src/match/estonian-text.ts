// Does a block of text read as Estonian? Asked by the scanner only where a page (or a block) declares another language
// and the text holds a name that looks Estonian ("Tallinnast", "Eestis", "Macroniga", "Prantsusmaa"): a page tagged
// `lang="en"` that is written in Estonian, or an Estonian paragraph in an English page, keeps its case endings.
//
// Written here rather than with franc (which the background runs for pages that declare no language): franc's tables
// are 238 KB and cost milliseconds to build, on every page the content script runs on; this asks one question of a few
// hundred characters, with a few hundred bytes of word lists. A unit test checks that it answers as franc does.
import { isLowerCode, isUpperCode, isWordCode } from "./fold";

/** Estonian words found in most sentences and in no English or French one (nor Finnish, for most). */
const ESTONIAN = new Set(
  (
    "ja ning ei ka aga kui kes mida mille kelle seda selle sellest seal siin nüüd kõik kõige mitte ainult üks ühe kus " +
    "või veel siis juba nii kuid pärast sest üle koos vastu poolt peab tuleb tema nende meie teie oma ütles sõnul " +
    "aastal aasta eest järgi kohta ilma vaid samuti lisaks ehk kuna kuigi enne alates kuni umbes väga palju rohkem " +
    "oli olid olnud oleks olema nad tänavu eile täna homme uus uue kohtus teatas kinnitas lisas märkis ütleb " +
    "esmaspäeval teisipäeval kolmapäeval neljapäeval reedel laupäeval pühapäeval"
  ).split(" "),
);
/** Frequent words of the other languages a page in Estonian could be taken for, or mixes with. */
const OTHERS = new Set(
  (
    "the of and to in is was for that with as by at from it be are has have this will said not an which its their " +
    "le la les des du un une est dans pour que qui sur avec pas au aux par ce cette il elle sont ont été plus " +
    "että mutta myös hän ovat joka jotka tämä sekä kanssa ollut kuin sen vuonna ole " +
    "und der die das ist nicht mit von zu den auf het een van"
  ).split(" "),
);
/** Endings of Estonian verb forms and case forms that English and French words rarely have. */
const ESTONIAN_ENDING = /(?:[aeiu]b|nud|tud|dud|takse|dakse|mine|sid|ti|ga|sse|lt)$/;
/** Endings of Finnish case forms, which Estonian writes with one consonant and no ä ("-ssa", "-llä"). */
const FINNISH_ENDING = /(?:ss[aä]|stä|llä|ltä|ksi)$/;
/** Letters a native Estonian word never has (loanwords and names aside: only lower-case words are looked at). */
const FOREIGN_LETTERS = /[cqwxyzéèêëàâçîïôûœ]/;

/** How much of the text is read: a paragraph's first few sentences tell. */
const SAMPLE = 1_000;

/**
 * Does `text` read as Estonian, clearly? Counts, over its first 1,000 characters, the words that only Estonian uses
 * (and õ, its own letter), against the frequent words of English, French, Finnish, German and Dutch and the letters
 * Estonian lacks: true when there are at least two Estonian signs and twice as many as the others. `hint` counts as one
 * more sign (the caller found a name with an Estonian case ending in it). Text of fewer than four words: false.
 */
export function readsEstonian(text: string, hint = 0): boolean {
  let estonian = hint;
  let others = 0;
  let words = 0;
  const end = Math.min(text.length, SAMPLE);
  for (let i = 0; i < end; ) {
    const code = text.charCodeAt(i);
    if (!isWordCode(code)) {
      i++;
      continue;
    }
    const start = i;
    while (i < end && isWordCode(text.charCodeAt(i))) i++;
    words++;
    // Names (a capital) tell nothing of the language they are written in.
    if (isUpperCode(code) || !isLowerCode(code)) continue;
    const word = text.slice(start, i).toLowerCase();
    if (ESTONIAN.has(word)) estonian++;
    else if (OTHERS.has(word)) others++;
    else if (word.includes("õ")) estonian++;
    else if (FOREIGN_LETTERS.test(word) || FINNISH_ENDING.test(word)) others++;
    else if (word.length > 3 && ESTONIAN_ENDING.test(word)) estonian++;
  }
  return words >= 4 && estonian >= 2 && estonian >= 2 * others;
}
