// Before the annotator: most pages name nothing the fact base knows, and on those the content script should cost
// next to nothing. V8 compiles a function on its first call, on every page, so code that never runs costs nothing:
// here the page's text is read in batches and sent to be scanned loosely (in the extension, by the background), and
// only a page that may name something (now, in text the reader scrolls to, or in text it adds later) gets the
// annotator, the card and the claim code.
import { setPageState } from "./contract";
import { LONG_TEXT, LongText } from "./long-text";
import { PageChanges } from "./page-changes";
import { mayNameWithin, readOpening } from "./text-scan";
import { Viewport } from "./viewport";

export interface Dormant {
  /** Resolves when the page may name something, or `wake` was called. */
  named: Promise<void>;
  /** Stops waiting: the annotator takes over now (the settings changed, the popup asks). */
  wake(): void;
  /** Stops watching the page (the content script was replaced). */
  stop(): void;
}

/**
 * Waits until the page's text may name something. A page that names nothing is marked ready and its changes are
 * watched (through `changes`, which the annotator listens to next): the text it adds (new nodes, edited text) is read
 * in batches, `batchMs` apart, as the annotator does. Past its first LONG_TEXT characters, a page is read where
 * the reader goes: it is ready once the text near the viewport has been read.
 */
export function untilNamed(
  doc: Document,
  mayName: (text: string, apart: boolean) => Promise<boolean>,
  changes = new PageChanges(doc),
  viewport: Viewport = new Viewport(doc.defaultView ?? globalThis),
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
  let long: LongText | undefined;
  const stop = () => {
    stopped = true;
    long?.clear();
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
    if (nodes.length === 0) return;
    void mayName(nodes.map((n) => n.textContent ?? "").join("\n"), false).then(
      (found) => found && !stopped && wake(),
      () => {},
    );
  }
  changes.listen(onChanges);
  const root = doc.body ?? doc.documentElement;
  const mayNameApart = (text: string) => mayName(text, true);
  void readOpening([root], mayNameApart, () => stopped, LONG_TEXT).then(async (opening) => {
    if (stopped) return;
    if (opening === "named") return wake();
    if (opening === "beyond") {
      const checks: Promise<unknown>[] = [];
      // The parts that come near together are tested together.
      const check = (nodes: Node[]) =>
        checks.push(mayNameWithin(nodes, mayNameApart, () => stopped).then((found) => found && !stopped && wake()));
      long = new LongText(viewport, { near: check, text: check });
      long.watchChildren(root);
      // Ready once what is near the reader now has been read.
      while ((viewport.pending || checks.length > 0) && !stopped) {
        await viewport.settled();
        await Promise.all(checks.splice(0));
      }
      if (stopped) return;
    }
    setPageState(doc, "ready");
  });
  return { named, wake, stop };
}
