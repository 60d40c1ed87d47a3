// `clause-lens coverage` (dist/cli.js as a subprocess): text in source order, the JSON documented in the README,
// the HTML page, and the exit codes of `check`.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '../..');
const CLI = path.join(ROOT, 'dist/cli.js');
const SAMPLE = path.join(ROOT, 'examples/briefing.md');
const CLEAN = path.join(ROOT, 'examples/briefing-clean.md');

function cli(args: string[], cwd = ROOT): { code: number; stdout: string; stderr: string } {
	const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
	return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

suite('CLI coverage', () => {
	let dir: string;
	suiteSetup(function () {
		if (!fs.existsSync(CLI)) {
			this.skip();
		}
		dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clause-lens-coverage-'));
		fs.writeFileSync(path.join(dir, 'empty.md'), '');
		fs.writeFileSync(path.join(dir, 'faithful.md'), 'The MoU is voluntary and not legally binding.\n');
		fs.writeFileSync(path.join(dir, '<b>&.md'), 'The MoU is a <b>legally binding</b> contract & more.\n');
	});
	suiteTeardown(() => {
		if (dir) {
			fs.rmSync(dir, { recursive: true, force: true });
		}
	});

	test('text: one line per clause in source order, the sentences that use it with line numbers, exit 1 on warnings', () => {
		const r = cli(['coverage', 'examples/briefing.md']);
		assert.equal(r.code, 1, r.stderr);
		const lines = r.stdout.trim().split('\n');
		assert.match(lines[0]!, /^Clause coverage of UK–OpenAI Memorandum of Understanding .* by 1 briefing \(a sentence cites a clause when its alignment score is at least 0\.2\)$/);
		const ids = lines.flatMap((l) => /^(\S+) +(?:contradicted|stated more strongly|cited faithfully|not mentioned) {2}/.exec(l)?.[1] ?? []);
		assert.deepEqual(ids, ['intro', '1.1', '1.2', '2.1', '2.2', '2.3', '3.1', '3.2', '4.1', '4.2', 'status']);
		assert.match(r.stdout, /^2\.3 +stated more strongly +\[2 public and private sector adoption\]/m);
		assert.match(r.stdout, /^ +examples\/briefing\.md:20 +overstated-commitment: `will deliver`/m);
		assert.match(r.stdout, /^status +contradicted .*\(status clause\)$/m);
		assert.match(r.stdout, /^1\.1 +not mentioned /m);
		assert.match(r.stdout, /^beyond the MoU: examples\/briefing\.md:26 +unsupported-claim/m);
		assert.match(lines.at(-1)!, /^2 contradicted, 1 stated more strongly, 5 cited faithfully, 3 not mentioned; status clause: contradicted \(11 clauses\)$/);
	});

	test('exit 0 when no briefing has a warning; a pack gets a line per briefing and one for the pack', () => {
		const clean = cli(['coverage', path.join(dir, 'faithful.md')]);
		assert.equal(clean.code, 0, clean.stdout + clean.stderr);
		const pack = cli(['coverage', path.join(dir, 'faithful.md'), path.join(dir, 'empty.md')]);
		assert.equal(pack.code, 0);
		assert.match(pack.stdout, /faithful\.md: 1 cited faithfully, 10 not mentioned; status clause: cited faithfully$/m);
		assert.match(pack.stdout, /empty\.md: empty; 11 not mentioned; status clause: not mentioned$/m);
		assert.match(pack.stdout, /^pack: 1 cited faithfully, 10 not mentioned; status clause: cited faithfully \(11 clauses\)$/m);
		assert.match(pack.stdout, /^status +cited faithfully .*\(status clause; .*faithful\.md: cited faithfully; .*empty\.md: not mentioned\)$/m);
	});

	test('JSON has the documented shape', () => {
		const r = cli(['coverage', '--format', 'json', SAMPLE, CLEAN]);
		assert.equal(r.code, 1);
		const json = JSON.parse(r.stdout);
		assert.deepEqual(Object.keys(json), ['source', 'threshold', 'labels', 'counts', 'statusClause', 'briefings', 'sections', 'clauses']);
		assert.deepEqual(json.source, { name: 'UK–OpenAI Memorandum of Understanding (21 July 2025)', clauses: 11, status: 'not-binding' });
		assert.equal(json.threshold, 0.2);
		assert.deepEqual(json.statusClause, { clauses: ['status'], status: 'contradicted' });
		assert.deepEqual(json.briefings.map((b: { statusClause: string }) => b.statusClause), ['contradicted', 'cited']);
		assert.equal(json.briefings[0].unattributed[0].rule, 'unsupported-claim');
		assert.deepEqual(json.sections.map((s: { section: string }) => s.section), ['', '1', '2', '3', '4', '']);
		const c23 = json.clauses.find((c: { id: string }) => c.id === '2.3');
		assert.equal(c23.status, 'overstated');
		assert.equal(c23.briefings.length, 2);
		const use = c23.uses.find((u: { briefing: number }) => u.briefing === 0);
		assert.equal(use.path, SAMPLE);
		assert.equal(use.range.start.line, 19);
		assert.equal(use.findings[0].rule, 'overstated-commitment');
		const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
		assert.equal(sum(json.counts), 11);
		assert.ok(json.briefings.every((b: { counts: Record<string, number> }) => sum(b.counts) === 11));
	});

	test('HTML is one self-contained page with every name escaped', () => {
		const r = cli(['coverage', '--format', 'html', SAMPLE, path.join(dir, '<b>&.md')]);
		assert.equal(r.code, 1);
		const html = r.stdout;
		assert.match(html, /^<!DOCTYPE html>/);
		assert.doesNotMatch(html, /<script|<link|src=|url\(/i);
		assert.match(html, /Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"/);
		assert.ok(html.includes('&lt;b&gt;&amp;.md'));
		assert.ok(!html.includes('<b>'));
		assert.equal((html.match(/<article class="clause /g) ?? []).length, 11);
	});

	test('usage and input errors: exit 2 with one line', () => {
		const cases: [string[], RegExp][] = [
			[['coverage'], /coverage needs at least one FILE/],
			[['coverage', '--format', 'sarif', SAMPLE], /--format sarif is for 'check'/],
			[['check', '--format', 'html', SAMPLE], /--format html is for 'coverage'/],
			[['clauses', '--format', 'html'], /--format html is not for 'clauses'/],
			[['coverage', path.join(dir, 'nope.md')], /briefing '.*nope\.md' not found/],
			[['coverage', '--source', path.join(dir, 'empty.md'), SAMPLE], /no clauses found/],
		];
		for (const [args, message] of cases) {
			const r = cli(args);
			assert.equal(r.code, 2, `${args.join(' ')}: ${r.stdout}`);
			assert.match(r.stderr, message);
			assert.equal(r.stderr.trim().split('\n').length, 1);
		}
	});

	test('--source: coverage of another agreement', () => {
		const r = cli(['coverage', '--format', 'json', '--source', 'test/fixtures/sources/data-sharing-agreement.md', path.join(dir, 'faithful.md')]);
		assert.ok(r.code === 0 || r.code === 1, r.stderr);
		const json = JSON.parse(r.stdout);
		assert.equal(json.source.clauses, 13);
		assert.deepEqual(json.statusClause.clauses, ['status']);
	});
});
