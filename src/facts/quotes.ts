// Where each claim's quotes stand in a document's text, as character offsets: what the source viewer highlights.
// Pure: the viewer gives the text (bundled apart, see src/facts/documents.generated.ts) and the fact base.
import type { FactBase } from "./types";

/** One quote of one claim in a document: `[start, end)` in UTF-16 code units of the document's text. */
export interface QuoteSpan {
  claim: string;
  start: number;
  end: number;
  /** The quote's place in the claim's evidence, from 0. */
  evidence: number;
}

/** A claim's quotes merged where they touch or overlap: one highlighted stretch, and the quotes it holds. */
export interface ClaimSpan {
  claim: string;
  start: number;
  end: number;
  /** The places in the claim's evidence of the quotes it holds, from 0, in document order. */
  evidence: number[];
}

/**
 * A stretch of a document's text covered by the same quotes: where quotes overlap, the text is cut at every quote's
 * start and end, so that the pieces never overlap and each says which claims quote it.
 */
export interface QuotePiece {
  start: number;
  end: number;
  /** The claims whose quotes cover the piece, the one with the shortest quote (the innermost) first. */
  claims: string[];
  /** For each of `claims`, the place in its evidence (from 0) of its quote that covers the piece (the shortest). */
  evidence: number[];
}

/**
 * Every quote of every claim whose evidence cites the document, in document order (then longest first). A quote is
 * found at its first occurrence (the compiler checked it is there verbatim); one not found (a text that changed after
 * compiling) is left out rather than guessed at.
 */
export function quotesIn(fb: FactBase, documentId: string, text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  for (const claim of fb.claims) {
    claim.evidence.forEach((evidence, i) => {
      if (evidence.document !== documentId || evidence.quote.length === 0) return;
      const start = text.indexOf(evidence.quote);
      if (start < 0) return;
      spans.push({ claim: claim.id, start, end: start + evidence.quote.length, evidence: i });
    });
  }
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The spans of one claim, merged where they touch or overlap: what its highlight covers, in document order. */
export function spansOf(spans: readonly QuoteSpan[], claim: string): ClaimSpan[] {
  const out: ClaimSpan[] = [];
  for (const s of spans.filter((x) => x.claim === claim).sort((a, b) => a.start - b.start)) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) {
      last.end = Math.max(last.end, s.end);
      last.evidence.push(s.evidence);
    } else out.push({ claim: s.claim, start: s.start, end: s.end, evidence: [s.evidence] });
  }
  return out;
}

/** The document's quoted text cut into pieces that never overlap (see QuotePiece), in document order. */
export function quotePieces(spans: readonly QuoteSpan[]): QuotePiece[] {
  const cuts = [...new Set(spans.flatMap((s) => [s.start, s.end]))].sort((a, b) => a - b);
  const pieces: QuotePiece[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i] as number;
    const end = cuts[i + 1] as number;
    const covering = spans
      .filter((s) => s.start <= start && s.end >= end)
      .sort((a, b) => a.end - a.start - (b.end - b.start));
    const claims = [...new Set(covering.map((s) => s.claim))];
    const evidence = claims.map((c) => covering.find((s) => s.claim === c)?.evidence ?? 0);
    if (claims.length > 0) pieces.push({ start, end, claims, evidence });
  }
  return pieces;
}

/** The claims quoting a document, in the order of their first quote in it. */
export function claimsQuoting(spans: readonly QuoteSpan[]): string[] {
  return [...new Set(spans.map((s) => s.claim))];
}
