// Before the annotator: most pages name nothing the fact base knows, and on those the content script should cost
// next to nothing. V8 compiles a function on its first call, on every page, so code that never runs costs nothing:
// here the page's text is read in batches and scanned loosely, and only a page that may name something (now, or in
// text it adds later) gets the annotator, the card and the claim code.
import { setPageState } from "./contract";
import { PageChanges } from "./page-changes";

export interface Dormant {
  /** Resolves when the page may name something, or `wake` was called. */
  named: Promise<void>;
  /** Stops waiting: the annotator takes over now (the settings changed, the popup asks). */
  wake(): void;
  /** Stops watching the page (the content script was replaced). */
  stop(): void;
}

/** How much text is read in one task before the page gets its main thread back. */
const TASK_TEXT = 200_000;

/**
 * Reads the page's text nodes, 64 at a time, until one batch may name something (true) or none is left (false),
 * yielding to the page between stretches of TASK_TEXT characters.
 */
async function readAll(
  root: Element,
  mayName: (text: string, apart: boolean) => boolean,
  stopped: () => boolean,
): Promise<boolean> {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let length = 0;
  for (;;) {
    const batch: string[] = [];
    for (let n = walker.nextNode(); n && batch.length < 64; n = walker.nextNode()) batch.push((n as Text).data);
    if (batch.length === 0) return false;
    const text = batch.join("\n");
    if (mayName(text, true)) return true;
    length += text.length;
    if (length > TASK_TEXT) {
      length = 0;
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (stopped() || !walker.currentNode.isConnected) return !stopped();
    }
  }
}

/**
 * Waits until the page's text may name something. A page that names nothing is marked ready and its changes are
 * watched (through `changes`, which the annotator listens to next): the text it adds (new nodes, edited text) is read
 * in batches, `batchMs` apart, as the annotator does.
 */
export function untilNamed(
  doc: Document,
  mayName: (text: string, apart: boolean) => boolean,
  changes = new PageChanges(doc),
  batchMs = 60,
): Dormant {
  let resolve = () => {};
  const named = new Promise<void>((r) => {
    resolve = r;
  });
  let added: Node[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const onChanges = (records: MutationRecord[]) => {
    for (const r of records) {
      if (r.type === "characterData") added.push(r.target);
      else if (r.type === "childList") added.push(...r.addedNodes);
    }
    timer ??= setTimeout(check, batchMs);
  };
  const stop = () => {
    stopped = true;
    changes.stop(onChanges);
    clearTimeout(timer);
    timer = undefined;
  };
  const wake = () => {
    stop();
    resolve();
  };
  function check(): void {
    timer = undefined;
    const nodes = added.filter((n) => n.isConnected);
    added = [];
    if (mayName(nodes.map((n) => n.textContent ?? "").join("\n"), false)) wake();
  }
  changes.listen(onChanges);
  void readAll(doc.body ?? doc.documentElement, mayName, () => stopped).then((found) => {
    if (stopped) return;
    if (found) wake();
    else setPageState(doc, "ready");
  });
  return { named, wake, stop };
}
