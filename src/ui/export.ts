// This page's annotations as Markdown, with numbered citations of the source documents.

import type { PageSummary } from "../extension/messages";
import { claimById, documentById, entityById } from "../facts/query";
import type { Claim, FactBase } from "../facts/types";
import { CATEGORY_LABEL, formatDate, SUPPORT_LABEL, verdictLabel } from "./labels";

const escapeMd = (text: string) => text.replace(/([\\`*_[\]<>#|])/g, "\\$1");

export function exportMarkdown(fb: FactBase, page: PageSummary): string {
  const cited: string[] = [];
  const cite = (doc: string) => {
    if (!cited.includes(doc)) cited.push(doc);
    return `[${cited.indexOf(doc) + 1}]`;
  };
  const evidence = (claim: Claim) => claim.evidence.map((e) => `“${escapeMd(e.quote)}” ${cite(e.document)}`).join("; ");
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
      `- The page says: “${escapeMd(c.sentence)}”`,
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
        `${i + 1}. ${escapeMd(d.title)}, ${formatDate(d.date)}. ${escapeMd(d.origin)}. Reliability: ${d.reliability}.`,
      );
  });
  return `${out.join("\n")}\n`;
}
