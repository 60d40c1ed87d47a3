// Line ends as VS Code counts them: `\r\n`, `\n` and a lone `\r` (old Mac files) each end a line. The engine's
// analysis, its LineIndex (the CLI's line:col, JSON and SARIF positions, the extension's source locations) and the
// suppression comments must all agree with that.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

import { check, filterSuppressed, findSuppressions, LineIndex, type Position } from '../../src/engine';
import { MOU } from './helpers';

const ROOT = path.join(__dirname, '../..');
const CLI = path.join(ROOT, 'dist/cli.js');

/** VS Code's rule, written the slow and obvious way: split at every line break, then clamp into the line. */
function vscodePositionAt(text: string, offset: number): Position {
	const lines = text.split(/\r\n|\r|\n/);
	let start = 0;
	const at = Math.max(0, Math.min(offset, text.length));
	for (let line = 0; line < lines.length; line++) {
		const length = lines[line]!.length;
		const breakLength = text.startsWith('\r\n', start + length) ? 2 : line < lines.length - 1 ? 1 : 0;
		if (at < start + length + breakLength || line === lines.length - 1) {
			return { line, character: Math.min(at - start, length) };
		}
		start += length + breakLength;
	}
	throw new Error('unreachable');
}

const LF = 'Intro line.\n\nThe partnership will explore where it can deploy AI in justice.\n\n# Heading\n\nThe MoU is legally binding.\n';
const VARIANTS: Record<string, string> = {
	'CR only': LF.replace(/\n/g, '\r'),
	CRLF: LF.replace(/\n/g, '\r\n'),
	mixed: LF.replace(/\n/g, (_m, at: number) => ['\r', '\r\n', '\n'][at % 3]!),
};

suite('line ends: \\r\\n, \\n and a lone \\r all end a line', () => {
	test('LineIndex gives the positions VS Code gives, at every offset (CR only, CRLF, mixed, edge cases)', () => {
		const texts = [...Object.values(VARIANTS), '', '\r', '\n', '\r\n', '\r\r\n\n\r', 'a\rb\r\nc\nd', 'a\r', '\r\na', '😀\r😀'];
		for (const text of texts) {
			const lines = new LineIndex(text);
			for (let offset = -2; offset <= text.length + 2; offset++) {
				assert.deepEqual(lines.positionAt(offset), vscodePositionAt(text, offset), `${JSON.stringify(text)} @ ${offset}`);
			}
		}
	});

	test('a CR-only text is analysed like its LF version: the same findings at the same offsets', () => {
		for (const [name, text] of Object.entries(VARIANTS)) {
			for (const format of ['markdown', 'plaintext'] as const) {
				const found = check(text, MOU, { format }).findings.map((f) => `${f.ruleId} ${JSON.stringify(new LineIndex(text).positionAt(f.span.start))} ${f.actual}`);
				const expected = check(LF, MOU, { format }).findings.map((f) => `${f.ruleId} ${JSON.stringify(new LineIndex(LF).positionAt(f.span.start))} ${f.actual}`);
				assert.deepEqual(found, expected, `${name}, ${format}`);
			}
		}
		const cr = VARIANTS['CR only']!;
		assert.deepEqual(check(cr, MOU).findings.map((f) => f.span), check(LF, MOU).findings.map((f) => f.span));
	});

	test('markdown structure across lone CRs: a heading, a list, a fence, front matter', () => {
		const lf = '---\ntitle: x\n---\n# The MoU is legally binding\n\n- The partnership will explore where it can deploy AI in justice.\n\n```\nThe MoU is a contract.\n```\n';
		const spans = (text: string): unknown => check(text, MOU, { format: 'markdown' }).findings.map((f) => [f.ruleId, f.span]);
		assert.deepEqual(spans(lf.replace(/\n/g, '\r')), spans(lf));
	});

	test('disable-next-line suppresses the next line when lines end with a lone CR', () => {
		const text = 'A will deliver.\r<!-- clause-lens-disable-next-line -->\rB will ensure.\rC will guarantee.';
		const findings = ['will deliver', 'will ensure', 'will guarantee'].map((actual) => ({ ruleId: 'overstated-commitment', span: { start: text.indexOf(actual), end: text.indexOf(actual) + actual.length }, actual }));
		assert.deepEqual(filterSuppressed(findings, findSuppressions(text)).map((f) => f.actual), ['will deliver', 'will guarantee']);
	});

	suite('the CLI (dist/cli.js): line:col, JSON ranges and SARIF regions', () => {
		let dir: string;
		suiteSetup(function () {
			this.timeout(60_000);
			if (!fs.existsSync(CLI)) {
				const build = spawnSync(process.execPath, ['esbuild.js'], { cwd: ROOT, encoding: 'utf8' });
				assert.equal(build.status, 0, build.stderr);
			}
			dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clause-lens-line-ends-'));
		});
		suiteTeardown(() => dir && fs.rmSync(dir, { recursive: true, force: true }));

		const run = (name: string, text: string, format: string): string => {
			fs.writeFileSync(path.join(dir, name), text);
			const r = spawnSync(process.execPath, [CLI, 'check', '--no-config', '--format', format, name], { cwd: dir, encoding: 'utf8' });
			assert.equal(r.status, 1, r.stderr);
			return r.stdout;
		};

		test('text output: the same line:col as the LF file', () => {
			const expected = run('lf.md', LF, 'text').replace(/lf\.md/g, 'x.md');
			assert.match(expected, /^x\.md:3:17-3:21 {2}warning/);
			for (const [name, text] of Object.entries(VARIANTS)) {
				assert.equal(run(`${name}.md`, text, 'text').split(`${name}.md`).join('x.md'), expected, name);
			}
		});

		test('JSON ranges and SARIF regions: the same lines and columns as the LF file', () => {
			const ranges = (name: string, text: string): unknown => JSON.parse(run(name, text, 'json')).files[0].findings.map((f: { range: unknown }) => f.range);
			const regions = (name: string, text: string): unknown =>
				JSON.parse(run(name, text, 'sarif')).runs[0].results.map((r: { locations: { physicalLocation: { region: Record<string, unknown> } }[] }) => {
					const { snippet: _snippet, ...region } = r.locations[0]!.physicalLocation.region;
					return region;
				});
			for (const [name, text] of Object.entries(VARIANTS)) {
				assert.deepEqual(ranges(`${name}.md`, text), ranges('lf.md', LF), `${name} JSON`);
				assert.deepEqual(regions(`${name}.md`, text), regions('lf.md', LF), `${name} SARIF`);
			}
		});
	});
});
