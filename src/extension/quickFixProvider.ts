import * as vscode from 'vscode';

import { afterSentence, citationLabel, disableNextLineComment, type Finding, quoteWithCitation } from '../engine';
import { toOffset, toPosition, toRange, toSpan } from './convert';
import type { CheckedDocument, DiagnosticsController } from './diagnosticsController';
import { patternFor } from './commands/acceptFinding';
import { CommandId, DIAGNOSTIC_SOURCE } from './ids';
import type { Log } from './log';
import type { ProjectConfigStore } from './projectConfigStore';

/** A finding, identified in one version of a document: the argument of "Accept this wording". */
export interface FindingArgs {
	readonly uri: string;
	readonly version: number;
	readonly ruleId: string;
	readonly start: number;
	readonly end: number;
}

/** The argument of "Turn off <rule> for this file / folder". */
export interface TurnOffRuleArgs extends FindingArgs {
	readonly scope: 'file' | 'folder';
}

/** Arguments of `clauseLens.logAppliedFix`, which an engine fix runs after its edit. */
export interface AppliedFixArgs {
	readonly ruleId: string;
	readonly title: string;
	readonly uri: string;
}

/**
 * Quick fixes for Clause Lens diagnostics: the engine's fixes (the first preferred), "Insert exact quote
 * from §X" on any cited sentence, "Ignore 'rule' on this line" (markdown), "Accept this wording" and "Turn off <rule>
 * for this file / folder", each naming the finding it acts on, with duplicates collapsed. None is offered when the
 * diagnostics were computed for another version of the document.
 */
export class QuickFixProvider implements vscode.CodeActionProvider {
	/** The kinds this provider returns. */
	static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

	constructor(
		private readonly diagnostics: DiagnosticsController,
		private readonly projects: ProjectConfigStore,
		private readonly log: Log,
	) {}

	provideCodeActions(doc: vscode.TextDocument, range: vscode.Range | vscode.Selection, context: vscode.CodeActionContext): vscode.CodeAction[] {
		if (context.only && !context.only.intersects(vscode.CodeActionKind.QuickFix)) {
			return [];
		}
		const checked = this.diagnostics.resultFor(doc);
		if (!checked) {
			return [];
		}
		const actions: vscode.CodeAction[] = [];
		/** The flagged words each engine fix is for, to tell apart two fixes with the same title. */
		const fixFor = new Map<vscode.CodeAction, string>();
		for (const diagnostic of context.diagnostics) {
			const finding = diagnostic.source === DIAGNOSTIC_SOURCE ? findingOf(doc, checked, diagnostic) : undefined;
			if (finding) {
				const fixes = fixActions(doc, finding, diagnostic);
				fixes.forEach((a) => fixFor.set(a, finding.actual));
				actions.push(...fixes, ...this.ignoreActions(doc, checked, finding, diagnostic));
			}
		}
		actions.push(...quoteActions(doc, checked, range, context.diagnostics, actions));
		const distinct = collapseDuplicates(doc, actions, fixFor);
		this.log.debug(`code actions for ${doc.uri.toString()} v${doc.version} ${range.start.line}:${range.start.character}: ${context.diagnostics.length} diagnostics -> ${distinct.map((a) => a.title).join(' | ')}`);
		return distinct;
	}

	private ignoreActions(doc: vscode.TextDocument, checked: CheckedDocument, finding: Finding, diagnostic: vscode.Diagnostic): vscode.CodeAction[] {
		const actions: vscode.CodeAction[] = [];
		if (checked.format === 'markdown') {
			const line = doc.lineAt(toPosition(doc, finding.span.start).line);
			const indent = line.text.slice(0, line.firstNonWhitespaceCharacterIndex);
			const eol = doc.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
			const action = new vscode.CodeAction(`Ignore '${ruleName(finding)}' on this line`, vscode.CodeActionKind.QuickFix);
			action.edit = new vscode.WorkspaceEdit();
			action.edit.insert(doc.uri, line.range.start, `${indent}${disableNextLineComment([finding.ruleId])}${eol}`);
			action.diagnostics = [diagnostic];
			actions.push(action);
		}
		const file = this.projects.fileFor(doc.uri);
		if (file) {
			actions.push(...projectActions(doc, file, checked, finding, diagnostic));
		}
		return actions;
	}
}

/** A rule's id as words, to name the finding an action acts on: "overstated commitment". */
function ruleName(finding: Finding): string {
	return finding.ruleId.replace(/-/g, ' ');
}

/** At most about 40 characters of flagged words (a whole sentence for an unsupported claim), on one line. */
function shortened(words: string): string {
	const flat = words.replace(/\s+/g, ' ').trim();
	return flat.length <= 40 ? flat : `${flat.slice(0, 40).replace(/\s+\S*$/, '')}…`;
}

/**
 * One action for each distinct title and effect: overlapping findings offer the same edit twice (the same rule
 * ignored on the same line, the same quote inserted after the same sentence). The one kept fixes every diagnostic
 * the copies did, and is preferred if any copy was.
 */
function collapseDuplicates(doc: vscode.TextDocument, actions: readonly vscode.CodeAction[], fixFor: ReadonlyMap<vscode.CodeAction, string>): vscode.CodeAction[] {
	const byEffect = new Map<string, vscode.CodeAction>();
	for (const action of actions) {
		const edits = action.edit?.get(doc.uri).map((e) => `${e.range.start.line}:${e.range.start.character}-${e.range.end.line}:${e.range.end.character}=${e.newText}`) ?? [];
		// Turning a rule off for a file or folder is one effect, whichever of the rule's findings offered it.
		const turnsOff = action.command?.command === CommandId.TurnOffRule;
		const key = JSON.stringify([action.title, edits, action.edit || turnsOff ? '' : (action.command?.arguments ?? [])]);
		const kept = byEffect.get(key);
		if (!kept) {
			byEffect.set(key, action);
			continue;
		}
		kept.diagnostics = [...(kept.diagnostics ?? []), ...(action.diagnostics ?? []).filter((d) => !kept.diagnostics?.includes(d))];
		kept.isPreferred = kept.isPreferred || action.isPreferred;
	}
	const distinct = [...byEffect.values()];
	// The same title for different edits (the status clause quoted after each of two sentences): each names its finding.
	const repeated = new Set(distinct.map((a) => a.title).filter((title, i, all) => all.indexOf(title) !== i));
	for (const action of distinct) {
		const words = fixFor.get(action);
		if (words !== undefined && repeated.has(action.title)) {
			action.title = `${action.title} (for '${shortened(words)}')`;
		}
	}
	return distinct;
}

/**
 * "Accept this wording" (the flagged words against this clause, anywhere in the project) and "Turn off <rule> for
 * this file / folder" (a file saved in the project's folder), all written to the project file.
 */
function projectActions(doc: vscode.TextDocument, file: vscode.Uri, checked: CheckedDocument, finding: Finding, diagnostic: vscode.Diagnostic): vscode.CodeAction[] {
	const args: FindingArgs = { uri: doc.uri.toString(), version: checked.version, ruleId: finding.ruleId, start: finding.span.start, end: finding.span.end };
	const action = (title: string, command: string, commandArgs: FindingArgs): vscode.CodeAction => {
		const a = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
		a.command = { command, title, arguments: [commandArgs] };
		a.diagnostics = [diagnostic];
		return a;
	};
	const words = finding.actual.replace(/\s+/g, ' ').trim();
	const shown = words.length > 40 ? `${words.slice(0, 39)}…` : words;
	const clause = finding.clause ? ` against ${citationLabel(checked.source.model, finding.clause)}` : '';
	const actions = [action(`Accept this wording: '${shown}'${clause}`, CommandId.AcceptWording, args)];
	const folder = patternFor(doc.uri, file, 'folder');
	if (folder !== undefined) {
		const where = folder === '**' ? 'the whole workspace folder' : `folder '${folder.slice(0, -1)}'`;
		actions.push(
			action(`Turn off ${finding.ruleId} for this file`, CommandId.TurnOffRule, { ...args, scope: 'file' } as TurnOffRuleArgs),
			action(`Turn off ${finding.ruleId} for ${where}`, CommandId.TurnOffRule, { ...args, scope: 'folder' } as TurnOffRuleArgs),
		);
	}
	return actions;
}

/** The cached finding behind a diagnostic: same rule, same range (never matched by message). */
function findingOf(doc: vscode.TextDocument, checked: CheckedDocument, diagnostic: vscode.Diagnostic): Finding | undefined {
	const ruleId = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
	return checked.findingsAt(toOffset(doc, diagnostic.range.start)).find((f) => f.ruleId === ruleId && toRange(doc, f.span).isEqual(diagnostic.range));
}

function fixActions(doc: vscode.TextDocument, finding: Finding, diagnostic: vscode.Diagnostic): vscode.CodeAction[] {
	return finding.fixes.map((fix, k) => {
		const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
		action.edit = new vscode.WorkspaceEdit();
		action.edit.replace(doc.uri, toRange(doc, fix.span), fix.replacement);
		// VS Code runs the command after the edit: the fix is logged, and the walkthrough's last step completes.
		const applied: AppliedFixArgs = { ruleId: finding.ruleId, title: fix.title, uri: doc.uri.toString() };
		action.command = { command: CommandId.LogAppliedFix, title: fix.title, arguments: [applied] };
		action.diagnostics = [diagnostic];
		action.isPreferred = k === 0;
		return action;
	});
}

/** "Insert exact quote from §X" for each cited sentence in the range, unless a fix already inserts it or it is there. */
function quoteActions(doc: vscode.TextDocument, checked: CheckedDocument, range: vscode.Range, diagnostics: readonly vscode.Diagnostic[], offered: readonly vscode.CodeAction[]): vscode.CodeAction[] {
	const span = toSpan(doc, range);
	const shortName = checked.source.model.shortName;
	const actions: vscode.CodeAction[] = [];
	for (const citation of checked.citationsIn(span.start, span.end)) {
		const label = citation.label;
		// The same insertion as the engine's fix: after a full stop if the sentence has none.
		const insertion = afterSentence(doc.getText(toRange(doc, citation.span)), quoteWithCitation(citation.sourceSentence.text, label));
		const at = toRange(doc, { start: citation.span.end, end: citation.span.end });
		const isOffered = offered.some((a) => a.edit?.get(doc.uri).some((e) => e.range.isEqual(at) && e.newText === insertion));
		// NOTE: only the characters after the sentence are read; the whole text of a large document is never built here.
		const isThere = doc.getText(new vscode.Range(at.start, toPosition(doc, citation.span.end + insertion.length))) === insertion;
		if (isOffered || isThere) {
			continue;
		}
		const action = new vscode.CodeAction(`Insert exact quote from ${label.replace(`${shortName} `, '')}`, vscode.CodeActionKind.QuickFix);
		action.edit = new vscode.WorkspaceEdit();
		action.edit.insert(doc.uri, at.start, insertion);
		action.diagnostics = diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE && toRange(doc, citation.span).contains(d.range));
		actions.push(action);
	}
	return actions;
}

/** Registers the quick-fix provider for the checked languages. */
export function registerQuickFixProvider(selector: vscode.DocumentSelector, diagnostics: DiagnosticsController, projects: ProjectConfigStore, log: Log): vscode.Disposable {
	return vscode.languages.registerCodeActionsProvider(selector, new QuickFixProvider(diagnostics, projects, log), QuickFixProvider.metadata);
}
