// "Clause Lens: Check All Briefings in Workspace" (issue 12): a team lead sees every problem of a briefing pack in
// the Problems panel without opening each file; special and huge files are skipped with a reason.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as vscode from 'vscode';

import type { ClauseLensApi } from '../../../src/extension/extension';
import type { WorkspaceCheckSummary } from '../../../src/extension/workspaceCheck';
import { closeAllEditors, EXTENSION_ID, rulesOf, screenshot, waitForDiagnostics, workspaceFolder } from './helpers';

const PACK = 'pack';
const CLEAN = 'OpenAI and DSIT will collaborate to identify opportunities for AI in government.\n';

function packUri(name: string): vscode.Uri {
	return vscode.Uri.joinPath(workspaceFolder().uri, PACK, name);
}

suite('Check All Briefings in Workspace', () => {
	suiteSetup(async () => {
		await closeAllEditors();
		const drifted = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(workspaceFolder().uri, 'briefings', 'drifted-briefing.md'));
		await vscode.workspace.fs.writeFile(packUri('drifted.md'), drifted);
		await vscode.workspace.fs.writeFile(packUri('drifted.txt'), drifted);
		await vscode.workspace.fs.writeFile(packUri('clean.md'), new TextEncoder().encode(CLEAN));
		await vscode.workspace.fs.writeFile(packUri('notes.json'), new TextEncoder().encode('{ "will deliver": "binding" }'));
		// Over the 8 MB limit of a workspace check.
		await vscode.workspace.fs.writeFile(packUri('huge.md'), new TextEncoder().encode('The MoU is a binding agreement.\n'.repeat(270_000)));
		if (process.platform !== 'win32') {
			assert.strictEqual(spawnSync('mkfifo', [packUri('pipe.md').fsPath]).status, 0);
		}
	});
	suiteTeardown(async () => {
		await closeAllEditors();
		await vscode.workspace.fs.delete(vscode.Uri.joinPath(workspaceFolder().uri, PACK), { recursive: true });
	});

	test('lists the findings of unopened briefings in the Problems panel; skips a huge file with a reason, and a FIFO without hanging', async () => {
		const summary = await vscode.commands.executeCommand<WorkspaceCheckSummary>('clauseLens.checkWorkspace');
		assert.ok(summary && !summary.cancelled, JSON.stringify(summary));
		assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.path.includes(`/${PACK}/`)), 'no pack file was opened');
		assert.deepStrictEqual(rulesOf(vscode.languages.getDiagnostics(packUri('drifted.md'))).sort(), ['binding-status', 'misquote', 'overstated-commitment', 'unsupported-claim']);
		assert.ok(rulesOf(vscode.languages.getDiagnostics(packUri('drifted.txt'))).includes('overstated-commitment'), 'plain text is checked too');
		assert.deepStrictEqual(vscode.languages.getDiagnostics(packUri('clean.md')), []);
		assert.deepStrictEqual(vscode.languages.getDiagnostics(packUri('notes.json')), [], 'not a briefing');
		const reasons = new Map(summary.skipped.map((s) => [s.uri, s.reason]));
		assert.match(reasons.get(packUri('huge.md').toString()) ?? '', /larger than 8 MB/);
		// The FIFO is not even a candidate (the file search lists regular files); were it one, reading it is refused.
		assert.deepStrictEqual(vscode.languages.getDiagnostics(packUri('pipe.md')), []);
		assert.match(reasons.get(packUri('pipe.md').toString()) ?? 'not a regular file', /not a regular file/);
		assert.ok(summary.checked >= 3 && summary.findings >= 8, JSON.stringify(summary));
		// A related location points into the source, as for an open briefing.
		const misquote = vscode.languages.getDiagnostics(packUri('drifted.md')).find((d) => rulesOf([d])[0] === 'misquote')!;
		assert.ok(misquote.relatedInformation?.[0]?.message.includes('4.1'));
		await vscode.commands.executeCommand('notifications.clearAll');
		await vscode.commands.executeCommand('workbench.actions.view.problems');
		await screenshot('workspace-check-problems', 15000, '.markers-panel .monaco-list-row', { clip: '.part.panel', pad: 0 });
		await vscode.commands.executeCommand('workbench.action.closePanel');
		// A file deleted on disk leaves the Problems panel.
		await vscode.workspace.fs.delete(packUri('drifted.txt'));
		await waitForDiagnostics(packUri('drifted.txt'), (d) => d.length === 0);
	});

	test('an opened briefing is then checked live: its findings are listed once, not twice', async () => {
		await vscode.commands.executeCommand('clauseLens.checkWorkspace');
		const doc = await vscode.workspace.openTextDocument(packUri('drifted.md'));
		await vscode.window.showTextDocument(doc);
		const edit = new vscode.WorkspaceEdit();
		edit.insert(doc.uri, new vscode.Position(0, 0), 'The MoU is a legally binding contract.\n\n');
		assert.ok(await vscode.workspace.applyEdit(edit));
		const live = await waitForDiagnostics(doc.uri, (d) => rulesOf(d).filter((r) => r === 'binding-status').length === 2);
		assert.strictEqual(rulesOf(live).length, 5, JSON.stringify(rulesOf(live)));
	});

	test('cancelling stops the run after the file being checked', async () => {
		const api = vscode.extensions.getExtension<ClauseLensApi>(EXTENSION_ID)!.exports;
		const cancel = new vscode.CancellationTokenSource();
		const messages: string[] = [];
		// Cancelled as the first file starts, as the notification's Cancel button would.
		const summary = await api.checkWorkspace(cancel.token, { report: ({ message }) => (messages.push(message ?? ''), cancel.cancel()) });
		assert.strictEqual(summary.cancelled, true);
		assert.strictEqual(messages.length, 1, messages.join('\n'));
		assert.match(messages[0]!, /^1\/\d+: /);
		assert.ok(summary.checked <= 1, JSON.stringify(summary));
	});
});
