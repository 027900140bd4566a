// Before the annotator: most pages name nothing the fact base knows, and on those the content script should cost
// next to nothing. V8 compiles a function on its first call, on every page, so code that never runs costs nothing:
// here the page's text is read in batches and scanned loosely, and only a page that may name something (now, or in
// text it adds later) gets the annotator, the card and the claim code.
import { setPageState } from "./contract";
import { PageChanges } from "./page-changes";
import { mayNameWithin } from "./text-scan";

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
  void mayNameWithin(
    doc.body ?? doc.documentElement,
    (text) => mayName(text, true),
    () => stopped,
  ).then((found) => {
    if (stopped) return;
    if (found) wake();
    else setPageState(doc, "ready");
  });
  return { named, wake, stop };
}
