// The page's language, for the matcher's language rules (Estonian case endings, aliases of one language): what the
// page declares (`<html lang>`, `<meta http-equiv="content-language">`), else what its text reads as (the detector
// runs in the background: see src/extension/page-language.ts).
import { languageOfTag, type PageLanguage } from "../match/language-codes";
import { textBatches } from "./collect";

/** As much of the page's text as the detector reads. */
const SAMPLE = 2048;
const XML_NS = "http://www.w3.org/XML/1998/namespace";

/** The language a document declares, if it declares one the matcher can use. */
export function declaredLanguage(doc: Document): PageLanguage | undefined {
  const html = doc.documentElement;
  return (
    languageOfTag(html.getAttribute("lang")) ??
    languageOfTag(html.getAttributeNS(XML_NS, "lang")) ??
    languageOfTag(doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute("content"))
  );
}

/** The first 2,048 characters of the document's annotatable text, for the detector. */
export function languageSample(doc: Document): string {
  const next = textBatches(doc.body ?? doc.documentElement);
  let sample = "";
  for (let batch = next(); batch.length > 0 && sample.length < SAMPLE; batch = next()) {
    for (const node of batch) {
      sample += `${node.data} `;
      if (sample.length >= SAMPLE) break;
    }
  }
  return sample.slice(0, SAMPLE);
}
