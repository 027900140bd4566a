import { describe, expect, it } from "vitest";
import { factBase } from "../../src/facts";
import { exportMarkdown } from "../../src/ui/export";

describe("Markdown export", () => {
  it("lists the page's entities and claims with citations of the source documents", () => {
    const md = exportMarkdown(
      factBase,
      {
        url: "https://news.example/a",
        title: "Ratas in Paris",
        host: "news.example",
        entities: [
          { id: "juri-ratas", category: "person", count: 2 },
          { id: "airbus", category: "company", count: 1 },
        ],
        claims: [
          {
            claim: "additional-200-troops",
            status: "conflict",
            highlight: "defence-lens-claim-conflict",
            sentence: "France has 300 troops in Estonia.",
            differences: ["the page says 300 troops; the fact base says 200 troops"],
          },
        ],
      },
      "chrome-extension://abcdef/",
    );
    expect(md).toContain("# Defence Lens: Ratas in Paris");
    expect(md).toContain("- **Jüri Ratas** (person, 2 mentions): Prime Minister of Estonia");
    expect(md).toContain("- **Airbus** (company, 1 mention)");
    expect(md).toContain(
      "Differs from an unverified report (the page says 300 troops; the fact base says 200 troops). The fact base:",
    );
    expect(md).toContain("Support: unverified.");
    // Each quote opens in its document, and each source document opens, in this install's source viewer.
    expect(md).toMatch(
      /Evidence: \[“Additional 200 troops stationed in Estonia”\]\(<chrome-extension:\/\/abcdef\/source\.html\?doc=000_242c52d79b6009e6\.txt&claim=additional-200-troops>\) \[\d\]/,
    );
    expect(md).toMatch(
      /^\d\. France Reinforces Commitment .*\[Read it with Defence Lens\]\(<chrome-extension:\/\/abcdef\/source\.html\?doc=000_242c52d79b6009e6\.txt>\)$/m,
    );
    expect(md).toContain("France Reinforces Commitment to Estonia Amid Geopolitical Challenges, undated.");
    expect(md).toContain(
      "France and Estonia, strengthening security and defense against cyber attacks, 28 October 2020.",
    );
  });

  it("says so when the page has nothing", () => {
    const md = exportMarkdown(factBase, {
      url: "https://x.example/",
      title: "",
      host: "x.example",
      entities: [],
      claims: [],
    });
    expect(md).toContain("None of the fact base's entities is highlighted on this page.");
    expect(md).toContain("No sentence on this page states a claim");
  });
});
