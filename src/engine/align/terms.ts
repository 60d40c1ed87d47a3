import commitment from '../lexicon/commitment.json';
import parties from '../lexicon/parties.json';
import { isContentToken, stemWord, type Token } from '../text/tokens';

/**
 * Stems of commitment language (cues, actions, hedges) and of the agreement's and parties' names.
 * They say how strongly something is promised, or by whom, not what: alignment finds the clause by
 * topic and leaves those words to the commitment comparison, so they weigh less here.
 */
const FUNCTIONAL_STEMS: ReadonlySet<string> = new Set(
	[
		...commitment.cues.flatMap((c) => c.phrase.split(' ')),
		...commitment.actions.exploratory,
		...commitment.actions.implementation,
		...commitment.hedges.words,
		...parties.agreement,
		...parties.party,
		'collaborate', 'collaboration', 'work', 'support', 'include', 'including', 'help',
	].map(stemWord),
);
const FUNCTIONAL_WEIGHT = 0.35;

/** How much a term counts in alignment: 1 for topic words, less for commitment language and party names. */
export function termFactor(term: string): number {
	const sep = term.indexOf('_');
	if (sep === -1) {
		return FUNCTIONAL_STEMS.has(term) ? FUNCTIONAL_WEIGHT : 1;
	}
	const a = FUNCTIONAL_STEMS.has(term.slice(0, sep));
	const b = FUNCTIONAL_STEMS.has(term.slice(sep + 1));
	return a && b ? FUNCTIONAL_WEIGHT : a || b ? 0.7 : 1;
}

/** Alignment terms of a token list: content-word stems plus bigrams of adjacent content words. */
export function alignmentTerms(tokens: readonly Token[]): string[] {
	const out: string[] = [];
	let prev: Token | undefined;
	for (const token of tokens) {
		if (!isContentToken(token)) {
			prev = undefined;
			continue;
		}
		out.push(token.stem);
		if (prev !== undefined) {
			out.push(`${prev.stem}_${token.stem}`);
		}
		prev = token;
	}
	return out;
}
