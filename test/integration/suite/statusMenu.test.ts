// The status bar menu (issue 12): the source in use (open it), switch source, pause / resume checking this
// document, and "Show Configuration" (which source, project file and settings apply, and what overrides what).
import * as assert from 'assert';
import * as vscode from 'vscode';

import type { ClauseLensApi } from '../../../src/extension/extension';
import type { MenuStep } from '../../../src/extension/statusMenu';
import { closeAllEditors, EXTENSION_ID, nextEvent, openCopy, replaceText, rulesOf, screenshot, setSetting, waitForDiagnostics, workspaceFolder } from './helpers';

const api = (): ClauseLensApi => vscode.extensions.getExtension<ClauseLensApi>(EXTENSION_ID)!.exports;
const DRIFTED = 'briefings/drifted-briefing.md';
const NOTE = 'briefings/data-sharing-note.md';

/** Opens a menu (`command` with a filter) and resolves with its first step that has an active item. */
async function openMenu(command: string, filter: string, predicate: (s: MenuStep) => boolean = () => true): Promise<{ step: MenuStep; done: Thenable<unknown> }> {
	const shown = nextEvent(api().onDidChangeMenuStep, (s) => s.active !== undefined && s.value === filter && predicate(s), `the menu of ${command}`);
	const done = vscode.commands.executeCommand(command, filter);
	return { step: await shown, done };
}

async function accept(): Promise<void> {
	await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
}

function projectFile(): vscode.Uri {
	return vscode.Uri.joinPath(workspaceFolder().uri, '.clause-lens.json');
}

suite('Status bar menu', () => {
	teardown(async () => {
		await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
		await setSetting('sources', undefined);
		await vscode.workspace.fs.delete(projectFile()).then(undefined, () => undefined);
		await closeAllEditors();
	});

	test('lists the source in use, switch source, pause, check all, configuration and problems', async () => {
		const { doc } = await openCopy(DRIFTED);
		await waitForDiagnostics(doc.uri, (d) => rulesOf(d).length === 4);
		const { step, done } = await openMenu('clauseLens.showMenu', '');
		assert.strictEqual(step.menu, 'main');
		assert.deepStrictEqual(step.items, [
			'$(book) MoU',
			'$(arrow-swap) Switch source…',
			'$(debug-pause) Pause checking this document',
			'$(checklist) Check all briefings in workspace',
			'$(settings-gear) Show configuration',
			'$(warning) Show problems',
		]);
		await screenshot('status-menu', 15000, '.quick-input-widget', { clip: '.quick-input-widget', pad: 4 });
		await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
		assert.strictEqual(await done, undefined);
	});

	test('pause clears the findings and stops checking this document; resume checks it again', async () => {
		const { doc } = await openCopy(DRIFTED);
		await waitForDiagnostics(doc.uri, (d) => rulesOf(d).length === 4);
		const pause = await openMenu('clauseLens.showMenu', 'Pause');
		assert.strictEqual(pause.step.active, '$(debug-pause) Pause checking this document');
		await accept();
		assert.strictEqual(await pause.done, true);
		await waitForDiagnostics(doc.uri, (d) => d.length === 0);
		// Edited while paused: the check that the edit schedules publishes nothing.
		const checked = nextEvent(api().onDidCheck, (uri) => uri.toString() === doc.uri.toString(), 'a check of the paused document');
		await replaceText(doc, 'civil servants.', 'civil servants. The MoU is a legally binding contract.');
		await checked;
		assert.deepStrictEqual(vscode.languages.getDiagnostics(doc.uri), []);

		const resume = await openMenu('clauseLens.showMenu', 'Resume');
		assert.strictEqual(resume.step.active, '$(debug-start) Resume checking this document');
		await accept();
		assert.strictEqual(await resume.done, false);
		await waitForDiagnostics(doc.uri, (d) => rulesOf(d).filter((r) => r === 'binding-status').length === 2);
	});

	test('switch source writes the workspace setting: from a configured agreement back to the embedded MoU', async () => {
		await setSetting('sources', ['sources/data-sharing-agreement.md']);
		const { doc } = await openCopy(NOTE);
		const isAgreement = (d: vscode.Diagnostic[]): boolean => d.some((x) => x.relatedInformation?.[0]?.location.uri.path.endsWith('data-sharing-agreement.md'));
		await waitForDiagnostics(doc.uri, isAgreement, 20000);
		const menu = await openMenu('clauseLens.showMenu', 'Switch');
		await accept();
		const switcher = await nextEvent(api().onDidChangeMenuStep, (s) => s.menu === 'source' && s.active !== undefined, 'the source switcher');
		assert.deepStrictEqual(switcher.items, ['$(book) UK–OpenAI Memorandum of Understanding (21 July 2025)', '$(file) sources/data-sharing-agreement.md']);
		await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
		await menu.done;

		const pick = await openMenu('clauseLens.switchSource', 'Memorandum');
		await accept();
		assert.deepStrictEqual(await pick.done, []);
		assert.deepStrictEqual(vscode.workspace.getConfiguration('clauseLens').inspect('sources')?.workspaceValue, []);
		await waitForDiagnostics(doc.uri, (d) => d.length > 0 && !isAgreement(d), 20000);
	});

	test('Show Configuration: a read-only report of the source, the project file, the settings and each rule\'s severity', async () => {
		await vscode.workspace.fs.writeFile(projectFile(), new TextEncoder().encode(JSON.stringify({
			severity: { misquote: 'error' },
			accept: [{ rule: 'overstated-commitment', words: 'will deliver', clause: '2.3' }],
			overrides: [{ files: ['scratch/'], severity: { 'unsupported-claim': 'off' } }],
		})));
		await setSetting('severity', { misquote: 'hint' });
		const { doc } = await openCopy(DRIFTED);
		await waitForDiagnostics(doc.uri, (d) => rulesOf(d).length === 2);
		const report = await vscode.commands.executeCommand<vscode.TextDocument>('clauseLens.showConfiguration');
		await setSetting('severity', undefined);
		assert.strictEqual(report.uri.scheme, 'clause-lens-info');
		const text = report.getText();
		assert.match(text, /^# Clause Lens configuration$/m);
		assert.match(text, /For `scratch\/drifted-briefing-\w+\.md` \(markdown\): checked as you type\./);
		assert.match(text, /In use: \*\*UK–OpenAI Memorandum of Understanding \(21 July 2025\)\*\*.*11 clauses/);
		assert.match(text, /Chosen by: nothing is configured, so the embedded default/);
		assert.match(text, /`accept`: 1 accepted wordings/);
		assert.match(text, /these apply to this file: `scratch\/`/);
		// (In a single-folder workspace the folder's value is the workspace's.)
		assert.match(text, /^\| `clauseLens.severity` \| `\{\}` \| – \| `\{"misquote":"hint"\}` \| (–|`\{"misquote":"hint"\}`) \| `\{"misquote":"hint"\}` \|$/m);
		assert.match(text, /^\| `misquote` \| warning \| error \| hint \| – \| \*\*hint\*\* \|$/m);
		assert.match(text, /^\| `unsupported-claim` \| warning \| – \| – \| off \(`scratch\/`\) \| \*\*off\*\* \|$/m);
		assert.deepStrictEqual(rulesOf(vscode.languages.getDiagnostics(report.uri)), [], 'the report is not checked');
		await screenshot('configuration-report', 15000, '.editor-group-container.active', { clip: '.editor-group-container.active', pad: 0 });
	});
});
