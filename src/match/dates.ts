// The dates a sentence gives, read against the page's own date. English and French with chrono-node (absolute
// dates in their many formats, and relative ones: "on Wednesday", "last week", "la semaine dernière"); Estonian,
// which chrono-node does not read, and bare years ("in 2021", "en 2021"), which it leaves alone, by hand below.
//
// A page's date dates the page, not the event: a wire dateline ("TALLINN, Oct 29 (Wire) –") is the page's date, and
// the dates in it are not the event's. A relative date is placed only against the page's date; without one it is
// unread, never a difference.
import * as en from "chrono-node/en";
import * as fr from "chrono-node/fr";

/**
 * Would reading `sentence`'s dates run chrono-node's parsers? False for a sentence whose dates are all plain ones, read
 * by hand from its words (see `readPlainDates`): the parsers' patterns cost tens of milliseconds to compile on their
 * first uses, and a plain date is most of what claim sentences give.
 */
export function needsDateParser(sentence: string): boolean {
  // Without the page's date: whether a month alone is plain does not depend on it.
  return readPlainDates(foldSameLength(sentence), sentence) === null;
}

/**
 * English parsers of chrono-node's casual set left out: "3 days ago", "2 weeks later", "within 2 days", "+2 days",
 * times of day ("3pm", "this morning") and "the end of the month". Their patterns cost tens of milliseconds to compile
 * on their first uses (about 170 ms for the first two alone), in one task of the page's main thread, for phrasings
 * that do not date a meeting or a signing. Told by class name (the claim reader is built keeping names: wxt.config.ts).
 */
const LEFT_OUT = new Set([
  "ENTimeUnitAgoFormatParser",
  "ENTimeUnitLaterFormatParser",
  "ENTimeUnitWithinFormatParser",
  "ENTimeUnitCasualRelativeFormatParser",
  "ENTimeExpressionParser",
  "ENCasualTimeParser",
  "ENEndOfCurrentMonthParser",
]);

/**
 * chrono-node's parsers, made on first use of each language: its modules' own ready-made parsers (`en.parse`) are
 * built when the module loads, and most pages never read a date.
 */
const parsers: { en?: en.Chrono; fr?: fr.Chrono } = {};
function chrono(french: boolean): en.Chrono {
  if (french) {
    parsers.fr ??= new fr.Chrono(fr.createCasualConfiguration());
    return parsers.fr;
  }
  if (!parsers.en) {
    const casual = en.configuration.createCasualConfiguration(false);
    casual.parsers = casual.parsers.filter((p) => !LEFT_OUT.has(p.constructor.name));
    parsers.en = new en.Chrono(casual);
  }
  return parsers.en;
}

import { foldCode } from "./fold";
import { FR_MONTHS, readPlainDates } from "./plain-dates";
import { takeMatches } from "./values";

/** One date as the sentence gives it, with only the parts it gives (or that its page's date fixes). */
export interface DateReading {
  /** The words of the sentence, as written ("Mar 28, 2024", "on Wednesday"). */
  text: string;
  year?: number;
  month?: number;
  day?: number;
  /** A span of days (a week), first and last day as YYYY-MM-DD. */
  range?: [string, string];
  /** Placed against the page's date. */
  relative: boolean;
}

export interface DatesRead {
  dates: DateReading[];
  /** Dates that could not be placed, as written: relative dates on a page with no date of its own. */
  unread: string[];
  /** The dateline at the sentence's start, if any: the page's date, not the event's. */
  dateline?: string;
}

interface Ymd {
  year: number;
  month: number;
  day: number;
}

function iso(d: Ymd): string {
  return `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
}

function fromUtc(date: Date): Ymd {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

function parseIsoDay(text: string | undefined): Date | undefined {
  const m = text ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(text) : null;
  if (!m) return undefined;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12));
  return Number.isNaN(date.getTime()) ? undefined : date;
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

/** Monday to Sunday of the week a day falls in. */
function weekOf(date: Date): [string, string] {
  const monday = addDays(date, -((date.getUTCDay() + 6) % 7));
  return [iso(fromUtc(monday)), iso(fromUtc(addDays(monday, 6)))];
}

/**
 * A dateline: an ALL-CAPS place at the start, then a date and a source up to a dash or a closing bracket
 * ("TALLINN, Oct 29 (Wire) –", "HELSINKI (… – 29th October, 2020)").
 */
const DATELINE =
  /^\s*\p{Lu}[\p{Lu}.'’ -]{2,40}(?:\s*\([^)]{0,80}\)\s*[–—-]?\s*|,[^–—\n]{0,60}?[–—]\s*|,[^\n]{0,60}?\s-\s)/u;

const TIME_ONLY = /\b(?:hours?|minutes?|seconds?|heures?|tund\w*|minut\w*)\b/;
const RELATIVE_WORDS =
  /\b(?:last|next|this|ago|yesterday|today|tomorrow|tonight|dernier|derniere|prochain|prochaine|hier|aujourd|demain|il y a|cette)\b/;
/** Text folded code unit by code unit (lower case, no diacritics), keeping offsets: the hand-written patterns read it. */
function foldSameLength(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) out += String.fromCharCode(foldCode(text.charCodeAt(i)));
  return out;
}

function blank(text: string, start: number, end: number): string {
  return text.slice(0, start) + " ".repeat(end - start) + text.slice(end);
}

/** French if its little words outnumber English ones: which of chrono-node's parsers to ask. */
function looksFrench(folded: string): boolean {
  const fr = folded.match(/\b(?:le|la|les|des|du|une|et|est|au|aux|dans|sur|pour|avec|que|qui|en|a|l|d)\b/g)?.length;
  const en = folded.match(/\b(?:the|and|of|to|on|is|was|with|that|for|in|has|have|at|by)\b/g)?.length;
  return (fr ?? 0) > (en ?? 0);
}

// Estonian by hand: month stems take case endings ("oktoobril", "septembris"), a day or a year is an ordinal with a
// full stop ("28. oktoobril 2020", "2021. aastal").
const ET_MONTHS = [
  "jaanuar",
  "veebruar",
  "marts",
  "aprill",
  "mai",
  "juuni",
  "juuli",
  "august",
  "september",
  "oktoober",
  "november",
  "detsember",
];
/** Month stems as they appear inflected ("oktoobris": the stem drops the vowel before the last consonant). */
const ET_MONTH_STEMS: [string, number][] = [
  ...ET_MONTHS.map((m, i): [string, number] => [m, i + 1]),
  ["oktoobri", 10],
  ["septembri", 9],
  ["novembri", 11],
  ["detsembri", 12],
  ["jaanuari", 1],
  ["veebruari", 2],
  ["martsi", 3],
  ["aprilli", 4],
  ["juunis", 6],
  ["juulis", 7],
  ["augusti", 8],
];
const ET_MONTH = `(${ET_MONTH_STEMS.map(([s]) => s)
  .sort((a, b) => b.length - a.length)
  .join("|")})[a-z]{0,3}`;
const ET_DAY_MONTH = new RegExp(`\\b(\\d{1,2})\\.\\s*${ET_MONTH}\\b(?:\\s+(\\d{4}))?`, "g");
const ET_MONTH_YEAR = new RegExp(`\\b${ET_MONTH}\\s+(\\d{4})\\b`, "g");
/** The week of the page's date. */
const THIS_WEEK = /\b(?:this week|cette semaine|sel nädalal|käesoleval nädalal)\b/giu;
/** A date written in numbers with full stops: "02.04.2024", "28.10.2020". */
const DOTTED = /(?<![\d.])\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b(?![.,]?\d)/g;
/** The year first: "2020. aasta augustis" (in August of 2020), "2020. a septembris". */
const ET_YEAR_MONTH = new RegExp(`\\b(\\d{4})\\.\\s*(?:aasta|a\\.?)\\s+${ET_MONTH}\\b`, "g");
const ET_MONTH_ALONE = new RegExp(`\\b${ET_MONTH}(?:is|il|ist|ini)\\b`, "g");
const ET_WEEKDAYS = ["esmaspaev", "teisipaev", "kolmapaev", "neljapaev", "reede", "laupaev", "puhapaev"];
const ET_WEEKDAY = new RegExp(`\\b(${ET_WEEKDAYS.join("|")})(?:al|el|l)?\\b`, "g");
const ET_LAST_WEEK = /\beelmisel nadalal\b/g;
/** "in September" in French ("en septembre", "fin septembre"), which chrono-node's French parser leaves alone. */
const FR_MONTH_ALONE = new RegExp(`\\b(?:en|depuis|fin|debut|mi-?|courant)\\s+(${FR_MONTHS.join("|")})\\b`, "g");
/** A year on its own: four digits from 1900 to 2099 that are not part of a larger figure or a percentage. */
const BARE_YEAR = /(?<![\d.,])\b(19\d{2}|20\d{2})\b(?![.,]?\d|\s*%)/g;

function etMonth(stem: string): number {
  return ET_MONTH_STEMS.find(([s]) => s === stem)?.[1] ?? 0;
}

/** The full date a dateline gives ("HELSINKI (… – 29th October, 2020)"), if it gives day, month and year. */
function datelineDate(line: string): Date | undefined {
  const plain = readPlainDates(foldSameLength(line), line);
  const full = plain?.find((r) => r.day !== undefined && r.month !== undefined && r.year !== undefined);
  if (full) return new Date(Date.UTC(full.year ?? 0, (full.month ?? 1) - 1, full.day ?? 1, 12));
  if (plain) return undefined;
  const [inLine] = chrono(false).parse(line, new Date(Date.UTC(2000, 0, 1, 12)));
  const known = inLine?.start;
  if (known?.isCertain("year") && known.isCertain("month") && known.isCertain("day"))
    return new Date(Date.UTC(known.get("year") ?? 0, (known.get("month") ?? 1) - 1, known.get("day") ?? 1, 12));
  return undefined;
}

/** Words chrono-node reads as the reference date itself: they say when something is true, not when it happened. */
const NOT_AN_EVENT_DATE = /^(?:right\s+)?(?:now|maintenant|actuellement)$/;
/**
 * One English word in lower case or of three letters ("march", "sat", "Mon"): a verb or a French word chrono-node reads
 * as a month or a weekday. English writes months and weekdays with a capital, and news spells abbreviations with a
 * full stop or beside a figure.
 */
const LOWER_CASE_WORD = /^(?:\p{Ll}\p{L}*|(?!May$)\p{L}{1,3})$/u;
/** A day and month of digits with no year ("3/4", "1.5"): as often a fraction or a decimal as a date. */
const DIGITS_WITHOUT_YEAR = /^\d{1,2}[/.]\d{1,2}$/;

/**
 * Reads `text` (and `folded`, its folded copy of the same length) with chrono-node against the page's date, handing
 * each date to `placed`, or to `relative` when it depends on the page's date. Returns `folded` with what it read
 * blanked out.
 */
function readByChrono(
  text: string,
  foldedText: string,
  page: Date | undefined,
  placed: (reading: DateReading) => void,
  relative: (written: string, resolve: (page: Date) => DateReading) => void,
): string {
  // chrono-node reads the sentence with the page's date as its reference; without one, with a fixed reference whose
  // year is never used (a part it only implies is dropped).
  let folded = foldedText;
  const reference = page ?? new Date(Date.UTC(2000, 5, 15, 12));
  const french = looksFrench(folded);
  const parser = chrono(french);
  let results: ReturnType<typeof parser.parse> = [];
  try {
    results = parser.parse(text, reference);
  } catch {
    results = [];
  }
  // What a second reference moves is relative ("today", "in two days"), whatever chrono-node marks as certain.
  let moved: Set<string> | undefined;
  const dependsOnReference = (r: (typeof results)[number]) => {
    if (!moved) {
      const later = new Date(reference.getTime() + 400 * 86_400_000);
      let again: typeof results = [];
      try {
        again = parser.parse(text, later);
      } catch {
        again = [];
      }
      const same = new Set(again.map((x) => `${x.index}:${x.start.date().toISOString().slice(0, 10)}`));
      moved = new Set(
        results
          .filter((x) => !same.has(`${x.index}:${x.start.date().toISOString().slice(0, 10)}`))
          .map((x) => `${x.index}`),
      );
    }
    return moved.has(`${r.index}`);
  };
  for (const r of results) {
    const s = r.start;
    const lower = folded.slice(r.index, r.index + r.text.length);
    folded = blank(folded, r.index, r.index + r.text.length);
    if (!s.isCertain("day") && !s.isCertain("month") && !s.isCertain("year") && !s.isCertain("weekday")) continue;
    // A time or a delay ("within one hour", "at 5") is no date.
    if (TIME_ONLY.test(lower)) continue;
    const written = r.text.trim();
    if (NOT_AN_EVENT_DATE.test(lower.trim()) || DIGITS_WITHOUT_YEAR.test(written)) continue;
    if (!french && LOWER_CASE_WORD.test(written.replace(/^(?:on|in)\s+/i, ""))) continue;
    // "May" or "March" opening a sentence on its own is a verb ("May they…", "March on, soldiers").
    if (r.index === text.search(/\S/) && /^(?:May|March)$/.test(written)) continue;
    const at = fromUtc(new Date(Date.UTC(s.get("year") ?? 2000, (s.get("month") ?? 1) - 1, s.get("day") ?? 1, 12)));
    if (/\b(?:week|semaine)\b/.test(lower)) {
      relative(written, (p) => ({
        text: written,
        range: weekOf(addDays(p, -7 * (/next|prochaine/.test(lower) ? -1 : 1))),
        relative: true,
      }));
      continue;
    }
    if (RELATIVE_WORDS.test(lower) || (s.isCertain("weekday") && !s.isCertain("day")) || dependsOnReference(r)) {
      relative(written, (p) => {
        let date = new Date(Date.UTC(at.year, at.month - 1, at.day, 12));
        // A weekday in a report is the last one: "on Wednesday" in Thursday's paper is the day before.
        if (s.isCertain("weekday") && !RELATIVE_WORDS.test(lower) && date > p) date = addDays(date, -7);
        const d = fromUtc(date);
        if (/\b(?:month|mois)\b/.test(lower)) return { text: written, year: d.year, month: d.month, relative: true };
        if (/\b(?:year|annee)\b/.test(lower)) return { text: written, year: d.year, relative: true };
        return { text: written, ...d, relative: true };
      });
      continue;
    }
    const reading: DateReading = { text: written, relative: false };
    if (s.isCertain("year")) reading.year = at.year;
    else if (page && s.isCertain("month")) reading.year = at.year;
    if (s.isCertain("month")) reading.month = at.month;
    if (s.isCertain("day")) reading.day = at.day;
    if (reading.year !== undefined || reading.month !== undefined) placed(reading);
  }
  return folded;
}

/**
 * The dates of a sentence. `pageDate` (YYYY-MM-DD) is the page's own date: it places relative dates, and gives a
 * year to a date written without one; a dateline's full date stands in for it when absent. Never throws: text it
 * cannot read is left unread.
 */
export function readDates(sentence: string, pageDate?: string): DatesRead {
  const out: DatesRead = { dates: [], unread: [] };
  let text = sentence;
  let page = parseIsoDay(pageDate);
  const dateline = DATELINE.exec(text);
  if (dateline) {
    out.dateline = dateline[0].trim();
    if (!page) page = datelineDate(dateline[0]);
    text = blank(text, 0, dateline[0].length);
  }
  const placed = (reading: DateReading) => out.dates.push(reading);
  // Numbers with full stops are day first in the three languages ("02.04.2024" is 2 April), where chrono-node's
  // English parser reads them month first: read here, and left out of what it reads.
  text = takeMatches(text, DOTTED, (m) => {
    const [day, month] = [Number(m[1]), Number(m[2])];
    if (day >= 1 && day <= 31 && month >= 1 && month <= 12)
      placed({ text: m[0], day, month, year: Number(m[3]), relative: false });
  });
  const relative = (written: string, resolve: (page: Date) => DateReading) => {
    if (page) placed(resolve(page));
    else out.unread.push(written);
  };
  // The page's own week ("this week", "cette semaine", "sel nädalal"), which chrono-node leaves unread.
  text = takeMatches(text, THIS_WEEK, ([written]) =>
    relative(written, (p) => ({ text: written, range: weekOf(p), relative: true })),
  );
  let folded = foldSameLength(text);

  const plain = readPlainDates(folded, text, page);
  if (plain) {
    for (const { text: written, daysFromPage, yearFromPage, start, end, ...parts } of plain) {
      if (daysFromPage !== undefined)
        relative(written, (p) => ({ text: written, ...fromUtc(addDays(p, daysFromPage)), relative: true }));
      else if (yearFromPage) relative(written, () => ({ text: written, ...parts, relative: true }));
      else placed({ text: written, ...parts, relative: false });
      folded = blank(folded, start, end);
    }
  } else folded = readByChrono(text, folded, page, placed, relative);

  const take = (re: RegExp, each: (m: RegExpExecArray) => void) => {
    folded = takeMatches(folded, re, each);
  };
  const writtenAt = (m: RegExpExecArray) => text.slice(m.index, m.index + m[0].length).trim();
  take(ET_DAY_MONTH, (m) =>
    placed({
      text: writtenAt(m),
      day: Number(m[1]),
      month: etMonth(m[2] as string),
      ...(m[3] ? { year: Number(m[3]) } : page ? { year: page.getUTCFullYear() } : {}),
      relative: false,
    }),
  );
  take(ET_YEAR_MONTH, (m) =>
    placed({ text: writtenAt(m), month: etMonth(m[2] as string), year: Number(m[1]), relative: false }),
  );
  take(ET_MONTH_YEAR, (m) =>
    placed({ text: writtenAt(m), month: etMonth(m[1] as string), year: Number(m[2]), relative: false }),
  );
  take(ET_MONTH_ALONE, (m) => placed({ text: writtenAt(m), month: etMonth(m[1] as string), relative: false }));
  take(FR_MONTH_ALONE, (m) =>
    placed({ text: writtenAt(m), month: FR_MONTHS.indexOf(m[1] as string) + 1, relative: false }),
  );
  take(ET_WEEKDAY, (m) =>
    relative(writtenAt(m), (p) => {
      const back = (p.getUTCDay() - ((ET_WEEKDAYS.indexOf(m[1] as string) + 1) % 7) + 7) % 7;
      return { text: writtenAt(m), ...fromUtc(addDays(p, -back)), relative: true };
    }),
  );
  take(ET_LAST_WEEK, (m) =>
    relative(writtenAt(m), (p) => ({ text: writtenAt(m), range: weekOf(addDays(p, -7)), relative: true })),
  );
  take(BARE_YEAR, (m) => placed({ text: writtenAt(m), year: Number(m[1]), relative: false }));
  return out;
}

/** "28 October 2020", "March 2021", "the week of 1–7 April 2024": a reading as the card says it. */
export function describeReading(
  d: DateReading,
  describe: (p: { year?: number; month?: number; day?: number }) => string,
): string {
  if (d.range) return `the week of ${describe(ymdOf(d.range[0]))} to ${describe(ymdOf(d.range[1]))}`;
  return describe({
    ...(d.year !== undefined ? { year: d.year } : {}),
    ...(d.month ? { month: d.month } : {}),
    ...(d.day ? { day: d.day } : {}),
  });
}

function ymdOf(isoDay: string): Ymd {
  const [year, month, day] = isoDay.split("-").map(Number);
  return { year: year ?? 0, month: month ?? 1, day: day ?? 1 };
}

/**
 * Do a date the sentence gives and a claim's date (ISO, of day, month or year precision) agree at the precision both
 * give? "none" when they share no part to compare ("in March" with no year, against a year).
 */
export function compareDates(d: DateReading, claimIso: string): "agree" | "differ" | "none" {
  const [cy, cm, cd] = claimIso.split("-").map(Number) as [number, number | undefined, number | undefined];
  if (d.range) {
    const from = `${cy}-${String(cm ?? 1).padStart(2, "0")}-${String(cd ?? 1).padStart(2, "0")}`;
    const lastDay = cd ?? (cm ? new Date(Date.UTC(cy, cm, 0)).getUTCDate() : 31);
    const to = `${cy}-${String(cm ?? 12).padStart(2, "0")}-${String(lastDay).padStart(2, "0")}`;
    return d.range[0] <= to && from <= d.range[1] ? "agree" : "differ";
  }
  const parts: [number | undefined, number | undefined][] = [
    [d.year, cy],
    [d.month, cm],
    [d.day, cd],
  ];
  let compared = 0;
  for (const [ours, theirs] of parts) {
    if (ours === undefined || theirs === undefined) continue;
    if (ours !== theirs) return "differ";
    compared++;
  }
  // A month and day with no year agree with a full date only on both; a day alone says nothing.
  return compared === 0 || (compared === 1 && d.year === undefined && d.day !== undefined) ? "none" : "agree";
}
