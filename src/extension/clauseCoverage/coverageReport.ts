// "Clause Lens: Show Coverage Report": the CLI's HTML report in a webview, coloured with the editor theme's variables,
// for the active briefing or (from the Explorer, several files selected) for a briefing pack. No scripts (the page
// needs none), a content security policy that allows only its own inline style (by nonce), no local resources: it
// works offline and cannot load anything.
import { randomBytes } from 'node:crypto';

import * as vscode from 'vscode';

import { type Coverage, coverageOf, renderCoverageHtml } from '../../engine';
import type { DiagnosticsController } from '../diagnosticsController';
import type { Log } from '../log';
import { briefingFor, type CoverageTree } from './coverageTree';

/** The webview panel's view type. */
export const COVERAGE_REPORT_VIEW_TYPE = 'clauseLens.coverageReport';

/** How long to wait for the first check of a briefing before giving up with a message. */
const CHECK_WAIT_MS = 30_000;

/** One report panel, reused; it follows the briefings it was opened for and updates after each of their checks. */
export class CoverageReport implements vscode.Disposable {
	private panel: vscode.WebviewPanel | undefined;
	/** The briefings shown, in order. */
	private docs: readonly vscode.TextDocument[] = [];
	private readonly disposables: vscode.Disposable[];

	constructor(
		private readonly diagnostics: DiagnosticsController,
		private readonly tree: CoverageTree,
		private readonly log: Log,
	) {
		this.disposables = [
			diagnostics.onDidCheck((uri) => {
				if (this.panel && this.docs.some((d) => d.uri.toString() === uri.toString())) {
					// Shown again only once every briefing of the pack has a current check.
					const coverage = this.coverageNow();
					if (coverage) {
						this.render(coverage);
					}
				}
			}),
		];
	}

	/**
	 * Opens (or updates) the report: for `uris` (the Explorer's selection, a pack) or `uri` when given, else for the
	 * active briefing, else for the one the Clause Coverage view shows.
	 */
	async show(uri?: vscode.Uri, uris?: readonly vscode.Uri[]): Promise<vscode.WebviewPanel | undefined> {
		const docs = await this.briefings(uri, uris);
		if (docs.length === 0) {
			void vscode.window.showInformationMessage('Clause Lens: open a briefing (markdown or plain text) to see its clause coverage report.');
			return undefined;
		}
		this.docs = docs;
		for (const doc of docs) {
			if (!briefingFor(this.diagnostics, doc)) {
				await this.afterCheck(doc);
			}
		}
		const coverage = this.coverageNow();
		if (!coverage) {
			void vscode.window.showWarningMessage(`Clause Lens: ${docs.length === 1 ? docs[0]!.uri.path.split('/').pop() : 'the briefings'} could not be checked against one source; see the Clause Lens output.`);
			return undefined;
		}
		if (!this.panel) {
			this.panel = vscode.window.createWebviewPanel(COVERAGE_REPORT_VIEW_TYPE, 'Clause Coverage', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
				enableScripts: false,
				enableCommandUris: false,
				localResourceRoots: [],
			});
			this.panel.onDidDispose(() => {
				this.panel = undefined;
				this.docs = [];
			}, undefined, this.disposables);
		} else {
			this.panel.reveal(undefined, true);
		}
		this.render(coverage);
		return this.panel;
	}

	/** The documents to report on: the selection's briefings, or one briefing. */
	private async briefings(uri: vscode.Uri | undefined, uris: readonly vscode.Uri[] | undefined): Promise<vscode.TextDocument[]> {
		const chosen = uris && uris.length > 0 ? uris : uri ? [uri] : [];
		if (chosen.length > 0) {
			const docs: vscode.TextDocument[] = [];
			for (const u of chosen) {
				try {
					docs.push(await vscode.workspace.openTextDocument(u));
				} catch (error) {
					this.log.error(`coverage report: cannot open ${u.toString(true)}`, error);
				}
			}
			return docs.filter((d) => this.diagnostics.isChecked(d));
		}
		const active = vscode.window.activeTextEditor?.document;
		const doc = active && this.diagnostics.isChecked(active) ? active : this.tree.document;
		return doc ? [doc] : [];
	}

	/** The coverage of the briefings shown, if each has a current check against the same source. */
	private coverageNow(): Coverage | undefined {
		const checked = this.docs.map((d) => briefingFor(this.diagnostics, d));
		if (checked.some((c) => c === undefined)) {
			return undefined;
		}
		const sources = new Set(checked.map((c) => c!.source.key));
		if (sources.size > 1) {
			this.log.error(`coverage report: the briefings are checked against ${sources.size} different sources; a pack needs one`);
			return undefined;
		}
		return coverageOf(checked[0]!.source.model, checked.map((c) => c!.briefing));
	}

	/** Resolves after the document's next check (one is asked for now), or after a while without one. */
	private afterCheck(doc: vscode.TextDocument): Promise<void> {
		return new Promise((resolve) => {
			const done = () => {
				clearTimeout(timer);
				listener.dispose();
				resolve();
			};
			const listener = this.diagnostics.onDidCheck((uri) => uri.toString() === doc.uri.toString() && done());
			const timer = setTimeout(() => {
				this.log.info(`coverage report: no check of ${doc.uri.toString(true)} within ${CHECK_WAIT_MS} ms`);
				done();
			}, CHECK_WAIT_MS);
			this.diagnostics.schedule(doc, 0);
		});
	}

	private render(coverage: Coverage): void {
		if (!this.panel) {
			return;
		}
		const { briefings } = coverage;
		this.panel.title = `Clause Coverage: ${briefings.length === 1 ? briefings[0]!.name.split('/').pop() : `${briefings.length} briefings`}`;
		this.panel.webview.html = renderCoverageHtml(coverage, { theme: 'vscode', nonce: randomBytes(16).toString('hex') });
	}

	/** The open panel, if any (for tests). */
	get current(): vscode.WebviewPanel | undefined {
		return this.panel;
	}

	dispose(): void {
		this.panel?.dispose();
		this.disposables.forEach((d) => d.dispose());
	}
}
