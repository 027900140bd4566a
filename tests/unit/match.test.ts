import { describe, expect, it } from "vitest";
import { factBase } from "../../src/facts";
import {
  compileAliases,
  entityAutomaton,
  findEntities,
  mayName,
  precompiledAutomaton,
  scan,
  withLanguage,
} from "../../src/match";
import { compiledAliases } from "../../src/match/aliases.generated";
import { isWordCode } from "../../src/match/fold";

const automaton = entityAutomaton(factBase);

/** What a page made of this text would highlight: [surface text, entity id]. */
function found(text: string): [string, string][] {
  return findEntities(automaton, text).map((m) => [text.slice(m.start, m.end), m.entity]);
}

describe("aliases", () => {
  it("matches every alias of the fact base written as the fact base writes it, where its gates are met", () => {
    const nameOf = (id: string | undefined) => factBase.entities.find((x) => x.id === id)?.name;
    for (const e of factBase.entities) {
      for (const a of e.aliases) {
        // What the alias needs: an entity of its context on the page, one of each group in reach.
        const needs = [a.context?.[0], ...(a.near ?? []).map((group) => group[0])].filter(Boolean);
        const context = needs.length > 0 ? ` in ${needs.map(nameOf).join(" and ")}` : "";
        const text = `Yesterday ${a.text} said so${context}.`;
        const on = withLanguage(automaton, a.onlyOn?.[0]);
        const got = findEntities(on, text).map((m) => [text.slice(m.start, m.end), m.entity]);
        expect(got[0], `${a.text} → ${e.id}`).toEqual([a.text, e.id]);
      }
    }
  });

  it("matches names in ALL-CAPS text but not lowercase common words", () => {
    expect(found("SECRETARY BLINKEN: Thank you.")).toEqual([["SECRETARY BLINKEN", "antony-blinken"]]);
    expect(found("AIRBUS AND MBDA")).toEqual([
      ["AIRBUS", "airbus"],
      ["MBDA", "mbda"],
    ]);
    expect(found("a tapa of peppers in Estonia")).toEqual([["Estonia", "estonia"]]);
    expect(found("we took the airbus shuttle with us")).toEqual([]);
    expect(found("the nato of it all, paris hilton")).toEqual([]);
  });
});

describe("folding", () => {
  it("tells word characters as Unicode does, with or without its regex", () => {
    const unicode = /[\p{L}\p{N}\p{M}]/u;
    const differ: string[] = [];
    for (let code = 0; code < 0x3000; code++) {
      // Ignorable: soft hyphens, zero-width characters, and combining diacritics (decomposed text).
      if (code === 0xad || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || (code >= 0x300 && code <= 0x36f))
        continue;
      if (isWordCode(code) !== unicode.test(String.fromCharCode(code))) differ.push(code.toString(16));
    }
    expect(differ).toEqual([]);
  });

  it("ignores diacritics both ways", () => {
    expect(found("Juri Ratas and Sebastien Lecornu at the Elysee Palace")).toEqual([
      ["Juri Ratas", "juri-ratas"],
      ["Sebastien Lecornu", "sebastien-lecornu"],
      ["Elysee Palace", "elysee-palace"],
    ]);
    expect(found("Jüri Ratas")).toEqual([["Jüri Ratas", "juri-ratas"]]);
    // Decomposed, as text copied on a Mac often is: a base letter and a combining mark.
    const decomposed = "Ju\u0308ri Ratas met Se\u0301bastien Lecornu at the E\u0301lyse\u0301e";
    expect(found(decomposed).map(([, id]) => id)).toEqual(["juri-ratas", "sebastien-lecornu", "elysee-palace"]);
    expect(found("l'Élysée et l'ÉLYSÉE")).toEqual([
      ["Élysée", "elysee-palace"],
      ["ÉLYSÉE", "elysee-palace"],
    ]);
  });

  it("finds a name however its opening is written: invisible characters, spaces, lower case", () => {
    expect(found("E\u00adstonia, F\u200brance")).toEqual([
      ["E\u00adstonia", "estonia"],
      ["F\u200brance", "france"],
    ]);
    expect(found("in the eastern\u00a0Mediterranean and the eastern   Mediterranean")).toEqual([
      ["eastern\u00a0Mediterranean", "eastern-mediterranean"],
      ["eastern   Mediterranean", "eastern-mediterranean"],
    ]);
    expect(found("the opération Barkhane")).toEqual([["opération Barkhane", "operation-barkhane"]]);
  });

  it("ignores typographic variants: apostrophes, dashes, no-break spaces, soft hyphens, zero-width characters", () => {
    expect(found("NATO's Tapa battle group")).toEqual([["NATO's Tapa battle group", "nato-battle-group-estonia"]]);
    expect(found("NATO’s Tapa battle group")).toEqual([["NATO’s Tapa battle group", "nato-battle-group-estonia"]]);
    expect(found("the Nagorno\u2011Karabakh conflict")).toEqual([
      ["Nagorno\u2011Karabakh conflict", "nagorno-karabakh-conflict"],
    ]);
    expect(found("J\u00fcri\u00a0Ratas")).toEqual([["J\u00fcri\u00a0Ratas", "juri-ratas"]]);
    expect(found("Es\u00adtonia and Fran\u200bce")).toEqual([
      ["Es\u00adtonia", "estonia"],
      ["Fran\u200bce", "france"],
    ]);
    expect(found("Emmanuel\n   Macron")).toEqual([["Emmanuel\n   Macron", "emmanuel-macron"]]);
  });
});

describe("words", () => {
  it("matches possessives and hyphenated compounds", () => {
    expect(found("France’s and Estonia's")).toEqual([
      ["France", "france"],
      ["Estonia", "estonia"],
    ]);
    expect(found("US-France and France–Estonia")).toEqual([
      ["US", "united-states"],
      ["France", "france"],
      ["France", "france"],
      ["Estonia", "estonia"],
    ]);
  });

  it("matches whole words only", () => {
    const english = withLanguage(automaton, "en");
    expect(findEntities(english, "Somalia, Malian, Francesca, NATOs, Parisian")).toEqual([]);
    // On a page whose language is unknown, "NATOs" may be Estonian ("in NATO"); "Malian" is no ending of "Mali".
    expect(found("Somalia, Malian, Francesca, Parisian")).toEqual([]);
    expect(found("Mali, France")).toEqual([
      ["Mali", "mali"],
      ["France", "france"],
    ]);
  });

  it("prefers the longest match", () => {
    expect(found("the NATO Battle Group in Estonia")).toEqual([
      ["NATO Battle Group in Estonia", "nato-battle-group-estonia"],
    ]);
    expect(found("the NATO Battle Group, Estonia")).toEqual([
      ["NATO Battle Group", "nato-battle-group-estonia"],
      ["Estonia", "estonia"],
    ]);
    expect(found("the NATO summit")).toEqual([["NATO", "nato"]]);
    expect(found("Secretary Antony J. Blinken")).toEqual([["Secretary Antony J. Blinken", "antony-blinken"]]);
  });
});

describe("ambiguous short aliases", () => {
  it("needs the page to name what vouches for a word that is common elsewhere", () => {
    expect(found("Tapa is a town.")).toEqual([]);
    expect(found("Tapa is a town in Estonia.")).toEqual([
      ["Tapa", "tapa"],
      ["Estonia", "estonia"],
    ]);
    expect(found("Las Ratas del barrio.")).toEqual([]);
    expect(found("Ratas said Estonia is ready.")).toEqual([
      ["Ratas", "juri-ratas"],
      ["Estonia", "estonia"],
    ]);
  });

  it("does not take a short acronym in shouted text for a name", () => {
    expect(found("LET US GO")).toEqual([]);
    expect(found("UN ACCORD HISTORIQUE")).toEqual([]);
    expect(found("Un accord a été signé.")).toEqual([]);
    expect(found("US troops and UN peacekeepers")).toEqual([
      ["US", "united-states"],
      ["UN", "united-nations"],
    ]);
  });

  it("looks at the words beside a short acronym across a text node's edge", () => {
    expect(scan(automaton, "US, ", { afterText: "NATO" })).toEqual([]);
    expect(scan(automaton, "US, ", { afterText: "and France" }).map((m) => m.candidates[0]?.entity)).toEqual([
      "united-states",
    ]);
  });

  it("matches the French and Estonian names of the core entities", () => {
    expect(found("La France et l’Estonie, l’OTAN et l’ONU, les États-Unis.")).toEqual([
      ["France", "france"],
      ["Estonie", "estonia"],
      ["OTAN", "nato"],
      ["ONU", "united-nations"],
      ["États-Unis", "united-states"],
    ]);
    expect(found("Eesti ja Prantsusmaa, Euroopa Liit")).toEqual([
      ["Eesti", "estonia"],
      ["Prantsusmaa", "france"],
      ["Euroopa Liit", "european-union"],
    ]);
  });
});

describe("the precompiled aliases", () => {
  it("are the fact base's aliases compiled as the content script would", () => {
    expect(compiledAliases).toEqual(compileAliases(factBase));
    const text = "Jüri Ratas met Macron; the US and NATO’s Tapa battle group in Estonia.";
    expect(scan(precompiledAutomaton(compiledAliases), text)).toEqual(scan(automaton, text));
  });
});

describe("scale", () => {
  it("finds the same matches with ten thousand more aliases", () => {
    const extra = Array.from({ length: 10_000 }, (_, i) => ({ text: `Synthetic Name ${i} Corp`, entity: `syn-${i}` }));
    const big = entityAutomaton(factBase, extra);
    const text = "Ratas met Macron in Paris; Synthetic Name 42 Corp was not there.";
    expect(scan(big, text).map((m) => m.candidates[0]?.entity)).toEqual([
      "juri-ratas",
      "emmanuel-macron",
      "paris",
      "syn-42",
    ]);
  });

  it("keeps the regexes of where names start bounded by the alphabet, not by the number of aliases", () => {
    let seed = 7;
    const letter = () => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return String.fromCharCode(97 + (seed % 26));
    };
    const word = () => Array.from({ length: 6 }, letter).join("");
    const random = Array.from({ length: 10_000 }, (_, i) => ({ text: `${word()} ${word()}`, entity: `r-${i}` }));
    const capitalised = random.map((a) => ({ ...a, text: a.text.charAt(0).toUpperCase() + a.text.slice(1) }));
    const small = entityAutomaton(factBase);
    const big = entityAutomaton(factBase, capitalised);
    // Every pair of letters opens some alias now: the regex can grow no further, whatever is added.
    expect(big.starts.source.length).toBeLessThan(4 * small.starts.source.length);
    expect(entityAutomaton(factBase, [...capitalised, ...capitalised]).starts.source).toBe(big.starts.source);
    // Aliases written in lower case are matched on their opening words, one literal each.
    const lower = entityAutomaton(factBase, random.slice(0, 50));
    expect(scan(lower, `it was ${random[7]?.text} indeed`).map((m) => m.candidates[0]?.entity)).toEqual(["r-7"]);
  });
});

describe("shadows", () => {
  it("leaves an alias alone inside a longer name that is something else", () => {
    expect(found("Air France flew to Paris; Agence France-Presse reported from Estonia.")).toEqual([
      ["Paris", "paris"],
      ["Estonia", "estonia"],
    ]);
    expect(found("France flew to the Council of Europe")).toEqual([["France", "france"]]);
  });
});

describe("the loose pre-check", () => {
  it("finds every name a text node scan would, even where blocks glue words together", () => {
    const glued = [
      "ParisFrance",
      "USTROOPS",
      "NATOEstonia",
      "the Malian",
      "SECRETARY BLINKEN",
      "Backgroundeastern Mediterranean",
    ];
    for (const text of glued) expect(scan(automaton, text, {}, { loose: true, first: true }).length, text).toBe(1);
    expect(scan(automaton, "nothing known here, only words and Capitals", {}, { loose: true, first: true })).toEqual(
      [],
    );
  });

  it("on text nodes kept apart, still finds every alias wherever a word can start", () => {
    const lowerCase = factBase.entities.flatMap((e) => e.aliases.filter((a) => /^\p{Ll}/u.test(a.text)));
    expect(lowerCase.length).toBeGreaterThan(5);
    // What may stand before a name: the text's start, a line break between text nodes, spaces, punctuation, a soft
    // hyphen or a zero-width space, quotation marks, an apostrophe of an elision.
    const before = ["", "\n", " ", "\u00a0", "(", "«", "“", "‘", "-", "\u00ad", "\u200b", "l'", "d’", "1 "];
    for (const e of factBase.entities) {
      for (const a of e.aliases) {
        for (const b of before) {
          const text = `${b}${a.text} x`;
          if (scan(automaton, text).length === 0) continue;
          expect(mayName(automaton, text, true), JSON.stringify(text)).toBe(true);
        }
      }
    }
    // A lower-case opening right after a letter opens no word; in glued blocks it may.
    const startsAt = (text: string, apart: boolean) =>
      scan(automaton, text, {}, { loose: true, apart }).map((m) => m.start);
    for (const a of lowerCase) {
      expect(startsAt(`Background${a.text}`, true), a.text).not.toContain(10);
      expect(startsAt(`Background${a.text}`, false), a.text).toContain(10);
    }
  });
});
