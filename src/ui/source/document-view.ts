// A bundled document as the source viewer shows it: its title, origin, date, reliability with the reasons, and its
// full text, every line of the file a paragraph, nothing rewritten.
import type { DocumentMeta } from "../../facts/types";
import { type PlainKey, t } from "../../i18n";
import { h } from "../dom";
import { capitalised, describeDocumentDate, formatDate } from "../labels";
import { sourceLink } from "./links";

const RELIABILITY_BADGE: Record<DocumentMeta["reliability"], PlainKey> = {
  low: "viewer_reliabilityLow",
  medium: "viewer_reliabilityMedium",
  good: "viewer_reliabilityGood",
};

/** "Good reliability" and so on, as the badge says it, in the reader's language. */
export function reliabilityBadge(level: DocumentMeta["reliability"]): string {
  return t(RELIABILITY_BADGE[level]);
}

/**
 * The document's date at the start of a line, in the words of every view (describeDocumentDate): "28 October 2020",
 * "Undated", "Undated (2 April 2024, per the US Department of State release)".
 */
export function documentDate(doc: DocumentMeta): string {
  return capitalised(describeDocumentDate(doc));
}

/** The document's date, with the date itself in a `<time>` element where there is one. */
function dateLine(doc: DocumentMeta): (Node | string)[] {
  if (!/^\d{4}(?:-\d{2}){0,2}$/.test(doc.date)) return [documentDate(doc)];
  const time = h("time", { datetime: doc.date }, formatDate(doc.date));
  if (!doc.dateFrom) return [time];
  // The message's words around its date, with the date itself as the `<time>` element.
  const [before = "", after = ""] = capitalised(t("date_undatedPer", { date: "\u0000", per: doc.dateFrom })).split(
    "\u0000",
  );
  return [before, time, after];
}

/** The document's heading: its title (the page's only `<h1>`), origin, date with its note, reliability and reasons. */
export function documentHeader(doc: DocumentMeta, titleId: string): HTMLElement {
  return h(
    "header",
    { class: "doc-head" },
    h("p", { class: "kicker" }, sourceLink({}, t("viewer_sourceDocuments")), ` › ${t("viewer_thisDocument")}`),
    h("h1", { id: titleId }, doc.title),
    h(
      "dl",
      { class: "doc-meta" },
      h("dt", {}, t("viewer_origin")),
      h("dd", {}, doc.origin),
      h("dt", {}, t("viewer_date")),
      h("dd", {}, ...dateLine(doc), doc.dateNote ? h("span", { class: "note" }, doc.dateNote) : null),
      h("dt", {}, t("viewer_reliability")),
      h(
        "dd",
        {},
        h("span", { class: "badge", "data-reliability": doc.reliability }, reliabilityBadge(doc.reliability)),
        doc.reasons.length > 0
          ? h(
              "ul",
              { class: "reasons" },
              doc.reasons.map((r) => h("li", {}, r)),
            )
          : null,
      ),
      h("dt", {}, t("viewer_file")),
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
