// Annotates a document without changing it: its text is read in slices of main-thread time, names become ranges in
// the page's highlight registry, claim sentences are read as they come into view, and the page's own changes
// (new content, edited text, removed nodes) are taken up in incremental passes. Nothing here writes to the page's
// nodes except `<html data-defence-lens>`, so nothing the page does in reply can make the annotator loop.
import type { Category } from "../facts/types";
import type { AliasMatch } from "../match/candidates";
import type { ClaimJudge, ClaimsRequest } from "../match/claim-requests";
import type { PageLanguage } from "../match/language-codes";
import type { NameFinder } from "../match/name-requests";
import { collectUnambiguous, mayResolveLater, resolveMatches } from "../match/resolve";
import { CLAIM_CONTAINERS, ClaimFinder, type ClaimSentence, type PreparedUnit, unitOf, unitsAround } from "./claims";
import { insideSkipped, NamesRequestBuilder, type TextStretch, textBatches } from "./collect";
import { pageState, setPageState } from "./contract";
import { type ClaimMark, Highlights, Mention } from "./highlights";
import { declaredLanguage } from "./language";
import { HUGE_TEXT, LONG_TEXT, LongText } from "./long-text";
import { NearViewport } from "./near";
import { PageChanges } from "./page-changes";
import { CHUNK_OVERLAP, textLengthUpTo } from "./text-scan";
import { Viewport } from "./viewport";

/**
 * A text node is scanned this many characters at a time (a page may hold a megabyte in one node), so that no
 * stretch of work outruns its slice by much.
 */
const SCAN_CHUNK = 16_384;
/**
 * How much text one request to the name finder carries at most, in characters (stretches and the blocks around them):
 * the blocks near the reader fit in one; a whole page is sent in pieces, none long to serialise in one task.
 */
const NAMES_REQUEST_TEXT = 64_000;

/** Text nodes walked at a time: a root of more is tested before its nodes are read (see `readRoot`). */
const TEXT_BATCH = 64;

export interface AnnotatorOptions {
  /** Finds the names in the page's text (in the extension: the background, asked by message). */
  names: NameFinder;
  /** The page's language, if known (declared or detected); else what the document declares, if anything. */
  language?: PageLanguage;
  categoryOf: (entity: string) => Category | undefined;
  /**
   * Reads claim units against the fact base, asked once per pass with the units near the viewport; a page whose
   * claims cannot be read (rejected) gets its names without claims.
   */
  claims: ClaimJudge;
  /** The page's own publication date (YYYY-MM-DD), read once when claims are first read. */
  pageDate?: () => string | undefined;
  /** Longest stretch of work before giving the page its main thread back, in ms. */
  sliceMs?: number;
  /** How long page mutations are gathered before an incremental pass, in ms. */
  batchMs?: number;
  /** Text longer than this is read as it comes near the viewport (LONG_TEXT unless told). */
  longText?: number;
  /** Called after every completed pass that said `working` (one that may have changed what is highlighted). */
  onPass?: () => void;
  /** Called when the page removed or rewrote text that held highlights (a card over it may have to close). */
  onRemoved?: () => void;
  /** The page's changes, shared with the quiet start (a source of its own unless given). */
  changes?: PageChanges;
  /** The viewport queue, shared with the quiet start (a queue of its own unless given). */
  viewport?: Viewport;
}

export interface Display {
  active: boolean;
  categories: Iterable<Category>;
  claims: boolean;
  /** Underline the claim sentences that agree too (true unless told), or only those that differ. */
  agreements?: boolean;
  /**
   * The reader's feedback on this site (src/settings/model.ts, feedbackFilter): true for a mention of `entity` written
   * `text` that must not be taken as that entity here. `feedbackKey` changes when it does (the page is read again).
   */
  exclude?: ((entity: string, text: string) => boolean) | null;
  feedbackKey?: string;
}

function yieldToPage(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (s?.yield) return s.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * How much claim units' text one request to the claim reader carries at most, in characters: the units near the
 * reader fit in one; a whole page asked for (the popup) is sent in pieces, none long to serialise in one task.
 */
const CLAIMS_REQUEST_TEXT = 64_000;

export class Annotator {
  readonly highlights: Highlights<ClaimSentence>;
  private readonly doc: Document;
  private readonly opts: Required<
    Omit<AnnotatorOptions, "onPass" | "pageDate" | "onRemoved" | "language" | "changes" | "viewport">
  > &
    Pick<AnnotatorOptions, "onPass" | "pageDate" | "onRemoved" | "language">;
  private readonly language: PageLanguage | undefined;
  private claimsOn = false;
  private active = false;
  /** Entities named outright somewhere on the page: what vouches for a context-gated alias. */
  private readonly mentioned = new Set<string>();
  /**
   * Text nodes holding an alias whose meaning depends on the rest of the page (gated, or one a cue may undo), with how
   * many names the page had when they were read: scanned again once the pass is over, if the page has named more.
   */
  private readonly gated = new Map<Text, number>();
  /** Roots (elements or text nodes) to read. */
  private queue: Node[] = [];
  /**
   * Blocks (or table rows) to read for claim sentences. Reading claims costs far more than finding names, so a unit is
   * read only when it comes into view: watched by `inView` until then, in `claimUnits` once it has.
   */
  private readonly claimUnits = new Set<Element>();
  private readonly inView: NearViewport;
  /** The parts of a long text, handed out as they come near the viewport. */
  private readonly longText: LongText;
  /** Parts of long texts that came near the viewport (or are needed now): their names are next. */
  private nearParts: Element[] = [];
  private watched = new WeakSet<Element>();
  /** Parents, tables and lists whose units have all been queued once. */
  private claimScopes = new WeakSet<Element>();
  private readonly finder: ClaimFinder;
  /** Everything that waits for the reader (long text, claim units, blocks drawn near the reader) waits here. */
  private readonly viewport: Viewport;
  private pageDate: string | undefined | null = null;
  /** The claim reader failed once (the extension was reloaded, say): claims are left unread, names are not. */
  private claimsFailed = false;
  /** Claims are read whole, not only where the reader is (the popup, the panel or the export asked for them all). */
  private whole = false;
  private running: Promise<void> | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Aborted when the annotator stops or is switched off: a pass under way gives up at its next slice. */
  private abort = new AbortController();
  private readonly changes: PageChanges;
  /** The reader's feedback on this site: mentions it leaves out (see Display.exclude). */
  private exclude: ((entity: string, text: string) => boolean) | null = null;
  private feedbackKey = "";
  /** Text nodes where the feedback left a name out: read again when it changes (a name taken back). */
  private readonly filtered = new Set<Text>();

  constructor(doc: Document, options: AnnotatorOptions) {
    this.doc = doc;
    // The page's language rules (Estonian endings, aliases of one language) for the names and the claims alike.
    this.language = options.language ?? declaredLanguage(doc);
    this.opts = { sliceMs: 8, batchMs: 60, longText: LONG_TEXT, ...options };
    // On a long page the rows of tables and lists with mentions are watched for drawing them near the viewport: their
    // claims are read when they come near too, rather than by a second observer of as many rows.
    const view = doc.defaultView ?? globalThis;
    const viewport = options.viewport ?? new Viewport(view);
    this.viewport = viewport;
    this.highlights = new Highlights(doc, viewport, (blocks) => {
      if (!this.claimsOn) return;
      for (const block of blocks) if (this.isDrawnUnit(block)) this.claimUnits.add(block);
      this.resume();
    });
    this.finder = new ClaimFinder(this.highlights);
    this.changes = options.changes ?? new PageChanges(doc);
    this.longText = new LongText(viewport, {
      near: (parts) => {
        this.nearParts.push(...parts);
        this.resume();
      },
      text: (texts) => {
        this.queue.push(...texts);
        this.resume();
      },
    });
    // Claims as their sentences come into view: a claim's underline is quieter than a name's tint, and reading
    // sentences costs far more.
    this.inView = new NearViewport(viewport, "in", (units) => {
      for (const unit of units) this.claimUnits.add(unit);
      this.resume();
    });
  }

  /** Applies settings: on or off, which categories show, claims or not. Safe to call at any time, as often as wanted. */
  apply(display: Display): Promise<void> {
    const claimsAdded = display.claims && !this.claimsOn;
    // Claims switched off: the units watched for coming into view are let go, so that switched on again, the ones the
    // reader has scrolled to meanwhile are watched, and read, afresh.
    if (this.claimsOn && !display.claims) this.forgetClaimUnits();
    this.claimsOn = display.claims;
    const refilter = (display.feedbackKey ?? "") !== this.feedbackKey;
    this.exclude = display.exclude ?? null;
    this.feedbackKey = display.feedbackKey ?? "";
    if (!display.active) {
      if (this.active || pageState(this.doc) !== "off") this.switchOff();
      return Promise.resolve();
    }
    this.highlights.show(display.categories, display.claims, display.agreements ?? true);
    if (!this.active) {
      this.active = true;
      this.abort = new AbortController();
      this.observe();
      return this.enqueue([this.doc.body ?? this.doc.documentElement]);
    }
    if (refilter) {
      // The reader hid a name or took one back: the text that named something, or had a name left out, is read again.
      const nodes = new Set<Node>(this.filtered);
      for (const m of this.highlights.everyMention()) nodes.add(m.node);
      this.filtered.clear();
      // Text the page removed meanwhile is not read (its highlights went with it).
      for (const node of nodes) if (!node.isConnected) nodes.delete(node);
      if (claimsAdded) for (const node of nodes) this.addClaimUnit(node);
      return this.enqueue([...nodes]);
    }
    if (claimsAdded) {
      for (const m of this.highlights.everyMention()) this.addClaimUnit(m.node);
      return this.enqueue([]);
    }
    this.opts.onPass?.();
    return this.running ?? Promise.resolve();
  }

  /** Stops watching the page and working, and takes its highlights away (a newer content script takes over). */
  detach(): void {
    this.stop();
    this.highlights.clear();
  }

  private stop(): void {
    this.active = false;
    this.abort.abort();
    this.queue = [];
    this.nearParts = [];
    clearTimeout(this.timer);
    this.timer = undefined;
    this.changes.stop(this.onMutations);
    this.doc.removeEventListener("beforeinput", this.onBeforeInput, { capture: true });
    this.inView.clear();
    this.longText.clear();
  }

  /** Every shown mention, in reading order. */
  mentions(): Mention[] {
    return this.highlights.mentions();
  }

  /** Every shown claim clause, in reading order. */
  claims(): ClaimMark<ClaimSentence>[] {
    return this.highlights.claims();
  }

  private topicsCache: string[] | undefined;

  /** The three entities the page names most (at least three times each), worked out once per pass. */
  private topics(): string[] {
    if (!this.topicsCache) {
      this.topicsCache = [...this.highlights.mentionCounts(true)]
        .filter(([, n]) => n >= 3)
        .sort((a, b) => b[1] - a[1])
        .slice(0, 3)
        .map(([id]) => id);
    }
    return this.topicsCache;
  }

  /** Part of the page is read as the reader nears it (a long text), and `complete` has not been called since. */
  get readsNearOnly(): boolean {
    return this.nearOnly;
  }
  private nearOnly = false;

  /** Reads the whole page now, in view or not: every claim (the popup's summary, the panel and the export need them). */
  async complete(): Promise<void> {
    // A pass under way (the first, just woken by the popup) may not have found the text long yet: what it leaves
    // waiting for the viewport is taken once it is over.
    await this.running;
    if (!this.active) return;
    this.nearOnly = false;
    this.longText.takeAll();
    for (const unit of this.inView.takeAll()) this.claimUnits.add(unit);
    // Blocks read only where the reader was (longer than a stretch) are read whole now.
    this.whole = true;
    for (const unit of this.finder.partlyRead) this.claimUnits.add(unit);
    return this.enqueue([]);
  }

  /** Something came into view: a pass for it, unless one is under way (it takes it up). */
  private resume(): void {
    if (this.active && !this.running) void this.enqueue([]);
  }

  private switchOff(): void {
    this.stop();
    this.gated.clear();
    this.filtered.clear();
    this.unitCache = new WeakMap();
    this.forgetClaimUnits();
    this.finder.reset();
    this.highlights.clear();
    setPageState(this.doc, "off");
  }

  private forgetClaimUnits(): void {
    this.watched = new WeakSet();
    this.claimScopes = new WeakSet();
    this.inView.clear();
    this.claimUnits.clear();
  }

  /**
   * Editing begins in a document switched to `designMode` (which no mutation announces): the editor owns the page now,
   * and no highlight stays on text being edited.
   */
  private readonly onBeforeInput = (): void => {
    if (this.doc.designMode !== "on") return;
    this.highlights.clear();
  };

  private observe(): void {
    this.doc.addEventListener("beforeinput", this.onBeforeInput, { capture: true, passive: true });
    this.changes.listen(this.onMutations);
  }

  private readonly onMutations = (records: MutationRecord[]): void => {
    if (!this.active) return;
    let queued = false;
    let removed = false;
    /** Highlights went with the page's change (text removed or rewritten). */
    let dropped = false;
    for (const r of records) {
      if (r.type === "attributes") {
        // A region became editable (or hidden): the editor owns it now. Otherwise it may be read again.
        if (this.highlights.dropWithin(r.target)) this.changed = true;
        this.queue.push(r.target);
      } else if (r.type === "characterData") {
        const text = r.target as Text;
        if (this.highlights.dropNode(text)) {
          this.changed = true;
          dropped = true;
        }
        this.queue.push(text);
        const unit = unitOf(text);
        // Its claim highlights went with the change: read again, even if the page wrote back the same text.
        if (unit) this.finder.forget(unit);
        if (unit && this.watched.has(unit) && !this.inView.isWaiting(unit)) this.claimUnits.add(unit);
      } else {
        // The ranges over what went leave the registry at once (they would keep the removed nodes alive, the page's
        // scripts read the registry, and a page that re-renders every few milliseconds would always show stale ones).
        if (r.removedNodes.length > 0) removed = true;
        for (const node of r.removedNodes) this.longText.removed(node, r.target);
        for (const node of r.addedNodes) this.queue.push(node);
        if (r.addedNodes.length === 0) {
          queued ||= r.removedNodes.length > 0;
          continue;
        }
        const unit = r.target instanceof Element ? unitOf(r.target) : null;
        if (unit) this.finder.forget(unit);
        if (unit && this.watched.has(unit) && !this.inView.isWaiting(unit)) this.claimUnits.add(unit);
      }
      queued = true;
    }
    if (removed && this.highlights.dropDisconnected()) {
      this.changed = true;
      dropped = true;
    }
    if (dropped) this.opts.onRemoved?.();
    if (queued && this.timer === undefined) {
      this.timer = setTimeout(() => {
        this.timer = undefined;
        void this.enqueue([]);
      }, this.opts.batchMs);
    }
  };

  private enqueue(roots: Node[]): Promise<void> {
    this.queue.push(...roots);
    if (!this.running) {
      // The first pass says so at once; an incremental one once it finds text that may name something (see `mark`).
      if (pageState(this.doc) !== "ready") this.mark();
      // Started a microtask later, once `running` is set: what the pass does at once (watching a long text's parts)
      // may call `resume`, which must find the pass under way rather than start another beside it.
      const signal = this.abort.signal;
      this.running = Promise.resolve()
        .then(() => this.run(signal))
        .finally(() => {
          this.running = null;
          // Switched off and on again while a pass was pausing: that pass gave up, this one takes the queue.
          if (this.active && this.queue.length > 0) void this.enqueue([]);
        });
    }
    return this.running;
  }

  /** The pass under way has said "working": it says "ready" when it ends. */
  private marked = false;
  /** The page changed text that held highlights since the last pass: the next one says "working". */
  private changed = false;

  /**
   * Sets `working` for the pass under way. An incremental pass over text that names nothing and held no highlight (a
   * page's clock, its own status line) leaves the attribute alone: a page whose own observer answers each change of
   * `<html>`'s attributes with a change of its text would otherwise keep the two going back and forth for ever.
   */
  private mark(): void {
    if (this.marked) return;
    this.marked = true;
    setPageState(this.doc, "working");
  }

  private async run(signal: AbortSignal): Promise<void> {
    let deadline = performance.now() + this.opts.sliceMs;
    /** Gives the page its main thread back when the slice is used up; false if the pass was cancelled meanwhile. */
    const breathe = async (): Promise<boolean> => {
      if (performance.now() <= deadline) return !signal.aborted;
      await yieldToPage();
      deadline = performance.now() + this.opts.sliceMs;
      return !signal.aborted;
    };
    const busy = () =>
      this.queue.length > 0 || this.nearParts.length > 0 || this.claimUnits.size > 0 || this.viewport.pending;
    while (busy()) {
      if (this.changed) {
        this.changed = false;
        this.mark();
      }
      while (this.queue.length > 0) {
        const root = this.queue.shift() as Node;
        // Text the page took away meanwhile: its highlights went with it (see onMutations).
        if (!root.isConnected) continue;
        if (insideSkipped(root)) {
          // Text being edited is not read, but a pass over text that may name something is still said (see `mark`).
          if (!this.marked && (await this.mayName(root))) this.mark();
          if (signal.aborted) return;
          continue;
        }
        // A root of more than `longText` characters (an article, a whole page) has its children watched instead,
        // each read as it comes near the viewport (a container of blocks has its own children watched in turn).
        const length = root instanceof Element ? textLengthUpTo(root, HUGE_TEXT) : 0;
        if (root instanceof Element && length > this.opts.longText) {
          this.mark();
          this.nearOnly = true;
          if (length > HUGE_TEXT) this.highlights.nearOnly();
          this.longText.watchChildren(root);
          continue;
        }
        if (!(await this.readRoot(root, breathe))) return;
      }
      // What the viewport observers say is near: parts of long texts (a container's children are watched in turn,
      // so this may take a few rounds) and claim units.
      await this.viewport.settled();
      if (signal.aborted) return;
      const near = this.nearParts;
      this.nearParts = [];
      for (const part of near) if (part.isConnected && !(await this.readRoot(part, breathe))) return;
      if (this.gated.size > 0 && !(await this.recheckGated(breathe))) return;
      this.topicsCache = undefined;
      // Units that come while the claim reader reads (the popup asking for the whole page) stay for the next round.
      if (!this.claimsOn || this.claimsFailed) this.claimUnits.clear();
      else if (this.claimUnits.size > 0 && !(await this.readClaims(breathe))) return;
    }
    await this.highlights.drawn();
    if (signal.aborted || !this.active) return;
    // A page script that cleared the registry (`CSS.highlights.clear()`) does not take the highlights away for good.
    this.highlights.register();
    const said = this.marked;
    this.marked = false;
    if (!said) return;
    setPageState(this.doc, "ready");
    // Only after a pass that may have changed what is drawn: the badge's report wakes an open popup, which asks for
    // the page's summary, whose pass, changing nothing, must not report again.
    this.opts.onPass?.();
  }

  /**
   * Asks the claim reader about the claim units queued, in requests of up to CLAIMS_REQUEST_TEXT characters (the units
   * near the reader make one), and draws each answer; false if the pass was cancelled meanwhile.
   */
  private async readClaims(breathe: () => Promise<boolean>): Promise<boolean> {
    this.pageDate ??= this.opts.pageDate?.();
    let batch: PreparedUnit[] = [];
    let size = 0;
    const units = [...this.claimUnits];
    this.claimUnits.clear();
    for (const [i, unit] of units.entries()) {
      const asked = insideSkipped(unit) ? null : this.finder.prepare(unit, this.whole);
      if (asked) {
        batch.push(asked);
        size += asked.span.text.length;
      }
      if (batch.length > 0 && (size > CLAIMS_REQUEST_TEXT || i === units.length - 1)) {
        if (!(await this.askAndDraw(batch, breathe))) return false;
        batch = [];
        size = 0;
      }
      if (!(await breathe())) return false;
    }
    return true;
  }

  private async askAndDraw(prepared: PreparedUnit[], breathe: () => Promise<boolean>): Promise<boolean> {
    if (this.claimsFailed) return true;
    // The texts that introduce the units, each sent once (a table's rows share their table's).
    const arounds = [...new Set(prepared.map((p) => p.around))];
    const at = new Map(arounds.map((text, i) => [text, i]));
    const { language } = this;
    const request: ClaimsRequest = {
      units: prepared.map((p) => ({ ...p.unit, around: at.get(p.around) ?? -1 })),
      arounds,
      mentioned: [...this.mentioned],
      topics: this.topics(),
      ...(language ? { language } : {}),
      ...(this.pageDate ? { pageDate: this.pageDate } : {}),
    };
    const reply = await this.opts.claims(request).catch((error: unknown) => {
      console.warn("Defence Lens could not read this page's claims:", error);
      this.claimsFailed = true;
      return null;
    });
    if (!reply || !this.active || !this.claimsOn) return true;
    for (const [i, p] of prepared.entries()) {
      this.finder.draw(p, reply[i] ?? []);
      if (!(await breathe())) return false;
    }
    return true;
  }

  /** Gated aliases seen before the page named what vouches for them (or undoes them) get a second look. */
  private async recheckGated(breathe: () => Promise<boolean>): Promise<boolean> {
    const named = this.mentioned.size;
    const nodes = [...this.gated].filter(([, seen]) => seen < named).map(([node]) => node);
    for (const node of nodes) this.gated.delete(node);
    return this.readNodes(
      nodes.filter((node) => node.isConnected),
      breathe,
    );
  }

  /** May the text under `root` name something (one quick test)? False if the name finder cannot say. */
  private mayName(root: Node): Promise<boolean> {
    const text = root.textContent ?? "";
    if (text.length < 2) return Promise.resolve(false);
    return this.opts.names.mayName({ text, apart: false }).catch(() => false);
  }

  /**
   * Reads the text under a root; false if the pass was cancelled meanwhile. A root of many text nodes (a page's
   * re-render, a feed's new page) is tested first in one quick test: most of what pages add names nothing, and the
   * text around each node is worked out only for text that may.
   */
  private async readRoot(root: Node, breathe: () => Promise<boolean>): Promise<boolean> {
    if (root instanceof Text) return this.readNodes([root], breathe);
    const next = textBatches(root, TEXT_BATCH);
    const nodes = next();
    if (nodes.length === TEXT_BATCH && !(await this.mayName(root))) return true;
    // A table of thousands of rows has tens of thousands of nodes: walked in slices too.
    for (let batch = next(); batch.length > 0; batch = next()) {
      nodes.push(...batch);
      if (!(await breathe())) return false;
    }
    return this.readNodes(nodes, breathe);
  }

  /**
   * Finds the names in text nodes, asking the name finder about NAMES_REQUEST_TEXT characters at a time (a long node a
   * chunk at a time, so that no stretch of drawing outruns its slice by much), and draws each answer; false if the
   * pass was cancelled meanwhile.
   */
  private async readNodes(nodes: Text[], breathe: () => Promise<boolean>): Promise<boolean> {
    let builder = new NamesRequestBuilder();
    for (const [i, node] of nodes.entries()) {
      // A block of many small nodes: reading what is around each takes its time too.
      if (i % TEXT_BATCH === TEXT_BATCH - 1 && !(await breathe())) return false;
      const data = node.data;
      if (data.length < 2) {
        this.highlights.setMentions(node, []);
        continue;
      }
      for (let from = 0; from < data.length; ) {
        const last = data.length - from <= SCAN_CHUNK + CHUNK_OVERLAP;
        const to = last ? data.length : from + SCAN_CHUNK;
        const text = last ? data.slice(from) : data.slice(from, to + CHUNK_OVERLAP);
        builder.add({ node, from, last, text });
        from = to;
        if (builder.size >= NAMES_REQUEST_TEXT) {
          if (!(await this.askNames(builder, breathe))) return false;
          builder = new NamesRequestBuilder();
        }
      }
    }
    return builder.stretches.length === 0 || this.askNames(builder, breathe);
  }

  private async askNames(builder: NamesRequestBuilder, breathe: () => Promise<boolean>): Promise<boolean> {
    const reply = await this.opts.names.find(builder.request(this.language)).catch((error: unknown) => {
      console.warn("Defence Lens could not find the names on this page:", error);
      return null;
    });
    if (!reply || !(await breathe())) return false;
    for (const [i, stretch] of builder.stretches.entries()) {
      this.drawNames(stretch, reply[i] ?? []);
      if (!(await breathe())) return false;
    }
    return true;
  }

  /**
   * Draws the names found in one stretch of a text node's data, replacing what was drawn there before; a node the
   * page changed or removed since it was asked about is left (its change queued it to be read again).
   */
  private drawNames({ node, from, last, text }: TextStretch, names: AliasMatch[]): void {
    if (!node.isConnected || !node.data.startsWith(text, from) || (last && node.data.length !== from + text.length))
      return;
    let found = names;
    // Text that names something makes a pass worth saying (see `mark`).
    if (found.length > 0) this.mark();
    if (this.exclude) found = this.withoutExcluded(node, text, found, this.exclude);
    // A name that starts in the overlap is the next chunk's; one that runs into it is this one's.
    if (!last) found = found.filter((m) => m.start < SCAN_CHUNK);
    const keep = this.highlights.mentionsEndingAfter(node, from);
    found = found.filter((m) => m.start + from >= keep);
    collectUnambiguous(found, this.mentioned);
    const resolved = resolveMatches(found, this.mentioned);
    if (mayResolveLater(found)) {
      // A long node read in chunks is read again if any of its chunks may read otherwise now.
      const seen = from > 0 ? this.gated.get(node) : undefined;
      this.gated.set(node, Math.min(seen ?? this.mentioned.size, this.mentioned.size));
    }
    const mentions: Mention[] = [];
    for (const m of resolved) {
      const category = this.opts.categoryOf(m.entity);
      if (!category) continue;
      const start = m.start + from;
      const end = m.end + from;
      mentions.push(new Mention(m.entity, category, node, start, end));
    }
    this.highlights.setMentions(node, mentions, from);
    if (mentions.length > 0 && this.claimsOn) this.addClaimUnit(node);
  }

  /**
   * The matches without the candidates the reader's feedback leaves out here: a hidden entity, or words that are not
   * that entity on this site. The words may still name another candidate; with none left, the names inside them count.
   */
  private withoutExcluded(
    node: Text,
    text: string,
    found: AliasMatch[],
    exclude: (entity: string, text: string) => boolean,
  ): AliasMatch[] {
    const out: AliasMatch[] = [];
    for (const m of found) {
      const words = text.slice(m.start, m.end);
      const candidates = m.candidates.filter((c) => !exclude(c.entity, words));
      if (candidates.length < m.candidates.length) this.filtered.add(node);
      if (candidates.length > 0) out.push(candidates.length === m.candidates.length ? m : { ...m, candidates });
    }
    return out;
  }

  /** A claim unit read when the highlights report it near: a row or item with mentions on a long page. */
  private isDrawnUnit(unit: Element): boolean {
    return this.watched.has(unit) && unit.parentElement?.closest(CLAIM_CONTAINERS) != null;
  }

  /** The claim unit of each element whose text named something, found once (a table row's cells share one). */
  private unitCache = new WeakMap<Element, Element | null>();

  private addClaimUnit(node: Node): void {
    const parent = node.parentElement;
    if (!parent) return;
    let unit = this.unitCache.get(parent);
    if (unit === undefined) {
      unit = unitOf(node);
      this.unitCache.set(parent, unit);
    }
    if (!unit || this.watched.has(unit)) return;
    if (this.highlights.drawsNearOnly && unit.parentElement?.closest(CLAIM_CONTAINERS)) {
      // A row or item of a long page: read when it comes near to be drawn (see the constructor), not watched by an
      // observer of its own (a data table has thousands); its neighbours name their own.
      this.watched.add(unit);
      if (this.highlights.isNear(unit)) this.claimUnits.add(unit);
      return;
    }
    const { units, scope } = unitsAround(unit);
    if (this.claimScopes.has(scope)) {
      this.watch(unit);
      return;
    }
    this.claimScopes.add(scope);
    for (const u of units) this.watch(u);
  }

  private watch(unit: Element): void {
    if (this.watched.has(unit)) return;
    this.watched.add(unit);
    this.inView.watch(unit);
  }
}
