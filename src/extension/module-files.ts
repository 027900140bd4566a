// The modules that content scripts import in Chrome, as files of the built extension: written by the build
// (wxt.config.ts), imported by src/extension/claim-reader.ts and session-loader.ts.

/** The claim reader (src/match/claim-reader.ts). */
export const CLAIM_READER_FILE = "claim-reader.js";
/** The page session and its views (src/extension/session-module.ts). */
export const SESSION_MODULE_FILE = "page-session.js";
