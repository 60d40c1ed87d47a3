// Diagnostics on real briefings: every warning rule, clearing on fix, untitled and CRLF documents, settings,
// inline suppression, closing, the status bar.
import * as assert from 'assert';
import * as vscode from 'vscode';

import type { ClauseLensApi } from '../../../src/extension/extension';
import { closeAllEditors, copyFixture, EXTENSION_ID, openCopy, openUntitled, replaceText, rulesOf, setSetting, waitForDiagnostics, waitForStatusBar } from './helpers';

const WARNING_RULES = ['binding-status', 'misquote', 'overstated-commitment', 'unsupported-claim'];
const DRIFTED = 'briefings/drifted-briefing.md';

const sorted = (d: readonly vscode.Diagnostic[]): string[] => rulesOf(d).sort();
const byRule = (d: readonly vscode.Diagnostic[], rule: string): vscode.Diagnostic => {
	const found = d.find((x) => rulesOf([x])[0] === rule);
	assert.ok(found, `no ${rule} diagnostic among ${JSON.stringify(rulesOf(d))}`);
	return found;
};

suite('Diagnostics', () => {
	teardown(async () => {
		await setSetting('severity', undefined);
		await setSetting('run', undefined);
		await closeAllEditors();
	});

	test('each warning rule appears on a real briefing: source, code linking the README, severity, exact range, related clause', async () => {
		const { doc } = await openCopy(DRIFTED);
		const diagnostics = await waitForDiagnostics(doc.uri, (d) => sorted(d).join() === WARNING_RULES.join());
		for (const d of diagnostics) {
			const rule = rulesOf([d])[0]!;
			assert.strictEqual(d.source, 'Clause Lens');
			assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Warning, rule);
			assert.ok(typeof d.code === 'object');
			assert.strictEqual(d.code.target.toString(true), `https://github.com/clause-lens/clause-lens#${rule}`);
		}
		assert.strictEqual(doc.getText(byRule(diagnostics, 'binding-status').range), 'binding');
		assert.strictEqual(doc.getText(byRule(diagnostics, 'overstated-commitment').range), 'will deliver');
		assert.match(doc.getText(byRule(diagnostics, 'misquote').range), /^will collaborate to improve understanding of capabilities and\n\s+safety risks, and to mitigate those risks$/);
		assert.strictEqual(doc.getText(byRule(diagnostics, 'unsupported-claim').range), 'A Joint Steering Group will oversee delivery and report to ministers every quarter.');
		// Plain sentences in the Problems panel: the words in quotation marks, no Markdown backticks.
		assert.match(byRule(diagnostics, 'overstated-commitment').message, /^‘will deliver’ \(firm commitment\) is stronger than MoU §2\.3, which says ‘may also include exploring’/);
		assert.deepStrictEqual(diagnostics.filter((d) => d.message.includes('`')).map((d) => d.message), []);

		// Related information: the clause in the read-only embedded source, at exactly the clause's words.
		const related = byRule(diagnostics, 'overstated-commitment').relatedInformation?.[0];
		assert.ok(related, 'overstated-commitment has related information');
		assert.strictEqual(related.location.uri.scheme, 'clause-lens');
		const source = await vscode.workspace.openTextDocument(related.location.uri);
		assert.match(source.getText(related.location.range), /^The partnership may also include exploring how AI can be deployed in the public sector/);
	});

	test('warnings clear as soon as the text is fixed (edits through WorkspaceEdit)', async () => {
		const { doc } = await openCopy(DRIFTED);
		await waitForDiagnostics(doc.uri, (d) => sorted(d).join() === WARNING_RULES.join());
		const fixes: [string, string, string][] = [
			['binding-status', 'It is a binding agreement between the two parties.', 'It is voluntary and not legally binding.'],
			['overstated-commitment', 'OpenAI will deliver tailored AI skills workshops', 'The partnership may also include tailored AI skills workshops'],
			['misquote', 'safety risks', 'security risks'],
			['unsupported-claim', '- A Joint Steering Group will oversee delivery and report to ministers every quarter.\n', ''],
		];
		const remaining = [...WARNING_RULES];
		for (const [rule, find, replacement] of fixes) {
			await replaceText(doc, find, replacement);
			remaining.splice(remaining.indexOf(rule), 1);
			const after = await waitForDiagnostics(doc.uri, (d) => sorted(d).join() === remaining.join());
			assert.ok(!rulesOf(after).includes(rule), `${rule} cleared`);
		}
	});

	test('an untitled document is checked', async () => {
		const { doc } = await openUntitled('# Lines to take\n\nOpenAI will deliver tailored AI skills workshops for civil servants. The MoU is a binding agreement.\n');
		assert.strictEqual(doc.uri.scheme, 'untitled');
		const diagnostics = await waitForDiagnostics(doc.uri, (d) => sorted(d).join() === 'binding-status,overstated-commitment');
		assert.strictEqual(doc.getText(byRule(diagnostics, 'overstated-commitment').range), 'will deliver');
	});

	test('a plain-text document with CRLF line endings: ranges cover exactly the flagged words', async () => {
		const { doc } = await openCopy(DRIFTED, { transform: (t) => t.replace(/\n/g, '\r\n'), extension: '.txt' });
		assert.strictEqual(doc.eol, vscode.EndOfLine.CRLF);
		assert.strictEqual(doc.languageId, 'plaintext');
		const diagnostics = await waitForDiagnostics(doc.uri, (d) => sorted(d).join() === WARNING_RULES.join());
		assert.strictEqual(doc.getText(byRule(diagnostics, 'binding-status').range), 'binding');
		assert.strictEqual(doc.getText(byRule(diagnostics, 'overstated-commitment').range), 'will deliver');
		assert.match(doc.getText(byRule(diagnostics, 'misquote').range), /^will collaborate .* capabilities and\r\n\s+safety risks, and to mitigate those risks$/);
	});

	test('clauseLens.severity: a rule set to off disappears, another changes severity', async () => {
		const { doc } = await openCopy(DRIFTED);
		await waitForDiagnostics(doc.uri, (d) => sorted(d).join() === WARNING_RULES.join());
		await setSetting('severity', { misquote: 'off', 'unsupported-claim': 'error' });
		const diagnostics = await waitForDiagnostics(doc.uri, (d) => !rulesOf(d).includes('misquote') && rulesOf(d).length === 3);
		assert.strictEqual(byRule(diagnostics, 'unsupported-claim').severity, vscode.DiagnosticSeverity.Error);
		await setSetting('severity', undefined);
		await waitForDiagnostics(doc.uri, (d) => sorted(d).join() === WARNING_RULES.join());
	});

	test('inline suppression: disable-next-line (one rule) and a disable … enable block', async () => {
		const { doc } = await openCopy('briefings/press-lines.md');
		const diagnostics = await waitForDiagnostics(doc.uri, (d) => sorted(d).join() === 'binding-status,misquote');
		assert.strictEqual(doc.getText(byRule(diagnostics, 'binding-status').range), 'binding');
		// Remove the block's comments: the steering group claim is reported again.
		await replaceText(doc, '<!-- clause-lens-disable -->\n', '');
		await waitForDiagnostics(doc.uri, (d) => sorted(d).join() === 'binding-status,misquote,unsupported-claim');
	});

	test('clauseLens.run = onSave: typing does not re-check, saving does', async () => {
		const { doc } = await openCopy(DRIFTED);
		await waitForDiagnostics(doc.uri, (d) => sorted(d).join() === WARNING_RULES.join());
		await setSetting('run', 'onSave');
		await replaceText(doc, 'safety risks', 'security risks');
		// The open-time result is kept while typing; the save brings the new one.
		assert.ok(rulesOf(vscode.languages.getDiagnostics(doc.uri)).includes('misquote'));
		await doc.save();
		await waitForDiagnostics(doc.uri, (d) => !rulesOf(d).includes('misquote') && rulesOf(d).length === 3);
	});

	test('the status bar counts the active briefing; a closed document loses its diagnostics', async () => {
		const api = vscode.extensions.getExtension<ClauseLensApi>(EXTENSION_ID)!.exports;
		const { doc } = await openCopy(DRIFTED);
		await waitForDiagnostics(doc.uri, (d) => rulesOf(d).length === 4);
		const shown = await waitForStatusBar(api, (s) => s.text === '$(book) MoU  $(warning) 4');
		assert.strictEqual(shown.isWarning, false);
		assert.match(shown.tooltip, /^Clause Lens is checking against UK–OpenAI Memorandum of Understanding \(21 July 2025\)\.\n0 errors, 4 warnings, 0 notes in this document\./);
		await closeAllEditors();

		// NOTE: a document an extension opened with openTextDocument stays open for minutes after its editor
		// closes (VS Code keeps extension-held models), so open this one as a user would: the vscode.open command.
		const other = await copyFixture('briefings/press-lines.md');
		await vscode.commands.executeCommand('vscode.open', other);
		await waitForDiagnostics(other, (d) => rulesOf(d).length === 2);
		const closed = new Promise<void>((resolve) => {
			const sub = vscode.workspace.onDidCloseTextDocument((d) => d.uri.toString() === other.toString() && (sub.dispose(), resolve()));
		});
		await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
		await closed;
		assert.deepStrictEqual(vscode.languages.getDiagnostics(other), []);
	});
});
