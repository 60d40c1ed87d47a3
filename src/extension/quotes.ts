// How Clause Lens writes quotations and citations into a briefing. No vscode import.
import type { Clause, SourceModel } from '../engine';

/**
 * How a briefing cites a clause: "MoU §2.3", "MoU status", "MoU introduction".
 * NOTE: mirrors the engine's internal `citationLabel` (rules/fixes.ts), which `index.ts` does not export.
 */
export function citationLabel(source: SourceModel, clause: Pick<Clause, 'id'>): string {
	const id = /^\d/.test(clause.id) ? `§${clause.id}` : clause.id === 'intro' ? 'introduction' : clause.id;
	return `${source.shortName} ${id}`;
}

/** Exact words in curly quotation marks followed by their citation: “…” (MoU §2.3). Line wraps become spaces. */
export function quoteWithCitation(words: string, label: string): string {
	return `“${words.replace(/\s*\r?\n\s*/g, ' ').trim()}” (${label})`;
}
