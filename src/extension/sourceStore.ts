import * as vscode from 'vscode';

import { LineIndex, PROJECT_CONFIG_FILE, type SourceDocument, type Span } from '../engine';
import type { CheckSource } from './check/checkClient';
import type { SourceView } from './check/protocol';
import { readConfig } from './config';
import { toTextRange } from './convert';
import { EMBEDDED_SOURCE_NAME, EMBEDDED_SOURCE_PATH, SOURCE_SCHEME } from './ids';
import type { Log } from './log';
import { baseName, folderFor, resolveConfiguredPath } from './paths';
import type { ProjectConfigStore } from './projectConfigStore';
import { readWorkspaceText } from './readWorkspaceText';
import { sourceAccessProblem, sourcesSettingOrigin } from './sourceAccess';
import type { SourceOrigin } from './sourcePolicy';

/** One document of a loaded source and where its text sits in the model's (joined) text. */
export interface SourcePart {
	readonly uri: vscode.Uri;
	readonly name: string;
	readonly text: string;
	readonly offset: number;
	readonly lines: LineIndex;
	readonly isEmbedded: boolean;
}

/** Parses sources off the extension host's thread (the check worker), answering with what the host needs of them. */
export interface SourceLoader {
	load(source: CheckSource): Promise<SourceView>;
}

/** A source agreement ready for checking: what the editor needs of the engine's model, and the documents it came from. */
export interface LoadedSource {
	readonly key: string;
	/** The model's clauses, commitments and names; the model itself lives where checks run. */
	readonly model: SourceView;
	/** The documents the model was loaded from (checks name the source by this array). */
	readonly docs: readonly SourceDocument[];
	readonly parts: readonly SourcePart[];
	/** Why the configured source could not be used (the embedded MoU stands in), if it could not. */
	readonly problem?: string;
}

/** The read-only URI under which the embedded MoU is shown. */
export const EMBEDDED_SOURCE_URI = vscode.Uri.from({ scheme: SOURCE_SCHEME, path: `/${EMBEDDED_SOURCE_PATH[EMBEDDED_SOURCE_PATH.length - 1]}` });

/**
 * Loads the source agreement that applies to a document: `clauseLens.sources`, else the project file's
 * `sources`, else the embedded MoU. Caches models, watches source files, and falls back to the embedded
 * MoU (with one notification per distinct problem) when a configured source cannot be used.
 */
export class SourceStore implements vscode.Disposable {
	private embedded: Promise<LoadedSource> | undefined;
	private readonly cache = new Map<string, Promise<LoadedSource>>();
	private readonly watchers = new Map<string, vscode.Disposable>();
	/** Whether each configured source may be read (by origin, URI and project folder), decided once per load. */
	private readonly access = new Map<string, Promise<string | undefined>>();
	private readonly emitter = new vscode.EventEmitter<void>();
	private readonly disposables: vscode.Disposable[] = [this.emitter];
	/** Fires when a source changed or was reloaded: everything should be checked again. */
	readonly onDidChange = this.emitter.event;

	constructor(
		private readonly extensionUri: vscode.Uri,
		private readonly projects: ProjectConfigStore,
		private readonly log: Log,
		private readonly loader: SourceLoader,
	) {
		this.disposables.push(
			vscode.workspace.onDidSaveTextDocument((doc) => this.watchers.has(doc.uri.toString()) && this.invalidate(doc.uri)),
			// Sources outside the workspace that the user's own settings name are read once the workspace is trusted.
			vscode.workspace.onDidGrantWorkspaceTrust(() => this.reload()),
			vscode.workspace.onDidChangeWorkspaceFolders(() => this.access.clear()),
		);
	}

	/** The source for a document (or for the workspace when `resource` is undefined). */
	async sourceFor(resource: vscode.Uri | undefined): Promise<LoadedSource> {
		const { uris, refused } = await this.configuredUris(resource);
		if (refused !== undefined) {
			// The embedded MoU stands in, and says why (the status bar shows it for as long as it lasts).
			return this.standIn(refused);
		}
		if (uris.length === 0) {
			return this.loadEmbedded();
		}
		const key = uris.map((u) => u.toString()).join('\n');
		let loaded = this.cache.get(key);
		if (!loaded) {
			loaded = this.loadConfigured(uris, key);
			this.cache.set(key, loaded);
		}
		return loaded;
	}

	/** The text of the embedded MoU (for the read-only source document). */
	async embeddedText(): Promise<string> {
		return (await this.loadEmbedded()).model.text;
	}

	/** Whether a document is one of the configured source files (they are not checked against themselves). */
	isSourceFile(uri: vscode.Uri): boolean {
		return this.watchers.has(uri.toString());
	}

	/** Where a span of the source's text is, in the document it came from. */
	locate(source: LoadedSource, span: Span): vscode.Location | undefined {
		const part = source.parts.find((p) => p.offset <= span.start && span.start <= p.offset + p.text.length);
		return part && new vscode.Location(part.uri, toTextRange(part.lines, { start: span.start - part.offset, end: span.end - part.offset }));
	}

	/** Where a clause is, in the document it came from. */
	locateClause(source: LoadedSource, clauseId: string): vscode.Location | undefined {
		const clause = source.model.clauses.find((c) => c.id === clauseId);
		return clause && this.locate(source, clause.span);
	}

	/** Drops every loaded source and reads them again on next use ("Reload Source Document"). */
	reload(): void {
		this.access.clear();
		this.embedded = undefined;
		this.cache.clear();
		this.watchers.forEach((w) => w.dispose());
		this.watchers.clear();
		this.log.resetNotifications();
		this.emitter.fire();
	}

	private invalidate(uri: vscode.Uri): void {
		this.access.clear();
		const changed = uri.toString();
		for (const key of [...this.cache.keys()]) {
			if (key.split('\n').includes(changed)) {
				this.cache.delete(key);
			}
		}
		this.log.info(`source ${vscode.workspace.asRelativePath(uri)} changed; checking again`);
		this.emitter.fire();
	}

	/** The embedded MoU standing in for a configured source that cannot be used, with the reason; one object per reason. */
	private standIn(problem: string): Promise<LoadedSource> {
		const key = `refused\n${problem}`;
		let loaded = this.cache.get(key);
		if (!loaded) {
			loaded = this.loadEmbedded().then((embedded) => ({ ...embedded, key, problem }));
			this.cache.set(key, loaded);
		}
		return loaded;
	}

	/** The configured sources' URIs (none: the embedded MoU), or why the configured ones are refused. */
	private async configuredUris(resource: vscode.Uri | undefined): Promise<{ uris: vscode.Uri[]; refused?: string }> {
		let configured = readConfig(resource, this.log).sources;
		let base = folderFor(resource)?.uri;
		let origin: SourceOrigin = sourcesSettingOrigin(resource);
		if (configured.length === 0) {
			const project = await this.projects.settingsFor(resource);
			configured = project.config.sources;
			base = project.base;
			origin = 'project';
		}
		const from = origin === 'project' ? PROJECT_CONFIG_FILE : `the clauseLens.sources ${origin} setting`;
		const refuse = (problem: string): { uris: []; refused: string } => {
			this.log.notifyOnce(problem, `Clause Lens: source ${problem} (from ${from}). Checking against the embedded ${EMBEDDED_SOURCE_NAME} instead.`);
			return { uris: [], refused: `source ${problem} (from ${from})` };
		};
		const uris: vscode.Uri[] = [];
		for (const path of configured) {
			const resolved = resolveConfiguredPath(path, base, origin === 'project');
			if (typeof resolved === 'string') {
				return refuse(resolved);
			}
			const refused = await this.accessProblem(resolved, origin, base);
			if (refused !== undefined) {
				return refuse(`'${path}' ${refused}`);
			}
			uris.push(resolved);
		}
		return { uris };
	}

	/** Why a source may not be read, if it may not (see `sourceAccessProblem`); cached until a reload or a change. */
	private accessProblem(uri: vscode.Uri, origin: SourceOrigin, base: vscode.Uri | undefined): Promise<string | undefined> {
		const key = `${origin}\n${uri.toString()}\n${base?.toString() ?? ''}`;
		let problem = this.access.get(key);
		if (!problem) {
			problem = sourceAccessProblem(uri, origin, base);
			this.access.set(key, problem);
		}
		return problem;
	}

	private async loadConfigured(uris: readonly vscode.Uri[], key: string): Promise<LoadedSource> {
		uris.forEach((uri) => this.watch(uri));
		try {
			const docs = await Promise.all(uris.map((uri) => readSourceFile(uri)));
			const model = await this.loader.load({ docs });
			this.log.info(`source: ${docs.map((d) => d.name).join(' + ')} (${model.clauses.length} clauses)`);
			return { key, model, docs, parts: locateParts(model, docs, false) };
		} catch (error) {
			const problem = error instanceof Error ? error.message : String(error);
			this.log.notifyOnce(`${key}\n${problem}`, `Clause Lens: ${problem}. Checking against the embedded ${EMBEDDED_SOURCE_NAME} instead.`);
			return { ...(await this.loadEmbedded()), key, problem };
		}
	}

	private loadEmbedded(): Promise<LoadedSource> {
		this.embedded ??= (async () => {
			const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(this.extensionUri, ...EMBEDDED_SOURCE_PATH));
			const docs = [{ uri: EMBEDDED_SOURCE_URI, name: EMBEDDED_SOURCE_NAME, text: new TextDecoder('utf-8').decode(bytes) }];
			const model = await this.loader.load({ docs });
			return { key: 'embedded', model, docs, parts: locateParts(model, docs, true) };
		})();
		return this.embedded;
	}

	/** Watches a source file (even a missing one, so creating it is noticed). */
	private watch(uri: vscode.Uri): void {
		const key = uri.toString();
		if (this.watchers.has(key)) {
			return;
		}
		const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.joinPath(uri, '..'), baseName(uri)));
		const changed = (): void => this.invalidate(uri);
		this.watchers.set(key, vscode.Disposable.from(watcher, watcher.onDidChange(changed), watcher.onDidCreate(changed), watcher.onDidDelete(changed)));
	}

	dispose(): void {
		this.watchers.forEach((w) => w.dispose());
		this.disposables.forEach((d) => d.dispose());
	}
}

/** Reads a source file; throws an Error whose message says what is wrong, for the notification. */
async function readSourceFile(uri: vscode.Uri): Promise<{ uri: vscode.Uri; name: string; path: string; text: string }> {
	const text = await readWorkspaceText(uri, `source document '${vscode.workspace.asRelativePath(uri)}'`);
	return { uri, name: baseName(uri), path: uri.path, text };
}

/** Where each document's text sits in the model's text (`loadSources` joins several with blank lines). */
function locateParts(model: SourceView, docs: readonly { uri: vscode.Uri; name: string; text: string }[], isEmbedded: boolean): SourcePart[] {
	let from = 0;
	return docs.map((doc) => {
		const found = docs.length === 1 ? 0 : model.text.indexOf(doc.text, from);
		const offset = Math.max(0, found);
		from = offset + doc.text.length;
		return { ...doc, offset, lines: new LineIndex(doc.text), isEmbedded };
	});
}
