// The names request the content script sends to the background (src/match/name-finder.ts): what the page knows around
// each text node, given eagerly, reads as the scanner reads it asked lazily; requests and replies survive being sent
// as messages (JSON), and what is malformed is refused on either side.
import { describe, expect, it } from "vitest";
import { factBase } from "../../src/facts";
import { entityAutomaton, scan, withLanguage } from "../../src/match";
import { findNames, mayNameIn } from "../../src/match/name-finder";
import {
  foundNames,
  isMayNameRequest,
  isNamesReply,
  isNamesRequest,
  type NamesRequest,
  namesReply,
} from "../../src/match/name-requests";

const automaton = entityAutomaton(factBase);
const ids = (found: { candidates: { entity: string }[] }[]) => found.map((m) => m.candidates.map((c) => c.entity));
const sent = <T>(value: T): unknown => JSON.parse(JSON.stringify(value));

describe("findNames", () => {
  it("reads each piece with its surroundings as the scanner reads them asked one by one", () => {
    const paragraph = "The tower in Paris, Texas was built by a company from France.";
    const request: NamesRequest = {
      pieces: [
        // A link's text inside a paragraph: the paragraph is its reach, where "Texas" undoes Paris.
        { text: "Paris", afterText: ", Texas was built", after: 44, reach: 0, reachOffset: 13 },
        // A paragraph of one text node: its own reach.
        { text: "Emmanuel Macron met Jüri Ratas in Tallinn.", reach: -1 },
        // Inside a word: "Mali" of "<b>Mali</b>an" is no country.
        { text: "Mali", afterText: "an troops", after: 97 },
        // An Estonian quotation on an English page: read with Estonian endings.
        { text: "Macron kohtus Tallinnas Ratasega.", reach: -1, language: "et" },
      ],
      reaches: [paragraph],
      language: "en",
    };
    const reply = findNames(automaton, request);
    const en = withLanguage(automaton, "en");
    const [link, own, inWord, quote] = request.pieces;
    expect(reply).toEqual([
      scan(en, "Paris", { afterText: ", Texas was built", after: 44, reach: () => paragraph, reachOffset: () => 13 }),
      scan(en, own?.text ?? "", { reach: () => own?.text }),
      scan(en, "Mali", { afterText: "an troops", after: 97 }),
      scan(en, quote?.text ?? "", { reach: () => quote?.text, language: () => "et" }),
    ]);
    // Undone by "Texas" beside it: no Paris, France.
    expect(ids(reply[0] ?? []).flat()).not.toContain("paris");
    expect(ids(scan(en, link?.text ?? "")).flat()).toContain("paris");
    expect(ids(reply[1] ?? [])).toEqual([["emmanuel-macron"], ["juri-ratas"], ["tallinn"]]);
    expect(ids(reply[2] ?? [])).toEqual([]);
    expect(ids(scan(en, inWord?.text ?? "")).flat()).toContain("mali");
    expect(ids(reply[3] ?? []).flat()).toEqual(["emmanuel-macron", "tallinn", "juri-ratas"]);
  });

  it("reads a block longer than any reach by its first characters, as the scanner reads the block itself", () => {
    // An Estonian paragraph on a page declared English: its names keep their case endings.
    const text = "Ratas kohtus Macroniga.";
    const block = `${"Eesti ja Prantsusmaa kaitsekoostöö on tihe ning kestab aastaid. ".repeat(150)}${text}`;
    expect(block.length).toBeGreaterThan(8_000);
    const sampled = findNames(automaton, {
      pieces: [{ text, sample: block.slice(0, 600) }],
      reaches: [],
      language: "en",
    });
    const whole = findNames(automaton, {
      pieces: [{ text, reach: 0, reachOffset: block.length - text.length }],
      reaches: [block],
      language: "en",
    });
    expect(sampled).toEqual(whole);
    expect(ids(sampled[0] ?? []).flat()).toContain("emmanuel-macron");
  });

  it("answers the quiet start's test as mayName does", () => {
    expect(mayNameIn(automaton, { text: "Nothing here\nat all", apart: true })).toBe(false);
    expect(mayNameIn(automaton, { text: "Talks in\nTallinn", apart: true })).toBe(true);
  });
});

describe("names requests and replies as messages", () => {
  const request: NamesRequest = {
    pieces: [
      { text: "France and Estonia signed.", reach: -1 },
      { text: "NATO", before: 32, beforeText: "with ", reach: 0, reachOffset: 5 },
      // A cue bound where it stands: recorded at a point.
      { text: "The council of Paris, Texas met.", reach: -1 },
    ],
    reaches: ["with NATO allies"],
    language: "fr",
  };

  it("keeps a request and its reply whole through JSON, each list of candidates sent once", () => {
    expect(isNamesRequest(sent(request))).toBe(true);
    const found = findNames(automaton, { ...request, pieces: [...request.pieces, ...request.pieces] });
    expect(found.flat().some((m) => m.start === m.end)).toBe(true);
    const twice = { ...request, pieces: [...request.pieces, ...request.pieces] };
    const reply = sent(namesReply(found));
    expect(isNamesReply(reply, twice)).toBe(true);
    expect(foundNames(reply as ReturnType<typeof namesReply>)).toEqual(found);
    expect((reply as ReturnType<typeof namesReply>).lists.length).toBe(found.flat().length / 2);
  });

  it("refuses malformed requests", () => {
    expect(isNamesRequest({ ...request, reaches: [1] })).toBe(false);
    expect(isNamesRequest({ ...request, language: "de" })).toBe(false);
    expect(isNamesRequest({ pieces: [{ text: "x", reach: 1 }], reaches: [] })).toBe(false);
    expect(isNamesRequest({ pieces: [{ text: "x", before: -3 }], reaches: [] })).toBe(false);
    expect(isNamesRequest({ pieces: "France", reaches: [] })).toBe(false);
    expect(isMayNameRequest({ text: "France", apart: "yes" })).toBe(false);
    expect(isMayNameRequest({ text: "France", apart: false })).toBe(true);
  });

  it("refuses a reply that does not fit its request", () => {
    const reply = namesReply(findNames(automaton, request));
    const france = [{ entity: "france" }];
    expect(isNamesReply({ ...reply, found: reply.found.slice(1) }, request)).toBe(false);
    expect(isNamesReply({ lists: [france], found: [[0, 99, 0], [], []] }, request)).toBe(false);
    expect(isNamesReply({ lists: [france], found: [[6, 5, 0], [], []] }, request)).toBe(false);
    expect(isNamesReply({ lists: [france], found: [[0, 6, 1], [], []] }, request)).toBe(false);
    expect(isNamesReply({ lists: [france], found: [[0, 6], [], []] }, request)).toBe(false);
    expect(isNamesReply({ lists: [[]], found: [[0, 6, 0], [], []] }, request)).toBe(false);
    expect(isNamesReply({ lists: [[{ entity: 7 }]], found: [[0, 6, 0], [], []] }, request)).toBe(false);
    expect(isNamesReply({ lists: [france], found: [[0, 6, 0], [], []] }, request)).toBe(true);
  });
});
