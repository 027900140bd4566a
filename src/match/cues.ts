// Cues that undo an alias where they stand: "Paris" beside "Texas", in its sentence or its paragraph, is the town in
// Texas; "Texas" elsewhere on a page about Paris, France (a Texas-based manufacturer) says nothing of Paris. Settled
// here, once a text is scanned, for the few names that have cues; what a cue seen beside its alias says of the rest
// of the page is weighed by `resolveMatches`.
import { type AliasMatch, type Candidate, CUE, type Edges, isEntity, ownOnly, REACH, REACH_TEXT } from "./candidates";
import { crossesSentence, isBeside } from "./sentence-bounds";

/** A text with its matches, and where the scanned text starts in it. */
interface Around {
  text: string;
  matches: readonly AliasMatch[];
  offset: number;
  /** The text is the paragraph (or list, or table) itself: every match in it is in reach. */
  whole: boolean;
}

const isCue = (id: string) => id.startsWith(CUE);

/** What the text around a name says of it: the cues that undo it, or whether something there vouches for it. */
type Verdict = { undoneBy: string[] } | { vouched: boolean };

/**
 * What the text around `c` at `[start, end)` of `around` says of it: a cue beside it ("Paris, Texas", "Paris (Texas)",
 * "Paris-Lamar County") undoes it always; one in its sentence unless the sentence names what vouches for the alias
 * (`vouchedBy`, else its context, or its own entity named outright: "Paris, France"); one in its paragraph (or within
 * `REACH` characters) unless the paragraph does. Otherwise, whether the paragraph vouches for it.
 */
function verdictOn(c: Candidate, around: Around, start: number, end: number): Verdict {
  const cues = c.unless ?? [];
  const vouchers = c.vouchedBy ?? c.context ?? [];
  const beside: string[] = [];
  const inSentence: string[] = [];
  const inParagraph: string[] = [];
  let vouchedInSentence = false;
  let vouchedInParagraph = false;
  for (const o of around.matches) {
    if (o.end > start && o.start < end) continue;
    if (!around.whole && (o.end < start - REACH || o.start > end + REACH)) continue;
    const [from, to] = o.start >= end ? [end, o.start] : [o.end, start];
    for (const x of o.candidates) {
      if (isCue(x.entity) && cues.includes(x.entity)) {
        if (isBeside(around.text, from, to)) beside.push(x.entity);
        else if (!crossesSentence(around.text, from, to)) inSentence.push(x.entity);
        else inParagraph.push(x.entity);
      } else if (
        (vouchers.includes(x.entity) && !ownOnly(x)) ||
        (x.entity === c.entity && x.context === undefined && x.unless === undefined)
      ) {
        vouchedInParagraph = true;
        if (!crossesSentence(around.text, from, to)) vouchedInSentence = true;
      }
    }
  }
  if (beside.length > 0) return { undoneBy: beside };
  if (inSentence.length > 0 && !vouchedInSentence) return { undoneBy: inSentence };
  if (inSentence.length + inParagraph.length > 0 && !vouchedInParagraph)
    return { undoneBy: [...inSentence, ...inParagraph] };
  return { vouched: vouchedInParagraph };
}

/**
 * Settles the candidates that cues may undo, by the cues around them: a candidate a cue undoes is dropped (and the match
 * with it if nothing is left), and the cue is recorded for the page (a match of no length before it, whose candidate
 * is the bound cue); one that its paragraph vouches for counts outright; the others are left for the page to weigh.
 * `scanReach` reads the paragraph around the text, if the page gives one wider than it.
 */
export function settleCues(
  found: AliasMatch[],
  text: string,
  edges: () => Edges,
  scanReach: (reach: string) => AliasMatch[],
): AliasMatch[] {
  let around: Around | undefined;
  const aroundText = (): Around => {
    if (around) return around;
    const reach = edges().reach?.();
    if (reach && reach.length > text.length && reach.length <= REACH_TEXT) {
      const given = edges().reachOffset?.();
      const offset = given !== undefined && reach.startsWith(text, given) ? given : reach.indexOf(text);
      if (offset >= 0) {
        around = { text: reach, matches: scanReach(reach), offset, whole: true };
        return around;
      }
    }
    around = { text, matches: found, offset: 0, whole: text.length <= REACH_TEXT };
    return around;
  };
  const out: AliasMatch[] = [];
  for (const m of found) {
    if (!m.candidates.some((c) => c.unless && isEntity(c.entity))) {
      out.push(m);
      continue;
    }
    const where = aroundText();
    const kept: Candidate[] = [];
    const bound = new Set<string>();
    let changed = false;
    for (const c of m.candidates) {
      if (!c.unless || !isEntity(c.entity)) {
        kept.push(c);
        continue;
      }
      const verdict = verdictOn(c, where, m.start + where.offset, m.end + where.offset);
      changed = true;
      if ("undoneBy" in verdict) for (const id of verdict.undoneBy) bound.add(id);
      // Vouched for where it stands, no cue elsewhere on the page can outweigh that: it counts outright.
      else kept.push(verdict.vouched ? { entity: c.entity, context: undefined } : c);
    }
    for (const entity of bound)
      out.push({ start: m.start, end: m.start, candidates: [{ entity, context: undefined, bound: true }] });
    if (!changed) out.push(m);
    else if (kept.length > 0) out.push({ ...m, candidates: kept });
  }
  return out;
}
