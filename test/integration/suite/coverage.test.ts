// The Clause Coverage view and the coverage report, in the real editor: the tree's items for the sample briefing
// (examples/briefing.md) carry the statuses the engine gives, revealing a clause shows its sentences and choosing one
// moves the cursor there, the view follows the active editor and the checks, and the command opens the webview.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';

import type { ClauseLensApi } from '../../../src/extension/extension';
import type { CoverageNode, ShownCoverage } from '../../../src/extension/clauseCoverage/coverageTree';
import { closeAllEditors, EXTENSION_ID, nextEvent, openDoc, screenshot, workspaceFolder } from './helpers';

const api = (): ClauseLensApi => vscode.extensions.getExtension<ClauseLensApi>(EXTENSION_ID)!.exports;

/** Resolves with the view's next content for `uri` that satisfies `predicate` (subscribe before acting). */
function nextCoverage(uri: vscode.Uri, predicate: (shown: ShownCoverage) => boolean = () => true, timeoutMs = 15000): Promise<ShownCoverage> {
	const current = api().coverage.current;
	if (current && current.uri.toString() === uri.toString() && predicate(current)) {
		return Promise.resolve(current);
	}
	return nextEvent(api().coverage.onDidUpdate, (s) => s !== undefined && s.uri.toString() === uri.toString() && predicate(s), `the Clause Coverage view for ${uri.toString()}`, timeoutMs) as Promise<ShownCoverage>;
}

function item(node: CoverageNode): vscode.TreeItem {
	return api().coverage.getTreeItem(node);
}

/** Every clause node of the tree, in order. */
function clauseNodes(): CoverageNode[] {
	const tree = api().coverage;
	return tree.getChildren().flatMap((root) => tree.getChildren(root));
}

suite('Clause Coverage view and report', () => {
	const relative = 'coverage/briefing.md';

	suiteSetup(async () => {
		await vscode.extensions.getExtension(EXTENSION_ID)!.activate();
		// The sample briefing the README shows, copied into the test workspace (a fresh copy per run).
		const sample = fs.readFileSync(path.join(vscode.extensions.getExtension(EXTENSION_ID)!.extensionPath, 'examples', 'briefing.md'), 'utf8');
		await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(workspaceFolder().uri, ...relative.split('/')), Buffer.from(sample, 'utf8'));
		await vscode.commands.executeCommand('workbench.view.extension.clauseLens');
	});
	suiteTeardown(async () => {
		await closeAllEditors();
		// The other suites expect the Explorer in the side bar.
		await vscode.commands.executeCommand('workbench.view.explorer');
	});

	test('the sample briefing: each clause with its status, sections with counts, the status clause first', async () => {
		const uri = vscode.Uri.joinPath(workspaceFolder().uri, ...relative.split('/'));
		const shown = nextCoverage(uri);
		await openDoc(relative);
		await shown;
		const tree = api().coverage;
		assert.strictEqual(tree.view.visible, true);
		const roots = tree.getChildren().map(item);
		assert.deepStrictEqual(roots.map((r) => r.label), [
			'Status clause', 'Introduction', '1. The transformative potential of AI', '2. Public and private sector adoption', '3. Infrastructure', '4. Technical information exchange', 'Status',
		]);
		assert.match(String(roots[0]!.description), /^contradicted \(MoU status\)$/);
		assert.strictEqual(roots[3]!.description, '▲1 ✓2');
		const byId = new Map(clauseNodes().map((n) => [String(item(n).label), item(n)]));
		assert.strictEqual(byId.size, 11);
		const expected: Record<string, [string, string]> = {
			'MoU introduction': ['cited faithfully', 'pass'],
			'MoU §1.1': ['not mentioned', 'circle-large-outline'],
			'MoU §2.1': ['cited faithfully', 'pass'],
			'MoU §2.3': ['stated more strongly', 'warning'],
			'MoU §4.1': ['contradicted', 'error'],
			'MoU §4.2': ['not mentioned', 'circle-large-outline'],
			'MoU status': ['contradicted', 'error'],
		};
		for (const [label, [status, icon]] of Object.entries(expected)) {
			const clause = byId.get(label)!;
			assert.ok(String(clause.description).startsWith(status), `${label}: ${clause.description}`);
			assert.strictEqual((clause.iconPath as vscode.ThemeIcon).id, icon, label);
		}
		assert.strictEqual(byId.get('MoU §1.1')!.collapsibleState, vscode.TreeItemCollapsibleState.None);
		assert.strictEqual(tree.view.description, 'briefing.md · ✗2 ▲1 ✓5 ○3');
	});

	test('revealing a clause shows the sentences that use it; choosing one moves the cursor there', async () => {
		const uri = vscode.Uri.joinPath(workspaceFolder().uri, ...relative.split('/'));
		const { editor } = await openDoc(relative);
		await nextCoverage(uri);
		const tree = api().coverage;
		const selected = nextEvent(tree.view.onDidChangeSelection, (e) => e.selection.length > 0, 'the view\'s selection');
		const node = await vscode.commands.executeCommand<CoverageNode>('clauseLens.revealCoverageClause', '2.3');
		assert.ok(node && node.kind === 'clause');
		const [chosen] = (await selected).selection;
		assert.ok(chosen?.kind === 'clause' && chosen.row.clause.id === '2.3');
		const uses = tree.getChildren(node).map(item);
		assert.strictEqual(uses.length, 1);
		assert.strictEqual(uses[0]!.label, 'Line 20: OpenAI will deliver tailored AI skills workshops for civil servants.');
		assert.strictEqual(uses[0]!.description, 'overstated-commitment');
		// Wider, so that the descriptions show (the view has focus after the reveal).
		for (let i = 0; i < 4; i++) {
			await vscode.commands.executeCommand('workbench.action.increaseViewSize');
		}
		await screenshot('coverage-view');
		// Move the cursor away, then choose the sentence.
		editor.selection = new vscode.Selection(0, 0, 0, 0);
		const moved = nextEvent(vscode.window.onDidChangeTextEditorSelection, (e) => e.textEditor.document.uri.toString() === uri.toString() && e.selections[0]!.active.line === 19, 'the cursor on line 20');
		await vscode.commands.executeCommand(uses[0]!.command!.command, ...(uses[0]!.command!.arguments ?? []));
		await moved;
		const active = vscode.window.activeTextEditor!;
		assert.strictEqual(active.document.uri.toString(), uri.toString());
		assert.deepStrictEqual([active.selection.active.line, active.selection.active.character], [19, 2]);
		// The status clause line selects the status clause, which has three sentences.
		const status = item(tree.getChildren()[0]!);
		const revealed = await vscode.commands.executeCommand<CoverageNode>(status.command!.command, ...(status.command!.arguments ?? []));
		assert.ok(revealed.kind === 'clause' && revealed.row.clause.id === 'status');
		assert.deepStrictEqual(tree.getChildren(revealed).map((n) => item(n).description), ['binding-status', 'cited faithfully', 'cited faithfully']);
	});

	test('follows the active editor and updates after each check, without a check of its own', async () => {
		const briefing = vscode.Uri.joinPath(workspaceFolder().uri, ...relative.split('/'));
		const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'The MoU is voluntary and not legally binding.\n' });
		const first = nextCoverage(doc.uri, (s) => s.coverage.statusClause.pack === 'cited');
		const editor = await vscode.window.showTextDocument(doc);
		await first;
		assert.match(String(api().coverage.view.description), /✓1 ○10$/);
		const checked = nextEvent(api().onDidCheck, (uri) => uri.toString() === doc.uri.toString(), 'the check after the edit');
		const contradicted = nextCoverage(doc.uri, (s) => s.coverage.statusClause.pack === 'contradicted');
		await editor.edit((e) => e.insert(new vscode.Position(1, 0), '\nThe MoU is a legally binding contract.\n'));
		await checked;
		const after = await contradicted;
		assert.strictEqual(after.version, doc.version);
		// Going back to the sample shows the sample again.
		const back = nextCoverage(briefing);
		await openDoc(relative);
		await back;
		// An empty briefing says so.
		const empty = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
		const emptyShown = nextCoverage(empty.uri);
		await vscode.window.showTextDocument(empty);
		await emptyShown;
		assert.match(api().coverage.view.message ?? '', /is empty: it cites no clause/);
	});

	test('Show Coverage Report opens the report in a webview: themed, no scripts, a content security policy', async () => {
		const uri = vscode.Uri.joinPath(workspaceFolder().uri, ...relative.split('/'));
		await openDoc(relative);
		await nextCoverage(uri);
		const opened = nextEvent(vscode.window.tabGroups.onDidChangeTabs, (e) => e.opened.some((t) => t.input instanceof vscode.TabInputWebview), 'the report\'s tab');
		await vscode.commands.executeCommand('clauseLens.showCoverageReport');
		await opened;
		const panel = api().coverageReportPanel();
		assert.ok(panel, 'a panel is open');
		assert.strictEqual(panel.viewType, 'clauseLens.coverageReport');
		assert.strictEqual(panel.title, 'Clause Coverage: briefing.md');
		assert.strictEqual(panel.webview.options.enableScripts, false);
		const html = panel.webview.html;
		assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-[0-9a-f]{32}'">/);
		assert.match(html, /<style nonce="[0-9a-f]{32}">/);
		assert.match(html, /var\(--vscode-editor-foreground/);
		assert.doesNotMatch(html, /<script|<link|https?:/);
		assert.strictEqual((html.match(/<article class="clause /g) ?? []).length, 11);
		assert.match(html, /id="clause-2-3"[^>]*>\n<h4[^>]*><span class="badge b-overstated">/);
		const tabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview);
		assert.strictEqual(tabs.length, 1);
		assert.strictEqual(tabs[0]!.label, 'Clause Coverage: briefing.md');
		await screenshot('coverage-report-webview', 15000, 'iframe.webview.ready');
	});

	test('a briefing pack chosen in the Explorer: one report, a row per briefing and the pack\'s total', async () => {
		const folder = vscode.Uri.joinPath(workspaceFolder().uri, 'briefings');
		const uris = (await vscode.workspace.fs.readDirectory(folder)).filter(([name]) => name.endsWith('.md')).map(([name]) => vscode.Uri.joinPath(folder, name)).sort();
		assert.ok(uris.length >= 3);
		const panel = await vscode.commands.executeCommand<vscode.WebviewPanel | undefined>('clauseLens.showCoverageReport', uris[0], uris);
		assert.ok(panel, 'a panel is open');
		assert.strictEqual(panel, api().coverageReportPanel());
		assert.strictEqual(panel.title, `Clause Coverage: ${uris.length} briefings`);
		const html = panel.webview.html;
		const rows = [...html.matchAll(/<tr><th scope="row">([^<]+)<\/th>/g)].map((m) => m[1]);
		assert.deepStrictEqual(rows, [...uris.map((u) => vscode.workspace.asRelativePath(u)), 'The pack (worst of each clause)']);
		// A file that is not a briefing (the project's JSON) is left out; none at all says so.
		const none = await vscode.commands.executeCommand<vscode.WebviewPanel | undefined>('clauseLens.showCoverageReport', undefined, [vscode.Uri.joinPath(workspaceFolder().uri, 'sources')]);
		assert.strictEqual(none, undefined);
	});
});
