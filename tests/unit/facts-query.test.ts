import { describe, expect, it } from "vitest";
import { claimsOf, entityById, factBase, partnershipSummary, partnershipsOf } from "../../src/facts";

describe("fact-base queries", () => {
  it("finds an entity by id, and nothing for an unknown id", () => {
    expect(entityById(factBase, "juri-ratas")).toMatchObject({ name: "Jüri Ratas", category: "person" });
    expect(entityById(factBase, "nobody")).toBeUndefined();
  });

  it("lists the claims of an entity, best supported first", () => {
    const claims = claimsOf(factBase, "estonia");
    expect(claims.length).toBeGreaterThan(5);
    expect(claims.every((c) => c.entities.includes("estonia"))).toBe(true);
    const order = claims.map((c) => ["corroborated", "single-source", "unverified"].indexOf(c.support));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it("summarises a partnership with every line traced to a quote in a document", () => {
    const fe = partnershipSummary(factBase, "france-estonia");
    expect(fe?.parties.map((p) => p.id)).toEqual(["france", "estonia"]);
    expect(fe?.people.map((p) => p.id)).toEqual(expect.arrayContaining(["juri-ratas", "emmanuel-macron"]));
    expect(fe?.timeline[0]?.date).toBe("2020-09");
    const areas = fe?.areas.map((a) => a.area) ?? [];
    expect(areas).toEqual(expect.arrayContaining(["cybersecurity", "military presence", "energy", "climate"]));
    const troops = fe?.commitments.find((c) => c.id === "additional-200-troops");
    expect(troops?.support).toBe("unverified");
    for (const line of [...(fe?.commitments ?? []), ...(fe?.timeline.map((t) => t.claim) ?? [])]) {
      expect(line.evidence.length).toBeGreaterThan(0);
    }
    // Commitments split by what the claims' events are: an agreement signed, or something declared; a deployment is
    // neither (it is reported done), so it is in its area, not among the commitments.
    expect(fe?.agreed.map((c) => c.event)).toEqual(expect.arrayContaining(["signing"]));
    expect(fe?.agreed.length).toBeGreaterThan(0);
    expect(new Set(fe?.agreed.map((c) => c.event))).toEqual(new Set(["signing"]));
    for (const c of fe?.stated ?? []) expect(["commitment", "announcement", "joining"]).toContain(c.event);
    expect(fe?.stated.map((c) => c.id)).toContain("france-joins-tapa-2021");
    expect([...(fe?.agreed ?? []), ...(fe?.stated ?? [])].map((c) => c.id)).not.toContain("additional-200-troops");
    const us = partnershipSummary(factBase, "us-france");
    expect(us?.people.map((p) => p.id)).toEqual(["antony-blinken", "sebastien-lecornu"]);
    expect(us?.timeline).toEqual([
      { date: "2024-04-02", claim: expect.objectContaining({ id: "blinken-lecornu-nexter-2024" }), of: "visit" },
    ]);
    expect(partnershipSummary(factBase, "fr-de")).toBeUndefined();
  });

  it("knows which partnerships an entity belongs to", () => {
    expect(partnershipsOf(factBase, "antony-blinken").map((p) => p.id)).toEqual(["us-france"]);
    expect(partnershipsOf(factBase, "france").map((p) => p.id)).toEqual(["france-estonia", "us-france"]);
    // A topic of the 2020 meeting, not a party to the partnership.
    expect(partnershipsOf(factBase, "belarus")).toEqual([]);
    expect(partnershipsOf(factBase, "thx-news")).toEqual([]);
  });
});
