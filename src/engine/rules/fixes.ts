import { clauseLabel } from '../citationStyle';
import { attachedTextOf } from '../clauses/attachedTexts';
import type { SourceModel, SourceSentence } from '../source';
import type { BriefingSentence } from '../text/segmentBriefing';
import { withoutEmphasis } from '../text/inlineMarkup';
import type { Clause, ClauseRef, Fix, Span } from '../types';

/** How a briefing cites a clause: "MoU §2.3", "MoU status", "MoU introduction". */
export function citationLabel(source: Pick<SourceModel, 'shortName' | 'references'>, clause: Pick<Clause, 'id'>): string {
	// An attached text is named by its own name ("Memorandum para. 4"), not as a part of the document.
	return attachedTextOf(clause.id) ? clauseLabel(source.references, clause.id) : `${source.shortName} ${clauseLabel(source.references, clause.id)}`;
}

/** The reference a finding carries: the clause's id and exact text. */
export function clauseRef(clause: Clause): ClauseRef {
	return { id: clause.id, text: clause.text };
}

/** "Insert the exact quote of §X": the source sentence in quotation marks and a citation, after the sentence. */
export function insertQuoteFix(source: SourceModel, match: SourceSentence, sentence: Pick<BriefingSentence, 'span' | 'text'>): Fix {
	return {
		title: insertQuoteTitle(source, match.clause),
		span: { start: sentence.span.end, end: sentence.span.end },
		// The source's words without its emphasis ("** The Parties would like …" after a bold heading).
		replacement: afterSentence(sentence.text, quoteWithCitation(withoutEmphasis(match.sentence.text), citationLabel(source, match.clause))),
	};
}

/** Exact words in curly quotation marks followed by their citation: “…” (MoU §2.3). Line wraps become spaces. */
export function quoteWithCitation(words: string, label: string): string {
	// Each run of white space with a line break in it becomes one space: what /\s*\r?\n\s*/g replaced, without
	// scanning a long run of spaces from each of its positions.
	return `“${words.replace(/\s+/g, (run) => (run.includes('\n') ? ' ' : run)).trim()}” (${label})`;
}

/** Words of a fix title longer than this are shortened with an ellipsis. */
const TITLE_WORDS = 48;

/** Words as a fix title quotes them: one line, at most about TITLE_WORDS characters. */
function titleWords(words: string): string {
	const flat = words.replace(/\s+/g, ' ').trim();
	return flat.length <= TITLE_WORDS ? flat : `${flat.slice(0, TITLE_WORDS).replace(/\s+\S*$/, '')}…`;
}

/**
 * A fix that replaces words, titled with exactly what it does: "Replace 'will deliver' with 'may deliver'", and why
 * in brackets when `basis` is given ("the figure in Art. 4.9").
 */
export function replaceFix(text: string, span: Span, replacement: string, basis?: string): Fix {
	const actual = text.slice(span.start, span.end);
	// The contracted modal of "we'll" replaced: "we would", not "wewould".
	const joined = /^['’]/.test(actual) && /\p{L}$/u.test(text.slice(Math.max(0, span.start - 2), span.start)) && /^\p{L}/u.test(replacement);
	return { title: `Replace '${titleWords(actual)}' with '${titleWords(replacement)}'${basis ? ` (${basis})` : ''}`, span, replacement: joined ? ` ${replacement}` : replacement };
}

/**
 * A fix that changes quoted words into the source's: only the words that differ are replaced, and the title names
 * them ("Replace 'find' with 'identify' (the exact words of MoU §2.1)", "Insert 'also' (…)").
 */
export function correctWordsFix(text: string, span: Span, exact: string, basis: string): Fix {
	const have = text.slice(span.start, span.end).split(/(\s+)/);
	const want = exact.split(/(\s+)/);
	// The writer's line breaks inside a quote are kept: any white space matches any other.
	const same = (a: string | undefined, b: string | undefined): boolean => a === b || (a !== undefined && b !== undefined && /^\s+$/.test(a) && /^\s+$/.test(b));
	let front = 0;
	while (front < have.length && front < want.length && same(have[front], want[front])) {
		front++;
	}
	let back = 0;
	while (back < have.length - front && back < want.length - front && same(have[have.length - 1 - back], want[want.length - 1 - back])) {
		back++;
	}
	const start = span.start + have.slice(0, front).join('').length;
	const end = span.end - have.slice(have.length - back).join('').length;
	const replacement = want.slice(front, want.length - back).join('');
	const removed = text.slice(start, end);
	if (removed.trim() === '' && replacement.trim() !== '') {
		return { title: `Insert '${titleWords(replacement)}' (${basis})`, span: { start, end }, replacement };
	}
	if (replacement.trim() === '' && removed.trim() !== '') {
		return { title: `Remove '${titleWords(removed)}' (${basis})`, span: { start, end }, replacement };
	}
	return replaceFix(text, { start, end }, replacement, basis);
}

/** A fix that removes a word with one space beside it (the one after, else the one before: "defence only." → "defence."). */
export function removeFix(text: string, span: Span): Fix {
	const after = text[span.end] === ' ';
	const before = !after && text[span.start - 1] === ' ';
	return { title: `Remove '${titleWords(text.slice(span.start, span.end))}'`, span: { start: span.start - (before ? 1 : 0), end: span.end + (after ? 1 : 0) }, replacement: '' };
}

/** The title of a fix that inserts a clause's exact words: "Insert the exact quote of §2.3", "… of the MoU's status clause". */
export function insertQuoteTitle(source: Pick<SourceModel, 'shortName' | 'references'>, clause: Pick<Clause, 'id'>): string {
	const label = clauseLabel(source.references, clause.id);
	// A numbered clause is named by its number; a named part (status, introduction) by what it is.
	const named = /^[\d§]|^(?:Art\.|cl\.|recital|Sch\.|Annex|App\.) /.test(label) ? label : `the ${source.shortName}'s ${label}${label === 'status' ? ' clause' : ''}`;
	return `Insert the exact quote of ${named}`;
}

/**
 * What to insert after a sentence so that it stays a sentence of its own: the quote, after a full stop when the
 * sentence has no closing punctuation (a list item often has none), else the quote would run on from its last word.
 */
export function afterSentence(sentence: string, insertion: string): string {
	const ending = sentence.slice(-8);
	return /[.!?…:;]["'”’)\]*_]*\s*$/.test(ending) ? ` ${insertion}` : `. ${insertion}`;
}

/** Words that start an adjective's complement or end its phrase: "binding on", "binding and". Before any other word it modifies a noun. */
const PREDICATIVE_NEXT = new Set(['on', 'upon', 'and', 'or', 'nor', 'in', 'under', 'for', 'between', 'with', 'to', 'as', 'at', 'by', 'from', 'but', 'until', 'because', 'so', 'since', 'once', 'when', 'if', 'unless', 'than', 'against', 'of', 'which', 'that', 'while', 'whereas', 'except']);
/** A subject that takes "are": "the company and the department must" → "are expected to". */
const PLURAL_SUBJECT_WORDS = new Set(['and', 'both', 'they', 'we', 'you', 'parties', 'departments', 'partners', 'signatories', 'sides']);

/**
 * The replacement of a binding term as it fits the sentence around it (the lexicon gives it for "the MoU is …"):
 * before a noun, the attributive form ("a legally binding contract" → "a non-binding contract", not "a not legally
 * binding contract"); "records an intention for" + "that …" becomes "records an intention that …"; "is expected to"
 * agrees with a plural subject; and an "a"/"an" before the words agrees with the new first word. Returns the span
 * and text to replace (the article included when it changes).
 */
export function fitBindingReplacement(text: string, span: Span, replacement: string, attributive?: string): { span: Span; replacement: string } {
	const next = /^\s+([A-Za-z][\w'’-]*)/.exec(text.slice(span.end, span.end + 40))?.[1]?.toLowerCase();
	let words = attributive !== undefined && next !== undefined && !PREDICATIVE_NEXT.has(next) ? attributive : replacement;
	if (words.endsWith(' for') && next === 'that') {
		words = words.slice(0, -' for'.length);
	}
	const before = text.slice(Math.max(0, span.start - 80), span.start);
	if (/^is expected to\b/.test(words) && isPluralSubject(before)) {
		words = `are${words.slice('is'.length)}`;
	}
	const article = /(?:^|[^\w'’])(an?)\s+$/i.exec(before);
	if (article) {
		const wanted = /^[aeiou]/i.test(words) ? 'an' : 'a';
		const [have] = [article[1]!];
		if (have.toLowerCase() !== wanted) {
			const start = span.start - before.length + article.index + article[0].indexOf(have);
			const cased = have[0] === have[0]!.toUpperCase() ? `${wanted[0]!.toUpperCase()}${wanted.slice(1)}` : wanted;
			return { span: { start, end: span.end }, replacement: `${cased}${text.slice(start + have.length, span.start)}${words}` };
		}
	}
	return { span, replacement: words };
}

/** Whether the words before a verb (back to the clause's start) name more than one: "the company and the department", "departments". */
function isPluralSubject(before: string): boolean {
	const clause = before.split(/[,;:.!?]/).pop() ?? '';
	const words = clause.toLowerCase().match(/[\w'’-]+/g) ?? [];
	const last = words[words.length - 1] ?? '';
	return words.some((w) => PLURAL_SUBJECT_WORDS.has(w)) || (/[^s'’]s$/.test(last) && !/(?:us|is|ss)$/.test(last) && last !== 'mou');
}
