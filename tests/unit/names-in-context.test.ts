// Names read by what stands beside them and by the rest of the page (issue 16, second round): a cue that undoes an
// alias counts where it stands ("Paris, Texas"), not anywhere on the page; a word whose capital may be its sentence's
// ("Ratas maksab…", „Tapa või…“) needs more than a page that names Macron or NATO; a NATO battle group beside Tapa, or on
// a page about Estonia, is the one in Estonia. Pages are read paragraph by paragraph, as the annotator reads them.
import { describe, expect, it } from "vitest";
import { factBase } from "../../src/facts";
import {
  collectUnambiguous,
  entityAutomaton,
  mayResolveLater,
  type PageLanguage,
  resolveMatches,
  scan,
  withLanguage,
} from "../../src/match";

const base = entityAutomaton(factBase);

/**
 * What a page in `language` with these paragraphs would highlight in each: [surface text, entity id]. Each paragraph
 * is read in turn, what it names outright collected for the page; those whose names depend on the rest of the page
 * are read again at the end, as the annotator does.
 */
function page(language: PageLanguage, ...paragraphs: string[]): [string, string][][] {
  const automaton = withLanguage(base, language);
  const mentioned = new Set<string>();
  const read = (text: string) => {
    const found = scan(automaton, text, { reach: () => text });
    collectUnambiguous(found, mentioned);
    return found;
  };
  const first = paragraphs.map(read);
  return paragraphs.map((text, i) => {
    const found = mayResolveLater(first[i] ?? []) ? read(text) : (first[i] ?? []);
    return resolveMatches(found, mentioned).map((m) => [text.slice(m.start, m.end), m.entity]);
  });
}
const idsOn = (language: PageLanguage, ...paragraphs: string[]) =>
  page(language, ...paragraphs).map((p) => p.map(([, id]) => id));

describe("a cue undoes an alias where it stands", () => {
  it("keeps Paris on a page about Paris, France that names a Texas-based firm elsewhere", () => {
    expect(
      idsOn(
        "en",
        "Paris hosted the Eurosatory exhibition this week.",
        "Visitors also saw radars from a Texas-based manufacturer.",
        "The exhibition returns to Paris in 2026.",
      ),
    ).toEqual([["paris"], [], ["paris"]]);
    expect(
      idsOn(
        "fr",
        "Paris accueille cette semaine le salon Eurosatory.",
        "Un industriel du Texas y présente ses radars.",
        "Le salon reviendra à Paris en 2026.",
      ),
    ).toEqual([["paris"], [], ["paris"]]);
    // In the same paragraph, what vouches for the French capital there outweighs it.
    expect(
      idsOn("en", "Paris hosted France's defence show. Radars from a Texas-based manufacturer were on show."),
    ).toEqual([["paris", "france"]]);
  });

  it("drops Paris beside a cue, in its sentence or its paragraph when nothing there vouches for France", () => {
    expect(idsOn("en", "Paris, Texas has a tower.", "Paris (Texas) too.", "The Paris-Lamar County district.")).toEqual([
      [],
      [],
      [],
    ]);
    // Beside a cue, even a sentence that names France does not make it the French capital.
    expect(idsOn("en", "The tower in Paris, Texas was built by a company from France.")).toEqual([["france"]]);
    expect(idsOn("en", "Welcome to Paris. Texas has many small towns.")).toEqual([[]]);
    expect(idsOn("fr", "Paris (Texas) compte 25 000 habitants.")).toEqual([[]]);
    expect(idsOn("et", "Paris, Texas on väike linn. Pariisis avati näitus, Macron oli kohal.")).toEqual([
      ["paris", "emmanuel-macron"],
    ]);
  });

  it("drops every Paris on a page about Paris, Texas, and keeps them on one about France that names it once", () => {
    expect(
      idsOn(
        "en",
        "City of Paris, Texas",
        "Regular meeting of the Paris City Council",
        "Posted at City Hall in Paris by the City Secretary.",
      ),
    ).toEqual([[], [], []]);
    // A cue that holds the name shows it wherever it is.
    expect(idsOn("en", "Paris Junior College", "Parking at the Paris campus")).toEqual([[], []]);
    expect(
      idsOn(
        "en",
        "Emmanuel Macron spoke in Paris on France's defence.",
        "Unlike Paris, Texas, the French capital hosts the show.",
        "Paris will host it again.",
      ),
    ).toEqual([["emmanuel-macron", "paris", "france"], [], ["paris"]]);
    // "Paris, France" on the page vouches for its Paris as France does.
    expect(
      idsOn(
        "en",
        "Macron will host the summit in Paris next month.",
        "Ministers met in Paris, France, while a smaller gathering took place in Paris, Tennessee.",
      ),
    ).toEqual([["emmanuel-macron", "paris"], ["paris"]]);
  });
});

describe("a word whose capital may be its sentence's", () => {
  it("leaves Ratas (a wheel) and Tapa (kill!) at the start of a sentence or quotation alone on a page naming Macron and NATO", () => {
    expect(
      idsOn(
        "et",
        "President Emmanuel Macron kohtus NATO liitlastega.",
        "„Tapa või sind tapetakse,“ kirjeldas veteran NATO õppusi.",
        "Ratas, mille tank kaotas, leiti metsast.",
        "Ratas maksab umbes 3000 eurot.",
      ),
    ).toEqual([["emmanuel-macron", "nato"], ["nato"], [], []]);
  });

  it("takes them where their sentence vouches for them, as a place form, or after the page names them outright", () => {
    expect(idsOn("et", "Ratas kohtus Macroniga Pariisis.")).toEqual([["juri-ratas", "emmanuel-macron", "paris"]]);
    expect(idsOn("et", "Tapal teenivad Prantsuse sõdurid.", "Macron kohtus NATO juhtidega.")).toEqual([
      ["tapa"],
      ["emmanuel-macron", "nato"],
    ]);
    expect(idsOn("et", "„Tapa on NATO jaoks tähtis,“ ütles kindral.")).toEqual([["tapa", "nato"]]);
    // A locative ending makes the town of a word that, bare, is a verb: on a page that names nothing else.
    expect(idsOn("et", "Kaitseväe juhataja sõitis Tallinnast Tapale ja sealt Narva.")).toEqual([["tallinn", "tapa"]]);
    expect(idsOn("et", "Sa Tapad ju kõik taimed ära, ütles aednik.")).toEqual([[]]);
    expect(idsOn("et", "Peaminister Jüri Ratas kohtus Macroniga.", "Ratas ütles, et koostöö jätkub.")).toEqual([
      ["juri-ratas", "emmanuel-macron"],
      ["juri-ratas"],
    ]);
  });

  it("reads a capital as the name's own on an English or French page, where the word is no word", () => {
    expect(idsOn("en", "Macron met the Estonian prime minister.", "Ratas said the talks went well.")).toEqual([
      ["emmanuel-macron"],
      ["juri-ratas"],
    ]);
    expect(idsOn("fr", "L'Estonie accueille des soldats de l'OTAN.", "Tapa est une petite ville.")).toEqual([
      ["estonia", "nato"],
      ["tapa"],
    ]);
  });
});

describe("the NATO battle group in Estonia", () => {
  it("is named by Tapa beside it", () => {
    expect(page("en", "France will rejoin the NATO battle group at Tapa in 2021.")).toEqual([
      [
        ["France", "france"],
        ["NATO battle group", "nato-battle-group-estonia"],
        ["Tapa", "tapa"],
      ],
    ]);
    expect(idsOn("fr", "La France rejoindra le groupement tactique de l'OTAN à Tapa.")).toEqual([
      ["france", "nato-battle-group-estonia", "tapa"],
    ]);
    expect(idsOn("et", "Prantsuse sõdurid teenivad NATO lahingugrupis Tapal.")).toEqual([
      ["nato-battle-group-estonia", "tapa"],
    ]);
  });

  it("is named on a page that names Estonia, unless another host country stands beside it", () => {
    expect(idsOn("en", "Estonia borders Russia.", "The NATO battle group trains daily.")).toEqual([
      ["estonia", "russia"],
      ["nato-battle-group-estonia"],
    ]);
    expect(idsOn("fr", "L'Estonie borde la Russie.", "Le groupement tactique de l'OTAN s'entraîne.")).toEqual([
      ["estonia", "russia"],
      ["nato-battle-group-estonia"],
    ]);
    expect(idsOn("et", "Eesti piirneb Venemaaga.", "NATO lahingugrupp harjutab iga päev.")).toEqual([
      ["estonia", "russia"],
      ["nato-battle-group-estonia"],
    ]);
    expect(idsOn("en", "Estonia borders Russia.", "Lithuania hosts a NATO battle group led by Germany.")).toEqual([
      ["estonia", "russia"],
      ["nato"],
    ]);
    expect(
      idsOn("fr", "L'Estonie borde la Russie.", "La Lituanie accueille un groupement tactique de l'OTAN."),
    ).toEqual([["estonia", "russia"], ["nato"]]);
    expect(idsOn("et", "Eesti piirneb Venemaaga.", "Leedus asub NATO lahingugrupp.")).toEqual([
      ["estonia", "russia"],
      ["nato"],
    ]);
  });

  it("is named where it stands, whatever another paragraph says of another battle group", () => {
    expect(
      idsOn(
        "en",
        "British and French troops of the NATO battle group in Tapa trained together.",
        "Poland hosts a NATO battle group led by the United States.",
      ),
    ).toEqual([
      ["nato-battle-group-estonia", "tapa"],
      ["nato", "united-states"],
    ]);
  });

  it("is only NATO on a page that names neither Estonia, Tallinn nor Tapa", () => {
    expect(idsOn("en", "The NATO battle group trains daily.")).toEqual([["nato"]]);
    expect(idsOn("et", "NATO lahingugrupp harjutab iga päev.")).toEqual([["nato"]]);
  });
});
