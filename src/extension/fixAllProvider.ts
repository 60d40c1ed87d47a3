import * as vscode from 'vscode';

import { planFixes, preferredFixes } from '../engine';
import { toRange } from './convert';
import type { CheckedDocument, DiagnosticsController } from './diagnosticsController';

/**
 * The kind of the fix-all action, so that `"editor.codeActionsOnSave": { "source.fixAll.clauseLens": "explicit" }`
 * (or `source.fixAll` for every linter) fixes a briefing on save.
 */
export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('clauseLens');

/**
 * The check of the document's current text: the latest result, or, when the text changed since (a check is pending),
 * the result of a check run now. Undefined if Clause Lens does not check the document, the wait is cancelled, or no
 * check for the current text arrives within `timeoutMs`.
 */
export function currentResult(diagnostics: DiagnosticsController, doc: vscode.TextDocument, token?: vscode.CancellationToken, timeoutMs = 10000): Promise<CheckedDocument | undefined> {
	const now = diagnostics.resultFor(doc);
	if (now || !diagnostics.isChecked(doc) || diagnostics.isPaused(doc)) {
		return Promise.resolve(now);
	}
	return new Promise((resolve) => {
		const done = (result: CheckedDocument | undefined): void => {
			clearTimeout(timer);
			subscriptions.forEach((d) => d?.dispose());
			resolve(result);
		};
		const timer = setTimeout(() => done(undefined), timeoutMs);
		const subscriptions = [
			diagnostics.onDidCheck((uri) => {
				const result = uri.toString() === doc.uri.toString() ? diagnostics.resultFor(doc) : undefined;
				if (result || doc.isClosed) {
					done(result);
				}
			}),
			token?.onCancellationRequested(() => done(undefined)),
		];
		diagnostics.schedule(doc, 0);
	});
}

/** The edit that applies each finding's preferred fix (where fixes do not overlap: the engine's `planFixes`), and how many. */
export function fixAllEdit(doc: vscode.TextDocument, checked: CheckedDocument): { readonly edit: vscode.WorkspaceEdit; readonly count: number } {
	const fixes = planFixes(preferredFixes(checked.findings()));
	const edit = new vscode.WorkspaceEdit();
	// One WorkspaceEdit of several replacements in one document: a single undo step.
	fixes.forEach((fix) => edit.replace(doc.uri, toRange(doc, fix.span), fix.replacement));
	return { edit, count: fixes.length };
}

/**
 * "Fix all Clause Lens findings" as a source action (`source.fixAll.clauseLens`), offered only when asked for (on
 * save, or from the Source Action menu). A check still pending for the current text is waited for, so a save right
 * after typing fixes what was just typed.
 */
export class FixAllProvider implements vscode.CodeActionProvider {
	/** The kinds this provider returns. */
	static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [FIX_ALL_KIND] };

	constructor(private readonly diagnostics: DiagnosticsController) {}

	async provideCodeActions(doc: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext, token: vscode.CancellationToken): Promise<vscode.CodeAction[]> {
		if (!context.only?.contains(FIX_ALL_KIND)) {
			return [];
		}
		const checked = await currentResult(this.diagnostics, doc, token);
		if (!checked || token.isCancellationRequested || checked.version !== doc.version) {
			return [];
		}
		const { edit, count } = fixAllEdit(doc, checked);
		if (count === 0) {
			return [];
		}
		const action = new vscode.CodeAction(`Fix all Clause Lens findings (${count})`, FIX_ALL_KIND);
		action.edit = edit;
		return [action];
	}
}

/** Registers the fix-all provider for the checked languages. */
export function registerFixAllProvider(selector: vscode.DocumentSelector, diagnostics: DiagnosticsController): vscode.Disposable {
	return vscode.languages.registerCodeActionsProvider(selector, new FixAllProvider(diagnostics), FixAllProvider.metadata);
}
