// A reader opening each source document as a news page sees every entity highlighted with its category, and
// nothing else. The expectations below were read off the documents by hand: surface text → entity × count. The page
// shows text and category; which entity each is comes from the content script's summary, as the popup lists them.

import type { PageSummary } from "../../../src/extension/messages";
import { factBase } from "../../../src/facts";
import { expect, test } from "../browsers/lens";
import { highlights, openAnnotated } from "../harness";

const expected: Record<string, string[]> = {
  "000_242c52d79b6009e6.txt": [
    "France → france ×13",
    "Estonia → estonia ×13",
    "United Nations → united-nations ×5",
    "UN → united-nations ×1",
    "Baltic region → baltic-region ×3",
    "NATO’s eastern flank → nato-eastern-flank ×1",
    "NATO → nato ×1",
    "Baltic Cyber Summit 2024 → baltic-cyber-summit-2024 ×1",
    "Joint Rapid Response Exercise → joint-rapid-response-exercise ×1",
    "Intelligence Sharing Protocol → intelligence-sharing-protocol ×1",
  ],
  "001_2efd3b04a8c7435c.txt": [
    "France → france ×8",
    "Estonia → estonia ×7",
    "Prime Minister Jüri Ratas → juri-ratas ×1",
    "Prime Minister Juri Ratas → juri-ratas ×1",
    "Prime Minister Ratas → juri-ratas ×1",
    "Ratas → juri-ratas ×3",
    "President Emmanuel Macron → emmanuel-macron ×1",
    "Emmanuel Macron → emmanuel-macron ×3",
    "Macron → emmanuel-macron ×2",
    "Olivier Véran → olivier-veran ×1",
    "European Union → european-union ×2",
    "EU → european-union ×1",
    "NATO → nato ×3",
    "European Parliament → european-parliament ×1",
    "French Ministry of Health → french-ministry-of-health ×1",
    "declaration on strategic relations → estonia-france-strategic-partnership ×1",
    "declaration on the strategic partnership → estonia-france-strategic-partnership ×1",
    // “The two countries signed a “strategic partnership””: the bare phrase, vouched for by Estonia named outright.
    "strategic partnership → estonia-france-strategic-partnership ×1",
    "removal of terrorist content → eu-terrorist-content-regulation ×1",
    "terrorist content online → eu-terrorist-content-regulation ×1",
    "Nagorno-Karabakh conflict → nagorno-karabakh-conflict ×1",
    "Europe → europe ×3",
    "eastern Mediterranean → eastern-mediterranean ×1",
    "Élysée Palace → elysee-palace ×1",
    "Paris → paris ×1",
    "Tallinn → tallinn ×1",
    "Mali → mali ×1",
    "Belarus → belarus ×1",
    "Russia → russia ×1",
    "French armed forces → french-armed-forces ×1",
    "NATO Battle Group → nato-battle-group-estonia ×1",
    "NATO’s Tapa battle group → nato-battle-group-estonia ×1",
    "Estonian Air Police → baltic-air-policing ×1",
    "Guardtime → guardtime ×1",
    "Magnetic MRO → magnetic-mro ×1",
    "Airbus → airbus ×1",
    "Eolane → eolane ×1",
    "MBDA → mbda ×1",
  ],
  "003_22c2670c1b089195.txt": [
    "Secretary Antony J. Blinken → antony-blinken ×1",
    "Secretary Blinken → antony-blinken ×2",
    "Blinken → antony-blinken ×1",
    "Minister Sébastien Lecornu → sebastien-lecornu ×1",
    "Minister Lecornu → sebastien-lecornu ×1",
    "Lecornu → sebastien-lecornu ×1",
    "US → united-states ×9",
    "United States → united-states ×1",
    "France → france ×10",
    "Ukraine → ukraine ×7",
    "NATO → nato ×2",
    "Nexter → nexter ×1",
    "THX News → thx-news ×1",
    "US Department of State → us-department-of-state ×1",
  ],
};

const categoryOf = new Map(factBase.entities.map((e) => [e.id, e.category]));

/** "surface → entity ×n" */
const parse = (line: string) => {
  const m = /^(.+) → (\S+) ×(\d+)$/.exec(line);
  if (!m) throw new Error(`bad expectation: ${line}`);
  return { text: m[1] as string, entity: m[2] as string, count: Number(m[3]) };
};

for (const [doc, lines] of Object.entries(expected)) {
  test(`every entity in ${doc} is highlighted with its category, and nothing else`, async ({ lens, server }) => {
    await openAnnotated(lens.tab, `${server.origin}/documents/${doc}.html`);
    const want = lines.map(parse);
    // What the reader sees: each surface text drawn in its entity's category, as often as the document says it.
    const drawnCounts = new Map<string, number>();
    for (const [text, category] of await highlights(lens.tab)) {
      const key = `${text} → ${category}`;
      drawnCounts.set(key, (drawnCounts.get(key) ?? 0) + 1);
    }
    const wantDrawn = new Map<string, number>();
    for (const w of want) {
      const key = `${w.text} → ${categoryOf.get(w.entity)}`;
      wantDrawn.set(key, (wantDrawn.get(key) ?? 0) + w.count);
    }
    const sorted = (m: Map<string, number>) => [...m].map(([k, n]) => `${k} ×${n}`).sort();
    expect(sorted(drawnCounts)).toEqual(sorted(wantDrawn));

    // Which entity each is: the content script's summary (what the popup lists) counts the mentions of each.
    const summary = await lens.tellTab<PageSummary>({ type: "summary" });
    const wantEntities = new Map<string, number>();
    for (const w of want) wantEntities.set(w.entity, (wantEntities.get(w.entity) ?? 0) + w.count);
    expect(summary.entities.map((e) => `${e.id} (${e.category}) ×${e.count}`).sort()).toEqual(
      [...wantEntities].map(([id, n]) => `${id} (${categoryOf.get(id)}) ×${n}`).sort(),
    );
  });
}
