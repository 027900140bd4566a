// Character folding shared by the alias compiler and the scanner. Works one UTF-16 code unit at a time so that
// offsets in the page's text map straight back to text-node offsets, with no side string to keep in step.
// Classes and folds are computed once per code unit and kept in flat tables: the scanner reads every character of
// every page, so its per-character cost is two array reads.

const UNKNOWN = 255;
const WORD = 1;
const IGNORABLE = 2;
const UPPER = 4;
const LOWER = 8;

const classes = new Uint8Array(65536).fill(UNKNOWN);
const folds = new Uint16Array(65536);
const folded = new Uint8Array(65536);

const DASHES = new Set([0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212, 0xfe63, 0xff0d]);
const APOSTROPHES = new Set([0x2019, 0x2018, 0x02bc, 0x2032, 0x00b4, 0x0060]);
/**
 * Letters that Unicode decomposition leaves whole (a stroke or a bar is no combining mark), folded by hand to the
 * letter a reader types without it: "Lodz" finds "Łódź", "Tromso" finds "Tromsø".
 */
const STROKED: Record<number, number> = {
  321: 0x6c, // Ł
  322: 0x6c, // ł
  216: 0x6f, // Ø
  248: 0x6f, // ø
  272: 0x64, // Đ
  273: 0x64, // đ
  208: 0x64, // Ð (written for Đ)
  294: 0x68, // Ħ
  295: 0x68, // ħ
  358: 0x74, // Ŧ
  359: 0x74, // ŧ
  305: 0x69, // ı
};
/**
 * Ligatures and ß stand for two letters: "Encyclopaedia" finds "Encyclopædia", "Strasse" finds "Straße". Folded
 * to the first; the second is what `expansionOf` gives, walked as a second step of the trie.
 */
const EXPANDED: Record<number, [number, number]> = {
  198: [0x61, 0x65], // Æ
  230: [0x61, 0x65], // æ
  338: [0x6f, 0x65], // Œ
  339: [0x6f, 0x65], // œ
  223: [0x73, 0x73], // ß
  7838: [0x73, 0x73], // ẞ
};
const SPACES = new Set([0x00a0, 0x2007, 0x202f, 0x2009, 0x200a, 0x3000, 0x0009, 0x000a, 0x000d]);
/** Created on first use: creating it costs ~0.5 ms, on every page, and Latin text never needs it. */
let wordChar: RegExp | undefined;

/**
 * A letter, digit or mark? Answered without the Unicode regex where it is easy: compiling that regex costs milliseconds
 * on every page, and English or French text rarely needs it (ASCII, Latin-1, general punctuation).
 */
function isWordChar(code: number, ch: string): boolean {
  if (code < 0x80) return (code >= 48 && code <= 57) || ((code | 0x20) >= 97 && (code | 0x20) <= 122);
  if (code < 0x100) {
    if (code >= 0xc0) return code !== 0xd7 && code !== 0xf7;
    return (
      code === 0xaa ||
      code === 0xb5 ||
      code === 0xba ||
      code === 0xb2 ||
      code === 0xb3 ||
      code === 0xb9 ||
      (code >= 0xbc && code <= 0xbe)
    );
  }
  if (code >= 0x2000 && code <= 0x206f) return false;
  wordChar ??= /[\p{L}\p{N}\p{M}]/u;
  return wordChar.test(ch);
}

function classify(code: number): number {
  const ch = String.fromCharCode(code);
  let c = 0;
  // Soft hyphens and zero-width characters; and the combining diacritics of decomposed text ("Ju\u0308ri", as text
  // copied on a Mac often is), which fold away as the precomposed letters' accents do.
  if (
    code === 0xad ||
    (code >= 0x200b && code <= 0x200d) ||
    code === 0x2060 ||
    code === 0xfeff ||
    (code >= 0x300 && code <= 0x36f)
  )
    c |= IGNORABLE;
  else if (isWordChar(code, ch)) c |= WORD;
  if (ch !== ch.toLowerCase() && ch === ch.toUpperCase()) c |= UPPER;
  if (ch !== ch.toUpperCase() && ch === ch.toLowerCase()) c |= LOWER;
  classes[code] = c;
  return c;
}

function classOf(code: number): number {
  const c = classes[code] as number;
  return c === UNKNOWN ? classify(code) : c;
}

/** Code units that are invisible in reading and must not break a name: soft hyphen, zero-width characters, BOM. */
export function isIgnorable(code: number): boolean {
  return (classOf(code) & IGNORABLE) !== 0;
}

/** A letter, a digit or a combining mark: something a name boundary cannot fall inside. */
export function isWordCode(code: number): boolean {
  return code >= 0 && (classOf(code) & WORD) !== 0;
}

export function isUpperCode(code: number): boolean {
  return (classOf(code) & UPPER) !== 0;
}

export function isLowerCode(code: number): boolean {
  return (classOf(code) & LOWER) !== 0;
}

/**
 * The folded form of one code unit: lower case, no diacritic, typographic variants (dashes, apostrophes, spaces)
 * reduced to their ASCII form. Folding never changes the length: a letter with a diacritic keeps one code unit, and a
 * ligature folds to its first letter (see `expansionOf` for the second).
 */
export function foldCode(code: number): number {
  if (folded[code]) return folds[code] as number;
  let f: number;
  if (code >= 65 && code <= 90) f = code | 0x20;
  else if (code < 0x80) f = code === 9 || code === 10 || code === 13 ? 32 : code;
  else if (DASHES.has(code)) f = 45;
  else if (APOSTROPHES.has(code)) f = 39;
  else if (SPACES.has(code)) f = 32;
  else if (STROKED[code] !== undefined) f = STROKED[code] as number;
  else if (EXPANDED[code] !== undefined) f = (EXPANDED[code] as [number, number])[0];
  else {
    const base = String.fromCharCode(code).normalize("NFD").charAt(0).toLowerCase();
    f = base.length === 1 ? base.charCodeAt(0) : code;
  }
  folds[code] = f;
  folded[code] = 1;
  return f;
}

/**
 * The second folded letter of a code unit that stands for two (æ → "ae", ß → "ss"), or 0 for every other one. The
 * scanner asks only past U+00C5, where the first of them is.
 */
export function expansionOf(code: number): number {
  return code > 0xc5 ? (EXPANDED[code]?.[1] ?? 0) : 0;
}

/**
 * The folded form of a whole string, ignorable code units dropped, runs of spaces collapsed and ligatures written
 * out (the only place where the folded text may be longer than the text).
 */
export function foldKey(text: string): string {
  const out: number[] = [];
  let lastSpace = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isIgnorable(code)) continue;
    const f = foldCode(code);
    const second = expansionOf(code);
    if (second) {
      out.push(f, second);
      lastSpace = false;
      continue;
    }
    if (f === 32) {
      if (!lastSpace && out.length > 0) out.push(32);
      lastSpace = true;
      continue;
    }
    lastSpace = false;
    out.push(f);
  }
  while (out[out.length - 1] === 32) out.pop();
  let result = "";
  for (let i = 0; i < out.length; i += 8192) result += String.fromCharCode(...out.slice(i, i + 8192));
  return result;
}
