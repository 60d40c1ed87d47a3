// What the CLI reads (issue 11): a project file's sources stay inside the folder that holds it (symlinks resolved),
// `--source` may name any file, `${workspaceFolder}` is the project file's folder, an empty project file means
// defaults, and two sources with the same file name get distinct clause ids.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '../..');
const CLI = path.join(ROOT, 'dist/cli.js');
const AGREEMENT = path.join(ROOT, 'test/fixtures/sources/data-sharing-agreement.md');
/** A line of the agreement that only a read of that file can print. */
const SECRET = 'SECRET-7f3a: this line must never be printed through a project file';

function cli(args: string[], cwd: string): { code: number; stdout: string; stderr: string } {
	const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
	return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

suite('CLI: which paths a project file may name', () => {
	let top: string;
	let project: string;
	let outside: string;
	suiteSetup(function () {
		if (!fs.existsSync(CLI)) {
			this.skip();
		}
	});
	setup(() => {
		top = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'clause-lens-paths-')));
		project = path.join(top, 'repo');
		fs.mkdirSync(path.join(project, 'briefings'), { recursive: true });
		fs.mkdirSync(path.join(project, 'sources'));
		fs.copyFileSync(AGREEMENT, path.join(project, 'sources', 'agreement.md'));
		fs.writeFileSync(path.join(project, 'briefings', 'note.md'), 'The Parties will share aggregated statistics.\n');
		outside = path.join(top, 'private.md');
		fs.writeFileSync(outside, `${fs.readFileSync(AGREEMENT, 'utf8')}\n\n9. Secret\n\n${SECRET}.\n`);
	});
	teardown(() => fs.rmSync(top, { recursive: true, force: true }));
	const note = (): string => path.join(project, 'briefings', 'note.md');
	const writeConfig = (config: unknown): void =>
		fs.writeFileSync(path.join(project, '.clause-lens.json'), typeof config === 'string' ? config : JSON.stringify(config));
	const refused = (r: { code: number; stdout: string; stderr: string }, named: string): void => {
		assert.equal(r.code, 2, r.stdout + r.stderr);
		assert.equal(r.stdout, '');
		assert.ok(!r.stderr.includes(SECRET));
		assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
		assert.ok(r.stderr.includes(`'${named}'`), r.stderr);
		assert.match(r.stderr, /outside the folder that holds it/);
	};

	test('a relative path that climbs out of the project folder is refused, and nothing of it is printed', () => {
		writeConfig({ sources: ['../private.md'] });
		refused(cli(['check', '--format', 'json', note()], project), '../private.md');
		refused(cli(['clauses', '--format', 'json'], project), '../private.md');
	});

	test('an absolute path outside the project folder is refused', () => {
		writeConfig({ sources: [outside] });
		refused(cli(['check', '--format', 'json', note()], project), outside);
	});

	test('a symlink inside the folder that points outside is outside; one that points inside is fine', function () {
		try {
			fs.symlinkSync(outside, path.join(project, 'sources', 'linked.md'));
			fs.symlinkSync(top, path.join(project, 'up'));
			fs.symlinkSync(path.join(project, 'sources', 'agreement.md'), path.join(project, 'current.md'));
		} catch {
			this.skip(); // no symlinks here (Windows without developer mode)
		}
		writeConfig({ sources: ['sources/linked.md'] });
		refused(cli(['check', '--format', 'json', note()], project), 'sources/linked.md');
		writeConfig({ sources: ['up/private.md'] });
		refused(cli(['check', '--format', 'json', note()], project), 'up/private.md');
		writeConfig({ sources: ['current.md'] });
		const r = cli(['check', '--format', 'json', note()], project);
		assert.notEqual(r.code, 2, r.stderr);
		assert.equal(JSON.parse(r.stdout).source.name, 'current.md');
	});

	test('--source on the command line may name any file', () => {
		writeConfig({ sources: ['../private.md'] });
		const r = cli(['clauses', '--format', 'json', '--source', outside], project);
		assert.equal(r.code, 0, r.stderr);
		assert.ok(r.stdout.includes(SECRET));
	});

	test('${workspaceFolder} is the folder that holds the project file; ${workspaceFolder:name} is refused', () => {
		writeConfig({ sources: ['${workspaceFolder}/sources/agreement.md'] });
		const r = cli(['check', '--format', 'json', note()], path.join(project, 'briefings'));
		assert.notEqual(r.code, 2, r.stderr);
		assert.equal(JSON.parse(r.stdout).source.name, 'agreement.md');
		writeConfig({ sources: ['${workspaceFolder}/../private.md'] });
		refused(cli(['check', note()], project), '${workspaceFolder}/../private.md');
		writeConfig({ sources: ['${workspaceFolder:repo}/sources/agreement.md'] });
		const named = cli(['check', note()], project);
		assert.equal(named.code, 2);
		assert.match(named.stderr, /\$\{workspaceFolder:repo\}.*VS Code/);
	});

	test('an empty or blank project file means the defaults: no error, the embedded MoU', () => {
		for (const text of ['', '  \n\n']) {
			writeConfig(text);
			const r = cli(['check', '--format', 'json', note()], project);
			assert.notEqual(r.code, 2, r.stderr);
			assert.equal(r.stderr, '');
			assert.match(JSON.parse(r.stdout).source.name, /Memorandum of Understanding/);
		}
	});

	test('two sources with the same file name get distinct clause ids', () => {
		fs.mkdirSync(path.join(project, 'sources', 'v2'));
		fs.copyFileSync(AGREEMENT, path.join(project, 'sources', 'v2', 'agreement.md'));
		writeConfig({ sources: ['sources/agreement.md', 'sources/v2/agreement.md'] });
		const r = cli(['clauses', '--format', 'json'], project);
		assert.equal(r.code, 0, r.stderr);
		const ids: string[] = JSON.parse(r.stdout).clauses.map((c: { id: string }) => c.id);
		assert.equal(new Set(ids).size, ids.length, `duplicate ids: ${ids.join()}`);
		assert.ok(ids.includes('sources-agreement:3.1') && ids.includes('v2-agreement:3.1'), ids.join());
	});
});
