// The toolbar icons, rasterised from one SVG source (assets/icon.svg) at the sizes browsers ask for, by the build
// (wxt.config.ts): no PNG is kept in the repository.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { Resvg } from "@resvg/resvg-js";

/** The icon sizes, in CSS pixels: the toolbar (16, 32 on high-density screens), the extensions page (48), stores (128). */
export const ICON_SIZES = [16, 32, 48, 128] as const;

/** Where an icon of a size lives inside the built extension, relative to its root ("icon/16.png"). */
export function iconPath(size: number): string {
  return `icon/${size}.png`;
}

/** The manifest's `icons` (and `action.default_icon`) map: size -> path in the extension. */
export function iconManifest(): Record<string, string> {
  return Object.fromEntries(ICON_SIZES.map((s) => [String(s), iconPath(s)]));
}

/**
 * Renders `svgFile` at every size into `outDir` as `<size>.png`; returns each PNG's absolute path and its path in the
 * extension. Throws if the SVG cannot be read or parsed.
 */
export async function renderIcons(
  svgFile: string,
  outDir: string,
): Promise<{ size: number; absoluteSrc: string; relativeDest: string }[]> {
  const svg = await readFile(svgFile, "utf8");
  await mkdir(outDir, { recursive: true });
  return Promise.all(
    ICON_SIZES.map(async (size) => {
      const png = new Resvg(svg, { fitTo: { mode: "width", value: size } }).render().asPng();
      const absoluteSrc = join(outDir, `${size}.png`);
      await writeFile(absoluteSrc, png);
      return { size, absoluteSrc, relativeDest: iconPath(size) };
    }),
  );
}
