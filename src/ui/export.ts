// This page's annotations as Markdown: a header (what made it, from which fact base, when, about which page), the
// differences first, then the agreements, then the names; numbered citations only where a document holds the words
// cited (a claim's quotes), the editors' descriptions marked as the fact base's own notes.

import type { PageSummary } from "../extension/messages";
import { claimById, documentById, entityById } from "../facts/query";
import type { Claim, FactBase } from "../facts/types";
import { factText, t, tn } from "../i18n";
import { categoryLabel, describeDocumentDate, formatDate, quoted, supportLabel, verdictLabel } from "./labels";
import { summaryLine } from "./popup/page";
import { quoteAddress, type SourceAddress, sourcePath } from "./source-address";
import { reliabilityLabel, supportLine } from "./support";
import { verdictItem } from "./verdict-items";

const uncapitalised = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

const escapeMd = (text: string) => text.replace(/([\\`*_[\]<>#|])/g, "\\$1");

/** Where the export's links lead and what its header says. */
export interface ExportOptions {
  /**
   * The extension's base address (`chrome-extension://<id>/`, the popup's own), so that the links open in the source
   * viewer with the extension installed; without it they are paths relative to it.
   */
  viewer?: string;
  /** The fact base's version (FACT_BASE_VERSION), said in the header. */
  version?: string;
  /** When the export was made; its day is said in the header. */
  generated?: Date;
}

/** The day of a date, as every view writes dates: "28 October 2020", "28 octobre 2020" (UTC). */
function day(date: Date): string {
  return formatDate(date.toISOString().slice(0, 10));
}

/** A file name for the export: "defence-lens-news.example-2026-11-30.md". */
export function exportFileName(page: PageSummary, generated: Date): string {
  const host = (page.host || "page").replace(/[^\w.-]+/g, "-");
  return `defence-lens-${host}-${generated.toISOString().slice(0, 10)}.md`;
}

/**
 * This page's annotations as Markdown. Each quote links to its place in its document, and each source document to
 * the document, in the source viewer (see ExportOptions.viewer). A string for `options` is the viewer's address.
 */
export function exportMarkdown(fb: FactBase, page: PageSummary, options: ExportOptions | string = {}): string {
  const { viewer = "", version, generated } = typeof options === "string" ? { viewer: options } : options;
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
  const out = [
    `# Defence Lens: ${escapeMd(page.title || page.url)}`,
    "",
    `- ${t("export_page", { url: `<${page.url}>` })}`,
    `- ${generated ? t("export_generatedOn", { date: day(generated) }) : t("export_generated")}${version ? t("export_version", { version }) : ""}`,
    `- ${summaryLine(page)}`,
    "",
  ];
  const found = page.claims
    .map((c) => ({ c, claim: claimById(fb, c.claim) }))
    .filter((x): x is { c: PageSummary["claims"][number]; claim: Claim } => x.claim !== undefined);
  const claimLines = ({ c, claim }: (typeof found)[number]) => {
    const verdict = verdictLabel(c.status, claim.support);
    const why =
      c.status === "conflict" && c.differences.length > 0 ? `: ${c.differences.map(verdictItem).join("; ")}` : "";
    return [
      `- ${verdict}${escapeMd(why)}.`,
      `  - ${t("export_pageSays", { text: escapeMd(quoted(c.sentence)) })}`,
      `  - ${t("export_factBaseSays", { text: escapeMd(factText(claim.statement, claim.translations)) })}`,
      `  - ${t("export_support", { level: supportLabel(claim.support).toLowerCase(), line: escapeMd(uncapitalised(supportLine(fb, claim))) })}`,
      `  - ${t("export_evidence", { quotes: evidence(claim) })}`,
    ];
  };
  const differ = found.filter((x) => x.c.status === "conflict");
  const agree = found.filter((x) => x.c.status === "match");
  out.push(`## ${t("export_differences")}`, "");
  if (differ.length === 0) out.push(found.length === 0 ? t("export_noClaim") : t("export_noDifference"));
  for (const x of differ) out.push(...claimLines(x));
  out.push("", `## ${t("export_agreements")}`, "");
  if (agree.length === 0) out.push(t("export_noAgreement"));
  for (const x of agree) out.push(...claimLines(x));
  out.push("", `## ${t("export_names")}`, "");
  if (page.entities.length === 0) out.push(t("export_noName"));
  for (const { id, count } of page.entities) {
    const e = entityById(fb, id);
    if (!e) continue;
    // The description is the editors' summary, which no single document states: not cited, said to be a note.
    out.push(
      `- **${escapeMd(e.name)}** (${categoryLabel(e.category).toLowerCase()}, ${tn("export_mentions", count)}). ${t("export_note", { text: escapeMd(factText(e.description, e.translations)) })}`,
    );
  }
  out.push("", `## ${t("export_sources")}`, "");
  if (cited.length === 0) out.push(t("export_noSource"));
  cited.forEach((id, i) => {
    const d = documentById(fb, id);
    if (d)
      out.push(
        `${i + 1}. ${escapeMd(d.title)}, ${escapeMd(describeDocumentDate(d))}. ${escapeMd(d.origin)}. ${t("export_reliability", { level: reliabilityLabel(d.reliability) })} [${t("export_readIt")}](${link({ doc: d.id })})`,
      );
  });
  return `${out.join("\n")}\n`;
}
