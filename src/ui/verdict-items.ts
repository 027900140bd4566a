// The lines a claim's verdict gives for what was compared ("date: the page says “Mar 28, 2024”; the fact base says
// 28 October 2020"), in the reader's language. The claim reader (src/match/claims.ts) writes them in English: it is
// a module of its own, loaded on pages that need it, and the matcher's layer holds no interface words. Here each of
// its line shapes is said again in the reader's language; the page's own words (between “ ”) and the fact base's
// (what a figure counts, its unit) are kept as they are, the English dates outside quotes written as the language
// writes them. A line of another shape is left in English (tests/unit/verdict-items.test.ts keeps every shape the
// claim reader writes translated).
import { MONTH_NAMES } from "../facts/dates";
import { formatIsoDate, language, type PlainKey, t, tn } from "../i18n";

const DATE = new RegExp(`\\b(?:(\\d{1,2}) )?(${MONTH_NAMES.join("|")})(?: (\\d{4}))?\\b`, "g");

const pad = (n: number) => String(n).padStart(2, "0");

/** A day and month, or a month alone, without a year, as the language writes it ("28 octobre", "28. oktoober"). */
function dayMonth(month: number, day?: number): string {
  const tag = language() === "fr" ? "fr-FR" : language() === "et" ? "et-EE" : "en-GB";
  return new Intl.DateTimeFormat(tag, {
    timeZone: "UTC",
    month: "long",
    ...(day ? { day: "numeric" } : {}),
  }).format(new Date(Date.UTC(2000, month - 1, day ?? 1)));
}

/** The parts of a line outside the page's quoted words, changed by `change`; the quotes kept as they are. */
function outsideQuotes(text: string, change: (part: string) => string): string {
  return text
    .split(/(“[^”]*”)/)
    .map((part, i) => (i % 2 === 1 ? part : change(part)))
    .join("");
}

/** The claim reader's English words for values: dates, frequencies, durations, "undated (…)", "the week of". */
function values(text: string): string {
  return outsideQuotes(text, (part) =>
    part
      .replace(/\bthe week of (.+?) to (.+?)(?=$|[;,)])/g, (_, from: string, to: string) =>
        t("verdictItem_week", { from, to }),
      )
      .replace(DATE, (_, day: string | undefined, month: string, year: string | undefined) => {
        const m = MONTH_NAMES.indexOf(month) + 1;
        if (year) return formatIsoDate(`${year}-${pad(m)}${day ? `-${pad(Number(day))}` : ""}`);
        return dayMonth(m, day ? Number(day) : undefined);
      })
      .replace(/\bundated \((?:([^:()]+): )?([^()]+?), per ([^()]+)\)/g, (_, of: string | undefined, date, per) =>
        of ? t("date_undatedOfPer", { of, date, per }) : t("date_undatedPer", { date, per }),
      )
      .replace(/\bundated\b/g, t("date_undated"))
      .replace(/\bquarterly\b/g, t("value_quarterly"))
      .replace(/\btwice a year\b/g, t("value_twiceAYear"))
      .replace(/\byearly\b/g, t("value_yearly"))
      .replace(/\bmonthly\b/g, t("value_monthly"))
      .replace(/\b(\d+) times a year\b/g, (_, n: string) => tn("value_timesAYear", Number(n)))
      .replace(/\b(\d+) hours?\b/g, (_, n: string) => tn("value_hours", Number(n)))
      .replace(/\b(\d+) minutes\b/g, (_, n: string) => tn("value_minutes", Number(n)))
      .replace(/ and (?=\d|undated)/g, ` ${t("verdictItem_and")} `)
      .replace(/^, read as /, `, ${t("verdictItem_readAs")} `),
  );
}

const WHAT: Record<string, PlainKey> = {
  percentage: "verdictItem_percentage",
  frequency: "verdictItem_frequency",
  "time allowed": "verdictItem_timeAllowed",
};

/** The shapes of the claim reader's lines, most particular first, each with how the reader's language says it. */
const SHAPES: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^the page denies it \((“.*”)\)$/, (m) => t("verdictItem_denies", { words: m[1] ?? "" })],
  [
    /^date: the page says (.+); the fact base says (.+)$/,
    (m) => t("verdictItem_dateDiffers", { page: values(m[1] ?? ""), base: values(m[2] ?? "") }),
  ],
  [/^date: (“.*”), read as (.+)$/, (m) => t("verdictItem_dateReadAs", { words: m[1] ?? "", date: values(m[2] ?? "") })],
  [/^date: (“.*”)$/, (m) => t("verdictItem_date", { words: m[1] ?? "" })],
  [
    /^dates (.+): none is the fact base's, and which one is this event's was not read$/,
    (m) => t("verdictItem_datesUnread", { words: m[1] ?? "" }),
  ],
  [/^(“.*”): what it counts was not read$/, (m) => t("verdictItem_countUnread", { words: m[1] ?? "" })],
  [
    /^(“.*”): a relative date, and the page gives no date of its own$/,
    (m) => t("verdictItem_relativeUnread", { words: m[1] ?? "" }),
  ],
  [
    /^(percentage|frequency|time allowed): the page gives (.+); which it holds true was not read$/,
    (m) => t("verdictItem_valuesUnread", { what: t(WHAT[m[1] ?? ""] as PlainKey), values: values(m[2] ?? "") }),
  ],
  [
    /^(percentage|frequency|time allowed): the page says (.+); the fact base says (.+)$/,
    (m) =>
      t("verdictItem_valueDiffers", {
        what: t(WHAT[m[1] ?? ""] as PlainKey),
        page: values(m[2] ?? ""),
        base: values(m[3] ?? ""),
      }),
  ],
  [
    /^(percentage|frequency|time allowed): (.+)$/,
    (m) => t("verdictItem_value", { what: t(WHAT[m[1] ?? ""] as PlainKey), values: values(m[2] ?? "") }),
  ],
  // A figure: what it counts is the fact base's own words ("French troops in Estonia").
  [
    /^(.+): the page says (.+); the fact base says (.+)$/,
    (m) => t("verdictItem_figureDiffers", { counts: m[1] ?? "", page: m[2] ?? "", base: m[3] ?? "" }),
  ],
  [/^(.+): (“.*”)$/, (m) => t("verdictItem_figure", { counts: m[1] ?? "", words: m[2] ?? "" })],
];

/** Is `line` one of the claim reader's shapes (and so said in the reader's language)? */
export function knownVerdictItem(line: string): boolean {
  return SHAPES.some(([re]) => re.test(line));
}

/** One of the claim reader's lines in the reader's language (as it is in English, or of a shape not known). */
export function verdictItem(line: string): string {
  if (language() === "en") return line;
  for (const [re, say] of SHAPES) {
    const m = re.exec(line);
    if (m) return say(m);
  }
  return line;
}

/** A counter-figure's note (the fact base's words) with the claim reader's remark on the page's figure translated. */
export function verdictNote(note: string): string {
  const CLOSE = " The page's figure is close to it.";
  if (language() === "en" || !note.endsWith(CLOSE)) return note;
  return `${note.slice(0, -CLOSE.length)} ${t("verdictItem_figureClose")}`;
}
