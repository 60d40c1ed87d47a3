import { clauseLabel } from '../citationStyle';
import type { SourceModel, SourceSentence } from '../source';
import type { Clause, ClauseRef, Fix, Span } from '../types';

/** How a briefing cites a clause: "MoU §2.3", "MoU status", "MoU introduction". */
export function citationLabel(source: Pick<SourceModel, 'shortName' | 'references'>, clause: Pick<Clause, 'id'>): string {
	return `${source.shortName} ${clauseLabel(source.references, clause.id)}`;
}

/** The reference a finding carries: the clause's id and exact text. */
export function clauseRef(clause: Clause): ClauseRef {
	return { id: clause.id, text: clause.text };
}

/** "Insert the exact quote of §X": the source sentence in quotation marks and a citation, after the sentence. */
export function insertQuoteFix(source: SourceModel, match: SourceSentence, sentence: Span): Fix {
	const label = citationLabel(source, match.clause);
	return {
		title: `Insert the exact quote of ${label.replace(`${source.shortName} `, '')}`,
		span: { start: sentence.end, end: sentence.end },
		replacement: ` ${quoteWithCitation(match.sentence.text, label)}`,
	};
}

/** Exact words in curly quotation marks followed by their citation: “…” (MoU §2.3). Line wraps become spaces. */
export function quoteWithCitation(words: string, label: string): string {
	// Each run of white space with a line break in it becomes one space: what /\s*\r?\n\s*/g replaced, without
	// scanning a long run of spaces from each of its positions.
	return `“${words.replace(/\s+/g, (run) => (run.includes('\n') ? ' ' : run)).trim()}” (${label})`;
}
