// Character folding shared by the alias compiler and the scanner. Works one UTF-16 code unit at a time so that
// offsets in the page's text map straight back to text-node offsets, with no side string to keep in step.

/** Code units that are invisible in reading and must not break a name: soft hyphen, zero-width characters, BOM. */
export function isIgnorable(code: number): boolean {
  return code === 0xad || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff;
}

const DASHES = new Set([0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212, 0xfe63, 0xff0d]);
const APOSTROPHES = new Set([0x2019, 0x2018, 0x02bc, 0x2032, 0x00b4, 0x0060]);
const SPACES = new Set([0x00a0, 0x2007, 0x202f, 0x2009, 0x200a, 0x3000, 0x0009, 0x000a, 0x000d]);

const foldCache = new Map<number, number>();

/**
 * The folded form of one code unit: lower case, no diacritic, typographic variants (dashes, apostrophes, spaces)
 * reduced to their ASCII form. Folding never changes the length: a letter with a diacritic keeps one code unit.
 */
export function foldCode(code: number): number {
  if (code < 0x80) return code >= 65 && code <= 90 ? code | 0x20 : code === 9 || code === 10 || code === 13 ? 32 : code;
  const cached = foldCache.get(code);
  if (cached !== undefined) return cached;
  let folded: number;
  if (DASHES.has(code)) folded = 45;
  else if (APOSTROPHES.has(code)) folded = 39;
  else if (SPACES.has(code)) folded = 32;
  else {
    const base = String.fromCharCode(code).normalize("NFD").charAt(0).toLowerCase();
    folded = base.length === 1 ? base.charCodeAt(0) : code;
  }
  foldCache.set(code, folded);
  return folded;
}

/** A letter, a digit or a combining mark: something a name boundary cannot fall inside. */
export function isWordCode(code: number): boolean {
  if (code < 0x80) return (code >= 48 && code <= 57) || ((code | 0x20) >= 97 && (code | 0x20) <= 122);
  return WORD_CHAR.test(String.fromCharCode(code));
}
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

export function isUpperCode(code: number): boolean {
  if (code < 0x80) return code >= 65 && code <= 90;
  const ch = String.fromCharCode(code);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

export function isLowerCode(code: number): boolean {
  if (code < 0x80) return code >= 97 && code <= 122;
  const ch = String.fromCharCode(code);
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** The folded form of a whole string, ignorable code units dropped and runs of spaces collapsed. */
export function foldKey(text: string): string {
  let out = "";
  let lastSpace = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isIgnorable(code)) continue;
    const f = foldCode(code);
    if (f === 32) {
      if (!lastSpace && out.length > 0) out += " ";
      lastSpace = true;
      continue;
    }
    lastSpace = false;
    out += String.fromCharCode(f);
  }
  return out.trimEnd();
}
