// What the CLI (dist/cli.js, as a subprocess) prints, whatever its inputs are called: one line per finding even when
// a file name holds a newline, no line a CI runner would take as a workflow command (`::error …`, `##[error]`), no
// raw escape characters; and a reader that stops early (`| head -1`) ends it quietly.
import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

import { displayPath, jsonText, printable } from '../../src/cli/printable';

const ROOT = path.join(__dirname, '../..');
const CLI = path.join(ROOT, 'dist/cli.js');
const HANG_MS = 30_000;
const isPosix = process.platform !== 'win32';

const BAD = 'The partnership will explore where it can deploy AI in justice.\n\nThe MoU is legally binding.\n';
/** Names a hostile repository could give its briefings (and that a CI job's `*.md` would pass on). */
const NAMES = [
	'x\n::error file=a.md,line=1::injected.md',
	'y\r::warning::carriage.md',
	'esc\u001b[31mred\u001b[0m\u001b]0;title\u0007.md',
	'::error::leading.md',
	' ##[error]legacy.md',
	'sep\u2028::error::separator.md',
	'c1\u009b31m.md',
];
const COMMAND_RE = /^\s*(?:::|##\[)/;
/** Every control character but the line feed that ends each line, and the Unicode line separators. */
const RAW_CONTROL_RE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/;

function cli(args: readonly string[], cwd: string): { code: number | null; stdout: string; stderr: string } {
	const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: HANG_MS });
	assert.equal(r.signal, null, `still running after ${HANG_MS} ms`);
	return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** No output line is a workflow command and no raw control character is printed. */
function assertSafe(output: string, what: string): void {
	for (const line of output.split('\n')) {
		assert.doesNotMatch(line, COMMAND_RE, `${what}: a line reads as a workflow command: ${JSON.stringify(line)}`);
	}
	const raw = RAW_CONTROL_RE.exec(output);
	assert.equal(raw, null, `${what}: a raw control character in …${JSON.stringify(output.slice(Math.max(0, (raw?.index ?? 0) - 60), (raw?.index ?? 0) + 20))}`);
}

suite('CLI output (dist/cli.js)', () => {
	let dir: string;
	suiteSetup(function () {
		this.timeout(60_000);
		if (!fs.existsSync(CLI)) {
			const build = spawnSync(process.execPath, ['esbuild.js'], { cwd: ROOT, encoding: 'utf8' });
			assert.equal(build.status, 0, build.stderr);
		}
		dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clause-lens-output-'));
	});
	suiteTeardown(() => dir && fs.rmSync(dir, { recursive: true, force: true }));

	suite('file names are escaped', () => {
		setup(function () {
			if (!isPosix) {
				this.skip(); // Windows file names cannot hold most of these characters.
			}
		});

		test('text: one line per finding, the name escaped, no workflow command, no raw escape', function () {
			this.timeout(4 * HANG_MS);
			NAMES.forEach((name) => fs.writeFileSync(path.join(dir, name), BAD));
			const r = cli(['check', '--no-config', ...NAMES], dir);
			assert.equal(r.code, 1, r.stderr);
			assertSafe(r.stdout, 'stdout');
			const lines = r.stdout.trimEnd().split('\n');
			assert.equal(lines.length, 2 * NAMES.length + 1, r.stdout);
			assert.ok(lines.includes('x\\n::error file=a.md,line=1::injected.md:1:17-1:21  warning  `will explore` (political intent) is stronger than MoU §2.2, which says `may include` (possibility).  overstated-commitment'), r.stdout);
			assert.ok(lines.some((l) => l.startsWith('esc\\x1b[31mred\\x1b[0m\\x1b]0;title\\x07.md:1:17')), r.stdout);
			assert.ok(lines.some((l) => l.startsWith('./::error::leading.md:1:17')), r.stdout);
			assert.ok(lines.some((l) => l.startsWith('./ ##[error]legacy.md:3:')), r.stdout);
			assert.ok(lines.some((l) => l.startsWith('sep\\u2028::error::separator.md:1:17')), r.stdout);
		});

		test('JSON and SARIF: valid, the names intact inside, no raw control characters', function () {
			this.timeout(4 * HANG_MS);
			NAMES.forEach((name) => fs.writeFileSync(path.join(dir, name), BAD));
			const json = cli(['check', '--no-config', '--format', 'json', ...NAMES], dir);
			assertSafe(json.stdout, 'json');
			assert.deepEqual(JSON.parse(json.stdout).files.map((f: { path: string }) => f.path), NAMES);
			const sarif = cli(['check', '--no-config', '--format', 'sarif', ...NAMES], dir);
			assertSafe(sarif.stdout, 'sarif');
			const uris = JSON.parse(sarif.stdout).runs[0].artifacts.map((a: { location: { uri: string } }) => decodeURIComponent(a.location.uri));
			assert.deepEqual(uris, NAMES);
		});

		test('a source, a project file and a missing briefing named like that: stderr and the summary line are escaped', function () {
			this.timeout(5 * HANG_MS);
			const source = 'agreement\n::error::source.md';
			fs.copyFileSync(path.join(ROOT, 'test/fixtures/sources/data-sharing-agreement.md'), path.join(dir, source));
			fs.writeFileSync(path.join(dir, 'plain.md'), BAD);
			const checked = cli(['check', '--no-config', '--source', source, 'plain.md'], dir);
			assertSafe(checked.stdout + checked.stderr, 'check --source');
			assert.match(checked.stdout, /against agreement\\n::error::source\.md\n$/);
			const clauses = cli(['clauses', '--no-config', '--source', source], dir);
			assertSafe(clauses.stdout + clauses.stderr, 'clauses --source');
			const missing = cli(['check', '--no-config', 'gone\n::error::missing.md'], dir);
			assert.equal(missing.code, 2);
			assertSafe(missing.stderr, 'missing file');
			assert.equal(missing.stderr, "clause-lens: briefing 'gone\\n::error::missing.md' not found\n");
			const config = 'bad\u001b[2J\n::error::config.json';
			fs.writeFileSync(path.join(dir, config), '{ "severity": { "no-such-rule": "off" } }');
			const warned = cli(['check', '--config', config, 'plain.md'], dir);
			assert.ok(warned.stderr.length > 0, 'a warning about the unknown rule');
			assertSafe(warned.stdout + warned.stderr, 'config warnings');
			fs.writeFileSync(path.join(dir, config), '{');
			assertSafe(cli(['check', '--config', config, 'plain.md'], dir).stderr, 'config error');
		});
	});

	suite('a reader that stops early (EPIPE) ends the CLI quietly', () => {
		/** A source of 3,000 clauses and a briefing with 3,000 findings: far more output than a pipe buffers. */
		let bigSource: string;
		let manyFindings: string;
		suiteSetup(() => {
			bigSource = path.join(dir, 'big-source.md');
			manyFindings = path.join(dir, 'many-findings.md');
			const items = Array.from({ length: 3000 }, (_, i) => i + 1);
			fs.writeFileSync(bigSource, `Agreement\n\n${items.map((i) => `${i}. The Parties will cooperate on matter number ${i} of this agreement.`).join('\n\n')}\n`);
			fs.writeFileSync(manyFindings, items.map((i) => `The partnership will explore where it can deploy AI in justice, item ${i}.`).join('\n\n'));
		});

		/** Runs the CLI, reads its first chunk of output, closes the pipe as `head -1` does, and waits for it to end. */
		function readFirstChunk(args: readonly string[]): Promise<{ code: number | null; signal: string | null; first: string; stderr: string }> {
			return new Promise((resolve, reject) => {
				const child = spawn(process.execPath, [CLI, ...args], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
				const timer = setTimeout(() => child.kill(), HANG_MS);
				let first = '';
				let stderr = '';
				child.stdout.once('data', (chunk: Buffer) => {
					first = chunk.toString('utf8');
					child.stdout.destroy();
				});
				child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
				child.on('error', reject);
				child.on('close', (code, signal) => {
					clearTimeout(timer);
					resolve({ code, signal, first, stderr });
				});
			});
		}

		test('clauses and check (text and JSON): no stack trace, the usual exit code', async function () {
			this.timeout(4 * HANG_MS);
			const runs: [string[], number][] = [
				[['clauses', '--no-config', '--source', bigSource], 0],
				[['clauses', '--no-config', '--format', 'json', '--source', bigSource], 0],
				[['check', '--no-config', manyFindings], 1],
				[['check', '--no-config', '--format', 'json', manyFindings], 1],
			];
			for (const [args, code] of runs) {
				const r = await readFirstChunk(args);
				assert.equal(r.signal, null, `${args.join(' ')}: killed by ${r.signal}`);
				assert.ok(r.first.length > 0, 'some output came first');
				assert.equal(r.stderr, '', `${args.join(' ')}: ${r.stderr}`);
				assert.equal(r.code, code, args.join(' '));
			}
		});

		test('in a shell pipeline: `clause-lens clauses | head -1` and `check … 2>&1 | head -1`', function () {
			this.timeout(4 * HANG_MS);
			if (!isPosix || spawnSync('bash', ['-c', 'true']).status !== 0) {
				this.skip();
			}
			const pipelines: [string, string[], number][] = [
				['"$@" | head -1', ['clauses', '--no-config', '--source', bigSource], 0],
				['"$@" | head -1', ['clauses', '--no-config'], 0],
				['"$@" | head -1', ['check', '--no-config', manyFindings], 1],
				['"$@" 2>&1 | head -1', ['check', '--no-config', manyFindings], 1],
			];
			for (const [pipeline, args, code] of pipelines) {
				const script = `${pipeline}; exit "\${PIPESTATUS[0]}"`;
				const r = spawnSync('bash', ['-c', script, 'bash', process.execPath, CLI, ...args], { cwd: dir, encoding: 'utf8', timeout: HANG_MS });
				assert.equal(r.signal, null, `${pipeline}: killed by ${r.signal}`);
				assert.equal(r.stdout.split('\n').length, 2, r.stdout);
				assert.equal(r.stderr, '', `${pipeline} ${args.join(' ')}: ${r.stderr}`);
				assert.equal(r.status, code, `${pipeline} ${args.join(' ')}`);
			}
		});
	});

	test('printable, displayPath and jsonText', () => {
		assert.equal(printable('a\nb\rc\td\u001be\u007ff\u009bg\u2028h\u202ei'), 'a\\nb\\rc\\td\\x1be\\x7ff\\x9bg\\u2028h\\u202ei');
		assert.equal(printable('plain – text “quoted” 😀'), 'plain – text “quoted” 😀');
		assert.equal(displayPath('::error::x'), './::error::x');
		assert.equal(displayPath('\t::x'), '\\t::x');
		assert.equal(displayPath('docs/::error::x'), 'docs/::error::x');
		const value = { s: 'a\u009bb\u2028c\u202ed\n' };
		assert.deepEqual(JSON.parse(jsonText(value)), value);
		assert.doesNotMatch(jsonText(value), RAW_CONTROL_RE);
	});
});
