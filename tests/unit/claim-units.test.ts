import { describe, expect, it } from "vitest";
import { factBase } from "../../src/facts";
import { entityAutomaton } from "../../src/match";
import { claimReader } from "../../src/match/claim-reader";
import {
  type ClaimsRequest,
  isClaimsReply,
  isClaimsRequest,
  type StretchToRead,
  type UnitToRead,
} from "../../src/match/claim-requests";

const read = claimReader(factBase, entityAutomaton(factBase));

/** A stretch of whole paragraphs, a blank line apart, as the page cuts a unit's text. */
function stretch(...paragraphs: string[]): StretchToRead {
  let at = 0;
  return {
    text: paragraphs.join("\n\n"),
    paragraphs: paragraphs.map((p) => {
      const bounds = { start: at, end: at + p.length };
      at += p.length + 2;
      return bounds;
    }),
  };
}

/** A request for units each introduced by its own text (`around`: none if empty). */
function request(...units: { stretches: StretchToRead[]; around?: string; row?: boolean }[]): ClaimsRequest {
  const arounds = units.map((u) => u.around ?? "");
  return {
    units: units.map(
      (u, i): UnitToRead => ({ stretches: u.stretches, around: u.around ? i : -1, row: u.row ?? false }),
    ),
    arounds,
    mentioned: [],
    topics: [],
  };
}

/** The claim ids the unit's sentences state, in order. */
const claims = (r: ClaimsRequest) =>
  read(r)[0]
    ?.flat()
    .map((s) => s.verdict.claim.id);

describe("claim units read whole", () => {
  it("gives each claim sentence by its offsets in its stretch, with its verdict", () => {
    const first = stretch(
      "The weather was fine. France did not station an additional 200 troops in Estonia, officials said.",
    );
    const second = stretch(
      "Paris is a large city.",
      "La France rejoindra en 2021 le groupement tactique de l'OTAN à Tapa.",
    );
    const asked = request({ stretches: [first, second] });
    const reply = read(asked);
    expect(isClaimsReply(reply, asked)).toBe(true);
    const found = reply[0]?.map((sentences, i) =>
      sentences.map((s) => [asked.units[0]?.stretches[i]?.text.slice(s.start, s.end), s.verdict.status]),
    );
    expect(found).toEqual([
      [["France did not station an additional 200 troops in Estonia, officials said.", "conflict"]],
      [["La France rejoindra en 2021 le groupement tactique de l'OTAN à Tapa.", "match"]],
    ]);
  });

  it("takes participants named earlier in the paragraph, or carried in from what introduces a row or a pronoun", () => {
    const said = "It will join the NATO battle group at Tapa in 2021.";
    const tapa = ["france-joins-tapa-2021"];
    expect(claims(request({ stretches: [stretch(`France is an ally. ${said}`)] }))).toEqual(tapa);
    expect(claims(request({ stretches: [stretch("France is an ally.", said)] }))).toEqual([]);
    // "It" goes on from the block before; a row from its table's opening; a block opening otherwise does not.
    expect(claims(request({ stretches: [stretch(said)], around: "France is an ally." }))).toEqual(tapa);
    const row = "Joins the NATO battle group at Tapa in 2021.";
    expect(claims(request({ stretches: [stretch(row)], around: "France's plans", row: true }))).toEqual(tapa);
    expect(claims(request({ stretches: [stretch(row)], around: "France's plans" }))).toEqual([]);
    expect(claims(request({ stretches: [stretch(said)] }))).toEqual([]);
  });

  it("turns away what is not a request, and a reply that does not fit its request", () => {
    const asked = request({ stretches: [stretch("Ratas met Macron.")] });
    expect(isClaimsRequest(asked)).toBe(true);
    for (const bad of [
      null,
      {},
      { ...asked, units: [{}] },
      { ...asked, units: [{ stretches: [{ text: 1 }], around: -1, row: false }] },
      { ...asked, units: [{ stretches: [], around: 3, row: false }] },
      { ...asked, language: "de" },
      { ...asked, mentioned: [1] },
    ])
      expect(isClaimsRequest(bad)).toBe(false);
    expect(isClaimsReply([[]], asked)).toBe(false);
    expect(isClaimsReply([[[{ start: -1, end: 2, verdict: {} }]]], asked)).toBe(false);
    expect(isClaimsReply([[[]]], asked)).toBe(true);
  });
});
