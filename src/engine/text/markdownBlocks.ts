// The line scanner behind segmentBriefing: finds headings, list items, blockquotes, table rows and paragraphs,
// and skips what is not prose (front matter, code, HTML blocks, comments, rules, link definitions).
// One pass over the lines; every search is bounded by its line or remembered (NextFinder), so it stays linear.
import type { Span, TextFormat } from '../types';
import type { BlockKind } from './segmentBriefing';
import {
	closesFence, delimiterRowEnd, frontMatterEnd, isRuleLine, isTagLine, LINK_DEF_RE, lineBreak, listContent, matchesAt,
	TASK_RE, trim,
} from './inlineMarkup';
import { isSpace } from './sentences';

/** One line's content range (trimmed, after container markers). */
export type LineRange = Span;

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

/** A line: content range, offset after its `\n`, first non-blank/tab offset, its column, column inside its list item. */
interface Line extends LineRange {
	readonly next: number;
	readonly at: number;
	readonly col: number;
	readonly rel: number;
}

interface Group {
	readonly kind: BlockKind;
	readonly lines: LineRange[];
	readonly blanks: number[];
	setext: boolean;
	readonly contentCol: number;
}

/** Splits a briefing into raw blocks, line by line, in one linear pass. */
export function scanBlocks(text: string, format: TextFormat): RawBlock[] {
	// NOTE: without the clean points, which only incremental re-scans use: a text of blank lines has one per line,
	// and an array of tens of thousands of them (reallocated as it grows, in the old generation) cost more than the scan.
	return new BlockScanner(text, format === 'markdown').run(-1, undefined, false).blocks;
}

/** Part of a text scanned into raw blocks, for incremental re-scans. */
export interface PartialScan {
	readonly blocks: RawBlock[];
	/**
	 * Clean points met, ascending: line starts after a blank line, outside code fences and lists. The scanner holds
	 * no state there and no earlier line looks past them, so a scan may restart at one, and two scans that reach the
	 * same clean point with the same text after it go on identically.
	 */
	readonly cleanPoints: number[];
	/** Where the scan stopped: the clean point `shouldStop` accepted, or past the end of the text. */
	readonly end: number;
}

/**
 * Scans from `start` (-1: the beginning of the text, front matter and all; else a clean point of an earlier scan of
 * text that is the same up to there) until `shouldStop` accepts a clean point after `start`, or the text ends.
 */
export function scanBlocksFrom(text: string, format: TextFormat, start: number, shouldStop?: (cleanPoint: number) => boolean): PartialScan {
	return new BlockScanner(text, format === 'markdown').run(start, shouldStop);
}

/** Where a scan from the beginning starts: after front matter (markdown only). */
export function scanStart(text: string, format: TextFormat): number {
	return format === 'markdown' ? frontMatterEnd(text) : 0;
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
	/** Content columns of the open list items, innermost last. */
	private readonly lists: number[] = [];
	private group: Group | null = null;
	private fence: { readonly char: number; readonly len: number } | null = null;
	private table = false;
	/** The line just handled was blank, outside fences and lists: the next line starts at a clean point. */
	private clean = false;
	private readonly comments: NextFinder;
	private readonly pipes: NextFinder;

	constructor(private readonly text: string, private readonly md: boolean) {
		this.comments = new NextFinder(text, '<!--');
		this.pipes = new NextFinder(text, '|');
	}

	run(start: number, shouldStop: ((cleanPoint: number) => boolean) | undefined, keepCleanPoints = true): PartialScan {
		const cleanPoints: number[] = [];
		let pos = start >= 0 ? start : this.md ? frontMatterEnd(this.text) : 0;
		for (; pos <= this.text.length; ) {
			if (this.clean) {
				if (keepCleanPoints) {
					cleanPoints.push(pos);
				}
				if (shouldStop?.(pos)) {
					break;
				}
			}
			pos = this.line(pos);
		}
		this.closeGroup();
		return { blocks: this.out, cleanPoints, end: pos };
	}

	/** Handles the line at `start` (extended over an HTML comment that crosses lines); returns the next line's start. */
	private line(start: number): number {
		let nl = lineBreak(this.text, start);
		this.clean = false;
		if (this.fence) {
			this.fence = closesFence(this.text, start, nl, this.fence) ? null : this.fence;
			return nl + 1;
		}
		const close = this.md ? this.commentCrossing(start, nl) : -1;
		nl = close >= 0 ? lineBreak(this.text, close) : nl;
		const l = this.measure(start, nl);
		const handled = l.start === l.end ? this.blankLine() : this.md ? this.markdownLine(l) : -1;
		if (handled < 0) {
			this.textLine(l);
		}
		return handled > 0 ? handled : l.next;
	}

	/** If an HTML comment opens on this line and closes on a later one, the offset of its `-->` (or the text's end). */
	private commentCrossing(start: number, nl: number): number {
		for (let open = this.comments.at(start); open >= 0 && open < nl; ) {
			const close = this.text.indexOf('-->', open + 4);
			if (close < 0 || close >= nl) {
				return close < 0 ? this.text.length : close;
			}
			open = this.comments.at(close + 3);
		}
		return -1;
	}

	private measure(start: number, nl: number): Line {
		const { text } = this;
		let at = start;
		let col = 0;
		for (let c = text.charCodeAt(at); at < nl && (c === 32 || c === 9); c = text.charCodeAt(++at)) {
			col = c === 9 ? col + 4 - (col % 4) : col + 1;
		}
		const { start: first, end } = trim(text, at, nl);
		let base = 0;
		for (let k = this.lists.length - 1; k >= 0 && base === 0; k--) {
			base = this.lists[k]! <= col ? this.lists[k]! : 0;
		}
		return { start: first, end, next: nl + 1, at, col, rel: col - base };
	}

	/** Markdown-only line kinds: returns the next line's start (0: this line is done), or -1 for ordinary text. */
	private markdownLine(l: Line): number {
		const { text } = this;
		const c = text.charCodeAt(l.at);
		if (l.rel >= 4) {
			return this.group ? -1 : 0; // indented code, unless it continues a paragraph
		}
		if ((c === 96 || c === 126) && this.openFence(l)) {
			return 0;
		}
		if (c === 60 && (text.startsWith('<!--', l.at) || isTagLine(text, l.at, l.end))) {
			return this.closeBlock(l.col);
		}
		if ((c === 35 && this.atxHeading(l)) || this.rule(l)) {
			return 0;
		}
		const row = this.tableRow(l);
		if (row >= 0 || c === 62) {
			return row >= 0 ? row : this.quote(l);
		}
		return c === 91 && !this.group && matchesAt(LINK_DEF_RE, text, l.at) ? 0 : -1;
	}

	/** A paragraph line, a list item or (plaintext) a separator rule. */
	private textLine(l: Line): void {
		if (!this.md && isRuleLine(this.text, l.at, l.end)) {
			this.closeBlock(l.col);
			return;
		}
		const g = this.group;
		const content = !this.md || l.rel < 4 ? listContent(this.text, l.at, l.end, g?.kind === 'paragraph', !this.md) : -1;
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
		this.group = newGroup('listItem', content, l.end, contentCol);
		if (this.md && matchesAt(TASK_RE, this.text, content)) {
			this.group.blanks.push(content, content + 3);
		}
	}

	/** A blockquote line: its `>` markers are blanked; a list marker inside the quote starts a new quote block. */
	private quote(l: Line): number {
		let q = l.at;
		while (q < l.end && this.text.charCodeAt(q) === 62) {
			for (q++; q < l.end && isSpace(this.text.charCodeAt(q)); q++);
		}
		const item = listContent(this.text, q, l.end, false);
		const g = this.group;
		if (q < l.end && item < 0 && g?.kind === 'blockquote') {
			g.blanks.push(l.at, q);
			g.lines.push({ start: q, end: l.end });
		} else {
			this.closeBlock(l.col);
			this.group = q < l.end ? newGroup('blockquote', item < 0 ? q : item, l.end, l.col) : null;
		}
		return 0;
	}

	private atxHeading(l: Line): boolean {
		const { text } = this;
		let h = l.at;
		for (; h < l.end && text.charCodeAt(h) === 35; h++);
		if (h - l.at > 6 || (h < l.end && !isSpace(text.charCodeAt(h)))) {
			return false;
		}
		this.closeBlock(l.col);
		let end = l.end;
		for (; end > h && text.charCodeAt(end - 1) === 35; end--); // the closing sequence, if spaced off
		const span = trim(text, h, end === h || isSpace(text.charCodeAt(end - 1)) ? end : l.end);
		if (span.end > span.start) {
			this.out.push(single('heading', span.start, span.end));
		}
		return true;
	}

	/** A setext underline (turns the open paragraph into a heading) or a thematic break. */
	private rule(l: Line): boolean {
		const ch = this.text.charCodeAt(l.at);
		if (ch !== 45 && ch !== 42 && ch !== 95 && ch !== 61) {
			return false;
		}
		let count = 0;
		for (let i = l.at; i < l.end; i++) {
			const c = this.text.charCodeAt(i);
			if (c !== ch && c !== 32 && c !== 9) {
				return false;
			}
			count += c === ch ? 1 : 0;
		}
		if (count === l.end - l.at && (ch === 61 || ch === 45) && this.group?.kind === 'paragraph') {
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
		this.table &&= pipe >= 0 && pipe < l.end;
		if (pipe < 0 || pipe >= l.end) {
			return -1;
		}
		let next = 0;
		if (this.table || this.text.charCodeAt(l.at) === 124) {
			if (delimiterRowEnd(this.text, l.at) >= 0) {
				return 0; // the delimiter row itself, or a stray one
			}
		} else {
			next = delimiterRowEnd(this.text, l.next) + 1;
			if (next === 0) {
				return -1;
			}
		}
		this.closeBlock(l.col);
		this.table = true;
		this.out.push(single('tableRow', l.start, l.end));
		return next;
	}

	private openFence(l: Line): boolean {
		const ch = this.text.charCodeAt(l.at);
		let i = l.at;
		for (; i < l.end && this.text.charCodeAt(i) === ch; i++);
		if (i - l.at < 3 || (ch === 96 && this.text.slice(i, l.end).includes('`'))) {
			return false;
		}
		this.closeBlock(l.col);
		this.fence = { char: ch, len: i - l.at };
		return true;
	}

	/** A blank line ends the open block; outside lists, the next line starts at a clean point. Returns 0. */
	private blankLine(): number {
		this.closeBlock(Infinity);
		this.clean = this.lists.length === 0;
		return 0;
	}

	/** Ends the open group and table, and the list items this column is outside of. Returns 0 (line done). */
	private closeBlock(col: number): number {
		this.closeGroup();
		this.table = false;
		while (this.lists.length > 0 && this.lists[this.lists.length - 1]! > col) {
			this.lists.pop();
		}
		return 0;
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
