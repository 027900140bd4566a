// The content script: the extension on every page it may annotate (src/extension/content-session.ts).
import "~/assets/highlights.css";
import { defineContentScript } from "wxt/utils/define-content-script";
import { runOnPage } from "~/src/extension/content-session";

export default defineContentScript({
  matches: ["http://*/*", "https://*/*"],
  runAt: "document_idle",
  // WXT's old way of telling a newer copy of the script that it started: a window.postMessage every page's own scripts
  // can read (it names the extension). Its custom event does the job.
  noScriptStartedPostMessage: true,
  main: runOnPage,
});
