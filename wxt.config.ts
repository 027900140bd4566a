import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { build, type Plugin } from "esbuild";
import { defineConfig } from "wxt";
import { iconManifest, renderIcons } from "./scripts/icons";
import { browserCatalogues } from "./scripts/locales";
import { SESSION_MODULE_FILE } from "./src/extension/module-files";

/**
 * chrono-node's locale modules build ready-made parsers when they load (five, tens of milliseconds in one task); marked
 * pure, the ones the extension does not use are dropped (it builds its own on first use: src/match/dates.ts).
 */
const chronoParsersPure = {
  name: "chrono-parsers-pure",
  transform(code: string, id: string) {
    if (!/chrono-node[\\/]dist[\\/]esm[\\/]locales[\\/]\w+[\\/]index\.js$/.test(id)) return null;
    return code
      .replace(/= new (Chrono|ENDefaultConfiguration)\(/g, "= /* @__PURE__ */ new $1(")
      .replace(/new Chrono\((configuration\.)?create/g, "new Chrono(/* @__PURE__ */ $1create");
  },
};

/** A stylesheet imported with `?inline`, as Vite gives it: its text. */
const inlineCss: Plugin = {
  name: "inline-css",
  setup(b) {
    b.onResolve({ filter: /\.css\?inline$/ }, (args) => ({
      path: resolve(args.resolveDir, args.path.replace(/\?inline$/, "")),
      namespace: "inline-css",
    }));
    b.onLoad({ filter: /.*/, namespace: "inline-css" }, async (args) => ({
      contents: await readFile(args.path, "utf8"),
      loader: "text",
    }));
  },
};

export default defineConfig({
  // No webextension-polyfill: Chrome's MV3 APIs return promises and Firefox has `browser` itself, so `wxt/browser`
  // is the browser's own API. The polyfill added 10 KB to the content script and ~0.6 ms of script to every page.
  // Vite's module-preload polyfill is the only network call in the bundles; extension pages need no preloading.
  vite: () => ({
    build: { modulePreload: { polyfill: false }, minify: process.env.NO_MINIFY ? false : undefined },
    plugins: [chronoParsersPure],
  }),
  hooks: {
    // The page session, built apart as an ES module that the content script imports when a page may name something
    // (src/extension/session-loader.ts): most pages never load it.
    "build:publicAssets": async (wxt, files) => {
      // The toolbar icons, rasterised from assets/icon.svg (scripts/icons.ts) into WXT's own working folder.
      const icons = await renderIcons(
        resolve(import.meta.dirname, "assets/icon.svg"),
        resolve(wxt.config.wxtDir, "icons", wxt.config.browser),
      );
      for (const { absoluteSrc, relativeDest } of icons) files.push({ absoluteSrc, relativeDest });
      // The browser's catalogues, for the manifest's name, description and command (scripts/locales.ts).
      files.push(...browserCatalogues());
      if (wxt.config.browser === "firefox") return;
      const built = await build({
        entryPoints: [resolve(import.meta.dirname, "src/extension/session-module.ts")],
        bundle: true,
        format: "esm",
        minify: !process.env.NO_MINIFY,
        write: false,
        target: "es2022",
        legalComments: "none",
        define: { "import.meta.env.FIREFOX": "false" },
        plugins: [inlineCss],
      });
      files.push({ relativeDest: SESSION_MODULE_FILE, contents: built.outputFiles[0]?.text ?? "" });
    },
  },
  zip: { excludeSources: ["demo-screenshots/**", "test-results/**", "playwright-report/**"] },
  manifest: ({ browser }) => ({
    // In the browser's UI language, from _locales (English, French, Estonian; scripts/locales.ts).
    name: "__MSG_extName__",
    description: "__MSG_extDescription__",
    default_locale: "en",
    // storage: the settings. Nothing else: the content script reads its own page, the popup talks to it by message.
    permissions: ["storage"],
    icons: iconManifest(),
    // The toolbar button's icon: Manifest V3's action, Firefox's MV2 browser_action (WXT adds the popup to either).
    [browser === "firefox" ? "browser_action" : "action"]: {
      default_icon: iconManifest(),
      default_title: "__MSG_extName__",
    },
    // The page session, imported by the content script in Chrome (a module must be web-accessible for a content script
    // to import it; it holds code only, the same in every install). Firefox's content script holds it itself.
    ...(browser === "firefox"
      ? {}
      : {
          web_accessible_resources: [{ resources: [SESSION_MODULE_FILE], matches: ["http://*/*", "https://*/*"] }],
        }),
    // The annotations panel from the keyboard (changeable on the browser's shortcuts page).
    commands: {
      "open-panel": {
        suggested_key: { default: "Alt+Shift+L" },
        description: "__MSG_cmdOpenPanel__",
      },
    },
    ...(browser === "firefox"
      ? {
          browser_specific_settings: {
            gecko: {
              id: "defence-lens@example.org",
              // The CSS Custom Highlight API, which draws every highlight, is on by default from Firefox 140.
              strict_min_version: "153.0",
              // Nothing is collected or transmitted: the extension makes no network request at all.
              data_collection_permissions: { required: ["none"] },
            },
            // Firefox for Android reads data_collection_permissions from 142 only.
            gecko_android: { strict_min_version: "142.0" },
          },
        }
      : {}),
  }),
});
