// "Clause Lens: Look Up Clause…" end to end: the real quick pick, typed into and accepted, then the document checked.
import * as assert from 'assert';
import * as vscode from 'vscode';

import type { LookupStep } from '../../../src/extension/commands/lookupClause';
import type { ClauseLensApi } from '../../../src/extension/extension';
import { closeAllEditors, EXTENSION_ID, hasDriver, keyboard, nextEvent, openUntitled, screenshot } from './helpers';

const api = (): ClauseLensApi => vscode.extensions.getExtension<ClauseLensApi>(EXTENSION_ID)!.exports;

/**
 * Waits for the lookup to show `step` with an active item (the workbench has rendered and focused the list). The
 * quick pick is rendered by the workbench and typed into through the harness driver: on a loaded machine that
 * round trip can take longer than the default ten seconds, so the test's own timeout is the limit.
 */
function step(kind: LookupStep['step'], predicate: (s: LookupStep) => boolean = () => true): Promise<LookupStep> {
	return nextEvent(api().onDidChangeLookupStep, (s) => s.step === kind && s.active !== undefined && predicate(s), `the lookup's ${kind} step`, 25_000);
}

async function accept(): Promise<void> {
	await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
}

suite('Look Up Clause', function () {
	this.timeout(90_000);
	teardown(async () => {
		await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
		await closeAllEditors();
	});

	test('typing a multi-word query with a typo finds the clause; "Insert exact quote" inserts it at the cursor', async () => {
		const briefing = '# Visit brief: AI Security Institute\n\n## Background\n\nThe Secretary of State visits the AI Security Institute on 4 September.\n\nWhat the MoU says: \n';
		const { doc, editor } = await openUntitled(briefing);
		const cursor = doc.positionAt(briefing.length - 1);
		editor.selection = new vscode.Selection(cursor, cursor);
		const query = 'secruity institute';
		let shown: Promise<LookupStep>;
		let done: Thenable<unknown>;
		if (hasDriver()) {
			// Real keystrokes into the quick pick's input (the harness driver types them).
			const opened = step('clause');
			done = vscode.commands.executeCommand('clauseLens.lookupClause');
			const first = await opened;
			assert.strictEqual(first.value, '');
			assert.strictEqual(first.items.length, 11, 'an empty query lists every clause');
			shown = step('clause', (s) => s.value === query && s.active === '4.2');
			keyboard({ type: query });
		} else {
			shown = step('clause', (s) => s.value === query);
			done = vscode.commands.executeCommand('clauseLens.lookupClause', { query });
		}
		const clauses = await shown;
		assert.strictEqual(clauses.items[0], '4.2');
		assert.ok(clauses.items.length < 11, 'the query filters');
		await screenshot('lookup-quick-pick', 20000, '.quick-input-widget .monaco-list-row', { selectors: ['.quick-input-widget'], padding: 8 });

		const actions = step('action');
		await accept();
		const action = await actions;
		assert.deepStrictEqual(action.items, ['$(quote) Insert exact quote at cursor', '$(link) Insert citation at cursor', '$(go-to-file) Open in source', '$(copy) Copy quote and citation']);
		await accept();
		assert.deepStrictEqual(await done, { clauseId: '4.2', action: 'insertQuote' });
		assert.strictEqual(
			doc.getText(),
			briefing.slice(0, -1) + '“This may include expanding the existing partnership between OpenAI and the UK AI Security Institute to include the development of a new technical information sharing programme, partnering to deepen knowledge across government around evolving model capabilities and risks, exploring safety research collaborations, and partnering to develop safeguards that protect the public and uphold democratic values.” (MoU §4.2)\n',
		);
		assert.strictEqual(editor.selection.active.character, doc.lineAt(cursor.line).text.length, 'the cursor is after the quote');
	});

	test('a query argument, then "Insert citation"; typos in every word still rank the right clause first', async () => {
		const { doc } = await openUntitled('See ');
		vscode.window.activeTextEditor!.selection = new vscode.Selection(0, 4, 0, 4);
		const shown = step('clause');
		const done = vscode.commands.executeCommand('clauseLens.lookupClause', { query: 'sovereign infrastucture growht zone' });
		assert.strictEqual((await shown).active, '3.2');
		const actions = step('action');
		await accept();
		await actions;
		const next = step('action', (s) => s.active === '$(link) Insert citation at cursor');
		await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
		await next;
		await accept();
		assert.deepStrictEqual(await done, { clauseId: '3.2', action: 'insertCitation' });
		assert.strictEqual(doc.getText(), 'See MoU §3.2');
	});

	test('"Open in source" reveals and selects the clause in the read-only source document', async () => {
		await openUntitled('Draft.\n');
		const shown = step('clause');
		const done = vscode.commands.executeCommand('clauseLens.lookupClause', { query: 'growth zones' });
		assert.strictEqual((await shown).active, '3.2');
		const actions = step('action');
		await accept();
		await actions;
		await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
		const open = step('action', (s) => s.active === '$(go-to-file) Open in source');
		await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
		await open;
		await accept();
		assert.deepStrictEqual(await done, { clauseId: '3.2', action: 'open' });
		const editor = vscode.window.activeTextEditor!;
		assert.strictEqual(editor.document.uri.scheme, 'clause-lens');
		assert.match(editor.document.getText(editor.selection), /^This may include exploring OpenAI’s participation in AI Growth Zones/);
	});
});
