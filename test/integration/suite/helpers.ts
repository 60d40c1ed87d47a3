// Helpers for the integration tests (they run inside code-server's extension host, see ../harness/).
// Everything here waits on events or on a condition with a deadline; nothing sleeps for a fixed time.
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';

import type { ClauseLensApi } from '../../../src/extension/extension';
import type { StatusBarState } from '../../../src/extension/statusBar';

export const EXTENSION_ID = 'clause-lens.clause-lens';

/** The folder opened for the tests: a fresh copy of test/integration/workspace. */
export function workspaceFolder(): vscode.WorkspaceFolder {
	const folder = vscode.workspace.workspaceFolders?.[0];
	if (!folder) throw new Error('no workspace folder is open (the harness opens a copy of test/integration/workspace)');
	return folder;
}

/** Opens a file of the test workspace (path relative to its root) and shows it in an editor. */
export async function openDoc(
	relativePath: string,
	options: vscode.TextDocumentShowOptions = {},
): Promise<{ doc: vscode.TextDocument; editor: vscode.TextEditor }> {
	const uri = vscode.Uri.joinPath(workspaceFolder().uri, ...relativePath.split('/'));
	const doc = await vscode.workspace.openTextDocument(uri);
	const editor = await vscode.window.showTextDocument(doc, options);
	return { doc, editor };
}

/** Opens an untitled document with the given content (markdown by default) and shows it. */
export async function openUntitled(
	content: string,
	language = 'markdown',
): Promise<{ doc: vscode.TextDocument; editor: vscode.TextEditor }> {
	const doc = await vscode.workspace.openTextDocument({ language, content });
	const editor = await vscode.window.showTextDocument(doc);
	return { doc, editor };
}

/**
 * Resolves with the diagnostics of `uri` as soon as `predicate` holds for them: checks the current state first,
 * then re-checks on every vscode.languages.onDidChangeDiagnostics event for that uri. Rejects after `timeoutMs`
 * with the last diagnostics seen.
 */
export function waitForDiagnostics(
	uri: vscode.Uri,
	predicate: (diagnostics: vscode.Diagnostic[]) => boolean = (d) => d.length > 0,
	timeoutMs = 10000,
): Promise<vscode.Diagnostic[]> {
	const key = uri.toString();
	const now = vscode.languages.getDiagnostics(uri);
	if (predicate(now)) {
		return Promise.resolve(now);
	}
	const last = (): string => {
		const all = vscode.languages.getDiagnostics(uri);
		const shown = all.slice(0, 12).map((d) => `${d.range.start.line}:${d.range.start.character} ${d.message}`);
		return JSON.stringify(all.length > 12 ? [...shown, `… ${all.length - 12} more`] : shown);
	};
	let seen = now;
	const matches = (e: vscode.DiagnosticChangeEvent): boolean => {
		if (!e.uris.some((u) => u.toString() === key)) return false;
		seen = vscode.languages.getDiagnostics(uri);
		return predicate(seen);
	};
	return nextEvent(vscode.languages.onDidChangeDiagnostics, matches, () => `diagnostics on ${key}; last: ${last()}`, timeoutMs).then(() => seen);
}

/**
 * Waits for a condition that has no event to subscribe to (e.g. Extension.isActive): re-checks it every
 * `intervalMs` and returns as soon as it holds; rejects after `timeoutMs`. Prefer an event where one exists.
 */
export async function waitUntil(condition: () => boolean, what: string, timeoutMs = 10000, intervalMs = 20): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (!condition()) {
		if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
		await new Promise((r) => setTimeout(r, intervalMs));
	}
}

/**
 * Waits until this extension host's event loop has run freely for `quietMs` (no turn delayed by more than
 * `maxLagMs`): after a test that leaves a large heap behind (a 5 MB document closed), garbage collection can block
 * the host for seconds, and the next test's own timeouts would measure that instead of what it tests.
 */
export async function hostSettled(quietMs = 1000, maxLagMs = 100, timeoutMs = 60_000): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	let quietSince = Date.now();
	for (let last = Date.now(); Date.now() - quietSince < quietMs; ) {
		if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for the extension host to settle`);
		await new Promise((r) => setTimeout(r, 20));
		const now = Date.now();
		if (now - last - 20 > maxLagMs) quietSince = now;
		last = now;
	}
}

let screenshotRequests = 0;

/**
 * Asks the harness driver for a PNG screenshot of the workbench as it is now (the extension host is alive and
 * decorations are painted), and waits for `$CLAUSE_LENS_SCREENSHOT_DIR/<name>.png` to appear. Returns its path,
 * or undefined when screenshots are off (variable unset). Rejects if the file does not appear within `timeoutMs`.
 * `waitFor`: a CSS selector the driver waits to be visible first (a hover or a quick pick renders a little later).
 * `clip`: keep only the part of the window around the first visible element of each selector (`padding` pixels
 * around their union), or around every element one selector matches (`{ clip, pad }`), so that an image shown
 * small (README, walkthrough) is readable.
 */
export function screenshot(name: string, timeoutMs = 15000, waitFor?: string, clip?: { selectors: readonly string[]; padding?: number } | { clip: string; pad?: number }): Promise<string | undefined> {
	const dir = process.env.CLAUSE_LENS_SCREENSHOT_DIR;
	if (!dir) return Promise.resolve(undefined);
	if (!/^[\w.-]+$/.test(name)) return Promise.reject(new Error(`screenshot name must match [\\w.-]+: ${name}`));
	const base = `${name}.png`;
	const file = path.join(dir, base);
	fs.mkdirSync(dir, { recursive: true });
	fs.rmSync(file, { force: true }); // wait for the new file, not one from an earlier run
	const id = `${process.pid}x${++screenshotRequests}`;
	return new Promise((resolve, reject) => {
		let done = false;
		const settle = (fn: () => void): void => {
			if (done) return;
			done = true;
			clearTimeout(timer);
			watcher.close();
			fn();
		};
		// The driver writes <name>.png.tmp and renames it, so the file is complete once it exists.
		const watcher = fs.watch(dir, (_event, changed) => {
			if ((changed === null || changed.toString() === base) && fs.existsSync(file)) settle(() => resolve(file));
		});
		const timer = setTimeout(
			() => settle(() => reject(new Error(`screenshot ${base} did not appear in ${dir} within ${timeoutMs} ms (is the harness driver running?)`))),
			timeoutMs,
		);
		// The extension host's console is forwarded to the driver, which watches for this line.
		const options = { ...(waitFor ? { waitFor } : {}), ...(clip ? ('selectors' in clip ? { clip } : clip) : {}) };
		console.log(`[clause-lens:screenshot] ${name} #${id}${Object.keys(options).length > 0 ? ` ${JSON.stringify(options)}` : ''}`);
	});
}

/** Whether the code-server harness driver runs this suite (it serves screenshot and keyboard requests). */
export function hasDriver(): boolean {
	return process.env.CLAUSE_LENS_HARNESS === 'code-server';
}

/**
 * Asks the harness driver to type text or press a key in the browser, into whatever has focus (e.g. a quick
 * pick's input). Returns at once: wait for the effect (an event) to know it happened.
 */
export function keyboard(action: { type: string } | { press: string }): void {
	console.log(`[clause-lens:keyboard] #${process.pid}x${++screenshotRequests} ${JSON.stringify(action)}`);
}

/** Resolves with the first event that satisfies `predicate`; rejects after `timeoutMs`. Subscribe before acting. */
export function nextEvent<T>(event: vscode.Event<T>, predicate: (value: T) => boolean, what: string | (() => string), timeoutMs = 10000): Promise<T> {
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => {
			sub.dispose();
			reject(new Error(`timed out after ${timeoutMs} ms waiting for ${typeof what === 'string' ? what : what()}`));
		}, timeoutMs);
		const sub = event((value) => {
			if (predicate(value)) {
				clearTimeout(timer);
				sub.dispose();
				resolve(value);
			}
		});
	});
}

/** Makes copy names unique across the suite's files (each test file is bundled with its own copy of this module). */
const runId = Math.random().toString(36).slice(2, 7);
let copies = 0;

/**
 * Copies a file of the test workspace to a new name under scratch/ (so each test edits its own document),
 * optionally transforming its text (e.g. to CRLF) or changing its extension (e.g. to .txt). Returns its URI.
 */
export async function copyFixture(
	relativePath: string,
	options: { transform?: (text: string) => string; extension?: string } = {},
): Promise<vscode.Uri> {
	const root = workspaceFolder().uri;
	const from = vscode.Uri.joinPath(root, ...relativePath.split('/'));
	const name = relativePath.split('/').pop()!.replace(/(\.[^.]+)$/, (ext) => `-${runId}${++copies}${options.extension ?? ext}`);
	const to = vscode.Uri.joinPath(root, 'scratch', name);
	const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(from));
	await vscode.workspace.fs.writeFile(to, new TextEncoder().encode(options.transform ? options.transform(text) : text));
	return to;
}

/** copyFixture, then opens the copy in an editor. */
export async function openCopy(
	relativePath: string,
	options: { transform?: (text: string) => string; extension?: string } = {},
): Promise<{ doc: vscode.TextDocument; editor: vscode.TextEditor }> {
	const uri = await copyFixture(relativePath, options);
	const doc = await vscode.workspace.openTextDocument(uri);
	return { doc, editor: await vscode.window.showTextDocument(doc) };
}

/** Reverts and closes every editor (no save prompts), so the next test starts clean. */
export async function closeAllEditors(): Promise<void> {
	for (let guard = 0; guard < 50 && vscode.window.visibleTextEditors.length > 0; guard++) {
		await vscode.window.showTextDocument(vscode.window.visibleTextEditors[0]!.document);
		await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
	}
	await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Sets a `clauseLens.*` setting in the workspace (undefined removes it). */
export async function setSetting(key: string, value: unknown): Promise<void> {
	await vscode.workspace.getConfiguration('clauseLens').update(key, value, vscode.ConfigurationTarget.Workspace);
}

/** Replaces the first occurrence of `find` in a document through a WorkspaceEdit, as a user edit would. */
export async function replaceText(doc: vscode.TextDocument, find: string, replacement: string): Promise<void> {
	const at = doc.getText().indexOf(find);
	if (at < 0) throw new Error(`'${find}' is not in ${doc.uri.toString()}`);
	const edit = new vscode.WorkspaceEdit();
	edit.replace(doc.uri, new vscode.Range(doc.positionAt(at), doc.positionAt(at + find.length)), replacement);
	if (!(await vscode.workspace.applyEdit(edit))) throw new Error('applyEdit failed');
}

/** The rule ids (diagnostic codes) of Clause Lens diagnostics. */
export function rulesOf(diagnostics: readonly vscode.Diagnostic[]): string[] {
	return diagnostics
		.filter((d) => d.source === 'Clause Lens')
		.map((d) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code)));
}

/**
 * The quick fixes at a range, asked for again until `accept` holds for them (default: at least one). NOTE: VS Code
 * cancels a code-action request, answering with nothing, when the set of providers changes meanwhile, which happens
 * when the built-in markdown extension's language server registers its providers after the first markdown document opens.
 */
export async function quickFixesAt(
	uri: vscode.Uri,
	range: vscode.Range,
	accept: (actions: vscode.CodeAction[]) => boolean = (a) => a.length > 0,
	timeoutMs = 10000,
	kind: string = vscode.CodeActionKind.QuickFix.value,
): Promise<vscode.CodeAction[]> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, kind)) ?? [];
		if (accept(actions)) return actions;
		if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for quick fixes at ${range.start.line}:${range.start.character}; last: ${JSON.stringify(actions.map((a) => a.title))}`);
		await new Promise((r) => setTimeout(r, 50));
	}
}

/** Resolves with the status bar item's state as soon as `predicate` holds for it (now, or after one of its updates). */
export function waitForStatusBar(api: ClauseLensApi, predicate: (state: StatusBarState) => boolean, timeoutMs = 10000): Promise<StatusBarState> {
	const now = api.statusBarState();
	if (predicate(now)) {
		return Promise.resolve(now);
	}
	return nextEvent(api.onDidUpdateStatusBar, predicate, () => `the status bar; last: ${JSON.stringify(api.statusBarState())}`, timeoutMs);
}
