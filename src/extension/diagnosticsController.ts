import * as vscode from 'vscode';

import { type Citation, type Finding, severitiesFor, type Span, type TextFormat } from '../engine';
import type { CheckClient, CheckOutcome, SyncedDocument } from './check/checkClient';
import { chooseShownFindings, MAX_DRAWN_DIAGNOSTICS, notShownMessage } from './check/shownFindings';
import { type Config, readConfig } from './config';
import { sameDiagnostics, toDiagnostic } from './convert';
import { DIAGNOSTIC_SOURCE, INFO_SCHEME, SOURCE_SCHEME } from './ids';
import type { Log } from './log';
import { relativePathBelow } from './paths';
import type { ProjectConfigStore } from './projectConfigStore';
import type { LoadedSource, SourceStore } from './sourceStore';

/** The result of checking one version of a document; quick fixes and hovers use it only for that version. */
export interface CheckedDocument {
	readonly uri: vscode.Uri;
	readonly version: number;
	readonly format: TextFormat;
	readonly source: LoadedSource;
	/** The findings that start at an offset. */
	findingsAt(start: number): readonly Finding[];
	/** Every finding shown (suppressed and accepted ones left out), in document order. */
	findings(): readonly Finding[];
	/** The citations of the sentences that overlap or touch `[start, end]`. */
	citationsIn(start: number, end: number): readonly Citation[];
	/** Every finding shown and every citation, at this version's offsets (moved once, then kept). */
	all(): { readonly findings: readonly Finding[]; readonly citations: readonly Citation[] };
}

/** Schemes of editors that are not briefings (our read-only source and configuration, diffs, output). */
const SKIPPED_SCHEMES = new Set([SOURCE_SCHEME, INFO_SCHEME, 'git', 'output', 'vscode-scm', 'comment', 'vscode-chat-code-block']);

/** How long the view must rest before the findings shown are chosen again for what is on screen. */
const REPICK_DELAY_MS = 150;

/** The findings of a document's latest check, kept to choose again which are shown when the view scrolls. */
interface Published {
	readonly version: number;
	readonly source: LoadedSource;
	readonly outcome: CheckOutcome;
}

/**
 * Owns the diagnostics: checks documents on open, on save and (debounced per document) on change,
 * and publishes only results computed for the document's current text (a generation counter drops
 * results overtaken by a newer request; a result is shown only for the version it was computed for).
 *
 * Checks run in a worker thread (`CheckClient`), which holds a copy of each checked document kept current by
 * the edits and re-checks only the blocks an edit touched; the extension host only mirrors the changes.
 */
export class DiagnosticsController implements vscode.Disposable {
	private readonly collection = vscode.languages.createDiagnosticCollection('clause-lens');
	private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
	private readonly generations = new Map<string, number>();
	private readonly results = new Map<string, CheckedDocument>();
	private readonly published = new Map<string, Published>();
	private readonly repickTimers = new Map<string, ReturnType<typeof setTimeout>>();
	/** Documents whose checking the user paused (until resumed or closed). */
	private readonly paused = new Set<string>();
	private readonly clauseLocations = new WeakMap<LoadedSource, Map<string, vscode.Location | undefined>>();
	private readonly emitter = new vscode.EventEmitter<vscode.Uri>();
	private readonly disposables: vscode.Disposable[];
	/** Fires after a document's diagnostics were set or cleared. */
	readonly onDidCheck = this.emitter.event;

	constructor(
		private readonly sources: SourceStore,
		private readonly projects: ProjectConfigStore,
		private readonly log: Log,
		/** Where checks run (a worker thread, or this one when no worker could be started). */
		private readonly client: CheckClient,
	) {
		this.log.info(this.client.inWorker ? 'checks run in a worker thread' : 'checks run in the extension host');
		this.disposables = [
			this.collection,
			this.emitter,
			vscode.workspace.onDidOpenTextDocument((doc) => this.schedule(doc, 0)),
			vscode.workspace.onDidChangeTextDocument((e) => this.onDidChange(e)),
			vscode.workspace.onDidSaveTextDocument((doc) => this.schedule(doc, 0)),
			vscode.workspace.onDidCloseTextDocument((doc) => {
				this.paused.delete(doc.uri.toString());
				this.forget(doc.uri);
			}),
			sources.onDidChange(() => this.refreshAll()),
			projects.onDidChange(() => this.refreshAll()),
			// VS Code draws 500 problems per file: which are shown follows the view (scrolling does not check again).
			vscode.window.onDidChangeTextEditorVisibleRanges((e) => this.scheduleRepick(e.textEditor.document)),
			vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((e) => this.scheduleRepick(e.document))),
		];
	}

	/** Whether checks run in a worker thread (else in the extension host, when no worker could be started). */
	get checksInWorker(): boolean {
		return this.client.inWorker;
	}

	/** Checks every open document again (settings, a source or the project config changed). */
	refreshAll(): void {
		vscode.workspace.textDocuments.forEach((doc) => this.schedule(doc, 0));
	}

	/** Whether Clause Lens checks this document: enabled, one of the languages, a briefing not a source. */
	isChecked(doc: vscode.TextDocument, config: Config = readConfig(doc.uri, this.log)): boolean {
		return config.enable && config.languages.includes(doc.languageId) && !SKIPPED_SCHEMES.has(doc.uri.scheme) && !this.sources.isSourceFile(doc.uri);
	}

	/** Whether checking this document is paused ("Pause checking this document"). */
	isPaused(doc: vscode.TextDocument): boolean {
		return this.paused.has(doc.uri.toString());
	}

	/** Pauses checking a document (its findings are cleared) or resumes it (it is checked at once). */
	setPaused(doc: vscode.TextDocument, paused: boolean): void {
		const key = doc.uri.toString();
		if (paused) {
			this.paused.add(key);
		} else {
			this.paused.delete(key);
		}
		this.schedule(doc, 0);
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
		return this.resultFor(doc)?.citationsIn(offset, offset).find((c) => c.span.start <= offset && offset < c.span.end);
	}

	/** Checks a document after `delayMs`, replacing any check still pending for it. */
	schedule(doc: vscode.TextDocument, delayMs: number): void {
		const key = doc.uri.toString();
		clearTimeout(this.timers.get(key));
		this.timers.delete(key);
		if (!this.isChecked(doc) || this.paused.has(key)) {
			if (this.results.has(key) || this.collection.has(doc.uri) || this.paused.has(key)) {
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
		// The worker's copy follows every edit, checked or not yet.
		this.client.edit(e.document.uri.toString(), e.document.version, e.contentChanges);
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
			const format: TextFormat = doc.languageId === 'markdown' ? 'markdown' : 'plaintext';
			const outcome = await this.client.check(key, documentView(doc), source, {
				format,
				severities: severitiesFor(project.config, relativePathBelow(project.base, doc.uri), config.severity),
				ignored: [...project.ignored],
			});
			// Shown only if nothing newer was asked for and the text is still the text that was checked.
			if (doc.isClosed || this.generations.get(key) !== generation || outcome.version !== doc.version) {
				this.log.debug(`check of ${doc.uri.toString(true)} v${outcome.version} is stale (now v${doc.version})`);
				return;
			}
			const published = Date.now();
			this.results.set(key, checkedDocument(doc.uri, format, source, outcome));
			this.published.set(key, { version: outcome.version, source, outcome });
			this.publish(doc, source, outcome);
			this.log.debug(
				`checked ${doc.uri.toString(true)} v${outcome.version} against ${source.model.name}: ${outcome.findings.length} findings ` +
					`in ${Date.now() - started} ms (worker ${outcome.workerMs} ms, publishing ${Date.now() - published} ms)`,
			);
		} catch (error) {
			this.log.error(`checking ${doc.uri.toString(true)} failed`, error);
			this.log.notifyOnce('check-failed', 'Clause Lens could not check a document; see the Clause Lens output for details.');
			this.results.delete(key);
			this.published.delete(key);
			this.collection.delete(doc.uri);
		}
		this.emitter.fire(doc.uri);
	}

	/** Sets a document's diagnostics from a check, unless they would show exactly what is shown already. */
	private publish(doc: vscode.TextDocument, source: LoadedSource, outcome: CheckOutcome): void {
		const diagnostics = this.diagnosticsFor(doc, source, outcome);
		// NOTE: VS Code re-sends the whole list on every set; an edit below every shown diagnostic changes none of
		// them, so nothing is sent.
		if (!sameDiagnostics(this.collection.get(doc.uri), diagnostics)) {
			this.collection.set(doc.uri, diagnostics);
		}
	}

	/**
	 * A diagnostic per finding, as many as VS Code draws (it underlines only the first 500 problems of a file): past
	 * that, the findings nearest the visible ranges of the editors showing the document, and one line that says how
	 * many more there are. Only the findings shown are moved to their offsets and converted.
	 */
	private diagnosticsFor(doc: vscode.TextDocument, source: LoadedSource, outcome: CheckOutcome): vscode.Diagnostic[] {
		const { findings } = outcome;
		const shown = chooseShownFindings(findings, visibleSpans(doc));
		const diagnostics = shown.map((f) => toDiagnostic(doc, f, f.clause && this.locateClause(source, f.clause.id)));
		if (findings.length > shown.length) {
			const more = new vscode.Diagnostic(new vscode.Range(0, 0, 0, 0), notShownMessage(shown.length, findings.length), vscode.DiagnosticSeverity.Information);
			more.source = DIAGNOSTIC_SOURCE;
			diagnostics.push(more);
		}
		return diagnostics;
	}

	/** Chooses the shown findings again once the view of a document rests, if some of its findings are left out. */
	private scheduleRepick(doc: vscode.TextDocument): void {
		const key = doc.uri.toString();
		const last = this.published.get(key);
		if (!last || last.outcome.findings.length <= MAX_DRAWN_DIAGNOSTICS) {
			return;
		}
		clearTimeout(this.repickTimers.get(key));
		this.repickTimers.set(key, setTimeout(() => {
			this.repickTimers.delete(key);
			const current = this.published.get(key);
			// Only a check of the current text is shown; an edit has a check of its own pending.
			if (current && current.version === doc.version && !doc.isClosed) {
				this.publish(doc, current.source, current.outcome);
				this.emitter.fire(doc.uri);
			}
		}, REPICK_DELAY_MS));
	}

	/** Where a clause is in its source, looked up once per source and clause. */
	private locateClause(source: LoadedSource, clauseId: string): vscode.Location | undefined {
		let locations = this.clauseLocations.get(source);
		if (!locations) {
			locations = new Map();
			this.clauseLocations.set(source, locations);
		}
		if (!locations.has(clauseId)) {
			locations.set(clauseId, this.sources.locateClause(source, clauseId));
		}
		return locations.get(clauseId);
	}

	/** Drops a document's diagnostics, cached result and pending check (closed or no longer checked). */
	private forget(uri: vscode.Uri): void {
		const key = uri.toString();
		this.log.debug(`forget ${key}`);
		clearTimeout(this.timers.get(key));
		this.timers.delete(key);
		this.generations.set(key, (this.generations.get(key) ?? 0) + 1);
		this.results.delete(key);
		this.published.delete(key);
		clearTimeout(this.repickTimers.get(key));
		this.repickTimers.delete(key);
		this.client.close(key);
		this.collection.delete(uri);
		this.emitter.fire(uri);
	}

	dispose(): void {
		this.timers.forEach((timer) => clearTimeout(timer));
		this.timers.clear();
		this.repickTimers.forEach((timer) => clearTimeout(timer));
		this.repickTimers.clear();
		this.disposables.forEach((d) => d.dispose());
	}
}

/** A document as the check client reads it (its length without building its text). */
function documentView(doc: vscode.TextDocument): SyncedDocument {
	return {
		get version() {
			return doc.version;
		},
		get length() {
			return doc.offsetAt(doc.lineAt(doc.lineCount - 1).range.end);
		},
		getText: () => doc.getText(),
	};
}

/** The visible ranges of every editor showing a document, as offsets. */
function visibleSpans(doc: vscode.TextDocument): Span[] {
	return vscode.window.visibleTextEditors
		.filter((e) => e.document === doc)
		.flatMap((e) => e.visibleRanges.map((r) => ({ start: doc.offsetAt(r.start), end: doc.offsetAt(r.end) })));
}

/** A check as the hover and the quick fixes read it: found by offset, only what they read moved to its offsets. */
function checkedDocument(uri: vscode.Uri, format: TextFormat, source: LoadedSource, outcome: CheckOutcome): CheckedDocument {
	return {
		uri,
		version: outcome.version,
		format,
		source,
		findingsAt: (start) => outcome.findings.startingAt(start),
		findings: () => outcome.findings.toArray(),
		citationsIn: (start, end) => outcome.citations.touching(start, end),
		all: () => ({ findings: outcome.findings.toArray(), citations: outcome.citations.toArray() }),
	};
}
