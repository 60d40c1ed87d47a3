// Markdown syntax recognisers. Inline markup is found in one block's text and recorded in a per-character mask;
// the line tests at the end serve the block scanner. Every pass is linear: indexOf loops, bounded loops, or
// regexes whose quantifiers are bounded and cannot overlap.
import type { Span } from '../types';
import { isSpace } from './sentences';

/** Mask bit: the character is markup (or not prose at all) and is blanked to a space in prose. */
export const BLANK = 1;
/** Mask bit: the character is inside a code span. */
export const CODE = 2;
/** Mask bit: the character was backslash-escaped, so it is literal text, never markup. */
export const LITERAL = 4;

const TAKEN = BLANK | CODE | LITERAL;

const DEST = '(?:<[^<>\\r\\n]{0,2000}>|[^\\s()]{0,2000}(?:\\([^\\s()]{0,500}\\)[^\\s()]{0,500})?)';
const TITLE = '(?:[ \\t\\r\\n]{1,50}(?:"[^"]{0,500}"|\'[^\']{0,500}\'|\\([^()]{0,500}\\)))?';
const TAIL = `(?:\\([ \\t\\r\\n]{0,50}${DEST}${TITLE}[ \\t\\r\\n]{0,50}\\)|\\[[^\\[\\]]{0,200}\\])`;
const LINK_RE = new RegExp(`\\[([^\\[\\]]{0,1000})\\]${TAIL}`, 'g');
const IMAGE_RE = new RegExp(`!\\[[^\\[\\]]{0,1000}\\]${TAIL}`, 'g');
const AUTOLINK_RE = /<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]{0,2000}|[\w.!#$%&'*+/=?^`{|}~-]{1,200}@[A-Za-z0-9][A-Za-z0-9.-]{0,250})>/g;
const HTML_TAG_RE = /<\/?[A-Za-z][A-Za-z0-9-]{0,60}(?:\s[^<>]{0,2000})?\/?>/g;
const FOOTNOTE_RE = /\[\^[^\[\]\s]{1,100}\]/g;
const BARE_URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>]{1,2000}/gi;
const DELIMITER_RE = /\*+|_+|~~+/g;
const PUNCT_RE = /[\p{P}\p{S}]/u;
const URL_TRAILER_RE = /[.,:;!?'"*_~’”)\]]/;

/** Marks the inline markup of one block's text in `mask` (same length as `s`; bits BLANK, CODE, LITERAL). */
export function markInlineMarkup(s: string, mask: Uint8Array): void {
	markCodeSpans(s, mask);
	markEscapes(s, mask);
	markComments(s, mask);
	markWhole(s, mask, AUTOLINK_RE);
	markWhole(s, mask, IMAGE_RE);
	markLinks(s, mask);
	markWhole(s, mask, HTML_TAG_RE);
	markWhole(s, mask, FOOTNOTE_RE);
	markBareUrls(s, mask);
	markEmphasis(s, mask);
}

/** Code spans: a backtick run closed by the next run of the same length; both runs and the content are blanked. */
function markCodeSpans(s: string, mask: Uint8Array): void {
	const runs: number[] = [];
	for (let i = s.indexOf('`'); i >= 0; i = s.indexOf('`', i)) {
		let j = i + 1;
		while (j < s.length && s.charCodeAt(j) === 96) {
			j++;
		}
		runs.push(i, j - i, escaped(s, i) ? 1 : 0);
		i = j;
	}
	// next[k] = index of the next run with the same length (right-to-left pass keeps this linear).
	const next = new Int32Array(runs.length / 3).fill(-1);
	const seen = new Map<number, number>();
	for (let k = next.length - 1; k >= 0; k--) {
		const len = runs[k * 3 + 1]!;
		next[k] = seen.get(len) ?? -1;
		seen.set(len, k);
	}
	for (let k = 0; k < next.length; k++) {
		const close = next[k]!;
		if (close >= 0 && runs[k * 3 + 2] === 0) {
			mask.fill(BLANK | CODE, runs[k * 3]!, runs[close * 3]! + runs[close * 3 + 1]!);
			k = close;
		}
	}
}

/** True when the character at `i` is preceded by an odd number of backslashes. */
function escaped(s: string, i: number): boolean {
	let k = i;
	while (k > 0 && s.charCodeAt(k - 1) === 92) {
		k--;
	}
	return (i - k) % 2 === 1;
}

/** Backslash escapes outside code: the backslash is blanked, the escaped character becomes literal. */
function markEscapes(s: string, mask: Uint8Array): void {
	for (let i = s.indexOf('\\'); i >= 0 && i + 1 < s.length; i = s.indexOf('\\', i + 1)) {
		if (mask[i]! & CODE) {
			continue;
		}
		const next = s.charCodeAt(i + 1);
		if (isAsciiPunct(next) || next === 10 || next === 13) {
			mask[i] = BLANK;
			mask[i + 1]! |= LITERAL;
			i++;
		}
	}
}

/** HTML comments, which may span lines; an unclosed comment runs to the end of the block. */
function markComments(s: string, mask: Uint8Array): void {
	for (let i = s.indexOf('<!--'); i >= 0; i = s.indexOf('<!--', i)) {
		if (mask[i]! & TAKEN) {
			i += 4;
			continue;
		}
		const close = s.indexOf('-->', i + 4);
		const end = close < 0 ? s.length : close + 3;
		mask.fill(BLANK, i, end);
		i = end;
	}
}

/** Blanks every match of `re` that does not start inside code, an escape or markup already blanked. */
function markWhole(s: string, mask: Uint8Array, re: RegExp): void {
	re.lastIndex = 0;
	for (let m = re.exec(s); m !== null; m = re.exec(s)) {
		if (!(mask[m.index]! & TAKEN)) {
			mask.fill(BLANK, m.index, m.index + m[0].length);
		}
	}
}

/** Links `[text](url)` and `[text][id]`: the brackets and the target are blanked, the text is kept. */
function markLinks(s: string, mask: Uint8Array): void {
	LINK_RE.lastIndex = 0;
	for (let m = LINK_RE.exec(s); m !== null; m = LINK_RE.exec(s)) {
		if (!(mask[m.index]! & TAKEN)) {
			mask[m.index] = BLANK;
			mask.fill(BLANK, m.index + 1 + m[1]!.length, m.index + m[0].length);
		}
	}
}

/** Bare `http(s)://` and `www.` URLs, without the punctuation that ends the sentence around them. */
function markBareUrls(s: string, mask: Uint8Array): void {
	BARE_URL_RE.lastIndex = 0;
	for (let m = BARE_URL_RE.exec(s); m !== null; m = BARE_URL_RE.exec(s)) {
		if (mask[m.index]! & TAKEN) {
			continue;
		}
		let end = m.index + m[0].length;
		const hasOpen = m[0].includes('(');
		while (end > m.index + 1 && URL_TRAILER_RE.test(s[end - 1]!) && !(s[end - 1] === ')' && hasOpen)) {
			end--;
		}
		mask.fill(BLANK, m.index, end);
	}
}

/** Emphasis and strikethrough delimiters (`*`, `_`, `~~`) that pair up as openers and closers are blanked. */
function markEmphasis(s: string, mask: Uint8Array): void {
	const stacks = new Map<string, number[]>();
	DELIMITER_RE.lastIndex = 0;
	for (let m = DELIMITER_RE.exec(s); m !== null; m = DELIMITER_RE.exec(s)) {
		const start = m.index;
		const end = start + m[0].length;
		if (runTaken(mask, start, end)) {
			continue;
		}
		const { open, close } = flanking(s, start, end, m[0][0] === '_');
		const stack = stacks.get(m[0][0]!) ?? [];
		stacks.set(m[0][0]!, stack);
		if (close && stack.length > 0) {
			const opener = stack.pop()!;
			mask.fill(BLANK, opener, opener + (stack.pop() ?? 0));
			mask.fill(BLANK, start, end);
		} else if (open) {
			stack.push(end - start, start);
		}
	}
}

/** True when any character of a delimiter run is already code, literal or blanked. */
function runTaken(mask: Uint8Array, start: number, end: number): boolean {
	for (let i = start; i < end; i++) {
		if (mask[i]! & TAKEN) {
			return true;
		}
	}
	return false;
}

/** CommonMark's left/right-flanking rules, with the stricter intraword rule for `_` (snake_case stays text). */
function flanking(s: string, start: number, end: number, underscore: boolean): { open: boolean; close: boolean } {
	const before = start > 0 ? s.charCodeAt(start - 1) : 32;
	const after = end < s.length ? s.charCodeAt(end) : 32;
	const wsBefore = isWhite(before);
	const wsAfter = isWhite(after);
	const pBefore = isPunct(before);
	const pAfter = isPunct(after);
	const left = !wsAfter && (!pAfter || wsBefore || pBefore);
	const right = !wsBefore && (!pBefore || wsAfter || pAfter);
	if (underscore) {
		return { open: left && (!right || pBefore), close: right && (!left || pAfter) };
	}
	return { open: left, close: right };
}

function isAsciiPunct(c: number): boolean {
	return (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
}

function isWhite(c: number): boolean {
	return c < 128 ? c === 32 || (c >= 9 && c <= 13) : /\s/.test(String.fromCharCode(c));
}

function isPunct(c: number): boolean {
	return c < 128 ? isAsciiPunct(c) : PUNCT_RE.test(String.fromCharCode(c));
}

// ── Line tests for the block scanner ──

const LIST_MARKER_RE = /(?:[-*+•◦▪‣]|\d{1,9}[.)]|\((?:[a-zA-Z]|[ivxlcdm]{1,8}|[IVXLCDM]{1,8}|\d{1,3})\)|(?:[a-z]|[ivx]{1,6})\))(?=[ \t\u00a0]|$)/my;
const FIRST_MARKER_RE = /^(?:[-*+•◦▪‣]|\(?(?:0?1|[aAiI])[.)])$/;
const TAG_RE = /<\/?[A-Za-z][A-Za-z0-9-]{0,60}(?:\s[^<>\r\n]{0,2000})?\/?>[ \t]*/y;
/** A link reference definition `[id]: target` (not a footnote), sticky. */
export const LINK_DEF_RE = /\[(?!\^)[^\[\]\r\n]{1,999}\]:[ \t]*\S/y;
/** A task-list box `[ ]`/`[x]` after a list marker, sticky. */
export const TASK_RE = /\[[ xX]\][ \t]/y;
const FRONT_MATTER_KEY_RE = /[ \t]*(?:#|\[|[\w"'-]{1,100}[ \t]*[:=]|[\r\n])/y;
const LINE_END_RE = /[\n\r]/g;

/** If a list marker starts at `at`, where the item's content starts; else -1. Inside a paragraph only a first
 * marker (`-`, `1.`, `(a)`, `(i)`) starts a list, so "2025. " at the start of a wrapped line stays text. */
export function listContent(text: string, at: number, end: number, inParagraph: boolean, plain = false): number {
	LIST_MARKER_RE.lastIndex = at;
	const m = LIST_MARKER_RE.exec(text);
	if (m === null && plain) {
		// Plain text (e-mail, wire copy) also bullets with "--" and dashes: "-- Council to … ", "— item".
		PLAIN_MARKER_RE.lastIndex = at;
		const dash = PLAIN_MARKER_RE.exec(text);
		return dash === null ? -1 : trim(text, at + dash[0].length, end).start;
	}
	return m === null || (inParagraph && !FIRST_MARKER_RE.test(m[0])) ? -1 : trim(text, at + m[0].length, end).start;
}

const PLAIN_MARKER_RE = /(?:--|[–—])(?=[ \t\u00a0]+\S)/y;

/** A line of nothing but HTML tags. A loop, not `(?:tag)+$`: that overflows the backtrack stack on a 10 MB line. */
export function isTagLine(text: string, at: number, end: number): boolean {
	let i = at;
	for (TAG_RE.lastIndex = i; i < end && TAG_RE.test(text); TAG_RE.lastIndex = i) {
		i = TAG_RE.lastIndex;
	}
	return i >= end;
}

/** Whether a sticky regex matches at `at`. */
export function matchesAt(re: RegExp, text: string, at: number): boolean {
	re.lastIndex = at;
	return re.test(text);
}

/**
 * The offset of the last character of the line break ending the line that starts at `start` (or the text's length):
 * the `\n` of `\n` or `\r\n`, or a lone `\r`, which VS Code also counts as a line break (old Mac files).
 */
export function lineBreak(text: string, start: number): number {
	LINE_END_RE.lastIndex = start;
	const at = LINE_END_RE.exec(text)?.index ?? text.length;
	return text.charCodeAt(at) === 13 && text.charCodeAt(at + 1) === 10 ? at + 1 : at;
}

/** [start, end) without white space at either end. */
export function trim(text: string, start: number, end: number): Span {
	let s = start;
	let e = end;
	for (; s < e && isSpace(text.charCodeAt(s)); s++);
	for (; e > s && isSpace(text.charCodeAt(e - 1)); e--);
	return { start: s, end: e };
}

/** A plaintext separator: three or more of `-=_*~#` and nothing else. */
export function isRuleLine(text: string, at: number, end: number): boolean {
	let i = at;
	for (; i < end && '-=_*~#'.includes(text[i]!); i++);
	return i === end && end - at >= 3;
}

/** Whether the line closes the open code fence (same character, at least as long, nothing after). */
export function closesFence(text: string, start: number, nl: number, fence: { readonly char: number; readonly len: number }): boolean {
	const { start: at, end } = trim(text, start, nl);
	let i = at;
	for (; i < end && text.charCodeAt(i) === fence.char; i++);
	return i === end && i - at >= fence.len;
}

/** If the line at `start` is a GFM delimiter row (`|---|:--:|`), the offset of its line break; else -1. */
export function delimiterRowEnd(text: string, start: number): number {
	const nl = lineBreak(text, start);
	let dash = false;
	let pipe = false;
	for (let i = start; i < nl; i++) {
		const c = text.charCodeAt(i);
		dash ||= c === 45;
		pipe ||= c === 124;
		if (c !== 45 && c !== 124 && c !== 58 && !isSpace(c)) {
			return -1;
		}
	}
	return dash && pipe && start <= text.length ? nl : -1;
}

/** Where the text after YAML (`---`) or TOML (`+++`) front matter starts; 0 when there is none. */
export function frontMatterEnd(text: string): number {
	const open = text.charCodeAt(0) === 0xfeff ? 1 : 0;
	const first = lineBreak(text, open);
	const delim = trim(text, open, first);
	const mark = text.slice(delim.start, delim.end);
	if (delim.start !== open || (mark !== '---' && mark !== '+++') || !matchesAt(FRONT_MATTER_KEY_RE, text, first + 1)) {
		return 0; // none, or a thematic break
	}
	for (let s = first + 1; s <= text.length; ) {
		const nl = lineBreak(text, s);
		const line = trim(text, s, nl);
		const word = text.slice(line.start, Math.min(line.end, line.start + 4));
		if (line.start === s && (word === mark || (mark === '---' && word === '...'))) {
			return nl + 1;
		}
		s = nl + 1;
	}
	return 0;
}

/**
 * Text without its emphasis markers: runs of `*`, and of `_` at a word's edge ("Release **shall not** be
 * unreasonably refused", "__will__"), not the underscore inside a word ("snake_case").
 */
export function withoutEmphasis(text: string): string {
	return text.replace(EMPHASIS_RE, '');
}
const EMPHASIS_RE = /\*+|(?<![\p{L}\d])_{1,3}|_{1,3}(?![\p{L}\d])/gu;
