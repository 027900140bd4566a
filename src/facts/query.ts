// Questions the UI asks of the fact base. Pure functions over a FactBase, so tests can pass a small one.
import type { Claim, DocumentMeta, Entity, EventKind, FactBase, Partnership, TimelineItem } from "./types";

export function entityById(fb: FactBase, id: string): Entity | undefined {
  return fb.entities.find((e) => e.id === id);
}

export function documentById(fb: FactBase, id: string): DocumentMeta | undefined {
  return fb.documents.find((d) => d.id === id);
}

export function claimById(fb: FactBase, id: string): Claim | undefined {
  return fb.claims.find((c) => c.id === id);
}

/** The claims that involve an entity, best supported first. */
export function claimsOf(fb: FactBase, entityId: string): Claim[] {
  const rank = { corroborated: 0, "single-source": 1, unverified: 2 } as const;
  return fb.claims.filter((c) => c.entities.includes(entityId)).sort((a, b) => rank[a.support] - rank[b.support]);
}

/** The partnerships an entity takes part in: as a party, or through the claims that build the partnership. */
export function partnershipsOf(fb: FactBase, entityId: string): Partnership[] {
  return fb.partnerships.filter(
    (p) =>
      p.parties.includes(entityId) || fb.claims.some((c) => c.partnership === p.id && c.entities.includes(entityId)),
  );
}

/** The events that make a commitment an agreement: something both parties signed. */
export const AGREED_EVENTS: ReadonlySet<EventKind> = new Set(["signing"]);
/** The events that make a commitment a statement: an announcement, a declared intention, a joining announced. */
export const STATED_EVENTS: ReadonlySet<EventKind> = new Set(["commitment", "announcement", "joining"]);

export interface PartnershipSummary {
  id: string;
  name: string;
  parties: Entity[];
  areas: { area: string; claims: Claim[] }[];
  commitments: Claim[];
  /** What was agreed: the commitments that are agreements signed (see AGREED_EVENTS). */
  agreed: Claim[];
  /**
   * What was stated: commitments one side or both declared (an announcement, a stated intention), not an agreement,
   * and not a report of something done (a deployment is one: it stays in its area).
   */
  stated: Claim[];
  timeline: { date: string; claim: Claim; of?: string }[];
  people: Entity[];
}

/** A partnership with every reference resolved: each line carries the claim (and so the quote) behind it. */
export function partnershipSummary(fb: FactBase, id: string): PartnershipSummary | undefined {
  const p = fb.partnerships.find((x) => x.id === id);
  if (!p) return undefined;
  const claim = (cid: string) => claimById(fb, cid) as Claim;
  const entity = (eid: string) => entityById(fb, eid) as Entity;
  return {
    id: p.id,
    name: p.name,
    parties: p.parties.map(entity),
    areas: p.areas.map((a) => ({ area: a.area, claims: a.claims.map(claim) })),
    commitments: p.commitments.map(claim),
    agreed: p.commitments.map(claim).filter((c) => AGREED_EVENTS.has(c.event)),
    stated: p.commitments.map(claim).filter((c) => STATED_EVENTS.has(c.event)),
    timeline: p.timeline.map((t: TimelineItem) => ({
      date: t.date,
      claim: claim(t.claim),
      ...(t.of ? { of: t.of } : {}),
    })),
    people: p.people.map(entity),
  };
}
