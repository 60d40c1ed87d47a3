import * as vscode from 'vscode';

import { checkText, type Citation, type Finding, type TextFormat } from '../engine';
import { type Config, readConfig } from './config';
import { toDiagnostic } from './convert';
import { SOURCE_SCHEME } from './ids';
import type { Log } from './log';
import type { ProjectConfigStore } from './projectConfigStore';
import type { LoadedSource, SourceStore } from './sourceStore';

/** The result of checking one version of a document; quick fixes and hovers use it only for that version. */
export interface CheckedDocument {
	readonly uri: vscode.Uri;
	readonly version: number;
	readonly format: TextFormat;
	readonly findings: readonly Finding[];
	readonly citations: readonly Citation[];
	readonly source: LoadedSource;
}

/** Schemes of editors that are not briefings (our read-only source, diffs, output). */
const SKIPPED_SCHEMES = new Set([SOURCE_SCHEME, 'git', 'output', 'vscode-scm', 'comment', 'vscode-chat-code-block']);

/**
 * Owns the diagnostics: checks documents on open, on save and (debounced per document) on change,
 * and publishes only results computed for the document's current text (a generation counter drops
 * results overtaken by a newer request; the version is read with the text it checks).
 */
export class DiagnosticsController implements vscode.Disposable {
	private readonly collection = vscode.languages.createDiagnosticCollection('clause-lens');
	private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
	private readonly generations = new Map<string, number>();
	private readonly results = new Map<string, CheckedDocument>();
	private readonly emitter = new vscode.EventEmitter<vscode.Uri>();
	private readonly disposables: vscode.Disposable[];
	/** Fires after a document's diagnostics were set or cleared. */
	readonly onDidCheck = this.emitter.event;

	constructor(
		private readonly sources: SourceStore,
		private readonly projects: ProjectConfigStore,
		private readonly log: Log,
	) {
		this.disposables = [
			this.collection,
			this.emitter,
			vscode.workspace.onDidOpenTextDocument((doc) => this.schedule(doc, 0)),
			vscode.workspace.onDidChangeTextDocument((e) => this.onDidChange(e)),
			vscode.workspace.onDidSaveTextDocument((doc) => this.schedule(doc, 0)),
			vscode.workspace.onDidCloseTextDocument((doc) => this.forget(doc.uri)),
			sources.onDidChange(() => this.refreshAll()),
			projects.onDidChange(() => this.refreshAll()),
		];
	}

	/** Checks every open document again (settings, a source or the project config changed). */
	refreshAll(): void {
		vscode.workspace.textDocuments.forEach((doc) => this.schedule(doc, 0));
	}

	/** Whether Clause Lens checks this document: enabled, one of the languages, a briefing not a source. */
	isChecked(doc: vscode.TextDocument, config: Config = readConfig(doc.uri, this.log)): boolean {
		return config.enable && config.languages.includes(doc.languageId) && !SKIPPED_SCHEMES.has(doc.uri.scheme) && !this.sources.isSourceFile(doc.uri);
	}

	/** The latest check of a document, only if it was computed for the document's current version. */
	resultFor(doc: vscode.TextDocument): CheckedDocument | undefined {
		const result = this.results.get(doc.uri.toString());
		if (!result || result.version !== doc.version) {
			this.log.debug(`no current result for ${doc.uri.toString()} v${doc.version} (have ${result?.version})`);
		}
		return result && result.version === doc.version ? result : undefined;
	}

	/** The citation of the sentence at an offset, if the current version was checked and the sentence is cited. */
	citationAt(doc: vscode.TextDocument, offset: number): Citation | undefined {
		return this.resultFor(doc)?.citations.find((c) => c.span.start <= offset && offset < c.span.end);
	}

	/** Checks a document after `delayMs`, replacing any check still pending for it. */
	schedule(doc: vscode.TextDocument, delayMs: number): void {
		const key = doc.uri.toString();
		clearTimeout(this.timers.get(key));
		this.timers.delete(key);
		if (!this.isChecked(doc)) {
			if (this.results.has(key) || this.collection.has(doc.uri)) {
				this.forget(doc.uri);
			}
			return;
		}
		const generation = (this.generations.get(key) ?? 0) + 1;
		this.generations.set(key, generation);
		this.timers.set(key, setTimeout(() => {
			this.timers.delete(key);
			void this.run(doc, generation);
		}, delayMs));
	}

	private onDidChange(e: vscode.TextDocumentChangeEvent): void {
		if (e.contentChanges.length === 0) {
			return;
		}
		const config = readConfig(e.document.uri, this.log);
		if (config.run === 'onType') {
			this.schedule(e.document, config.debounceMs);
		}
	}

	private async run(doc: vscode.TextDocument, generation: number): Promise<void> {
		const key = doc.uri.toString();
		const started = Date.now();
		try {
			const [source, project] = await Promise.all([this.sources.sourceFor(doc.uri), this.projects.settingsFor(doc.uri)]);
			if (doc.isClosed || this.generations.get(key) !== generation) {
				this.log.debug(`check of ${doc.uri.toString(true)} overtaken by a newer one`);
				return;
			}
			const config = readConfig(doc.uri, this.log);
			// NOTE: from here to collection.set() nothing awaits, so `version` is the version of `text`.
			const version = doc.version;
			const text = doc.getText();
			const format: TextFormat = doc.languageId === 'markdown' ? 'markdown' : 'plaintext';
			const checked = checkText(text, source.model, { format, severities: { ...project.config.severity, ...config.severity }, ignored: project.ignored });
			const diagnostics = checked.findings.map((f) => toDiagnostic(doc, f, f.clause && this.sources.locateClause(source, f.clause.id)));
			this.results.set(key, { uri: doc.uri, version, format, findings: checked.findings, citations: checked.citations, source });
			this.collection.set(doc.uri, diagnostics);
			this.log.debug(`checked ${doc.uri.toString(true)} v${version} against ${source.model.name}: ${diagnostics.length} findings in ${Date.now() - started} ms`);
		} catch (error) {
			this.log.error(`checking ${doc.uri.toString(true)} failed`, error);
			this.log.notifyOnce('check-failed', 'Clause Lens could not check a document; see the Clause Lens output for details.');
			this.results.delete(key);
			this.collection.delete(doc.uri);
		}
		this.emitter.fire(doc.uri);
	}

	/** Drops a document's diagnostics, cached result and pending check (closed or no longer checked). */
	private forget(uri: vscode.Uri): void {
		const key = uri.toString();
		this.log.debug(`forget ${key}`);
		clearTimeout(this.timers.get(key));
		this.timers.delete(key);
		this.generations.set(key, (this.generations.get(key) ?? 0) + 1);
		this.results.delete(key);
		this.collection.delete(uri);
		this.emitter.fire(uri);
	}

	dispose(): void {
		this.timers.forEach((timer) => clearTimeout(timer));
		this.timers.clear();
		this.disposables.forEach((d) => d.dispose());
	}
}
