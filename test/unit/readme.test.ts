// The README (and the example CI job) agree with the product: every setting and command in package.json is
// documented and nothing else is, every rule has its before/after example, links resolve, and the CLI and CI
// commands work as written (run against dist/cli.js).
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

import { RULE_IDS } from '../../src/engine';
import { INTERNAL_COMMANDS } from '../../src/extension/ids';

const ROOT = path.join(__dirname, '../..');
const CLI = path.join(ROOT, 'dist/cli.js');
const README = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const CI_JOB = fs.readFileSync(path.join(ROOT, 'docs/ci/github-actions.yml'), 'utf8');
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const properties: Record<string, { default: unknown }> = manifest.contributes.configuration.properties;

/** The text under a heading, up to the next heading of the same or a higher level. */
function section(heading: string): string {
	const match = new RegExp(`^(#+) ${heading.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`, 'm').exec(README);
	assert.ok(match, `README has no heading "${heading}"`);
	const rest = README.slice(match.index + match[0].length);
	const end = new RegExp(`^#{1,${match[1]!.length}} `, 'm').exec(rest);
	return end ? rest.slice(0, end.index) : rest;
}

/** The body rows of the markdown tables in a text, as trimmed cells. */
function tableRows(text: string): string[][] {
	return text
		.split('\n')
		.filter((line) => line.startsWith('|') && !/^\|[-\s|:]+\|$/.test(line))
		.map((line) => line.slice(1, -1).split(/(?<!\\)\|/).map((cell) => cell.trim()))
		.filter((cells) => !['Setting', 'Command', 'Before'].includes(cells[0]!));
}

/** The lines of every fenced code block of a language. */
function codeLines(markdown: string, language: string): string[] {
	return [...markdown.matchAll(new RegExp('^```' + language + '\\n([\\s\\S]*?)^```', 'gm'))].flatMap((m) => m[1]!.split('\n'));
}

const unticked = (cell: string): string => cell.replace(/^`|`$/g, '');

suite('README', () => {
	test('the settings table lists every contributed setting, and only those, with its default', () => {
		const rows = tableRows(section('Settings'));
		assert.deepEqual(rows.map((r) => unticked(r[0]!)).sort(), Object.keys(properties).sort());
		for (const [key, defaultCell, description] of rows) {
			assert.deepEqual(JSON.parse(unticked(defaultCell!)), properties[unticked(key!)]!.default, `${key}: default`);
			assert.ok(description && description.length > 10, `${key}: a description`);
		}
	});

	test('the commands table lists every Command Palette command, and only those', () => {
		const titles = section('Commands').match(/\*\*Clause Lens: [^*]+\*\*/g) ?? [];
		const visible = manifest.contributes.commands.filter((c: { command: string }) => !(INTERNAL_COMMANDS as readonly string[]).includes(c.command));
		assert.deepEqual(titles.sort(), visible.map((c: { title: string }) => `**Clause Lens: ${c.title}**`).sort());
	});

	test('every rule has its section with a before/after example', () => {
		for (const rule of RULE_IDS) {
			const body = section(rule === 'understated-commitment' ? '`understated-commitment` (information)' : `\`${rule}\``);
			assert.match(body, /^\| Before \|/m, `${rule}: a table of examples`);
			assert.ok(tableRows(body).length > 0, `${rule}: at least one example`);
		}
	});

	test('the Quick start commands are the two that CI and the demo run', () => {
		assert.deepEqual(codeLines(section('Quick start'), 'sh').filter(Boolean).map((l) => l.replace(/\s+#.*$/, '')), ['npm ci && npm run demo', 'npm ci && npm test']);
	});

	test('relative links and images point at files in the repository', () => {
		const targets = [...README.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!).filter((t) => !/^(?:https?:|#|mailto:)/.test(t));
		assert.ok(targets.includes('media/hover-overstated-commitment.png') && targets.includes('media/lookup-quick-pick.png'));
		for (const target of targets) {
			assert.ok(fs.existsSync(path.join(ROOT, target.split('#')[0]!)), target);
		}
	});

	suite('commands work as written', () => {
		let bin: string;
		suiteSetup(function () {
			if (!fs.existsSync(CLI)) {
				this.skip();
			}
			// `clause-lens` on the PATH, as `npm link` puts it there.
			bin = fs.mkdtempSync(path.join(os.tmpdir(), 'clause-lens-bin-'));
			fs.writeFileSync(path.join(bin, 'clause-lens'), `#!/usr/bin/env bash\nexec "${process.execPath}" "${CLI}" "$@"\n`, { mode: 0o755 });
		});
		suiteTeardown(() => bin && fs.rmSync(bin, { recursive: true, force: true }));
		const sh = (command: string, cwd: string, env: Record<string, string> = {}): { code: number; stdout: string; stderr: string } => {
			const r = spawnSync('bash', ['-c', command], { cwd, encoding: 'utf8', env: { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH}`, ...env } });
			return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
		};

		test('every `clause-lens` command in the README exits 0 or 1 with nothing on stderr', () => {
			const commands = codeLines(README, 'sh').filter((l) => l.startsWith('clause-lens '));
			assert.ok(commands.some((c) => c.includes('--format sarif')) && commands.some((c) => c.includes('--source')), commands.join('\n'));
			for (const command of commands) {
				const r = sh(command, ROOT);
				assert.ok(r.code === 0 || r.code === 1, `${command}: exit ${r.code} ${r.stderr}`);
				assert.equal(r.stderr, '', command);
				assert.ok(r.stdout.length > 0, command);
			}
		});

		test('the CI jobs (GitHub Actions file, GitLab snippet) write SARIF and fail on warnings only', () => {
			const briefings = /^\s+BRIEFINGS: (.+)$/m.exec(CI_JOB)?.[1];
			assert.equal(briefings, 'briefings/*.md');
			const github = [...CI_JOB.matchAll(/^\s+run: (node \.clause-lens\/dist\/cli\.js .+)$/gm)].map((m) => m[1]!);
			const gitlab = codeLines(section('In CI'), 'yaml').map((l) => /^\s+- (node \.clause-lens\/dist\/cli\.js .+)$/.exec(l)?.[1]).filter((l): l is string => !!l);
			for (const [name, steps] of [['GitHub', github], ['GitLab', gitlab]] as const) {
				const [sarifStep = '', failStep = ''] = steps;
				assert.ok(steps.length === 2 && sarifStep.includes('--format sarif') && !failStep.includes('--format'), `${name}: ${JSON.stringify(steps)}`);
				for (const [example, fails] of [['briefing.md', true], ['briefing-clean.md', false]] as const) {
					const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'clause-lens-ci-'));
					try {
						fs.symlinkSync(ROOT, path.join(repo, '.clause-lens'));
						fs.mkdirSync(path.join(repo, 'briefings'));
						fs.copyFileSync(path.join(ROOT, 'examples', example), path.join(repo, 'briefings', example));
						const sarif = sh(sarifStep, repo, { BRIEFINGS: briefings! });
						assert.equal(sarif.code, 0, `${name} ${example}: the SARIF step passes (warnings are for the last step) ${sarif.stderr}`);
						const log = JSON.parse(fs.readFileSync(path.join(repo, 'clause-lens.sarif'), 'utf8'));
						assert.equal(log.runs[0].results.length > 0, fails);
						assert.equal(log.runs[0].artifacts[0].location.uri, `briefings/${example}`);
						assert.equal(sh(failStep, repo, { BRIEFINGS: briefings! }).code, fails ? 1 : 0, `${name} ${example}: the last step`);
					} finally {
						fs.rmSync(repo, { recursive: true, force: true });
					}
				}
			}
		});

		test('the GitHub job pins its actions by commit SHA, with the version in a comment', () => {
			const uses = [...CI_JOB.matchAll(/uses: (\S+)(.*)$/gm)];
			assert.ok(uses.length >= 3);
			for (const [, action, comment] of uses) {
				assert.match(action!, /^[\w-]+\/[\w/-]+@[0-9a-f]{40}$/, action);
				assert.match(comment!, /^ # v\d+\.\d+\.\d+$/, action);
			}
		});
	});
});
