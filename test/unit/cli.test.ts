import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '../..');
const CLI = path.join(ROOT, 'dist/cli.js');

function cli(args: string[], cwd = ROOT): { code: number; stdout: string; stderr: string } {
	const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
	return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

suite('CLI (dist/cli.js as a subprocess)', () => {
	let dir: string;
	suiteSetup(function () {
		if (!fs.existsSync(CLI)) {
			this.skip();
		}
		dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clause-lens-cli-'));
		fs.writeFileSync(path.join(dir, 'bad.md'), 'Intro line.\n\nThe partnership will explore where it can deploy AI in justice.\n');
		fs.writeFileSync(path.join(dir, 'good.md'), 'OpenAI and DSIT will collaborate to identify opportunities for AI in government.\n');
		fs.writeFileSync(path.join(dir, 'binary.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]));
		fs.writeFileSync(path.join(dir, 'empty-source.txt'), '\n\n  \n');
	});
	suiteTeardown(() => {
		if (dir) {
			fs.rmSync(dir, { recursive: true, force: true });
		}
	});

	test('exit 1 and one text line per warning, with 1-based positions and the rule id', () => {
		const r = cli(['check', path.join(dir, 'bad.md')]);
		assert.equal(r.code, 1, r.stderr);
		const [line] = r.stdout.split('\n');
		assert.match(line!, /bad\.md:3:17-3:21  warning  `will explore` .*§2\.2.*  overstated-commitment$/);
	});

	test('exit 0 on a faithful briefing', () => {
		const r = cli(['check', path.join(dir, 'good.md')]);
		assert.equal(r.code, 0, r.stdout + r.stderr);
		assert.match(r.stdout, /^0 findings \(0 warnings\) in 1 file/);
	});

	test('JSON has the documented shape with 0-based UTF-16 ranges', () => {
		const r = cli(['check', '--format', 'json', path.join(dir, 'bad.md')]);
		assert.equal(r.code, 1);
		const json = JSON.parse(r.stdout);
		assert.equal(json.source.clauses, 11);
		const [finding] = json.files[0].findings;
		assert.equal(finding.rule, 'overstated-commitment');
		assert.equal(finding.severity, 'warning');
		assert.deepEqual(finding.range, { start: { line: 2, character: 16 }, end: { line: 2, character: 20 } });
		assert.equal(finding.clause.id, '2.2');
		assert.ok(finding.fixes.length >= 2);
		assert.deepEqual(Object.keys(finding.fixes[0]).sort(), ['newText', 'range', 'title']);
		assert.equal(json.files[0].citations[0].clause.id, '2.2');
		assert.ok(json.files[0].citations[0].score > 0 && json.files[0].citations[0].score <= 1);
	});

	test('exit 2 with one line for a missing file, a binary file, a source with no clauses, bad usage', () => {
		const cases: [string[], RegExp][] = [
			[['check', path.join(dir, 'nope.md')], /briefing '.*nope\.md' not found/],
			[['check', path.join(dir, 'binary.md')], /is a binary file/],
			[['check', '--source', path.join(dir, 'empty-source.txt'), path.join(dir, 'good.md')], /no clauses found/],
			[['check'], /needs at least one FILE/],
			[['check', '--format', 'xml', path.join(dir, 'good.md')], /--format must be/],
			[['frobnicate'], /unknown command/],
		];
		for (const [args, message] of cases) {
			const r = cli(args);
			assert.equal(r.code, 2, `${args.join(' ')}: ${r.stdout}`);
			assert.match(r.stderr, message);
			assert.equal(r.stderr.trim().split('\n').length, 1);
		}
	});

	test('clauses lists the 11 MoU clauses with strength; --source takes another agreement', () => {
		const r = cli(['clauses']);
		assert.equal(r.code, 0);
		const lines = r.stdout.trim().split('\n');
		assert.equal(lines.length, 11);
		assert.match(lines[5]!, /^2\.3\s+possibility\s+\[public and private sector adoption\] The partnership may also include/);
		const json = JSON.parse(cli(['clauses', '--format', 'json', '--source', path.join(ROOT, 'test/fixtures/sources/data-sharing-agreement.md')]).stdout);
		assert.ok(json.clauses.length > 3);
	});

	suite('the project file (.clause-lens.json) and inline suppression', () => {
		let project: string;
		setup(() => {
			project = fs.mkdtempSync(path.join(os.tmpdir(), 'clause-lens-project-'));
			fs.mkdirSync(path.join(project, 'briefings'));
			fs.writeFileSync(path.join(project, 'briefings', 'bad.md'), 'The partnership will explore where it can deploy AI in justice.\n');
		});
		teardown(() => fs.rmSync(project, { recursive: true, force: true }));
		const bad = (): string => path.join(project, 'briefings', 'bad.md');
		const writeConfig = (config: unknown): void => fs.writeFileSync(path.join(project, '.clause-lens.json'), typeof config === 'string' ? config : JSON.stringify(config));

		test('its severity turns a rule off; --no-config ignores it', () => {
			writeConfig({ severity: { 'overstated-commitment': 'off' } });
			assert.equal(cli(['check', bad()]).code, 0);
			assert.equal(cli(['check', '--no-config', bad()]).code, 1);
		});

		test('its sources replace the embedded MoU', () => {
			fs.copyFileSync(path.join(ROOT, 'test/fixtures/sources/data-sharing-agreement.md'), path.join(project, 'agreement.md'));
			writeConfig({ sources: ['agreement.md'] });
			const json = JSON.parse(cli(['check', '--format', 'json', bad()]).stdout);
			assert.equal(json.source.name, 'agreement.md');
		});

		test('an accepted finding is not reported, and a disable comment hides the next line', () => {
			const sentence = 'The partnership will explore where it can deploy AI in justice.';
			const json = JSON.parse(cli(['check', '--format', 'json', '--no-config', bad()]).stdout);
			const actual = json.files[0].findings[0].actual as string;
			const { sentenceHash } = require('../../src/engine') as typeof import('../../src/engine');
			writeConfig({ ignore: [{ rule: 'overstated-commitment', sentence: sentenceHash(sentence), actual }] });
			assert.equal(cli(['check', bad()]).code, 0);
			fs.writeFileSync(bad(), `<!-- clause-lens-disable-next-line -->\n${sentence}\n`);
			assert.equal(cli(['check', '--no-config', bad()]).code, 0);
		});

		test('an accepted wording is not reported after the rest of the sentence changes; a changed wording is', () => {
			// The engine flags `will` here (the verb is the MoU's own).
			writeConfig({ accept: [{ rule: 'overstated-commitment', words: 'will', clause: '2.2' }] });
			assert.equal(cli(['check', bad()]).code, 0);
			fs.writeFileSync(bad(), 'The partnership will explore where it can deploy AI in justice and in prisons.\n');
			assert.equal(cli(['check', '--no-config', bad()]).code, 1, 'still flagged without the project file');
			assert.equal(cli(['check', bad()]).code, 0);
			fs.writeFileSync(bad(), 'The partnership will definitely explore where it can deploy AI in justice.\n');
			assert.equal(cli(['check', bad()]).code, 1);
		});

		test('an override turns a rule off for a file or a folder, relative to the project file', () => {
			fs.writeFileSync(path.join(project, 'other.md'), fs.readFileSync(bad()));
			writeConfig({ overrides: [{ files: ['briefings/bad.md'], severity: { 'overstated-commitment': 'off' } }] });
			assert.equal(cli(['check', bad()]).code, 0);
			assert.equal(cli(['check', path.join(project, 'other.md')]).code, 1);
			writeConfig({ overrides: [{ files: ['briefings/'], severity: { 'overstated-commitment': 'off' } }] });
			assert.equal(cli(['check', bad()], project).code, 0);
			assert.equal(cli(['check', 'briefings/bad.md'], project).code, 0, 'a relative path from the project folder');
			assert.equal(cli(['check', path.join(project, 'other.md')]).code, 1);
		});

		test('a config that is not JSON is an input error (exit 2, one line)', () => {
			writeConfig('{ "severity": ');
			const r = cli(['check', bad()]);
			assert.equal(r.code, 2);
			assert.match(r.stderr, /config '.*\.clause-lens\.json': not valid JSON/);
		});
	});
});
