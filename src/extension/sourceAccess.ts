// Applies the source policy (sourcePolicy.ts) in VS Code: where a configured source comes from, which folders it
// must stay inside, and whether it does once symlinks are resolved.
import * as fs from 'node:fs';
import * as vscode from 'vscode';

import { PROJECT_CONFIG_FILE } from '../engine';
import { CONFIG_SECTION } from './config';
import { isInsideFolder, mayReadAnywhere, settingOrigin, type SourceOrigin } from './sourcePolicy';

/** Where the `clauseLens.sources` value that applies to a resource was set. */
export function sourcesSettingOrigin(resource: vscode.Uri | undefined): 'user' | 'workspace' {
	return settingOrigin(vscode.workspace.getConfiguration(CONFIG_SECTION, resource ?? null).inspect('sources'));
}

/**
 * Why a configured source may not be read, or undefined if it may: sources from the project file must resolve
 * inside its folder (`projectFolder`), sources from workspace settings (and, in an untrusted workspace, from any
 * settings) inside a workspace folder. Symlinks are resolved first: one inside that points outside is outside.
 */
export async function sourceAccessProblem(uri: vscode.Uri, origin: SourceOrigin, projectFolder: vscode.Uri | undefined): Promise<string | undefined> {
	const trusted = vscode.workspace.isTrusted;
	if (mayReadAnywhere(origin, trusted)) {
		return undefined;
	}
	const roots = origin === 'project' ? (projectFolder ? [projectFolder] : []) : (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri);
	const target = await resolveLinks(uri);
	if (target !== undefined) {
		for (const root of roots) {
			const folder = await resolveLinks(root);
			if (folder && isInside(folder, target)) {
				return undefined;
			}
		}
	}
	const reached = target === undefined ? 'goes through a symbolic link that cannot be followed here' : 'is outside';
	if (origin === 'project') {
		return `${reached} the folder that holds ${PROJECT_CONFIG_FILE}; a project file may only name sources inside its folder`;
	}
	return trusted
		? `${reached} the workspace; workspace settings may only name sources inside the workspace folders (user settings may name any file)`
		: `${reached} the workspace; in an untrusted workspace only sources inside the workspace folders are read`;
}

function isInside(folder: vscode.Uri, target: vscode.Uri): boolean {
	const ignoreCase = folder.scheme === 'file' && (process.platform === 'win32' || process.platform === 'darwin');
	return folder.scheme === target.scheme && folder.authority === target.authority && isInsideFolder(folder.path, target.path, ignoreCase);
}

/**
 * The URI with its symlinks resolved (the part that does not exist yet kept as written). Outside the local file
 * system links cannot be resolved: undefined if any part of the path is one.
 */
async function resolveLinks(uri: vscode.Uri): Promise<vscode.Uri | undefined> {
	if (uri.scheme === 'file') {
		const missing: string[] = [];
		for (let at = uri; ; at = vscode.Uri.joinPath(at, '..')) {
			try {
				return vscode.Uri.joinPath(vscode.Uri.file(await fs.promises.realpath(at.fsPath)), ...missing.reverse());
			} catch {
				if (vscode.Uri.joinPath(at, '..').path === at.path) {
					return uri;
				}
				missing.push(at.path.slice(at.path.lastIndexOf('/') + 1));
			}
		}
	}
	const segments = uri.path.split('/').filter((s) => s !== '');
	for (let k = 1; k <= segments.length; k++) {
		const stat = await Promise.resolve(vscode.workspace.fs.stat(uri.with({ path: `/${segments.slice(0, k).join('/')}` }))).catch(() => undefined);
		if (stat === undefined) {
			return uri;
		}
		if (stat.type & vscode.FileType.SymbolicLink) {
			return undefined;
		}
	}
	return uri;
}
