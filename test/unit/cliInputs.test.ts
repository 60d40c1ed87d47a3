// What the CLI (dist/cli.js, as a subprocess) reads: only regular files, at most 64 MB of them, as UTF-8 or UTF-16
// with a byte-order mark. A FIFO or a device as a briefing, a source, a project file or one of its sources must end at
// once with exit 2 and one line; each subprocess has a generous timeout that only detects a hang.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';

import { InputError, readText } from '../../src/cli/readText';
import { MAX_FILE_BYTES } from '../../src/engine';

const ROOT = path.join(__dirname, '../..');
const CLI = path.join(ROOT, 'dist/cli.js');
/** Far above the real time (well under a second): only a hang or a runaway read gets near it. */
const HANG_MS = 30_000;
const isPosix = process.platform !== 'win32';

const BRIEFING = 'Intro line.\n\n😀 The partnership will explore where it can deploy AI in justice.\n\nThe MoU is legally binding.\n';
const AGREEMENT = fs.readFileSync(path.join(ROOT, 'test/fixtures/sources/data-sharing-agreement.md'), 'utf8');

interface Run {
	code: number | null;
	stdout: string;
	stderr: string;
}

function cli(args: readonly string[], cwd: string): Run {
	const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: HANG_MS, maxBuffer: 16 * 1024 * 1024 });
	assert.equal(r.signal, null, `clause-lens ${args.join(' ')} was still running after ${HANG_MS} ms (killed by ${r.signal})`);
	return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Exit 2, nothing on stdout, exactly one line on stderr matching `message`. */
function assertRefused(r: Run, message: RegExp): void {
	assert.equal(r.code, 2, r.stdout + r.stderr);
	assert.equal(r.stdout, '');
	assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
	assert.match(r.stderr, /^clause-lens: /);
	assert.match(r.stderr.trimEnd(), message);
}

function utf16(text: string, endian: 'le' | 'be', bom = true): Buffer {
	const le = Buffer.from(`${bom ? '\ufeff' : ''}${text}`, 'utf16le');
	return endian === 'le' ? le : le.swap16();
}

suite('CLI inputs (dist/cli.js): special files, the size cap, encodings', () => {
	let dir: string;
	const at = (...parts: string[]): string => path.join(dir, ...parts);
	suiteSetup(function () {
		this.timeout(60_000);
		if (!fs.existsSync(CLI)) {
			const build = spawnSync(process.execPath, ['esbuild.js'], { cwd: ROOT, encoding: 'utf8' });
			assert.equal(build.status, 0, build.stderr);
		}
		dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clause-lens-inputs-'));
		fs.writeFileSync(at('briefing.md'), BRIEFING);
		fs.writeFileSync(at('agreement.md'), AGREEMENT);
		if (isPosix) {
			const made = spawnSync('mkfifo', [at('fifo')], { encoding: 'utf8' });
			assert.equal(made.status, 0, `mkfifo: ${made.stderr}`);
			fs.symlinkSync('/dev/zero', at('zero-link.md'));
		}
	});
	suiteTeardown(() => dir && fs.rmSync(dir, { recursive: true, force: true }));

	suite('non-regular files are refused before they are read (exit 2, one line, at once)', () => {
		setup(function () {
			if (!isPosix) {
				this.skip();
			}
		});

		test('a FIFO as a briefing, a --source, and --config', function () {
			this.timeout(4 * HANG_MS);
			assertRefused(cli(['check', '--no-config', at('fifo')], dir), /briefing '.*fifo' is a named pipe \(FIFO\), not a regular file$/);
			assertRefused(cli(['check', '--no-config', '--source', at('fifo'), at('briefing.md')], dir), /source '.*fifo' is a named pipe/);
			assertRefused(cli(['clauses', '--no-config', '--source', at('fifo')], dir), /source '.*fifo' is a named pipe/);
			assertRefused(cli(['check', '--config', at('fifo'), at('briefing.md')], dir), /config '.*fifo' is a named pipe/);
		});

		test('/dev/zero, /dev/urandom and a link to /dev/zero as a briefing or a --source', function () {
			this.timeout(5 * HANG_MS);
			assertRefused(cli(['check', '--no-config', '/dev/zero'], dir), /briefing '\/dev\/zero' is a device, not a regular file$/);
			assertRefused(cli(['check', '--no-config', '/dev/urandom'], dir), /briefing '\/dev\/urandom' is a device/);
			assertRefused(cli(['check', '--no-config', '--source', '/dev/zero', at('briefing.md')], dir), /source '\/dev\/zero' is a device/);
			assertRefused(cli(['check', '--no-config', '--source', '/dev/urandom', at('briefing.md')], dir), /source '\/dev\/urandom' is a device/);
			assertRefused(cli(['check', '--no-config', at('zero-link.md')], dir), /briefing '.*zero-link\.md' is a device/);
		});

		test('a directory, /dev/null and a socket', async () => {
			assertRefused(cli(['check', '--no-config', dir], dir), /briefing '.*' is a directory, not a regular file$/);
			assertRefused(cli(['check', '--no-config', '/dev/null'], dir), /briefing '\/dev\/null' is a device, not a regular file$/);
			const socket = at('socket.md');
			const server = net.createServer();
			await new Promise<void>((resolve) => server.listen(socket, resolve));
			try {
				assertRefused(cli(['check', '--no-config', socket], dir), /briefing '.*socket\.md' is a socket, not a regular file$/);
			} finally {
				server.close();
			}
		});

		test('the project file (.clause-lens.json) is a FIFO, or names a FIFO or a device as a source', function () {
			this.timeout(4 * HANG_MS);
			const project = fs.mkdtempSync(path.join(dir, 'project-'));
			try {
				fs.writeFileSync(path.join(project, 'briefing.md'), BRIEFING);
				assert.equal(spawnSync('mkfifo', [path.join(project, '.clause-lens.json')]).status, 0);
				assertRefused(cli(['check', 'briefing.md'], project), /config '.*\.clause-lens\.json' is a named pipe/);
				fs.rmSync(path.join(project, '.clause-lens.json'));
				assert.equal(spawnSync('mkfifo', [path.join(project, 'agreement.md')]).status, 0);
				fs.writeFileSync(path.join(project, '.clause-lens.json'), JSON.stringify({ sources: ['agreement.md'] }));
				assertRefused(cli(['check', 'briefing.md'], project), /source '.*agreement\.md' is a named pipe/);
				fs.symlinkSync('/dev/zero', path.join(project, 'zero.md'));
				fs.writeFileSync(path.join(project, '.clause-lens.json'), JSON.stringify({ sources: ['zero.md'] }));
				assertRefused(cli(['check', 'briefing.md'], project), /zero\.md/);
				fs.writeFileSync(path.join(project, '.clause-lens.json'), JSON.stringify({ sources: ['/dev/urandom'] }));
				assertRefused(cli(['check', 'briefing.md'], project), /\/dev\/urandom/);
			} finally {
				fs.rmSync(project, { recursive: true, force: true });
			}
		});
	});

	suite('the size cap', () => {
		test('a file over the cap is refused by its size, before it is read', () => {
			const file = at('sparse.md');
			fs.writeFileSync(file, '');
			fs.truncateSync(file, 64 * 1024 * 1024 + 1);
			assertRefused(cli(['check', '--no-config', file], dir), /briefing '.*sparse\.md' is too large \(the limit is 64 MB\)$/);
		});

		test('readText reads at most the cap + 1 bytes: a file that says it is empty but is not (/proc) stops there', function () {
			const file = at('capped.md');
			fs.writeFileSync(file, 'x'.repeat(1001));
			assert.throws(() => readText(file, 'briefing', 1000), (e: unknown) => e instanceof InputError && /too large \(the limit is 1000 bytes\)/.test(e.message));
			assert.equal(readText(file, 'briefing', 1001).length, 1001);
			if (!fs.existsSync('/proc/self/status') || fs.statSync('/proc/self/status').size !== 0) {
				this.skip();
			}
			assert.throws(() => readText('/proc/self/status', 'briefing', 100), /too large/);
			assert.match(readText('/proc/self/status', 'briefing'), /^Name:/);
		});
	});

	test('the README states the cap, the refusals and the encodings as they are', () => {
		const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
		const inputs = /^- \*\*Inputs\*\*: ([\s\S]*?)\n- /m.exec(readme)?.[1]?.replace(/\s+/g, ' ') ?? '';
		assert.match(inputs, new RegExp(`regular files of at most ${MAX_FILE_BYTES / 1048576} MB`));
		assert.match(inputs, /UTF-8 \(with or without a BOM\) or UTF-16 with a byte-order mark/);
		assert.match(inputs, /A FIFO, a device such as `\/dev\/zero`, a socket or a directory is refused before it is read/);
	});

	suite('encodings: UTF-8 (with or without a BOM) and UTF-16 with a BOM', () => {
		/** The text output without the file names, which differ. */
		const findingsOf = (file: string, ...args: string[]): string => {
			const r = cli(['check', '--no-config', ...args, file], dir);
			assert.equal(r.code, 1, r.stderr);
			return r.stdout.split(file).join('<file>');
		};

		test('a UTF-16 briefing (LE and BE) and a UTF-8 one with a BOM: the same findings at the same line:col', () => {
			const expected = findingsOf(at('briefing.md'));
			assert.match(expected, /^<file>:3:20-3:24 {2}warning/);
			const variants: Record<string, Buffer> = {
				'utf16le.md': utf16(BRIEFING, 'le'),
				'utf16be.md': utf16(BRIEFING, 'be'),
				'utf8bom.md': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(BRIEFING)]),
				'utf16le-crlf.md': utf16(BRIEFING.replace(/\n/g, '\r\n'), 'le'),
			};
			for (const [name, bytes] of Object.entries(variants)) {
				fs.writeFileSync(at(name), bytes);
				assert.equal(findingsOf(at(name)), expected, name);
			}
			const json = JSON.parse(cli(['check', '--no-config', '--format', 'json', at('utf16be.md')], dir).stdout);
			assert.deepEqual(json.files[0].findings[0].range, { start: { line: 2, character: 19 }, end: { line: 2, character: 23 } });
			assert.equal(json.files[0].findings[0].actual, 'will');
		});

		test('a UTF-16 source and a UTF-16 project file', () => {
			fs.writeFileSync(at('agreement-utf16.md'), utf16(AGREEMENT, 'le'));
			const clauses = (source: string): string => cli(['clauses', '--no-config', '--source', source], dir).stdout;
			assert.equal(clauses(at('agreement-utf16.md')), clauses(at('agreement.md')));
			assert.ok(clauses(at('agreement.md')).split('\n').length > 3);
			const project = fs.mkdtempSync(path.join(dir, 'utf16-project-'));
			fs.writeFileSync(path.join(project, 'briefing.md'), BRIEFING);
			fs.writeFileSync(path.join(project, '.clause-lens.json'), utf16(JSON.stringify({ severity: { 'overstated-commitment': 'off', 'binding-status': 'off' } }), 'be'));
			const r = cli(['check', 'briefing.md'], project);
			assert.equal(r.code, 0, r.stdout + r.stderr);
		});

		test('UTF-16 without a BOM, odd-length UTF-16, and binary data are refused with what they are', () => {
			const cases: [string, Buffer, RegExp][] = [
				['nobom.md', utf16(BRIEFING, 'le', false), /is UTF-16 text without a byte-order mark; save it as UTF-8, or as UTF-16 with a BOM$/],
				['odd.md', Buffer.concat([utf16(BRIEFING, 'le'), Buffer.from([0x41])]), /is not UTF-16 \(little-endian\) text$/],
				['nul16.md', utf16('a\u0000b', 'be'), /is a binary file, not text$/],
				['latin1.md', Buffer.from('caf\xe9\n', 'latin1'), /is not UTF-8 text$/],
			];
			for (const [name, bytes, message] of cases) {
				fs.writeFileSync(at(name), bytes);
				assertRefused(cli(['check', '--no-config', at(name)], dir), message);
			}
		});
	});
});
