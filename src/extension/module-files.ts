// The module that content scripts import in Chrome, as a file of the built extension: written by the build
// (wxt.config.ts), imported by src/extension/session-loader.ts.

/** The page session and its views (src/extension/session-module.ts). */
export const SESSION_MODULE_FILE = "page-session.js";
