// DESIGN.md keeps `src/match` and `src/facts` pure: no browser or DOM code, so that they run in Node as they are.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const src = join(import.meta.dirname, "../../src");

function sources(dir: string): { file: string; code: string }[] {
  return readdirSync(join(src, dir))
    .filter((n) => n.endsWith(".ts"))
    .map((n) => ({ file: `${dir}/${n}`, code: readFileSync(join(src, dir, n), "utf8") }));
}

/** Import specifiers of a module (static and dynamic). */
function imports(code: string): string[] {
  return [...code.matchAll(/(?:from|import)\s*\(?\s*["']([^"']+)["']/g)].map((m) => m[1] as string);
}

/** The code without its comments and strings, where a use of a browser global would be code. */
function bare(code: string): string {
  return code
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/\/\/.*$/gm, "")
    .replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g, '""');
}

const BROWSER = /\b(?:document|window|navigator|chrome|browser|CSS|customElements|localStorage)\s*\./;
const FORBIDDEN = [/^wxt/, /^#imports/, /^webextension-polyfill/, /\/(?:page|extension|ui|settings|compiler)(?:\/|$)/];

describe("pure layers", () => {
  for (const layer of ["match", "facts"]) {
    for (const { file, code } of sources(layer)) {
      it(`${file} imports no browser, page or extension code and uses no browser global`, () => {
        const bad = imports(code).filter((spec) => FORBIDDEN.some((re) => re.test(spec)));
        if (layer === "facts") bad.push(...imports(code).filter((spec) => /(?:^|\/)match(?:\/|$)/.test(spec)));
        expect(bad).toEqual([]);
        expect(bare(code)).not.toMatch(BROWSER);
      });
    }
  }

  it("the check itself catches an offending module", () => {
    expect(imports('import { x } from "../page/annotator";').some((s) => FORBIDDEN.some((re) => re.test(s)))).toBe(
      true,
    );
    expect(bare("const n = document.body; // window.x")).toMatch(BROWSER);
    expect(bare('const s = "document.body"; // window.x')).not.toMatch(BROWSER);
  });
});
