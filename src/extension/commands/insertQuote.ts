import * as vscode from 'vscode';

import { toOffset, toPosition } from '../convert';

/** Arguments of `clauseLens.insertQuote` (from a hover link): what to insert where, in which version. */
export interface InsertQuoteArgs {
	readonly uri: string;
	readonly version: number;
	readonly offset: number;
	readonly text: string;
}

/** Inserts a quotation into the briefing the hover was shown for, unless it changed since (one undo step). */
export async function insertQuote(args: InsertQuoteArgs): Promise<boolean> {
	const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === args.uri);
	if (!doc || doc.version !== args.version) {
		void vscode.window.showInformationMessage('Clause Lens: the briefing changed since this hover was shown; hover again to insert the quote.');
		return false;
	}
	const edit = new vscode.WorkspaceEdit();
	edit.insert(doc.uri, toPosition(doc, args.offset), args.text);
	return vscode.workspace.applyEdit(edit);
}

/** Replaces an editor's selection with `text` (one undo step) and puts the cursor after it. */
export async function insertAtSelection(editor: vscode.TextEditor, text: string): Promise<boolean> {
	const doc = editor.document;
	const start = toOffset(doc, editor.selection.start);
	const edit = new vscode.WorkspaceEdit();
	edit.replace(doc.uri, editor.selection, text);
	if (!(await vscode.workspace.applyEdit(edit))) {
		return false;
	}
	const end = toPosition(doc, start + text.length);
	editor.selection = new vscode.Selection(end, end);
	return true;
}

/** Copies a quotation and its citation to the clipboard. */
export async function copyCitation(args: { readonly text: string }): Promise<void> {
	await vscode.env.clipboard.writeText(args.text);
	vscode.window.setStatusBarMessage(`$(copy) Copied: ${args.text.length > 60 ? `${args.text.slice(0, 59)}…` : args.text}`, 4000);
}
