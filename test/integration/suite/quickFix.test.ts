// Quick fixes: each edits exactly the right text and the warning clears; none is offered for stale diagnostics.
import * as assert from 'assert';
import * as vscode from 'vscode';

import type { ClauseLensApi } from '../../../src/extension/extension';
import { closeAllEditors, copyFixture, EXTENSION_ID, nextEvent, openCopy, quickFixesAt, replaceText, rulesOf, screenshot, setSetting, waitForDiagnostics, workspaceFolder } from './helpers';

const DRIFTED = 'briefings/drifted-briefing.md';

function projectFile(): vscode.Uri {
	return vscode.Uri.joinPath(workspaceFolder().uri, '.clause-lens.json');
}

function actionsFor(doc: vscode.TextDocument, diagnostic: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
	return quickFixesAt(doc.uri, diagnostic.range);
}

async function diagnosticOf(doc: vscode.TextDocument, rule: string): Promise<vscode.Diagnostic> {
	const diagnostics = await waitForDiagnostics(doc.uri, (d) => rulesOf(d).includes(rule));
	return diagnostics.find((d) => rulesOf([d])[0] === rule)!;
}

async function apply(action: vscode.CodeAction | undefined): Promise<void> {
	assert.ok(action?.edit, `action ${action?.title} has an edit`);
	assert.ok(await vscode.workspace.applyEdit(action.edit));
}

suite('Quick fixes', () => {
	teardown(async () => {
		await setSetting('run', undefined);
		await closeAllEditors();
		await vscode.workspace.fs.delete(vscode.Uri.joinPath(workspaceFolder().uri, '.clause-lens.json')).then(undefined, () => undefined);
	});

	test("the engine's preferred fixes: overstatement, binding status, misquote; each warning clears", async () => {
		const { doc } = await openCopy(DRIFTED);
		const cases: [string, string, RegExp][] = [
			['overstated-commitment', "Replace 'will deliver' with 'may deliver'", /^- OpenAI may deliver tailored AI skills workshops for civil servants\.$/m],
			['binding-status', "Replace 'binding' with 'non-binding'", /It is a non-binding agreement between the two parties\.$/m],
			['misquote', "Replace 'safety' with 'security' (the exact words of MoU §4.1)", /“will collaborate to improve understanding of capabilities and\s+security risks, and to mitigate those risks”\.$/m],
		];
		for (const [rule, title, expected] of cases) {
			const before = doc.getText();
			const diagnostic = await diagnosticOf(doc, rule);
			const actions = await actionsFor(doc, diagnostic);
			const preferred = actions.filter((a) => a.isPreferred);
			assert.strictEqual(preferred.length, 1, `${rule}: one preferred fix among ${JSON.stringify(actions.map((a) => [a.title, a.isPreferred]))}`);
			assert.strictEqual(preferred[0]!.title, title);
			await apply(preferred[0]);
			assert.match(doc.getText(), expected);
			// Exactly the flagged range changed: the text before and after it is untouched.
			const start = doc.offsetAt(diagnostic.range.start);
			assert.strictEqual(doc.getText().slice(0, start), before.slice(0, start));
			await waitForDiagnostics(doc.uri, (d) => !rulesOf(d).includes(rule));
		}
	});

	test('"Insert exact quote from §X" on a cited sentence inserts the clause sentence and its citation, and is not a misquote', async () => {
		const { doc } = await openCopy(DRIFTED);
		await waitForDiagnostics(doc.uri, (d) => rulesOf(d).length === 4);
		const sentenceEnd = doc.getText().indexOf('the private sector.') + 'the private sector.'.length;
		const range = new vscode.Range(doc.positionAt(sentenceEnd - 5), doc.positionAt(sentenceEnd - 5));
		const actions = await quickFixesAt(doc.uri, range, (a) => a.some((x) => x.title.startsWith('Insert exact quote')));
		const insert = actions.find((a) => a.title === 'Insert exact quote from §2.1');
		await apply(insert);
		const quote = ' “OpenAI and DSIT will collaborate to identify opportunities for how advanced AI models can be deployed throughout government and the private sector, to help civil servants work more efficiently, and to support small businesses and citizens to navigate public services more effectively.” (MoU §2.1)';
		assert.strictEqual(doc.getText().slice(sentenceEnd, sentenceEnd + quote.length), quote);
		const after = await waitForDiagnostics(doc.uri, (d) => rulesOf(d).length === 4 && doc.version > 1);
		assert.deepStrictEqual(rulesOf(after).sort(), ['binding-status', 'misquote', 'overstated-commitment', 'unsupported-claim']);
	});

	test('"Ignore \'rule\' on this line" inserts the disable-next-line comment above (markdown) and the warning clears', async () => {
		const { doc } = await openCopy(DRIFTED);
		const diagnostic = await diagnosticOf(doc, 'unsupported-claim');
		const line = diagnostic.range.start.line;
		const action = (await actionsFor(doc, diagnostic)).find((a) => a.title === "Ignore 'unsupported claim' on this line");
		await apply(action);
		assert.strictEqual(doc.lineAt(line).text, '<!-- clause-lens-disable-next-line unsupported-claim -->');
		assert.match(doc.lineAt(line + 1).text, /^- A Joint Steering Group/);
		await waitForDiagnostics(doc.uri, (d) => !rulesOf(d).includes('unsupported-claim') && rulesOf(d).length === 3);
	});

	test('"Accept this wording" records rule, words and clause in .clause-lens.json; edits elsewhere in the sentence keep it accepted', async () => {
		const { doc, editor } = await openCopy(DRIFTED);
		const diagnostic = await diagnosticOf(doc, 'overstated-commitment');
		const actions = await actionsFor(doc, diagnostic);
		const action = actions.find((a) => a.title === "Accept this wording: 'will deliver' against MoU §2.3");
		// The light bulb menu as a drafter sees it (README).
		editor.selection = new vscode.Selection(diagnostic.range.start, diagnostic.range.start);
		await vscode.commands.executeCommand('editor.action.quickFix');
		await screenshot('quick-fix-accept', 15000, '.action-widget', { clip: '.action-widget, .monaco-editor .cursors-layer .cursor', pad: 24 });
		await vscode.commands.executeCommand('hideCodeActionWidget');
		assert.ok(action?.command, `Accept this wording runs a command (offered: ${actions.map((a) => a.title).join(', ')})`);
		assert.strictEqual(await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? [])), true);
		const config = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(projectFile())));
		assert.deepStrictEqual(config, { accept: [{ rule: 'overstated-commitment', words: 'will deliver', clause: '2.3' }] });
		await waitForDiagnostics(doc.uri, (d) => !rulesOf(d).includes('overstated-commitment') && rulesOf(d).length === 3);

		// The rest of the sentence changes: still accepted (a sentence key would have brought it back).
		await replaceText(doc, 'tailored AI skills workshops for civil servants', 'tailored AI skills workshops for all civil servants in 2026');
		const after = await waitForDiagnostics(doc.uri, (d) => rulesOf(d).length === 3 && doc.getText().includes('in 2026'));
		assert.ok(!rulesOf(after).includes('overstated-commitment'));
		// Changing the flagged words brings the finding back.
		await replaceText(doc, 'OpenAI will deliver', 'OpenAI will certainly deliver');
		await waitForDiagnostics(doc.uri, (d) => rulesOf(d).includes('overstated-commitment'));
	});

	test('"Turn off <rule> for this file" writes an override for the file only; "for folder" for its folder', async () => {
		const { doc } = await openCopy(DRIFTED);
		const other = await openCopy(DRIFTED);
		const diagnostic = await diagnosticOf(doc, 'unsupported-claim');
		await diagnosticOf(other.doc, 'unsupported-claim');
		const actions = await actionsFor(doc, diagnostic);
		const forFile = actions.find((a) => a.title === 'Turn off unsupported-claim for this file');
		assert.ok(forFile?.command, actions.map((a) => a.title).join(', '));
		assert.strictEqual(await vscode.commands.executeCommand(forFile.command.command, ...(forFile.command.arguments ?? [])), true);
		const name = vscode.workspace.asRelativePath(doc.uri, false);
		const config = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(projectFile())));
		assert.deepStrictEqual(config, { overrides: [{ files: [name], severity: { 'unsupported-claim': 'off' } }] });
		await waitForDiagnostics(doc.uri, (d) => !rulesOf(d).includes('unsupported-claim') && rulesOf(d).length === 3);
		assert.ok(rulesOf(vscode.languages.getDiagnostics(other.doc.uri)).includes('unsupported-claim'), 'the other file keeps the rule');

		const forFolder = (await actionsFor(other.doc, await diagnosticOf(other.doc, 'unsupported-claim'))).find((a) => a.title === "Turn off unsupported-claim for folder 'scratch'");
		assert.ok(forFolder?.command);
		assert.strictEqual(await vscode.commands.executeCommand(forFolder.command.command, ...(forFolder.command.arguments ?? [])), true);
		await waitForDiagnostics(other.doc.uri, (d) => !rulesOf(d).includes('unsupported-claim') && rulesOf(d).length === 3);
		const after = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(projectFile())));
		assert.deepStrictEqual(after.overrides[1], { files: ['scratch/'], severity: { 'unsupported-claim': 'off' } });
	});

	test('"Accept this wording" inserts into an existing .clause-lens.json and keeps every byte of it', async () => {
		const file = projectFile();
		// A byte order mark, CRLF, comments, a number JSON.parse would round, an escape, a compact list.
		const before = '\uFEFF{\r\n\t// Reviewed by the policy team.\r\n\t"severity": { "understated-commitment": "information" }, /* the default */\r\n\t"x-ticket": 12345678901234567890,\r\n\t"x-note": "caf\\u00e9",\r\n\t"accept": [\r\n\t]\r\n}\r\n';
		await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(before));
		const { doc } = await openCopy(DRIFTED);
		const diagnostic = await diagnosticOf(doc, 'overstated-commitment');
		const action = (await actionsFor(doc, diagnostic)).find((a) => a.title.startsWith('Accept this wording'));
		assert.strictEqual(await vscode.commands.executeCommand(action!.command!.command, ...(action!.command!.arguments ?? [])), true);
		const bytes = await vscode.workspace.fs.readFile(file);
		assert.deepStrictEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'the byte order mark is kept');
		const after = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
		const at = [...before].findIndex((ch, k) => ch !== after[k]);
		assert.strictEqual(after.slice(at + after.length - before.length), before.slice(at), `only an insertion at ${at}:\n${after}`);
		assert.ok(!/[^\r]\n/.test(after), 'CRLF line ends only');
		assert.match(after, /^\t\t\t"words": "will deliver",\r$/m);
		await waitForDiagnostics(doc.uri, (d) => !rulesOf(d).includes('overstated-commitment') && rulesOf(d).length === 3);
	});

	test('"Accept this wording" refuses a .clause-lens.json whose `accept` is not a list, and leaves it as it was', async () => {
		const file = projectFile();
		const before = '{\n\t"accept": { "overstated-commitment": ["will deliver"] }\n}\n';
		await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(before));
		const { doc } = await openCopy(DRIFTED);
		const diagnostic = await diagnosticOf(doc, 'overstated-commitment');
		const action = (await actionsFor(doc, diagnostic)).find((a) => a.title.startsWith('Accept this wording'));
		assert.strictEqual(await vscode.commands.executeCommand(action!.command!.command, ...(action!.command!.arguments ?? [])), false);
		assert.strictEqual(new TextDecoder().decode(await vscode.workspace.fs.readFile(file)), before);
	});

	test('plain text: no "Ignore on this line", but "Accept this wording"; an unsaved document: no per-file rules', async () => {
		const { doc } = await openCopy(DRIFTED, { extension: '.txt' });
		const diagnostic = await diagnosticOf(doc, 'unsupported-claim');
		const titles = (await actionsFor(doc, diagnostic)).map((a) => a.title);
		assert.ok(!titles.includes('Ignore on this line'), titles.join());
		assert.ok(titles.some((t) => t.startsWith("Accept this wording: 'A Joint Steering Group will oversee del…'")), titles.join());
		const untitled = await vscode.workspace.openTextDocument({ language: 'markdown', content: doc.getText() });
		await vscode.window.showTextDocument(untitled);
		const onUntitled = (await actionsFor(untitled, await diagnosticOf(untitled, 'unsupported-claim'))).map((a) => a.title);
		assert.ok(onUntitled.some((t) => t.startsWith('Accept this wording')), onUntitled.join());
		assert.ok(!onUntitled.some((t) => t.startsWith('Turn off')), onUntitled.join());
	});

	test('"Insert the exact quote of §X": the quote is not flagged, also after a list item with no full stop', async () => {
		// The claim runs to the line's end; the quote goes after it, and the claim's squiggle stays on the claim.
		const api = vscode.extensions.getExtension<ClauseLensApi>(EXTENSION_ID)!.exports;
		const { doc } = await openCopy(DRIFTED, {
			transform: (t) => `${t}- The MoU requires OpenAI to build data centres in the UK\n- OpenAI will build AI Growth Zones in the UK\n`,
		});
		for (const [rule, line, title] of [
			['unsupported-claim', '- The MoU requires OpenAI to build data centres in the UK', 'Insert the exact quote of §3.1'],
			['overstated-commitment', '- OpenAI will build AI Growth Zones in the UK', 'Insert the exact quote of §3.2'],
		] as const) {
			const isIt = (x: vscode.Diagnostic): boolean => rulesOf([x])[0] === rule && doc.lineAt(x.range.start.line).text === line;
			const diagnostic = (await waitForDiagnostics(doc.uri, (d) => d.some(isIt))).find(isIt)!;
			const actions = await actionsFor(doc, diagnostic);
			const insert = actions.find((a) => a.title === title);
			assert.ok(insert, `${title} among ${JSON.stringify(actions.map((a) => a.title))}`);
			const edit = insert.edit!.get(doc.uri)[0]!;
			// The diagnostics may stay as they were (the quote adds none), so wait for the check of the new version.
			const edited = doc.version + 1;
			const checked = nextEvent(api.onDidCheck, (u) => u.toString() === doc.uri.toString() && doc.version === edited, 'the check after the quote');
			await apply(insert);
			await checked;
			// The sentence gets its full stop; the quote and its citation follow it.
			assert.match(edit.newText, /^\. “.*” \(MoU §3\.[12]\)$/);
			const from = doc.offsetAt(edit.range.start);
			const inserted = new vscode.Range(doc.positionAt(from + edit.newText.indexOf('“')), doc.positionAt(from + edit.newText.length));
			const after = vscode.languages.getDiagnostics(doc.uri);
			assert.ok(after.some((x) => rulesOf([x])[0] === rule), `the ${rule} finding is still there, on the claim`);
			const onQuote = after.filter((d) => d.source === 'Clause Lens' && d.range.intersection(inserted) !== undefined && !d.range.intersection(inserted)!.isEmpty);
			assert.deepStrictEqual(onQuote.map((d) => `${rulesOf([d])[0]}: ${doc.getText(d.range)}`), []);
		}
	});

	test('overlapping findings: every action names the finding it acts on, and the same action is offered once', async () => {
		// Two binding-status findings and an overstated commitment on one line, overlapping at "must".
		const uri = await copyFixture(DRIFTED, { transform: (t) => `${t}\nThe MoU is legally binding. Under the MoU, OpenAI must share its models with the AI Security Institute.\n` });
		const doc = await vscode.workspace.openTextDocument(uri);
		await vscode.window.showTextDocument(doc);
		const line = doc.lineCount - 2;
		const onLine = (d: readonly vscode.Diagnostic[]): vscode.Diagnostic[] => d.filter((x) => x.source === 'Clause Lens' && x.range.start.line === line);
		await waitForDiagnostics(doc.uri, (d) => rulesOf(onLine(d)).sort().join() === 'binding-status,binding-status,overstated-commitment');
		const actions = await quickFixesAt(doc.uri, doc.lineAt(line).range, (a) => a.filter((x) => x.title.startsWith('Ignore')).length >= 2 && a.some((x) => x.title.startsWith('Accept this wording')));
		const titles = actions.map((a) => a.title);
		assert.deepStrictEqual(titles.filter((t, i) => titles.indexOf(t) !== i), [], `no title twice: ${JSON.stringify(titles)}`);
		const ignores = titles.filter((t) => t.startsWith('Ignore')).sort();
		assert.ok(titles.includes("Insert the exact quote of the MoU's status clause (for 'legally binding')"), titles.join(' | '));
		assert.ok(titles.includes("Insert the exact quote of the MoU's status clause (for 'must')"), titles.join(' | '));
		assert.deepStrictEqual(ignores, ["Ignore 'binding status' on this line", "Ignore 'overstated commitment' on this line"]);
		// Each "Accept this wording" names its words and clause; turning a rule off is offered once per rule and scope.
		assert.ok(titles.includes("Accept this wording: 'legally binding' against MoU status"), titles.join(' | '));
		assert.strictEqual(titles.filter((t) => t === 'Turn off binding-status for this file').length, 1, titles.join(' | '));
		// The one "on this line" action for both binding-status findings clears both.
		await apply(actions.find((a) => a.title === "Ignore 'binding status' on this line"));
		assert.strictEqual(doc.lineAt(line).text, '<!-- clause-lens-disable-next-line binding-status -->');
		await waitForDiagnostics(doc.uri, (d) => rulesOf(d.filter((x) => x.range.start.line === line + 1)).join() === 'overstated-commitment');
	});

	test('no quick fix is offered for a stale diagnostic (the document changed since it was checked)', async () => {
		const { doc } = await openCopy(DRIFTED);
		const diagnostic = await diagnosticOf(doc, 'overstated-commitment');
		assert.ok((await actionsFor(doc, diagnostic)).length > 0);
		await setSetting('run', 'onSave');
		await replaceText(doc, '# Submission', 'DRAFT\n\n# Submission'); // two lines down: the old ranges now point at other text
		const stale = vscode.languages.getDiagnostics(doc.uri).find((d) => rulesOf([d])[0] === 'overstated-commitment')!;
		const offered = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, stale.range, vscode.CodeActionKind.QuickFix.value);
		assert.deepStrictEqual(offered.map((a) => a.title), []);
		// Saved and checked again: the fixes are back, for the new version.
		await doc.save();
		await waitForDiagnostics(doc.uri, (d) => !d.some((x) => x.range.isEqual(stale.range)));
		const fresh = vscode.languages.getDiagnostics(doc.uri).find((d) => rulesOf([d])[0] === 'overstated-commitment')!;
		assert.ok((await actionsFor(doc, fresh)).some((a) => a.isPreferred));
	});
});
