import * as vscode from 'vscode';

import type { Log } from './log';
import { baseName, folderFor } from './paths';
import { readWorkspaceText, UnreadableFileError } from './readWorkspaceText';
import { EMPTY_PROJECT_CONFIG, ignoreSet, parseProjectConfig, PROJECT_CONFIG_FILE, type ProjectConfig } from '../engine';

/** The project config that applies to a document, with where it lives. */
export interface ProjectSettings {
	readonly config: ProjectConfig;
	/** The keys of `config.ignore`, for fast matching. */
	readonly ignored: ReadonlySet<string>;
	/** Where the file is (or would be created); undefined without a workspace folder. */
	readonly uri?: vscode.Uri;
	/** The folder relative `sources` are resolved against. */
	readonly base?: vscode.Uri;
	/** What is wrong with the file, one line each (also logged); empty when it is fine or missing. */
	readonly problems: readonly string[];
}

/** Reads `.clause-lens.json` at each workspace folder's root, caches it, and fires when one changes. */
export class ProjectConfigStore implements vscode.Disposable {
	private readonly cache = new Map<string, Promise<ProjectSettings>>();
	private readonly emitter = new vscode.EventEmitter<void>();
	private readonly disposables: vscode.Disposable[] = [];
	/** Fires when a project config file was created, changed or deleted. */
	readonly onDidChange = this.emitter.event;

	constructor(private readonly log: Log) {
		const watcher = vscode.workspace.createFileSystemWatcher(`**/${PROJECT_CONFIG_FILE}`);
		this.disposables.push(
			this.emitter,
			watcher,
			watcher.onDidChange(() => this.invalidate()),
			watcher.onDidCreate(() => this.invalidate()),
			watcher.onDidDelete(() => this.invalidate()),
			vscode.workspace.onDidSaveTextDocument((doc) => baseName(doc.uri) === PROJECT_CONFIG_FILE && this.invalidate()),
			vscode.workspace.onDidChangeWorkspaceFolders(() => this.invalidate()),
		);
	}

	/** The config file for a resource: `.clause-lens.json` at the root of its workspace folder. */
	fileFor(resource: vscode.Uri | undefined): vscode.Uri | undefined {
		const folder = folderFor(resource);
		return folder && vscode.Uri.joinPath(folder.uri, PROJECT_CONFIG_FILE);
	}

	/** The project settings for a resource (the empty config when there is no file or it is malformed). */
	settingsFor(resource: vscode.Uri | undefined): Promise<ProjectSettings> {
		const uri = this.fileFor(resource);
		if (!uri) {
			return Promise.resolve({ config: EMPTY_PROJECT_CONFIG, ignored: new Set(), problems: [] });
		}
		const key = uri.toString();
		let settings = this.cache.get(key);
		if (!settings) {
			settings = this.read(uri);
			this.cache.set(key, settings);
		}
		return settings;
	}

	/** Forgets the cached files and tells listeners to re-check. */
	invalidate(): void {
		this.cache.clear();
		this.emitter.fire();
	}

	private async read(uri: vscode.Uri): Promise<ProjectSettings> {
		const base = vscode.Uri.joinPath(uri, '..');
		const where = vscode.workspace.asRelativePath(uri, true);
		let text: string;
		try {
			text = await readWorkspaceText(uri, where);
		} catch (error) {
			if (!(error instanceof UnreadableFileError && error.isMissing)) {
				const problem = error instanceof Error ? error.message : String(error);
				this.log.notifyOnce(`${uri.toString()}#unreadable`, `Clause Lens: ${problem}; it is ignored until fixed.`);
			}
			return { config: EMPTY_PROJECT_CONFIG, ignored: new Set(), uri, base, problems: [] };
		}
		const { config, problems } = parseProjectConfig(text);
		if (problems.length > 0 && config === EMPTY_PROJECT_CONFIG) {
			this.log.notifyOnce(`${uri.toString()}#${problems[0]!.split(' (')[0]}`, `Clause Lens: ${where} is ${problems[0]}; it is ignored until fixed.`);
		}
		problems.forEach((problem) => this.log.warnOnce(`${where}: ${problem}`));
		return { config, ignored: ignoreSet(config), uri, base, problems };
	}

	dispose(): void {
		this.disposables.forEach((d) => d.dispose());
	}
}
