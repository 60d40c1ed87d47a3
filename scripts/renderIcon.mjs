// Renders media/icon.svg (the project's own drawing) to media/icon.png at 128×128, the size the VS Code
// marketplace and the Extensions view use, with the headless Chromium the integration tests already drive.
// Run `npm run icon` after editing the SVG, then commit both files.
// Env: CLAUSE_LENS_CHROMIUM (default /usr/bin/chromium; test/integration/harness/setup.sh installs it).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

import { chromium } from 'playwright-core';

const SIZE = 128;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const svg = fs.readFileSync(path.join(root, 'media', 'icon.svg'), 'utf8');
const out = path.join(root, 'media', 'icon.png');

// Chromium writes crash reports and dconf settings under $HOME: give it a throwaway one.
const home = fs.mkdtempSync(path.join(os.tmpdir(), 'clause-lens-icon-'));
const env = { ...process.env, HOME: home, XDG_CONFIG_HOME: path.join(home, '.config'), XDG_CACHE_HOME: path.join(home, '.cache') };
const browser = await chromium.launch({
	executablePath: process.env.CLAUSE_LENS_CHROMIUM || '/usr/bin/chromium',
	env,
	args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-dev-shm-usage'],
});
try {
	const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE }, deviceScaleFactor: 1 });
	const html = `<!doctype html><html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg style="display:block;width:${SIZE}px;height:${SIZE}px" `)}</body></html>`;
	await page.setContent(html);
	// omitBackground: the rounded corners stay transparent.
	await page.screenshot({ path: out, type: 'png', omitBackground: true, clip: { x: 0, y: 0, width: SIZE, height: SIZE } });
	console.log(`[icon] ${path.relative(root, out)} (${SIZE}×${SIZE}, ${fs.statSync(out).size} bytes)`);
} finally {
	await browser.close();
	fs.rmSync(home, { recursive: true, force: true });
}
