import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { type Browser, type BrowserContext, chromium } from 'playwright-core';
import { PROBE_SCRIPT, type Probe, READ_PROBE, usableAt } from './phone-metrics';
import { spawnServer, stopServer } from './server-process';

export const PHONE_HELP = `Usage: npm run bench -- phone [--runs N]

The citizen's public survey page and the sign-in page on a phone over a regional network: the
built web app (npm run build first) served by the real server on a fresh embedded PostgreSQL with
the demo governments, opened with a cold cache in Debian Chromium (CHROMIUM_PATH, default
/usr/bin/chromium) under Lighthouse's mobile profile, applied through the DevTools protocol:
150 ms latency, 1.6 Mbps down, 750 Kbps up, the CPU 4x slower, a 412x823 touch screen.

Prints, per page, the median of the runs:
  usable    Lighthouse's Time to Interactive starting from the first form control being visible
            and enabled: the end of the last long task (> 50 ms) before 5 s with none and at most
            two requests in flight
  bytes     everything transferred until then (headers included)
  JS gzip   the JavaScript loaded before usable, each file gzipped (level 9) as it would be sent,
            whatever the server actually sent
against the targets: public page usable <= 3.0 s and initial JS <= 120 KB gzip; sign-in page
usable <= 3.8 s and the app shell's initial JS <= 200 KB gzip. Always exits 0.

Options:
  --runs N   cold loads of each page (default 3)
  --files    also list each script loaded before usable, with its gzip size (first run)
`;

const WEB_DIST = path.resolve(import.meta.dirname, '../../packages/web/dist');
const KB = 1024;
const SETTLE_TIMEOUT_MS = 60_000;

interface PageTarget {
  name: string;
  path: string;
  usableMs: number;
  jsGzipBytes: number;
}

interface Load {
  usable: number;
  bytes: number;
  jsGzip: number;
  jsWire: number;
  scripts: { url: string; gzip: number }[];
}

/** One cold load: a fresh context (empty cache and storage), the profile applied before navigating. */
async function loadOnce(browser: Browser, baseUrl: string, target: PageTarget): Promise<Load> {
  const context: BrowserContext = await browser.newContext({
    baseURL: baseUrl,
    locale: 'id-ID',
    viewport: { width: 412, height: 823 },
    deviceScaleFactor: 1.75,
    isMobile: true,
    hasTouch: true,
  });
  try {
    await context.addInitScript({ content: PROBE_SCRIPT });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const wire = new Map<string, { url: string; bytes: number }>();
    cdp.on('Network.responseReceived', (event) =>
      wire.set(event.requestId, { url: event.response.url, bytes: 0 }),
    );
    cdp.on('Network.loadingFinished', (event) => {
      const entry = wire.get(event.requestId);
      if (entry) entry.bytes = event.encodedDataLength;
    });
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 150,
      downloadThroughput: (1.6 * 1024 * 1024) / 8,
      uploadThroughput: (750 * 1024) / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(target.path, { waitUntil: 'commit' });

    const started = Date.now();
    let probe: Probe;
    let usable: number | null;
    do {
      await page.waitForTimeout(500);
      probe = (await page.evaluate(READ_PROBE)) as Probe;
      usable = usableAt(probe);
    } while (usable === null && Date.now() - started < SETTLE_TIMEOUT_MS);
    if (usable === null)
      throw new Error(`${target.name}: no usable form within ${SETTLE_TIMEOUT_MS / 1000} s`);

    const upToUsable = probe.requests.filter((r) => r.start <= usable!);
    const scripts = upToUsable.filter((r) => new URL(r.url).pathname.endsWith('.js'));
    const sized = await Promise.all(
      scripts.map(async (s) => ({ url: s.url, gzip: await gzippedSize(s.url) })),
    );
    const jsGzip = sized.reduce((sum, s) => sum + s.gzip, 0);
    const urls = new Set(scripts.map((s) => s.url));
    const entries = [...wire.values()];
    return {
      usable,
      bytes: entries.reduce((sum, e) => sum + e.bytes, 0),
      jsGzip,
      jsWire: entries.filter((e) => urls.has(e.url)).reduce((sum, e) => sum + e.bytes, 0),
      scripts: sized,
    };
  } finally {
    await context.close();
  }
}

/** A script's size gzipped at level 9: comparable before and after the server compresses. */
async function gzippedSize(url: string): Promise<number> {
  const response = await fetch(url, { headers: { 'accept-encoding': 'identity' } });
  return gzipSync(Buffer.from(await response.arrayBuffer()), { level: 9 }).length;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function verdict(measured: number, limit: number): string[] {
  return [(measured / limit).toFixed(2), measured <= limit ? 'PASS' : 'FAIL'];
}

function report(results: { target: PageTarget; loads: Load[] }[], files: boolean) {
  if (files) {
    for (const { target, loads } of results) {
      console.log(`\n${target.name}: scripts loaded before usable (gzip KB)`);
      const sorted = [...loads[0]!.scripts].sort((a, b) => b.gzip - a.gzip);
      for (const s of sorted)
        console.log(`  ${(s.gzip / KB).toFixed(1).padStart(6)}  ${new URL(s.url).pathname}`);
    }
  }
  console.log(
    `\nmachine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), node ${process.version}, ${new Date().toISOString().slice(0, 10)}, load average ${loadavg()[0]!.toFixed(1)} (times until usable grow with it: the CPU is throttled on top of what others leave)`,
  );
  const rows = [['page', 'figure', 'measured (median)', 'runs', 'limit', 'ratio', 'verdict']];
  for (const { target, loads } of results) {
    const usable = median(loads.map((l) => l.usable));
    const bytes = median(loads.map((l) => l.bytes));
    const jsGzip = median(loads.map((l) => l.jsGzip));
    const jsWire = median(loads.map((l) => l.jsWire));
    const runs = (pick: (l: Load) => number, unit: (n: number) => string) =>
      loads.map((l) => unit(pick(l))).join(' ');
    const s = (ms: number) => (ms / 1000).toFixed(2);
    const kb = (b: number) => (b / KB).toFixed(0);
    rows.push(
      [
        target.name,
        'usable',
        `${s(usable)} s`,
        runs((l) => l.usable, s),
        `<= ${s(target.usableMs)} s`,
        ...verdict(usable, target.usableMs),
      ],
      [
        target.name,
        'initial JS gzip',
        `${kb(jsGzip)} KB (${loads[0]!.scripts.length} files)`,
        runs((l) => l.jsGzip, kb),
        `<= ${kb(target.jsGzipBytes)} KB`,
        ...verdict(jsGzip, target.jsGzipBytes),
      ],
      [target.name, 'JS on the wire', `${kb(jsWire)} KB`, runs((l) => l.jsWire, kb), '', '', ''],
      [target.name, 'bytes transferred', `${kb(bytes)} KB`, runs((l) => l.bytes, kb), '', '', ''],
    );
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const row of rows) console.log(`| ${row.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`);
}

export async function runPhoneBench(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { runs: { type: 'string', default: '3' }, files: { type: 'boolean', default: false } },
  });
  const runs = Math.max(1, Number(values.runs) || 3);
  if (!existsSync(path.join(WEB_DIST, 'index.html'))) {
    console.error('No built web app in packages/web/dist: run `npm run build` first.');
    process.exitCode = 1;
    return;
  }
  console.log('starting the server on a fresh embedded PostgreSQL with the demo governments…');
  const server = await spawnServer(path.join(import.meta.dirname, 'phone-server.ts'), {});
  let browser: Browser | undefined;
  try {
    const { port, publicCode } = JSON.parse(server.line) as { port: number; publicCode: string | null };
    if (!publicCode) throw new Error('the demo data holds no open public survey wave');
    const baseUrl = `http://127.0.0.1:${port}`;
    const targets: PageTarget[] = [
      { name: 'public survey', path: `/s/${publicCode}`, usableMs: 3_000, jsGzipBytes: 120 * KB },
      { name: 'sign-in', path: '/login', usableMs: 3_800, jsGzipBytes: 200 * KB },
    ];
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--no-first-run',
      ],
    });
    const results = [];
    for (const target of targets) {
      const loads: Load[] = [];
      for (let i = 0; i < runs; i++) {
        loads.push(await loadOnce(browser, baseUrl, target));
        console.log(`${target.name} ${i + 1}/${runs}: usable ${(loads.at(-1)!.usable / 1000).toFixed(2)} s`);
      }
      results.push({ target, loads });
    }
    report(results, values.files);
  } finally {
    await browser?.close();
    await stopServer(server.child);
  }
}
