import { describe, expect, it } from "vitest";
import { factBase } from "../../src/facts";
import { entityAutomaton, findNames } from "../../src/match";
import { claimReader } from "../../src/match/claim-reader";
import {
  type ClaimsRequest,
  isClaimsReply,
  isClaimsRequest,
  type StretchToRead,
  type UnitToRead,
} from "../../src/match/claim-units";

const automaton = entityAutomaton(factBase);
const read = claimReader(factBase);

/** A stretch of whole paragraphs (blank lines apart), with its names found as the page finds them. */
function stretch(...paragraphs: string[]): StretchToRead {
  const text = paragraphs.join("\n\n");
  let at = 0;
  const bounds = paragraphs.map((p) => {
    const b = { start: at, end: at + p.length };
    at += p.length + 2;
    return b;
  });
  const { entities, others } = findNames(automaton, text, new Set());
  return {
    text,
    paragraphs: bounds,
    names: entities.map((m) => ({ start: m.start, end: m.end, entity: m.entity })),
    others: others.map((m) => [m.start, m.end]),
  };
}

const unit = (stretches: StretchToRead[], carried: string[] = []): UnitToRead => ({ stretches, context: [], carried });

describe("claim units read whole", () => {
  it("gives each claim sentence by its offsets in its stretch, with its verdict", () => {
    const first = stretch(
      "The weather was fine. France did not station an additional 200 troops in Estonia, officials said.",
    );
    const second = stretch(
      "Paris is a large city.",
      "La France rejoindra en 2021 le groupement tactique de l'OTAN à Tapa.",
    );
    const request: ClaimsRequest = { units: [unit([first, second])] };
    const reply = read(request);
    expect(isClaimsReply(reply, request)).toBe(true);
    const found = reply[0]?.map((sentences, i) =>
      sentences.map((s) => [request.units[0]?.stretches[i]?.text.slice(s.start, s.end), s.verdict.status]),
    );
    expect(found).toEqual([
      [["France did not station an additional 200 troops in Estonia, officials said.", "conflict"]],
      [["La France rejoindra en 2021 le groupement tactique de l'OTAN à Tapa.", "match"]],
    ]);
  });

  it("takes the participants named earlier in a paragraph, and those carried into its first one, not into later ones", () => {
    // France's joining is France's: named in the sentence, earlier in its paragraph, or carried into the unit.
    const said = "It will join the NATO battle group at Tapa in 2021.";
    const claims = (u: UnitToRead) =>
      read({ units: [u] })[0]
        ?.flat()
        .map((s) => s.verdict.claim.id);
    expect(claims(unit([stretch(said)], ["france"]))).toEqual(["france-joins-tapa-2021"]);
    expect(claims(unit([stretch(`France is an ally. ${said}`)]))).toEqual(["france-joins-tapa-2021"]);
    expect(claims(unit([stretch("France is an ally.", said)]))).toEqual([]);
    expect(claims(unit([stretch("The weather was fine.", said)], ["france"]))).toEqual([]);
    expect(claims(unit([stretch(said)]))).toEqual([]);
  });

  it("turns away what is not a request, and a reply that does not fit its request", () => {
    const request: ClaimsRequest = { units: [unit([stretch("Ratas met Macron.")])] };
    expect(isClaimsRequest(request)).toBe(true);
    for (const bad of [null, {}, { units: [{}] }, { units: [{ stretches: [{ text: 1 }], context: [], carried: [] }] }])
      expect(isClaimsRequest(bad)).toBe(false);
    expect(isClaimsReply([[]], request)).toBe(false);
    expect(isClaimsReply([[[{ start: -1, end: 2, verdict: {} }]]], request)).toBe(false);
    expect(isClaimsReply([[[]]], request)).toBe(true);
  });
});
