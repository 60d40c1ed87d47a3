// The packaged extension, installed from the .vsix into a fresh extensions dir (runTest.js --vsix): it is the one
// VS Code loaded, it activates, flags a briefing, serves its embedded source, and its walkthrough's sample and
// quick fixes work. Short on purpose: suite/ tests the behaviour in depth against the development folder.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';

import { closeAllEditors, EXTENSION_ID, openCopy, quickFixesAt, rulesOf, waitForDiagnostics, waitUntil } from '../suite/helpers';

const WARNING_RULES = 'binding-status,misquote,overstated-commitment,unsupported-claim';
const sorted = (d: readonly vscode.Diagnostic[]): string => rulesOf(d).sort().join();

/** Whether `version` satisfies a caret range such as `^1.100.0` (what engines.vscode uses). */
function satisfiesCaret(version: string, range: string): boolean {
	const [major, minor, patch] = version.split('.').map(Number) as [number, number, number];
	const [wantMajor, wantMinor, wantPatch] = range.replace(/^\^/, '').split('.').map(Number) as [number, number, number];
	return major === wantMajor && (minor > wantMinor || (minor === wantMinor && patch >= wantPatch));
}

function extension(): vscode.Extension<unknown> {
	const ext = vscode.extensions.getExtension(EXTENSION_ID);
	assert.ok(ext, `${EXTENSION_ID} is not installed`);
	return ext;
}

suite('The installed .vsix', () => {
	teardown(closeAllEditors);

	test('is the extension VS Code loaded: from the extensions dir, this version, no sources, engine satisfied', () => {
		const ext = extension();
		const extensionsDir = process.env.CLAUSE_LENS_EXTENSIONS_DIR;
		const repo = JSON.parse(fs.readFileSync(path.join(process.env.CLAUSE_LENS_REPO_ROOT ?? '', 'package.json'), 'utf8'));
		console.log(`installed at ${ext.extensionPath} (from ${process.env.CLAUSE_LENS_VSIX}); vscode ${vscode.version}`);
		assert.ok(extensionsDir, 'CLAUSE_LENS_EXTENSIONS_DIR is set by runTest.js --vsix');
		assert.strictEqual(path.dirname(ext.extensionPath), extensionsDir);
		assert.strictEqual(path.basename(ext.extensionPath), `${repo.publisher}.${repo.name}-${repo.version}`);
		assert.strictEqual(ext.packageJSON.version, repo.version);
		assert.ok(satisfiesCaret(vscode.version, ext.packageJSON.engines.vscode), `VS Code ${vscode.version} satisfies ${ext.packageJSON.engines.vscode}`);
		for (const absent of ['src', 'node_modules', 'test', 'dist/extension.js.map']) {
			assert.ok(!fs.existsSync(path.join(ext.extensionPath, absent)), `${absent} is not shipped`);
		}
	});

	test('activates on a markdown briefing and flags it; the clause opens in the embedded MoU', async () => {
		const { doc } = await openCopy('briefings/drifted-briefing.md');
		await waitUntil(() => extension().isActive, `${EXTENSION_ID} to activate`);
		const diagnostics = await waitForDiagnostics(doc.uri, (d) => sorted(d) === WARNING_RULES);
		const overstated = diagnostics.find((d) => rulesOf([d])[0] === 'overstated-commitment')!;
		assert.strictEqual(doc.getText(overstated.range), 'will deliver');
		const related = overstated.relatedInformation?.[0]?.location;
		assert.ok(related, 'the clause is related information');
		const source = await vscode.workspace.openTextDocument(related.uri);
		assert.match(source.getText(related.range), /^The partnership may also include exploring/);
	});

	test("the walkthrough's sample briefing ships and is flagged; its preferred quick fix applies", async () => {
		const editor = await vscode.commands.executeCommand<vscode.TextEditor>('clauseLens.openSampleBriefing');
		assert.ok(editor, 'Open Sample Briefing returned its editor');
		const doc = editor.document;
		assert.strictEqual(doc.uri.scheme, 'untitled');
		const diagnostics = await waitForDiagnostics(doc.uri, (d) => sorted(d) === WARNING_RULES);
		const overstated = diagnostics.find((d) => rulesOf([d])[0] === 'overstated-commitment')!;
		const actions = await quickFixesAt(doc.uri, overstated.range, (a) => a.some((x) => x.isPreferred));
		const preferred = actions.find((a) => a.isPreferred)!;
		assert.ok(preferred.edit && (await vscode.workspace.applyEdit(preferred.edit)));
		assert.strictEqual(preferred.command?.command, 'clauseLens.logAppliedFix');
		await vscode.commands.executeCommand(preferred.command.command, ...(preferred.command.arguments ?? []));
		await waitForDiagnostics(doc.uri, (d) => !rulesOf(d).includes('overstated-commitment') && rulesOf(d).length === 3);
	});
});
