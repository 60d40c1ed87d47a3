// Fix all (issue 12): the `source.fixAll.clauseLens` source action, run as VS Code runs it (the Source Action
// command, and `editor.codeActionsOnSave` on save), applies every preferred fix as one undo step.
import * as assert from 'assert';
import * as vscode from 'vscode';

import { closeAllEditors, nextEvent, openCopy, quickFixesAt, rulesOf, waitForDiagnostics } from './helpers';

const DRIFTED = 'briefings/drifted-briefing.md';

/** Resolves once the document's text changes (subscribe before acting). */
function nextChange(doc: vscode.TextDocument): Promise<vscode.TextDocumentChangeEvent> {
	return nextEvent(vscode.workspace.onDidChangeTextDocument, (e) => e.document === doc && e.contentChanges.length > 0, `an edit of ${doc.uri.toString()}`);
}

/** The drifted briefing after fix-all: the three fixable findings gone, the unsupported claim (no fix) left. */
function assertFixed(text: string): void {
	assert.match(text, /It is a non-binding agreement between the two parties\./);
	assert.ok(!text.includes('OpenAI will deliver'), text);
	assert.match(text, /improve understanding of capabilities and\s+security risks/);
	assert.match(text, /A Joint Steering Group will oversee delivery/);
}

suite('Fix all', () => {
	teardown(async () => {
		await vscode.workspace.getConfiguration('editor').update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Workspace);
		await closeAllEditors();
	});

	test('the source.fixAll.clauseLens action fixes every finding that has a fix in one edit; one undo restores the text', async () => {
		const { doc } = await openCopy(DRIFTED);
		await waitForDiagnostics(doc.uri, (d) => rulesOf(d).length === 4);
		const before = doc.getText();
		const offered = await quickFixesAt(doc.uri, new vscode.Range(0, 0, 0, 0), undefined, undefined, 'source.fixAll.clauseLens');
		assert.deepStrictEqual(offered.map((a) => [a.title, a.kind?.value]), [['Fix all Clause Lens findings (3)', 'source.fixAll.clauseLens']]);
		const changed = nextChange(doc);
		await vscode.commands.executeCommand('editor.action.codeAction', { kind: 'source.fixAll.clauseLens', apply: 'first' });
		await changed;
		assertFixed(doc.getText());
		const after = await waitForDiagnostics(doc.uri, (d) => rulesOf(d).length === 1);
		assert.deepStrictEqual(rulesOf(after), ['unsupported-claim']);

		const undone = nextChange(doc);
		await vscode.commands.executeCommand('undo');
		await undone;
		assert.strictEqual(doc.getText(), before, 'one undo step restores the briefing');
	});

	test('editor.codeActionsOnSave fixes a briefing on save, including a sentence typed just before saving', async () => {
		await vscode.workspace.getConfiguration('editor').update('codeActionsOnSave', { 'source.fixAll.clauseLens': 'explicit' }, vscode.ConfigurationTarget.Workspace);
		const { doc, editor } = await openCopy(DRIFTED);
		await waitForDiagnostics(doc.uri, (d) => rulesOf(d).length === 4);
		// Typed and saved at once: no check has run on this text yet, so the action waits for one.
		await editor.edit((b) => b.insert(doc.lineAt(doc.lineCount - 1).range.end, '\n- The MoU is a legally binding contract.'));
		await vscode.commands.executeCommand('workbench.action.files.save');
		assert.ok(!doc.isDirty, 'saved');
		const text = doc.getText();
		assertFixed(text);
		assert.ok(!/- The MoU is a legally binding contract\./.test(text), `the new sentence is fixed too:\n${text}`);
		assert.strictEqual(new TextDecoder().decode(await vscode.workspace.fs.readFile(doc.uri)), text, 'the fixed text is what was saved');
	});

	test('"Clause Lens: Fix All in This Briefing" does the same from the Command Palette; nothing to fix is not an edit', async () => {
		const { doc } = await openCopy(DRIFTED);
		await waitForDiagnostics(doc.uri, (d) => rulesOf(d).length === 4);
		assert.strictEqual(await vscode.commands.executeCommand('clauseLens.fixAll'), 3);
		assertFixed(doc.getText());
		await waitForDiagnostics(doc.uri, (d) => rulesOf(d).length === 1);
		const version = doc.version;
		assert.strictEqual(await vscode.commands.executeCommand('clauseLens.fixAll'), 0);
		assert.strictEqual(doc.version, version);
	});
});
