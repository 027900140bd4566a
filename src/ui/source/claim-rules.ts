// A claim's verdict rules in words: when a sentence on a page states the claim, when it agrees and when it differs,
// read off the claim's event frame as the matcher uses it (src/match/claims.ts), for the source viewer's side column.
import { describeWhen } from "../../facts/dates";
import { entityById } from "../../facts/query";
import type { Claim, EventKind, FactBase, Participant, Value } from "../../facts/types";
import { claimTrigger, type Trigger, triggersOfKind } from "../../match/events";

const EVENT_NOUN: Record<EventKind, string> = {
  meeting: "a meeting",
  visit: "a visit",
  signing: "a signing",
  announcement: "an announcement",
  joining: "a joining",
  deployment: "a deployment",
  exercise: "an exercise",
  statement: "a statement",
  discussion: "a discussion",
  cooperation: "cooperation",
  commitment: "a commitment",
  outcome: "an outcome",
};

/** How many of an event kind's words are given as examples. */
const EXAMPLES = 3;

/** A trigger as a reader would write it: "meet…" for a word's beginning. */
function triggerText(t: Trigger): string {
  return t.map((w) => (w.prefix ? `${w.text}…` : w.text)).join(" ");
}

function names(fb: FactBase, ids: readonly string[]): string[] {
  return ids.map((id) => entityById(fb, id)?.name ?? id);
}

function participantText(fb: FactBase, p: Participant): string {
  const [name, ...alt] = names(fb, [p.entity, ...p.alt]);
  return alt.length > 0 ? `${name} (or ${alt.join(", ")})` : (name ?? p.entity);
}

function list(items: readonly string[], last = "and"): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${last} ${items[items.length - 1]}`;
}

/** A recorded figure other than a date or count, as a reader writes it: "18%", "2 times a year", "1 hour". */
export function describeValue(v: Value): string {
  if (v.type === "percent") return `${v.value}%`;
  if (v.type === "frequency") return `${v.times} time${v.times === 1 ? "" : "s"} a ${v.per}`;
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
      ...claim.triggers.slice(0, EXAMPLES).map((t) => triggerText(claimTrigger(t))),
    ]),
  ].map((w) => `“${w}”`);
  const core = claim.participants.filter((p) => p.core && p.role !== "topic").map((p) => participantText(fb, p));
  const topics = claim.participants.filter((p) => p.role === "topic").map((p) => participantText(fb, p));
  const naming = [
    core.length > 0 ? `names ${list(core)} (in the sentence or earlier in its paragraph)` : null,
    topics.length > 0 ? `names ${list(topics, "or")}` : null,
    claim.about.length > 0 ? `speaks of ${list(claim.about.slice(0, 4), "or")}` : null,
  ].filter((s): s is string => s !== null);
  const values = [
    ...claim.when.map((w) => `the date (${describeWhen(w)}), at the precision both give`),
    ...(claim.quantity
      ? [`the figure (${claim.quantity.value} ${claim.quantity.unit}: ${claim.quantity.counts})`]
      : []),
    ...claim.values.map(describeValue),
  ];
  const rules = [
    `A sentence states it when it says there was ${EVENT_NOUN[claim.event]} (words such as ${list(words, "or")}, in English, French or Estonian)${naming.length > 0 ? ` and ${list(naming)}` : ""}. Naming the same entities alone states nothing.`,
    values.length > 0
      ? `It agrees when every value it gives agrees: ${list(values)}.`
      : "It agrees when it states the claim: the fact base records no date or figure to compare.",
    "It differs when it gives another value for the same event or quantity, or denies it (“did not”, “n'a pas”, “ei”). A hedge (“may”, “reportedly”) never differs.",
  ];
  if (claim.counter) rules.push(claim.counter.note);
  if (claim.support === "unverified")
    rules.push(
      "It rests only on low-reliability sources: a page that agrees “repeats an unverified report”, and one that differs is not shown as wrong.",
    );
  return rules;
}
