import * as vscode from 'vscode';

const workspaceFolderVarRe = /^\$\{workspaceFolder(?::([^}]+))?\}/;
const windowsAbsoluteRe = /^[a-zA-Z]:[\\/]/;

/** The workspace folder a resource belongs to; untitled and outside documents use the first folder. */
export function folderFor(resource: vscode.Uri | undefined): vscode.WorkspaceFolder | undefined {
	return (resource && vscode.workspace.getWorkspaceFolder(resource)) ?? vscode.workspace.workspaceFolders?.[0];
}

/**
 * Resolves a configured path: `${workspaceFolder}` or `${workspaceFolder:name}` prefixes, absolute paths,
 * or paths relative to `base`. Returns a problem message instead of a URI when it cannot be resolved.
 * In a project file (`inProjectFile`), `base` is the file's folder and `${workspaceFolder}` means that folder, as
 * in the CLI; `${workspaceFolder:name}` is refused there, since the CLI cannot resolve it.
 */
export function resolveConfiguredPath(configured: string, base: vscode.Uri | undefined, inProjectFile = false): vscode.Uri | string {
	let rest = configured.trim();
	let root = base;
	const variable = workspaceFolderVarRe.exec(rest);
	if (variable) {
		const name = variable[1];
		if (inProjectFile && name !== undefined) {
			return `'${configured}': a project file may use \${workspaceFolder} (its own folder), not a named workspace folder`;
		}
		const folder = inProjectFile ? base && { uri: base } : findFolder(name, base);
		if (!folder) {
			return name === undefined ? `'${configured}' needs an open workspace folder` : `'${configured}': no workspace folder is named '${name}'`;
		}
		root = folder.uri;
		rest = rest.slice(variable[0].length);
	} else if (rest.startsWith('/') || windowsAbsoluteRe.test(rest)) {
		return base && base.scheme !== 'file' ? base.with({ path: rest.replace(/\\/g, '/') }) : vscode.Uri.file(rest);
	}
	if (!root) {
		return `'${configured}' is a relative path, but no workspace folder is open`;
	}
	const segments = rest.split(/[\\/]+/).filter((s) => s.length > 0 && s !== '.');
	return segments.length === 0 ? root : vscode.Uri.joinPath(root, ...segments);
}

/** `${workspaceFolder}` (the folder of `base`, else the first) or `${workspaceFolder:name}`. */
function findFolder(name: string | undefined, base: vscode.Uri | undefined): vscode.WorkspaceFolder | undefined {
	if (name !== undefined) {
		return vscode.workspace.workspaceFolders?.find((f) => f.name === name);
	}
	return (base && vscode.workspace.getWorkspaceFolder(base)) ?? vscode.workspace.workspaceFolders?.[0];
}

/** The last path segment of a URI. */
export function baseName(uri: vscode.Uri): string {
	return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

/** The path of `uri` below the folder `base`, with `/` (undefined when it is not below it, or is another scheme). */
export function relativePathBelow(base: vscode.Uri | undefined, uri: vscode.Uri): string | undefined {
	if (!base || base.scheme !== uri.scheme || base.authority !== uri.authority) {
		return undefined;
	}
	const prefix = base.path.endsWith('/') ? base.path : `${base.path}/`;
	return uri.path.startsWith(prefix) && uri.path.length > prefix.length ? uri.path.slice(prefix.length) : undefined;
}
