// `npm run bench`: the performance figures of issue 4. Prints a table, then (last line) one JSON object.
// Timings are medians of repeated runs in this one process, after warm-up; the peak RSS comes from a child process.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { buildSync } from 'esbuild';

import { check, citationAt, coverageOf, createIncrementalChecker, loadSource, renderCoverageHtml, type SourceModel } from '../src/engine';
import { interleavedWithWriteGood, timeRetextIntensify } from './competitors';
import { briefingOfSize, MOU_PATH, rng, ROOT, sourceOfSize } from './corpus';
import { measureEditorDesigns, type Row } from './editor';
import { measureGrowth } from './growth';
import { flat, round, summarise, time, type Timing } from './measure';

const MB = 1_000_000;
const quick = process.argv.includes('--quick');
/** Only the growth section (time per character on adversarial inputs, issue 11). */
const growthOnly = process.argv.includes('--growth');


const rows: Row[] = [];
function report(row: Row): void {
	rows.push(row);
	const value = row.value === null ? 'n/a' : `${round(row.value)} ${row.unit}`;
	const verdict = row.ok === undefined ? '' : row.ok ? 'met' : 'NOT MET';
	process.stderr.write(`  … ${row.name}: ${value} ${verdict}\n`);
}

function timing(t: Timing): string {
	return `median of ${t.runs}; min ${round(t.min)}, p90 ${round(t.p90)}, max ${round(t.max)} ms`;
}

async function main(): Promise<void> {
	if (growthOnly) {
		const growth = measureGrowth(quick, report);
		printTable([]);
		process.stdout.write(`${JSON.stringify({ growth_ns_per_char: growth })}\n`);
		return;
	}
	const mou = loadSource(readFileSync(MOU_PATH, 'utf8'), 'UK–OpenAI MoU');
	const texts = new Map([10_000, 20_000, 100_000, MB, 5 * MB].map((n) => [n, flat(briefingOfSize(n))]));
	const oneMb = texts.get(MB)!;
	const full: Record<number, Timing> = {};
	for (const [size, runs] of [[10_000, 60], [20_000, 40], [100_000, 20], [MB, quick ? 5 : 11], [5 * MB, quick ? 1 : 3]] as const) {
		full[size] = time(() => check(texts.get(size)!, mou), runs, size >= 5 * MB ? 1 : 2);
		const label = size >= MB ? `${size / MB} MB` : `${size / 1000} KB`;
		// Issue 9's budget: a typical 20 KB briefing in at most 25 ms in-process.
		const target = size === 20_000 ? '≤ 25 ms' : undefined;
		report({ name: `check ${label} (${mou.clauses.length} clauses)`, value: full[size]!.median, unit: 'ms', target, ok: target === undefined ? undefined : full[size]!.median <= 25, note: timing(full[size]!) });
	}
	const sentences = check(oneMb, mou);
	report({ name: 'findings / citations in 1 MB', value: sentences.findings.length, unit: `findings, ${sentences.citations.length} citations` });

	const largeText = sourceOfSize(5000);
	const loadLarge = time(() => loadSource(largeText, 'generated'), quick ? 1 : 3, 0);
	const large = loadSource(largeText, 'generated');
	report({ name: `load a source of ${large.clauses.length} clauses (${round(largeText.length / MB)} MB)`, value: loadLarge.median, unit: 'ms', note: timing(loadLarge) });
	const checkLarge = time(() => check(oneMb, large), quick ? 1 : 5, 1);
	report({ name: `check 1 MB against ${large.clauses.length} clauses`, value: checkLarge.median, unit: 'ms', note: timing(checkLarge) });

	const incremental = timeIncremental(mou, oneMb, quick ? 40 : 120);
	report({ name: 'incremental: 1 edit in 1 MB, update() (full result)', value: incremental.update.median, unit: 'ms', target: '≤ 5 ms', ok: incremental.update.median <= 5, note: timing(incremental.update) });
	report({ name: 'incremental: 1 edit in 1 MB, apply() (changes only)', value: incremental.apply.median, unit: 'ms', note: timing(incremental.apply) });
	const hover = timeHover(sentences.citations.length > 0 ? sentences : check(oneMb, mou), oneMb.length);
	report({ name: 'hover: citationAt in 1 MB', value: hover, unit: 'ms', target: '≤ 2 ms', ok: hover <= 2 });
	const coverage = timeCoverage(mou, quick ? 3 : 11);
	report({ name: 'coverage: check a pack of 200 briefings (10 KB each)', value: coverage.check, unit: 'ms', note: 'one run: each briefing checked once' });
	report({ name: 'coverage: that pack -> HTML report (coverageOf + renderCoverageHtml)', value: coverage.html.median, unit: 'ms', target: '≤ 3,000 ms', ok: coverage.html.median <= 3000, note: `${timing(coverage.html)}; ${round(coverage.bytes / MB)} MB of HTML` });
	const lookup = timeLookup();
	report({ name: 'lookup: one fuzzy query over 10,000 clauses', value: lookup, unit: 'ms', target: '≤ 10 ms', ok: lookup === null ? undefined : lookup <= 10, note: lookup === null ? 'skipped: src/extension/lookup/rankClauses.ts not found' : 'ClauseRanker.rank, median over typical and misspelt queries' });
	const rss = peakRss(oneMb);
	report({ name: 'peak RSS, child process checking 1 MB', value: rss, unit: 'MB', target: '≤ 150 MB', ok: rss !== null && rss <= 150 });
	const bundle = bundleKb();
	report({ name: 'bundle: dist/extension.js + dist/checkWorker.js (--production)', value: bundle, unit: 'KB', target: '≤ 300 KB', ok: bundle === null ? undefined : bundle <= 300, note: bundle === null ? 'no src/extension/extension.ts to build' : undefined });
	// Issue 9: "1 MB no slower than write-good on the same text", measured interleaved in one run.
	const paired = interleavedWithWriteGood(() => check(oneMb, mou), oneMb, quick ? 3 : 9);
	report({ name: 'interleaved: Clause Lens on 1 MB', value: paired.ours.median, unit: 'ms', note: timing(paired.ours) });
	report({ name: 'interleaved: write-good on the same 1 MB', value: paired.theirs.median, unit: 'ms', note: timing(paired.theirs) });
	report({ name: 'interleaved: write-good time / Clause Lens time (median of rounds)', value: paired.ratio, unit: '×', target: '≥ 1× (no slower)', ok: paired.ratio >= 1 });
	const retext = await timeRetextIntensify(oneMb, quick ? 1 : 3);
	report({ name: 'retext + english + intensify on the same 1 MB', value: retext.median, unit: 'ms', note: timing(retext) });
	scaling(full, checkLarge.median, large.clauses.length, mou.clauses.length);
	const editor = await measureEditorDesigns(mou, texts.get(5 * MB)!, quick);
	const growth = measureGrowth(quick, report);
	printTable(editor);
	process.stdout.write(`${JSON.stringify({
		check_10kb_ms: round(full[10_000]!.median),
		check_100kb_ms: round(full[100_000]!.median),
		check_1mb_ms: round(full[MB]!.median),
		check_5mb_ms: round(full[5 * MB]!.median),
		check_1mb_large_source_ms: round(checkLarge.median),
		incremental_1mb_ms: round(incremental.update.median),
		hover_ms: round(hover),
		coverage_html_200_briefings_ms: round(coverage.html.median),
		lookup_10k_clauses_ms: lookup === null ? null : round(lookup),
		peak_rss_mb_1mb: rss === null ? null : round(rss),
		bundle_kb: bundle === null ? null : round(bundle),
		check_20kb_ms: round(full[20_000]!.median),
		interleaved_clause_lens_1mb_ms: round(paired.ours.median),
		interleaved_writegood_1mb_ms: round(paired.theirs.median),
		interleaved_writegood_ratio: round(paired.ratio),
		retext_intensify_1mb_ms: round(retext.median),
		growth_ns_per_char: growth,
	})}\n`);
}

/** Is the cost linear in the document, and how does it grow with the clauses? (ms per MB at each size.) */
function scaling(full: Record<number, Timing>, largeMs: number, largeClauses: number, clauses: number): void {
	for (const size of [10_000, 100_000, MB, 5 * MB]) {
		report({ name: `  ms per MB at ${size >= MB ? `${size / MB} MB` : `${size / 1000} KB`}`, value: full[size]!.median / (size / MB), unit: 'ms/MB' });
	}
	report({ name: `  1 MB: ${largeClauses} clauses vs ${clauses}`, value: largeMs / full[MB]!.median, unit: '× slower', note: `${round(largeClauses / clauses)}× the clauses` });
}

/** A pack of 200 distinct briefings checked once, then the median time of its coverage rendered as the HTML report. */
function timeCoverage(source: SourceModel, runs: number): { check: number; html: Timing; bytes: number } {
	const started = performance.now();
	const pack = Array.from({ length: 200 }, (_, i) => {
		const text = briefingOfSize(10_000, 100 + i);
		return { name: `briefing-${i + 1}.md`, text, ...check(text, source) };
	});
	const checked = performance.now() - started;
	let bytes = 0;
	const html = time(() => {
		bytes = renderCoverageHtml(coverageOf(source, pack)).length;
	}, runs, 1);
	return { check: checked, html, bytes };
}

/** Median time of `update` and `apply` after a one-character edit (insert or delete) at a random place. */
function timeIncremental(source: SourceModel, text: string, edits: number): { update: Timing; apply: Timing } {
	const out = { update: [] as number[], apply: [] as number[] };
	for (const method of ['update', 'apply'] as const) {
		const random = rng(11);
		const checker = createIncrementalChecker(source);
		let current = text;
		checker.update(current);
		for (let i = 0; i < edits + 5; i++) {
			const at = Math.floor(random() * current.length);
			// Text as the editor hands it over: a fresh, flat string per version.
			current = flat(i % 2 === 0 ? current.slice(0, at) + 'e' + current.slice(at) : current.slice(0, at) + current.slice(at + 1));
			const started = performance.now();
			checker[method](current);
			if (i >= 5) {
				out[method].push(performance.now() - started);
			}
		}
	}
	return { update: summarise(out.update), apply: summarise(out.apply) };
}

/** Milliseconds per `citationAt` call at random offsets (median of batches of 10,000). */
function timeHover(result: ReturnType<typeof check>, length: number): number {
	const random = rng(3);
	const offsets = Array.from({ length: 10_000 }, () => Math.floor(random() * length));
	let found = 0;
	const batch = time(() => {
		for (const offset of offsets) {
			found += citationAt(result, offset) === undefined ? 0 : 1;
		}
	}, 21, 3);
	return batch.median / offsets.length + (found < 0 ? 1 : 0);
}

/** Median ms of one fuzzy query over 10,000 clauses through the extension's ranker, or null if it is not there yet. */
function timeLookup(): number | null {
	const path = join(ROOT, 'src/extension/lookup/rankClauses.ts');
	if (!existsSync(path)) {
		return null;
	}
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const { ClauseRanker } = require(path) as typeof import('../src/extension/lookup/rankClauses');
	const clauses = loadSource(sourceOfSize(10_000), 'generated').clauses.slice(0, 10_000);
	const ranker = new ClauseRanker(clauses);
	const queries = ['growth zones', 'secruity risks', 'justice defence', 'skills workshops', 'infrastucture plan', 'hospitals in cardiff', 'legaly binding', '4.2'];
	const samples = queries.map((q) => time(() => ranker.rank(q), 15, 2).median);
	return summarise(samples).median;
}

/** jsonc-parser's `main` is a UMD build esbuild cannot follow (see esbuild.js): bundle its ES module build. */
const JSONC_ALIAS = { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' };

/** Peak resident set size (MB) of a child process that loads the MoU and checks the 1 MB text once. */
function peakRss(text: string): number | null {
	const dir = mkdtempSync(join(tmpdir(), 'clause-lens-bench-'));
	try {
		const child = join(dir, 'rssChild.js');
		buildSync({ entryPoints: [join(__dirname, 'rssChild.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: child, logLevel: 'error', alias: JSONC_ALIAS });
		writeFileSync(join(dir, 'text.md'), text);
		const r = spawnSync(process.execPath, [child, MOU_PATH, join(dir, 'text.md')], { encoding: 'utf8' });
		return r.status === 0 ? (JSON.parse(r.stdout) as { maxRssMb: number }).maxRssMb : null;
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/** Size of dist/extension.js + dist/checkWorker.js after `node esbuild.js --production` (null when there is no extension entry yet). */
function bundleKb(): number | null {
	if (!existsSync(join(ROOT, 'src/extension/extension.ts'))) {
		return null;
	}
	const r = spawnSync(process.execPath, ['esbuild.js', '--production'], { cwd: ROOT, encoding: 'utf8' });
	// What the extension loads: its bundle and the check worker's.
	const outs = ['dist/extension.js', 'dist/checkWorker.js'].map((f) => join(ROOT, f));
	return r.status === 0 && outs.every((f) => existsSync(f)) ? outs.reduce((kb, f) => kb + statSync(f).size / 1024, 0) : null;
}

function printTable(editor: readonly Row[]): void {
	const all = editor.length === 0 ? rows : [...rows, { name: 'Editor: 5 MB document, per keystroke (see bench/PERFORMANCE.md)', value: null, unit: '' }, ...editor];
	const width = Math.max(...all.map((r) => r.name.length));
	const lines = ['', `${'measure'.padEnd(width)}  ${'value'.padStart(12)}  ${'target'.padEnd(9)}  result`, '-'.repeat(width + 40)];
	for (const r of all) {
		const value = r.value === null ? (r.unit === '' ? '' : 'n/a') : `${round(r.value)} ${r.unit}`;
		const verdict = r.ok === undefined ? '' : r.ok ? 'met' : 'NOT MET';
		lines.push(`${r.name.padEnd(width)}  ${value.padStart(12)}  ${(r.target ?? '').padEnd(9)}  ${verdict}${r.note ? `  (${r.note})` : ''}`);
	}
	process.stdout.write(`${lines.join('\n')}\n\n`);
}

main().catch((error: unknown) => {
	process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
	process.exit(1);
});
