import type { Alignment } from './align/alignmentIndex';
import bindingLexicon from './lexicon/binding.json';
import type { AnalysedSentence, RuleContext } from './rules/rule';
import type { SourceModel } from './source';
import type { Clause } from './types';

/** Score given to a sentence about the agreement's legal status, cited to the status clause. */
const STATUS_TALK_SCORE = 0.4;
/** Words that make a sentence talk about what kind of document the agreement is (reviewed list). */
const STATUS_WORDS: ReadonlySet<string> = new Set(bindingLexicon.statusWords.words);
const ANAPHORS = new Set(['it', 'this', 'that', 'these', 'they', 'such', 'so']);
const MAX_ANAPHORIC_WORDS = 8;

/**
 * A citation for a sentence the alignment could not place: legal-status talk ("It is not a contract")
 * cites the status clause; a short sentence that leans on the one before ("It does not.") inherits its clause.
 */
export function fallbackCitation(context: RuleContext, analysed: AnalysedSentence, previous: Alignment | undefined): Alignment | undefined {
	const status = context.source.nonBindingClause;
	const tokens = analysed.claim.tokens;
	if (status && tokens.some((t) => STATUS_WORDS.has(t.lower))) {
		const doc = statusSentence(context.source, status);
		return doc === -1 ? undefined : { doc, score: STATUS_TALK_SCORE };
	}
	const first = tokens[0]?.lower;
	if (previous && first !== undefined && ANAPHORS.has(first) && tokens.length <= MAX_ANAPHORIC_WORDS) {
		return previous;
	}
	return undefined;
}

const statusSentences = new WeakMap<SourceModel, number>();

/** The first sentence of the status clause: looked up once per source, not once per sentence that talks of status. */
function statusSentence(source: SourceModel, status: Clause): number {
	let doc = statusSentences.get(source);
	if (doc === undefined) {
		doc = source.sentences.findIndex((s) => s.clause === status);
		statusSentences.set(source, doc);
	}
	return doc;
}
