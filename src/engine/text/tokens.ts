import { stemmer } from 'stemmer';

import stopwordList from '../lexicon/stopwords.json';

/** A word of prose with its offsets and normalised forms. */
export interface Token {
	readonly start: number;
	readonly end: number;
	/** The word as written. */
	readonly raw: string;
	/** Lower case, curly apostrophes straightened. */
	readonly lower: string;
	/** Porter stem of `lower` (possessive `'s` dropped). */
	readonly stem: string;
}

/**
 * What a word is. `tokenize` scans by hand for exactly the matches of this pattern (a third of its time went to
 * `exec` and its match arrays); `wordPattern` keeps it as the specification, and the tests compare the two.
 */
export const wordPattern = /[£$€]?\d+(?:[.,]\d+)*[\p{L}]*|[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:['’.&-][\p{L}\p{N}\p{M}]+)*/gu;
const STOPWORDS: ReadonlySet<string> = new Set(stopwordList.words);
const stemCache = new Map<string, string>();
/** A word as written → [the word (an owned copy), lower, stem]. */
const formCache = new Map<string, readonly [string, string, string]>();
const CACHE_LIMIT = 100_000;

/** Splits prose into word tokens with exact offsets (relative to `prose`, plus `base`). */
export function tokenize(prose: string, base = 0): Token[] {
	const out: Token[] = [];
	for (let at = 0; at < prose.length; ) {
		const end = wordEnd(prose, at);
		if (end === -1) {
			at += codePointLength(prose, at);
			continue;
		}
		const slice = prose.slice(at, end);
		let forms = formCache.get(slice);
		if (forms === undefined) {
			// Owned copies: `slice` is a slice of the text, and so can `lower` and `stem` be (when lower-casing and
			// stemming change nothing); cached, a slice would keep that whole version of the document alive.
			const lower = ownString(normaliseWord(slice));
			const raw = formCache.size < CACHE_LIMIT ? ownString(slice) : slice;
			forms = [raw, lower, ownString(stemWord(lower))];
			if (formCache.size < CACHE_LIMIT) {
				formCache.set(raw, forms);
			}
		}
		// The cached copy of the word, not the fresh slice: tokens outlive many minor GCs, the slice then dies young.
		out.push({ start: base + at, end: base + end, raw: forms[0], lower: forms[1], stem: forms[2] });
		at = end;
	}
	return out;
}

// Character classes of `wordPattern`: \p{L}, \p{N}, \p{M}, and \d (ASCII digits only, even with the u flag).
const LETTER = 1;
const NUMBER = 2;
const MARK = 4;
const DIGIT = 8;
const WORD = LETTER | NUMBER;
const WORD_OR_MARK = LETTER | NUMBER | MARK;
const KNOWN = 128;
/** Classes of the BMP's code points, filled in as they are met (ASCII up front); KNOWN marks a filled entry. */
const BMP_CLASSES = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) {
	const ch = String.fromCharCode(c);
	BMP_CLASSES[c] = KNOWN | (/[a-z]/i.test(ch) ? LETTER : 0) | (/\d/.test(ch) ? NUMBER | DIGIT : 0);
}
const letterRe = /^\p{L}$/u;
const numberRe = /^\p{N}$/u;
const markRe = /^\p{M}$/u;

function classesOfCodePoint(cp: number): number {
	const ch = String.fromCodePoint(cp);
	return (letterRe.test(ch) ? LETTER : 0) | (numberRe.test(ch) ? NUMBER : 0) | (markRe.test(ch) ? MARK : 0);
}

/** The classes of the code point at `i` (a lone surrogate has none). */
function classAt(s: string, i: number): number {
	const c = s.charCodeAt(i);
	if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
		const d = s.charCodeAt(i + 1);
		if (d >= 0xdc00 && d <= 0xdfff) {
			return classesOfCodePoint((c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000);
		}
	}
	let classes = BMP_CLASSES[c]!;
	if (classes === 0) {
		classes = KNOWN | (c >= 0xd800 && c <= 0xdfff ? 0 : classesOfCodePoint(c));
		BMP_CLASSES[c] = classes;
	}
	return classes;
}

/** 2 for a surrogate pair at `i`, else 1: how far the pattern's search moves on (it steps by code points). */
function codePointLength(s: string, i: number): number {
	const c = s.charCodeAt(i);
	if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
		const d = s.charCodeAt(i + 1);
		return d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
	}
	return 1;
}

/** Skips code points of the given classes from `i`; returns where the run ends. */
function skip(s: string, i: number, classes: number): number {
	while (i < s.length && (classAt(s, i) & classes) !== 0) {
		i += codePointLength(s, i);
	}
	return i;
}

/** Where the match of `wordPattern` that starts at `i` ends, or -1 if none starts there. The first alternative wins. */
function wordEnd(s: string, i: number): number {
	// [£$€]?\d+(?:[.,]\d+)*[\p{L}]*
	const c = s.charCodeAt(i);
	let j = c === 0xa3 || c === 0x24 || c === 0x20ac ? i + 1 : i;
	if (j < s.length && (classAt(s, j) & DIGIT) !== 0) {
		j = skip(s, j, DIGIT);
		while (j + 1 < s.length && (s.charCodeAt(j) === 0x2e || s.charCodeAt(j) === 0x2c) && (classAt(s, j + 1) & DIGIT) !== 0) {
			j = skip(s, j + 1, DIGIT);
		}
		return skip(s, j, LETTER);
	}
	// [\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:['’.&-][\p{L}\p{N}\p{M}]+)*
	if ((classAt(s, i) & WORD) === 0) {
		return -1;
	}
	j = skip(s, i, WORD_OR_MARK);
	while (j + 1 < s.length && isJoiner(s.charCodeAt(j)) && (classAt(s, j + 1) & WORD_OR_MARK) !== 0) {
		j = skip(s, j + 1, WORD_OR_MARK);
	}
	return j;
}

/** ' ’ . & - : inside a word ("don't", "U.K.", "R&D", "co-chaired"). */
function isJoiner(c: number): boolean {
	return c === 0x27 || c === 0x2019 || c === 0x2e || c === 0x26 || c === 0x2d;
}

/**
 * A copy of a string that shares no memory with the text it was cut from (V8 keeps slices of 13 or more characters
 * as views of their parent). For anything kept longer than the check: caches, and results that outlive their text.
 */
export function ownString(s: string): string {
	return s.length <= 12 ? s : (s + ' ').slice(0, -1);
}

/** Lower-cases a word and straightens its apostrophes; drops a possessive `'s`. */
export function normaliseWord(raw: string): string {
	let lower = raw.toLowerCase().replace(/’/g, "'");
	if (lower.endsWith("'s")) {
		lower = lower.slice(0, -2);
	}
	return lower;
}

/** A figure with a newspaper's suffix of magnitude or share ("£48.5m", "2bn", "60pc"): the figure is its stem. */
const FIGURE_WITH_SUFFIX_RE = /^([£$€]?\d[\d,.]*)(?:m|bn|pc)$/;

/** Porter stem of a lower-cased word, cached; British and American spellings share a stem. */
export function stemWord(lower: string): string {
	let stem = stemCache.get(lower);
	if (stem === undefined) {
		// "£48.5m", "$2bn", "60pc": the figure the source writes as "£48.5 million", "$2 billion", "60%".
		const figure = FIGURE_WITH_SUFFIX_RE.exec(lower);
		stem = figure !== null ? figure[1]! : stemmer(lower.replace(/is(e|es|ed|ing|ation)$/, 'iz$1'));
		if (stemCache.size < CACHE_LIMIT) {
			stemCache.set(ownString(lower), (stem = ownString(stem)));
		}
	}
	return stem;
}

/** The index of the first token (tokens in order, as `tokenize` gives them) that starts at or after `at`: by bisection. */
export function firstFrom(tokens: readonly Token[], at: number): number {
	let lo = 0;
	let hi = tokens.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (tokens[mid]!.start < at) {
			lo = mid + 1;
		} else {
			hi = mid;
		}
	}
	return lo;
}

/** The index of the token that starts at `start` (tokens in order), or -1: `findIndex` without a pass over the sentence. */
export function tokenIndexAt(tokens: readonly Token[], start: number): number {
	const at = firstFrom(tokens, start);
	return tokens[at]?.start === start ? at : -1;
}

/**
 * The tokens (in order) with `from <= start` and `end <= to`: what `filter` on those bounds gives, found by bisection.
 * Rules that look at a part of a sentence per predicate or per list item then do not pass over the whole sentence each time.
 */
export function tokensWithin(tokens: readonly Token[], from: number, to: number): readonly Token[] {
	const first = firstFrom(tokens, from);
	let end = first;
	while (end < tokens.length && tokens[end]!.end <= to) {
		end++;
	}
	return tokens.slice(first, end);
}

/** True for function words and other words that carry no content for alignment. */
export function isStopword(lower: string): boolean {
	return STOPWORDS.has(lower);
}

/** True when a token carries content: not a stopword, not a lone number or letter. */
export function isContentToken(token: Token): boolean {
	return token.lower.length > 1 && !STOPWORDS.has(token.lower);
}

/** "we'll", "can't", "won't": a word with a contracted modal or "not", split for reading what a sentence commits to. */
const CONTRACTION_RE = /^(\p{L}+?)(?:(['’]ll)|(n['’]t))$/iu;
/** The modal a contracted negative stands for where its stem is not the word: "won't", "can't", "shan't". */
const CONTRACTED_STEMS: Readonly<Record<string, string>> = { wo: 'will', ca: 'can', sha: 'shall' };

/**
 * The tokens with each contraction split in two ("we'll" → "we" + "will", "won't" → "will" + "n't"), each part keeping its
 * own offsets and the words as written: a modal written in a contraction is still a modal. The same array when there is
 * none.
 */
export function expandContractions(tokens: readonly Token[]): readonly Token[] {
	let out: Token[] | undefined;
	for (let i = 0; i < tokens.length; i++) {
		const token = tokens[i]!;
		const m = token.raw.length > 3 && (token.raw.includes("'") || token.raw.includes('’')) ? CONTRACTION_RE.exec(token.raw) : null;
		if (m === null) {
			out?.push(token);
			continue;
		}
		out ??= tokens.slice(0, i);
		const head = m[1]!;
		const headLower = head.toLowerCase();
		const lower = m[2] === undefined ? (CONTRACTED_STEMS[headLower] ?? headLower) : headLower;
		const split = token.start + head.length;
		out.push({ start: token.start, end: split, raw: head, lower, stem: stemWord(lower) });
		const tail = m[2] ?? m[3]!;
		const tailLower = m[2] === undefined ? "n't" : 'will';
		out.push({ start: split, end: token.end, raw: tail, lower: tailLower, stem: tailLower });
	}
	return out ?? tokens;
}
