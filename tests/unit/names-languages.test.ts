// Names as English, French and Estonian readers meet them (issue 16): Estonian case endings, French elision, the
// page's language, names that need a related name in reach, names that may mean something else, longer names that
// contain an alias, and the letters Unicode decomposition leaves whole.
import { describe, expect, it } from "vitest";
import { factBase } from "../../src/facts";
import {
  type EntityMatch,
  entityAutomaton,
  findEntities,
  languageOfTag,
  type PageLanguage,
  withLanguage,
} from "../../src/match";
import { estonianEnding } from "../../src/match/estonian";
import { readsEstonian } from "../../src/match/estonian-text";
import { detectLanguage } from "../../src/match/language";

const base = entityAutomaton(factBase);

/** What a page in `language` made of this text would highlight: [surface text, entity id]. */
function found(language: PageLanguage | undefined, text: string, reach?: string): [string, string][] {
  const automaton = withLanguage(base, language);
  const edges = reach === undefined ? {} : { reach: () => reach };
  return findEntities(automaton, text, new Set(), edges).map((m: EntityMatch) => [
    text.slice(m.start, m.end),
    m.entity,
  ]);
}
const ids = (language: PageLanguage | undefined, text: string) => found(language, text).map(([, id]) => id);

describe("Estonian case endings", () => {
  it("finds the issue's Estonian sentence's names, each with its case ending", () => {
    const got = found(
      "et",
      "Peaminister Jüri Ratas kohtus Pariisis president Emmanuel Macroniga ja kinnitas, et Prantsusmaa toetab Eestit.",
    );
    expect(got.map(([, id]) => id)).toEqual(["juri-ratas", "paris", "emmanuel-macron", "france", "estonia"]);
    expect(got.map(([text]) => text)).toEqual([
      "Jüri Ratas",
      "Pariisis",
      "Emmanuel Macroniga",
      "Prantsusmaa",
      "Eestit",
    ]);
  });

  it("takes a changed stem for the person and a gated town by what vouches for it; an adjective is no country", () => {
    // Tapa beside it makes the battle group the one in Estonia.
    expect(found("et", "Ratase sõnul teenivad Prantsuse sõdurid Tapal NATO lahingugrupis.")).toEqual([
      ["Ratase", "juri-ratas"],
      ["Tapal", "tapa"],
      ["NATO lahingugrupis", "nato-battle-group-estonia"],
    ]);
    expect(found("et", "Ratasel ja Ratasega, Macronile ja Macronilt.")).toEqual([
      ["Ratasel", "juri-ratas"],
      ["Ratasega", "juri-ratas"],
      ["Macronile", "emmanuel-macron"],
      ["Macronilt", "emmanuel-macron"],
    ]);
  });

  it("declines every kind of name: countries, capitals, organisations, companies, with -gi/-ki after them", () => {
    expect(
      found(
        "et",
        "Prantsusmaal, Prantsusmaale, Prantsusmaaga, Prantsusmaad; Eestis, Eestisse, Eestile, Eestiga, Eestiski; Valgevenes, Venemaaga, Ukrainas; Tapale; Pariisis; Airbusi; NATOga; Tallinnas.",
      ).map(([text, id]) => `${text}=${id}`),
    ).toEqual([
      "Prantsusmaal=france",
      "Prantsusmaale=france",
      "Prantsusmaaga=france",
      "Prantsusmaad=france",
      "Eestis=estonia",
      "Eestisse=estonia",
      "Eestile=estonia",
      "Eestiga=estonia",
      "Eestiski=estonia",
      "Valgevenes=belarus",
      "Venemaaga=russia",
      "Ukrainas=ukraine",
      "Tapale=tapa",
      "Pariisis=paris",
      "Airbusi=airbus",
      "NATOga=nato",
      "Tallinnas=tallinn",
    ]);
  });

  it("reads the EU's stem, not Europe, in 'Euroopa Liidu', and the EU as EL only in Estonian text", () => {
    expect(found("et", "Euroopa Liidu liikmed kohtusid Euroopa Liidus; ELi ja EL-i eelarve.")).toEqual([
      ["Euroopa Liidu", "european-union"],
      ["Euroopa Liidus", "european-union"],
      ["ELi", "european-union"],
      ["EL", "european-union"],
    ]);
    expect(ids("en", "The EL line runs late.")).toEqual([]);
    expect(ids("fr", "EL PAÍS a publié")).toEqual([]);
  });

  it("matches whole words only: a word that runs on past the endings is another word", () => {
    expect(ids("et", "Eestimaal ja eestlased, Macronism, Pariisilik")).toEqual([]);
    // An ending in capitals only after a name in capitals.
    expect(found("et", "EESTIS ja EestiS")).toEqual([["EESTIS", "estonia"]]);
  });

  it("puts no Estonian ending on a name on an English or French page", () => {
    expect(ids("en", "A Macronist deputy met the Airbusi team.")).toEqual([]);
    expect(ids("fr", "Les macronistes et les Macronistes.")).toEqual([]);
    expect(found("en", "Macron's visit to Estonia")).toEqual([
      ["Macron", "emmanuel-macron"],
      ["Estonia", "estonia"],
    ]);
  });

  it("takes a name followed by a word in capitals, in Estonian, for the head of a longer name", () => {
    expect(ids("et", "Eesti Pank, Eesti Energia, Eesti Päevaleht, Euroopa Komisjon, Tallinna Ülikool.")).toEqual([]);
    // Unless that word starts a name of its own.
    expect(found("et", "Eesti NATO liitlased ja Eesti Vabariigi valitsus")).toEqual([
      ["Eesti", "estonia"],
      ["NATO", "nato"],
      ["Eesti Vabariigi", "estonia"],
    ]);
  });

  it("finds a name with a case ending whatever word in capitals follows it: no longer name opens with one", () => {
    expect(found("et", "Lend väljub Tallinnast Pariisi kell seitse.")).toEqual([
      ["Tallinnast", "tallinn"],
      ["Pariisi", "paris"],
    ]);
    expect(ids("et", "Sõitsime Eestist Lätti ja Eestist Prantsusmaale.")).toEqual(["estonia", "estonia", "france"]);
    expect(found("et", "Õhtul jalutasime Tallinnas Kadriorus ja Pariisis Louvre'is.")).toEqual([
      ["Tallinnas", "tallinn"],
      ["Pariisis", "paris"],
    ]);
    // On a page whose language is not known, alike.
    expect(ids(undefined, "Venemaaga Valgevene piiril ja Eestisse Soomest")).toEqual(["russia", "belarus", "estonia"]);
  });

  it("takes a bare or genitive name before a plural or a known name for the name, before another word for a longer name", () => {
    expect(found("et", "Prantsusmaa Alpides ja Prantsusmaa Alpid")).toEqual([
      ["Prantsusmaa", "france"],
      ["Prantsusmaa", "france"],
    ]);
    expect(found("et", "Eesti Pariisi saatkond ja Eesti NATO-ga")).toEqual([
      ["Eesti", "estonia"],
      ["Pariisi", "paris"],
      ["Eesti", "estonia"],
      ["NATO", "nato"],
    ]);
    // The bank, the Commission and the university take endings too: still no country, continent or city.
    expect(ids("et", "Eesti Panga juht, Euroopa Komisjonis ja Tallinna Ülikoolis, Eesti Kaitseväe sõdurid")).toEqual(
      [],
    );
    // English and French text has no such rule: a name before a word in capitals is the name.
    expect(ids("en", "From Tallinn Airport to Paris Orly")).toEqual(["tallinn", "paris"]);
    expect(ids("fr", "De Tallinn Ülemiste à Paris Orly")).toEqual(["tallinn", "paris"]);
  });

  it("knows the endings as a closed set", () => {
    const endAt = (word: string, stem: number) => estonianEnding(word, stem, -1);
    expect(endAt("Eestisse", 5)).toBe(8);
    expect(endAt("Macroniga", 6)).toBe(9);
    expect(endAt("Eestiii", 5)).toBe(-1);
    expect(endAt("Macronist", 6)).toBe(9);
    expect(endAt("Macronistic", 6)).toBe(-1);
  });
});

describe("Estonian words that are names only in context", () => {
  it("leaves 'Ratas' (a wheel) and 'Tapa' (kill!) alone on an Estonian page that names only Eesti", () => {
    expect(ids("et", "Ratas on auto ratas.")).toEqual([]);
    expect(ids("et", "Eesti on väike riik. Ratas on auto ratas. Tapa see sääsk!")).toEqual(["estonia"]);
  });

  it("takes them for the person and the town where something means them", () => {
    expect(ids("et", "Emmanuel Macron kohtus Eestis. Ratas ütles, et Tapa linnak on valmis.")).toEqual([
      "emmanuel-macron",
      "estonia",
      "juri-ratas",
      "tapa",
    ]);
    expect(ids("et", "Tapa vallas teenib NATO lahingugrupp. Tapa on väike linn.")).toEqual([
      "tapa",
      "nato-battle-group-estonia",
      "tapa",
    ]);
  });

  it("lets Estonia vouch for them on an English page, where they are no Estonian words", () => {
    expect(ids("en", "Ratas said Tapa is ready, Estonia says.")).toEqual(["juri-ratas", "tapa", "estonia"]);
  });

  it("does not take 'Estonia' on an Estonian page for the country: there it is the opera house or the ferry", () => {
    expect(ids("et", "Rahvusooper Estonia ja Estonia teatri etendus; parvlaev Estonia.")).toEqual([]);
    expect(ids("en", "Estonia and the Estonia theatre")).toEqual(["estonia", "estonia"]);
  });
});

describe("French elision and contraction", () => {
  it("keeps finding names after l', d', de l', aux, au, du", () => {
    expect(
      found("fr", "l'Estonie, d'Estonie, de l'OTAN, de l'Otan, aux États-Unis, au Mali, du Bélarus, l’Élysée").map(
        ([text, id]) => `${text}=${id}`,
      ),
    ).toEqual([
      "Estonie=estonia",
      "Estonie=estonia",
      "OTAN=nato",
      "Otan=nato",
      "États-Unis=united-states",
      "Mali=mali",
      "Bélarus=belarus",
      "Élysée=elysee-palace",
    ]);
  });

  it("finds the French names written in lower case, as French writes them", () => {
    expect(
      found(
        "fr",
        "Au palais de l'Élysée, le ministère de la Santé, les forces armées françaises et le département d'État ; le groupement tactique de l'OTAN en Estonie.",
      ).map(([, id]) => id),
    ).toEqual([
      "elysee-palace",
      "french-ministry-of-health",
      "french-armed-forces",
      "us-department-of-state",
      "nato-battle-group-estonia",
    ]);
    expect(ids("fr", "Le groupement tactique de l'OTAN en Lituanie.")).toEqual(["nato"]);
  });

  it("reads a dash for a space and a space for a dash", () => {
    expect(ids("fr", "les Etats Unis et le Haut Karabakh")).toEqual(["united-states", "nagorno-karabakh"]);
  });
});

describe("English forms", () => {
  it("finds a longer name through a possessive inside it", () => {
    expect(found("en", "The U.S. and NATO's battle group in Estonia")).toEqual([
      ["U.S.", "united-states"],
      ["NATO's battle group in Estonia", "nato-battle-group-estonia"],
    ]);
    expect(found("en", "NATO’s eastern flank and NATO eastern flank")).toEqual([
      ["NATO’s eastern flank", "nato-eastern-flank"],
      ["NATO eastern flank", "nato-eastern-flank"],
    ]);
    // A shadow is matched only as written: "Estonia's Air Force" is no "Estonia Air".
    expect(ids("en", "Estonia's Air Force")).toEqual(["estonia"]);
  });

  it("knows British and American spellings of the words names are made of", () => {
    expect(found("en", "the North Atlantic Treaty Organisation and Airbus Defense and Space")).toEqual([
      ["North Atlantic Treaty Organisation", "nato"],
      ["Airbus Defense and Space", "airbus"],
    ]);
  });

  it("folds the letters Unicode decomposition leaves whole", () => {
    const automaton = entityAutomaton(factBase, [
      { text: "Łódź", entity: "lodz" },
      { text: "Tromsø", entity: "tromso" },
      { text: "Encyclopædia Britannica", entity: "britannica" },
      { text: "Straße des 17. Juni", entity: "strasse" },
    ]);
    const idsIn = (text: string) => findEntities(automaton, text).map((m) => [text.slice(m.start, m.end), m.entity]);
    expect(idsIn("Lodz, LODZ, Łódź; Tromso; Encyclopaedia Britannica; Strasse des 17. Juni")).toEqual([
      ["Lodz", "lodz"],
      ["LODZ", "lodz"],
      ["Łódź", "lodz"],
      ["Tromso", "tromso"],
      ["Encyclopaedia Britannica", "britannica"],
      ["Strasse des 17. Juni", "strasse"],
    ]);
    const plain = entityAutomaton(factBase, [
      { text: "Encyclopaedia Britannica", entity: "britannica" },
      { text: "Đakovo", entity: "dakovo" },
    ]);
    expect(findEntities(plain, "Encyclopædia Britannica, Dakovo").map((m) => m.entity)).toEqual([
      "britannica",
      "dakovo",
    ]);
  });
});

describe("names that need a related name in reach", () => {
  it("leaves another country's NATO battle group as NATO", () => {
    expect(found("en", "Lithuania hosts a NATO battle group led by Germany.")).toEqual([["NATO", "nato"]]);
    expect(found("en", "Estonia hosts a NATO battle group led by the United Kingdom.")).toEqual([
      ["Estonia", "estonia"],
      ["NATO battle group", "nato-battle-group-estonia"],
    ]);
    expect(ids("et", "Leedus asub NATO lahingugrupp.")).toEqual(["nato"]);
    expect(ids("et", "Eestis asub NATO lahingugrupp.")).toEqual(["estonia", "nato-battle-group-estonia"]);
  });

  it("looks in the paragraph, list or table the page gives as in reach", () => {
    const sentence = "The battle group: a NATO battle group.";
    expect(found("en", sentence, "Troops in Estonia. The battle group: a NATO battle group.")).toEqual([
      ["NATO battle group", "nato-battle-group-estonia"],
    ]);
    expect(found("en", sentence, "Troops in Latvia. The battle group: a NATO battle group.")).toEqual([
      ["NATO", "nato"],
    ]);
  });

  it("takes a strategic partnership declaration for the Estonia–France one only beside both", () => {
    expect(ids("en", "Poland and Ukraine signed a declaration on strategic partnership.")).toEqual(["ukraine"]);
    expect(ids("en", "France and India signed a declaration on strategic partnership.")).toEqual(["france"]);
    expect(ids("en", "Estonia and France signed a declaration on strategic partnership.")).toEqual([
      "estonia",
      "france",
      "estonia-france-strategic-partnership",
    ]);
    expect(ids("fr", "L'Estonie et la France ont signé une déclaration de partenariat stratégique.")).toContain(
      "estonia-france-strategic-partnership",
    );
    expect(ids("fr", "La France et l'Inde ont un partenariat stratégique.")).toEqual(["france"]);
    expect(ids("et", "Eesti ja Prantsusmaa strateegilise partnerluse deklaratsioon")).toContain(
      "estonia-france-strategic-partnership",
    );
    expect(ids("et", "Läti ja Prantsusmaa strateegilise partnerluse deklaratsioon")).toEqual(["france"]);
  });

  it("takes NATO Air Policing for the Baltic mission only beside the Baltic states", () => {
    expect(found("en", "NATO Air Policing over Iceland resumed.")).toEqual([["NATO", "nato"]]);
    expect(ids("en", "NATO Air Policing over the Baltic states resumed.")).toEqual([
      "baltic-air-policing",
      "baltic-region",
    ]);
    expect(ids("en", "Baltic Air Policing resumed.")).toEqual(["baltic-air-policing"]);
  });

  it("takes the exercise and the protocol of document 000 only beside France or Estonia", () => {
    expect(ids("en", "The Intelligence Sharing Protocol and the Joint Rapid Response Exercise were held.")).toEqual([]);
    expect(
      ids("en", "France held the Joint Rapid Response Exercise and signed the Intelligence Sharing Protocol."),
    ).toEqual(["france", "joint-rapid-response-exercise", "intelligence-sharing-protocol"]);
    expect(ids("fr", "Un Joint Rapid Response Exercise avec l'Estonie.")).toEqual([
      "joint-rapid-response-exercise",
      "estonia",
    ]);
  });
});

describe("names that may mean something else", () => {
  it("takes no 'Paris' for the French capital on a page about Paris, Texas", () => {
    expect(
      ids(
        "en",
        "The Paris City Council will meet on Monday; the Paris Economic Development Corporation reports on Lamar County.",
      ),
    ).toEqual([]);
    expect(ids("en", "Welcome to Paris, Texas. Paris has a replica of the Eiffel Tower.")).toEqual([]);
    // Named as the French capital outright, it is, on any page.
    expect(ids("en", "In Paris, Texas, a tower like the one in Paris, France.")).toEqual(["paris"]);
    expect(ids("en", "Macron spoke in Paris.")).toEqual(["emmanuel-macron", "paris"]);
    expect(ids("fr", "Emmanuel Macron à Paris.")).toEqual(["emmanuel-macron", "paris"]);
  });

  it("leaves an alias alone inside a longer name that is something else", () => {
    expect(found("en", "Macron's wife Brigitte Macron visited Tallinn.")).toEqual([
      ["Macron", "emmanuel-macron"],
      ["Tallinn", "tallinn"],
    ]);
    expect(found("en", "French Armed Forces Minister Sébastien Lecornu")).toEqual([
      ["Sébastien Lecornu", "sebastien-lecornu"],
    ]);
    expect(
      ids(
        "en",
        "The Élysée Treaty, the Tour de France, KNDS Ukraine and the Minister of the Armed Forces; Eesti Pank and Eesti Energia.",
      ),
    ).toEqual([]);
    expect(ids("fr", "le traité de l'Élysée et le Tour de France")).toEqual([]);
    expect(ids("et", "Rahvusooper Estonia, Eesti Pank ja Eesti Energia")).toEqual([]);
  });
});

describe("the page's language", () => {
  it("reads a declared language tag", () => {
    expect(languageOfTag("et-EE")).toBe("et");
    expect(languageOfTag("fr")).toBe("fr");
    expect(languageOfTag("en-GB")).toBe("en");
    expect(languageOfTag("de")).toBe("other");
    expect(languageOfTag("")).toBeUndefined();
    expect(languageOfTag("und")).toBeUndefined();
  });

  it("tells English, French and Estonian text apart, and others from them", () => {
    expect(
      detectLanguage(
        "Peaminister Jüri Ratas kohtus Pariisis president Emmanuel Macroniga ja kinnitas, et Prantsusmaa toetab Eestit.",
      ),
    ).toBe("et");
    expect(
      detectLanguage("La France et l’Estonie ont signé une déclaration de partenariat stratégique à Paris mercredi."),
    ).toBe("fr");
    expect(detectLanguage("The Paris City Council will meet on Monday to discuss the city budget.")).toBe("en");
    expect(detectLanguage("Suomen puolustusvoimat osallistuvat harjoitukseen yhdessä Viron kanssa.")).toBe("other");
    expect(detectLanguage("NATO")).toBeUndefined();
  });
});

describe("institutions, roads and spellings that hold a name (issue 16, second round)", () => {
  it("leaves a country alone inside the name of its central bank or another institution, in each language", () => {
    expect(
      ids("fr", "La Banque d'Estonie, la Banque centrale d'Estonie et la Banque de France ont publié un rapport."),
    ).toEqual([]);
    expect(ids("fr", "L'Opéra national d'Estonie et la Bibliothèque nationale de France.")).toEqual([]);
    expect(ids("en", "The Bank of Estonia, the Bank of France and the National Bank of Ukraine.")).toEqual([]);
    // The country itself is still the country, beside them.
    expect(ids("fr", "La Banque d'Estonie conseille l'Estonie.")).toEqual(["estonia"]);
    expect(ids("en", "The Bank of Estonia advises Estonia.")).toEqual(["estonia"]);
  });

  it("takes no US Highway or US Route for the United States", () => {
    expect(ids("en", "US Highway 82 and U.S. Route 271 meet downtown; US Hwy 82 is closed.")).toEqual([]);
    expect(ids("en", "The US and the U.S. Army.")).toEqual(["united-states", "united-states"]);
  });

  it("finds an acronym written with full stops, in English and French", () => {
    expect(found("fr", "Le secrétaire général de l'O.T.A.N. a visité l'Estonie.")).toEqual([
      ["O.T.A.N.", "nato"],
      ["Estonie", "estonia"],
    ]);
    expect(found("en", "The N.A.T.O summit; the O.N.U. and the U.E.")).toEqual([
      ["N.A.T.O", "nato"],
      ["O.N.U.", "united-nations"],
      ["U.E.", "european-union"],
    ]);
    // Letters with full stops that spell no acronym of the fact base are nothing.
    expect(ids("en", "N.A.S.A. and N.A.T.")).toEqual([]);
  });

  it("declines plural and changed-stem names in the partitive, in Estonian", () => {
    expect(
      found(
        "et",
        "Balti riike ja Baltimaid ähvardab Venemaa; Ameerika Ühendriike, Eesti Vabariiki, Tapa valda ja Euroopa Parlamenti.",
      ).map(([text, id]) => `${text}=${id}`),
    ).toEqual([
      "Balti riike=baltic-region",
      "Baltimaid=baltic-region",
      "Venemaa=russia",
      "Ameerika Ühendriike=united-states",
      "Eesti Vabariiki=estonia",
      "Tapa valda=tapa",
      "Euroopa Parlamenti=european-parliament",
    ]);
    expect(ids("et", "Prantsuse relvajõude ja strateegilist partnerlust Eesti ja Prantsusmaa vahel")).toEqual([
      "french-armed-forces",
      "estonia-france-strategic-partnership",
      "estonia",
      "france",
    ]);
  });
});

describe("a block whose text and declared language disagree", () => {
  const estonian =
    "Lend väljub Tallinnast Pariisi kell seitse. Peaminister kohtus kolmapäeval president Emmanuel Macroniga ja sõitis seejärel Eestist Prantsusmaale.";

  it("reads an Estonian text declared English or French as Estonian: its names keep their endings", () => {
    const want = [
      ["Tallinnast", "tallinn"],
      ["Pariisi", "paris"],
      ["Emmanuel Macroniga", "emmanuel-macron"],
      ["Eestist", "estonia"],
      ["Prantsusmaale", "france"],
    ];
    expect(found("en", estonian)).toEqual(want);
    expect(found("fr", estonian)).toEqual(want);
    // A paragraph of a page in English read in pieces (a link inside it): the paragraph tells its language.
    expect(found("en", "Tallinnast Pariisi", estonian)).toEqual([
      ["Tallinnast", "tallinn"],
      ["Pariisi", "paris"],
    ]);
  });

  it("reads the rules of Estonian words in such a text as an Estonian page's", () => {
    // "Ratas" at the start of a sentence about a wheel, "Eesti Pank", on a page tagged English.
    expect(
      ids(
        "en",
        "Macron ei tea seda. Eesti Pank teatas, et auto ratas on katki. Ratas maksab umbes 3000 eurot ja see on palju.",
      ),
    ).toEqual(["emmanuel-macron"]);
  });

  it("leaves English and French text that merely holds a name like an Estonian one as it is", () => {
    expect(ids("en", "Frances Haugen met a Macronist deputy and the Tapa team in London.")).toEqual([]);
    expect(ids("fr", "Les Macronistes et Frances ont voté.")).toEqual([]);
    expect(found("en", "The Estonia ferry sank; Eesti Energia is a company; Ratas said Estonia is ready.")).toEqual([
      ["Estonia", "estonia"],
      ["Ratas", "juri-ratas"],
      ["Estonia", "estonia"],
    ]);
  });

  it("tells Estonian text from English, French, Finnish and German as franc does", () => {
    const paragraphs: [string, boolean][] = [
      [estonian, true],
      [
        "Valitsus kinnitas eile uue kaitse-eelarve, mis kasvab järgmisel aastal kolme protsendini. Liitlaste õppusel osales üle kahe tuhande sõduri.",
        true,
      ],
      [
        "Emmanuel Macron ütles, et Prantsusmaa toetab Ukrainat nii kaua kui vaja, ning lisas, et koostöö Eestiga jätkub.",
        true,
      ],
      [
        "France will rejoin the NATO battle group at Tapa in 2021, the ministry said on Wednesday in a statement.",
        false,
      ],
      [
        "La France rejoindra le groupement tactique de l'OTAN à Tapa, a annoncé mercredi le ministère des Armées.",
        false,
      ],
      [
        "Suomen puolustusvoimat osallistuvat harjoitukseen yhdessä Viron kanssa, kertoi ministeriö keskiviikkona.",
        false,
      ],
      [
        "Die Bundeswehr übernimmt die Führung der NATO-Kampfgruppe in Litauen, teilte das Ministerium am Mittwoch mit.",
        false,
      ],
    ];
    for (const [text, isEstonian] of paragraphs) {
      expect(readsEstonian(text), text).toBe(isEstonian);
      expect(detectLanguage(text) === "et", text).toBe(isEstonian);
    }
    // Too short to tell.
    expect(readsEstonian("Eestis ja")).toBe(false);
  });
});
