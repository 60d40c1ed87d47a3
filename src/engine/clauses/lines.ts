import { trimSpan } from '../text/sentences';

/** One physical line of a source text; offsets exclude the line break (`\n`, `\r\n` or `\r`). */
export interface Line {
	readonly start: number;
	readonly end: number;
	/** First non-space character (equals `contentEnd` on a blank line). */
	readonly contentStart: number;
	/** Just after the last non-space character. */
	readonly contentEnd: number;
}

/** Lines longer than this are never headings, markers' look-ahead or noise: only prose. */
export const MAX_HEAD = 240;

const FIRST: Line = { start: 0, end: 0, contentStart: 0, contentEnd: 1 };

/** Splits a text into lines in one linear pass (no regex, no strings); a run of blank lines is kept as one. */
export function splitLines(text: string): Line[] {
	const lines: Line[] = [];
	let start = 0;
	const n = text.length;
	for (let i = 0; i <= n; i++) {
		const code = i < n ? text.charCodeAt(i) : 10;
		if (code !== 10 && code !== 13) {
			continue;
		}
		const span = trimSpan(text, { start, end: i });
		if (span.start < span.end || !isBlank(lines[lines.length - 1] ?? FIRST)) {
			lines.push({ start, end: i, contentStart: span.start, contentEnd: span.end });
		}
		if (code === 13 && i + 1 < n && text.charCodeAt(i + 1) === 10) {
			i++;
		}
		start = i + 1;
	}
	return lines;
}

/** True when a line has no visible character. */
export function isBlank(line: Line | undefined): boolean {
	return line === undefined || line.contentStart === line.contentEnd;
}

/** The first `MAX_HEAD` characters of a line's content (what line classifiers look at). */
export function headOf(text: string, line: Line): string {
	return text.slice(line.contentStart, Math.min(line.contentEnd, line.contentStart + MAX_HEAD));
}

/** True when a line's content is too long to be a heading or a noise line. */
export function isLong(line: Line): boolean {
	return line.contentEnd - line.contentStart > MAX_HEAD;
}

const terminalRe = /[.;:!?…]["'”’)\]]*$/u;
const wordRe = /[\p{L}\p{N}][\p{L}\p{N}'’&-]*/gu;
const upperStartRe = /^["'“‘(]?[\p{Lu}\p{N}]/u;
const lowerStartRe = /^\p{Ll}/u;
const twoCapitalsRe = /\p{Lu}{2}/u;
const minorWords = new Set(['and', 'or', 'of', 'the', 'for', 'to', 'in', 'on', 'with', 'a', 'an', 'by', 'at', 'from', 'into', 'its']);

/** True when a string ends like a sentence or a list lead-in (full stop, colon, semicolon …). */
export function endsTerminal(s: string): boolean {
	return terminalRe.test(s) || s.endsWith(',');
}

/** The words of a (short) string. */
export function wordsOf(s: string): string[] {
	return s.match(wordRe) ?? [];
}

/** True when a string starts with a capital letter or a digit (optionally after an opening quote). */
export function startsUpper(s: string): boolean {
	return upperStartRe.test(s);
}

/** True when a string starts with a lower-case letter (a wrapped line's continuation). */
export function startsLower(s: string): boolean {
	return lowerStartRe.test(s);
}

/** True for a short line that reads like a title: ≤ `maxWords` words, capital first, no final stop. */
export function isShortTitle(s: string, maxWords = 10): boolean {
	const words = wordsOf(s);
	return words.length > 0 && words.length <= maxWords && s.length <= 90 && startsUpper(s) && !endsTerminal(s);
}

/** True for Title Case ("Data Protection and Security") or ALL CAPS ("GENERAL PROVISIONS") words. */
export function isTitleCased(s: string): boolean {
	const words = wordsOf(s);
	if (words.length === 0 || !startsUpper(s)) {
		return false;
	}
	if (s === s.toUpperCase() && twoCapitalsRe.test(s)) {
		return true;
	}
	return words.every((w) => minorWords.has(w.toLowerCase()) || !lowerStartRe.test(w));
}
