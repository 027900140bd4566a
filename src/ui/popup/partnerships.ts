// The popup's partnership summaries: parties, areas, what was agreed and what was stated, a dated timeline, people;
// every line and every area tag with its support, and what rests only on low-reliability sources grouped apart.
// Every line can open its source: the document, its date and the quote. The partnerships the page mentions most come
// first.
import type { PageSummary } from "../../extension/messages";
import { formatDate as englishDate } from "../../facts/dates";
import { documentById, type PartnershipSummary, partnershipSummary } from "../../facts/query";
import { type Claim, EVENT_KINDS, type EventKind, type FactBase, type SupportLevel } from "../../facts/types";
import { factText, formatList, language, type PlainKey, t } from "../../i18n";
import { h } from "../dom";
import { documentLabel, formatDate, quoted, readInSourceName, supportLabel } from "../labels";
import { quoteAddress, sourcePath } from "../source-address";
import { reliabilityLabel, supportLine } from "../support";

/** What a timeline date is of, in the reader's language: one of the fact base's event kinds ("announcement"). */
const TIMELINE_OF: Record<EventKind, PlainKey> = {
  meeting: "timelineOf_meeting",
  visit: "timelineOf_visit",
  signing: "timelineOf_signing",
  announcement: "timelineOf_announcement",
  joining: "timelineOf_joining",
  deployment: "timelineOf_deployment",
  exercise: "timelineOf_exercise",
  statement: "timelineOf_statement",
  discussion: "timelineOf_discussion",
  cooperation: "timelineOf_cooperation",
  commitment: "timelineOf_commitment",
  outcome: "timelineOf_outcome",
};
const timelineOf = (of: string): string =>
  (EVENT_KINDS as readonly string[]).includes(of) ? t(TIMELINE_OF[of as EventKind]) : of;

/**
 * A line's sources: each quote with its document, and a link that opens that quote in its document in the source viewer
 * (a new tab: the popup is an extension page, so an ordinary link reaches the viewer), named by the quote's first words
 * and its document: the popup holds many. Then, unless `support` is false (the line says it already, with its "Why?"),
 * the support in one line and its full reason.
 */
export function sourceDetails(fb: FactBase, claim: Claim, support = true): HTMLElement {
  return h(
    "details",
    { class: "source" },
    h("summary", {}, t("popup_source")),
    ...claim.evidence.map((e, i) => {
      const doc = documentById(fb, e.document);
      return h(
        "div",
        { class: "evidence" },
        h("blockquote", {}, quoted(e.quote)),
        doc
          ? h(
              "p",
              { class: "meta" },
              `${t("popup_documentReliability", { document: documentLabel(doc), reliability: reliabilityLabel(doc.reliability) })} `,
              h(
                "a",
                {
                  class: "read-source",
                  href: sourcePath(quoteAddress(claim, i)),
                  target: "_blank",
                  "aria-label": readInSourceName(e.quote, doc),
                },
                t("source_readIn"),
              ),
            )
          : null,
      );
    }),
    support
      ? h("p", { class: "meta" }, `${t("sentence", { text: supportLine(fb, claim) })} ${claim.supportReason}`)
      : null,
  );
}

/** A support level's badge; its title says the support in one line. */
export function supportBadge(claim: Claim, fb?: FactBase): HTMLElement {
  return h(
    "span",
    { class: "badge", "data-level": claim.support, ...(fb ? { title: supportLine(fb, claim) } : {}) },
    supportLabel(claim.support),
  );
}

const RANK: Record<SupportLevel, number> = { corroborated: 0, "single-source": 1, unverified: 2 };

/** The best support among claims: what an area tag rests on. */
function bestSupport(claims: Claim[]): SupportLevel {
  return claims.reduce<SupportLevel>((best, c) => (RANK[c.support] < RANK[best] ? c.support : best), "unverified");
}

/**
 * A timeline line's statement without the date the line already shows: "France announced in September 2020 that it
 * would join … in 2021", on the line of September 2020, reads "France announced that it would join … in 2021"; in
 * French (`lang` "fr", a statement's translation), "le 28 octobre 2020" and "en septembre 2020" go alike. A
 * statement that does not give the date in those words (Estonian's case forms among them) is left as it is.
 */
export function withoutOwnDate(statement: string, iso: string, lang: "en" | "fr" = "en"): string {
  const written = lang === "en" ? englishDate(iso) : formatDate(iso);
  const date = written.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const before = lang === "en" ? "on|in" : "le|en";
  const cut = statement.replace(new RegExp(`,?\\s+(?:${before})\\s+${date}(?![\\p{L}\\d])`, "u"), "");
  return cut === statement ? statement : cut.replace(/\s+([,.])/g, "$1");
}

/**
 * How much the page has to do with a partnership: its mentions of the partnership's parties, people and the
 * entities of its claims, and (weighing more) the page's sentences that state its claims.
 */
export function pageWeight(fb: FactBase, s: PartnershipSummary, page: PageSummary | null): number {
  if (!page) return 0;
  const own = new Set(fb.claims.filter((c) => c.partnership === s.id).map((c) => c.id));
  const related = new Set([
    ...s.parties.map((e) => e.id),
    ...s.people.map((e) => e.id),
    ...fb.claims.filter((c) => own.has(c.id)).flatMap((c) => c.entities),
  ]);
  const mentions = page.entities.filter((e) => related.has(e.id)).reduce((n, e) => n + e.count, 0);
  // Only the parties both named tells the page is about this pair: France alone is in both partnerships.
  const parties = s.parties.filter((p) => page.entities.some((e) => e.id === p.id)).length;
  return parties * 1000 + page.claims.filter((c) => own.has(c.claim)).length * 100 + mentions;
}

/** A line of a list: its support badge first, then its text, then its sources. */
function line(
  fb: FactBase,
  claim: Claim,
  text: Node | string = factText(claim.statement, claim.translations),
  before?: Node,
): HTMLElement {
  return h(
    "li",
    { "data-claim": claim.id },
    h("p", {}, before ?? null, before ? " " : null, supportBadge(claim, fb), " ", text),
    sourceDetails(fb, claim),
  );
}

function lines(fb: FactBase, claims: Claim[], className = "lines"): HTMLElement {
  return h(
    "ul",
    { class: className },
    claims.map((c) => line(fb, c)),
  );
}

/** One partnership: its sourced lines, then what rests only on low-reliability sources, apart. */
function partnershipView(fb: FactBase, s: PartnershipSummary, page: PageSummary | null): HTMLElement {
  const sourced = (c: Claim) => c.support !== "unverified";
  const areas = s.areas.map((a) => ({ ...a, support: bestSupport(a.claims) }));
  const titleId = `partnership-${s.id}`;
  const mentioned = page ? s.parties.filter((p) => page.entities.some((e) => e.id === p.id)).map((p) => p.name) : [];
  const low = [
    ...new Map(
      [...s.agreed, ...s.stated, ...s.timeline.map((item) => item.claim), ...s.areas.flatMap((a) => a.claims)]
        .filter((c) => !sourced(c))
        .map((c) => [c.id, c]),
    ).values(),
  ];
  const tag = (a: (typeof areas)[number]) =>
    h(
      "li",
      { "data-level": a.support },
      a.area,
      " ",
      h("span", { class: "badge", "data-level": a.support }, supportLabel(a.support)),
    );
  const section = (title: string, body: HTMLElement | null) => (body ? [h("h4", {}, title), body] : []);
  const agreed = s.agreed.filter(sourced);
  const stated = s.stated.filter(sourced);
  const timeline = s.timeline.filter((item) => sourced(item.claim));
  return h(
    "article",
    { class: "partnership", "aria-labelledby": titleId },
    h("h3", { id: titleId }, s.name),
    h("p", { class: "meta" }, t("partnership_parties", { parties: formatList(s.parties.map((e) => e.name)) })),
    page
      ? h(
          "p",
          { class: "meta" },
          mentioned.length > 0
            ? t("partnership_pageNames", { names: formatList(mentioned) })
            : t("partnership_pageNamesNeither"),
        )
      : null,
    ...section(
      t("partnership_areas"),
      areas.some((a) => a.support !== "unverified")
        ? h("ul", { class: "tags" }, areas.filter((a) => a.support !== "unverified").map(tag))
        : null,
    ),
    ...section(t("partnership_agreed"), agreed.length > 0 ? lines(fb, agreed) : null),
    ...section(t("partnership_stated"), stated.length > 0 ? lines(fb, stated) : null),
    ...section(
      t("partnership_timeline"),
      timeline.length > 0
        ? h(
            "ol",
            { class: "lines timeline" },
            timeline.map((item) =>
              line(
                fb,
                item.claim,
                language() === "en" || !item.claim.translations?.[language() as "fr" | "et"]
                  ? withoutOwnDate(item.claim.statement, item.date)
                  : language() === "fr"
                    ? withoutOwnDate(factText(item.claim.statement, item.claim.translations), item.date, "fr")
                    : factText(item.claim.statement, item.claim.translations),
                h(
                  "span",
                  { class: "when" },
                  h("time", { datetime: item.date }, formatDate(item.date)),
                  item.of ? ` (${timelineOf(item.of)})` : "",
                ),
              ),
            ),
          )
        : null,
    ),
    ...section(
      t("partnership_people"),
      s.people.length > 0
        ? h(
            "ul",
            { class: "lines" },
            s.people.map((person) =>
              h("li", {}, h("strong", {}, person.name), ` — ${factText(person.description, person.translations)}`),
            ),
          )
        : null,
    ),
    low.length > 0
      ? h(
          "section",
          { class: "low", "aria-labelledby": `${titleId}-low` },
          h("h4", { id: `${titleId}-low` }, t("partnership_lowOnly")),
          areas.some((a) => a.support === "unverified")
            ? h("ul", { class: "tags" }, areas.filter((a) => a.support === "unverified").map(tag))
            : null,
          lines(fb, low),
        )
      : null,
  );
}

/** The partnerships, those the page has most to do with first (see pageWeight); the fact base's order otherwise. */
export function partnershipsView(fb: FactBase, page: PageSummary | null): HTMLElement {
  const summaries = fb.partnerships
    .map((p) => partnershipSummary(fb, p.id))
    .filter((s): s is PartnershipSummary => s !== undefined)
    .map((s, i) => ({ s, i, weight: pageWeight(fb, s, page) }))
    .sort((a, b) => b.weight - a.weight || a.i - b.i)
    .map(({ s }) => s);
  return h(
    "section",
    { "aria-labelledby": "partnerships-title" },
    h("h2", { id: "partnerships-title" }, t("popup_tabPartnerships")),
    summaries.map((s) => partnershipView(fb, s, page)),
  );
}
