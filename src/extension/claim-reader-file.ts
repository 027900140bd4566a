/** The claim reader's file in the built extension: written by the build (wxt.config.ts), imported by content scripts. */
export const CLAIM_READER_FILE = "claim-reader.js";
