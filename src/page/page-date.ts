// The page's own publication date: it dates the page, not the events it reports, and relative dates in its text
// ("on Wednesday", "last week") are read against it.

/** YYYY-MM-DD from an ISO date or date-time, or undefined. */
function isoDay(value: string | null | undefined): string | undefined {
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value ?? "");
  return m ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}

/** `datePublished` anywhere in the page's JSON-LD (a graph, a list, nested objects). */
function fromJsonLd(doc: Document): string | undefined {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? "");
    } catch {
      continue;
    }
    const stack = [data];
    for (let guard = 0; stack.length > 0 && guard < 1000; guard++) {
      const item = stack.pop();
      if (Array.isArray(item)) stack.push(...item);
      else if (item && typeof item === "object") {
        const found = isoDay((item as { datePublished?: unknown }).datePublished as string);
        if (found) return found;
        stack.push(...Object.values(item));
      }
    }
  }
  return undefined;
}

/**
 * The page's publication date as YYYY-MM-DD, from `article:published_time` (and its usual variants), JSON-LD
 * `datePublished`, or the first `<time datetime>` of the article; undefined when the page gives none.
 */
export function pageDate(doc: Document): string | undefined {
  const meta = doc.querySelector(
    'meta[property="article:published_time"], meta[name="article:published_time"], meta[itemprop="datePublished"], meta[name="date"], meta[name="dc.date"], meta[name="DC.date.issued"]',
  );
  return (
    isoDay(meta?.getAttribute("content")) ??
    fromJsonLd(doc) ??
    isoDay(doc.querySelector("article time[datetime], main time[datetime], time[datetime]")?.getAttribute("datetime"))
  );
}
