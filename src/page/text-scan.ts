// Reading a subtree's text without building it: `textContent` of a megabyte-long article copies all of it (4–10 ms
// in Chromium here) where walking its text nodes costs a fraction of that (docs/benchmark.md).

/** How much text is read in one task before the page gets its main thread back. */
const TASK_TEXT = 200_000;
/** Text nodes tested together: their data joined by line breaks. */
const BATCH = 64;

/** Does the text under `root` run to more than `chars` characters? Walks its text nodes until it knows. */
export function textLongerThan(root: Node, chars: number): boolean {
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let length = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    length += (n as Text).data.length;
    if (length > chars) return true;
  }
  return false;
}

/** What reading a subtree's opening found: something that may be a name, nothing at all, or nothing up to the limit. */
export type OpeningRead = "named" | "none" | "beyond";

/**
 * Reads the text nodes under `root`, BATCH at a time (each apart, joined by line breaks), until one batch may name
 * something ("named"), none is left ("none") or `limit` characters were read ("beyond"), yielding to the page between
 * stretches of TASK_TEXT characters; gives up ("none") once `stopped` says so. If the page took away the rest of the
 * text meanwhile, "named": what is there now has to be read whole.
 */
export async function readOpening(
  root: Node,
  mayName: (textApart: string) => boolean,
  stopped: () => boolean,
  limit = Number.POSITIVE_INFINITY,
): Promise<OpeningRead> {
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let length = 0;
  let read = 0;
  for (;;) {
    const batch: string[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      batch.push((n as Text).data);
      if (batch.length === BATCH) break;
    }
    if (batch.length === 0) return "none";
    const text = batch.join("\n");
    if (mayName(text)) return "named";
    length += text.length;
    read += text.length;
    if (read > limit) return "beyond";
    if (length > TASK_TEXT) {
      length = 0;
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (stopped()) return "none";
      if (!walker.currentNode.isConnected) return "named";
    }
  }
}

/** May the text under `root` name something? `readOpening` to the end. */
export async function mayNameWithin(
  root: Node,
  mayName: (textApart: string) => boolean,
  stopped: () => boolean,
): Promise<boolean> {
  return (await readOpening(root, mayName, stopped)) === "named";
}
