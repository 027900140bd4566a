import { defineConfig } from "wxt";

export default defineConfig({
  // No webextension-polyfill: Chrome's MV3 APIs return promises and Firefox has `browser` itself, so `wxt/browser`
  // is the browser's own API. The polyfill added 10 KB to the content script and ~0.6 ms of script to every page.
  // Vite's module-preload polyfill is the only network call in the bundles; extension pages need no preloading.
  // chrono-node's locale modules build ready-made parsers when they load (in the content script, on every page);
  // marked pure, the ones the extension does not use are dropped (it builds its own on first use: src/match/dates.ts).
  vite: () => ({
    build: { modulePreload: { polyfill: false }, minify: process.env.NO_MINIFY ? false : undefined },
    plugins: [
      {
        name: "chrono-parsers-pure",
        transform(code: string, id: string) {
          if (!/chrono-node[\\/]dist[\\/]esm[\\/]locales[\\/]\w+[\\/]index\.js$/.test(id)) return null;
          const pure = code
            .replace(/= new (Chrono|ENDefaultConfiguration)\(/g, "= /* @__PURE__ */ new $1(")
            .replace(/new Chrono\((configuration\.)?create/g, "new Chrono(/* @__PURE__ */ $1create");
          return { code: pure, map: null };
        },
      },
    ],
  }),
  zip: { excludeSources: ["demo-screenshots/**", "test-results/**", "playwright-report/**"] },
  manifest: ({ browser }) => ({
    name: "Defence Lens",
    description:
      "Highlights the people, countries, organisations, units, companies, places, events and claims of defence-policy news, with their sources. Runs entirely offline.",
    // storage: the settings. Nothing else: the content script reads its own page, the popup talks to it by message.
    permissions: ["storage"],
    // The annotations panel from the keyboard (changeable on the browser's shortcuts page).
    commands: {
      "open-panel": {
        suggested_key: { default: "Alt+Shift+L" },
        description: "List the people, places and claims Defence Lens found on this page",
      },
    },
    ...(browser === "firefox"
      ? {
          browser_specific_settings: {
            gecko: {
              id: "defence-lens@example.org",
              strict_min_version: "142.0",
              // Nothing is collected or transmitted: the extension makes no network request at all.
              data_collection_permissions: { required: ["none"] },
            },
          },
        }
      : {}),
  }),
});
