// Sentences of a block of text, with Intl.Segmenter in the page's language, mended where it cuts after an
// initial or a title ("Antony J. Blinken", "Mr. Blinken", "U.S. troops").

export interface Span {
  start: number;
  end: number;
}

const ENDS_WITH_ABBREVIATION =
  /(?:^|[\s(])(?:\p{Lu}|Mr|Mrs|Ms|Dr|Gen|Col|Lt|Maj|Capt|Sgt|St|Prof|Sen|Rep|Gov|Pres|No|vs|etc|approx|U\.S|U\.N|E\.U|M|Mme|Mlle)\.\s*$/u;

const segmenters = new Map<string, Intl.Segmenter>();

function segmenter(lang: string): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) {
    try {
      s = new Intl.Segmenter(lang, { granularity: "sentence" });
    } catch {
      s = new Intl.Segmenter("en", { granularity: "sentence" });
    }
    segmenters.set(lang, s);
  }
  return s;
}

export function splitSentences(text: string, lang = "en"): Span[] {
  const out: Span[] = [];
  for (const { index, segment } of segmenter(lang).segment(text)) {
    const last = out[out.length - 1];
    if (last && ENDS_WITH_ABBREVIATION.test(text.slice(last.start, last.end))) last.end = index + segment.length;
    else out.push({ start: index, end: index + segment.length });
  }
  return out;
}
