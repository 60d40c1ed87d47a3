import * as vscode from 'vscode';

import type { CommandIdValue } from './ids';

/** A `command:` link for a MarkdownString; arguments travel as JSON. */
export function commandUri(id: CommandIdValue, ...args: unknown[]): vscode.Uri {
	return vscode.Uri.parse(`command:${id}?${encodeURIComponent(JSON.stringify(args))}`);
}
