import * as vscode from 'vscode';

import { analyseCommitment, type Citation, quoteWithCitation, Strength, STRENGTH_LABELS } from '../engine';
import type { SourceView } from './check/protocol';
import { commandUri } from './commandUri';
import { toOffset, toRange } from './convert';
import type { CheckedDocument, DiagnosticsController } from './diagnosticsController';
import { CommandId } from './ids';

/** A commitment cue the engine found (its type is not exported from the engine's index). */
type Predicate = ReturnType<typeof analyseCommitment>['predicates'][number];

/** The commands a hover may run: Clause Lens's own, nothing else. */
const HOVER_COMMANDS = [CommandId.OpenClause, CommandId.InsertQuote, CommandId.CopyCitation];

/** Shows, over a cited sentence, the clause behind it, its exact words and how the commitment strengths compare. */
export class CitationHoverProvider implements vscode.HoverProvider {
	constructor(private readonly diagnostics: DiagnosticsController) {}

	provideHover(doc: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
		const checked = this.diagnostics.resultFor(doc);
		const citation = checked && this.diagnostics.citationAt(doc, toOffset(doc, position));
		return checked && citation && new vscode.Hover(citationMarkdown(doc, checked, citation), toRange(doc, citation.span));
	}
}

/** The hover's content: label, section title and links; the clause's exact words; the strength comparison. */
export function citationMarkdown(doc: vscode.TextDocument, checked: CheckedDocument, citation: Citation): vscode.MarkdownString {
	const model = checked.source.model;
	const clause = model.clauses.find((c) => c.id === citation.clause.id);
	const md = new vscode.MarkdownString('', true);
	md.isTrusted = { enabledCommands: HOVER_COMMANDS };
	md.appendMarkdown('**');
	appendWords(md, citation.label).appendMarkdown('**');
	if (clause?.title) {
		appendWords(md.appendMarkdown(' — '), clause.title);
	}
	md.appendMarkdown(` &nbsp; ${links(doc, checked, citation).join(' · ')}`);
	appendWords(md.appendMarkdown('\n\n> '), citation.clause.text).appendMarkdown('\n\n');
	const comparison = compareStrength(doc.getText(toRange(doc, citation.span)), citation, model);
	if (comparison) {
		md.appendMarkdown(comparison);
	}
	return md;
}

/** Command links: open the clause, insert the cited sentence as an exact quote, copy that quote. */
function links(doc: vscode.TextDocument, checked: CheckedDocument, citation: Citation): string[] {
	const uri = doc.uri.toString();
	const quote = quoteWithCitation(citation.sourceSentence.text, citation.label);
	return [
		`[$(go-to-file) Open clause](${commandUri(CommandId.OpenClause, { uri, clauseId: citation.clause.id })} "Open the clause in the source document")`,
		`[$(quote) Insert quote](${commandUri(CommandId.InsertQuote, { uri, version: checked.version, offset: citation.span.end, text: ` ${quote}` })} "Insert the exact words of the source after this sentence")`,
		`[$(copy) Copy citation](${commandUri(CommandId.CopyCitation, { text: quote })} "Copy the exact quote and its citation")`,
	];
}

/**
 * Appends source text escaped, word by word. NOTE: appendText escapes markdown but also turns every space
 * into &nbsp;, so a whole clause would wrap mid-word in the hover; the spaces between words are ours.
 */
function appendWords(md: vscode.MarkdownString, text: string): vscode.MarkdownString {
	text.split(/\s+/).filter((w) => w.length > 0).forEach((word, k) => (k > 0 ? md.appendMarkdown(' ') : md).appendText(word));
	return md;
}

/** "**Stronger than the source:** your text `will deliver` — firm commitment; §2.3: `may also include exploring` — possibility". */
function compareStrength(sentence: string, citation: Citation, model: SourceView): string | undefined {
	const mine = strongest(analyseCommitment(sentence, 0, model.parties).predicates);
	const match = model.sentences.find((s) => s.sentence.span.start === citation.sourceSentence.span.start);
	if (!mine || !match || match.commitment.level === Strength.None) {
		return undefined;
	}
	const theirs = match.commitment.predicate ? `\`${wording(match.commitment.predicate)}\`` : '(continues the previous sentence)';
	const verdict = mine.level > match.commitment.level ? 'Stronger than the source' : mine.level < match.commitment.level ? 'Weaker than the source' : 'Same strength as the source';
	const where = citation.label.replace(`${model.shortName} `, '');
	return `**${verdict}:** your text \`${wording(mine)}\` — ${STRENGTH_LABELS[mine.level]}; ${where}: ${theirs} — ${STRENGTH_LABELS[match.commitment.level]}`;
}

function strongest(predicates: readonly Predicate[]): Predicate | undefined {
	const live = predicates.filter((p) => !p.negated && p.level > Strength.None);
	return live.find((p) => p.isAgentive) ?? live[0];
}

/** A cue with the word it governs ("will deliver", "may also include exploring"), safe inside a code span. */
function wording(predicate: Predicate): string {
	const next = predicate.actionText.split(' ')[0] ?? '';
	const words = next !== '' && (predicate.slot === 'base' || predicate.slot === 'ing') ? `${predicate.cueText} ${next}` : predicate.cueText;
	return words.replace(/[`\r\n]+/g, ' ');
}

/** Registers the hover provider for the checked languages. */
export function registerCitationHoverProvider(selector: vscode.DocumentSelector, diagnostics: DiagnosticsController): vscode.Disposable {
	return vscode.languages.registerHoverProvider(selector, new CitationHoverProvider(diagnostics));
}
