import * as vscode from 'vscode';

import type { DiagnosticsController } from './diagnosticsController';
import { CommandId, DIAGNOSTIC_SOURCE } from './ids';

/** A status bar item with the active briefing's finding counts; clicking it opens the Problems panel. */
export class StatusBar implements vscode.Disposable {
	private readonly item = vscode.window.createStatusBarItem('clauseLens.status', vscode.StatusBarAlignment.Left, 50);
	private readonly disposables: vscode.Disposable[];

	constructor(private readonly diagnostics: DiagnosticsController) {
		this.item.name = 'Clause Lens';
		this.item.command = CommandId.ShowMenu;
		this.disposables = [
			this.item,
			vscode.window.onDidChangeActiveTextEditor(() => this.update()),
			diagnostics.onDidCheck((uri) => uri.toString() === vscode.window.activeTextEditor?.document.uri.toString() && this.update()),
		];
		this.update();
	}

	/** The item's text, for tests and for the API (`$(warning) 3` …). */
	get text(): string {
		return this.item.text;
	}

	/** Shows the counts for the active editor's document, or hides the item if Clause Lens does not check it. */
	update(): void {
		const doc = vscode.window.activeTextEditor?.document;
		if (!doc || !this.diagnostics.isChecked(doc)) {
			this.item.hide();
			return;
		}
		const counts = [0, 0, 0, 0];
		for (const d of vscode.languages.getDiagnostics(doc.uri)) {
			if (d.source === DIAGNOSTIC_SOURCE) {
				counts[d.severity] = (counts[d.severity] ?? 0) + 1;
			}
		}
		const [errors = 0, warnings = 0, infos = 0, hints = 0] = counts;
		const total = errors + warnings + infos + hints;
		this.item.text = total === 0 ? '$(check) Clause Lens' : `$(law) ${[errors && `$(error) ${errors}`, warnings && `$(warning) ${warnings}`, infos + hints && `$(info) ${infos + hints}`].filter(Boolean).join(' ')}`;
		this.item.tooltip = total === 0
			? 'Clause Lens: no findings against the source agreement'
			: `Clause Lens: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(infos + hints, 'note')} against the source agreement. Click to open the Problems panel.`;
		this.item.show();
	}

	dispose(): void {
		this.disposables.forEach((d) => d.dispose());
	}
}

function plural(n: number, word: string): string {
	return `${n} ${word}${n === 1 ? '' : 's'}`;
}
