import type { Sentence, Span } from '../types';

// NOTE: Intl.Segmenter is superlinear over one huge string (100 KB took 234 ms, 756 KB ran out of heap),
// so callers hand it one block (a paragraph, a list item, a clause) at a time.
const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Words after which a full stop does not end a sentence ("Mr. Kyle", "No. 10", "Sec. 2", "e.g. justice"). */
const ABBREVIATIONS = new Set([
	'mr', 'mrs', 'ms', 'dr', 'prof', 'sir', 'rt', 'hon', 'st', 'eg', 'e.g', 'ie', 'i.e', 'cf', 'etc', 'viz', 'vs',
	'v', 'al', 'approx', 'est', 'inc', 'ltd', 'plc', 'co', 'corp', 'dept', 'govt', 'jan', 'feb', 'mar', 'apr', 'jun',
	'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'u.k', 'u.s', 'ref', 'gen', 'col', 'lt', 'cllr',
]);

/** Abbreviations that only hold before a number ("No. 10", "Sec. 2", "para. 4"): "No." alone is an answer. */
const NUMBER_ABBREVIATIONS = new Set(['no', 'nos', 'sec', 'secs', 'art', 'arts', 'para', 'paras', 'cl', 'ch', 'vol', 'p', 'pp', 'fig', 'op']);
const startsNumberRe = /^\s*(?:\d|[ivxlc]+\b)/iu;

const JS_SPACE_RE = /\s/;
const startsLowerOrDigitRe = /^\s*[\p{Ll}\d(]/u;
const letterRe = /^\p{L}$/u;
const upperRe = /^\p{Lu}$/u;

/**
 * True when a segment boundary after `before` is a false split after an abbreviation or initial.
 * `before` is scanned back from its end by hand: the end-anchored patterns this once used (noted at each step)
 * were tried at every position of the window, for every boundary of the briefing.
 */
function isFalseSplit(before: string, after: string): boolean {
	const end = visibleEnd(before, 0, before.length);
	const stop = end > 0 && before.charCodeAt(end - 1) === DOT;
	const word = finalStopWord(before, end)?.toLowerCase();
	if (word !== undefined && NUMBER_ABBREVIATIONS.has(word)) {
		return startsNumberRe.test(after);
	}
	if (word !== undefined && ABBREVIATIONS.has(word.replace(/\.$/, ''))) {
		// "etc." and "approx." can end a sentence; only re-join when the next word does not start one.
		return !(word === 'etc' || word === 'est') || startsLowerOrDigitRe.test(after);
	}
	// /(?:^|[\s(])\p{Lu}\.\s*$/u: a single initial ("J. Smith").
	if (stop) {
		const n = codePointBefore(before, end - 1, upperRe);
		const at = end - 1 - n;
		if (n > 0 && (at === 0 || JS_SPACE_RE.test(before[at - 1]!) || before.charCodeAt(at - 1) === 0x28)) {
			return true;
		}
	}
	// /\.\s*$/ and not /[!?]["'”’]?\s*$/ (a stop cannot also end in "!" or "?").
	return startsLowerOrDigitRe.test(after) && stop;
}

const DOT = 0x2e;
/** Closing quotes and brackets after a full stop: " ' ” ’ ) ]. */
const CLOSERS: ReadonlySet<number> = new Set([0x22, 0x27, 0x201d, 0x2019, 0x29, 0x5d]);

/**
 * What /([\p{L}.]+)\.["'”’)\]]*\s*$/u captures: the letters and stops before a final full stop that only closing
 * quotes and then white space follow (`end`: `before` without that white space).
 */
function finalStopWord(before: string, end: number): string | undefined {
	let e = end;
	while (e > 0 && CLOSERS.has(before.charCodeAt(e - 1))) {
		e--;
	}
	if (e === 0 || before.charCodeAt(e - 1) !== DOT) {
		return undefined;
	}
	const dot = e - 1;
	let start = dot;
	for (;;) {
		const n = start > 0 && before.charCodeAt(start - 1) === DOT ? 1 : codePointBefore(before, start, letterRe);
		if (n === 0) {
			break;
		}
		start -= n;
	}
	return start < dot ? before.slice(start, dot) : undefined;
}

/** The length (1, or 2 for a surrogate pair) of the code point that ends at `i` if it matches `re`, else 0. */
function codePointBefore(s: string, i: number, re: RegExp): number {
	if (i === 0) {
		return 0;
	}
	const c = s.charCodeAt(i - 1);
	if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
		const h = s.charCodeAt(i - 2);
		if (h >= 0xd800 && h <= 0xdbff) {
			return re.test(s.slice(i - 2, i)) ? 2 : 0;
		}
	}
	if (c < 128) {
		// ASCII: only A–Z and a–z are letters (and upper case for `upperRe`).
		return (c >= 65 && c <= 90) || (re === letterRe && c >= 97 && c <= 122) ? 1 : 0;
	}
	return re.test(s[i - 1]!) ? 1 : 0;
}

/**
 * Splits one block of prose into sentences. `prose` must have the same length as the original slice
 * (markup blanked to spaces is fine); offsets are `base + index into prose`. Leading and trailing
 * white space is trimmed from each sentence's span; empty sentences are dropped.
 */
export function splitSentences(prose: string, base = 0, original: string = prose): Sentence[] {
	const spans: { start: number; end: number }[] = [];
	for (const seg of segmenter.segment(prose)) {
		const start = seg.index;
		const end = start + seg.segment.length;
		const prev = spans[spans.length - 1];
		// Only the end of the previous sentence matters; a long chain of re-joins must not make this quadratic. The
		// window ends at its last visible character: blanked markup can leave any number of spaces after "Mr.".
		if (prev && isFalseSplit(prose.slice(Math.max(prev.start, visibleEnd(prose, prev.start, prev.end) - 64), prev.end), seg.segment)) {
			prev.end = end;
		} else {
			spans.push({ start, end });
		}
	}
	const out: Sentence[] = [];
	for (const raw of spans) {
		const span = trimSpan(prose, raw);
		if (span.end > span.start) {
			out.push({ span: { start: base + span.start, end: base + span.end }, text: original.slice(span.start, span.end) });
		}
	}
	return out;
}

/** The end of [start, end) without its trailing white space (as `\s` counts it, which the tests of `isFalseSplit` skip). */
function visibleEnd(prose: string, start: number, end: number): number {
	let e = end;
	while (e > start && JS_SPACE_RE.test(prose[e - 1]!)) {
		e--;
	}
	return e;
}

/** Shrinks a span so that it starts and ends on a non-space character. */
export function trimSpan(text: string, span: Span): Span {
	let { start, end } = span;
	while (start < end && isSpace(text.charCodeAt(start))) {
		start++;
	}
	while (end > start && isSpace(text.charCodeAt(end - 1))) {
		end--;
	}
	return { start, end };
}

/** White space as drafters' files contain it: ASCII, CR/LF, tabs, NBSP, narrow NBSP, zero-width. */
export function isSpace(code: number): boolean {
	return (
		code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 0x202f ||
		code === 0x200b || code === 0xfeff || code === 0x2009 || code === 0x2002 || code === 0x2003 || code === 12
	);
}
