// Reading a subtree's text without building it: `textContent` of a megabyte-long article copies all of it (4–10 ms
// in Chromium here) where walking its text nodes costs a fraction of that (docs/benchmark.md).

/**
 * How much text is tested at once, in characters: a few paragraphs first (a page that names something mostly does so
 * at once, and reading its text nodes is most of the cost), then the rest of the quiet start's opening in one test
 * (each test is a message to the background, a task of the page's to send).
 */
const FIRST_BATCH_TEXT = 2_000;
const BATCH_TEXT = 32_000;
/**
 * How far past a cut in a text node's data its text is read as well (longer than any alias), so that a name across the
 * cut is found whole: by the quiet start's batches here and by the annotator's chunks.
 */
export const CHUNK_OVERLAP = 256;

/**
 * How many characters of text are under `root`, counted up to a little past `most` (UTF-16 units): its text nodes
 * are walked until the count is known or passes `most`.
 */
export function textLengthUpTo(root: Node, most: number): number {
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let length = 0;
  for (let n = walker.nextNode(); n && length <= most; n = walker.nextNode()) length += (n as Text).data.length;
  return length;
}

/** What reading a subtree's opening found: something that may be a name, nothing at all, or nothing up to the limit. */
export type OpeningRead = "named" | "none" | "beyond";

/**
 * Reads the text nodes under `roots`, FIRST_BATCH_TEXT characters and then about BATCH_TEXT at a time (each node
 * apart, joined by line breaks), until the test says a batch may name something ("named"), none is left ("none") or
 * `limit` characters were read ("beyond"); gives up ("none") once `stopped` says so. If the page took away the rest of
 * the text meanwhile, "named": what is there now has to be read whole. A test that fails counts as naming nothing.
 */
export async function readOpening(
  roots: Node[],
  mayName: (textApart: string) => Promise<boolean>,
  stopped: () => boolean,
  limit = Number.POSITIVE_INFINITY,
): Promise<OpeningRead> {
  let read = 0;
  /** Where the next batch starts in the node being read: a node longer than a batch is tested a batch at a time. */
  let from = 0;
  for (const root of roots) {
    const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; ) {
      const batch: string[] = [];
      let length = 0;
      const most = read === 0 ? FIRST_BATCH_TEXT : BATCH_TEXT;
      while (n && length < most) {
        const data = (n as Text).data;
        // Past the batch's end by as much as a name is long, so that one across the cut is found whole.
        const to = Math.min(data.length, from + most - length);
        batch.push(data.slice(from, to < data.length ? to + CHUNK_OVERLAP : to));
        length += to - from + 1;
        if (to < data.length) from = to;
        else {
          from = 0;
          n = walker.nextNode();
        }
      }
      if (await mayName(batch.join("\n")).catch(() => false)) return "named";
      if (stopped()) return "none";
      read += length;
      if (read > limit) return "beyond";
      if (!walker.currentNode.isConnected) return "named";
    }
  }
  return "none";
}

/** May the text under `roots` name something? `readOpening` to the end. */
export async function mayNameWithin(
  roots: Node[],
  mayName: (textApart: string) => Promise<boolean>,
  stopped: () => boolean,
): Promise<boolean> {
  return (await readOpening(roots, mayName, stopped)) === "named";
}
