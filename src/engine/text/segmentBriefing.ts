import type { Sentence, Span, TextFormat } from '../types';
import * as inline from './inlineMarkup';
import { LONG_LINE, type LineRange, type RawBlock, scanBlocks, scanBlocksFrom } from './markdownBlocks';
import { splitSentences, trimSpan } from './sentences';
import { TextBuilder } from './textBuilder';

/** What a block of a briefing is. Short unpunctuated lines standing alone count as headings. */
export type BlockKind = 'paragraph' | 'heading' | 'listItem' | 'blockquote' | 'tableRow';

/** One block of a briefing; `span` is its content range in the original text (list markers and `#`s excluded). */
export interface Block {
	readonly kind: BlockKind;
	readonly span: Span;
}

/** One sentence of a briefing, with its block and a markup-free `prose` of the same length as `text`. */
export interface BriefingSentence {
	/** Offsets into the original text, trimmed of white space (and of markup at either end). */
	readonly span: Span;
	/** Exactly `original.slice(span.start, span.end)`. */
	readonly text: string;
	/** Same length as `text`: markup, line breaks and odd spaces blanked to ' ', so `prose[i]` sits at `span.start + i`. */
	readonly prose: string;
	/** Index into `blocks`. */
	readonly block: number;
	readonly blockKind: BlockKind;
}

/** A briefing cut into blocks and sentences. */
export interface SegmentedBriefing {
	readonly blocks: readonly Block[];
	readonly sentences: readonly BriefingSentence[];
}

/** Pieces longer than CHUNK are segmented WINDOW characters at a time: Intl.Segmenter's cost grows with
 * length × segments (dense text: 250 ms/MB in 5,000-character windows, 860 ms/MB in 20,000-character ones). */
const CHUNK = 20_000;
const WINDOW = 5_000;
/** Lines up to this long, with no final punctuation, can be headings. */
const SHORT_LINE = 80;
// Local copies: imported bindings can compile to getters (CommonJS interop), too slow per character.
const BLANK = inline.BLANK;
const TAKEN = inline.BLANK | inline.CODE | inline.LITERAL;
const SPACE_LIKE_RE = /[\t\n\v\f\r\u0085\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]/g;
// UAX #29 puts sentence breaks only after these (STerm, ATerm) and after paragraph separators (blanked in prose).
const TERMINATOR_RE = /[\p{Sentence_Terminal}\u2024\ufe52\uff0e]/u;
const TERMINAL_TAIL_RE = /^[\p{Sentence_Terminal}\u2024\ufe52\uff0e\p{Ps}\p{Pe}\p{Pi}\p{Pf}"']*\s*$/u;
const WORDY_RE = /[\p{L}\p{N}]/u;
const FINAL_PUNCT_RE = /[.!?:;,…。\-–—][\s"'”’»)\]*_]*$/u;
const STARTS_CAPITAL_RE = /["'“‘«(\[*_]*\p{Lu}/uy;

/** Splits a briefing into blocks and sentences, with exact UTF-16 offsets into `text`. Linear; never throws. */
export function segmentBriefing(text: string, format: TextFormat): SegmentedBriefing {
	const blocks: Block[] = [];
	const sentences: BriefingSentence[] = [];
	for (const raw of units(text, scanBlocks(text, format))) {
		blocks.push({ kind: raw.kind, span: { start: raw.start, end: raw.end } });
		blockSentences(text, raw, format, blocks.length - 1, sentences);
	}
	return { blocks, sentences };
}

/** A block before its sentences are found: what `segmentBriefing` makes each block's sentences from. */
export type RawUnit = RawBlock;

/** Part of a briefing cut into raw blocks (see `scanBlocksFrom`), for the incremental checker. */
export interface PartialUnits {
	readonly units: readonly RawUnit[];
	readonly cleanPoints: readonly number[];
	readonly end: number;
}

/** `segmentBriefing`'s blocks from `start` (-1: the beginning) until `shouldStop` accepts a clean point. */
export function scanUnits(text: string, format: TextFormat, start: number, shouldStop?: (cleanPoint: number) => boolean): PartialUnits {
	const scan = scanBlocksFrom(text, format, start, shouldStop);
	return { units: units(text, scan.blocks), cleanPoints: scan.cleanPoints, end: scan.end };
}

/** The sentences `segmentBriefing` finds in one block, tagged with block index `index`. Reads only the block's text. */
export function unitSentences(text: string, unit: RawUnit, format: TextFormat, index: number): BriefingSentence[] {
	const out: BriefingSentence[] = [];
	blockSentences(text, unit, format, index, out);
	return out;
}

/** The block spans `segmentBriefing` finds, without inline markup or sentence work (cheap; for incremental checks). */
export function blockRanges(text: string, format: TextFormat): Span[] {
	return units(text, scanBlocks(text, format)).map((b) => ({ start: b.start, end: b.end }));
}

interface Unit {
	readonly from: number;
	readonly to: number;
	readonly heading: boolean;
}

/** Cuts paragraphs and quotes at the line breaks that are paragraph or heading breaks; other blocks pass through. */
function units(text: string, raws: readonly RawBlock[]): RawBlock[] {
	const out: RawBlock[] = [];
	for (const raw of raws) {
		if (raw.kind !== 'paragraph' && raw.kind !== 'blockquote') {
			out.push(raw);
			continue;
		}
		const cuts = lineUnits(text, raw.lines);
		let b = 0;
		cuts.forEach((u, k) => {
			const start = raw.lines[u.from]!.start;
			const end = raw.lines[u.to - 1]!.end;
			const blanks: number[] = [];
			for (; b < raw.blanks.length && raw.blanks[b]! < end; b += 2) {
				if (raw.blanks[b]! >= start) {
					blanks.push(raw.blanks[b]!, Math.min(raw.blanks[b + 1]!, end));
				}
			}
			const heading = (raw.setext && k === cuts.length - 1) || (u.heading && raw.kind === 'paragraph');
			out.push({ ...raw, kind: heading ? 'heading' : raw.kind, start, end, blanks, lines: raw.lines.slice(u.from, u.to) });
		});
	}
	return out;
}

/**
 * Groups a block's lines into units. Any line longer than LONG_LINE means the writer did not hard-wrap: every
 * line is its own unit. Otherwise lines join (hard wraps), except after a heading-like line (short, no final
 * punctuation, next line starts with a capital) whose next word would have fitted on it, and in a block where
 * no line ends in punctuation and every line starts with a capital (a title block: each line is a heading).
 * A unit of one short, unpunctuated, capitalised line standing on its own is a heading.
 */
function lineUnits(text: string, lines: readonly LineRange[]): Unit[] {
	let max = 0;
	for (const l of lines) {
		max = Math.max(max, l.end - l.start);
	}
	const long = max > LONG_LINE;
	const titles = !long && lines.length > 1 && lines.every((l) => isTitleLine(text, l) && startsCapital(text, l.start));
	const out: Unit[] = [];
	let from = 0;
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i]!;
		const next = lines[i + 1];
		const title = isTitleLine(text, line) && startsCapital(text, line.start);
		const headingLike = next !== undefined && title && startsCapital(text, next.start);
		const unfilled = headingLike && line.end - line.start + 1 + firstWordLength(text, next.start, next.end) < max;
		if (next === undefined || long || titles || unfilled) {
			out.push({ from, to: i + 1, heading: from === i && title && (long || titles || unfilled || lines.length === 1) });
			from = i + 1;
		}
	}
	return out;
}

/** Short, and not ending in punctuation. */
function isTitleLine(text: string, l: LineRange): boolean {
	return l.end - l.start <= SHORT_LINE && !FINAL_PUNCT_RE.test(text.slice(l.start, l.end));
}

function startsCapital(text: string, at: number): boolean {
	STARTS_CAPITAL_RE.lastIndex = at;
	return STARTS_CAPITAL_RE.test(text);
}

function firstWordLength(text: string, start: number, end: number): number {
	let i = start;
	while (i < end && text.charCodeAt(i) !== 32 && text.charCodeAt(i) !== 9) {
		i++;
	}
	return i - start;
}

/** Builds the block's prose and appends its sentences (per table cell, per chunk of a huge block). */
function blockSentences(text: string, raw: RawBlock, format: TextFormat, index: number, out: BriefingSentence[]): void {
	const original = text.slice(raw.start, raw.end);
	if (format === 'plaintext' && raw.blanks.length === 0) {
		emit(out, original.replace(SPACE_LIKE_RE, ' '), original, raw, index, [0, original.length]);
		return;
	}
	const mask = new Uint8Array(original.length);
	for (let i = 0; i + 1 < raw.blanks.length; i += 2) {
		mask.fill(BLANK, raw.blanks[i]! - raw.start, raw.blanks[i + 1]! - raw.start);
	}
	if (format === 'markdown') {
		inline.markInlineMarkup(original, mask);
	}
	const pieces = raw.kind === 'tableRow' ? tableCells(original, mask) : [0, original.length];
	emit(out, buildProse(original, mask), original, raw, index, pieces);
}

/** Splits each piece (table cell or whole block) of a block's prose into sentences and appends the wordy ones. */
function emit(out: BriefingSentence[], prose: string, original: string, raw: RawBlock, index: number, pieces: number[]): void {
	for (let p = 0; p + 1 < pieces.length; p += 2) {
		for (const s of pieceSentences(prose, original, raw.start, pieces[p]!, pieces[p + 1]!)) {
			const sentenceProse = prose.slice(s.span.start - raw.start, s.span.end - raw.start);
			if (WORDY_RE.test(sentenceProse)) {
				out.push({ span: s.span, text: s.text, prose: sentenceProse, block: index, blockKind: raw.kind });
			}
		}
	}
}

/**
 * Sentences of prose[a, b) (offsets + base). Past CHUNK characters, works through windows of WINDOW characters:
 * keeps all but the window's last sentence and restarts there, so the cuts are the segmenter's own boundaries
 * (with abbreviation re-joins decided as usual); a window without a usable boundary is cut at a space.
 */
function pieceSentences(prose: string, original: string, base: number, a: number, b: number): Sentence[] {
	if (b - a <= CHUNK) {
		return sentencesOf(prose.slice(a, b), base + a, original.slice(a, b));
	}
	const out: Sentence[] = [];
	while (b - a > WINDOW) {
		const found = sentencesOf(prose.slice(a, a + WINDOW), base + a, original.slice(a, a + WINDOW));
		const last = found.length > 1 ? found[found.length - 1]!.span.start - base : -1;
		const cut = last > a + WINDOW / 4 ? last : spaceCut(prose, a, a + WINDOW);
		const head = found.length > 1 ? sentencesOf : whole; // one sentence in the window: its head is one too
		out.push(...(cut === last ? found.slice(0, -1) : head(prose.slice(a, cut), base + a, original.slice(a, cut))));
		a = cut;
	}
	out.push(...sentencesOf(prose.slice(a, b), base + a, original.slice(a, b)));
	return out;
}

/** The last space in the second half of [lo, hi), or `hi` (moved off a surrogate pair's middle). */
function spaceCut(prose: string, lo: number, hi: number): number {
	for (let i = hi - 1; i > lo + (hi - lo) / 2; i--) {
		if (prose.charCodeAt(i) === 32) {
			return i;
		}
	}
	const c = prose.charCodeAt(hi);
	return c >= 0xdc00 && c <= 0xdfff ? hi - 1 : hi;
}

/**
 * `splitSentences`, skipping Intl.Segmenter (a fixed ~6 µs per call) for pieces it would leave whole: no sentence
 * terminator before the last run of terminators, closing quotes and spaces. Headings, cells and short items mostly.
 */
function sentencesOf(prose: string, base: number, original: string): Sentence[] {
	const t = prose.search(TERMINATOR_RE);
	return t >= 0 && !TERMINAL_TAIL_RE.test(prose.slice(t)) ? splitSentences(prose, base, original) : whole(prose, base, original);
}

/** The whole piece as one sentence (trimmed), or none if it is blank. */
function whole(prose: string, base: number, original: string): Sentence[] {
	const span = trimSpan(prose, { start: 0, end: prose.length });
	const text = original.slice(span.start, span.end);
	return span.end > span.start ? [{ span: { start: base + span.start, end: base + span.end }, text }] : [];
}

/** Blanks a table row's cell pipes (not escaped ones, not in code) and returns the cells as flat ranges. */
function tableCells(row: string, mask: Uint8Array): number[] {
	const cells: number[] = [];
	let from = 0;
	for (let i = row.indexOf('|'); i >= 0; i = row.indexOf('|', i + 1)) {
		if (!(mask[i]! & TAKEN)) {
			mask[i] = BLANK;
			cells.push(from, i);
			from = i + 1;
		}
	}
	cells.push(from, row.length);
	return cells;
}

/** The block text with masked characters, line breaks and unusual spaces turned into plain spaces. */
function buildProse(original: string, mask: Uint8Array): string {
	const parts = new TextBuilder();
	let last = 0;
	for (let i = 0; i < mask.length; i++) {
		if (mask[i]! & BLANK) {
			let j = i + 1;
			for (; j < mask.length && mask[j]! & BLANK; j++);
			parts.push(original.slice(last, i), ' '.repeat(j - i));
			last = j;
			i = j;
		}
	}
	parts.push(original.slice(last));
	return parts.toString().replace(SPACE_LIKE_RE, ' ');
}
