// Values stated in a sentence, normalised so that they compare with the fact base's: numbers (in digits or words)
// with the words after them, percentages, dates, months, years, frequencies and durations, in English and French.
import { foldKey } from "./fold";

export interface StatedNumber {
  value: number;
  /** The figure as the sentence writes it (folded: lower case). */
  written: string;
  /** The folded words right after the number ("additional", "troops", ...), where its unit is. */
  after: string[];
  /** Said to be approximate: "nearly 300", "environ 300", "umbes 300". */
  approx: boolean;
}

/** Before a figure, these make it approximate. */
const APPROXIMATE = new Set([
  "nearly",
  "about",
  "around",
  "some",
  "approximately",
  "roughly",
  "almost",
  "environ",
  "pres",
  "quelque",
  "umbes",
  "ligi",
  "peaaegu",
  "ca",
]);

function approxBefore(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 24), start).match(WORD) ?? [];
  return before.slice(-2).some((w) => APPROXIMATE.has(w));
}

export interface StatedDate {
  year?: number;
  month?: number;
  day?: number;
}

export interface StatedValues {
  numbers: StatedNumber[];
  percents: number[];
  /** Full or partial dates and months ("28 October 2020", "October 28th", "September 2020", "in September"). */
  dates: StatedDate[];
  /** Years standing on their own, not part of a date. */
  years: number[];
  /** Times per year. */
  frequencies: number[];
  /** Minutes. */
  durations: number[];
}

const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  janvier: 1,
  february: 2,
  feb: 2,
  fevrier: 2,
  march: 3,
  mars: 3,
  april: 4,
  apr: 4,
  avril: 4,
  may: 5,
  mai: 5,
  june: 6,
  juin: 6,
  july: 7,
  juillet: 7,
  august: 8,
  aug: 8,
  aout: 8,
  september: 9,
  sept: 9,
  sep: 9,
  septembre: 9,
  october: 10,
  oct: 10,
  octobre: 10,
  november: 11,
  nov: 11,
  novembre: 11,
  december: 12,
  dec: 12,
  decembre: 12,
};

const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  a: 1,
  an: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  onze: 11,
  douze: 12,
  quinze: 15,
  vingt: 20,
  trente: 30,
  quarante: 40,
  cinquante: 50,
  soixante: 60,
};
const SCALES: Record<string, number> = {
  hundred: 100,
  hundreds: 100,
  cent: 100,
  cents: 100,
  thousand: 1000,
  mille: 1000,
};

const FREQUENCIES: [RegExp, number][] = [
  [
    /\b(?:quarterly|every (?:three months|quarter)|(?:four|4) times (?:a|per|each) year|trimestriel(?:le)?s?|chaque trimestre|tous les trois mois)\b/g,
    4,
  ],
  [
    /\b(?:bi-?annual(?:ly)?|semi-?annual(?:ly)?|twice (?:a|per|each) year|(?:two|2) times (?:a|per|each) year|every six months|deux fois par an|semestriel(?:le)?s?|tous les six mois)\b/g,
    2,
  ],
  [/\b(?:annual(?:ly)?|yearly|every year|once (?:a|per) year|chaque annee|annuel(?:le)?s?|une fois par an)\b/g, 1],
  [/\b(?:monthly|every month|mensuel(?:le)?s?|chaque mois|tous les mois)\b/g, 12],
  [/\b(?:weekly|every week|hebdomadaire|chaque semaine)\b/g, 52],
  // Estonian (folded): every quarter, every year, every month.
  [/\b(?:igas kvartalis|kord kvartalis|kvartaalselt)\b/g, 4],
  [/\b(?:igal aastal|kord aastas|iga-?aastaselt|igaaastased?)\b/g, 1],
  [/\b(?:igal kuul|kord kuus|igakuiselt)\b/g, 12],
];

/** Counts written in words before "times a year", "fois par an", "korda aastas" (folded). */
const TIMES: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  uks: 1,
  kaks: 2,
  kolm: 3,
  neli: 4,
  viis: 5,
  kuus: 6,
};

/** "three times a year", "trois fois par an", "kolm korda aastas": any count of times a year. */
const TIMES_A_YEAR =
  /\b(\d{1,2}|one|two|three|four|five|six|une|deux|trois|quatre|cinq|uks|kaks|kolm|neli|viis|kuus) (?:times (?:a|per|each) year|fois par an|korda aastas)\b/g;

const DURATION =
  /\b(?:within|in|under|dans|en|sous)?\s*(an|one|a|\d+|une|deux|two)\s+(hours?|heures?|minutes?|days?|jours?)\b|\bdans l'heure\b/g;
const PERCENT = /(\d+(?:[.,]\d+)?)\s*(?:%|per ?cent\b|pour ?cent\b)/g;
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
const YEAR = /\b(19\d{2}|20\d{2})\b/g;
/**
 * A figure in digits. Not one glued to letters ("2OO", "1e2", "G7", "45th": a typo, a code or an ordinal, no count).
 */
const DIGITS = /(?<![a-z\d.,])(\d{1,3}(?:[ ,\u00a0\u202f]\d{3})+|\d+)(?:[.,](\d+))?(?![\d%a-z])/g;
const WORD = /[a-z]+(?:-[a-z]+)*/g;

/**
 * Calls `each` with every match of the global regex `re` in `text`, and returns `text` with the matches blanked (the
 * same length: offsets hold), so that later patterns do not read them again ("2020" of a date is no year).
 */
export function takeMatches(text: string, re: RegExp, each: (m: RegExpExecArray) => void): string {
  return text.replace(re, (...args) => {
    const m = args.slice(0, -2) as unknown as RegExpExecArray;
    m.index = args[args.length - 2] as number;
    each(m);
    return " ".repeat((args[0] as string).length);
  });
}

function wordsAfter(text: string, end: number): string[] {
  return (text.slice(end, end + 60).match(WORD) ?? []).slice(0, 3);
}

/**
 * The patterns made from the lists of month names and number words, built on first use: building them costs ~0.3 ms,
 * and the content script loads this module on every page, most of which state no claim.
 */
let built:
  | { dayMonth: RegExp; monthDay: RegExp; monthYear: RegExp; monthAlone: RegExp; numberWords: RegExp }
  | undefined;
function listPatterns(): NonNullable<typeof built> {
  if (built) return built;
  const longestFirst = (words: string[]) => words.sort((a, b) => b.length - a.length).join("|");
  const month = longestFirst(Object.keys(MONTHS));
  const numberWord = `(?:${longestFirst([...Object.keys(UNITS), ...Object.keys(SCALES)])})`;
  built = {
    dayMonth: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th|er)?\\s+(${month})\\b\\.?(?:,?\\s+(\\d{4}))?`, "g"),
    monthDay: new RegExp(`\\b(${month})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4}))?`, "g"),
    monthYear: new RegExp(`\\b(${month})\\s+(?:of\\s+)?(\\d{4})\\b`, "g"),
    monthAlone: new RegExp(`\\b(?:in|en|since|depuis|from|until|by|last|this|next)\\s+(${month})\\b`, "g"),
    numberWords: new RegExp(`\\b${numberWord}(?:[ -](?:and[ -])?${numberWord})*\\b`, "g"),
  };
  return built;
}

/** "two hundred", "twenty-five", "deux cents", "a thousand": numbers written in words. */
function numberWords(text: string, out: StatedNumber[]): void {
  for (const m of text.matchAll(listPatterns().numberWords)) {
    const words = m[0].split(/[ -]/).filter((w) => w !== "and");
    let total = 0;
    let current = 0;
    for (const w of words) {
      const scale = SCALES[w];
      if (scale !== undefined) {
        current = (current || 1) * scale;
        if (scale >= 1000) {
          total += current;
          current = 0;
        }
      } else current += UNITS[w] ?? 0;
    }
    // "a", "an", "one" and "un" alone are articles or pronouns far more often than numbers.
    if (words.length === 1 && ["a", "an", "un", "une", "one"].includes(words[0] as string)) continue;
    const value = total + current;
    const at = m.index ?? 0;
    if (value > 0)
      out.push({ value, written: m[0], after: wordsAfter(text, at + m[0].length), approx: approxBefore(text, at) });
  }
}

export function extractValues(sentence: string): StatedValues {
  return valuesOfFolded(foldKey(sentence));
}

/** The same, of a sentence already folded (`foldKey`): the claim finder folds each sentence once for its words too. */
export function valuesOfFolded(folded: string): StatedValues {
  const found: StatedValues = { numbers: [], percents: [], dates: [], years: [], frequencies: [], durations: [] };
  const { dayMonth, monthDay, monthYear, monthAlone } = listPatterns();
  // Most patterns need a digit: a sentence with none skips them (the others run in the same order either way).
  const digits = /\d/.test(folded);
  let text = folded;
  const ifDigits = (re: RegExp, each: (m: RegExpExecArray) => void) => {
    if (digits) text = takeMatches(text, re, each);
  };
  ifDigits(ISO_DATE, (m) => found.dates.push({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }));
  ifDigits(dayMonth, (m) =>
    found.dates.push({ day: Number(m[1]), month: MONTHS[m[2] as string], ...(m[3] ? { year: Number(m[3]) } : {}) }),
  );
  ifDigits(monthDay, (m) =>
    found.dates.push({ month: MONTHS[m[1] as string], day: Number(m[2]), ...(m[3] ? { year: Number(m[3]) } : {}) }),
  );
  ifDigits(monthYear, (m) => found.dates.push({ month: MONTHS[m[1] as string], year: Number(m[2]) }));
  text = takeMatches(text, monthAlone, (m) => found.dates.push({ month: MONTHS[m[1] as string] }));
  ifDigits(PERCENT, (m) => found.percents.push(Number((m[1] as string).replace(",", "."))));
  for (const [re, times] of FREQUENCIES) text = takeMatches(text, re, () => found.frequencies.push(times));
  text = takeMatches(text, TIMES_A_YEAR, (m) => {
    const count = m[1] as string;
    found.frequencies.push(/^\d/.test(count) ? Number(count) : (TIMES[count] ?? 1));
  });
  text = takeMatches(text, DURATION, (m) => {
    if (!m[2]) return void found.durations.push(60);
    const n = /^\d+$/.test(m[1] as string) ? Number(m[1]) : (UNITS[m[1] as string] ?? 1);
    const unit = m[2] as string;
    found.durations.push(n * (unit.startsWith("min") ? 1 : unit.startsWith("h") ? 60 : 1440));
  });
  ifDigits(YEAR, (m) => found.years.push(Number(m[1])));
  ifDigits(DIGITS, (m) => {
    const whole = Number((m[1] as string).replace(/[ ,\u00a0\u202f]/g, ""));
    const value = m[2] ? Number(`${whole}.${m[2]}`) : whole;
    found.numbers.push({
      value,
      written: m[0],
      after: wordsAfter(text, m.index + m[0].length),
      approx: approxBefore(text, m.index),
    });
  });
  numberWords(text, found.numbers);
  return found;
}
