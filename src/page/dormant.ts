// Before the annotator: most pages name nothing the fact base knows, and on those the content script should cost
// next to nothing. V8 compiles a function on its first call, on every page, so code that never runs costs nothing:
// here the page's text is read in batches and scanned loosely, and only a page that may name something (now, in text
// it adds later, or, on a long page, in a part the reader comes near) gets the annotator, the card and the claim code.
import { LONG_TEXT, STATE_ATTRIBUTE } from "./annotator";
import { LongText } from "./long-text";

export interface Dormant {
  /** Resolves when the page may name something, or `wake` was called. */
  named: Promise<void>;
  /** Stops waiting: the annotator takes over now (the settings changed, the popup asks). */
  wake(): void;
  /** Stops watching the page (the content script was replaced). */
  stop(): void;
}

/**
 * The page's text nodes, 64 at a time, until one batch may name something: "named". A text longer than LONG_TEXT is
 * read no further ("long"): as the annotator does, its parts are then read as the reader nears them.
 */
function readFirst(root: Element, mayName: (text: string) => boolean): "named" | "nothing" | "long" {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let length = 0;
  for (;;) {
    const batch: string[] = [];
    for (let n = walker.nextNode(); n && batch.length < 64; n = walker.nextNode()) batch.push((n as Text).data);
    if (batch.length === 0) return "nothing";
    const text = batch.join("\n");
    if (mayName(text)) return "named";
    length += text.length;
    if (length > LONG_TEXT) return "long";
  }
}

/**
 * Waits until the page's text may name something. A page that names nothing is marked ready and its changes are
 * watched: the text it adds (new nodes, edited text) is read in batches, `batchMs` apart, as the annotator does; a long
 * one has its parts read as the reader nears them.
 */
export function untilNamed(doc: Document, mayName: (text: string) => boolean, batchMs = 60): Dormant {
  let resolve = () => {};
  const named = new Promise<void>((r) => {
    resolve = r;
  });
  const view = doc.defaultView ?? globalThis;
  let added: Node[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let longText: LongText | undefined;
  let stopped = false;
  const observer = new view.MutationObserver((records) => {
    for (const r of records) {
      if (r.type === "characterData") added.push(r.target);
      else added.push(...r.addedNodes);
      for (const node of r.removedNodes) longText?.removed(node, r.target);
    }
    timer ??= setTimeout(check, batchMs);
  });
  const stop = () => {
    stopped = true;
    observer.disconnect();
    longText?.clear();
    clearTimeout(timer);
    timer = undefined;
  };
  const wake = () => {
    stop();
    resolve();
  };
  const checkAll = (nodes: readonly Node[]) => {
    if (mayName(nodes.map((n) => n.textContent ?? "").join("\n"))) wake();
  };
  function check(): void {
    timer = undefined;
    const nodes = added.filter((n) => n.isConnected);
    added = [];
    checkAll(nodes);
  }
  const root = doc.body ?? doc.documentElement;
  const first = readFirst(root, mayName);
  if (first === "named") {
    resolve();
    return { named, wake, stop };
  }
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  const ready = () => doc.documentElement.setAttribute(STATE_ATTRIBUTE, "ready");
  if (first === "nothing") ready();
  else {
    longText = new LongText(view, { near: checkAll, text: checkAll });
    longText.watchChildren(root);
    // Ready once the parts near the viewport are read, as the annotator is.
    void longText.settled().then(() => {
      if (!stopped) ready();
    });
  }
  return { named, wake, stop };
}
