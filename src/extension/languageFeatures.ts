import * as vscode from 'vscode';

import { registerCitationHoverProvider } from './citationHoverProvider';
import { readConfig } from './config';
import type { DiagnosticsController } from './diagnosticsController';
import { registerFixAllProvider } from './fixAllProvider';
import { DOCUMENT_SELECTOR } from './ids';
import type { Log } from './log';
import type { ProjectConfigStore } from './projectConfigStore';
import { registerQuickFixProvider } from './quickFixProvider';

/**
 * The hover, quick-fix and fix-all providers, registered for DOCUMENT_SELECTOR plus any other language a
 * folder's `clauseLens.languages` adds; re-registered when that set changes.
 */
export class LanguageFeatures implements vscode.Disposable {
	private registrations: vscode.Disposable[] = [];
	private languages = '';

	constructor(
		private readonly diagnostics: DiagnosticsController,
		private readonly projects: ProjectConfigStore,
		private readonly log: Log,
	) {
		this.update();
	}

	/** Re-registers the providers if the set of checked languages changed. */
	update(): void {
		const scopes = [undefined, ...(vscode.workspace.workspaceFolders ?? []).map((f) => f.uri)];
		const extra = new Set(scopes.flatMap((scope) => readConfig(scope, this.log).languages));
		DOCUMENT_SELECTOR.forEach((filter) => extra.delete(filter.language));
		const languages = [...extra].sort().join(',');
		if (languages === this.languages && this.registrations.length > 0) {
			return;
		}
		this.languages = languages;
		this.registrations.forEach((r) => r.dispose());
		const selector: vscode.DocumentFilter[] = [...DOCUMENT_SELECTOR, ...[...extra].map((language) => ({ language }))];
		this.registrations = [
			registerCitationHoverProvider(selector, this.diagnostics),
			registerQuickFixProvider(selector, this.diagnostics, this.projects, this.log),
			registerFixAllProvider(selector, this.diagnostics),
		];
	}

	dispose(): void {
		this.registrations.forEach((r) => r.dispose());
	}
}
