import * as vscode from 'vscode';

import type { DiagnosticsController } from '../diagnosticsController';
import { currentResult, fixAllEdit } from '../fixAllProvider';

/**
 * "Clause Lens: Fix All in This Briefing": the fix-all source action (`source.fixAll.clauseLens`) from the Command
 * Palette, for the active editor. Returns how many fixes were applied (one undo step).
 */
export async function fixAll(diagnostics: DiagnosticsController): Promise<number> {
	const doc = vscode.window.activeTextEditor?.document;
	if (!doc || !diagnostics.isChecked(doc)) {
		void vscode.window.showInformationMessage('Clause Lens: open a briefing that Clause Lens checks first.');
		return 0;
	}
	const checked = await currentResult(diagnostics, doc);
	if (!checked || checked.version !== doc.version) {
		void vscode.window.showInformationMessage('Clause Lens: the briefing is still being checked; try again.');
		return 0;
	}
	const { edit, count } = fixAllEdit(doc, checked);
	if (count === 0) {
		void vscode.window.setStatusBarMessage('Clause Lens: nothing to fix', 3000);
		return 0;
	}
	return (await vscode.workspace.applyEdit(edit)) ? count : 0;
}
