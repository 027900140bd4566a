// A claim's verdict rules in words: when a sentence on a page states the claim, when it agrees and when it differs,
// read off the claim's event frame as the matcher uses it (src/match/claims.ts), for the source viewer's side column.
import { entityById } from "../../facts/query";
import type { Claim, EventKind, FactBase, Participant, Value } from "../../facts/types";
import { formatList, formatNumber, type PlainKey, t, tn } from "../../i18n";
import { claimTrigger, type Trigger, triggersOfKind } from "../../match/events";
import { describeWhen } from "../labels";

const EVENT_NOUN: Record<EventKind, PlainKey> = {
  meeting: "event_meeting",
  visit: "event_visit",
  signing: "event_signing",
  announcement: "event_announcement",
  joining: "event_joining",
  deployment: "event_deployment",
  exercise: "event_exercise",
  statement: "event_statement",
  discussion: "event_discussion",
  cooperation: "event_cooperation",
  commitment: "event_commitment",
  outcome: "event_outcome",
};

/** How many of an event kind's words are given as examples. */
const EXAMPLES = 3;

/** A trigger as a reader would write it: "meet…" for a word's beginning. */
function triggerText(trigger: Trigger): string {
  return trigger.map((w) => (w.prefix ? `${w.text}…` : w.text)).join(" ");
}

function names(fb: FactBase, ids: readonly string[]): string[] {
  return ids.map((id) => entityById(fb, id)?.name ?? id);
}

function participantText(fb: FactBase, p: Participant): string {
  const [name, ...alt] = names(fb, [p.entity, ...p.alt]);
  return alt.length > 0
    ? t("rules_participantOr", { name: name ?? p.entity, alt: alt.join(", ") })
    : (name ?? p.entity);
}

/** "a, b and c", or with `or`: "a, b or c", in the reader's language. */
function list(items: readonly string[], last: "and" | "or" = "and"): string {
  if (last === "and") return formatList(items);
  if (items.length <= 1) return items.join("");
  return t("rules_or", { items: items.slice(0, -1).join(", "), last: items[items.length - 1] ?? "" });
}

/** A recorded figure other than a date or count, as a reader writes it: "18%", "2 times a year", "1 hour". */
export function describeValue(v: Value): string {
  if (v.type === "percent") return `${v.value}%`;
  if (v.type === "frequency") return tn("rules_timesPer", v.times, { per: v.per });
  return `${v.value} ${v.unit}${v.value === 1 ? "" : "s"}`;
}

/**
 * The rules a page's sentence is judged by against this claim, one sentence each: when it states the claim, what it
 * is compared on, when it differs, and what the claim's support changes.
 */
export function verdictRules(fb: FactBase, claim: Claim): string[] {
  const words = [
    ...new Set([
      ...triggersOfKind(claim.event).slice(0, EXAMPLES).map(triggerText),
      ...claim.triggers.slice(0, EXAMPLES).map((trigger) => triggerText(claimTrigger(trigger))),
    ]),
  ].map((w) => `“${w}”`);
  const core = claim.participants.filter((p) => p.core && p.role !== "topic").map((p) => participantText(fb, p));
  const topics = claim.participants.filter((p) => p.role === "topic").map((p) => participantText(fb, p));
  const naming = [
    core.length > 0 ? t("rules_namesCore", { names: list(core) }) : null,
    topics.length > 0 ? t("rules_names", { names: list(topics, "or") }) : null,
    claim.about.length > 0 ? t("rules_speaksOf", { terms: list(claim.about.slice(0, 4), "or") }) : null,
  ].filter((s): s is string => s !== null);
  const values = [
    ...claim.when.map((w) => t("rules_date", { date: describeWhen(w) })),
    ...(claim.quantity
      ? [
          t("rules_figure", {
            figure: `${formatNumber(claim.quantity.value)} ${claim.quantity.unit}`,
            counts: claim.quantity.counts,
          }),
        ]
      : []),
    ...claim.values.map(describeValue),
  ];
  const rules = [
    naming.length > 0
      ? t("rules_statesNaming", { event: t(EVENT_NOUN[claim.event]), words: list(words, "or"), naming: list(naming) })
      : t("rules_states", { event: t(EVENT_NOUN[claim.event]), words: list(words, "or") }),
    values.length > 0 ? t("rules_agreesValues", { values: list(values) }) : t("rules_agreesNoValue"),
    t("rules_differs"),
  ];
  if (claim.counter) rules.push(claim.counter.note);
  if (claim.support === "unverified")
    rules.push(t("rules_unverified", { repeats: t("verdict_repeatsUnverified").toLowerCase() }));
  return rules;
}
