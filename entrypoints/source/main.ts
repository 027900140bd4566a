// The source viewer (source.html?doc=<document id>&claim=<claim id>): wires the view (src/ui/source) to the address,
// the tab's history, the stored settings and a page session that tints the document's names as on web pages.
import { readSettings, watchSettings } from "~/src/extension/settings-read";
import { factBase } from "~/src/facts";
import { documentTexts } from "~/src/facts/documents.generated";
import { precompiledAutomaton } from "~/src/match";
import { compiledAliases } from "~/src/match/aliases.generated";
import { PageSession } from "~/src/page/session";
import { type Settings, shownCategories } from "~/src/settings/model";
import { sessionViews } from "~/src/ui/session-views";
import { SOURCE_LINK } from "~/src/ui/source/links";
import { renderSource } from "~/src/ui/source/viewer";
import { readSourceAddress, type SourceAddress, sourceQuery } from "~/src/ui/source-address";

const app = document.getElementById("app") as HTMLElement;
const automaton = precompiledAutomaton(compiledAliases);
let settings: Settings = await readSettings();
let session: PageSession | undefined;

// The viewer puts each quote in view itself, also when the back button returns to one.
history.scrollRestoration = "manual";

// The names are tinted as on web pages (same matcher, same highlights, same card); claim sentences are not read:
// every quote here is a claim's own.
const display = () => ({ active: settings.enabled, categories: shownCategories(settings), claims: false });

function show(address: SourceAddress, how: "load" | "push" | "pop"): void {
  // The old session goes with the old text (its card and highlights too); a new one reads the new text.
  session?.detach();
  const shown = renderSource(app, { fb: factBase, texts: documentTexts, navigate }, address);
  app.setAttribute("aria-busy", "false");
  document.title = shown.title;
  const query = `?${sourceQuery(shown.address)}`;
  if (!shown.problem && query !== location.search) history.replaceState(null, "", query);
  if (shown.focus) {
    shown.focus.focus({ preventScroll: true });
    shown.focus.scrollIntoView({ block: "center" });
  } else if (how !== "load") window.scrollTo(0, 0);
  session = new PageSession(document, {
    automaton,
    factBase,
    claimReader: () => Promise.reject(new Error("The source viewer reads no claim sentences")),
    views: sessionViews(factBase, (doc, claim) => navigate({ doc, claim })),
  });
  void session.apply(display());
}

/** Shows another address as a new entry of the tab's history: the back button returns to the previous quote. */
function navigate(address: SourceAddress): void {
  history.pushState(null, "", `?${sourceQuery(address)}`);
  show(address, "push");
}

addEventListener("popstate", () => show(readSourceAddress(location.search), "pop"));

// The viewer's own links are followed in place on a plain click; a click with a modifier opens a tab as usual.
document.addEventListener("click", (event) => {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
    return;
  const link = (event.target as Element | null)?.closest?.(`a[${SOURCE_LINK}]`);
  if (!(link instanceof HTMLAnchorElement)) return;
  event.preventDefault();
  navigate(readSourceAddress(new URL(link.href).search));
});

watchSettings((next) => {
  settings = next;
  void session?.apply(display());
});

show(readSourceAddress(location.search), "load");
