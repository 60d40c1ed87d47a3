import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

import { loadSource, loadSources, SourceError } from '../../../src/engine';

const ROOT = path.join(__dirname, '../../..');
const CLI = path.join(ROOT, 'dist/cli.js');
const MOU_TEXT = fs.readFileSync(path.join(ROOT, 'seeds/uk-openai-mou-2025-07-21.txt'), 'utf8');

/** Malformed sources and the message each must give, quickly. */
const MALFORMED: readonly { name: string; text: () => string; message: RegExp }[] = [
	{ name: 'empty', text: () => '', message: /no clauses found/ },
	{ name: 'blank', text: () => '\n\n \t \r\n', message: /no clauses found/ },
	{ name: 'binary', text: () => String.fromCharCode(...Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)), message: /binary/ },
	{ name: 'NUL bytes', text: () => `${MOU_TEXT.slice(0, 500)}\u0000\u0000${MOU_TEXT.slice(500)}`, message: /binary/ },
	{ name: 'a 50 MB text', text: () => MOU_TEXT.repeat(Math.ceil(50_000_000 / MOU_TEXT.length)), message: /too large.*limit/ },
	{ name: 'no recognisable clauses', text: () => '1234 5678\n\n---\n\n!!! ???\n\n12/12/2025\n', message: /no clauses found/ },
	{ name: 'symbols only', text: () => '§§§ ¶¶¶ ††† ‡‡‡\n'.repeat(2000), message: /no clauses found/ },
];

suite('robustness: malformed sources', () => {
	for (const { name, text, message } of MALFORMED) {
		test(`loadSource throws SourceError with a clear message, fast: ${name}`, () => {
			const source = text();
			const started = performance.now();
			assert.throws(() => loadSource(source, 'bad.txt'), (error: unknown) => {
				assert.ok(error instanceof SourceError, String(error));
				assert.match(error.message, /^bad\.txt: /);
				assert.match(error.message, message);
				assert.ok(!error.message.includes('\n'), 'one line');
				return true;
			});
			assert.ok(performance.now() - started < 2_000, `${name}: ${Math.round(performance.now() - started)} ms`);
		});
	}

	test('loadSources names the bad document among good ones', () => {
		assert.throws(() => loadSources([{ text: MOU_TEXT, name: 'mou.txt' }, { text: '', name: 'empty.md' }]), /^SourceError: empty\.md: no clauses found/);
	});
});

suite('robustness: the CLI on malformed sources (dist/cli.js)', () => {
	let dir: string;
	suiteSetup(function () {
		this.timeout(60_000);
		if (!fs.existsSync(CLI)) {
			const build = spawnSync(process.execPath, ['esbuild.js'], { cwd: ROOT, encoding: 'utf8' });
			assert.equal(build.status, 0, build.stderr);
		}
		dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clause-lens-sources-'));
		fs.writeFileSync(path.join(dir, 'briefing.md'), 'OpenAI and DSIT will collaborate to identify opportunities for AI in government.\n');
		fs.writeFileSync(path.join(dir, 'empty.txt'), '');
		fs.writeFileSync(path.join(dir, 'binary.bin'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
		fs.writeFileSync(path.join(dir, 'latin1.txt'), Buffer.from('Section 1\n\n\u2022 The Parties will co-operate.\n'.replace('\u2022', '-') + '\xe9\xe8', 'latin1'));
		fs.writeFileSync(path.join(dir, 'huge.txt'), MOU_TEXT.repeat(Math.ceil(50_000_000 / MOU_TEXT.length)));
		fs.writeFileSync(path.join(dir, 'noclauses.txt'), '1234 5678\n\n---\n\n12/12/2025\n');
	});
	suiteTeardown(() => {
		if (dir) {
			fs.rmSync(dir, { recursive: true, force: true });
		}
	});

	const cases: readonly [string, RegExp][] = [
		['empty.txt', /no clauses found/],
		['binary.bin', /binary|not UTF-8/],
		['latin1.txt', /not UTF-8/],
		['huge.txt', /too large/],
		['noclauses.txt', /no clauses found/],
		['missing.txt', /not found/],
	];
	for (const [file, message] of cases) {
		test(`exit 2 with one line: ${file}`, function () {
			this.timeout(30_000);
			const started = Date.now();
			const r = spawnSync(process.execPath, [CLI, 'check', '--source', path.join(dir, file), path.join(dir, 'briefing.md')], { encoding: 'utf8' });
			assert.equal(r.status, 2, r.stdout + r.stderr);
			assert.equal(r.stdout, '');
			assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
			assert.match(r.stderr, /^clause-lens: /);
			assert.match(r.stderr, message);
			assert.ok(Date.now() - started < 10_000, `${file}: ${Date.now() - started} ms`);
		});
	}
});
