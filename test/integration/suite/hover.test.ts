// Hover citations: the clause behind a sentence, its exact words, the strength comparison, only our own commands.
import * as assert from 'assert';
import * as vscode from 'vscode';

import { closeAllEditors, openCopy, rulesOf, screenshot, waitForDiagnostics } from './helpers';

/** The markdown of every hover at a position, as one string with MarkdownString.appendText's escaping undone. */
async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<{ raw: string; text: string; hovers: vscode.Hover[] }> {
	const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position)) ?? [];
	const raw = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n---\n');
	const text = raw.replace(/&nbsp;/g, ' ').replace(/\\([\\`*_{}[\]()#+\-!~>.])/g, '$1');
	return { raw, text, hovers };
}

suite('Hover citations', () => {
	teardown(closeAllEditors);

	test('a cited sentence shows the clause label and title, the exact clause text, the strength comparison and links', async () => {
		const { doc, editor } = await openCopy('briefings/drifted-briefing.md');
		const diagnostics = await waitForDiagnostics(doc.uri, (d) => rulesOf(d).length === 4);
		const at = doc.positionAt(doc.getText().indexOf('will deliver') + 2);
		const { raw, text } = await hoverText(doc.uri, at);
		assert.match(text, /^\*\*MoU §2\.3\*\* — public and private sector adoption /);
		assert.ok(text.includes('The partnership may also include exploring how AI can be deployed in the public sector in line with the UK’s safety standards and guidelines, tailored AI skills workshops, and partnerships to expand public engagement with AI technology to seek and implement feedback.'), text);
		assert.match(text, /\*\*Stronger than the source:\*\* your text `will deliver` — firm commitment; §2\.3: `may also include exploring` — possibility/);
		const commands = [...raw.matchAll(/\]\(command:([\w.]+)\?/g)].map((m) => m[1]);
		assert.deepStrictEqual(commands, ['clauseLens.openClause', 'clauseLens.insertQuote', 'clauseLens.copyCitation']);

		// The live editor: the squiggle with its hover open, for the README.
		const diagnostic = diagnostics.find((d) => rulesOf([d])[0] === 'overstated-commitment')!;
		editor.selection = new vscode.Selection(diagnostic.range.start.translate(0, 3), diagnostic.range.start.translate(0, 3));
		editor.revealRange(diagnostic.range, vscode.TextEditorRevealType.InCenter);
		await vscode.commands.executeCommand('editor.action.showHover');
		// The hover and the line under it, from the editor's left edge: what the README and the walkthrough show.
		await screenshot('hover-overstated-commitment', 20000, '.monaco-hover [data-href^="command:clauseLens.openClause"]', {
			selectors: ['.monaco-hover', '.monaco-editor.focused .view-overlays .current-line'],
			padding: 8,
		});
	});

	test('clause text is escaped, and only Clause Lens commands are trusted', async () => {
		const { doc } = await openCopy('briefings/drifted-briefing.md');
		await waitForDiagnostics(doc.uri, (d) => rulesOf(d).length === 4);
		// This sentence cites the introduction, whose text has "(MoU)" and "(DSIT)": escaped, they cannot form links.
		const { raw, text, hovers } = await hoverText(doc.uri, doc.positionAt(doc.getText().indexOf('sets out the shared intent')));
		assert.match(text, /\*\*MoU introduction\*\*/);
		// Plain spaces between the words (appendText alone would join them with &nbsp;, which wraps mid-word).
		assert.ok(raw.includes('Memorandum of Understanding \\(MoU\\) outlines the shared intent'), raw);
		const trusted = hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'object' && 'isTrusted' in c ? c.isTrusted : undefined)).find((t) => t !== undefined);
		if (trusted !== undefined) {
			assert.deepStrictEqual(trusted, { enabledCommands: ['clauseLens.openClause', 'clauseLens.insertQuote', 'clauseLens.copyCitation'] });
		}
	});

	test('the insert-quote link inserts the cited sentence in quotation marks with its citation', async () => {
		const { doc } = await openCopy('briefings/drifted-briefing.md');
		await waitForDiagnostics(doc.uri, (d) => rulesOf(d).length === 4);
		const sentence = 'OpenAI will deliver tailored AI skills workshops for civil servants.';
		const { raw } = await hoverText(doc.uri, doc.positionAt(doc.getText().indexOf(sentence) + 5));
		const link = /\(command:clauseLens\.insertQuote\?([^)\s]+)/.exec(raw);
		assert.ok(link, 'insert-quote link');
		const args = JSON.parse(decodeURIComponent(link[1]!)) as unknown[];
		assert.strictEqual(await vscode.commands.executeCommand('clauseLens.insertQuote', ...args), true);
		assert.ok(doc.getText().includes(`${sentence} “The partnership may also include exploring how AI can be deployed in the public sector`));
		assert.ok(doc.getText().includes('seek and implement feedback.” (MoU §2.3)\n'));
	});

	test('no Clause Lens hover outside cited sentences', async () => {
		const { doc } = await openCopy('briefings/drifted-briefing.md');
		await waitForDiagnostics(doc.uri, (d) => rulesOf(d).length === 4);
		const { raw } = await hoverText(doc.uri, new vscode.Position(2, 5)); // "**To:** Minister for AI …"
		assert.ok(!raw.includes('command:clauseLens'), raw);
	});
});
