// Drives a running code-server with headless Chromium (playwright-core) so that its workbench runs extension tests:
// the page is opened with a `payload` naming extensionDevelopmentPath and extensionTestsPath as vscode-remote:// URIs,
// which puts the extension and the mocha suite in code-server's Node extension host (real `vscode` API).
// Started by code-server-shim.sh. Exit code: 0 tests passed, 1 tests failed (codeAutomationExit(code != 0)),
// 2 timeout, 3 page crash, 4 driver error, 130 interrupted.
//
// Env: CS_URL (required), EXT_DEV_PATHS (JSON array of absolute paths), EXT_TESTS_PATH, WORKSPACE (folder to open,
//      optional), RUN_DIR (timeout screenshot goes here), CLAUSE_LENS_SCREENSHOT_DIR (screenshot requests from the
//      tests are written here), CLAUSE_LENS_CHROMIUM (default /usr/bin/chromium), CLAUSE_LENS_TEST_TIMEOUT_MS
//      (default 360000: a hang detector; the suite takes about 140 s on an idle 2-core machine), CLAUSE_LENS_DRIVER_VERBOSE=1 (echo the browser console too).
//
// Screenshots: a test logs `[clause-lens:screenshot] <name> #<request id> [{"waitFor": "<css selector>", "clip": …}]`, where
// clip is {"selectors": […], "padding": n} or a selector with "pad": n (only the box around what it matches; see
// ../suite/helpers.ts screenshot()); the extension host's console reaches this driver, which waits for the selector to be
// visible (if given: e.g. a hover that renders after its provider answered), then for the workbench to paint two more
// frames, captures the page to <name>.png.tmp and renames it to <name>.png. The test waits for that file to appear.
// Keyboard: a test logs `[clause-lens:keyboard] #<request id> {"type": "text"}` or `{"press": "Enter"}` (see
// helpers.ts keyboard()); the driver types into whatever has focus (e.g. a quick pick's input). The test waits for the
// effect (an event), not for the driver.
'use strict';
const path = require('path');
const fs = require('fs');
const util = require('util');
const { chromium } = require('playwright-core');

const csUrl = new URL(process.env.CS_URL || 'http://127.0.0.1:8080/');
const extDevs = JSON.parse(process.env.EXT_DEV_PATHS || '[]').map((p) => path.resolve(p));
const extTests = path.resolve(process.env.EXT_TESTS_PATH || '');
const workspace = process.env.WORKSPACE ? path.resolve(process.env.WORKSPACE) : '';
const runDir = process.env.RUN_DIR || '';
const screenshotDir = process.env.CLAUSE_LENS_SCREENSHOT_DIR || '';
const timeoutMs = Number(process.env.CLAUSE_LENS_TEST_TIMEOUT_MS || 360000);
const verbose = process.env.CLAUSE_LENS_DRIVER_VERBOSE === '1';
const SCREENSHOT_MARKER = /\[clause-lens:screenshot\] ([\w.-]+) #(\w+)(?: (\{.*\}))?/; // name, request id, options
const KEYBOARD_MARKER = /\[clause-lens:keyboard\] #(\w+) (\{.*\})/; // request id, action

if (extDevs.length === 0 || !process.env.EXT_TESTS_PATH) {
  console.error('[driver] EXT_DEV_PATHS and EXT_TESTS_PATH are required');
  process.exit(4);
}

// vscode-remote://<host:port>/<abs path>: resources on the code-server machine, run in its Node extension host.
const remote = (p) => `vscode-remote://${csUrl.host}${p}`;
const payload = JSON.stringify([
  ...extDevs.map((p) => ['extensionDevelopmentPath', remote(p)]),
  ['extensionTestsPath', remote(extTests)],
  ['skipWelcome', 'true'],
  ['skipReleaseNotes', 'true'],
]);

let browser;
let page;
let finished = false;
async function finish(code, why) {
  if (finished) return;
  finished = true;
  console.log(`[driver] finished: ${why} -> exit code ${code}`);
  try { if (browser) await browser.close(); } catch { /* already gone */ }
  process.exit(code);
}
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => finish(130, `got ${sig}`));

// Waits until the workbench has rendered what the extension host sent before the request (decorations, squiggles,
// hovers): two animation frames, not a fixed delay.
function painted() {
  return page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
}

// The part of the page a screenshot keeps: the union of the boxes of the first visible element of each selector, with
// `padding` pixels around it, inside the viewport (the whole page when none is visible). A README or walkthrough image
// of the hover or the picker alone is readable at the size it is shown; the full window is not.
async function clipOf({ selectors = [], padding = 12 }) {
  const boxes = [];
  for (const selector of selectors) {
    for (const handle of await page.$$(selector)) {
      const box = await handle.boundingBox();
      if (box && box.width > 0 && box.height > 0) {
        boxes.push(box);
        break;
      }
    }
  }
  if (boxes.length === 0) return undefined;
  const viewport = page.viewportSize() || { width: 1280, height: 800 };
  const x = Math.max(0, Math.min(...boxes.map((b) => b.x)) - padding);
  const y = Math.max(0, Math.min(...boxes.map((b) => b.y)) - padding);
  const right = Math.min(viewport.width, Math.max(...boxes.map((b) => b.x + b.width)) + padding);
  const bottom = Math.min(viewport.height, Math.max(...boxes.map((b) => b.y + b.height)) + padding);
  return { x, y, width: right - x, height: bottom - y };
}

// The part of the page to keep: the box around every visible element `selector` matches, `pad` pixels more on each
// side (within the page); undefined (the whole page) when nothing matches.
async function clipOfSelector(selector, pad) {
  const boxes = await page.$$eval(selector, (els) => els.map((e) => e.getBoundingClientRect()).filter((r) => r.width > 0 && r.height > 0)
    .map((r) => [r.left, r.top, r.right, r.bottom]));
  if (boxes.length === 0) {
    console.error(`[driver] clip ${selector}: nothing visible; capturing the whole page`);
    return undefined;
  }
  const size = page.viewportSize() ?? { width: 1280, height: 800 };
  const x = Math.max(0, Math.min(...boxes.map((b) => b[0])) - pad);
  const y = Math.max(0, Math.min(...boxes.map((b) => b[1])) - pad);
  const right = Math.min(size.width, Math.max(...boxes.map((b) => b[2])) + pad);
  const bottom = Math.min(size.height, Math.max(...boxes.map((b) => b[3])) + pad);
  return { x, y, width: right - x, height: bottom - y };
}

async function capture(dir, name, options = {}) {
  const file = path.join(dir, `${name}.png`);
  const tmp = `${file}.tmp`;
  try {
    fs.mkdirSync(dir, { recursive: true });
    if (options.waitFor) {
      await page.waitForSelector(options.waitFor, { state: 'visible', timeout: 10000 })
        .catch((e) => console.error(`[driver] ${name}: ${options.waitFor} not visible (${e.message}); capturing anyway`));
    }
    await painted();
    const clip = typeof options.clip === 'string' ? await clipOfSelector(options.clip, options.pad ?? 8) : options.clip ? await clipOf(options.clip) : undefined;
    await page.screenshot({ path: tmp, type: 'png', ...(clip ? { clip } : {}) });
    fs.renameSync(tmp, file); // atomic: the waiting test never sees a half-written file
    console.log(`[driver] screenshot -> ${file}`);
  } catch (e) {
    console.error(`[driver] screenshot ${name} failed: ${e.message}`);
  }
}

// A request can arrive twice (forwarded log + browser console): handle each request id once.
const seenRequests = new Set();
function maybeScreenshot(text) {
  const m = SCREENSHOT_MARKER.exec(text);
  if (!m || !screenshotDir) return;
  const key = m[0];
  if (seenRequests.has(key)) return;
  seenRequests.add(key);
  // Not awaited: never block the workbench's call into an exposed function while the page is being captured.
  void capture(screenshotDir, m[1], parseOptions(m[3]));
}

// Keystrokes run one after another, in the order the tests asked for them.
let keyboardQueue = Promise.resolve();
function maybeKeyboard(text) {
  const m = KEYBOARD_MARKER.exec(text);
  if (!m || seenRequests.has(m[0])) return;
  seenRequests.add(m[0]);
  const action = parseOptions(m[2]);
  keyboardQueue = keyboardQueue.then(async () => {
    if (typeof action.type === 'string') await page.keyboard.type(action.type, { delay: 15 });
    if (typeof action.press === 'string') await page.keyboard.press(action.press);
  }).catch((e) => console.error(`[driver] keyboard ${m[2]} failed: ${e.message}`));
}

function parseOptions(json) {
  try {
    return json ? JSON.parse(json) : {};
  } catch {
    return {};
  }
}

(async () => {
  // playwright-core starts Chromium with --headless and a fresh temporary profile (under $TMPDIR).
  browser = await chromium.launch({
    executablePath: process.env.CLAUSE_LENS_CHROMIUM || '/usr/bin/chromium',
    headless: true,
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  page = await context.newPage();

  const timer = setTimeout(async () => {
    if (runDir) await capture(runDir, 'timeout');
    await finish(2, `timeout after ${timeoutMs} ms`);
  }, timeoutMs);

  page.on('pageerror', (e) => console.error('[page error]', e.message));
  page.on('crash', () => finish(3, 'page crashed'));
  page.on('console', (msg) => {
    const text = msg.text();
    if (verbose) console.log(`[browser ${msg.type()}] ${text}`);
    maybeScreenshot(text);
    maybeKeyboard(text);
  });

  // In extension-test mode the workbench forwards the extension host's console (mocha's reporter included) to
  // window.codeAutomationLog(type, args) and reports the end of the run through window.codeAutomationExit(code)
  // (0 when the suite's run() resolved).
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const line = util.format(...(args || []));
    console.log(type === 'error' ? `[ERR] ${line}` : line);
    maybeScreenshot(line);
    maybeKeyboard(line);
  });
  await page.exposeFunction('codeAutomationExit', async (code) => {
    clearTimeout(timer);
    await finish(code === 0 ? 0 : 1, `codeAutomationExit(${code})`);
  });

  const folder = workspace ? `folder=${encodeURIComponent(workspace)}&` : 'ew=true&'; // ew=true: empty window
  const url = `${csUrl.origin}${csUrl.pathname}?${folder}payload=${encodeURIComponent(payload)}`;
  console.log(`[driver] opening ${url}`);
  await page.goto(url);
})().catch(async (e) => {
  console.error('[driver] fatal', e);
  await finish(4, 'driver error');
});
