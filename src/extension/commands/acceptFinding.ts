import * as vscode from 'vscode';

import { acceptWordingEdits, type Finding, literalPattern, PROJECT_CONFIG_FILE, ProjectConfigError, type ProjectFileEdit, ruleOffEdits, wordingOf } from '../../engine';
import type { DiagnosticsController } from '../diagnosticsController';
import type { Log } from '../log';
import { relativePathBelow } from '../paths';
import type { ProjectConfigStore } from '../projectConfigStore';
import type { FindingArgs } from '../quickFixProvider';
import { readWorkspaceText, UnreadableFileError } from '../readWorkspaceText';

/** What a project-wide acceptance records: the finding's wording, or its rule turned off for its file or folder. */
export type AcceptScope = 'wording' | 'file' | 'folder';

/**
 * "Accept this wording" and "Turn off <rule> for this file / folder": records the choice in the project's
 * `.clause-lens.json` with a WorkspaceEdit (the file is created if missing) and saves it, so the CLI sees it too. An
 * existing file is edited in place: only the new entry is inserted, everything already there stays as it was.
 */
export async function acceptFinding(args: FindingArgs, scope: AcceptScope, diagnostics: DiagnosticsController, projects: ProjectConfigStore, log: Log): Promise<boolean> {
	const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === args.uri);
	const finding = doc && findingOf(doc, args, diagnostics);
	const file = doc && projects.fileFor(doc.uri);
	if (!doc || !finding || !file) {
		void vscode.window.showInformationMessage('Clause Lens: the briefing changed since this fix was offered; try again.');
		return false;
	}
	const pattern = scope === 'wording' ? undefined : patternFor(doc.uri, file, scope);
	if (scope !== 'wording' && pattern === undefined) {
		void vscode.window.showInformationMessage(`Clause Lens: only a saved file in the workspace folder of ${PROJECT_CONFIG_FILE} can have its own rules.`);
		return false;
	}
	let target: ProjectTarget;
	let edits: ProjectFileEdit[];
	try {
		target = await projectTarget(file);
		const existing = textOf(target);
		edits = pattern === undefined ? acceptWordingEdits(existing, wordingOf(finding)) : ruleOffEdits(existing, pattern, finding.ruleId);
	} catch (error) {
		if (error instanceof ProjectConfigError || error instanceof UnreadableFileError) {
			void vscode.window.showWarningMessage(`Clause Lens: ${error.message}`);
			return false;
		}
		throw error;
	}
	if (!(await writeConfig(file, target, edits))) {
		return false;
	}
	log.info(pattern === undefined ? `accepted ${finding.ruleId} \`${finding.actual}\` in ${PROJECT_CONFIG_FILE}` : `turned ${finding.ruleId} off for ${pattern} in ${PROJECT_CONFIG_FILE}`);
	projects.invalidate();
	return true;
}

/** The `files` pattern of a document's file (`briefings/note.md`) or folder (`briefings/`, `**` at the root). */
export function patternFor(uri: vscode.Uri, projectFile: vscode.Uri, scope: 'file' | 'folder'): string | undefined {
	const relative = relativePathBelow(vscode.Uri.joinPath(projectFile, '..'), uri);
	if (relative === undefined) {
		return undefined;
	}
	const folder = relative.includes('/') ? relative.slice(0, relative.lastIndexOf('/') + 1) : '';
	return scope === 'file' ? literalPattern(relative) : folder === '' ? '**' : literalPattern(folder);
}

/** The finding the quick fix was offered for, if the document is still at that version. */
function findingOf(doc: vscode.TextDocument, args: FindingArgs, diagnostics: DiagnosticsController): Finding | undefined {
	const checked = diagnostics.resultFor(doc);
	return checked?.version === args.version ? checked.findingsAt(args.start).find((f) => f.ruleId === args.ruleId && f.span.end === args.end) : undefined;
}

/**
 * Where the edits go: nowhere yet (no file: it is created), an open document (edited and, unless it had unsaved
 * changes, saved: one undoable edit), or the file itself, when the open document is clean but no longer what is on
 * disk (written since, and not reloaded yet: saving it would fail, or lose what was written).
 */
type ProjectTarget = { readonly kind: 'missing' } | { readonly kind: 'document'; readonly doc: vscode.TextDocument } | { readonly kind: 'file'; readonly text: string };

function textOf(target: ProjectTarget): string | undefined {
	return target.kind === 'document' ? target.doc.getText() : target.kind === 'file' ? target.text : undefined;
}

/** Applies the edits (none: nothing to do); false when VS Code refused them or the file could not be saved. */
async function writeConfig(file: vscode.Uri, target: ProjectTarget, edits: readonly ProjectFileEdit[]): Promise<boolean> {
	if (edits.length === 0) {
		return true;
	}
	if (target.kind === 'file') {
		await vscode.workspace.fs.writeFile(file, encodeLike(await vscode.workspace.fs.readFile(file), spliced(target.text, edits)));
		return true;
	}
	const edit = new vscode.WorkspaceEdit();
	if (target.kind === 'missing') {
		edit.createFile(file, { ignoreIfExists: true, contents: new TextEncoder().encode(edits.map((e) => e.content).join('')) });
		return vscode.workspace.applyEdit(edit);
	}
	const { doc } = target;
	// NOTE: offsets are into getText(), which has no byte order mark; VS Code keeps the file's encoding on save.
	for (const { offset, length, content } of edits) {
		edit.replace(file, new vscode.Range(doc.positionAt(offset), doc.positionAt(offset + length)), content);
	}
	const wasDirty = doc.isDirty;
	if (!(await vscode.workspace.applyEdit(edit))) {
		return false;
	}
	// NOTE: a file that already had unsaved changes is left for its author to save.
	if (wasDirty) {
		void vscode.window.showInformationMessage(`Clause Lens: ${PROJECT_CONFIG_FILE} has unsaved changes; they take effect once you save it.`);
		return true;
	}
	if (!(await doc.save())) {
		void vscode.window.showWarningMessage(`Clause Lens: ${PROJECT_CONFIG_FILE} could not be saved; save it to keep the change.`);
		return false;
	}
	return true;
}

/** The text with the edits (offsets into the original text, none overlapping) applied. */
function spliced(text: string, edits: readonly ProjectFileEdit[]): string {
	return [...edits].sort((a, b) => b.offset - a.offset).reduce((t, e) => t.slice(0, e.offset) + e.content + t.slice(e.offset + e.length), text);
}

/** `text` in the encoding (and byte-order mark) of the file's current bytes: UTF-8, or UTF-16 with a BOM. */
function encodeLike(bytes: Uint8Array, text: string): Uint8Array {
	const [b0, b1, b2] = bytes;
	const utf16 = (b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff);
	if (!utf16) {
		const body = new TextEncoder().encode(text);
		return b0 === 0xef && b1 === 0xbb && b2 === 0xbf ? new Uint8Array([0xef, 0xbb, 0xbf, ...body]) : body;
	}
	const out = new Uint8Array(2 + text.length * 2);
	out.set([b0!, b1!]);
	for (let i = 0; i < text.length; i++) {
		const unit = text.charCodeAt(i);
		const [hi, lo] = [unit >> 8, unit & 0xff];
		out.set(b0 === 0xff ? [lo, hi] : [hi, lo], 2 + i * 2);
	}
	return out;
}

/**
 * The project file as a target for edits. The file on disk is checked the way sources are read (UnreadableFileError
 * for a FIFO, a device, binary data or a huge file) even when a document for it is still open: a document left over
 * from a file since replaced by a FIFO would be saved into the FIFO and block.
 */
async function projectTarget(uri: vscode.Uri): Promise<ProjectTarget> {
	const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
	let disk: string;
	try {
		disk = await readWorkspaceText(uri, vscode.workspace.asRelativePath(uri, true));
	} catch (error) {
		if (error instanceof UnreadableFileError && error.isMissing) {
			// An unsaved new project file is the user's; a clean document of a deleted file is stale.
			return open?.isDirty ? { kind: 'document', doc: open } : { kind: 'missing' };
		}
		throw error;
	}
	if (open && !open.isDirty && open.getText() !== disk) {
		return { kind: 'file', text: disk };
	}
	return { kind: 'document', doc: open ?? (await vscode.workspace.openTextDocument(uri)) };
}
