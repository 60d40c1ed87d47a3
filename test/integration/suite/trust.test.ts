// What the extension reads (issue 11): a project file's sources stay inside its folder and workspace settings'
// inside the workspace, symlinks resolved (a refused source falls back to the embedded MoU); `${workspaceFolder}`
// in the project file is its folder, as in the CLI; an empty project file is no problem; two sources with the
// same file name get distinct clause ids. (Untrusted workspaces: the harness runs with workspace trust off, so the
// rule for them is unit-tested in test/unit/sourcePolicy.test.ts.)
import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';

import type { ClauseLensApi } from '../../../src/extension/extension';
import { closeAllEditors, EXTENSION_ID, openCopy, rulesOf, setSetting, waitForDiagnostics, workspaceFolder } from './helpers';

const NOTE = 'briefings/data-sharing-note.md';
const AGREEMENT = 'sources/data-sharing-agreement.md';
const sorted = (d: readonly vscode.Diagnostic[]): string => rulesOf(d).sort().join();
/** Checked against the embedded MoU: only the status is contradicted. */
const isMoU = (d: readonly vscode.Diagnostic[]): boolean => sorted(d) === 'binding-status' && d[0]!.message.includes("the MoU's own status");
/** Checked against the data-sharing agreement. */
const isAgreement = (d: readonly vscode.Diagnostic[]): boolean => sorted(d) === 'binding-status,misquote,overstated-commitment';
const root = (): vscode.Uri => workspaceFolder().uri;
const projectFile = (): vscode.Uri => vscode.Uri.joinPath(root(), '.clause-lens.json');
const write = (uri: vscode.Uri, text: string): Thenable<void> => vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
const writeProject = (config: unknown): Thenable<void> => write(projectFile(), typeof config === 'string' ? config : JSON.stringify(config));
const runId = Math.random().toString(36).slice(2, 7);

suite('Paths and trust', () => {
	/** A copy of the agreement next to the workspace folder: outside it. */
	let outside: vscode.Uri;
	const made: vscode.Uri[] = [];
	suiteSetup(async () => {
		outside = vscode.Uri.joinPath(root(), '..', `outside-${runId}.md`);
		await vscode.workspace.fs.copy(vscode.Uri.joinPath(root(), ...AGREEMENT.split('/')), outside, { overwrite: true });
	});
	suiteTeardown(async () => {
		for (const uri of [outside, ...made]) {
			await vscode.workspace.fs.delete(uri, { recursive: true }).then(undefined, () => undefined);
		}
	});
	teardown(async () => {
		await vscode.workspace.getConfiguration('clauseLens').update('sources', undefined, vscode.ConfigurationTarget.Global);
		await setSetting('sources', undefined);
		await vscode.workspace.fs.delete(projectFile()).then(undefined, () => undefined);
		await closeAllEditors();
	});

	test('a project file may not name a source outside its folder: ../, an absolute path, a symlink that leads out', async () => {
		const link = vscode.Uri.joinPath(root(), 'scratch', `linked-${runId}.md`);
		fs.mkdirSync(vscode.Uri.joinPath(link, '..').fsPath, { recursive: true });
		fs.symlinkSync(outside.fsPath, link.fsPath);
		made.push(link);
		const { doc } = await openCopy(NOTE);
		for (const source of [`../outside-${runId}.md`, outside.fsPath, `scratch/linked-${runId}.md`]) {
			await writeProject({ sources: [AGREEMENT] });
			await waitForDiagnostics(doc.uri, isAgreement, 20000);
			await writeProject({ sources: [source] });
			await waitForDiagnostics(doc.uri, isMoU, 20000).catch((e: Error) => assert.fail(`${source} was read: ${e.message}`));
		}
	});

	test('a symlink inside the folder that stays inside is read', async () => {
		const link = vscode.Uri.joinPath(root(), 'scratch', `current-${runId}.md`);
		fs.mkdirSync(vscode.Uri.joinPath(link, '..').fsPath, { recursive: true });
		fs.symlinkSync(vscode.Uri.joinPath(root(), ...AGREEMENT.split('/')).fsPath, link.fsPath);
		made.push(link);
		const { doc } = await openCopy(NOTE);
		await writeProject({ sources: [`scratch/current-${runId}.md`] });
		await waitForDiagnostics(doc.uri, isAgreement, 20000);
	});

	test('workspace settings may not name a source outside the workspace', async () => {
		const { doc } = await openCopy(NOTE);
		for (const source of [outside.fsPath, `\${workspaceFolder}/../outside-${runId}.md`]) {
			await setSetting('sources', [AGREEMENT]);
			await waitForDiagnostics(doc.uri, isAgreement, 20000);
			await setSetting('sources', [source]);
			await waitForDiagnostics(doc.uri, isMoU, 20000).catch((e: Error) => assert.fail(`${source} was read: ${e.message}`));
		}
	});

	test("the user's own settings may name a source outside the workspace (it is trusted)", async () => {
		const { doc } = await openCopy(NOTE);
		await waitForDiagnostics(doc.uri, isMoU, 20000);
		await vscode.workspace.getConfiguration('clauseLens').update('sources', [outside.fsPath], vscode.ConfigurationTarget.Global);
		await waitForDiagnostics(doc.uri, isAgreement, 20000);
	});

	test('${workspaceFolder} in the project file is the folder that holds it (as in the CLI)', async () => {
		const { doc } = await openCopy(NOTE);
		await writeProject({ sources: [`\${workspaceFolder}/${AGREEMENT}`] });
		await waitForDiagnostics(doc.uri, isAgreement, 20000);
	});

	test('an empty or blank project file means the defaults, with no problem reported', async () => {
		const api = vscode.extensions.getExtension<ClauseLensApi>(EXTENSION_ID)!.exports;
		const { doc } = await openCopy(NOTE);
		/** The project file's problems once `accept` holds for them (there is no event for a re-read project file). */
		const problems = async (accept: (p: readonly string[]) => boolean, what: string): Promise<readonly string[]> => {
			const deadline = Date.now() + 10000;
			for (let p = await api.projectFileProblems(doc.uri); ; p = await api.projectFileProblems(doc.uri)) {
				if (accept(p)) return p;
				if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; problems: ${JSON.stringify(p)}`);
				await new Promise((r) => setTimeout(r, 50));
			}
		};
		for (const text of ['', ' \n\n']) {
			await writeProject('{ "sources": [');
			await problems((p) => /not valid JSON/.test(p[0] ?? ''), 'the broken file to be reported');
			await writeProject(text);
			await problems((p) => p.length === 0, `${JSON.stringify(text)} to be read without a problem`);
			await waitForDiagnostics(doc.uri, isMoU, 20000);
		}
	});

	test('two sources with the same file name: each clause id opens its own document', async () => {
		const folders = ['signed', 'draft'].map((name) => vscode.Uri.joinPath(root(), 'scratch', `ids-${runId}`, name));
		made.push(vscode.Uri.joinPath(root(), 'scratch', `ids-${runId}`));
		for (const folder of folders) {
			await vscode.workspace.fs.copy(vscode.Uri.joinPath(root(), ...AGREEMENT.split('/')), vscode.Uri.joinPath(folder, 'agreement.md'), { overwrite: true });
		}
		const { doc } = await openCopy(NOTE);
		await setSetting('sources', folders.map((f) => vscode.workspace.asRelativePath(vscode.Uri.joinPath(f, 'agreement.md'), false)));
		for (const [k, name] of ['signed', 'draft'].entries()) {
			const location = await vscode.commands.executeCommand<vscode.Location | undefined>('clauseLens.openClause', { clauseId: `${name}-agreement:3.1`, uri: doc.uri.toString() });
			assert.ok(location, `${name}-agreement:3.1 is a clause`);
			assert.strictEqual(location.uri.toString(), vscode.Uri.joinPath(folders[k]!, 'agreement.md').toString());
		}
	});
});
