// Turns a plain-text source document into the kind of news page a reader would open: a headline, paragraphs,
// lists, tables. Used by the demo and by the end-to-end tests, which read the documents as pages.

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => `&${{ "&": "amp", "<": "lt", ">": "gt", '"': "quot" }[c]};`);
}

function table(rows: string[]): string {
  const cells = rows
    .filter((r) => !/^\|[-\s|]+\|$/.test(r))
    .map((r) =>
      r
        .replace(/^\||\|$/g, "")
        .split("|")
        .map((c) => c.trim())
        .filter((c, i) => c.length > 0 || i === 0),
    );
  const [head = [], ...body] = cells;
  return `<table><thead><tr>${head.map((c) => `<th>${escapeHtml(c)}</th>`).join("")}</tr></thead><tbody>${body
    .map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join("")}</tr>`)
    .join("")}</tbody></table>`;
}

export function newsPage(text: string, options: { title?: string; dark?: boolean } = {}): string {
  const lines = text.split(/\r?\n/).filter((l) => l.trim().length > 0);
  // A document whose first line is a paragraph, not a headline, has no headline of its own.
  const [headline = "", ...rest] = (lines[0]?.length ?? 0) > 120 ? ["", ...lines] : lines;
  const blocks: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const line = rest[i] as string;
    if (line.startsWith("|")) {
      const rows: string[] = [];
      while (i < rest.length && (rest[i] as string).startsWith("|")) rows.push(rest[i++] as string);
      i--;
      blocks.push(table(rows));
    } else if (line.startsWith("- ")) {
      const items: string[] = [];
      while (i < rest.length && (rest[i] as string).startsWith("- ")) items.push((rest[i++] as string).slice(2));
      i--;
      blocks.push(`<ul>${items.map((it) => `<li>${escapeHtml(it)}</li>`).join("")}</ul>`);
    } else if (line.length < 90 && !/[.:”"]$/.test(line)) {
      blocks.push(`<h2>${escapeHtml(line)}</h2>`);
    } else {
      blocks.push(`<p>${escapeHtml(line)}</p>`);
    }
  }
  const colors = options.dark
    ? "body{background:#111418;color:#e6e6e6}a{color:#8ab4f8}"
    : "body{background:#fff;color:#1a1a1a}";
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(options.title ?? headline)}</title>
<style>body{font:18px/1.6 Georgia,serif;max-width:46rem;margin:2rem auto;padding:0 1rem}${colors}
table{border-collapse:collapse}td,th{border:1px solid #8888;padding:.3rem .5rem}</style></head>
<body><header><p>Defence Lens demo outlet</p></header><article>${headline ? `<h1>${escapeHtml(headline)}</h1>` : ""}
${blocks.join("\n")}
</article></body></html>`;
}
