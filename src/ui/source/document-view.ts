// A bundled document as the source viewer shows it: its title, origin, date, reliability with the reasons, and its
// full text, every line of the file a paragraph, nothing rewritten.
import { formatDate } from "../../facts/dates";
import type { DocumentMeta } from "../../facts/types";
import { h } from "../dom";

/** "Good reliability" and so on, as the badge says it. */
export const RELIABILITY_LABEL: Record<DocumentMeta["reliability"], string> = {
  low: "Low reliability",
  medium: "Medium reliability",
  good: "Good reliability",
};

/** The document's date as the viewer says it: the date, or "Undated" (the date note says what is known). */
export function documentDate(doc: DocumentMeta): string {
  return doc.date === "not stated" ? "Undated" : formatDate(doc.date);
}

/** The document's heading: its title (the page's only `<h1>`), origin, date with its note, reliability and reasons. */
export function documentHeader(doc: DocumentMeta, titleId: string): HTMLElement {
  const iso = /^\d{4}(?:-\d{2}){0,2}$/.test(doc.date) ? doc.date : undefined;
  return h(
    "header",
    { class: "doc-head" },
    h("p", { class: "kicker" }, "Source document"),
    h("h1", { id: titleId }, doc.title),
    h(
      "dl",
      { class: "doc-meta" },
      h("dt", {}, "Origin"),
      h("dd", {}, doc.origin),
      h("dt", {}, "Date"),
      h(
        "dd",
        {},
        iso ? h("time", { datetime: iso }, documentDate(doc)) : documentDate(doc),
        doc.dateNote ? h("span", { class: "note" }, ` — ${doc.dateNote}`) : null,
      ),
      h("dt", {}, "Reliability"),
      h(
        "dd",
        {},
        h("span", { class: "badge", "data-reliability": doc.reliability }, RELIABILITY_LABEL[doc.reliability]),
        doc.reasons.length > 0
          ? h(
              "ul",
              { class: "reasons" },
              doc.reasons.map((r) => h("li", {}, r)),
            )
          : null,
      ),
      h("dt", {}, "File"),
      h("dd", {}, h("code", {}, `corpus/documents/${doc.id}`)),
    ),
  );
}

/**
 * The document's text: each line of the file a paragraph, the line breaks kept between them as text, so that the
 * element's text is the file's text character for character and a quote's offsets in the file are its offsets here.
 */
export function documentText(text: string): HTMLElement {
  const body = h("div", { class: "doc-text" });
  for (const part of text.split(/(\r?\n)/)) {
    if (part === "") continue;
    // Line breaks and blank lines stay as text between the paragraphs (collapsed away between blocks).
    if (/^\s*$/.test(part)) body.append(document.createTextNode(part));
    else body.append(h("p", {}, part));
  }
  return body;
}
