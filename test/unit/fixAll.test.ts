// Fix all (issue 12): the engine's one fix path (`planFixes`/`applyFixes`), and `clause-lens check --fix` writing
// briefings in place: same encoding, byte-order mark and line ends; safe against special files and links.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

import fc from 'fast-check';

import { formatFixed } from '../../src/cli/formatFinding';
import { applyFix, applyFixes, checkText, type Fix, LineIndex, planFixes, preferredFixes } from '../../src/engine';
import { MOU } from './helpers';

const ROOT = path.join(__dirname, '../..');
const CLI = path.join(ROOT, 'dist/cli.js');
const DRIFTED = fs.readFileSync(path.join(ROOT, 'test/integration/workspace/briefings/drifted-briefing.md'), 'utf8');

const DRIFTED_FINDINGS = checkText(DRIFTED, MOU, { format: 'markdown', severities: {}, ignored: new Set() }).findings;
/** The drifted briefing with every preferred fix applied, as the engine does it. */
const FIXED = applyFixes(DRIFTED, preferredFixes(DRIFTED_FINDINGS)).text;

const fix = (start: number, end: number, replacement: string, title = replacement): Fix => ({ title, span: { start, end }, replacement });

suite('the engine applies fixes together (planFixes, applyFixes)', () => {
	test('non-overlapping fixes apply as one edit, in text order whatever order they come in', () => {
		const text = 'aaa bbb ccc';
		assert.deepEqual(applyFixes(text, [fix(8, 11, 'C'), fix(0, 3, 'A')]), { text: 'A bbb C', applied: [fix(0, 3, 'A'), fix(8, 11, 'C')] });
	});

	test('an overlapping fix, a repeated fix and a second insertion at one place are left out', () => {
		const text = 'aaa bbb ccc';
		const plan = planFixes([fix(0, 5, 'X'), fix(4, 7, 'Y'), fix(0, 5, 'X'), fix(11, 11, '!'), fix(11, 11, '?'), fix(7, 7, '+')]);
		assert.deepEqual(plan.map((f) => f.replacement), ['X', '+', '!']);
		assert.equal(applyFixes(text, plan).text, 'Xbb+ ccc!');
		// A replacement that ends where an insertion starts: both, the replacement first.
		assert.equal(applyFixes('ab', [fix(1, 1, '+'), fix(0, 1, 'A')]).text, 'A+b');
		// Out of the text: left out rather than clamped.
		assert.deepEqual(planFixes([fix(5, 20, 'x'), fix(-1, 0, 'y')], 10), []);
	});

	test('applyFixes equals applying its plan one fix at a time from the end', () => {
		const arbitraryFix = fc.tuple(fc.nat(30), fc.nat(5), fc.string({ maxLength: 4 })).map(([s, n, r]) => fix(s, s + n, r));
		fc.assert(fc.property(fc.string({ minLength: 0, maxLength: 30 }), fc.array(arbitraryFix, { maxLength: 8 }), (text, fixes) => {
			const { text: all, applied } = applyFixes(text, fixes);
			const oneByOne = [...applied].reverse().reduce((t, f) => applyFix(t, f), text);
			assert.equal(all, oneByOne);
			applied.forEach((f, k) => k > 0 && assert.ok(f.span.start >= applied[k - 1]!.span.end));
		}));
	});

	test('fixing a drifted briefing with its preferred fixes leaves only what has no fix', () => {
		const options = { format: 'markdown' as const, severities: {}, ignored: new Set<string>() };
		const before = checkText(DRIFTED, MOU, options).findings;
		const { text, applied } = applyFixes(DRIFTED, preferredFixes(before));
		assert.equal(applied.length, before.filter((f) => f.fixes.length > 0).length);
		const after = checkText(text, MOU, options).findings;
		assert.deepEqual(after.map((f) => f.ruleId), before.filter((f) => f.fixes.length === 0).map((f) => f.ruleId));
	});
});

suite('clause-lens check --fix (dist/cli.js)', () => {
	let dir: string;
	const at = (...parts: string[]): string => path.join(dir, ...parts);
	const cli = (args: string[]): { code: number | null; stdout: string; stderr: string } => {
		const r = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000 });
		assert.equal(r.signal, null, 'clause-lens did not hang');
		return { code: r.status, stdout: r.stdout, stderr: r.stderr };
	};
	suiteSetup(function () {
		if (!fs.existsSync(CLI)) {
			this.skip();
		}
	});
	setup(() => {
		dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clause-lens-fix-'));
	});
	teardown(() => fs.rmSync(dir, { recursive: true, force: true }));

	test('rewrites the file, prints each fix and what is left, exits on what is left', () => {
		fs.writeFileSync(at('a.md'), DRIFTED, { mode: 0o640 });
		const r = cli(['check', '--no-config', '--fix', 'a.md']);
		assert.equal(r.code, 1, r.stderr);
		const lines = r.stdout.trim().split('\n');
		const lineIndex = new LineIndex(DRIFTED);
		assert.deepEqual(lines.slice(0, 3), DRIFTED_FINDINGS.filter((f) => f.fixes[0]).map((f) => formatFixed('a.md', lineIndex, f, f.fixes[0]!)));
		assert.deepEqual(lines.slice(0, 3).map((l) => l.split('  ')[0]), ['a.md:11:36-11:43', 'a.md:17:10-17:22', 'a.md:19:3-19:9']);
		assert.match(lines[3]!, /^a\.md:20:3-20:86 {2}warning {2}No clause of the MoU supports this.*unsupported-claim$/);
		assert.match(lines[4]!, /^1 finding \(1 warning\) in 1 file against .*; 3 fixes applied in 1 file$/);
		assert.equal(fs.readFileSync(at('a.md'), 'utf8'), FIXED);
		assert.equal(fs.statSync(at('a.md')).mode & 0o777, 0o640, 'permissions kept');
		assert.deepEqual(fs.readdirSync(dir), ['a.md'], 'no temporary file left');
		// Nothing left to fix: the file is not written again.
		const mtime = fs.statSync(at('a.md')).mtimeMs;
		assert.match(cli(['check', '--no-config', '--fix', 'a.md']).stdout, /; 0 fixes applied in 0 files$/m);
		assert.equal(fs.statSync(at('a.md')).mtimeMs, mtime);
	});

	test('keeps CRLF line ends, a UTF-8 byte-order mark, and UTF-16', () => {
		const crlf = DRIFTED.replace(/\n/g, '\r\n');
		fs.writeFileSync(at('crlf.md'), `\ufeff${crlf}`);
		fs.writeFileSync(at('le.md'), Buffer.from(`\ufeff${DRIFTED}`, 'utf16le'));
		fs.writeFileSync(at('be.md'), Buffer.from(`\ufeff${DRIFTED}`, 'utf16le').swap16());
		assert.equal(cli(['check', '--no-config', '--fix', 'crlf.md', 'le.md', 'be.md']).code, 1);
		const bytes = fs.readFileSync(at('crlf.md'));
		assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
		const text = bytes.subarray(3).toString('utf8');
		assert.ok(!/[^\r]\n/.test(text), 'CRLF only');
		assert.equal(text.replace(/\r\n/g, '\n'), FIXED);
		const le = fs.readFileSync(at('le.md'));
		assert.deepEqual([...le.subarray(0, 2)], [0xff, 0xfe]);
		assert.equal(le.subarray(2).toString('utf16le'), FIXED);
		const be = Buffer.from(fs.readFileSync(at('be.md')));
		assert.deepEqual([...be.subarray(0, 2)], [0xfe, 0xff]);
		assert.equal(be.subarray(2).swap16().toString('utf16le'), le.subarray(2).toString('utf16le'));
	});

	test('a link is followed (the file it names is fixed, the link stays); a FIFO is refused without hanging', function () {
		if (process.platform === 'win32') {
			this.skip();
		}
		fs.writeFileSync(at('real.md'), DRIFTED);
		fs.symlinkSync('real.md', at('link.md'));
		assert.equal(cli(['check', '--no-config', '--fix', 'link.md']).code, 1);
		assert.ok(fs.lstatSync(at('link.md')).isSymbolicLink());
		assert.equal(fs.readFileSync(at('real.md'), 'utf8'), FIXED);
		assert.equal(spawnSync('mkfifo', [at('pipe.md')]).status, 0);
		const r = cli(['check', '--no-config', '--fix', 'pipe.md']);
		assert.equal(r.code, 2);
		assert.match(r.stderr, /named pipe/);
	});

	test('JSON lists what was fixed; accepted findings and suppressed lines are not fixed; --fix is for check only', () => {
		fs.writeFileSync(at('a.md'), DRIFTED);
		fs.writeFileSync(at('.clause-lens.json'), JSON.stringify({ accept: [{ rule: 'binding-status', words: 'binding', clause: 'status' }] }));
		const json = JSON.parse(cli(['check', '--fix', '--format', 'json', 'a.md']).stdout);
		assert.deepEqual(json.files[0].fixed.map((f: { rule: string }) => f.rule), ['overstated-commitment', 'misquote']);
		assert.match(fs.readFileSync(at('a.md'), 'utf8'), /It is a binding agreement/);
		assert.equal(cli(['clauses', '--fix']).code, 2);
	});
});
