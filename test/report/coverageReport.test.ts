// The clause coverage report (renderCoverageHtml) in headless Chromium: its structure as a browser reads it, that it
// loads nothing from outside and runs no script, that the keyboard reaches every clause's sentences, and what it
// shows for bad input. Takes media/coverage-report.png when CLAUSE_LENS_SCREENSHOTS=media (npm run screenshots),
// else into .vscode-test/screenshots. Needs the Chromium that test/integration/harness/setup.sh installs.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

import { type Browser, chromium, type Page } from 'playwright-core';

import { check, type CoverageBriefing, coverageOf, loadSource, renderCoverageHtml, type SourceModel } from '../../src/engine';

// The page's globals, for the functions evaluated in it (the project compiles without the DOM library).
declare const document: { readonly activeElement: { readonly tagName: string; readonly textContent: string | null } | null };
declare function getComputedStyle(element: unknown): { readonly borderLeftColor: string };

const ROOT = path.join(__dirname, '../..');
const CHROMIUM = process.env.CLAUSE_LENS_CHROMIUM || '/usr/bin/chromium';
const MOU = loadSource(fs.readFileSync(path.join(ROOT, 'seeds/uk-openai-mou-2025-07-21.txt'), 'utf8'), 'UK–OpenAI MoU');
const SAMPLE = fs.readFileSync(path.join(ROOT, 'examples/briefing.md'), 'utf8');
const SCREENSHOTS = process.env.CLAUSE_LENS_SCREENSHOTS === 'media' ? path.join(ROOT, 'media') : path.join(ROOT, '.vscode-test', 'screenshots');

function briefing(text: string, name: string, source: SourceModel = MOU): CoverageBriefing {
	return { name, text, ...check(text, source, { format: 'markdown' }) };
}

suite('clause coverage report in Chromium', () => {
	let browser: Browser;
	let page: Page;
	let home: string;
	/** Requests the page made (none may leave it) and the console errors it raised (a CSP violation is one). */
	let requests: string[];
	let errors: string[];

	suiteSetup(async () => {
		assert.ok(fs.existsSync(CHROMIUM), `no Chromium at ${CHROMIUM}: run test/integration/harness/setup.sh (or set CLAUSE_LENS_CHROMIUM)`);
		// Chromium writes crash reports and settings under $HOME: give it a throwaway one.
		home = fs.mkdtempSync(path.join(os.tmpdir(), 'clause-lens-report-'));
		browser = await chromium.launch({
			executablePath: CHROMIUM,
			env: { ...process.env, HOME: home, XDG_CONFIG_HOME: path.join(home, '.config'), XDG_CACHE_HOME: path.join(home, '.cache') },
			args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
		});
	});
	suiteTeardown(async () => {
		await browser?.close();
		fs.rmSync(home, { recursive: true, force: true });
	});
	setup(async () => {
		page = await browser.newPage({ viewport: { width: 900, height: 1200 }, javaScriptEnabled: false });
		requests = [];
		errors = [];
		page.on('request', (r) => requests.push(r.url()));
		page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	});
	teardown(async () => {
		await page.close();
	});

	/** Opens a report as a file, as someone opening a CI artefact would. */
	async function open(html: string, name: string): Promise<void> {
		const file = path.join(home, `${name}.html`);
		fs.writeFileSync(file, html);
		await page.goto(`file://${file}`);
	}

	test('the sample briefing: every clause marked by colour and by words, the counts, the legend and the sentences', async () => {
		await open(renderCoverageHtml(coverageOf(MOU, [briefing(SAMPLE, 'examples/briefing.md')])), 'sample');
		assert.equal(await page.locator('h1').textContent(), 'Clause coverage');
		assert.equal(await page.locator('main').count(), 1);
		assert.deepEqual(await page.locator('h2').allTextContents(), ['Summary', 'The agreement, clause by clause', 'Beyond the MoU']);
		const clauses = page.locator('article.clause');
		assert.equal(await clauses.count(), 11);
		// Each clause's status is written in its heading (a symbol and a word), not only in its colour.
		const heads = await page.locator('article.clause h4 .badge').allTextContents();
		assert.equal(heads.length, 11);
		assert.ok(heads.every((h) => /^[✗▲✓○] (Contradicted|Stated more strongly|Cited faithfully|Not mentioned)$/.test(h)), heads.join(' | '));
		assert.equal(await page.locator('#clause-2-3 h4 .badge').textContent(), '▲ Stated more strongly');
		assert.equal(await page.locator('#clause-status h4 .badge').textContent(), '✗ Contradicted');
		assert.equal(await page.locator('#clause-1-1 h4 .badge').textContent(), '○ Not mentioned');
		// The colour differs by status (the border a reader scans down).
		const border = (id: string) => page.locator(id).evaluate((e) => getComputedStyle(e).borderLeftColor);
		const colours = new Set(await Promise.all(['#clause-status', '#clause-2-3', '#clause-2-1', '#clause-1-1'].map(border)));
		assert.equal(colours.size, 4);
		// The counts table: one row for the briefing, the total, a header per status.
		const row = await page.locator('table.counts tbody tr').first().locator('td').allTextContents();
		assert.deepEqual(row.slice(0, 4), ['2', '1', '5', '3']);
		assert.equal(await page.locator('.legend li').count(), 4);
		assert.match((await page.locator('.how').textContent())!, /at least 0\.2/);
		// The sentence that overstates §2.3, with its file and line, and what was wrong.
		const use = page.locator('#clause-2-3 .use');
		assert.equal(await use.locator('.where').textContent(), 'examples/briefing.md, line 20');
		assert.match((await use.locator('q').textContent())!, /^OpenAI will deliver tailored AI skills workshops/);
		assert.match((await use.locator('.wrong').textContent())!, /overstated-commitment/);
		assert.ok(await use.isVisible(), 'a clause with a problem shows its sentences without a click');
		assert.match((await page.locator('#beyond-h + p + ol').textContent())!, /Joint Steering Group/);
		assert.deepEqual(requests.filter((u) => !u.startsWith('file://')), []);
		assert.deepEqual(errors, []);
		fs.mkdirSync(SCREENSHOTS, { recursive: true });
		// Sections 2 to 4 of the agreement: a clause of each status, and the sentences behind the problems.
		const top = await page.locator('#section-2').boundingBox();
		const last = await page.locator('#clause-4-2').boundingBox();
		await page.screenshot({ path: path.join(SCREENSHOTS, 'coverage-report.png'), fullPage: true, clip: { x: 0, y: top!.y - 12, width: 900, height: last!.y + last!.height - top!.y + 24 } });
	});

	test('keyboard: Tab reaches the skip link, the section links and each clause\'s list of sentences', async () => {
		await open(renderCoverageHtml(coverageOf(MOU, [briefing(SAMPLE, 'examples/briefing.md')])), 'keyboard');
		const focused: string[] = [];
		for (let i = 0; i < 40; i++) {
			await page.keyboard.press('Tab');
			focused.push(await page.evaluate(() => {
				const e = document.activeElement!;
				return `${e.tagName.toLowerCase()}:${(e.textContent ?? '').trim().slice(0, 30)}`;
			}));
		}
		assert.equal(focused[0], 'a:Skip to the agreement');
		assert.ok(focused.includes('a:2. Public and private sector a'), focused.join('\n'));
		assert.ok(focused.filter((f) => f.startsWith('summary:')).length >= 8, focused.join('\n'));
		// A closed list opens with Enter.
		await page.locator('#clause-2-1 summary').focus();
		assert.equal(await page.locator('#clause-2-1 .use').isVisible(), false);
		await page.keyboard.press('Enter');
		assert.equal(await page.locator('#clause-2-1 .use').isVisible(), true);
	});

	test('a pack of briefings: a row per briefing and the pack\'s total', async () => {
		const pack = [briefing(SAMPLE, 'a.md'), briefing('The MoU is voluntary and not legally binding.', 'b.md'), briefing('', 'c.md')];
		await open(renderCoverageHtml(coverageOf(MOU, pack)), 'pack');
		assert.deepEqual(await page.locator('table.counts tbody th').allTextContents(), ['a.md', 'b.md', 'c.md']);
		assert.match((await page.locator('table.counts tfoot th').textContent())!, /pack/);
		assert.match((await page.locator('.notice').textContent())!, /c\.md is empty/);
		assert.match((await page.locator('#clause-status .by').textContent())!, /1 contradicted, 1 cited faithfully/);
	});

	test('bad input: no briefing, an empty briefing, a one-clause source, 5,000 clauses; hostile names are text', async () => {
		await open(renderCoverageHtml(coverageOf(MOU, [])), 'none');
		assert.match((await page.locator('.notice').textContent())!, /No briefing was given/);
		assert.equal(await page.locator('article.clause').count(), 11);
		await open(renderCoverageHtml(coverageOf(MOU, [briefing('', 'empty.md')])), 'empty');
		assert.match((await page.locator('.notice').textContent())!, /empty\.md is empty/);
		const one = loadSource('The Parties will share data.\n', 'one.md');
		await open(renderCoverageHtml(coverageOf(one, [briefing('The Parties will share data with each other.', 'b.md', one)])), 'one');
		assert.equal(await page.locator('article.clause').count(), 1);
		assert.equal(await page.locator('nav[aria-label="Sections"]').count(), 0);
		assert.match((await page.locator('.callout').textContent())!, /no status clause/);
		const lines: string[] = [];
		for (let s = 1; s <= 500; s++) {
			lines.push(`Section ${s}: topic ${s}`, '', ...Array.from({ length: 10 }, (_, k) => `${s}.${k + 1} The Parties will review item ${s}-${k + 1} of the plan.\n`));
		}
		const big = loadSource(lines.join('\n'), 'big.md');
		await open(renderCoverageHtml(coverageOf(big, [briefing('The Parties will review item 7-3 of the plan.', 'b.md', big)])), 'big');
		assert.equal(await page.locator('article.clause').count(), 5000);
		assert.equal(await page.locator('nav[aria-label="Sections"] li').count(), 500);
		const hostile = '<img src=x onerror=alert(1)>.md';
		await open(renderCoverageHtml(coverageOf(MOU, [briefing('The MoU is a <script>alert(1)</script> binding deal.', hostile)])), 'hostile');
		assert.equal(await page.locator('img, script').count(), 0);
		assert.equal(await page.locator('table.counts tbody th').textContent(), hostile);
		assert.deepEqual(requests.filter((u) => !u.startsWith('file://')), []);
	});
});
