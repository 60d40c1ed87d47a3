// Where the CLI reads sources from. `--source` is the user's own choice and may name any file; a project file is
// the repository's, so its sources must resolve inside the folder that holds it (symlinks followed), or the run
// stops with exit 2. `${workspaceFolder}` means, as in the extension, the folder that holds the project file.
import * as fs from 'node:fs';
import * as path from 'node:path';

import { InputError } from './readText';

const workspaceFolderVarRe = /^\$\{workspaceFolder(?::([^}]*))?\}/;

/**
 * Replaces a leading `${workspaceFolder}` with `folder` (the project file's folder, or the current directory when
 * there is none). `${workspaceFolder:name}` names a folder of a VS Code workspace, which the CLI does not have.
 */
export function expandWorkspaceFolder(configured: string, folder: string, where: string): string {
	const variable = workspaceFolderVarRe.exec(configured.trim());
	if (!variable) {
		return configured;
	}
	if (variable[1] !== undefined) {
		throw new InputError(`${where}: '${configured}' names a folder of a VS Code workspace, which the CLI does not know; use \${workspaceFolder} (the folder that holds the project file) or a relative path`);
	}
	return path.join(folder, configured.trim().slice(variable[0].length));
}

/** The path of a `--source`: relative to the current directory; `${workspaceFolder}` is `folder`. */
export function commandLineSource(configured: string, folder: string): string {
	return path.resolve(expandWorkspaceFolder(configured, folder, '--source'));
}

/** The path of a project file's source, refused unless it resolves (symlinks too) inside `folder`, the file's folder. */
export function projectSource(configured: string, folder: string, configFile: string): string {
	const where = `config '${configFile}'`;
	const resolved = path.resolve(folder, expandWorkspaceFolder(configured, folder, where));
	if (!isInside(realPath(folder), realPath(resolved))) {
		throw new InputError(`${where}: source '${configured}' is outside the folder that holds it ('${folder}'); a project file may only name sources inside its folder (--source may name any file)`);
	}
	return resolved;
}

/** Whether `target` is `folder` or below it (both absolute and resolved). */
function isInside(folder: string, target: string): boolean {
	const relative = path.relative(folder, target);
	return relative === '' || (!relative.startsWith(`..${path.sep}`) && relative !== '..' && !path.isAbsolute(relative));
}

/** The path with every symlink resolved; the part that does not exist (yet) is kept as written. */
function realPath(p: string): string {
	const missing: string[] = [];
	for (let at = path.resolve(p); ; at = path.dirname(at)) {
		try {
			return path.join(fs.realpathSync.native(at), ...missing.reverse());
		} catch {
			if (path.dirname(at) === at) {
				return path.resolve(p);
			}
			missing.push(path.basename(at));
		}
	}
}
