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

const wordRe = /[£$€]?\d+(?:[.,]\d+)*[\p{L}]*|[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:['’.&-][\p{L}\p{N}\p{M}]+)*/gu;
const STOPWORDS: ReadonlySet<string> = new Set(stopwordList.words);
const stemCache = new Map<string, string>();
const formCache = new Map<string, readonly [string, string]>();
const CACHE_LIMIT = 100_000;

/** Splits prose into word tokens with exact offsets (relative to `prose`, plus `base`). */
export function tokenize(prose: string, base = 0): Token[] {
	const out: Token[] = [];
	wordRe.lastIndex = 0;
	for (let m = wordRe.exec(prose); m !== null; m = wordRe.exec(prose)) {
		const raw = m[0];
		let forms = formCache.get(raw);
		if (forms === undefined) {
			// Owned copies: `raw` is a slice of the text, and so can `lower` and `stem` be (when lower-casing and
			// stemming change nothing); cached, a slice would keep that whole version of the document alive.
			const lower = ownString(normaliseWord(raw));
			forms = [lower, ownString(stemWord(lower))];
			if (formCache.size < CACHE_LIMIT) {
				formCache.set(ownString(raw), forms);
			}
		}
		out.push({ start: base + m.index, end: base + m.index + raw.length, raw, lower: forms[0], stem: forms[1] });
	}
	return out;
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

/** Porter stem of a lower-cased word, cached; British and American spellings share a stem. */
export function stemWord(lower: string): string {
	let stem = stemCache.get(lower);
	if (stem === undefined) {
		stem = stemmer(lower.replace(/is(e|es|ed|ing|ation)$/, 'iz$1'));
		if (stemCache.size < CACHE_LIMIT) {
			stemCache.set(ownString(lower), (stem = ownString(stem)));
		}
	}
	return stem;
}

/** True for function words and other words that carry no content for alignment. */
export function isStopword(lower: string): boolean {
	return STOPWORDS.has(lower);
}

/** True when a token carries content: not a stopword, not a lone number or letter. */
export function isContentToken(token: Token): boolean {
	return token.lower.length > 1 && !STOPWORDS.has(token.lower);
}
