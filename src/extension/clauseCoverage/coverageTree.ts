// The Clause Coverage view: the active briefing's source agreement as a tree of sections and clauses, each clause
// marked cited faithfully, stated more strongly, contradicted or not mentioned; a clause's children are the sentences
// that use it, and choosing one moves the cursor there. Built from the check the diagnostics already hold (the
// findings and citations the worker sent): no check of its own, and nothing at all while the view is hidden.
import * as vscode from 'vscode';

import { type ClauseCoverage, type ClauseUse, type Coverage, type CoverageBriefing, COVERAGE_LABELS, COVERAGE_STATUSES, COVERAGE_SYMBOLS, coverageOf, type CoverageCounts, type CoverageStatus, type SectionCoverage } from '../../engine';
import { citationLabel } from '../../engine/rules/fixes';
import type { DiagnosticsController } from '../diagnosticsController';
import { CommandId, COVERAGE_VIEW } from '../ids';
import type { LoadedSource } from '../sourceStore';

/** A node of the tree: the status clause line, a section, a clause, or a sentence that uses a clause. */
export type CoverageNode =
	| { readonly kind: 'status'; readonly coverage: Coverage }
	| { readonly kind: 'more'; readonly count: number; readonly parent: Extract<CoverageNode, { kind: 'clause' }> }
	| { readonly kind: 'section'; readonly section: SectionCoverage; readonly index: number }
	| { readonly kind: 'clause'; readonly row: ClauseCoverage; readonly parent: CoverageNode }
	| { readonly kind: 'use'; readonly use: ClauseUse; readonly parent: Extract<CoverageNode, { kind: 'clause' }> };

/** The coverage shown, and the version of the briefing it was computed for. */
export interface ShownCoverage {
	readonly uri: vscode.Uri;
	readonly version: number;
	readonly coverage: Coverage;
}

const ICONS: Readonly<Record<CoverageStatus, vscode.ThemeIcon>> = {
	contradicted: new vscode.ThemeIcon('error', new vscode.ThemeColor('problemsErrorIcon.foreground')),
	overstated: new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground')),
	cited: new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed')),
	'not-mentioned': new vscode.ThemeIcon('circle-large-outline'),
};

/** A clause lists at most this many sentences; the report lists them all. */
const MAX_USES = 100;
/**
 * Rebuilding after a check waits this many times as long as the last rebuild took (at most MAX_WAIT_MS): the view
 * then costs the extension host a fifth of its time at most while a large briefing is checked keystroke by keystroke.
 */
const WAIT_FACTOR = 4;
const MAX_WAIT_MS = 2000;


/** A checked briefing as coverage reads it, with the source it was checked against; undefined until its current version is checked. */
export function briefingFor(diagnostics: DiagnosticsController, doc: vscode.TextDocument): { readonly source: LoadedSource; readonly briefing: CoverageBriefing; readonly version: number } | undefined {
	const result = diagnostics.resultFor(doc);
	if (!result) {
		return undefined;
	}
	const { findings, citations } = result.all();
	const name = doc.uri.scheme === 'untitled' ? doc.uri.path.split('/').pop() ?? doc.uri.toString() : vscode.workspace.asRelativePath(doc.uri);
	return { source: result.source, version: result.version, briefing: { name, text: doc.getText(), findings, citations } };
}

/** The coverage of a checked briefing (its current version), or undefined when it has not been checked yet. */
export function coverageFor(diagnostics: DiagnosticsController, doc: vscode.TextDocument): ShownCoverage | undefined {
	const checked = briefingFor(diagnostics, doc);
	return checked && { uri: doc.uri, version: checked.version, coverage: coverageOf(checked.source.model, [checked.briefing]) };
}

/** Owns the view: follows the active editor, rebuilds after each check of the briefing it shows. */
export class CoverageTree implements vscode.TreeDataProvider<CoverageNode>, vscode.Disposable {
	private readonly emitter = new vscode.EventEmitter<CoverageNode | undefined>();
	readonly onDidChangeTreeData = this.emitter.event;
	private readonly updated = new vscode.EventEmitter<ShownCoverage | undefined>();
	/** Fires after the view's content was rebuilt (for tests and the report panel). */
	readonly onDidUpdate = this.updated.event;
	readonly view: vscode.TreeView<CoverageNode>;
	private readonly disposables: vscode.Disposable[];
	/** The briefing the view follows (the last active checked document), if any. */
	private briefing: vscode.TextDocument | undefined;
	private shown: ShownCoverage | undefined;
	private roots: CoverageNode[] = [];
	private timer: ReturnType<typeof setTimeout> | undefined;
	/** How long the last rebuild took. */
	private lastMs = 0;

	constructor(private readonly diagnostics: DiagnosticsController) {
		this.view = vscode.window.createTreeView(COVERAGE_VIEW, { treeDataProvider: this, showCollapseAll: true });
		this.disposables = [
			this.view,
			this.emitter,
			this.updated,
			vscode.window.onDidChangeActiveTextEditor((editor) => this.follow(editor)),
			diagnostics.onDidCheck((uri) => uri.toString() === this.briefing?.uri.toString() && this.refreshSoon()),
			vscode.workspace.onDidCloseTextDocument((doc) => doc === this.briefing && this.follow(undefined)),
			this.view.onDidChangeVisibility(() => this.refresh()),
			// Choosing a clause shows the sentences that use it.
			this.view.onDidChangeSelection((e) => {
				const [node] = e.selection;
				if (node?.kind === 'clause' && node.row.uses.length > 0) {
					void this.view.reveal(node, { expand: true, select: false, focus: false });
				}
			}),
		];
		this.follow(vscode.window.activeTextEditor);
	}

	/** What the view shows now. */
	get current(): ShownCoverage | undefined {
		return this.shown;
	}

	/** The briefing the view follows. */
	get document(): vscode.TextDocument | undefined {
		return this.briefing;
	}

	/** Reveals a clause's node (selected, expanded to its sentences). */
	async revealClause(id: string): Promise<CoverageNode | undefined> {
		const node = this.roots.flatMap((r) => (r.kind === 'section' ? this.clauseNodes(r) : [])).find((n) => n.kind === 'clause' && n.row.clause.id === id);
		if (node) {
			await this.view.reveal(node, { select: true, focus: true, expand: true });
		}
		return node;
	}

	private follow(editor: vscode.TextEditor | undefined): void {
		const doc = editor?.document;
		if (doc && this.diagnostics.isChecked(doc)) {
			this.briefing = doc;
		} else if (this.briefing?.isClosed || (editor === undefined && vscode.window.visibleTextEditors.length === 0)) {
			this.briefing = undefined;
		}
		// Another editor (output, the source, a settings file) keeps the last briefing on show.
		this.refresh();
	}

	/** Rebuilds after the briefing's check, once the last rebuild's cost has been paid back (see WAIT_FACTOR). */
	private refreshSoon(): void {
		if (this.timer === undefined) {
			this.timer = setTimeout(() => this.refresh(), Math.min(MAX_WAIT_MS, this.lastMs * WAIT_FACTOR));
		}
	}

	private refresh(): void {
		clearTimeout(this.timer);
		this.timer = undefined;
		// Hidden, the view costs nothing: it is rebuilt when it is shown again.
		if (!this.view.visible) {
			return;
		}
		const started = Date.now();
		const doc = this.briefing;
		this.shown = doc && !doc.isClosed ? coverageFor(this.diagnostics, doc) : undefined;
		this.roots = this.shown ? rootsOf(this.shown.coverage) : [];
		const name = doc ? doc.uri.path.split('/').pop() : undefined;
		this.view.message = !doc
			? 'Open a briefing (markdown or plain text) to see which clauses of its source agreement it cites.'
			: !this.shown
				? `Checking ${name}…`
				: this.shown.coverage.briefings[0]!.isEmpty
					? `${name} is empty: it cites no clause.`
					: undefined;
		this.view.description = this.shown ? `${name} · ${shortCounts(this.shown.coverage.counts)}` : undefined;
		this.lastMs = Date.now() - started;
		this.emitter.fire(undefined);
		this.updated.fire(this.shown);
	}

	getChildren(node?: CoverageNode): CoverageNode[] {
		if (!node) {
			return this.roots;
		}
		if (node.kind === 'section') {
			return this.clauseNodes(node);
		}
		if (node.kind === 'clause') {
			// Thousands of sentences of a large briefing would be sent to the view on every rebuild: the first ones, then a
			// line that opens the report.
			const uses = node.row.uses.slice(0, MAX_USES).map((use): CoverageNode => ({ kind: 'use', use, parent: node }));
			const more = node.row.uses.length - uses.length;
			return more > 0 ? [...uses, { kind: 'more', count: more, parent: node }] : uses;
		}
		return [];
	}

	getParent(node: CoverageNode): CoverageNode | undefined {
		return node.kind === 'clause' || node.kind === 'use' || node.kind === 'more' ? node.parent : undefined;
	}

	getTreeItem(node: CoverageNode): vscode.TreeItem {
		const shown = this.shown!;
		const source = shown.coverage.source;
		switch (node.kind) {
			case 'status': {
				const status = node.coverage.statusClause;
				const item = new vscode.TreeItem('Status clause', vscode.TreeItemCollapsibleState.None);
				item.id = 'status';
				item.iconPath = ICONS[status.pack!];
				item.description = `${COVERAGE_LABELS[status.pack!]} (${status.clauses.map((c) => citationLabel(source, c)).join(', ')})`;
				item.tooltip = `Whether the ${source.shortName} is binding (${source.status}): ${COVERAGE_LABELS[status.pack!]} in this briefing.`;
				item.command = { command: CommandId.RevealCoverageClause, title: 'Show the status clause', arguments: [status.clauses[0]!.id] };
				return item;
			}
			case 'section': {
				const { section } = node;
				const item = new vscode.TreeItem(sectionName(section), vscode.TreeItemCollapsibleState.Expanded);
				item.id = `s/${node.index}`;
				item.description = shortCounts(section.counts);
				item.tooltip = COVERAGE_STATUSES.filter((s) => section.counts[s] > 0).map((s) => `${section.counts[s]} ${COVERAGE_LABELS[s]}`).join(', ');
				return item;
			}
			case 'clause': {
				const { row } = node;
				const item = new vscode.TreeItem(citationLabel(source, row.clause), row.uses.length > 0 ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
				item.id = `c/${row.clause.id}`;
				item.iconPath = ICONS[row.pack];
				item.description = `${COVERAGE_LABELS[row.pack]}${row.isStatus ? ' · status clause' : ''}${row.uses.length > 0 ? ` · ${row.uses.length} sentence${row.uses.length === 1 ? '' : 's'}` : ''}`;
				item.tooltip = new vscode.MarkdownString().appendMarkdown(`**${COVERAGE_LABELS[row.pack]}**\n\n`).appendText(row.clause.text);
				item.accessibilityInformation = { label: `${citationLabel(source, row.clause)}: ${COVERAGE_LABELS[row.pack]}` };
				item.contextValue = `clause.${row.pack}`;
				return item;
			}
			case 'more': {
				const item = new vscode.TreeItem(`${node.count} more sentences…`, vscode.TreeItemCollapsibleState.None);
				item.id = `m/${node.parent.row.clause.id}`;
				item.tooltip = 'Show the coverage report, which lists every sentence.';
				item.command = { command: CommandId.ShowCoverageReport, title: 'Show Coverage Report' };
				return item;
			}
			case 'use': {
				const { use } = node;
				const doc = this.briefing!;
				const line = doc.positionAt(use.span.start).line + 1;
				const text = shown.coverage.briefings[0]!.text.slice(use.span.start, use.span.end).replace(/\s+/g, ' ').trim();
				const item = new vscode.TreeItem(`Line ${line}: ${text.length > 80 ? `${text.slice(0, 79)}…` : text}`, vscode.TreeItemCollapsibleState.None);
				item.id = `u/${node.parent.row.clause.id}/${use.span.start}`;
				item.iconPath = ICONS[use.status];
				item.description = use.findings.length > 0 ? use.findings.map((f) => f.ruleId).join(', ') : COVERAGE_LABELS.cited;
				item.tooltip = use.findings.length > 0 ? use.findings.map((f) => f.message).join('\n\n') : `${COVERAGE_LABELS.cited} (alignment ${use.score})`;
				item.command = { command: CommandId.RevealSentence, title: 'Go to the sentence', arguments: [{ uri: doc.uri.toString(), start: use.span.start, end: use.span.end }] };
				return item;
			}
		}
	}

	private clauseNodes(node: Extract<CoverageNode, { kind: 'section' }>): CoverageNode[] {
		return node.section.clauses.map((row) => ({ kind: 'clause', row, parent: node }));
	}

	dispose(): void {
		clearTimeout(this.timer);
		this.disposables.forEach((d) => d.dispose());
	}
}

/** The status clause line (when the source has one), then the sections. */
function rootsOf(coverage: Coverage): CoverageNode[] {
	const status: CoverageNode[] = coverage.statusClause.clauses.length > 0 ? [{ kind: 'status', coverage }] : [];
	return [...status, ...coverage.sections.map((section, index): CoverageNode => ({ kind: 'section', section, index }))];
}

function sectionName(s: SectionCoverage): string {
	const title = s.title.charAt(0).toUpperCase() + s.title.slice(1);
	return s.section !== '' ? (title ? `${s.section}. ${title}` : `Section ${s.section}`) : title || 'Untitled';
}

function shortCounts(counts: CoverageCounts): string {
	return COVERAGE_STATUSES.filter((s) => counts[s] > 0).map((s) => `${COVERAGE_SYMBOLS[s]}${counts[s]}`).join(' ');
}

/** Arguments of the RevealSentence command. */
export interface RevealSentenceArgs {
	readonly uri: string;
	readonly start: number;
	readonly end: number;
}

/** Shows a briefing with a sentence selected (the cursor at its start). */
export async function revealSentence(args: RevealSentenceArgs): Promise<vscode.TextEditor> {
	const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(args.uri));
	const range = new vscode.Range(doc.positionAt(args.start), doc.positionAt(args.end));
	const editor = await vscode.window.showTextDocument(doc, { selection: new vscode.Selection(range.start, range.start), preserveFocus: false });
	editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
	return editor;
}
