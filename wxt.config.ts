import { defineConfig } from "wxt";

export default defineConfig({
  modules: ["@wxt-dev/webextension-polyfill"],
  manifest: ({ browser }) => ({
    name: "Defence Lens",
    description:
      "Highlights the people, countries, organisations, units, companies, places, events and claims of defence-policy news, with their sources. Runs entirely offline.",
    // storage: the settings. Nothing else: the content script reads its own page, the popup talks to it by message.
    permissions: ["storage"],
    ...(browser === "firefox"
      ? {
          browser_specific_settings: {
            gecko: {
              id: "defence-lens@example.org",
              strict_min_version: "115.0",
              // Nothing is collected or transmitted: the extension makes no network request at all.
              data_collection_permissions: { required: ["none"] },
            },
          },
        }
      : {}),
  }),
});
