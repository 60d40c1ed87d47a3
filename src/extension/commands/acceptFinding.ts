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
	let target: vscode.TextDocument | undefined;
	let edits: ProjectFileEdit[];
	try {
		target = await projectDocument(file);
		const existing = target?.getText();
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

/** Creates the file, or applies the edits to the document and saves it (one WorkspaceEdit, undoable). */
async function writeConfig(file: vscode.Uri, target: vscode.TextDocument | undefined, edits: readonly ProjectFileEdit[]): Promise<boolean> {
	if (edits.length === 0) {
		return true;
	}
	const edit = new vscode.WorkspaceEdit();
	if (!target) {
		edit.createFile(file, { ignoreIfExists: true, contents: new TextEncoder().encode(edits.map((e) => e.content).join('')) });
	} else {
		// NOTE: offsets are into getText(), which has no byte order mark; VS Code keeps the file's encoding on save.
		for (const { offset, length, content } of edits) {
			edit.replace(file, new vscode.Range(target.positionAt(offset), target.positionAt(offset + length)), content);
		}
	}
	const wasDirty = target?.isDirty ?? false;
	if (!(await vscode.workspace.applyEdit(edit))) {
		return false;
	}
	// NOTE: a file that already had unsaved changes is left for its author to save.
	if (target && !wasDirty) {
		await target.save();
	} else if (wasDirty) {
		void vscode.window.showInformationMessage(`Clause Lens: ${PROJECT_CONFIG_FILE} has unsaved changes; they take effect once you save it.`);
	}
	return true;
}

/**
 * The project file as a document, or undefined if there is no such file. The file on disk is checked the way sources
 * are read (UnreadableFileError for a FIFO, a device, binary data or a huge file) even when a document for it is
 * still open: a document left over from a file since replaced by a FIFO would be saved into the FIFO and block.
 */
async function projectDocument(uri: vscode.Uri): Promise<vscode.TextDocument | undefined> {
	const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
	try {
		await readWorkspaceText(uri, vscode.workspace.asRelativePath(uri, true));
	} catch (error) {
		if (error instanceof UnreadableFileError && error.isMissing) {
			// An unsaved new project file is the user's; a clean document of a deleted file is stale.
			return open?.isDirty ? open : undefined;
		}
		throw error;
	}
	return open ?? vscode.workspace.openTextDocument(uri);
}
