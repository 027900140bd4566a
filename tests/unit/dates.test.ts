import * as en from "chrono-node/en";
import * as fr from "chrono-node/fr";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MONTH_NAMES } from "../../src/facts/dates";
import { needsDateParser, readDates } from "../../src/match/dates";

const EN = MONTH_NAMES;
const EN_SHORT = ["Jan.", "Feb.", "Mar", "Apr.", "May", "Jun.", "Jul.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];
const FR = [
  "janvier",
  "février",
  "mars",
  "avril",
  "mai",
  "juin",
  "juillet",
  "août",
  "septembre",
  "octobre",
  "novembre",
  "décembre",
];

/** Day, month and year of what chrono-node itself reads, the reference for the dates read by hand. */
function byChrono(sentence: string, french: boolean) {
  const [r] = (french ? fr.casual : en.casual).parse(sentence, new Date(Date.UTC(2000, 5, 15, 12)));
  if (!r) return undefined;
  const s = r.start;
  return Object.fromEntries(
    (["year", "month", "day"] as const).filter((part) => s.isCertain(part)).map((part) => [part, s.get(part)]),
  );
}

const plainDate = fc.record({
  year: fc.integer({ min: 1990, max: 2035 }),
  month: fc.integer({ min: 1, max: 12 }),
  day: fc.integer({ min: 1, max: 28 }),
  form: fc.constantFrom("day month year", "month day, year", "month year", "ordinal of month, year", "short"),
  french: fc.boolean(),
});

function written({
  year,
  month,
  day,
  form,
  french,
}: {
  year: number;
  month: number;
  day: number;
  form: string;
  french: boolean;
}): string {
  if (french) {
    const d = day === 1 ? "1er" : String(day);
    return form === "month year" ? `${FR[month - 1]} ${year}` : `${d} ${FR[month - 1]} ${year}`;
  }
  const name = EN[month - 1] as string;
  const nth = day === 1 ? "1st" : day === 2 ? "2nd" : day === 3 ? "3rd" : `${day}th`;
  switch (form) {
    case "day month year":
      return `${day} ${name} ${year}`;
    case "month day, year":
      return `${name} ${day}, ${year}`;
    case "month year":
      return `${name} ${year}`;
    case "ordinal of month, year":
      return `${nth} of ${name}, ${year}`;
    default:
      return `${EN_SHORT[month - 1]} ${day}, ${year}`;
  }
}

describe("dates read by hand", () => {
  it("read the plain forms as chrono-node reads them, in English and French", () => {
    fc.assert(
      fc.property(plainDate, (d) => {
        const sentence = d.french
          ? `Le ministre et son homologue ont signé l'accord le ${written(d)} à Paris.`
          : `The ministers signed the agreement on ${written(d)} in Paris.`;
        const [ours] = readDates(sentence).dates;
        expect(ours).toMatchObject(byChrono(sentence, d.french) ?? {});
        expect(ours?.year).toBe(d.year);
        expect(needsDateParser(sentence)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it("give a month written alone the year chrono-node gives it, nearest the page's date", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 11 }),
        fc.date({ min: new Date("1995-01-01"), max: new Date("2035-12-31"), noInvalidDate: true }),
        (month, day) => {
          const pageDate = day.toISOString().slice(0, 10);
          const sentence = `France announced in ${EN[month]} that it would join the battle group.`;
          const [r] = en.casual.parse(sentence, new Date(`${pageDate}T12:00:00Z`));
          expect(readDates(sentence, pageDate).dates).toEqual([
            { text: `in ${EN[month]}`, month: month + 1, year: r?.start.get("year"), relative: true },
          ]);
          // Without the page's date, the year is unknown: chrono-node too reads it as relative, so not read.
          expect(readDates(sentence)).toEqual({ dates: [], unread: [`in ${EN[month]}`] });
          expect(needsDateParser(sentence)).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("place today, yesterday and tomorrow where chrono-node does, in English and French", () => {
    const page = "2021-03-01";
    for (const [sentence, french] of [
      ["Ratas and Macron signed today's declaration in Paris.", false],
      ["Ratas met Macron yesterday in Paris.", false],
      ["Ratas will meet Macron tomorrow in Paris.", false],
      ["Ratas a rencontré Macron hier à Paris.", true],
      ["Ratas rencontrera Macron demain à Paris.", true],
      ["Ratas et Macron ont signé aujourd'hui une déclaration.", true],
    ] as const) {
      const [r] = (french ? fr.casual : en.casual).parse(sentence, new Date(`${page}T12:00:00Z`));
      const [ours] = readDates(sentence, page).dates;
      expect(ours, sentence).toMatchObject({
        year: r?.start.get("year"),
        month: r?.start.get("month"),
        day: r?.start.get("day"),
        relative: true,
      });
      expect(readDates(sentence).unread, sentence).toHaveLength(1);
      expect(needsDateParser(sentence), sentence).toBe(false);
    }
  });

  it("leave anything else date-like to chrono-node, whole", () => {
    for (const sentence of [
      "Macron met Ratas on Wednesday, 28 October 2020.",
      "The troops arrived last week, before 2 April 2024.",
      "France announced last September that it would join in 2021.",
      "Le ministre est venu la semaine dernière, le 2 avril 2024.",
      "It was signed on 28.10.2020 in Paris.",
      "The visit lasted from 28 October to 2 November 2020.",
      "The ministers met on 2020-10-28 in Paris.",
    ])
      expect(needsDateParser(sentence), sentence).toBe(true);
    // Read whole, the range starts on 28 October (hand-read, only "2 November 2020" would be).
    expect(readDates("The visit lasted from 28 October to 2 November 2020.").dates[0]).toMatchObject({
      month: 10,
      day: 28,
    });
    expect(readDates("Signed in May by Ratas.", "2021-03-04").dates).toEqual([
      { text: "in May", month: 5, year: 2021, relative: true },
    ]);
  });
});

describe("what is not a date", () => {
  it("reads no date in words chrono-node takes for one", () => {
    // A verb, a French possessive, a fraction, a decimal and "now" are not when an event happened.
    for (const sentence of [
      "French troops march into Tapa with the battle group.",
      "The minister sat with Macron in Tapa.",
      "Mon pays est l'Estonie, dit le ministre.",
      "In Tapa, 3/4 of the troops were French.",
      "France sent 1.5 thousand troops to Tapa.",
      "France now leads the battle group in Tapa.",
      "Maintenant, la France dirige le groupement tactique.",
    ]) {
      expect(readDates(sentence, "2021-03-04").dates, sentence).toEqual([]);
      expect(readDates(sentence).unread, sentence).toEqual([]);
    }
  });

  it("still reads weekdays and relative dates against the page's date", () => {
    expect(readDates("Macron met Ratas on Wednesday.", "2021-03-04").dates).toMatchObject([
      { year: 2021, month: 3, day: 3, relative: true },
    ]);
    expect(readDates("They met on Sun. in Paris.", "2021-03-04").dates).toMatchObject([{ month: 2, day: 28 }]);
    expect(readDates("Macron met Ratas on Wednesday.").unread).toEqual(["on Wednesday"]);
  });

  it("takes a wire dateline's date for the page's", () => {
    const read = readDates("HELSINKI (Wire – 29th October, 2020) In Paris, Ratas and Macron signed it on Wednesday.");
    expect(read.dateline).toContain("29th October, 2020");
    expect(read.dates).toMatchObject([{ year: 2020, month: 10, day: 28, relative: true }]);
  });
});
