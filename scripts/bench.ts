// `npm run bench [-- --quick]`: the content script's cost in real headless Chromium, side by side in one run with
// the least any annotator must do (one TreeWalker pass over the text nodes) and with the obvious approach (mark.js
// `mark()` given the aliases as a list). Prints figures and pass/fail lines for the budgets.
import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { type BrowserContext, chromium, type Page } from "@playwright/test";
import { build } from "esbuild";
import { factBase } from "../src/facts";
import { chromiumPath, extensionDir, launchWithExtension } from "../tests/e2e/harness";
import { benchPage, benchTable, benchUnreadable } from "./bench/pages";
import { root, serve } from "./serve";

const quick = process.argv.includes("--quick");
const KB = 1024;
// A quick run measures the pages the budgets are on, more times each: a few loads are too few on this machine.
const sizes = quick ? [100 * KB, 1024 * KB] : [100 * KB, 1024 * KB, 5 * 1024 * KB];
/** The pages a budget is on: the dense 100 KB and 1 MB pages, the entity-free megabyte. */
const budgeted = (kind: "dense" | "empty", size: number) =>
  size === 1024 * KB || (kind === "dense" && size === 100 * KB);
const WARM_UP = 100 * KB;
const label = (bytes: number) => (bytes >= 1024 * KB ? `${bytes / 1024 / KB} MB` : `${bytes / KB} KB`);
const ms = (n: number) => `${n.toFixed(1)} ms`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

const pages = new Map<string, string>();
for (const kind of ["dense", "empty"] as const) {
  for (const size of new Set([WARM_UP, ...sizes]))
    pages.set(`/bench/${kind}-${size}.html`, benchPage(kind, size, root));
}
const TABLE_ROWS = 6000;
pages.set("/bench/table.html", benchTable(TABLE_ROWS));
const UNREADABLE = 10_000;
pages.set("/bench/unreadable.html", benchUnreadable(UNREADABLE));
const served = await serve({ pages });
const url = (kind: string, size: number) => `${served.origin}/bench/${kind}-${size}.html`;

/** When the page is first marked ready, and what is highlighted at that moment. */
const READY_PROBE = () => {
  const w = window as unknown as { readyAt?: number; atReady?: { marks: number; claims: number } };
  new MutationObserver(() => {
    const html = document.documentElement;
    if (w.readyAt !== undefined) return;
    if (html.getAttribute("data-defence-lens") === "ready" || html.hasAttribute("data-baseline")) {
      w.readyAt = performance.now();
      // Ranges registered under the contract's highlight names (DESIGN.md): entity mentions and claim clauses.
      let marks = 0;
      let claims = 0;
      for (const [name, highlight] of CSS.highlights) {
        if (name.startsWith("defence-lens-claim-")) claims += highlight.size;
        else if (name.startsWith("defence-lens-")) marks += highlight.size;
      }
      w.atReady = { marks, claims };
    }
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ["data-defence-lens", "data-baseline"] });
};

/**
 * The least any annotator must do, as an extension: a content script that walks the text nodes once and reads
 * their text. Measured exactly as ours is, injection included.
 */
function baselineExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), "defence-lens-baseline-"));
  writeFileSync(
    join(dir, "manifest.json"),
    JSON.stringify({
      manifest_version: 3,
      name: "Bare walk",
      version: "1.0",
      content_scripts: [{ matches: ["http://*/*"], js: ["walk.js"], run_at: "document_idle" }],
    }),
  );
  writeFileSync(
    join(dir, "walk.js"),
    `const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT); let chars = 0;
for (let n = w.nextNode(); n; n = w.nextNode()) chars += n.data.length;
document.documentElement.setAttribute("data-baseline", String(chars));`,
  );
  return dir;
}

interface ProfileNode {
  id: number;
  callFrame: { url: string };
}
interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; fileName?: string; data?: { url?: string } };
}

/** Loads the page with the extension, profiling the main thread: our script time, our longest task, readiness. */
async function measureExtension(context: BrowserContext, target: string) {
  const page = await context.newPage();
  await page.addInitScript(READY_PROBE);
  const cdp = await context.newCDPSession(page);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
  const events: TraceEvent[] = [];
  cdp.on("Tracing.dataCollected", (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const traced = new Promise<void>((resolve) => cdp.once("Tracing.tracingComplete", () => resolve()));
  // toplevel: the main thread's tasks (the longest task); v8: compiling the content script, which no sample shows.
  await cdp.send("Tracing.start", { categories: "toplevel,v8,__metadata", transferMode: "ReportEvents" });
  await cdp.send("Profiler.start");
  await page.goto(target, { waitUntil: "domcontentloaded", timeout: 120_000 });
  await page.waitForFunction(() => (window as unknown as { readyAt?: number }).readyAt !== undefined, null, {
    timeout: 120_000,
    polling: 50,
  });
  const { profile } = (await cdp.send("Profiler.stop")) as unknown as {
    profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number };
  };
  await cdp.send("Tracing.end");
  await traced;
  const ours = new Set(profile.nodes.filter((n) => n.callFrame.url.startsWith("chrome-extension://")).map((n) => n.id));
  let t = profile.startTime;
  let scriptUs = 0;
  const ourTimes: number[] = [];
  profile.samples.forEach((node, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    t += delta;
    if (ours.has(node)) {
      scriptUs += delta;
      ourTimes.push(t);
    }
  });
  // The main thread's tasks that ran any of our code: the longest is the longest we caused or joined.
  const renderers = new Set(
    events.filter((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain").map((e) => `${e.pid}/${e.tid}`),
  );
  const tasks = events.filter(
    (e) => e.name === "ThreadControllerImpl::RunTask" && e.ph === "X" && renderers.has(`${e.pid}/${e.tid}`),
  );
  let longest = 0;
  let k = 0;
  for (const task of tasks.sort((a, b) => a.ts - b.ts)) {
    const end = task.ts + (task.dur ?? 0);
    while (k < ourTimes.length && (ourTimes[k] as number) < task.ts) k++;
    if (k < ourTimes.length && (ourTimes[k] as number) <= end) longest = Math.max(longest, (task.dur ?? 0) / 1000);
  }
  const timing = await page.evaluate(() => {
    const w = window as unknown as { readyAt: number; atReady: { marks: number; claims: number } };
    return {
      readyAt: w.readyAt,
      dcl: performance.getEntriesByType("navigation")[0]?.toJSON().domContentLoadedEventEnd as number,
      ...w.atReady,
    };
  });
  await cdp.send("HeapProfiler.collectGarbage");
  const metrics = (await cdp.send("Performance.enable").then(() => cdp.send("Performance.getMetrics"))) as {
    metrics: { name: string; value: number }[];
  };
  const heap = metrics.metrics.find((m) => m.name === "JSHeapUsedSize")?.value ?? 0;
  await page.close();
  return {
    scriptMs: scriptUs / 1000,
    // The script's own run when it was injected, timed by the trace rather than sampled: all of the bare walk's work.
    injectedRunMs:
      events
        .filter((e) => e.name === "v8.run" && e.args?.fileName?.startsWith("chrome-extension://"))
        .reduce((t, e) => t + (e.dur ?? 0), 0) / 1000,
    compileMs:
      events
        .filter((e) => e.name === "v8.compile" && e.args?.data?.url?.startsWith("chrome-extension://"))
        .reduce((t, e) => t + (e.dur ?? 0), 0) / 1000,
    longest,
    ready: timing.readyAt - timing.dcl,
    marks: timing.marks,
    claims: timing.claims,
    heap,
  };
}

async function heapWithout(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("HeapProfiler.collectGarbage");
  await cdp.send("Performance.enable");
  const { metrics } = (await cdp.send("Performance.getMetrics")) as { metrics: { name: string; value: number }[] };
  return metrics.find((m) => m.name === "JSHeapUsedSize")?.value ?? 0;
}

/** The bare walk inside the page itself, with no injection: its floor. */
function bareWalk(page: Page): Promise<number> {
  return page.evaluate(() => {
    const times: number[] = [];
    for (let k = 0; k < 7; k++) {
      const start = performance.now();
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let chars = 0;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) chars += (n as Text).data.length;
      if (chars < 0) throw new Error("unreachable");
      times.push(performance.now() - start);
    }
    return times.sort((a, b) => a - b)[3] as number;
  });
}

const terms = [...new Set(factBase.entities.flatMap((e) => e.aliases.map((a) => a.text)))];
async function markJs(page: Page): Promise<number> {
  await page.addScriptTag({ path: join(root, "node_modules/mark.js/dist/mark.min.js") });
  // tsx names functions with a helper the page does not have.
  await page.evaluate("window.__name = (f) => f");
  return page.evaluate(
    (list) =>
      new Promise<number>((resolve) => {
        const start = performance.now();
        const Mark = (window as unknown as { Mark: new (el: Element) => { mark: (t: string[], o: object) => void } })
          .Mark;
        new Mark(document.body).mark(list, {
          element: "x-mark",
          separateWordSearch: false,
          accuracy: "exactly",
          done: () => resolve(performance.now() - start),
        });
      }),
    terms,
  );
}

const lines: string[] = [];
const say = (line: string) => {
  lines.push(line);
  console.log(line);
};
const budgets: [string, boolean][] = [];
const budget = (text: string, ok: boolean) => {
  budgets.push([text, ok]);
};

const withExtension = await launchWithExtension();
const baseline = await launchWithExtension(baselineExtension());
const plain = await chromium.launchPersistentContext("", {
  headless: true,
  executablePath: chromiumPath(),
  args: ["--disable-background-networking", "--disable-component-update", "--no-first-run"],
});
say(
  `Defence Lens benchmark${quick ? " (quick)" : ""}: headless Chromium, ${terms.length} aliases, medians where repeated`,
);
say("");
say("ours: the extension's script time (CPU profile of the page's main thread, samples in our code; layout and style");
say("not included). walk: a content script that walks the text once, its run timed by the trace; in page: that walk");
say("run in the page. Compiling either script is apart (below).");
say("");
say(
  "page          |       ours |      walk | ratio | in page | longest task | ready after DCL | heap +   | highlights | claims | mark.js mark()",
);
// Unmeasured loads first, the same in quick and full runs: the browser's first extension start and the warming of its
// code caches are not a page's cost (a reader's browser has opened pages before).
for (let r = 0; r < 2; r++) {
  for (const kind of ["dense", "empty"] as const) {
    await measureExtension(withExtension, url(kind, WARM_UP));
    await measureExtension(baseline, url(kind, WARM_UP));
  }
}
let longestOverall = 0;
const compiles = { ours: [] as number[], walk: [] as number[] };
const results = new Map<string, { script: number; walk: number; mark?: number }>();
for (const kind of ["dense", "empty"] as const) {
  for (const size of sizes) {
    // Ours and the walk in turns, so that whatever else the machine does weighs on both alike; medians.
    const runs = [];
    const walkRuns = [];
    // Most rounds where a budget is.
    const rounds = budgeted(kind, size) ? (quick ? 7 : 11) : 3;
    for (let r = 0; r < rounds; r++) {
      // Each goes first every other round: the first load of a pair measures differently (by ~5 ms on a dense page).
      if (r % 2 === 1) walkRuns.push(await measureExtension(baseline, url(kind, size)));
      runs.push(await measureExtension(withExtension, url(kind, size)));
      if (r % 2 === 0) walkRuns.push(await measureExtension(baseline, url(kind, size)));
    }
    const ext = runs.sort((a, b) => a.scriptMs - b.scriptMs)[Math.floor(runs.length / 2)] as (typeof runs)[number];
    // The walk is one synchronous run, timed exactly by the trace: sampled, its 5–10 ms got from 0 to 27 samples here.
    const walk = median(walkRuns.map((w) => w.injectedRunMs));
    compiles.ours.push(...runs.map((r) => r.compileMs));
    compiles.walk.push(...walkRuns.map((w) => w.compileMs));
    const page = await plain.newPage();
    await page.goto(url(kind, size), { timeout: 120_000 });
    const inPage = await bareWalk(page);
    const heap0 = await heapWithout(page);
    // mark.js takes seconds a page: on the page its budget is about (and on 100 KB in a full run).
    const runMark = kind === "dense" && (size === 1024 * KB || (!quick && size < 1024 * KB));
    const mark = runMark ? await markJs(page) : undefined;
    await page.close();
    longestOverall = Math.max(longestOverall, ...runs.map((r) => r.longest));
    results.set(`${kind}-${size}`, { script: ext.scriptMs, walk, ...(mark !== undefined ? { mark } : {}) });
    say(
      [
        `${kind} ${label(size)}`.padEnd(13),
        ms(ext.scriptMs).padStart(10),
        ms(walk).padStart(9),
        `${(ext.scriptMs / walk).toFixed(1)}×`.padStart(5),
        ms(inPage).padStart(7),
        ms(ext.longest).padStart(12),
        ms(ext.ready).padStart(15),
        `${((ext.heap - heap0) / 1024 / 1024).toFixed(1)} MB`.padStart(8),
        String(ext.marks).padStart(10),
        String(ext.claims).padStart(6),
        mark !== undefined ? `${ms(mark)} (${(mark / ext.scriptMs).toFixed(0)}× ours)` : "not run",
      ].join(" | "),
    );
  }
}

// A data page: thousands of rows, tens of thousands of names. Only its longest task is budgeted.
{
  const runs = [];
  for (let r = 0; r < 3; r++) runs.push(await measureExtension(withExtension, `${served.origin}/bench/table.html`));
  const ext = runs.sort((a, b) => a.scriptMs - b.scriptMs)[1] as (typeof runs)[number];
  longestOverall = Math.max(longestOverall, ...runs.map((r) => r.longest));
  say(
    `table of ${TABLE_ROWS.toLocaleString("en")} rows: ours ${ms(ext.scriptMs)}, longest task ${ms(Math.max(...runs.map((r) => r.longest)))}, ready ${ms(ext.ready)} after DCL, ${ext.marks} highlights`,
  );
}

// Sentences with claims' words and figures and dates no one can read: nothing may throw or take long.
{
  const runs = [];
  for (let r = 0; r < 3; r++)
    runs.push(await measureExtension(withExtension, `${served.origin}/bench/unreadable.html`));
  const ext = runs.sort((a, b) => a.scriptMs - b.scriptMs)[1] as (typeof runs)[number];
  longestOverall = Math.max(longestOverall, ...runs.map((r) => r.longest));
  say(
    `${UNREADABLE.toLocaleString("en")} sentences of unreadable figures: ours ${ms(ext.scriptMs)}, longest task ${ms(Math.max(...runs.map((r) => r.longest)))}, ready ${ms(ext.ready)} after DCL, ${ext.marks} highlights, ${ext.claims} claim sentences`,
  );
}

say(
  `compiling the content script as it is injected, on every page (no sample shows it: not in "ours" nor the ratios above, but in the budgets): ${ms(median(compiles.ours))}; the walk's: ${ms(median(compiles.walk))}`,
);

// Scale: the extension's own annotator, bundled and run in the page, with more and more synthetic aliases.
const bundle = await build({
  entryPoints: [join(root, "scripts/bench/page-entry.ts")],
  bundle: true,
  write: false,
  format: "iife",
  minify: true,
  loader: { ".css": "text" },
});
const code = bundle.outputFiles[0]?.text ?? "";
say("");
say(
  "scale (same 1 MB dense page, names over the whole page in one task, the counts alternated on one page, fastest run;\nthe aliases weigh on names, not on claims):",
);
// The alias counts in turns on one page, a few pages over. The work is the same every time; what varies is the garbage
// collector and the rest of the machine: the fastest run of each count is the one they disturbed least.
const extras = [0, 1000, 10000];
const times: number[][] = extras.map(() => []);
for (let p = 0; p < (quick ? 2 : 4); p++) {
  const page = await plain.newPage();
  await page.goto(url("dense", 1024 * KB));
  await page.addScriptTag({ content: code });
  const got = await page.evaluate(
    ([list, rounds]) =>
      (
        globalThis as unknown as { defenceLensBench: { compare: (e: number[], r: number) => Promise<number[][]> } }
      ).defenceLensBench.compare(list, rounds),
    [extras, quick ? 4 : 5] as [number[], number],
  );
  for (const [i, t] of got.entries()) times[i]?.push(...t);
  await page.close();
}
const scale = times.map((t) => Math.min(...t));
for (const [i, extra] of extras.entries()) {
  say(`  ${String(terms.length + extra).padStart(6)} aliases: ${ms(scale[i] as number)}`);
}

const content = readFileSync(join(extensionDir, "content-scripts/content.js"));
say("");
say(
  `content script bundle: ${(statSync(join(extensionDir, "content-scripts/content.js")).size / 1024).toFixed(1)} KB (${(gzipSync(content).length / 1024).toFixed(1)} KB gzipped)`,
);

const dense = results.get(`dense-${1024 * KB}`);
const empty = results.get(`empty-${1024 * KB}`);
if (dense && empty) {
  // Compiling is script time the page pays too: in the budgets, each side with its own.
  const [ourCompile, walkCompile] = [median(compiles.ours), median(compiles.walk)];
  const versus = (r: { script: number; walk: number }, most: number) => {
    const [ours, walk] = [r.script + ourCompile, r.walk + walkCompile];
    return { ok: ours <= most * walk, text: `${ms(ours)} against ${ms(walk)}: ${(ours / walk).toFixed(1)}×` };
  };
  const denseVersus = versus(dense, 5);
  const emptyVersus = versus(empty, 3);
  budget(`dense 1 MB: added script time, compiling included, ≤ 5× the bare walk (${denseVersus.text})`, denseVersus.ok);
  const small = results.get(`dense-${100 * KB}`);
  if (small) {
    const smallVersus = versus(small, 10);
    budget(`dense 100 KB: the same ≤ 10× (${smallVersus.text})`, smallVersus.ok);
  }
  budget(`entity-free 1 MB: the same ≤ 3× (${emptyVersus.text})`, emptyVersus.ok);
  if (dense.mark !== undefined) {
    budget(
      `mark.js mark() with the same terms ≥ 20× slower than us (${(dense.mark / dense.script).toFixed(0)}×)`,
      dense.mark >= 20 * dense.script,
    );
  }
}
budget(`no task of ours over 50 ms (longest ${ms(longestOverall)})`, longestOverall <= 50);
const [base = 1, , most = 1] = scale;
budget(`10,000 extra aliases cost ≤ 1.2× the time (${(most / base).toFixed(2)}×)`, most <= 1.2 * base);
say("");
for (const [text, ok] of budgets) say(`${ok ? "PASS" : "FAIL"}  ${text}`);
say(`${budgets.filter(([, ok]) => ok).length} passed, ${budgets.filter(([, ok]) => !ok).length} failed`);

await withExtension.close();
await baseline.close();
await plain.close();
await served.close();
process.exit(budgets.every(([, ok]) => ok) ? 0 : 1);
