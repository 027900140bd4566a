// Generated news pages for the benchmark: one dense with the fact base's entities and claims, one that mentions
// nothing it knows. Deterministic (seeded), so runs compare.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const FILLER = `the of and to in a that is for on with as was by at from it this be are have has had not but or an
were which their more been also its after they two new would will about other than over into most some all time
year years people said could there when such first may only these many out then like can government officials
week month report policy security economic analysts because while during since between before under both market
plan further percent support defence budget region regional local military industry forces cooperation programme
talks meeting ministers leaders agreement committee experts review strategy public private sector growth costs
services energy digital climate health infrastructure training equipment exercise allies partners summit council`
  .split(/\s+/)
  .filter(Boolean);

function fillerSentence(next: () => number): string {
  const n = 10 + Math.floor(next() * 14);
  const words = Array.from({ length: n }, () => FILLER[Math.floor(next() * FILLER.length)] as string);
  const first = words[0] as string;
  words[0] = first.charAt(0).toUpperCase() + first.slice(1);
  return `${words.join(" ")}.`;
}

function documentSentences(root: string): string[] {
  const dir = join(root, "corpus/documents");
  return readdirSync(dir)
    .filter((n) => n.endsWith(".txt"))
    .flatMap((n) => readFileSync(join(dir, n), "utf8").split(/(?<=[.!?])\s+|\n+/))
    .map((s) => s.replace(/^[-|\s]+|[|\s]+$/g, "").replace(/\s*\|\s*/g, ", "))
    .filter((s) => s.length > 40);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>]/g, (c) => `&${{ "&": "amp", "<": "lt", ">": "gt" }[c]};`);
}

/** About `bytes` of article text in paragraphs of four or five sentences, with a heading now and then. */
export function benchPage(kind: "dense" | "empty", bytes: number, root: string): string {
  const next = random(kind === "dense" ? 7 : 11);
  const sources = kind === "dense" ? documentSentences(root) : [];
  const blocks: string[] = [];
  let size = 0;
  let paragraph = 0;
  while (size < bytes) {
    const sentences: string[] = [];
    const count = 4 + Math.floor(next() * 2);
    for (let i = 0; i < count; i++) {
      const fromDocs = kind === "dense" && next() < 0.5;
      sentences.push(fromDocs ? (sources[Math.floor(next() * sources.length)] as string) : fillerSentence(next));
    }
    const text = sentences.join(" ");
    size += text.length;
    blocks.push(
      paragraph % 12 === 0
        ? `<h2>${escapeHtml(fillerSentence(next))}</h2><p>${escapeHtml(text)}</p>`
        : `<p>${escapeHtml(text)}</p>`,
    );
    paragraph++;
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bench ${kind} ${bytes}</title></head>
<body><article>${blocks.join("\n")}</article></body></html>`;
}

/**
 * A table of `rows` rows naming six of the fact base's entities each (a data page: 6,000 rows make ~36,000 mentions),
 * for the budget that no task of ours exceeds 50 ms on any page.
 */
export function benchTable(rows: number): string {
  const next = random(5);
  const names = ["Estonia", "France", "NATO", "Emmanuel Macron", "Tapa", "Airbus", "Jüri Ratas", "Tallinn"];
  const pick = () => names[Math.floor(next() * names.length)] as string;
  const body = Array.from(
    { length: rows },
    (_, i) =>
      `<tr><td>${i + 1}</td><td>${pick()} and ${pick()}</td><td>${pick()}, ${pick()}</td><td>${pick()} with ${pick()}</td></tr>`,
  ).join("\n");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bench table ${rows}</title></head>
<body><article><h1>Register</h1><table><thead><tr><th>#</th><th>Parties</th><th>Seen</th><th>Notes</th></tr></thead>
<tbody>${body}</tbody></table></article></body></html>`;
}

/** Sentences that name France and Estonia with figures and dates no reader can read: each a claim's words. */
export const UNREADABLE_SENTENCES = [
  "France stationed 1,000,000,000,000 troops in Estonia on the 45th of Smarch 20202.",
  "Estonia and France signed 99999999999999999999 declarations on strategic partnership on 31/02/2024.",
  "France did not deploy ٣٠٠ soldiers to Estonia in 1,000,000,000,000 BC, last Wednesday week.",
  "La France rejoindra le 32 septembre 2021 2022 2023 le groupement tactique de l'OTAN à Tapa (((.",
  "Prantsusmaa liitub 99. oktoobril 0000. aastal Tapal asuva NATO lahingugrupiga 1e309.",
];

/**
 * A page of `count` such sentences, five to a paragraph, numbered: for the budget that no task of ours exceeds 50 ms
 * on any page, and that nothing throws.
 */
export function benchUnreadable(count: number): string {
  const paragraphs: string[] = [];
  for (let i = 0; i < count; i += 5) {
    const sentences = Array.from(
      { length: Math.min(5, count - i) },
      (_, k) => `${UNREADABLE_SENTENCES[(i + k) % UNREADABLE_SENTENCES.length]} ${i + k}.`,
    );
    paragraphs.push(`<p>${sentences.join(" ")}</p>`);
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bench: unreadable figures</title>
<meta property="article:published_time" content="2024-04-09"></head>
<body><article><h1>Figures</h1>${paragraphs.join("\n")}</article></body></html>`;
}
