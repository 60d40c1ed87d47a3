import * as vscode from 'vscode';

import { decodeText, MAX_FILE_BYTES } from '../engine';

/** A workspace file that cannot be read as text; the message says why and names the file, ready to show. */
export class UnreadableFileError extends Error {
	override readonly name = 'UnreadableFileError';

	constructor(
		message: string,
		/** The file does not exist (callers treat that as "no file", not as a problem). */
		readonly isMissing = false,
	) {
		super(message);
	}
}

/**
 * Reads a source or project file as text (UTF-8, or UTF-16 with a byte-order mark), as the CLI does. Its type and
 * size are checked with `stat` before it is read: reading a FIFO would never end and `/dev/zero` would fill memory.
 * `label` names the file in messages ("source document 'agreement.md'").
 */
export async function readWorkspaceText(uri: vscode.Uri, label: string): Promise<string> {
	let stat: vscode.FileStat;
	let bytes: Uint8Array;
	try {
		stat = await vscode.workspace.fs.stat(uri);
		refuseUnlessSmallFile(stat, label);
		bytes = await vscode.workspace.fs.readFile(uri);
	} catch (error) {
		if (error instanceof UnreadableFileError) {
			throw error;
		}
		if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') {
			throw new UnreadableFileError(`${label} was not found`, true);
		}
		throw new UnreadableFileError(`${label} cannot be read (${error instanceof Error ? error.message : String(error)})`);
	}
	// The file may have grown between stat and readFile.
	if (bytes.length > MAX_FILE_BYTES) {
		throw tooLarge(label);
	}
	const decoded = decodeText(bytes);
	if (decoded.problem !== undefined) {
		throw new UnreadableFileError(`${label} is ${decoded.problem}`);
	}
	return decoded.text;
}

function refuseUnlessSmallFile(stat: vscode.FileStat, label: string): void {
	// NOTE: `type` is a bit mask: a symbolic link to a file is File | SymbolicLink. A FIFO, socket or device is Unknown.
	if ((stat.type & vscode.FileType.File) === 0) {
		const what = stat.type & vscode.FileType.Directory ? 'a folder, not a file' : 'not a regular file (a named pipe, a device or a socket)';
		throw new UnreadableFileError(`${label} is ${what}`);
	}
	if (stat.size > MAX_FILE_BYTES) {
		throw tooLarge(label);
	}
}

function tooLarge(label: string): UnreadableFileError {
	return new UnreadableFileError(`${label} is larger than ${MAX_FILE_BYTES / 1048576} MB`);
}
