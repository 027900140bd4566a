import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compileFacts } from "../../src/compiler/compile";

const root = join(import.meta.dirname, "../..");
const realSource = readFileSync(join(root, "corpus/facts.yaml"), "utf8");
const realDocs = Object.fromEntries(
  readdirSync(join(root, "corpus/documents"))
    .filter((n) => n.endsWith(".txt"))
    .map((n) => [n, readFileSync(join(root, "corpus/documents", n), "utf8")]),
);

const docs = {
  "a.txt": "Ratas met Macron in Paris on Wednesday. France and Estonia signed a declaration on 28 October 2020.",
  "b.txt": "France and Estonia signed a declaration, said a second outlet.",
};

function source(
  overrides: { entities?: string; claims?: string; documents?: string; partnerships?: string } = {},
): string {
  return `
documents:
${
  overrides.documents ??
  `  - { id: a.txt, title: A, origin: test, kind: an official release, date: 2020-10-28, reliability: good, reasons: [official] }
  - { id: b.txt, title: B, origin: test, kind: an unsigned blog post, date: not stated, reliability: low, reasons: [unsourced] }`
}
entities:
${
  overrides.entities ??
  `  - { id: france, name: France, category: country, description: A country., aliases: [France] }
  - { id: estonia, name: Estonia, category: country, description: A country., aliases: [Estonia] }`
}
partnerships:
${overrides.partnerships ?? "  - { id: fr-ee, name: France–Estonia, parties: [france, estonia] }"}
claims:
${
  overrides.claims ??
  `  - id: signed
    statement: They signed.
    event: signing
    participants: [{ entity: france, role: party }, { entity: estonia, role: party }]
    when: [{ date: 2020-10-28, from: document }]
    areas: [defence]
    partnership: fr-ee
    evidence:
      - { document: a.txt, quote: France and Estonia signed a declaration }
      - { document: b.txt, quote: France and Estonia signed a declaration }`
}
`;
}

function errorsOf(text: string, documents: Record<string, string> = docs): string[] {
  const result = compileFacts("facts.yaml", text, documents);
  return result.ok ? [] : result.errors;
}

describe("the fact-base compiler", () => {
  it("compiles the project's own fact base, every quote verified", () => {
    const result = compileFacts("corpus/facts.yaml", realSource, realDocs);
    if (!result.ok) throw new Error(result.errors.join("\n"));
    expect(result.counts.documents).toBe(3);
    expect(result.factBase.claims.length).toBeGreaterThan(20);
    for (const c of result.factBase.claims) {
      for (const ev of c.evidence) expect(realDocs[ev.document]).toContain(ev.quote);
    }
  });

  it("accepts a valid source and derives support and partnerships", () => {
    const result = compileFacts("facts.yaml", source(), docs);
    if (!result.ok) throw new Error(result.errors.join("\n"));
    const [claim] = result.factBase.claims;
    // A low-reliability document beside a good one corroborates nothing.
    expect(claim?.support).toBe("single-source");
    const two = compileFacts("facts.yaml", source().replace("reliability: low", "reliability: medium"), docs);
    if (!two.ok) throw new Error(two.errors.join("\n"));
    expect(two.factBase.claims[0]?.support).toBe("corroborated");
    expect(result.factBase.partnerships[0]).toMatchObject({
      parties: ["france", "estonia"],
      areas: [{ area: "defence", claims: ["signed"] }],
      commitments: ["signed"],
      timeline: [{ date: "2020-10-28", claim: "signed" }],
    });
    expect(result.factBase.entities.find((e) => e.id === "france")?.documents).toEqual(["a.txt", "b.txt"]);
  });

  it("refuses a quote that is not verbatim in its document, naming the claim and the document", () => {
    const errors = errorsOf(
      source({
        claims: `  - { id: misquoted, statement: S., event: statement, participants: [{ entity: france, role: speaker }], evidence: [{ document: a.txt, quote: "Ratas met Macron in Tallinn" }] }`,
      }),
    );
    expect(errors).toEqual([
      'facts.yaml: claims[0] (misquoted): quote not found verbatim in a.txt: "Ratas met Macron in Tallinn"',
    ]);
  });

  it("refuses evidence from an unknown document", () => {
    const errors = errorsOf(
      source({
        claims: `  - { id: c, statement: S., event: statement, participants: [{ entity: france, role: speaker }], evidence: [{ document: z.txt, quote: "France and Estonia" }] }`,
      }),
    );
    expect(errors).toEqual(['facts.yaml: claims[0] (c): unknown document "z.txt"']);
  });

  it("refuses metadata for a document that is not in the folder, and a document without metadata", () => {
    const errors = errorsOf(source(), { "a.txt": docs["a.txt"], "c.txt": "other" });
    expect(errors).toContain("facts.yaml: documents[1] (b.txt): no such file in the documents folder");
    expect(errors).toContain("facts.yaml: documents: the file c.txt has no metadata entry");
  });

  it("refuses an unknown entity in a claim", () => {
    const errors = errorsOf(
      source({
        claims: `  - { id: c, statement: S., event: statement, participants: [{ entity: latvia, role: speaker }], evidence: [{ document: a.txt, quote: "France and Estonia" }] }`,
      }),
    );
    expect(errors).toEqual(['facts.yaml: claims[0] (c): unknown entity "latvia"']);
  });

  it("refuses an unknown category", () => {
    const errors = errorsOf(
      source({
        entities: `  - { id: france, name: France, category: nation, description: D., aliases: [France] }
  - { id: estonia, name: Estonia, category: country, description: D., aliases: [Estonia] }`,
      }),
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^facts\.yaml: entities\[0\] \(france\) category: /);
  });

  it("refuses duplicate ids", () => {
    const errors = errorsOf(
      source({
        entities: `  - { id: france, name: France, category: country, description: D., aliases: [France] }
  - { id: estonia, name: Estonia, category: country, description: D., aliases: [Estonia] }
  - { id: france, name: La France, category: country, description: D., aliases: [La France] }`,
      }),
    );
    expect(errors).toEqual(["facts.yaml: entities[2] (france): duplicate id, first used by entities[0] (france)"]);
  });

  it("refuses an alias claimed by two entities with no rule to tell them apart", () => {
    const errors = errorsOf(
      source({
        entities: `  - { id: france, name: France, category: country, description: D., aliases: [France, Paris] }
  - { id: estonia, name: Estonia, category: country, description: D., aliases: [Estonia] }
  - { id: paris, name: Paris, category: place, description: D., aliases: [Paris] }`,
      }),
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('entities france, paris: alias "paris" is claimed by more than one entity');
  });

  it("accepts a shared alias when each entity gives it a distinct context", () => {
    const errors = errorsOf(
      source({
        entities: `  - { id: france, name: France, category: country, description: D., aliases: [France, { text: Paris, context: [estonia] }] }
  - { id: estonia, name: Estonia, category: country, description: D., aliases: [Estonia] }
  - { id: paris, name: Paris, category: place, description: D., aliases: [{ text: Paris, context: [france] }] }`,
      }),
    );
    expect(errors).toEqual([]);
  });

  it("refuses a malformed value", () => {
    const errors = errorsOf(
      source({
        claims: `  - { id: c, statement: S., event: outcome, participants: [{ entity: france, role: party }], when: [{ date: 2020-02-30, from: quote }], evidence: [{ document: a.txt, quote: "France and Estonia" }] }`,
      }),
    );
    expect(errors.length).toBeGreaterThan(0);
    for (const e of errors) expect(e).toMatch(/^facts\.yaml: claims\[0\] \(c\) when\.0/);
  });

  it("refuses a frame whose participant, date or figure its sources do not give", () => {
    const errors = errorsOf(
      source({
        entities: `  - { id: france, name: France, category: country, description: D., aliases: [France] }
  - { id: estonia, name: Estonia, category: country, description: D., aliases: [Estonia] }
  - { id: latvia, name: Latvia, category: country, description: D., aliases: [Latvia] }`,
        claims: `  - { id: c, statement: S., event: deployment, participants: [{ entity: latvia, role: host }], when: [{ year: 2019, from: quote }], quantity: { number: 300, unit: troops, counts: troops }, evidence: [{ document: a.txt, quote: "France and Estonia signed" }] }`,
      }),
    );
    expect(errors).toEqual([
      "facts.yaml: claims[0] (c) participants.0: latvia is named neither in a quote nor in its document",
      "facts.yaml: claims[0] (c) when.0: 2019 is said to come from the quote, which does not give it",
      "facts.yaml: claims[0] (c) quantity: 300 is not in any quote",
    ]);
  });

  it("refuses a document of unknown reliability and text that is not YAML", () => {
    const bad = errorsOf(
      source({
        documents:
          "  - { id: a.txt, title: A, origin: o, kind: a test text, date: 2020-10-28, reliability: great, reasons: [r] }",
      }),
    );
    expect(bad[0]).toMatch(/^facts\.yaml: documents\[0\] \(a\.txt\) reliability: /);
    expect(errorsOf("documents: [")[0]).toMatch(/^facts\.yaml: not valid YAML/);
  });

  it("rates a claim found only in low-reliability documents as unverified, with the reasons", () => {
    const result = compileFacts(
      "facts.yaml",
      source({
        claims: `  - { id: c, statement: S., event: statement, participants: [{ entity: france, role: speaker }], evidence: [{ document: b.txt, quote: "said a second outlet" }] }`,
      }),
      docs,
    );
    if (!result.ok) throw new Error(result.errors.join("\n"));
    expect(result.factBase.claims[0]?.support).toBe("unverified");
    expect(result.factBase.claims[0]?.supportReason).toContain("unsourced");
    // Its documents named as every view names them: the date written out, "undated" for none.
    expect(result.factBase.claims[0]?.supportReason).toContain("“B”, undated, low reliability");
  });

  it("keeps whose date an undated text's date is, and refuses it without a date", () => {
    const dated = compileFacts(
      "facts.yaml",
      source().replace("date: 2020-10-28,", "date: 2020-10-28, date_from: the official release,"),
      docs,
    );
    if (!dated.ok) throw new Error(dated.errors.join("\n"));
    expect(dated.factBase.documents[0]).toMatchObject({ date: "2020-10-28", dateFrom: "the official release" });
    expect(dated.factBase.claims[0]?.supportReason).toContain(
      "“A”, undated (28 October 2020, per the official release), good reliability",
    );
    const bad = errorsOf(source().replace("date: not stated,", "date: not stated, date_from: somebody,"));
    expect(bad.join("\n")).toMatch(/documents\[1\].*date_from says whose date/);
  });
});

describe("shadows", () => {
  it("refuses a shadow that is also an alias", () => {
    const text = source().replace("partnerships:", "shadows: [Estonia]\npartnerships:");
    expect(errorsOf(text)).toEqual(['facts.yaml: shadows[0]: "Estonia" is an alias of estonia']);
  });
});

describe("aliases with their language and what makes them count", () => {
  const entities = (ee: string) =>
    `  - { id: france, name: France, category: country, description: A country., aliases: [France, { text: Prantsusmaa, lang: et }, { text: Estonie, lang: fr }] }
  - { id: estonia, name: Estonia, category: country, description: A country., aliases: [${ee}] }`;

  it("compiles languages, stems, per-language context, groups in reach and cues, and counts aliases by language", () => {
    const result = compileFacts(
      "facts.yaml",
      source({
        entities: entities(
          "Estonia, { text: Eesti, lang: et, stems: [Eesti Vabariigi] }, { text: Tallinn, unless: [Texas], vouched_by: [estonia], near: [[france], [estonia]], context: [france], context_on: { et: [estonia] }, only_on: [en, et], not_on: fr }",
        ),
      }),
      docs,
    );
    if (!result.ok) throw new Error(result.errors.join("\n"));
    expect(result.counts.aliasesByLanguage).toEqual({ en: 0, fr: 1, et: 2, any: 3 });
    expect(result.counts.stems).toBe(1);
    const tallinn = result.factBase.entities.find((e) => e.id === "estonia")?.aliases[2];
    expect(tallinn).toEqual({
      text: "Tallinn",
      context: ["france"],
      contextOn: { et: ["estonia"] },
      near: [["france"], ["estonia"]],
      unless: ["Texas"],
      vouchedBy: ["estonia"],
      onlyOn: ["en", "et"],
      notOn: ["fr"],
    });
  });

  it("refuses an unknown entity in a context, a language's context, a group in reach or what outweighs a cue", () => {
    const errors = errorsOf(
      source({
        entities: entities(
          "Estonia, { text: Eesti, context_on: { et: [latvia] } }, { text: Tapa, near: [[finland]] }, { text: Ratas, context: [spain] }, { text: Tallinn, unless: [Texas], vouched_by: [italy] }",
        ),
      }),
    );
    expect(errors).toEqual([
      'facts.yaml: entities[1] (estonia) aliases.1: unknown context entity "latvia"',
      'facts.yaml: entities[1] (estonia) aliases.2: unknown context entity "finland"',
      'facts.yaml: entities[1] (estonia) aliases.3: unknown context entity "spain"',
      'facts.yaml: entities[1] (estonia) aliases.4: unknown context entity "italy"',
    ]);
  });

  it("refuses an unknown language, and a cue that is an alias", () => {
    expect(errorsOf(source({ entities: entities("{ text: Eesti, lang: ee }") }))[0]).toContain(
      "entities[1] (estonia) aliases.0",
    );
    expect(errorsOf(source({ entities: entities("Estonia, { text: Eesti, unless: [Prantsusmaa] }") }))).toEqual([
      'facts.yaml: entities[1] (estonia) aliases.1: the cue "Prantsusmaa" is an alias of france',
    ]);
  });

  it("refuses a stem claimed by another entity", () => {
    expect(
      errorsOf(source({ entities: entities("Estonia, { text: Eesti, lang: et, stems: [Prantsusmaa] }") }))[0],
    ).toContain('alias "prantsusmaa" is claimed by more than one entity');
  });
});
