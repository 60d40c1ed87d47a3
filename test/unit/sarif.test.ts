// `clause-lens check --format sarif` (dist/cli.js as a subprocess): valid against the SARIF 2.1.0 schema, the same
// findings and positions as the text output, UTF-16 columns, relative URIs, fixes that apply, the same exit codes.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

import Ajv from 'ajv';
import addFormats from 'ajv-formats';

import { RULE_IDS } from '../../src/engine';

const ROOT = path.join(__dirname, '../..');
const CLI = path.join(ROOT, 'dist/cli.js');
const SCHEMA = path.join(ROOT, 'test/fixtures/sarif/sarif-schema-2.1.0.json');

interface Region { startLine: number; startColumn: number; endLine: number; endColumn: number; snippet?: { text: string } }
interface Location { uri: string; uriBaseId?: string; index?: number }
interface Result {
	ruleId: string;
	ruleIndex: number;
	level: string;
	message: { text: string };
	locations: { physicalLocation: { artifactLocation: Location; region: Region } }[];
	fixes: { description: { text: string }; artifactChanges: { artifactLocation: Location; replacements: { deletedRegion: Region; insertedContent: { text: string } }[] }[] }[];
}

function cli(args: string[], cwd: string): { code: number; stdout: string; stderr: string } {
	const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
	return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** The UTF-16 offset of a 1-based SARIF line and column. */
function offsetOf(text: string, line: number, column: number): number {
	let start = 0;
	for (let l = 1; l < line; l++) {
		start = text.indexOf('\n', start) + 1;
	}
	return start + column - 1;
}

const sliceOf = (text: string, r: Region): string => text.slice(offsetOf(text, r.startLine, r.startColumn), offsetOf(text, r.endLine, r.endColumn));

suite('CLI --format sarif', () => {
	let dir: string;
	const validate = new Ajv({ allErrors: true, strict: false });
	addFormats(validate);
	const isValid = validate.compile(JSON.parse(fs.readFileSync(SCHEMA, 'utf8')));
	const assertValid = (log: unknown): void => assert.ok(isValid(log), JSON.stringify(isValid.errors, null, 1));
	const files: Record<string, string> = {
		// Astral characters (two UTF-16 code units each) before the findings on their lines.
		'sub dir/astral.md': '# Lines 😀\n\n😀 The partnership will explore where it can deploy AI in justice.\n\nOpenAI might work with DSIT to identify opportunities for how advanced AI models can be deployed throughout government.\n',
		'crlf.txt': 'Intro line.\r\n\r\nIt is a binding agreement between the two parties.\r\n',
		'quote.md': 'The MoU says the parties “will collaborate to improve understanding of capabilities and safety risks, and to mitigate those risks”.\n',
		'good.md': 'OpenAI and DSIT will collaborate to identify opportunities for AI in government.\n',
	};

	suiteSetup(function () {
		if (!fs.existsSync(CLI)) {
			this.skip();
		}
		dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clause-lens-sarif-'));
		for (const [name, text] of Object.entries(files)) {
			fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
			fs.writeFileSync(path.join(dir, name), text);
		}
		// A project file raising one rule to error: the level follows the effective severity.
		fs.writeFileSync(path.join(dir, '.clause-lens.json'), JSON.stringify({ severity: { misquote: 'error' } }));
	});
	suiteTeardown(() => dir && fs.rmSync(dir, { recursive: true, force: true }));

	test('is valid SARIF 2.1.0: one run, the Clause Lens driver with every rule, UTF-16 columns', () => {
		const r = cli(['check', '--format', 'sarif', 'sub dir/astral.md', 'crlf.txt', 'quote.md', 'good.md'], dir);
		assert.equal(r.code, 1, r.stderr);
		const log = JSON.parse(r.stdout);
		assertValid(log);
		assert.equal(log.version, '2.1.0');
		assert.equal(log.runs.length, 1);
		const [run] = log.runs;
		assert.equal(run.tool.driver.name, 'Clause Lens');
		assert.equal(run.columnKind, 'utf16CodeUnits');
		assert.deepEqual(run.tool.driver.rules.map((x: { id: string }) => x.id), RULE_IDS);
		for (const rule of run.tool.driver.rules) {
			assert.ok(rule.shortDescription.text.length > 10, rule.id);
			assert.match(rule.helpUri, /^https:\/\/github\.com\/clause-lens\/clause-lens#[a-z-]+$/);
		}
		assert.deepEqual(run.artifacts.map((a: { location: Location }) => a.location.uri), ['sub%20dir/astral.md', 'crlf.txt', 'quote.md', 'good.md']);
		// The validator is not vacuous: a result with an unknown level is rejected.
		assert.ok(!isValid({ ...log, runs: [{ ...run, results: [{ ...run.results[0], level: 'loud' }] }] }));
		assert.equal(run.originalUriBaseIds['%SRCROOT%'].uri, `${pathToFileURL(fs.realpathSync(dir)).href}/`);
	});

	test('results: same findings and positions as the text output; level, message, relative location, snippet', () => {
		const names = ['sub dir/astral.md', 'crlf.txt', 'quote.md'];
		const log = JSON.parse(cli(['check', '--format', 'sarif', ...names], dir).stdout);
		const results: Result[] = log.runs[0].results;
		const text = cli(['check', ...names], dir).stdout.trim().split('\n').slice(0, -1);
		const asText = results.map((x) => {
			const { artifactLocation: at, region: g } = x.locations[0]!.physicalLocation;
			const level = { note: 'information', warning: 'warning', error: 'error' }[x.level];
			return `${decodeURIComponent(at.uri)}:${g.startLine}:${g.startColumn}-${g.endLine}:${g.endColumn}  ${level}  ${x.message.text}  ${x.ruleId}`;
		});
		assert.deepEqual(asText, text);
		assert.deepEqual(results.map((x) => [x.ruleId, x.level]), [
			['overstated-commitment', 'warning'],
			['understated-commitment', 'note'],
			['binding-status', 'warning'],
			['misquote', 'error'],
		]);
		for (const x of results) {
			const { artifactLocation: at, region } = x.locations[0]!.physicalLocation;
			assert.equal(at.uriBaseId, '%SRCROOT%');
			assert.equal(log.runs[0].tool.driver.rules[x.ruleIndex].id, x.ruleId);
			// Columns count UTF-16 code units: slicing the JS string at them gives the flagged words.
			assert.equal(sliceOf(files[decodeURIComponent(at.uri)]!, region), region.snippet?.text);
		}
		const first = results[0]!.locations[0]!.physicalLocation.region;
		assert.deepEqual([first.startLine, first.startColumn, first.snippet?.text], [3, 20, 'will']); // 😀 counts two
	});

	test("fixes: the engine's replacements, applied at their regions, clear the finding", () => {
		const log = JSON.parse(cli(['check', '--format', 'sarif', 'crlf.txt', 'quote.md'], dir).stdout);
		const results: Result[] = log.runs[0].results;
		assert.ok(results.every((x) => x.fixes.length > 0));
		for (const x of results) {
			const [change] = x.fixes[0]!.artifactChanges;
			const name = decodeURIComponent(change!.artifactLocation.uri);
			const original = files[name]!;
			const [replacement] = change!.replacements;
			const start = offsetOf(original, replacement!.deletedRegion.startLine, replacement!.deletedRegion.startColumn);
			const end = offsetOf(original, replacement!.deletedRegion.endLine, replacement!.deletedRegion.endColumn);
			const fixedName = `fixed-${name}`;
			fs.writeFileSync(path.join(dir, fixedName), original.slice(0, start) + replacement!.insertedContent.text + original.slice(end));
			const after = JSON.parse(cli(['check', '--format', 'sarif', fixedName], dir).stdout).runs[0].results as Result[];
			assert.ok(!after.some((y) => y.ruleId === x.ruleId), `${x.ruleId}: "${x.fixes[0]!.description.text}" clears it`);
		}
	});

	test('exit codes as for text: 0 and no results when clean, 2 with one line on stderr for an input or usage error', () => {
		const clean = cli(['check', '--format', 'sarif', 'good.md'], dir);
		assert.equal(clean.code, 0, clean.stderr);
		const log = JSON.parse(clean.stdout);
		assertValid(log);
		assert.deepEqual(log.runs[0].results, []);
		for (const args of [['check', '--format', 'sarif', 'missing.md'], ['clauses', '--format', 'sarif']]) {
			const r = cli(args, dir);
			assert.equal(r.code, 2, args.join(' '));
			assert.equal(r.stdout, '');
			assert.equal(r.stderr.trim().split('\n').length, 1);
		}
	});

	test('a briefing outside the working folder gets an absolute file URI', () => {
		const log = JSON.parse(cli(['check', '--format', 'sarif', path.join(dir, 'crlf.txt')], path.join(dir, 'sub dir')).stdout);
		assertValid(log);
		const [artifact] = log.runs[0].artifacts;
		assert.equal(artifact.location.uriBaseId, undefined);
		assert.match(artifact.location.uri, /^file:\/\/\/.*\/crlf\.txt$/);
	});
});
