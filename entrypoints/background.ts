import { defineBackground } from "wxt/utils/define-background";

// The popup and content scripts talk directly; the background exists for the toolbar badge (and so that tests
// can read the extension's id from its service worker).
export default defineBackground(() => {});
