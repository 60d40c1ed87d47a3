import * as vscode from 'vscode';

import { LineIndex, severitiesFor, type TextFormat } from '../engine';
import type { CheckClient } from './check/checkClient';
import { readConfig } from './config';
import { toDiagnostic } from './convert';
import { DIAGNOSTIC_SOURCE, SOURCE_SCHEME } from './ids';
import type { Log } from './log';
import { relativePathBelow } from './paths';
import type { ProjectConfigStore } from './projectConfigStore';
import { readWorkspaceText, UnreadableFileError } from './readWorkspaceText';
import type { SourceStore } from './sourceStore';

/** Files larger than this are skipped by a workspace check (an open document of any size is still checked). */
export const WORKSPACE_FILE_LIMIT = 8 * 1024 * 1024;
/** At most this many files are checked in one run; the rest are reported as skipped. */
const MAX_FILES = 5000;
/** At most this many problems are listed per file (what VS Code keeps of a file's diagnostics). */
const MAX_PROBLEMS_PER_FILE = 1000;
/** Extensions of the built-in languages, for when no installed extension declares them. */
const BUILT_IN_EXTENSIONS: Readonly<Record<string, readonly string[]>> = { markdown: ['.md', '.markdown'], plaintext: ['.txt'] };

/** What one run found: how many briefings were checked, their findings, what was skipped and why. */
export interface WorkspaceCheckSummary {
	readonly checked: number;
	readonly findings: number;
	/** Files with at least one finding. */
	readonly files: number;
	readonly skipped: readonly { readonly uri: string; readonly reason: string }[];
	readonly cancelled: boolean;
}

/**
 * "Check All Briefings in Workspace": checks every briefing Clause Lens would check if it were opened (its language
 * among the folder's `clauseLens.languages`, `clauseLens.enable` on, not a source document), and lists the findings of
 * files that are not open in the Problems panel. One file at a time (bounded memory, and the worker checks one at a
 * time anyway); each file's copy in the worker is dropped once checked. A file opened later is checked live instead.
 */
export class WorkspaceCheck implements vscode.Disposable {
	private readonly collection = vscode.languages.createDiagnosticCollection('clause-lens-workspace');
	private readonly disposables: vscode.Disposable[];
	/** Drops a file's entry when it changes or goes on disk (its findings are then out of date); set by each run. */
	private watcher: vscode.FileSystemWatcher | undefined;

	constructor(
		private readonly sources: SourceStore,
		private readonly projects: ProjectConfigStore,
		private readonly client: CheckClient,
		private readonly log: Log,
	) {
		this.disposables = [
			this.collection,
			// An open document is checked live by the diagnostics controller; its pack entry would be a stale duplicate.
			vscode.workspace.onDidOpenTextDocument((doc) => this.collection.delete(doc.uri)),
		];
	}

	/** The command: runs with a cancellable progress notification, then says what it found. */
	async runWithProgress(): Promise<WorkspaceCheckSummary> {
		const summary = await vscode.window.withProgress(
			{ location: vscode.ProgressLocation.Notification, title: 'Clause Lens: checking briefings', cancellable: true },
			(progress, token) => this.run(token, progress),
		);
		const found = `${plural(summary.findings, 'finding')} in ${plural(summary.files, 'file')}`;
		const skipped = summary.skipped.length > 0 ? `; ${plural(summary.skipped.length, 'file')} skipped (see the Clause Lens output)` : '';
		const message = `Clause Lens ${summary.cancelled ? 'stopped after checking' : 'checked'} ${plural(summary.checked, 'briefing')}: ${found}${skipped}.`;
		void vscode.window.showInformationMessage(message, 'Show Problems').then((choice) => choice && vscode.commands.executeCommand('workbench.actions.view.problems'));
		return summary;
	}

	/** Checks the workspace's briefings; stops (keeping what it found so far) when `token` is cancelled. */
	async run(token: vscode.CancellationToken, progress?: vscode.Progress<{ message?: string; increment?: number }>): Promise<WorkspaceCheckSummary> {
		this.collection.clear();
		const skipped: { uri: string; reason: string }[] = [];
		const extensions = checkedExtensions();
		const glob = briefingGlob(extensions);
		this.watch(glob);
		const found = glob === undefined || token.isCancellationRequested ? [] : await vscode.workspace.findFiles(glob, undefined, MAX_FILES + 1, token);
		if (found.length > MAX_FILES) {
			skipped.push({ uri: '', reason: `more than ${MAX_FILES} candidate files: only the first ${MAX_FILES} are checked` });
		}
		const uris = found.slice(0, MAX_FILES).sort((a, b) => a.toString().localeCompare(b.toString()));
		let checked = 0;
		let findings = 0;
		let files = 0;
		for (const [k, uri] of uris.entries()) {
			if (token.isCancellationRequested) {
				break;
			}
			progress?.report({ message: `${k + 1}/${uris.length}: ${vscode.workspace.asRelativePath(uri)}`, increment: 100 / uris.length });
			try {
				const count = await this.checkFile(uri, extensions);
				if (count !== undefined) {
					checked++;
					findings += count;
					files += count > 0 ? 1 : 0;
				}
			} catch (error) {
				const reason = error instanceof Error ? error.message : String(error);
				skipped.push({ uri: uri.toString(), reason });
				this.log.info(`workspace check: skipped ${vscode.workspace.asRelativePath(uri)}: ${reason}`);
			}
		}
		this.log.info(`workspace check: ${checked} briefings, ${findings} findings in ${files} files, ${skipped.length} skipped${token.isCancellationRequested ? ' (cancelled)' : ''}`);
		return { checked, findings, files, skipped, cancelled: token.isCancellationRequested };
	}

	/** Checks one file and lists its findings: their number, or undefined when Clause Lens would not check it. */
	private async checkFile(uri: vscode.Uri, extensions: ReadonlyMap<string, readonly string[]>): Promise<number | undefined> {
		const config = readConfig(uri, this.log);
		const format = formatOf(uri, config.languages, extensions);
		if (!config.enable || format === undefined || uri.scheme === SOURCE_SCHEME) {
			return undefined;
		}
		const [source, project] = await Promise.all([this.sources.sourceFor(uri), this.projects.settingsFor(uri)]);
		const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
		if (this.sources.isSourceFile(uri) || open) {
			// A source is not checked against itself; an open briefing is already checked as it is edited.
			return open && !this.sources.isSourceFile(uri) ? vscode.languages.getDiagnostics(uri).filter((d) => d.source === DIAGNOSTIC_SOURCE).length : undefined;
		}
		const stat = await vscode.workspace.fs.stat(uri);
		if (stat.size > WORKSPACE_FILE_LIMIT) {
			throw new UnreadableFileError(`larger than ${WORKSPACE_FILE_LIMIT / 1048576} MB (open it to check it)`);
		}
		const text = await readWorkspaceText(uri, `briefing '${vscode.workspace.asRelativePath(uri)}'`);
		// NOTE: its own key in the worker, so that a document opened meanwhile is not confused with this copy.
		const key = `workspace-check:${uri.toString()}`;
		try {
			const outcome = await this.client.check(key, { version: 0, length: text.length, getText: () => text }, source, {
				format,
				severities: severitiesFor(project.config, relativePathBelow(project.base, uri), config.severity),
				ignored: [...project.ignored],
			});
			const lines = new LineIndex(text);
			const positions = { positionAt: (offset: number) => toPosition(lines, offset) };
			const shown = outcome.findings.toArray().slice(0, MAX_PROBLEMS_PER_FILE);
			const locations = new Map<string, vscode.Location | undefined>();
			const locate = (id: string): vscode.Location | undefined => (locations.has(id) ? locations.get(id) : locations.set(id, this.sources.locateClause(source, id)).get(id));
			if (!vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString())) {
				this.collection.set(uri, shown.map((f) => toDiagnostic(positions, f, f.clause && locate(f.clause.id))));
			}
			return outcome.findings.length;
		} finally {
			this.client.close(key);
		}
	}

	private watch(glob: string | undefined): void {
		this.watcher?.dispose();
		this.watcher = glob === undefined ? undefined : vscode.workspace.createFileSystemWatcher(glob, true, false, false);
		this.watcher?.onDidChange((uri) => this.collection.delete(uri));
		this.watcher?.onDidDelete((uri) => {
			// A deleted folder is reported once, for the folder.
			const prefix = `${uri.toString()}/`;
			this.collection.forEach((entry) => (entry.toString() === uri.toString() || entry.toString().startsWith(prefix)) && this.collection.delete(entry));
		});
	}

	dispose(): void {
		this.watcher?.dispose();
		this.disposables.forEach((d) => d.dispose());
	}
}

function toPosition(lines: LineIndex, offset: number): vscode.Position {
	const { line, character } = lines.positionAt(offset);
	return new vscode.Position(line, character);
}

/** The extensions of a language: those installed extensions declare for it, else the built-in ones. */
function extensionsOf(language: string): string[] {
	const declared = vscode.extensions.all.flatMap((ext) => {
		const languages = (ext.packageJSON as { contributes?: { languages?: { id?: string; extensions?: unknown }[] } }).contributes?.languages ?? [];
		return languages.filter((l) => l.id === language && Array.isArray(l.extensions)).flatMap((l) => (l.extensions as unknown[]).filter((e): e is string => typeof e === 'string'));
	});
	return [...new Set([...(BUILT_IN_EXTENSIONS[language] ?? []), ...declared].map((e) => e.toLowerCase()))];
}

/** The language ids every folder checks (`clauseLens.languages`), with their file extensions. */
function checkedExtensions(): Map<string, string[]> {
	const scopes = [undefined, ...(vscode.workspace.workspaceFolders ?? []).map((f) => f.uri)];
	const languages = new Set(scopes.flatMap((scope) => readConfig(scope).languages));
	return new Map([...languages].map((language) => [language, extensionsOf(language)]));
}

/** A glob of the files of every checked language (`**∕*.{md,markdown,txt}`); undefined when there are none. */
function briefingGlob(byLanguage: ReadonlyMap<string, readonly string[]>): string | undefined {
	const extensions = [...new Set([...byLanguage.values()].flat())].map((e) => e.replace(/^\./, '').replace(/[{}[\]*?,/\\]/g, '')).filter((e) => e !== '');
	return extensions.length === 0 ? undefined : `**/*.{${extensions.join(',')}}`;
}

/** The format a file is checked as, if its extension belongs to one of `languages`. */
function formatOf(uri: vscode.Uri, languages: readonly string[], byLanguage: ReadonlyMap<string, readonly string[]>): TextFormat | undefined {
	const name = uri.path.toLowerCase();
	const language = languages.find((l) => (byLanguage.get(l) ?? []).some((e) => name.endsWith(e)));
	return language === undefined ? undefined : language === 'markdown' ? 'markdown' : 'plaintext';
}

function plural(n: number, word: string): string {
	return `${n} ${word}${n === 1 ? '' : 's'}`;
}
