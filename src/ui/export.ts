// This page's annotations as Markdown, with numbered citations of the source documents.

import type { PageSummary } from "../extension/messages";
import { claimById, documentById, entityById } from "../facts/query";
import type { Claim, FactBase } from "../facts/types";
import { CATEGORY_LABEL, describeDocumentDate, quoted, SUPPORT_LABEL, verdictLabel } from "./labels";
import { quoteAddress, type SourceAddress, sourcePath } from "./source-address";

const escapeMd = (text: string) => text.replace(/([\\`*_[\]<>#|])/g, "\\$1");

/**
 * This page's annotations as Markdown. Each quote links to its place in its document, and each source document to
 * the document, in the source viewer: `viewer` is the extension's base address (`chrome-extension://<id>/`, the
 * popup's own), so the links open with the extension installed; without it they are paths relative to it.
 */
export function exportMarkdown(fb: FactBase, page: PageSummary, viewer = ""): string {
  const cited: string[] = [];
  const cite = (doc: string) => {
    if (!cited.includes(doc)) cited.push(doc);
    return `[${cited.indexOf(doc) + 1}]`;
  };
  const link = (address: SourceAddress) => `<${viewer}${sourcePath(address)}>`;
  // Each quote's own address: a claim's second quote in a document opens that quote, not the first.
  const evidence = (claim: Claim) =>
    claim.evidence
      .map((e, i) => `[${escapeMd(quoted(e.quote))}](${link(quoteAddress(claim, i))}) ${cite(e.document)}`)
      .join("; ");
  const out = [`# Defence Lens: ${escapeMd(page.title || page.url)}`, "", `<${page.url}>`, "", "## Entities", ""];
  if (page.entities.length === 0) out.push("None of the fact base's entities is highlighted on this page.");
  for (const { id, count } of page.entities) {
    const e = entityById(fb, id);
    if (!e) continue;
    const sources = e.documents.map(cite).join("");
    out.push(
      `- **${escapeMd(e.name)}** (${CATEGORY_LABEL[e.category].toLowerCase()}, ${count} mention${count === 1 ? "" : "s"}): ${escapeMd(e.description)}${sources ? ` ${sources}` : ""}`,
    );
  }
  out.push("", "## Claims", "");
  if (page.claims.length === 0) out.push("No sentence on this page states a claim the fact base records.");
  for (const c of page.claims) {
    const claim = claimById(fb, c.claim);
    if (!claim) continue;
    const verdict = verdictLabel(c.status, claim.support);
    const why = c.status === "conflict" ? ` (${c.differences.join("; ")})` : "";
    out.push(
      `- The page says: ${escapeMd(quoted(c.sentence))}`,
      `  - ${verdict}${escapeMd(why)}. The fact base: ${escapeMd(claim.statement)}`,
      `  - Support: ${SUPPORT_LABEL[claim.support].toLowerCase()}. ${escapeMd(claim.supportReason)}`,
      `  - Evidence: ${evidence(claim)}`,
    );
  }
  out.push("", "## Sources", "");
  cited.forEach((id, i) => {
    const d = documentById(fb, id);
    if (d)
      out.push(
        `${i + 1}. ${escapeMd(d.title)}, ${escapeMd(describeDocumentDate(d))}. ${escapeMd(d.origin)}. Reliability: ${d.reliability}. [Read it with Defence Lens](${link({ doc: d.id })})`,
      );
  });
  return `${out.join("\n")}\n`;
}
