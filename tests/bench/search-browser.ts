import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { type Browser, chromium, type Page } from '@playwright/test';
import { createStaticServer } from '@/static-export/serve';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../helpers/chromium';
import { refreshGeneratedSearchSite, writeGeneratedSearchSite } from '../search/generated-search-site';

// npm run bench:search-browser [-- --questions 10000] [-- --reuse] [-- --cold]
// The search in Chromium under Lighthouse's mobile throttling (150 ms round trip, 1.6 Mbit/s down,
// 4× CPU slowdown), on the built site (out/) and on the built pages with a generated index of
// N questions per locale. Two cases, per locale:
// - cold: a phone-sized page; right after the load event the reader taps the header's search button
//   and types the query, a key every 150 ms. Prints tap → field shown, first key → first result on screen, last key → the final first result on screen (0 when it already
//   showed), the search's bytes and requests, and its round trips (a request's round is one more
//   than that of the latest search request finished before it started);
// - warm (skipped with --cold): page loaded and idle, the reader presses "/" (or taps the button) and
//   types. Prints the time from the first keystroke to the first result on screen, and every byte
//   fetched for the search after the page's load event (search code, manifest, parts, result data:
//   on idle, on intent and on the keystrokes; payload bytes, gzip, without HTTP headers), for the
//   first query and for a further query with new words.

const { values } = parseArgs({
  options: { questions: { type: 'string', default: '10000' }, reuse: { type: 'boolean', default: false }, runs: { type: 'string', default: '3' }, cold: { type: 'boolean', default: false } },
});
const questions = Number(values.questions);
const runs = Number(values.runs);

const QUERIES: Record<string, [first: string, further: string]> = {
  'zh-CN': ['实时补丁', 'FIPS 证书 过期'],
  en: ['live patch', 'glibc version FIPS'],
};

if (!existsSync('out/en/search/manifest.json')) {
  console.error('out/ is not built: npm run build first.');
  process.exit(1);
}
const generatedDir = `tests/.output/search-bench-${questions}`;
if (!values.reuse || !existsSync(`${generatedDir}/en/search/manifest.json`)) {
  const started = performance.now();
  const { files, bytes } = await writeGeneratedSearchSite({ builtSite: 'out', dir: generatedDir, questionsPerLocale: questions });
  console.log(`Generated ${questions} questions per locale: ${files} search files, ${(bytes / 2 ** 20).toFixed(1)} MiB raw (${((performance.now() - started) / 1000).toFixed(0)} s)`);
} else {
  // The pages and search code of the latest build, with the generated index kept.
  refreshGeneratedSearchSite({ builtSite: 'out', dir: generatedDir });
}

async function serve(root: string) {
  const server = createStaticServer({ root }).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** Bytes on the wire per URL path, for requests finished after the page's load event. */
async function transferLog(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const urls = new Map<string, string>();
  const body = new Map<string, number>();
  const started = new Map<string, number>();
  const log: { path: string; bytes: number; started: number; finished: number }[] = [];
  /** Requests sent and not yet finished or failed. */
  const open = new Set<string>();
  let recording = false;
  cdp.on('Network.requestWillBeSent', (e) => {
    urls.set(e.requestId, new URL(e.request.url).pathname);
    started.set(e.requestId, e.timestamp);
    open.add(e.requestId);
  });
  cdp.on('Network.loadingFailed', (e) => open.delete(e.requestId));
  // Payload bytes as sent (gzip), without HTTP headers, as Pagefind counts its transfer. Chunks
  // sometimes report 0 encoded bytes each: then the total received less what the headers took.
  const headers = new Map<string, number>();
  cdp.on('Network.responseReceived', (e) => headers.set(e.requestId, e.response.encodedDataLength));
  cdp.on('Network.dataReceived', (e) => body.set(e.requestId, (body.get(e.requestId) ?? 0) + e.encodedDataLength));
  cdp.on('Network.loadingFinished', (e) => {
    open.delete(e.requestId);
    const path = urls.get(e.requestId) ?? '?';
    // Only what the search fetches: its code (the chunk loaded after the page) and its index files.
    if (recording && (path.includes('/search/') || path.endsWith('.js'))) {
      const bytes = body.get(e.requestId) || Math.max(0, e.encodedDataLength - (headers.get(e.requestId) ?? 0));
      log.push({ path, bytes, started: started.get(e.requestId) ?? e.timestamp, finished: e.timestamp });
    }
  });
  return { log, inFlight: () => open.size, start: () => (recording = true) };
}

const typeInto = (page: Page, text: string) =>
  page.evaluate(async (value) => {
    const input = document.querySelector<HTMLInputElement>('input[role="combobox"]')!;
    const started = performance.now();
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    setter.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    const previous = document.querySelector('[role="option"] .search-result-question')?.textContent;
    // The first result of this query on screen (not the previous query's).
    for (;;) {
      const shown = document.querySelector('[role="option"] .search-result-question');
      if (shown && (shown.textContent !== previous || value.length > 1) && document.querySelector('.search-box')?.getAttribute('data-status') === 'ready') {
        return performance.now() - started;
      }
      if (performance.now() - started > 20_000) return Number.NaN;
      await new Promise((r) => requestAnimationFrame(r));
    }
  }, text);

/**
 * Waits until the search has fetched all it will for what was typed: no request in flight, and none
 * sent for 1.5 s (under 4× CPU throttling a keystroke's fetches can start after a short idle).
 * Not Playwright's "networkidle": once a page has reached it, waiting for it returns at once.
 */
async function settle(page: Page, transfers: { log: unknown[]; inFlight: () => number }) {
  for (;;) {
    while (transfers.inFlight() > 0) await page.waitForTimeout(50);
    const before = transfers.log.length;
    await page.waitForTimeout(1500);
    if (transfers.log.length === before && transfers.inFlight() === 0) return;
  }
}

async function measure(origin: string, locale: string) {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const firstMs: number[] = [];
  const bytes = { code: 0, start: 0, manifest: 0, parts: 0, data: 0, other: 0, further: 0 };
  for (let run = 0; run < runs; run++) {
    const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
    const transfers = await transferLog(page);
    await page.goto(`${origin}/${locale}/`, { waitUntil: 'load' });
    transfers.start();
    // Idle: the warm start has fetched the search code and manifest (on a phone the box is behind
    // the header's search button until "/" opens it).
    await page.waitForSelector('.search-box[data-status="ready"]', { state: 'attached', timeout: 60_000 });
    await settle(page, transfers);
    // As a reader does: on a phone, tap the header's search button (it focuses the box); else press "/".
    const toggle = page.locator('.search-toggle');
    if (await toggle.isVisible()) await toggle.click();
    else await page.keyboard.press('/');
    const [first, further] = QUERIES[locale]!;
    const chars = [...first];
    firstMs.push(await typeInto(page, chars[0]!));
    // The rest as keystrokes (the time that matters is the first one's).
    for (const char of chars.slice(1)) await page.keyboard.insertText(char);
    await settle(page, transfers);
    const firstLog = [...transfers.log];
    const firstShown = (await page.locator('[role="option"] .search-result-question').allTextContents()).join('\n');
    // A further query with new words, typed over the first.
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.insertText(further);
    await page.waitForSelector('.search-box[data-status="ready"]', { state: 'attached' });
    // Its own results on screen, not the first query's.
    await page.waitForFunction((previous) => {
      const shown = [...document.querySelectorAll('[role="option"] .search-result-question')].map((e) => e.textContent).join('\n');
      return shown !== '' && shown !== previous;
    }, firstShown);
    await settle(page, transfers);
    if (process.env.DEBUG) {
      console.log('further:', transfers.log.slice(firstLog.length).map((t) => `${t.path} ${t.bytes}`).join(' '));
      console.log('shown:', await page.locator('[role="option"] .search-result-question').allTextContents());
      console.log('input:', await page.locator('input[role="combobox"]').first().inputValue());
    }
    if (run === 0) {
      if (process.env.DEBUG) console.log(firstLog.map((t) => `${t.path} ${t.bytes}`).join('\n'));
      for (const { path, bytes: b } of firstLog) {
        const kind = path.includes('/search/start') ? 'start' : path.includes('/search/manifest') ? 'manifest' : path.includes('/search/t-') || path.includes('/search/w-') || path.includes('/search/s-') ? 'parts' : path.includes('/search/d-') ? 'data' : path.endsWith('.js') ? 'code' : 'other';
        bytes[kind] += b;
      }
      bytes.further = transfers.log.slice(firstLog.length).reduce((sum, t) => sum + t.bytes, 0);
    }
    await page.close();
  }
  await browser.close();
  firstMs.sort((a, b) => a - b);
  return { firstMs: firstMs[Math.floor(firstMs.length / 2)]!, bytes };
}

/** Sequential round trips of a set of requests: each one's round is 1 + the latest round finished before it started. */
function roundTrips(log: { started: number; finished: number }[]): number {
  const rounds: number[] = [];
  const sorted = [...log].sort((a, b) => a.started - b.started);
  sorted.forEach((r, i) => (rounds[i] = 1 + Math.max(0, ...sorted.slice(0, i).map((o, j) => (o.finished <= r.started ? rounds[j]! : 0)))));
  return Math.max(0, ...rounds);
}

/**
 * In the page before its scripts, in epoch milliseconds (the bench's clock): when the field shows,
 * when React has taken the box over, each keystroke handled, and each change of the first result (a
 * string: the bundler would name a function's inner functions with a helper the page lacks).
 */
const RECORD_COLD_SEARCH = `(() => {
  const now = () => performance.timeOrigin + performance.now();
  const record = (window.coldSearch = { loadAt: 0, tapAt: 0, tapStamp: 0, shownAt: 0, hydratedAt: 0, keys: [], firsts: [], long: [] });
  new PerformanceObserver((list) => list.getEntries().forEach((e) => record.long.push([performance.timeOrigin + e.startTime, e.duration]))).observe({ type: 'longtask' });
  addEventListener('load', () => (record.loadAt = now()));
  addEventListener('touchstart', (e) => { record.tapAt ||= now(); record.tapStamp ||= performance.timeOrigin + e.timeStamp; }, { capture: true, passive: true });
  addEventListener('input', () => record.keys.push(now()), { capture: true });
  const poll = () => {
    const field = document.querySelector('input[role="combobox"]');
    if (!record.shownAt && field && field.offsetParent && document.activeElement === field) record.shownAt = now();
    if (!record.hydratedAt && document.querySelector('.header-search[data-hydrated]')) record.hydratedAt = now();
    const first = document.querySelector('[role="option"] .search-result-question')?.textContent ?? '';
    if (record.firsts.at(-1)?.[1] !== first) record.firsts.push([now(), first]);
    requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
})();`;
interface ColdRecord {
  loadAt: number;
  tapAt: number;
  tapStamp: number;
  shownAt: number;
  hydratedAt: number;
  keys: number[];
  firsts: [number, string][];
  /** Long tasks (start, duration): what keeps the page from answering a tap. */
  long: [number, number][];
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const KEY_INTERVAL_MS = 150;
const PHONE = { viewport: { width: 412, height: 823 }, hasTouch: true, isMobile: true };

/** Where the header's search button is on a phone (the same on every load: measured once, unthrottled). */
async function searchButtonAt(browser: Browser, url: string): Promise<{ x: number; y: number }> {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const box = (await page.locator('.search-toggle').boundingBox())!;
  await context.close();
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * The cold case: right after the load event the reader taps the search button (at its place, not
 * waiting for the page to be ready: a busy page handles the tap late, which counts) and, once the
 * field shows, types a key every 150 ms. Times are from the bench's own clock when it sends the
 * tap or key to the moment the page shows the result.
 */
async function measureCold(origin: string, locale: string) {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const url = `${origin}/${locale}/`;
  const button = await searchButtonAt(browser, url);
  const samples: { tap: number; first: number; final: number; bytes: number; requests: number; rounds: number }[] = [];
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    await page.addInitScript(RECORD_COLD_SEARCH);
    const transfers = await transferLog(page);
    await page.goto(url, { waitUntil: 'load' });
    transfers.start();
    const tapSent = Date.now();
    await page.touchscreen.tap(button.x, button.y);
    await page.waitForFunction(() => (window as unknown as { coldSearch: ColdRecord }).coldSearch.shownAt > 0, undefined, { polling: 'raf', timeout: 60_000 });
    const keysSent: number[] = [];
    const typingFrom = Date.now();
    for (const [i, char] of [...QUERIES[locale]![0]].entries()) {
      const due = typingFrom + i * KEY_INTERVAL_MS;
      if (due > Date.now()) await new Promise((r) => setTimeout(r, due - Date.now()));
      keysSent.push(Date.now());
      await page.keyboard.type(char);
    }
    await page.waitForSelector('.search-box[data-status="ready"] [role="option"]', { timeout: 60_000 });
    await settle(page, transfers);
    const record = await page.evaluate(() => (window as unknown as { coldSearch: ColdRecord }).coldSearch);
    const firstKey = keysSent[0]!;
    const lastKey = keysSent.at(-1)!;
    const firstResult = record.firsts.find(([t, text]) => t >= firstKey && text !== '')?.[0] ?? Number.NaN;
    const [finalAt, finalText] = record.firsts.at(-1)!;
    if (process.env.DEBUG) {
      const at = (t: number) => (t ? `${(t - record.loadAt).toFixed(0)}` : '-');
      console.log(
        `${locale} run ${run}: after load, tap sent ${at(tapSent)} stamped ${at(record.tapStamp)} handled ${at(record.tapAt)}, field ${at(record.shownAt)}, React ${at(record.hydratedAt)}, keys sent ${keysSent.map(at).join(' ')} handled ${record.keys.map(at).join(' ')}; long tasks ${record.long.map(([t, d]) => `${at(t)}+${d.toFixed(0)}`).join(' ')}; first results ${record.firsts.map(([t, q]) => `${at(t)} ${q.slice(0, 12)}`).join(' | ')}`,
      );
      // CDP timestamps are seconds on a clock of their own: shown in ms from the first search request.
      const t0 = Math.min(...transfers.log.map((t) => t.started));
      console.log(`  requests (ms from the first, sent with the tap): ${transfers.log.map((t) => `${t.path.split('/').pop()} ${((t.started - t0) * 1000).toFixed(0)}–${((t.finished - t0) * 1000).toFixed(0)} (${(t.bytes / 1024).toFixed(1)} KiB)`).join(', ')}`);
    }
    samples.push({
      tap: record.shownAt - tapSent,
      first: firstResult - firstKey,
      final: finalText ? Math.max(0, finalAt - lastKey) : Number.NaN,
      bytes: transfers.log.reduce((sum, t) => sum + t.bytes, 0),
      requests: transfers.log.length,
      rounds: roundTrips(transfers.log),
    });
    await context.close();
  }
  await browser.close();
  const range = (pick: (s: (typeof samples)[number]) => number) => {
    const values = samples.map(pick);
    return `${median(values).toFixed(0)} (${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)})`;
  };
  return { range, samples };
}

const sites = ([['real content', 'out'], [`${questions} / locale`, generatedDir]] as const).filter(([l]) => !process.env.ONLY || l.startsWith(process.env.ONLY));
const pageLocales = Object.keys(QUERIES).filter((l) => !process.env.LOCALE || l === process.env.LOCALE);

console.log(`\nCold: phone (412×823, touch), CPU ×4, 150 ms RTT, 1.6 Mbit/s; tap right after load, a key every 150 ms; ms median (min–max) of ${runs} page loads`);
console.log('site            locale  query         tap→field      first key→first result   last key→final first   search KiB  requests  round trips');
for (const [label, root] of sites) {
  const { server, origin } = await serve(root);
  for (const locale of pageLocales) {
    const { range, samples } = await measureCold(origin, locale);
    const last = samples.at(-1)!;
    console.log(
      `${label.padEnd(15)} ${locale.padEnd(7)} ${QUERIES[locale]![0].padEnd(13)} ${range((s) => s.tap).padEnd(14)} ${range((s) => s.first).padEnd(24)} ${range((s) => s.final).padEnd(22)} ${(median(samples.map((s) => s.bytes)) / 1024).toFixed(1).padStart(10)}  ${String(last.requests).padStart(8)}  ${String(median(samples.map((s) => s.rounds))).padStart(11)}`,
    );
  }
  server.close();
}
if (values.cold) process.exit(0);

const kib = (n: number) => (n / 1024).toFixed(1);
console.log(`\nWarm: Chromium, mobile throttling (150 ms RTT, 1.6 Mbit/s, CPU ×4); median of ${runs} page loads`);
console.log('site            locale  query         first result   first search KiB (code + start file + manifest + other parts + result data)   further query KiB');
for (const [label, root] of sites) {
  const { server, origin } = await serve(root);
  for (const locale of pageLocales) {
    const { firstMs, bytes } = await measure(origin, locale);
    const total = bytes.code + bytes.start + bytes.manifest + bytes.parts + bytes.data + bytes.other;
    console.log(
      `${label.padEnd(15)} ${locale.padEnd(7)} ${QUERIES[locale]![0].padEnd(13)} ${`${firstMs.toFixed(0)} ms`.padStart(12)}   ${kib(total).padStart(6)} (${kib(bytes.code)} + ${kib(bytes.start)} + ${kib(bytes.manifest)} + ${kib(bytes.parts)} + ${kib(bytes.data)}${bytes.other ? ` + other ${kib(bytes.other)}` : ''})`.padEnd(120) +
        `${kib(bytes.further).padStart(6)}  (${QUERIES[locale]![1]})`,
    );
  }
  server.close();
}
