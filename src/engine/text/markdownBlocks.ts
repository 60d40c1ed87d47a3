// The line scanner behind segmentBriefing: finds headings, list items, blockquotes, table rows and paragraphs,
// and skips what is not prose (front matter, code, HTML blocks, comments, rules, link definitions).
import type { TextFormat } from '../types';
import type { BlockKind } from './segmentBriefing';
import { isSpace } from './sentences';

/** One line's content range (trimmed, after container markers). */
export interface LineRange {
	readonly start: number;
	readonly end: number;
}

/** A block found by the line scanner, before paragraph heuristics and inline markup. Offsets are into the text. */
export interface RawBlock {
	readonly kind: BlockKind;
	readonly start: number;
	readonly end: number;
	/** Flat `[start, end, start, end, …]` ranges inside the block that are markup (quote markers, task boxes). */
	readonly blanks: readonly number[];
	/** The content range of each line; paragraphs and quotes may still be cut at line breaks. */
	readonly lines: readonly LineRange[];
	/** A setext underline followed: the block (its last unit, if cut) is a heading. */
	readonly setext: boolean;
}

/** Lines longer than this were not hard-wrapped by their writer. */
export const LONG_LINE = 120;

interface Line extends LineRange {
	/** Offset after the line's `\n` (or past the end of the text). */
	readonly next: number;
	/** First character that is not a space or tab; its column (tabs to multiples of 4); column past the list. */
	readonly at: number;
	readonly col: number;
	readonly rel: number;
}

interface Group {
	kind: BlockKind;
	readonly lines: LineRange[];
	readonly blanks: number[];
	setext: boolean;
	readonly contentCol: number;
}

const LIST_MARKER_RE = /(?:[-*+•◦▪‣]|\d{1,9}[.)]|\((?:[a-zA-Z]|[ivxlcdm]{1,8}|[IVXLCDM]{1,8}|\d{1,3})\)|(?:[a-z]|[ivx]{1,6})\))(?=[ \t\u00a0]|$)/my;
const FIRST_MARKER_RE = /^(?:[-*+•◦▪‣]|\(?(?:0?1|[aAiI])[.)])$/;
const TAG_RE = /<\/?[A-Za-z][A-Za-z0-9-]{0,60}(?:\s[^<>\n]{0,2000})?\/?>[ \t]*/y;
const LINK_DEF_RE = /\[(?!\^)[^\[\]\n]{1,999}\]:[ \t]*\S/y;
const TASK_RE = /\[[ xX]\][ \t]/y;
const FRONT_MATTER_KEY_RE = /[ \t]*(?:#|\[|[\w"'-]{1,100}[ \t]*[:=]|\r?\n)/y;

/** Splits a briefing into raw blocks, line by line, in one linear pass. */
export function scanBlocks(text: string, format: TextFormat): RawBlock[] {
	return new BlockScanner(text, format === 'markdown').run();
}

/** Finds the next occurrence of a needle at or after a non-decreasing position, reusing the last answer. */
class NextFinder {
	private found = -2;
	constructor(private readonly text: string, private readonly needle: string) {}
	/** The first index ≥ `from` where the needle occurs, or -1. */
	at(from: number): number {
		if (this.found !== -1 && this.found < from) {
			this.found = this.text.indexOf(this.needle, from);
		}
		return this.found;
	}
}

class BlockScanner {
	private readonly out: RawBlock[] = [];
	private readonly lists: number[] = [];
	private group: Group | null = null;
	private fence: { char: number; len: number } | null = null;
	private table = false;
	private readonly comments: NextFinder;
	private readonly pipes: NextFinder;

	constructor(private readonly text: string, private readonly md: boolean) {
		this.comments = new NextFinder(text, '<!--');
		this.pipes = new NextFinder(text, '|');
	}

	run(): RawBlock[] {
		let pos = this.md ? frontMatterEnd(this.text) : 0;
		while (pos <= this.text.length) {
			pos = this.line(pos);
		}
		this.closeGroup();
		return this.out;
	}

	/** Handles the line starting at `start` (extended over an HTML comment that crosses lines); returns the next start. */
	private line(start: number): number {
		let nl = lineBreak(this.text, start);
		if (this.fence) {
			if (closesFence(this.text, start, nl, this.fence)) {
				this.fence = null;
			}
			return nl + 1;
		}
		const close = this.md ? this.commentCrossing(start, nl) : -1;
		if (close >= 0) {
			nl = lineBreak(this.text, close);
		}
		const l = this.measure(start, nl);
		if (l.start === l.end) {
			this.closeBlock(Infinity);
			return l.next;
		}
		const handled = this.md ? this.markdownLine(l) : -1;
		if (handled >= 0) {
			return handled;
		}
		this.textLine(l);
		return l.next;
	}

	/** If an HTML comment opens on this line and closes on a later one, the offset of its `-->` (or the text's end). */
	private commentCrossing(start: number, nl: number): number {
		let open = this.comments.at(start);
		while (open >= 0 && open < nl) {
			const close = this.text.indexOf('-->', open + 4);
			if (close < 0 || close >= nl) {
				return close < 0 ? this.text.length : close;
			}
			open = this.comments.at(close + 3);
		}
		return -1;
	}

	/** Indentation, content range (trimmed) and column relative to the enclosing list item of a line. */
	private measure(start: number, nl: number): Line {
		const { text } = this;
		let at = start;
		let col = 0;
		for (let c = text.charCodeAt(at); at < nl && (c === 32 || c === 9); c = text.charCodeAt(++at)) {
			col = c === 9 ? col + 4 - (col % 4) : col + 1;
		}
		let first = at;
		while (first < nl && isSpace(text.charCodeAt(first))) {
			first++;
		}
		let end = nl;
		while (end > first && isSpace(text.charCodeAt(end - 1))) {
			end--;
		}
		let base = 0;
		for (let k = this.lists.length - 1; k >= 0 && base === 0; k--) {
			base = this.lists[k]! <= col ? this.lists[k]! : 0;
		}
		return { start: first, end, next: nl + 1, at, col, rel: col - base };
	}

	/** Markdown-only line kinds; returns the next line's start, or -1 when the line is ordinary text. */
	private markdownLine(l: Line): number {
		const c = this.text.charCodeAt(l.at);
		if (l.rel >= 4) {
			return this.group ? -1 : l.next; // indented code, unless it continues a paragraph
		}
		if ((c === 96 || c === 126) && this.openFence(l)) {
			return l.next;
		}
		if (c === 60 && (this.text.startsWith('<!--', l.at) || isTagLine(this.text, l.at, l.end))) {
			this.closeBlock(l.col);
			return l.next;
		}
		if ((c === 35 && this.atxHeading(l)) || this.rule(l)) {
			return l.next;
		}
		const row = this.tableRow(l);
		if (row >= 0) {
			return row;
		}
		if (c === 62) {
			this.quote(l);
			return l.next;
		}
		return c === 91 && !this.group && matchesAt(LINK_DEF_RE, this.text, l.at) ? l.next : -1;
	}

	/** A paragraph line, a list item or (plaintext) a separator rule. */
	private textLine(l: Line): void {
		if (!this.md && isRuleLine(this.text, l.at, l.end)) {
			this.closeBlock(l.col);
			return;
		}
		const g = this.group;
		const content = !this.md || l.rel < 4 ? listContent(this.text, l.at, l.end, g?.kind === 'paragraph') : -1;
		if (content >= 0) {
			this.listItem(l, content);
		} else if (g && continues(g, l)) {
			g.lines.push({ start: l.start, end: l.end });
		} else {
			this.closeBlock(l.col);
			this.group = newGroup(this.lists.length > 0 ? 'listItem' : 'paragraph', l.start, l.end, l.col);
		}
	}

	private listItem(l: Line, content: number): void {
		this.closeBlock(l.col);
		const contentCol = l.col + Math.max(content - l.at, 2);
		this.lists.push(contentCol);
		const g = newGroup('listItem', content, content < l.end ? l.end : content, contentCol);
		if (this.md && matchesAt(TASK_RE, this.text, content)) {
			g.blanks.push(content, content + 3);
		}
		this.group = g;
	}

	private quote(l: Line): void {
		const { text } = this;
		let q = l.at;
		while (q < l.end && text.charCodeAt(q) === 62) {
			for (q++; q < l.end && isSpace(text.charCodeAt(q)); q++);
		}
		const item = listContent(text, q, l.end, false);
		const g = this.group;
		if (q < l.end && item < 0 && g?.kind === 'blockquote') {
			g.blanks.push(l.at, q);
			g.lines.push({ start: q, end: l.end });
			return;
		}
		this.closeBlock(l.col);
		if (q < l.end) {
			this.group = newGroup('blockquote', item < 0 ? q : item, l.end, l.col);
		}
	}

	private atxHeading(l: Line): boolean {
		const { text } = this;
		let h = l.at;
		while (h < l.end && text.charCodeAt(h) === 35) {
			h++;
		}
		if (h - l.at > 6 || (h < l.end && !isSpace(text.charCodeAt(h)))) {
			return false;
		}
		this.closeBlock(l.col);
		let end = l.end;
		while (end > h && text.charCodeAt(end - 1) === 35) {
			end--;
		}
		end = end === h || isSpace(text.charCodeAt(end - 1)) ? end : l.end;
		const span = trim(text, h, end);
		if (span.end > span.start) {
			this.out.push(single('heading', span.start, span.end));
		}
		return true;
	}

	/** A setext underline (turns the open paragraph into a heading) or a thematic break. */
	private rule(l: Line): boolean {
		const { text } = this;
		const ch = text.charCodeAt(l.at);
		if (ch !== 45 && ch !== 42 && ch !== 95 && ch !== 61) {
			return false;
		}
		let count = 0;
		for (let i = l.at; i < l.end; i++) {
			const c = text.charCodeAt(i);
			if (c !== ch && c !== 32 && c !== 9) {
				return false;
			}
			count += c === ch ? 1 : 0;
		}
		const solid = count === l.end - l.at;
		if (solid && (ch === 61 || ch === 45) && this.group?.kind === 'paragraph') {
			this.group.setext = true;
		} else if (ch === 61 || count < 3) {
			return false;
		}
		this.closeBlock(l.col);
		return true;
	}

	/** A table row: after a header with a delimiter row, in a table, or a line starting with `|`. */
	private tableRow(l: Line): number {
		const pipe = this.pipes.at(l.at);
		if (pipe < 0 || pipe >= l.end) {
			this.table = false;
			return -1;
		}
		let next = l.next;
		if (this.table || this.text.charCodeAt(l.at) === 124) {
			if (delimiterRowEnd(this.text, l.at) >= 0) {
				return l.next; // the delimiter row itself, or a stray one
			}
		} else {
			const delimiter = delimiterRowEnd(this.text, l.next);
			if (delimiter < 0) {
				return -1;
			}
			next = delimiter + 1;
		}
		this.closeBlock(l.col);
		this.table = true;
		this.out.push(single('tableRow', l.start, l.end));
		return next;
	}

	private openFence(l: Line): boolean {
		const { text } = this;
		const ch = text.charCodeAt(l.at);
		let i = l.at;
		while (i < l.end && text.charCodeAt(i) === ch) {
			i++;
		}
		if (i - l.at < 3 || (ch === 96 && text.slice(i, l.end).includes('`'))) {
			return false;
		}
		this.closeBlock(l.col);
		this.fence = { char: ch, len: i - l.at };
		return true;
	}

	/** Ends the open group and the table, and leaves the list items this column is outside of. */
	private closeBlock(col: number): void {
		this.closeGroup();
		this.table = false;
		while (this.lists.length > 0 && this.lists[this.lists.length - 1]! > col) {
			this.lists.pop();
		}
	}

	private closeGroup(): void {
		const g = this.group;
		this.group = null;
		if (g && g.lines.length > 0) {
			const { kind, lines, blanks, setext } = g;
			this.out.push({ kind, start: lines[0]!.start, end: lines[lines.length - 1]!.end, blanks, lines, setext });
		}
	}
}

function single(kind: BlockKind, start: number, end: number): RawBlock {
	return { kind, start, end, blanks: [], lines: [{ start, end }], setext: false };
}

function newGroup(kind: BlockKind, start: number, end: number, contentCol: number): Group {
	return { kind, lines: end > start ? [{ start, end }] : [], blanks: [], setext: false, contentCol };
}

/** Whether a text line continues the open group: always for paragraphs and quotes (lazy lines); for list items
 * when indented to the item's content, or lazily when neither line is a long one-paragraph-per-line line. */
function continues(g: Group, l: Line): boolean {
	if (g.kind !== 'listItem' || l.col >= g.contentCol) {
		return true;
	}
	const prev = g.lines[g.lines.length - 1];
	return l.end - l.start <= LONG_LINE && (prev === undefined || prev.end - prev.start <= LONG_LINE);
}

/** If a list marker starts at `at`, where the item's content starts; else -1. Inside a paragraph only a first
 * marker (`-`, `1.`, `(a)`, `(i)`) starts a list, so "2025. " at the start of a wrapped line stays text. */
function listContent(text: string, at: number, end: number, inParagraph: boolean): number {
	LIST_MARKER_RE.lastIndex = at;
	const m = LIST_MARKER_RE.exec(text);
	if (m === null || (inParagraph && !FIRST_MARKER_RE.test(m[0]))) {
		return -1;
	}
	let c = at + m[0].length;
	while (c < end && isSpace(text.charCodeAt(c))) {
		c++;
	}
	return Math.min(c, end);
}

/** A line of nothing but HTML tags (`<div align="center">`, `</details>`). A loop, not `(?:tag)+$`, which
 * would overflow the regex backtrack stack on a 10 MB line of tags. */
function isTagLine(text: string, at: number, end: number): boolean {
	let i = at;
	for (TAG_RE.lastIndex = i; i < end && TAG_RE.test(text); TAG_RE.lastIndex = i) {
		i = TAG_RE.lastIndex;
	}
	return i >= end;
}

function matchesAt(re: RegExp, text: string, at: number): boolean {
	re.lastIndex = at;
	return re.test(text);
}

function lineBreak(text: string, start: number): number {
	const nl = text.indexOf('\n', start);
	return nl < 0 ? text.length : nl;
}

function trim(text: string, start: number, end: number): LineRange {
	let s = start;
	let e = end;
	for (; s < e && isSpace(text.charCodeAt(s)); s++);
	for (; e > s && isSpace(text.charCodeAt(e - 1)); e--);
	return { start: s, end: e };
}

/** A plaintext separator: three or more of `-=_*~#` and nothing else. */
function isRuleLine(text: string, at: number, end: number): boolean {
	for (let i = at; i < end; i++) {
		if (!'-=_*~#'.includes(text[i]!)) {
			return false;
		}
	}
	return end - at >= 3;
}

function closesFence(text: string, start: number, nl: number, fence: { char: number; len: number }): boolean {
	const { start: at, end } = trim(text, start, nl);
	let i = at;
	while (i < end && text.charCodeAt(i) === fence.char) {
		i++;
	}
	return i === end && i - at >= fence.len;
}

/** If the line at `start` is a GFM delimiter row (`|---|:--:|`), the offset of its line break; else -1. */
function delimiterRowEnd(text: string, start: number): number {
	if (start > text.length) {
		return -1;
	}
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
	return dash && pipe ? nl : -1;
}

/** Where the text after YAML (`---`) or TOML (`+++`) front matter starts; 0 when there is none. */
function frontMatterEnd(text: string): number {
	const open = text.charCodeAt(0) === 0xfeff ? 1 : 0;
	const first = lineBreak(text, open);
	const delim = trim(text, open, first);
	const mark = text.slice(delim.start, delim.end);
	if (delim.start !== open || (mark !== '---' && mark !== '+++')) {
		return 0;
	}
	FRONT_MATTER_KEY_RE.lastIndex = first + 1;
	if (!FRONT_MATTER_KEY_RE.test(text)) {
		return 0; // a thematic break, not front matter
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
