import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { factBase } from "../../src/facts";
import { entityAutomaton, findEntities } from "../../src/match";
import { buildClaimIndex, judgeSentence, textWords, wordKeys } from "../../src/match/claims";
import { splitSentences } from "../../src/match/sentences";
import { extractValues } from "../../src/match/values";

const documentsDir = join(import.meta.dirname, "../../corpus/documents");
const documents = readdirSync(documentsDir).map((n) => readFileSync(join(documentsDir, n), "utf8"));

const automaton = entityAutomaton(factBase);
const index = buildClaimIndex(factBase);

function judge(sentence: string, context: string[] = []) {
  const entities = new Set(findEntities(automaton, sentence).map((m) => m.entity));
  const verdict = judgeSentence(index, sentence, entities, new Set(context));
  return verdict ? `${verdict.claim.id} ${verdict.status}` : null;
}

describe("value extraction", () => {
  it("reads numbers in digits and in words, with the words after them", () => {
    expect(extractValues("Additional 200 troops stationed").numbers).toEqual([
      { value: 200, after: ["troops", "stationed"] },
    ]);
    expect(extractValues("two hundred soldiers").numbers[0]).toMatchObject({ value: 200, after: ["soldiers"] });
    expect(extractValues("deux cents soldats").numbers[0]).toMatchObject({ value: 200, after: ["soldats"] });
    expect(extractValues("1,500 troops and twenty-five tanks").numbers.map((n) => n.value)).toEqual([1500, 25]);
    expect(extractValues("a meeting with one of them").numbers).toEqual([]);
  });

  it("reads percentages, dates, months and years without reading a date's year twice", () => {
    expect(extractValues("improved by 18%").percents).toEqual([18]);
    expect(extractValues("improved by 18 per cent").percents).toEqual([18]);
    expect(extractValues("on 28 October 2020").dates).toEqual([{ day: 28, month: 10, year: 2020 }]);
    expect(extractValues("on Wednesday (October 28th)").dates).toEqual([{ month: 10, day: 28 }]);
    expect(extractValues("le 28 octobre 2020").dates).toEqual([{ day: 28, month: 10, year: 2020 }]);
    expect(extractValues("announced in September that it would join in 2021")).toMatchObject({
      dates: [{ month: 9 }],
      years: [2021],
    });
    expect(extractValues("in September 2020").years).toEqual([]);
  });

  it("reads frequencies and durations", () => {
    expect(extractValues("drills bi-annually").frequencies).toEqual([2]);
    expect(extractValues("twice a year").frequencies).toEqual([2]);
    expect(extractValues("quarterly summits").frequencies).toEqual([4]);
    expect(extractValues("des sommets trimestriels").frequencies).toEqual([4]);
    expect(extractValues("removed within an hour").durations).toEqual([60]);
    expect(extractValues("within 24 hours").durations).toEqual([1440]);
  });
});

describe("claim scoring", () => {
  it("finds the same stems in a text as trying every stem length on every word would", () => {
    const everyLength = (words: string[]) =>
      new Set(
        words.flatMap((w) =>
          [
            w,
            ...(w.endsWith("s") ? [w.slice(0, -1)] : []),
            ...index.stemLengths.filter((k) => k < w.length).map((k) => w.slice(0, k)),
          ].filter((k) => index.firstStems.has(k)),
        ),
      );
    const words = textWords(documents.join("\n"));
    expect(words.length).toBeGreaterThan(1000);
    const keys = wordKeys(index, words);
    expect(keys.size).toBeGreaterThan(20);
    expect(keys).toEqual(everyLength(words));
  });

  it("recognises paraphrases and other wordings", () => {
    expect(judge("France stationed an additional two hundred soldiers in Estonia.")).toBe(
      "additional-200-troops match",
    );
    expect(judge("In Paris, Ratas and Macron put their names to a declaration on strategic partnership.")).toBe(
      "strategic-partnership-signed-2020 match",
    );
    expect(judge("Macron urged EU states to make platforms remove terrorist content within one hour.")).toBe(
      "terrorist-content-one-hour match",
    );
    expect(judge("Quarterly bilateral summits", ["france", "estonia"])).toBe("quarterly-summits match");
  });

  it("recognises a French sentence", () => {
    expect(judge("Le 28 octobre 2020, Jüri Ratas a rencontré Emmanuel Macron à l'Élysée.")).toBe(
      "ratas-macron-meeting-2020 match",
    );
    expect(judge("La France a déployé 300 soldats supplémentaires en Estonie.")).toBe("additional-200-troops conflict");
  });

  it("finds conflicts of figure, date, frequency and party", () => {
    expect(judge("France has 300 troops stationed in Estonia.")).toBe("additional-200-troops conflict");
    expect(judge("Jüri Ratas met Emmanuel Macron on 28 October 2019.")).toBe("ratas-macron-meeting-2020 conflict");
    expect(judge("France and Estonia hold bilateral summits twice a year.")).toBe("quarterly-summits conflict");
    expect(judge("The Joint Rapid Response Exercise improved reaction time by 25%.")).toBe(
      "rapid-response-18-percent conflict",
    );
    expect(
      judge("Ratas and Macron signed a declaration on strategic partnership between Estonia and the United States."),
    ).toBe("strategic-partnership-signed-2020 conflict");
  });

  it("leaves near misses alone: same countries, other subject", () => {
    expect(
      judge("France and Estonia are both members of the European Union and have a long shared history."),
    ).toBeNull();
    expect(judge("Estonia bought 300 trucks from France last year.")).toBeNull();
    expect(judge("The US and France discussed the weather in Paris.")).toBeNull();
    expect(judge("Estonia and France have a long history of cultural exchange.")).toBeNull();
    expect(judge("Macron met the press in Paris.")).toBeNull();
  });

  it("says what differs", () => {
    const verdict = judgeSentence(index, "France has 300 troops stationed in Estonia.", new Set(["france", "estonia"]));
    expect(verdict?.differences).toEqual(["the page says 300 troops; the fact base says 200 troops"]);
  });
});

describe("sentences", () => {
  it("does not cut after an initial or a title", () => {
    const text = "Secretary Antony J. Blinken met Mr. Lecornu. They toured Nexter.";
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end).trim())).toEqual([
      "Secretary Antony J. Blinken met Mr. Lecornu.",
      "They toured Nexter.",
    ]);
  });

  it("cuts after closing quotes and at blank lines, not at line breaks, decimals or lower-case continuations", () => {
    const text =
      "The U.S. troops stay. He said: \u201cWe will.\u201d Then 3.5 billion\nwas pledged (in 2024.) « Oui. » Fin\n\nNew block… Done?";
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end).trim())).toEqual([
      "The U.S. troops stay.",
      "He said: \u201cWe will.\u201d",
      "Then 3.5 billion\nwas pledged (in 2024.)",
      "« Oui. »",
      "Fin",
      "New block…",
      "Done?",
    ]);
  });
});
