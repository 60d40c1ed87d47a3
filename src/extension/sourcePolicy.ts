// Which configured source documents the extension may read. No vscode import, so the rules are unit-tested; the
// source store applies them. A repository's own settings (.clause-lens.json, workspace and folder settings) may
// only name files inside the workspace: otherwise opening a repository could make the extension read, and show in
// hovers, any file of the machine. The user's own settings may name any file, except in an untrusted workspace.

/** Who chose a source: the user (user settings), the workspace (workspace or folder settings), or the project file. */
export type SourceOrigin = 'user' | 'workspace' | 'project';

/** The parts of `WorkspaceConfiguration.inspect()` that say where a value was set. */
export interface InspectedSetting {
	readonly globalValue?: unknown;
	readonly workspaceValue?: unknown;
	readonly workspaceFolderValue?: unknown;
	readonly workspaceLanguageValue?: unknown;
	readonly workspaceFolderLanguageValue?: unknown;
}

/** Where `clauseLens.sources` comes from: the workspace if a workspace or folder value is set, else the user. */
export function settingOrigin(inspected: InspectedSetting | undefined): 'user' | 'workspace' {
	const workspace = [inspected?.workspaceValue, inspected?.workspaceFolderValue, inspected?.workspaceLanguageValue, inspected?.workspaceFolderLanguageValue];
	return workspace.some((value) => value !== undefined) ? 'workspace' : 'user';
}

/** Whether sources from `origin` may lie outside the workspace: only the user's own, in a trusted workspace. */
export function mayReadAnywhere(origin: SourceOrigin, trusted: boolean): boolean {
	return origin === 'user' && trusted;
}

/**
 * Whether `target` is `folder` or below it. Both are '/'-separated absolute paths (URI paths), already resolved: a
 * `.` or `..` segment counts as outside. `ignoreCase` for case-insensitive file systems (Windows, macOS).
 */
export function isInsideFolder(folder: string, target: string, ignoreCase = false): boolean {
	const split = (p: string): string[] => (ignoreCase ? p.toLowerCase() : p).split('/').filter((s) => s !== '');
	const root = split(folder);
	const path = split(target);
	if (path.some((s) => s === '.' || s === '..') || path.length < root.length) {
		return false;
	}
	return root.every((segment, k) => segment === path[k]);
}
