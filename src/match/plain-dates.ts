// Plain dates, read by hand. chrono-node's patterns cost V8 tens of milliseconds to compile on a page's first date
// (docs/benchmark.md), paid while the reader waits, on every page that reads a claim. Most claim sentences give their
// dates in a few forms whose reading is not in doubt ("28 October 2020", "October 28, 2020", "March 2021", "in
// September", "today", and their French): those are read here, from the sentence's words looked up in tables (no
// pattern to compile), and a sentence with anything else date-like in it is read whole by chrono-node, as before. Unit
// tests check that the two read these forms alike (tests/unit/dates.test.ts).
import { MONTH_NAMES } from "../facts/dates";

/** One date read by hand: the parts the sentence gives, or a number of days from the page's date. */
export interface PlainDate {
  /** The words of the sentence, as written. */
  text: string;
  year?: number;
  month?: number;
  day?: number;
  /** "today" 0, "yesterday" -1: placed against the page's date. */
  daysFromPage?: number;
  /** A month written alone: its year is the page's date's (given only with one), unread without. */
  yearFromPage?: true;
  /** Where the words stand in the sentence (UTF-16 offsets, end exclusive). */
  start: number;
  end: number;
}

const EN_MONTHS = MONTH_NAMES.map((m) => m.toLowerCase());
/** French months, folded (no diacritics). */
export const FR_MONTHS = [
  "janvier",
  "fevrier",
  "mars",
  "avril",
  "mai",
  "juin",
  "juillet",
  "aout",
  "septembre",
  "octobre",
  "novembre",
  "decembre",
];
/** Month words (folded) and their numbers: English and French names and the abbreviations news uses. */
const MONTHS = new Map<string, number>([
  ...EN_MONTHS.map((m, i): [string, number] => [m, i + 1]),
  ...FR_MONTHS.map((m, i): [string, number] => [m, i + 1]),
  ...(
    [
      ["jan", 1],
      ["feb", 2],
      ["mar", 3],
      ["apr", 4],
      ["jun", 6],
      ["jul", 7],
      ["aug", 8],
      ["sep", 9],
      ["sept", 9],
      ["oct", 10],
      ["nov", 11],
      ["dec", 12],
      ["janv", 1],
      ["fevr", 2],
      ["avr", 4],
      ["juil", 7],
    ] as const
  ).map(([m, n]): [string, number] => [m, n]),
]);
/** Month words that are also English words: dates only beside a figure, or capitalised inside a sentence. */
const AMBIGUOUS_MONTHS = new Set(["may", "mar", "march"]);
/** Words that make a month written alone a date: "in September", "mid-March", "en septembre". */
const BEFORE_MONTH_ALONE = new Set(["in", "since", "until", "by", "early", "late", "mid"]);
const BEFORE_FRENCH_MONTH_ALONE = new Set(["en", "depuis", "fin", "debut", "mi", "courant"]);
const ORDINAL_SUFFIXES = new Set(["st", "nd", "rd", "th", "er"]);
/** Days named from the page's date, as chrono-node places them. */
const DAYS_FROM_PAGE = new Map([
  ["today", 0],
  ["tonight", 0],
  ["yesterday", -1],
  ["tomorrow", 1],
  ["hier", -1],
  ["demain", 1],
]);
/** Words that give chrono-node a date this module does not read: it then reads the sentence whole. */
const LEFT_TO_CHRONO = new Set([
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
  "lundi",
  "mardi",
  "mercredi",
  "jeudi",
  "vendredi",
  "samedi",
  "dimanche",
  "ago",
  "tmr",
  "weekend",
]);
const WEEKDAY_ABBREVIATIONS = new Set(["mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"]);
const RELATIVE_BEFORE = new Set(["last", "next", "past", "this", "coming", "cette"]);
const RELATIVE_UNITS = new Set(["week", "weeks", "month", "months", "year", "years", "night", "quarter", "semaine"]);
const FRENCH_UNITS = new Set(["semaine", "mois", "annee", "an"]);
const FRENCH_RELATIVE_AFTER = new Set(["dernier", "derniere", "prochain", "prochaine", "passe", "passee"]);

interface Word {
  text: string;
  start: number;
  end: number;
  digits: boolean;
}

const WORD = /\d+|[a-z]+/g;

function wordsOf(folded: string): Word[] {
  const words: Word[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(folded); m; m = WORD.exec(folded))
    words.push({ text: m[0], start: m.index, end: m.index + m[0].length, digits: m[0].charCodeAt(0) <= 57 });
  return words;
}

const isYear = (w: Word | undefined, folded: string) =>
  w?.digits === true &&
  w.text.length === 4 &&
  (w.text.startsWith("19") || w.text.startsWith("20")) &&
  !/[\d%]/.test(folded.charAt(w.end));
const isDay = (w: Word | undefined) => w?.digits === true && w.text.length <= 2;

/**
 * The year chrono-node gives a month written without one (its findYearClosestToRef, in UTC): the page's date moved
 * into that month (a 31st rolls over into the next) and to its first day, then a year later or earlier if nearer.
 */
function nearestYear(page: Date, month: number): number {
  const date = new Date(page);
  date.setUTCMonth(month - 1);
  date.setUTCDate(1);
  const away = (years: number) => {
    const d = new Date(date);
    d.setUTCFullYear(d.getUTCFullYear() + years);
    return Math.abs(d.getTime() - page.getTime());
  };
  const year = date.getUTCFullYear();
  if (away(1) < away(0)) return year + 1;
  return away(-1) < away(0) ? year - 1 : year;
}

/**
 * The plain dates of a sentence, in the order written, or null when it holds anything else chrono-node might read as
 * a date (a weekday, a relative phrase, digits joined by a slash, a month beside a figure in another form): then
 * chrono-node reads it all. `folded` is the sentence folded code unit by code unit (same length as `text`), `page` the
 * page's date, which gives a month written alone its year.
 */
export function readPlainDates(folded: string, text: string, page?: Date): PlainDate[] | null {
  const words = wordsOf(folded);
  const found: PlainDate[] = [];
  const taken = new Set<number>();
  const between = (a: Word | undefined, b: Word | undefined, gap: RegExp) =>
    a !== undefined && b !== undefined && gap.test(folded.slice(a.end, b.start));
  /** The word at `i` and an ordinal suffix written onto it ("28th"): the index of the word after both. */
  const afterOrdinal = (i: number) => {
    const next = words[i + 1];
    return next && ORDINAL_SUFFIXES.has(next.text) && next.start === words[i]?.end ? i + 2 : i + 1;
  };
  const take = (first: number, last: number, parts: Omit<PlainDate, "text" | "start" | "end">) => {
    const start = (words[first] as Word).start;
    const end = (words[last] as Word).end;
    for (let k = first; k <= last; k++) taken.add(k);
    found.push({ text: text.slice(start, end), ...parts, start, end });
  };
  const validDay = (day: number, month: number, year: number) =>
    day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();

  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word;
    const month = MONTHS.get(w.text);
    if (month === undefined || taken.has(i)) continue;
    // "28 October 2020", "1er avril 2024", "28th of October, 2020".
    let j = i - 1;
    if (words[j]?.text === "of" && between(words[j], w, /^\s+$/)) j--;
    const suffixed = words[j] !== undefined && ORDINAL_SUFFIXES.has((words[j] as Word).text);
    const d = suffixed && words[j - 1]?.end === words[j]?.start ? j - 1 : j;
    const y = i + 1;
    if (
      isDay(words[d]) &&
      !taken.has(d) &&
      words[d - 1]?.end !== words[d]?.start &&
      between(words[j], words[j + 1], /^\s+$/) &&
      between(w, words[y], /^\.?,?\s+$/) &&
      isYear(words[y], folded)
    ) {
      const day = Number((words[d] as Word).text);
      const year = Number((words[y] as Word).text);
      if (!validDay(day, month, year)) return null;
      take(d, y, { year, month, day });
      continue;
    }
    // "October 28, 2020", "Mar 28 2024".
    const after = afterOrdinal(i + 1);
    if (
      isDay(words[i + 1]) &&
      between(w, words[i + 1], /^\.?\s+$/) &&
      between(words[after - 1], words[after], /^,?\s+$/) &&
      isYear(words[after], folded)
    ) {
      const day = Number((words[i + 1] as Word).text);
      const year = Number((words[after] as Word).text);
      if (!validDay(day, month, year)) return null;
      take(i, after, { year, month, day });
      continue;
    }
    // "March 2021", "septembre 2020", "September of 2020".
    const of = words[y]?.text === "of" && between(w, words[y], /^\s+$/) ? y + 1 : y;
    if (between(words[of - 1], words[of], /^\.?,?\s+$/) && isYear(words[of], folded)) {
      take(i, of, { year: Number((words[of] as Word).text), month });
      continue;
    }
    // "in September", "mid-March": an English month, with the capital English gives it.
    const before = words[i - 1];
    const figureAfter = between(w, words[i + 1], /^[.,]?\s*$/) && words[i + 1]?.digits;
    if (
      before &&
      BEFORE_MONTH_ALONE.has(before.text) &&
      between(before, w, /^[\s-]+$/) &&
      EN_MONTHS.includes(w.text) &&
      !figureAfter
    ) {
      if (!/\p{Lu}/u.test(text.charAt(w.start))) continue;
      take(
        i - 1,
        i,
        page ? { year: nearestYear(page, month), month, yearFromPage: true } : { month, yearFromPage: true },
      );
      continue;
    }
    // "en septembre": read by hand after chrono-node, which does not read it (src/match/dates.ts).
    if (before && BEFORE_FRENCH_MONTH_ALONE.has(before.text) && FR_MONTHS.includes(w.text) && !figureAfter) continue;
    // Any other month: chrono-node's, unless it is an English word ("may") with no figure beside it.
    if (!AMBIGUOUS_MONTHS.has(w.text)) return null;
    const figureBefore = words[i - 1]?.digits && between(words[i - 1], w, /^\s+$/);
    const capitalisedInside = i > 0 && /\p{Lu}/u.test(text.charAt(w.start));
    if (figureAfter || figureBefore || capitalisedInside) return null;
  }

  for (let i = 0; i < words.length; i++) {
    if (taken.has(i)) continue;
    const w = words[i] as Word;
    const next = words[i + 1];
    const days = DAYS_FROM_PAGE.get(w.text);
    if (days !== undefined) {
      // "avant-hier", "hier soir": chrono-node's.
      if (words[i - 1]?.text === "avant" || (w.text === "hier" && next?.text === "soir")) return null;
      take(i, i, { daysFromPage: days });
      continue;
    }
    if (w.text === "aujourd" && next?.text === "hui") {
      take(i, i + 1, { daysFromPage: 0 });
      i++;
      continue;
    }
    if (LEFT_TO_CHRONO.has(w.text)) return null;
    if (WEEKDAY_ABBREVIATIONS.has(w.text) && folded.charAt(w.end) === ".") return null;
    if (RELATIVE_BEFORE.has(w.text) && next) {
      const unit = next.digits ? words[i + 2] : next;
      if (unit && RELATIVE_UNITS.has(unit.text)) return null;
      if (w.text === "cette" && next.text === "annee") return null;
    }
    if (FRENCH_UNITS.has(w.text) && next && FRENCH_RELATIVE_AFTER.has(next.text)) return null;
    if (w.text === "il" && next?.text === "y" && words[i + 2]?.text === "a") return null;
    // Digits joined by slashes, dots or dashes into a day, a month and a year: "28/10/2020", "2020-10-28".
    if (w.digits && next?.digits && words[i + 2]?.digits) {
      const gap1 = folded.slice(w.end, next.start);
      const gap2 = folded.slice(next.end, (words[i + 2] as Word).start);
      if (/^\s?[/.-]\s?$/.test(gap1) && gap1.trim() === gap2.trim()) return null;
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
