// The schema of the human-written fact-base source (corpus/facts.yaml). Used by the compiler only, so zod never
// reaches the extension's bundles.
import { z } from "zod";
import { CATEGORIES, EVENT_KINDS, RELIABILITIES } from "../facts/types";
import { ALIAS_LANGUAGES } from "../match/language-codes";

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "ids are lower-case words joined by hyphens");

function isRealDate(text: string): boolean {
  const [y = 0, m = 1, d = 1] = text.split("-").map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "a date is YYYY-MM-DD")
  .refine(isRealDate, "not a calendar date");
const isoMonth = z
  .string()
  .regex(/^\d{4}-\d{2}$/, "a month is YYYY-MM")
  .refine(isRealDate, "not a calendar month");
const year = z.number().int().min(1900).max(2100);

export const valueSchema = z.union([
  z.strictObject({ percent: z.number().finite() }),
  z.strictObject({ frequency: z.number().positive(), per: z.enum(["week", "month", "year"]) }),
  z.strictObject({
    duration: z.number().positive(),
    unit: z.enum(["minute", "hour", "day", "week", "month", "year"]),
  }),
]);

/** A participant: `{ entity, role }`, optional (`core: false`) or standing for others too (`alt`). */
const participant = z.strictObject({
  entity: id,
  role: z.string().min(2),
  core: z.boolean().default(true),
  alt: z.array(id).default([]),
});

/** One date of the event: exactly one of date, month or year, with where it comes from. */
const when = z
  .strictObject({
    date: isoDate.optional(),
    month: isoMonth.optional(),
    year: year.optional(),
    from: z.enum(["quote", "document", "date-note"]),
    of: z.string().min(2).optional(),
    per: z.string().min(3).optional(),
  })
  .refine((w) => [w.date, w.month, w.year].filter((x) => x !== undefined).length === 1, {
    message: "give exactly one of date, month or year",
  })
  .refine((w) => w.from !== "date-note" || w.per !== undefined, {
    message: "a date from a date note says whose date it is (per: …)",
  });

const language = z.enum(ALIAS_LANGUAGES);
/** One language or several: `lang: et` or `lang: [en, fr]`. */
const languages = z.union([language.transform((l) => [l]), z.array(language).min(1)]);

/**
 * An alias: its text, or its text with what makes it count (see the README, "Add a document or a fact"). `near` is one
 * group of entities (`[france, estonia]`: one of them in reach) or several (`[[estonia], [france]]`: one of each).
 */
const alias = z.union([
  z.string().min(1),
  z.strictObject({
    text: z.string().min(1),
    context: z.array(id).min(1).optional(),
    context_on: z
      .strictObject({
        en: z.array(id).min(1).optional(),
        fr: z.array(id).min(1).optional(),
        et: z.array(id).min(1).optional(),
      })
      .optional(),
    near: z
      .union([
        z
          .array(id)
          .min(1)
          .transform((group) => [group]),
        z.array(z.array(id).min(1)).min(1),
      ])
      .optional(),
    unless: z.array(z.string().min(2)).min(1).optional(),
    vouched_by: z.array(id).min(1).optional(),
    lang: languages.optional(),
    stems: z.array(z.string().min(2)).min(1).optional(),
    only_on: languages.optional(),
    not_on: languages.optional(),
  }),
]);

export const sourceSchema = z.strictObject({
  documents: z.array(
    z
      .strictObject({
        id: z.string().regex(/^[\w.-]+\.txt$/, "a document id is its file name in corpus/documents"),
        title: z.string().min(1),
        origin: z.string().min(1),
        // What it is in a few words, for one line of support: "an unattributed web article".
        kind: z.string().min(3).max(60),
        date: z.union([isoDate, isoMonth, z.literal("not stated")]),
        date_note: z.string().optional(),
        // The text states no date: whose date `date` is ("the US Department of State release").
        date_from: z.string().min(3).optional(),
        reliability: z.enum(RELIABILITIES),
        reasons: z.array(z.string().min(1)).min(1),
      })
      .refine((d) => d.date_from === undefined || d.date !== "not stated", {
        message: "date_from says whose date the document's date is: give the date",
      }),
  ),
  entities: z.array(
    z.strictObject({
      id,
      name: z.string().min(1),
      category: z.enum(CATEGORIES),
      description: z.string().min(1),
      // The description in French and Estonian, for readers who chose either language.
      fr: z.string().min(1).optional(),
      et: z.string().min(1).optional(),
      aliases: z.array(alias).min(1),
      titles: z.array(z.string().min(2)).default([]),
      demonyms: z.array(z.string().min(2)).default([]),
    }),
  ),
  shadows: z.array(z.string().min(1)).default([]),
  partnerships: z.array(
    z.strictObject({
      id,
      name: z.string().min(1),
      parties: z.array(id).min(2),
    }),
  ),
  claims: z.array(
    z.strictObject({
      id,
      statement: z.string().min(1),
      // The statement in French and Estonian.
      fr: z.string().min(1).optional(),
      et: z.string().min(1).optional(),
      event: z.enum(EVENT_KINDS),
      participants: z.array(participant).min(1),
      when: z.array(when).default([]),
      where: z.array(id).default([]),
      quantity: z
        .strictObject({ number: z.number().finite().positive(), unit: z.string().min(1), counts: z.string().min(3) })
        .optional(),
      counter: z
        .strictObject({ number: z.number().finite().positive(), unit: z.string().min(1), note: z.string().min(8) })
        .optional(),
      values: z.array(valueSchema).default([]),
      triggers: z.array(z.string().min(2)).default([]),
      about: z.array(z.string().min(2)).default([]),
      areas: z.array(z.string().min(1)).default([]),
      partnership: id.optional(),
      evidence: z.array(z.strictObject({ document: z.string(), quote: z.string().min(8) })).min(1),
    }),
  ),
});

export type FactSource = z.infer<typeof sourceSchema>;
export type SourceValue = z.infer<typeof valueSchema>;
