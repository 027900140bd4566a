// Pressing an extension's keyboard shortcut in Firefox as a keyboard does: in the browser window, where Firefox
// matches extension shortcuts, reached through WebDriver BiDi's chrome scope.
import type { Bidi } from "./firefox-tab";

/**
 * Presses a shortcut ("Alt+Shift+L") in the most recently focused browser window, as a keyboard does: trusted key
 * events from a text input processor in the window's chrome, where Firefox matches extension shortcuts, then on to
 * the page. Needs `--remote-allow-system-access` (BiDi's chrome contexts). Returns the address of the window's tab.
 */
export async function pressInBrowserWindow(bidi: Bidi, shortcut: string): Promise<string> {
  const parts = shortcut.split("+");
  const main = parts.pop() ?? "";
  const modifier: Record<string, [string, string, number]> = {
    Alt: ["Alt", "AltLeft", 18],
    Shift: ["Shift", "ShiftLeft", 16],
    Ctrl: ["Control", "ControlLeft", 17],
    Command: ["Meta", "MetaLeft", 91],
  };
  const keys = parts.map((p) => {
    const k = modifier[p];
    if (!k) throw new Error(`modifier ${p} of ${shortcut} not supported`);
    return k;
  });
  if (!/^[A-Z0-9]$/.test(main)) throw new Error(`key ${main} of ${shortcut} not supported`);
  const shift = parts.includes("Shift");
  keys.push([shift ? main : main.toLowerCase(), /\d/.test(main) ? `Digit${main}` : `Key${main}`, main.charCodeAt(0)]);
  const { result: tree } = (await bidi.send("browsingContext.getTree", { "moz:scope": "chrome" })) as {
    result: { contexts: { context: string; url: string }[] };
  };
  const context = tree.contexts.find((c) => c.url.startsWith("chrome://browser/"))?.context;
  // Firefox 140 lists its pages instead: its WebDriver BiDi has no chrome scope (153 has).
  if (!context) throw new Error(`this Firefox gives WebDriver BiDi no browser window to press ${shortcut} in`);
  // Runs in the browser's chrome, not in a page: Services, Cc and Ci are its globals.
  const script = `(async (keys) => {
    const win = Services.wm.getMostRecentWindow("navigator:browser");
    win.gBrowser.selectedBrowser.focus();
    const tip = Cc["@mozilla.org/text-input-processor;1"].createInstance(Ci.nsITextInputProcessor);
    if (!tip.beginInputTransactionForTests(win)) throw new Error("no input transaction");
    const event = ([key, code, keyCode]) => new win.KeyboardEvent("", { key, code, keyCode });
    for (const k of keys) tip.keydown(event(k));
    for (const k of [...keys].reverse()) tip.keyup(event(k));
    return win.gBrowser.selectedBrowser.currentURI.spec;
  })(${JSON.stringify(keys)})`;
  const { result } = (await bidi.send("script.evaluate", {
    expression: script,
    target: { context },
    awaitPromise: true,
    resultOwnership: "none",
  })) as { result: { type: string; result?: { value?: string }; exceptionDetails?: { text?: string } } };
  if (result.type !== "success") throw new Error(`pressing ${shortcut}: ${result.exceptionDetails?.text}`);
  return result.result?.value ?? "";
}
