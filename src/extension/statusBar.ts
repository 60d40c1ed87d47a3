import * as vscode from 'vscode';

import type { DiagnosticsController } from './diagnosticsController';
import { CommandId, DIAGNOSTIC_SOURCE } from './ids';
import type { Log } from './log';
import type { LoadedSource, SourceStore } from './sourceStore';

/** What the status bar item shows, for tests and for the API. */
export interface StatusBarState {
	readonly visible: boolean;
	readonly text: string;
	readonly tooltip: string;
	/** Whether the item has the warning background: the configured source cannot be used and the embedded one stands in. */
	readonly isWarning: boolean;
}

/**
 * A status bar item for the active briefing: the source it is checked against (always, so a fallback to the embedded
 * MoU does not go unnoticed once its notification fades; then with the warning background and the reason in the
 * tooltip) and its finding counts. Clicking it opens the Clause Lens menu.
 */
export class StatusBar implements vscode.Disposable {
	private readonly item = vscode.window.createStatusBarItem('clauseLens.status', vscode.StatusBarAlignment.Left, 50);
	private readonly disposables: vscode.Disposable[];
	/** Bumped by each update: a source that resolves after a newer update began is not shown. */
	private generation = 0;
	private isShown = false;
	private readonly emitter = new vscode.EventEmitter<StatusBarState>();
	/** Fires after the item changed (for tests). */
	readonly onDidUpdate = this.emitter.event;

	constructor(
		private readonly diagnostics: DiagnosticsController,
		private readonly sources: SourceStore,
		private readonly log: Log,
	) {
		this.item.name = 'Clause Lens';
		this.item.command = CommandId.ShowMenu;
		this.disposables = [
			this.item,
			this.emitter,
			vscode.window.onDidChangeActiveTextEditor(() => this.update()),
			diagnostics.onDidCheck((uri) => uri.toString() === vscode.window.activeTextEditor?.document.uri.toString() && this.update()),
			sources.onDidChange(() => this.update()),
		];
		this.update();
	}

	/** The item's text (`$(book) MoU  $(warning) 3` …). */
	get text(): string {
		return this.item.text;
	}

	/** What the item shows now. */
	get state(): StatusBarState {
		const tooltip = this.item.tooltip;
		return {
			visible: this.isShown,
			text: this.item.text,
			tooltip: typeof tooltip === 'string' ? tooltip : (tooltip?.value ?? ''),
			isWarning: this.item.backgroundColor !== undefined,
		};
	}

	/** Shows the source and counts for the active editor's document, or hides the item if Clause Lens does not check it. */
	update(): void {
		const generation = ++this.generation;
		const doc = vscode.window.activeTextEditor?.document;
		if (!doc || !this.diagnostics.isChecked(doc)) {
			this.item.hide();
			this.isShown = false;
			this.emitter.fire(this.state);
			return;
		}
		this.sources.sourceFor(doc.uri).then(
			(source) => generation === this.generation && this.show(doc, source),
			(error: unknown) => this.log.error('the status bar could not read the source', error),
		);
	}

	private show(doc: vscode.TextDocument, source: LoadedSource): void {
		const counts = [0, 0, 0, 0];
		for (const d of vscode.languages.getDiagnostics(doc.uri)) {
			if (d.source === DIAGNOSTIC_SOURCE) {
				counts[d.severity] = (counts[d.severity] ?? 0) + 1;
			}
		}
		const [errors = 0, warnings = 0, infos = 0, hints = 0] = counts;
		const total = errors + warnings + infos + hints;
		const name = source.model.shortName;
		const findings = total === 0 ? '$(check)' : [errors && `$(error) ${errors}`, warnings && `$(warning) ${warnings}`, infos + hints && `$(info) ${infos + hints}`].filter(Boolean).join(' ');
		this.item.text = `$(book) ${name}${source.problem !== undefined ? ' (fallback)' : ''}  ${findings}`;
		const counted = total === 0 ? 'no findings' : `${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(infos + hints, 'note')}`;
		const against = source.problem !== undefined
			? `Clause Lens is checking against the embedded ${name} because the configured source cannot be used: ${source.problem.replace(/\.$/, '')}.`
			: `Clause Lens is checking against ${source.model.name}.`;
		this.item.tooltip = `${against}\n${counted[0]!.toUpperCase()}${counted.slice(1)} in this document. Click for the Clause Lens menu.`;
		this.item.backgroundColor = source.problem !== undefined ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
		this.item.show();
		this.isShown = true;
		this.emitter.fire(this.state);
	}

	dispose(): void {
		this.disposables.forEach((d) => d.dispose());
	}
}

function plural(n: number, word: string): string {
	return `${n} ${word}${n === 1 ? '' : 's'}`;
}
