import * as vscode from 'vscode';

import { SAMPLE_BRIEFING_PATH } from '../ids';

/**
 * "Clause Lens: Open Sample Briefing": opens the sample shipped with the extension as a new untitled markdown
 * document, so the walkthrough's edits and fixes never touch the extension's own (possibly read-only) files.
 */
export async function openSampleBriefing(extensionUri: vscode.Uri): Promise<vscode.TextEditor> {
	const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, ...SAMPLE_BRIEFING_PATH));
	const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: new TextDecoder().decode(bytes) });
	// From the walkthrough (a page that is not a text editor) open beside it, so the drafter sees both.
	const tab = vscode.window.tabGroups.activeTabGroup.activeTab;
	const isBesidePage = tab !== undefined && !(tab.input instanceof vscode.TabInputText);
	return vscode.window.showTextDocument(doc, { preview: false, viewColumn: isBesidePage ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active });
}

