import * as vscode from 'vscode';

import { citationLabel, type Clause, quoteWithCitation, Strength, STRENGTH_LABELS } from '../../engine';
import type { SourceView } from '../check/protocol';
import { ClauseRanker } from '../lookup/rankClauses';
import type { LoadedSource, SourceStore } from '../sourceStore';
import { copyCitation, insertAtSelection } from './insertQuote';

/** Arguments of "Look Up Clause…": a query to start with (keybindings and tests can pass one). */
export interface LookupArgs {
	readonly query?: string;
}

/** What the user can do with a clause they looked up. */
export type LookupAction = 'insertQuote' | 'insertCitation' | 'open' | 'copy';

/** A moment in the lookup: which picker is showing, its items and the active one (tests wait on these). */
export interface LookupStep {
	readonly step: 'clause' | 'action';
	readonly value: string;
	readonly items: readonly string[];
	readonly active?: string;
}

interface ClauseItem extends vscode.QuickPickItem {
	readonly clause: Clause;
}

interface ActionItem extends vscode.QuickPickItem {
	readonly action: LookupAction;
}

const MAX_ITEMS = 100;

/** "Clause Lens: Look Up Clause…": a typo-tolerant quick pick over clause ids, titles and text, then what to do with the clause. */
export class ClauseLookup implements vscode.Disposable {
	private readonly rankers = new WeakMap<SourceView, { ranker: ClauseRanker; strengths: Map<Clause, string> }>();
	private readonly emitter = new vscode.EventEmitter<LookupStep>();
	/** Fires whenever a lookup picker shows items or changes its active item. */
	readonly onDidChangeStep = this.emitter.event;

	constructor(
		private readonly sources: SourceStore,
		private readonly openClause: (clauseId: string, source: LoadedSource) => Promise<unknown>,
		private readonly clauseAtCursor: (editor: vscode.TextEditor) => string | undefined,
	) {}

	/** Runs the lookup; resolves with what was done, or undefined if the user cancelled. */
	async run(args: LookupArgs = {}): Promise<{ clauseId: string; action: LookupAction } | undefined> {
		const editor = vscode.window.activeTextEditor;
		const source = await this.sources.sourceFor(editor?.document.uri);
		const clause = await this.pickClause(source.model, args.query ?? '', editor && this.clauseAtCursor(editor));
		const action = clause && (await this.pickAction(source.model, clause, editor));
		if (!clause || !action) {
			return undefined;
		}
		const label = citationLabel(source.model, clause);
		if (action === 'insertQuote' && editor) {
			await insertAtSelection(editor, quoteWithCitation(clause.text, label));
		} else if (action === 'insertCitation' && editor) {
			await insertAtSelection(editor, label);
		} else if (action === 'copy') {
			await copyCitation({ text: quoteWithCitation(clause.text, label) });
		} else {
			await this.openClause(clause.id, source);
		}
		return { clauseId: clause.id, action };
	}

	private pickClause(model: SourceView, query: string, current: string | undefined): Promise<Clause | undefined> {
		const { ranker, strengths } = this.indexFor(model);
		const itemsFor = (value: string): ClauseItem[] => ranker.rank(value, MAX_ITEMS).map(({ index }) => {
			const clause = model.clauses[index]!;
			const text = clause.text.replace(/\s+/g, ' ');
			return {
				label: clause.id,
				description: [clause.title, strengths.get(clause)].filter(Boolean).join(' · '),
				detail: text.length > 160 ? `${text.slice(0, 159)}…` : text,
				// NOTE: our ranking has already filtered; alwaysShow stops the quick pick filtering again by label.
				alwaysShow: true,
				clause,
			};
		});
		const picker = vscode.window.createQuickPick<ClauseItem>();
		picker.title = `Clause Lens: Look Up Clause · ${model.name}`;
		picker.placeholder = 'Search clause ids, section titles and clause text; typos are fine';
		picker.matchOnDescription = false;
		picker.matchOnDetail = false;
		picker.value = query;
		picker.items = itemsFor(query);
		const preselect = query === '' ? picker.items.find((item) => item.clause.id === current) : undefined;
		if (preselect) {
			picker.activeItems = [preselect];
		}
		picker.onDidChangeValue((value) => {
			picker.items = itemsFor(value);
		});
		return this.show(picker, 'clause', (item) => item.clause);
	}

	private pickAction(model: SourceView, clause: Clause, editor: vscode.TextEditor | undefined): Promise<LookupAction | undefined> {
		const label = citationLabel(model, clause);
		const items: ActionItem[] = [
			...(editor ? [
				{ label: '$(quote) Insert exact quote at cursor', detail: quoteWithCitation(clause.text, label), action: 'insertQuote' as const },
				{ label: '$(link) Insert citation at cursor', detail: label, action: 'insertCitation' as const },
			] : []),
			{ label: '$(go-to-file) Open in source', detail: 'Reveal and highlight the clause in the source document', action: 'open' },
			{ label: '$(copy) Copy quote and citation', detail: 'Copy the exact words and the citation to the clipboard', action: 'copy' },
		];
		const picker = vscode.window.createQuickPick<ActionItem>();
		picker.title = `${label}${clause.title ? ` — ${clause.title}` : ''}`;
		picker.placeholder = 'What do you want to do with this clause?';
		picker.items = items;
		return this.show(picker, 'action', (item) => item.action);
	}

	/** Shows a picker and resolves with the accepted item's value, or undefined when it is hidden. */
	private show<T extends vscode.QuickPickItem, R>(picker: vscode.QuickPick<T>, step: LookupStep['step'], valueOf: (item: T) => R): Promise<R | undefined> {
		return new Promise((resolve) => {
			let result: R | undefined;
			const report = (): void => this.emitter.fire({ step, value: picker.value, items: picker.items.map((i) => i.label), active: picker.activeItems[0]?.label });
			picker.onDidChangeActive(report);
			picker.onDidAccept(() => {
				const item = picker.selectedItems[0] ?? picker.activeItems[0];
				result = item && valueOf(item);
				picker.hide();
			});
			picker.onDidHide(() => {
				picker.dispose();
				resolve(result);
			});
			picker.show();
		});
	}

	private indexFor(model: SourceView): { ranker: ClauseRanker; strengths: Map<Clause, string> } {
		let index = this.rankers.get(model);
		if (!index) {
			const levels = new Map<Clause, Strength>();
			for (const s of model.sentences) {
				levels.set(s.clause, Math.max(levels.get(s.clause) ?? Strength.None, s.commitment.level));
			}
			const strengths = new Map(model.clauses.map((c) => [c, STRENGTH_LABELS[levels.get(c) ?? Strength.None]]));
			index = { ranker: new ClauseRanker(model.clauses), strengths };
			this.rankers.set(model, index);
		}
		return index;
	}

	dispose(): void {
		this.emitter.dispose();
	}
}
