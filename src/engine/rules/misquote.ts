import { withoutEmphasis } from '../text/inlineMarkup';
import type { WordDiff } from '../quotes/alignWords';
import type { PieceMatch } from '../quotes/matchQuote';
import type { SourceModel } from '../source';
import { isJsSpace } from '../text/findMatches';
import type { Clause, Fix } from '../types';
import { citationLabel, clauseRef, correctWordsFix } from './fixes';
import type { Quote } from '../quotes/findQuotes';
import type { AnalysedSentence, Rule, RuleContext, RuleFinding } from './rule';

/** The words a quote's fix must not end on, after white space, commas, semicolons or colons. */
const DANGLING_WORDS = ['and', 'or', 'to', 'the', 'of', 'in', 'a', 'an', 'for', 'with'];

/** Flags quoted text presented as the source's words that is not verbatim. */
export const misquote: Rule = {
	id: 'misquote',
	description: 'A quotation that is not the source’s exact words',
	defaultSeverity: 'warning',
	*check(context) {
		for (const analysed of context.sentences) {
			for (const checked of analysed.quotes) {
				const { quote, verdict } = checked;
				// Words quoted as the agreement's own that are nowhere in it: an invented quotation, not a person's words.
				if (verdict.kind === 'unrelated' && checked.spoken !== true && isAttributedToSource(context, analysed, quote)) {
					yield inventedQuote(context, analysed, quote);
					continue;
				}
				// "'These models now reach the public within months,' he said": a person's words, even where the source prints
				// them (a minister's foreword); not where the sentence says they are the agreement's.
				if (verdict.kind !== 'misquote' || isPersonsWords(context, analysed, quote) || checked.spoken === true || inOwnVoice(context, quote, verdict.pieces)) {
					continue;
				}
				for (const piece of verdict.pieces.filter((p) => !p.verbatim)) {
					yield toFinding(context, piece, analysed.sentence.span);
				}
			}
		}
	},
};

/**
 * The source's words for a misquoted piece, without a dangling end ("…, and") to stop on: what
 * `replace(/(?:[\s,;:]+(?:and|or|to|the|of|in|a|an|for|with))+[\s,;:]*$|[,;:]+$/i, '')` leaves, read from the end.
 * (That pattern, tried from every position of a long run of spaces or commas, was quadratic in the run.)
 */
export function exactWords(sourceWords: string): string {
	const s = sourceWords;
	let cut = s.length;
	// [,;:]+$
	for (let i = s.length; i > 0 && isPunctuation(s.charCodeAt(i - 1)); i--) {
		cut = i - 1;
	}
	// (?:[\s,;:]+word)+[\s,;:]*$: from the end, as many separator-and-word pairs as there are.
	let end = separatorsBefore(s, s.length);
	for (;;) {
		const word = DANGLING_WORDS.find((w) => endsWithWord(s, end, w) && isSeparator(s.charCodeAt(end - w.length - 1)));
		if (word === undefined) {
			break;
		}
		end = separatorsBefore(s, end - word.length);
		cut = Math.min(cut, end);
	}
	return s.slice(0, cut);
}

function isPunctuation(code: number): boolean {
	return code === 44 || code === 59 || code === 58;
}

/** [\s,;:] */
function isSeparator(code: number): boolean {
	return isPunctuation(code) || isJsSpace(code);
}

/** Where the run of separators that ends at `end` starts. */
function separatorsBefore(s: string, end: number): number {
	let i = end;
	while (i > 0 && isSeparator(s.charCodeAt(i - 1))) {
		i--;
	}
	return i;
}

/** `s[end - word.length, end)` is `word`, ASCII letters in either case (the /i of a pattern without /u). */
function endsWithWord(s: string, end: number, word: string): boolean {
	if (end < word.length + 1) {
		return false;
	}
	for (let k = 0; k < word.length; k++) {
		const c = s.charCodeAt(end - word.length + k);
		const w = word.charCodeAt(k);
		if (c !== w && c !== w - 32) {
			return false;
		}
	}
	return true;
}

/**
 * "The Agreement describes itself as “…”", "In its own words, the treaty is “…”", "the MoU states: “…”": the quote is
 * presented as the agreement's text, by the agreement as the subject of a saying verb right before it.
 */
const SAID_BY_SOURCE_RE = /\b(?:agreement|memorandum|mou|treaty|accord|convention|text|document|it)\s+(?:also\s+|itself\s+)?(?:says|states|reads|declares|describes\s+(?:itself|it)\s+as|calls\s+(?:itself|it)|commits\s+(?:\S+\s+){1,3}to|promises|pledges)\s*[:,]?\s*$/iu;
/** The verbs of "the undertakings talk about …", "a document that speaks of …", "the deal promises …". */
const SAID_VERBS = '(?:says?|states?|reads?|declares?|promises?|pledges?|boasts?(?:\\s+(?:of|about))?|talks?\\s+(?:about|of)|speaks?\\s+(?:about|of)|refers?\\s+to|mentions?|describes?\\s+(?:\\S+\\s+){1,4}as|calls?\\s+(?:\\S+\\s+){1,4}|commits?\\s+(?:\\S+\\s+){1,3}to)';
const saidBySourceRes = new WeakMap<SourceModel, RegExp>();
const DESCRIBED_IN_RE = /\b(?:described|called|referred\s+to)\s+in\s+(?:the|this)\s+[^,;."“”]{1,40}\s+as\s*$/iu;

/** "the undertakings talk about", "a document that speaks of": the source, by one of its own names, as the speaker. */
function saidBySource(source: SourceModel): RegExp {
	let re = saidBySourceRes.get(source);
	if (re === undefined) {
		const names = [...source.frameWords.names].filter((n) => /^[\p{L}-]+$/u.test(n));
		const named = `(?:agreement|memorandum|mou|treaty|accord|convention|text|document|it${names.map((n) => `|${n}`).join('')})`;
		// "… calls the fund", "… boasts of", and "described in the heads of terms as".
		re = new RegExp(`\\b${named}(?:\\s+of\\s+\\p{L}+)?\\s+(?:(?:that|which)\\s+)?(?:also\\s+|itself\\s+)?${SAID_VERBS}\\s*[:,]?\\s*$|\\b(?:described|called|referred\\s+to)\\s+in\\s+the\\s+(?:[\\p{L}-]+\\s+){0,3}?${named}(?:\\s+of\\s+\\p{L}+)?\\s+as\\s*$`, 'iu');
		saidBySourceRes.set(source, re);
	}
	return re;
}
const OWN_WORDS_RE = /^\s*in\s+its\s+own\s+words\s*,?\s+(?:the|this)\s+(?:[\p{L}-]+\s+){0,3}?(?:agreement|memorandum|mou|treaty|accord|convention)\s+(?:is|describes\s+itself\s+as|calls\s+itself)\b/iu;

function isAttributedToSource(context: RuleContext, analysed: AnalysedSentence, quote: Quote): boolean {
	const before = context.text.slice(Math.max(analysed.sentence.span.start, quote.outer.start - 120), quote.outer.start);
	// "described in the heads of terms as …": the document describes, whoever else the sentence reports.
	if (analysed.frame.reported && !analysed.frame.explicit && !DESCRIBED_IN_RE.test(before)) {
		return false;
	}
	const content = context.text.slice(quote.content.start, quote.content.end);
	if (content.trim().split(/\s+/).length < 3) {
		return false;
	}
	return SAID_BY_SOURCE_RE.test(before) || saidBySource(context.source).test(before) || OWN_WORDS_RE.test(context.text.slice(analysed.sentence.span.start, quote.outer.start));
}

/**
 * A quote that is what a person said, attributed after it ("'…,' he said", "'…,' said the minister"), in a sentence
 * that does not name the agreement as its source.
 */
/**
 * "Together we want to double apprenticeship starts to 6,200 a year by 2030": a speaker's "we" or "I", where the source
 * words it echoes speak in no one's voice, are the speaker's words, not a quotation of the source.
 */
function inOwnVoice(context: RuleContext, quote: Quote, pieces: readonly PieceMatch[]): boolean {
	if (!FIRST_PERSON_RE.test(context.text.slice(quote.content.start, quote.content.end))) {
		return false;
	}
	const from = Math.min(...pieces.map((p) => p.source.start));
	const to = Math.max(...pieces.map((p) => p.source.end));
	return !FIRST_PERSON_RE.test(context.source.text.slice(Math.max(0, from - 200), to + 200));
}
const FIRST_PERSON_RE = /\b(?:[Ww]e|I|[Oo]ur|[Uu]s|[Mm]y|me)\b/u;

function isPersonsWords(context: RuleContext, analysed: AnalysedSentence, quote: Quote): boolean {
	const after = context.text.slice(quote.outer.end, Math.min(analysed.sentence.span.end, quote.outer.end + 60));
	const speaker = SPEAKER_AFTER_RE.exec(after);
	return !analysed.frame.explicit && speaker !== null && !DOCUMENT_SPEAKER_RE.test(speaker[0]) && !saidBySource(context.source).test(`${speaker[0]} `);
}
/** "says the document", "the agreement states": the document speaks, not a person. */
const DOCUMENT_SPEAKER_RE = /\b(?:document|agreement|memorandum|mou|text|deal|treaty|charter|declaration|commitments?|contract|undertakings?|framework|communiqu[eé]|record|accord|pact|licence|deed|paper|annex|schedule|clause|article|section|paragraph)\b/i;
/** ", he said", " said the minister", ", Ms Patel added": the speaker named right after the quote. */
const SPEAKER_AFTER_RE = /^[\s,]*(?:(?:he|she|they|the\s+\p{Ll}+(?:\s+\p{Ll}+)?|\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})\s+(?:said|says|added|adds|wrote|writes|told)\b|(?:said|says|added|adds|wrote|writes)\s+(?:the\s+)?\p{L}[\p{L}'’-]*)/u;

function inventedQuote(context: RuleContext, analysed: AnalysedSentence, quote: Quote): RuleFinding {
	const span = { start: quote.content.start, end: quote.content.end };
	const actual = context.text.slice(span.start, span.end);
	return {
		ruleId: 'misquote',
		message: `Quoted as the ${context.source.shortName}'s words, but the ${context.source.shortName} contains no such words: \`${actual}\`.`,
		span,
		actual,
		fixes: [],
		clause: undefined,
		sentence: analysed.sentence.span,
	};
}

function toFinding(context: RuleContext, piece: PieceMatch, sentence: RuleFinding['sentence']): RuleFinding {
	const { source, text } = context;
	const actual = text.slice(piece.span.start, piece.span.end);
	const invented = piece.source.end === piece.source.start;
	const clause = invented ? undefined : clauseAt(source, piece.source.start);
	const where = clause ? citationLabel(source, clause) : `the ${source.shortName}`;
	const fixes: Fix[] = [];
	let message: string;
	if (invented) {
		message = `Quoted as the ${source.shortName}'s words, but \`${actual}\` is not in the ${source.shortName}.`;
	} else {
		// A quote that drifts off into invented words aligns to a source stretch ending in "…, and": end on a content word.
		// The source's words, without the emphasis it sets them in ("Release **shall not** be unreasonably refused").
		const exact = matchCase(actual, withoutEmphasis(exactWords(source.text.slice(piece.source.start, piece.source.end))));
		message = `Not verbatim: ${describeDiffs(piece.diffs)} compared with ${where}: “${exact}”.`;
		fixes.push(correctWordsFix(text, piece.span, exact, `the exact words of ${where}`));
	}
	return { ruleId: 'misquote', message, span: piece.span, actual, fixes, clause: clause ? clauseRef(clause) : undefined, sentence };
}

/** "`deploying` instead of `exploring`, `also` dropped" (at most four differences named). */
function describeDiffs(diffs: readonly WordDiff[]): string {
	const parts = diffs.slice(0, 4).map((d) => {
		switch (d.kind) {
			case 'changed':
				return `\`${d.quoted}\` instead of \`${d.source}\``;
			case 'added':
				return `\`${d.quoted}\` added`;
			case 'dropped':
				return `\`${d.source}\` dropped`;
		}
	});
	if (diffs.length > 4) {
		parts.push(`${diffs.length - 4} more`);
	}
	return parts.join(', ');
}

/** Keeps a quote's capitalised first letter, which quoting conventions allow. */
function matchCase(quoted: string, exact: string): string {
	const q = quoted[0];
	const e = exact[0];
	if (q !== undefined && e !== undefined && q !== e && q === q.toUpperCase() && q.toLowerCase() === e) {
		return q + exact.slice(1);
	}
	return exact;
}

/** The clause whose text contains a source offset. */
export function clauseAt(source: SourceModel, offset: number): Clause | undefined {
	return source.clauses.find((c) => c.span.start <= offset && offset < c.span.end);
}
