// Before the annotator: most pages name nothing the fact base knows, and on those the content script should cost
// next to nothing. V8 compiles a function on its first call, on every page, so code that never runs costs nothing:
// here the page's text is read once and scanned loosely, and only a page that may name something (now, or in text it
// adds later) gets the annotator, the hover card and the claim code.
import { STATE_ATTRIBUTE } from "./annotator";

export interface Dormant {
  /** Resolves when the page may name something, or `wake` was called. */
  named: Promise<void>;
  /** Stops waiting: the annotator takes over now (the settings changed, the popup asks). */
  wake(): void;
  /** Stops watching the page (the content script was replaced). */
  stop(): void;
}

/**
 * The first text nodes, then, only if they name nothing, the whole text at once: a page that names something mostly
 * does so early, and one native read of a long page's text costs about as much as walking it.
 */
function mayNameNow(doc: Document, mayName: (text: string) => boolean): boolean {
  const root = doc.body ?? doc.documentElement;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const first: string[] = [];
  for (let n = walker.nextNode(); n && first.length < 64; n = walker.nextNode()) first.push((n as Text).data);
  return mayName(first.join("\n")) || mayName(root.textContent ?? "");
}

/**
 * Waits until the page's text may name something. A page that names nothing is marked ready at once and its changes
 * are watched: the text it adds (new nodes, edited text) is read in batches, `batchMs` apart, as the annotator does.
 */
export function untilNamed(doc: Document, mayName: (text: string) => boolean, batchMs = 60): Dormant {
  let resolve = () => {};
  const named = new Promise<void>((r) => {
    resolve = r;
  });
  const view = doc.defaultView ?? globalThis;
  let added: Node[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new view.MutationObserver((records) => {
    for (const r of records) {
      if (r.type === "characterData") added.push(r.target);
      else added.push(...r.addedNodes);
    }
    timer ??= setTimeout(check, batchMs);
  });
  const stop = () => {
    observer.disconnect();
    clearTimeout(timer);
    timer = undefined;
  };
  const wake = () => {
    stop();
    resolve();
  };
  function check(): void {
    timer = undefined;
    const texts = added.filter((n) => n.isConnected).map((n) => n.textContent ?? "");
    added = [];
    if (mayName(texts.join("\n"))) wake();
  }
  if (mayNameNow(doc, mayName)) resolve();
  else {
    doc.documentElement.setAttribute(STATE_ATTRIBUTE, "ready");
    observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  }
  return { named, wake, stop };
}
