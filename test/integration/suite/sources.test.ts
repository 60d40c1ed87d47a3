// The source document: a custom source from the workspace (setting and project file), reload on change, a missing
// source falling back to the embedded MoU, and the Open Source Document / open clause commands.
import * as assert from 'assert';
import * as vscode from 'vscode';

import type { ClauseLensApi } from '../../../src/extension/extension';
import { closeAllEditors, copyFixture, EXTENSION_ID, openCopy, rulesOf, setSetting, waitForDiagnostics, waitForStatusBar, workspaceFolder } from './helpers';

const NOTE = 'briefings/data-sharing-note.md';
const sorted = (d: readonly vscode.Diagnostic[]): string => rulesOf(d).sort().join();
/** Checked against the embedded MoU: only the status is contradicted, and the message names the MoU. */
const isMoU = (d: readonly vscode.Diagnostic[]): boolean => sorted(d) === 'binding-status' && d[0]!.message.includes("the MoU's own status");
/** Checked against the workspace's data-sharing agreement. */
const isAgreement = (d: readonly vscode.Diagnostic[]): boolean =>
	sorted(d) === 'binding-status,misquote,overstated-commitment' && d.some((x) => x.message.includes("the Data Sharing Agreement's own status"));
const projectFile = (): vscode.Uri => vscode.Uri.joinPath(workspaceFolder().uri, '.clause-lens.json');
const write = (uri: vscode.Uri, text: string): Thenable<void> => vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));

suite('Source documents', () => {
	teardown(async () => {
		await setSetting('sources', undefined);
		await vscode.workspace.fs.delete(projectFile()).then(undefined, () => undefined);
		await closeAllEditors();
	});

	test('clauseLens.sources: diagnostics follow the workspace source; related information points into that file', async () => {
		const { doc } = await openCopy(NOTE);
		// Against the embedded MoU only the "legally binding" sentence is flagged.
		await waitForDiagnostics(doc.uri, (d) => isMoU(d));
		await setSetting('sources', ['sources/data-sharing-agreement.md']);
		const diagnostics = await waitForDiagnostics(doc.uri, (d) => isAgreement(d));
		const overstated = diagnostics.find((d) => rulesOf([d])[0] === 'overstated-commitment')!;
		assert.strictEqual(doc.getText(overstated.range), 'have agreed to');
		assert.match(overstated.message, /Data Sharing Agreement §3\.1/);
		const related = overstated.relatedInformation![0]!.location;
		assert.strictEqual(related.uri.toString(), vscode.Uri.joinPath(workspaceFolder().uri, 'sources', 'data-sharing-agreement.md').toString());
		const source = await vscode.workspace.openTextDocument(related.uri);
		assert.strictEqual(source.getText(related.range), 'The Parties will review this Agreement after six months and may agree changes in writing.');
	});

	test('${workspaceFolder} paths; the source is re-read when the file changes', async () => {
		const source = await copyFixture('sources/data-sharing-agreement.md');
		const { doc } = await openCopy(NOTE);
		await setSetting('sources', [`\${workspaceFolder}/scratch/${source.path.split('/').pop()}`]);
		await waitForDiagnostics(doc.uri, (d) => isAgreement(d));
		// The agreement now says "secure channels": the quotation is verbatim again.
		const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(source));
		await write(source, text.replace('only over encrypted channels', 'only over secure channels'));
		await waitForDiagnostics(doc.uri, (d) => sorted(d) === 'binding-status,overstated-commitment', 20000);
	});

	test('a missing source falls back to the embedded MoU; the status bar says so for as long as it lasts', async () => {
		const api = vscode.extensions.getExtension<ClauseLensApi>(EXTENSION_ID)!.exports;
		const { doc } = await openCopy(NOTE);
		await setSetting('sources', ['sources/data-sharing-agreement.md']);
		await waitForDiagnostics(doc.uri, (d) => isAgreement(d));
		const configured = await waitForStatusBar(api, (s) => s.text.startsWith('$(book) Data Sharing Agreement  $(warning) 3'));
		assert.strictEqual(configured.isWarning, false);
		assert.match(configured.tooltip, /^Clause Lens is checking against data-sharing-agreement\.md\.\n/);

		await setSetting('sources', ['sources/no-such-agreement.md']);
		await waitForDiagnostics(doc.uri, (d) => isMoU(d));
		// Not just a notification that fades: the item shows the stand-in, with the warning background and the reason.
		const fallback = await waitForStatusBar(api, (s) => s.isWarning);
		assert.strictEqual(fallback.text, '$(book) MoU (fallback)  $(warning) 1');
		assert.match(fallback.tooltip, /^Clause Lens is checking against the embedded MoU because the configured source cannot be used: .*no-such-agreement\.md/);
		// Another briefing, and back: still shown; fixing the setting clears the warning.
		await closeAllEditors();
		await openCopy(NOTE);
		assert.ok((await waitForStatusBar(api, (s) => s.visible && s.isWarning)).text.startsWith('$(book) MoU (fallback)'));
		await setSetting('sources', undefined);
		await waitForStatusBar(api, (s) => s.visible && !s.isWarning && s.text.startsWith('$(book) MoU  '));
	});

	test('.clause-lens.json: sources and severities from the project file; the setting takes precedence', async () => {
		const { doc } = await openCopy(NOTE);
		await waitForDiagnostics(doc.uri, (d) => isMoU(d));
		await write(projectFile(), JSON.stringify({ sources: ['sources/data-sharing-agreement.md'], severity: { misquote: 'error' } }));
		const diagnostics = await waitForDiagnostics(doc.uri, (d) => isAgreement(d), 20000);
		assert.strictEqual(diagnostics.find((d) => rulesOf([d])[0] === 'misquote')!.severity, vscode.DiagnosticSeverity.Error);
		await setSetting('sources', ['sources/no-such-agreement.md']);
		await waitForDiagnostics(doc.uri, (d) => isMoU(d));
	});

	test('Open Source Document opens the embedded MoU read-only; openClause selects the clause', async () => {
		const { doc } = await openCopy('briefings/drifted-briefing.md');
		// Checked against the MoU again (the previous test's project file is gone): the embedded source applies.
		await waitForDiagnostics(doc.uri, (d) => sorted(d) === 'binding-status,misquote,overstated-commitment,unsupported-claim', 20000);
		const editor = await vscode.commands.executeCommand<vscode.TextEditor>('clauseLens.openSource');
		assert.strictEqual(editor.document.uri.scheme, 'clause-lens');
		assert.match(editor.document.getText(), /^Notice\n\nMemorandum of Understanding between UK and OpenAI/);
		// A virtual document without a file system: VS Code shows it read-only and it can never be saved.
		assert.notStrictEqual(vscode.workspace.fs.isWritableFileSystem('clause-lens'), true);
		const location = await vscode.commands.executeCommand<vscode.Location>('clauseLens.openClause', { clauseId: 'status' });
		const active = vscode.window.activeTextEditor!;
		assert.strictEqual(active.document.uri.toString(), location.uri.toString());
		assert.strictEqual(active.document.getText(active.selection), 'This memorandum is voluntary, not legally binding, and without prejudice to any binding agreements. It does not prejudice against future procurement decisions.');
	});
});
