import * as vscode from 'vscode';

import { addIgnoredFinding, type Finding, ignoreKeyOf, PROJECT_CONFIG_FILE, ProjectConfigError } from '../../engine';
import type { DiagnosticsController } from '../diagnosticsController';
import type { Log } from '../log';
import type { ProjectConfigStore } from '../projectConfigStore';
import type { IgnoreFindingArgs } from '../quickFixProvider';
import { readWorkspaceText, UnreadableFileError } from '../readWorkspaceText';

/**
 * "Ignore this finding": records the finding (rule, sentence hash, flagged words) in the project's
 * `.clause-lens.json` with a WorkspaceEdit (created if missing) and saves it, so the CLI sees it too.
 */
export async function ignoreFinding(args: IgnoreFindingArgs, diagnostics: DiagnosticsController, projects: ProjectConfigStore, log: Log): Promise<boolean> {
	const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === args.uri);
	const finding = doc && findingOf(doc, args, diagnostics);
	const file = doc && projects.fileFor(doc.uri);
	if (!doc || !finding || !file) {
		void vscode.window.showInformationMessage('Clause Lens: the briefing changed since this fix was offered; try again.');
		return false;
	}
	const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === file.toString());
	let existing: string | undefined;
	let text: string;
	try {
		existing = open ? open.getText() : await readIfExists(file);
		text = addIgnoredFinding(existing, ignoreKeyOf(doc.getText(), finding));
	} catch (error) {
		if (error instanceof ProjectConfigError || error instanceof UnreadableFileError) {
			void vscode.window.showWarningMessage(`Clause Lens: ${error.message}`);
			return false;
		}
		throw error;
	}
	if (!(await writeConfig(file, existing === undefined ? undefined : (open ?? (await vscode.workspace.openTextDocument(file))), text))) {
		return false;
	}
	log.info(`accepted ${finding.ruleId} \`${finding.actual}\` in ${PROJECT_CONFIG_FILE}`);
	projects.invalidate();
	return true;
}

/** The finding the quick fix was offered for, if the document is still at that version. */
function findingOf(doc: vscode.TextDocument, args: IgnoreFindingArgs, diagnostics: DiagnosticsController): Finding | undefined {
	const checked = diagnostics.resultFor(doc);
	return checked?.version === args.version ? checked.findingsAt(args.start).find((f) => f.ruleId === args.ruleId && f.span.end === args.end) : undefined;
}

/** Creates the file, or replaces the open document's text and saves it (one WorkspaceEdit, undoable). */
async function writeConfig(file: vscode.Uri, target: vscode.TextDocument | undefined, text: string): Promise<boolean> {
	const edit = new vscode.WorkspaceEdit();
	if (!target) {
		edit.createFile(file, { ignoreIfExists: true, contents: new TextEncoder().encode(text) });
	} else {
		edit.replace(file, target.validateRange(new vscode.Range(0, 0, target.lineCount, 0)), text);
	}
	const wasDirty = target?.isDirty ?? false;
	if (!(await vscode.workspace.applyEdit(edit))) {
		return false;
	}
	// NOTE: a file that already had unsaved changes is left for its author to save.
	if (target && !wasDirty) {
		await target.save();
	} else if (wasDirty) {
		void vscode.window.showInformationMessage(`Clause Lens: ${PROJECT_CONFIG_FILE} has unsaved changes; the finding is ignored once you save it.`);
	}
	return true;
}

/** The project file's text, or undefined when there is none; refuses (UnreadableFileError) a FIFO, a device, binary data. */
async function readIfExists(uri: vscode.Uri): Promise<string | undefined> {
	try {
		return await readWorkspaceText(uri, vscode.workspace.asRelativePath(uri, true));
	} catch (error) {
		if (error instanceof UnreadableFileError && error.isMissing) {
			return undefined;
		}
		throw error;
	}
}
