import type { Span } from '../types';

/** A quotation in a briefing: the words between the marks, and the marks' range. */
export interface Quote {
	/** The quoted words, marks excluded. */
	readonly content: Span;
	/** The quotation including its marks (to the block end when it is never closed). */
	readonly outer: Span;
	readonly closed: boolean;
}

const LETTER_OR_DIGIT_RE = /[\p{L}\p{N}]/u;

/** True for every mark that can open or close a quotation: " ' « » ‘ ’ “ ” „ (other characters are skipped unread). */
function isQuoteMark(c: number): boolean {
	return c === 0x22 || c === 0x27 || c === 0xab || c === 0xbb || (c >= 0x2018 && c <= 0x201e && c !== 0x201a && c !== 0x201b);
}

function isWordChar(ch: string | undefined): boolean {
	return ch !== undefined && LETTER_OR_DIGIT_RE.test(ch);
}

/**
 * Finds the outermost quotations in one block of prose: curly “…”, straight "…", guillemets «…», and
 * single ‘…’ / '…' quotes told apart from apostrophes (a closing mark followed by a letter is an
 * apostrophe: "UK’s"). Quotes nested inside another quote are part of it. A quote left open runs to
 * the end of the block, the convention for a quotation continued in the next paragraph. Offsets in the
 * result are `base` plus indices into `prose` (a block's own prose, or the whole document's with `base` 0).
 */
export function findQuotes(prose: string, block: Span, base = 0): Quote[] {
	const out: Quote[] = [];
	let open: { at: number; close: string } | undefined;
	for (let i = block.start; i < block.end; i++) {
		if (!isQuoteMark(prose.charCodeAt(i))) {
			continue;
		}
		const ch = prose[i]!;
		if (open === undefined) {
			const close = openingMark(prose, i, ch);
			if (close !== undefined) {
				open = { at: i, close };
			}
			continue;
		}
		if (isClosingMark(prose, i, ch, open.close)) {
			if (i > open.at + 1) {
				out.push({ content: { start: base + open.at + 1, end: base + i }, outer: { start: base + open.at, end: base + i + 1 }, closed: true });
			}
			open = undefined;
		}
	}
	if (open !== undefined && block.end - open.at > 1) {
		out.push({ content: { start: base + open.at + 1, end: base + block.end }, outer: { start: base + open.at, end: base + block.end }, closed: false });
	}
	return out;
}

/** The mark that would close a quote opened at `i`, or undefined when `ch` does not open one. */
function openingMark(prose: string, i: number, ch: string): string | undefined {
	const before = prose[i - 1];
	const after = prose[i + 1];
	switch (ch) {
		case '“':
			return '”';
		case '«':
			return '»';
		case '„':
			return '“';
		case '"':
			return isWordChar(before) ? undefined : '"';
		case '‘':
			return isWordChar(before) ? undefined : '’';
		case "'":
			return !isWordChar(before) && isWordChar(after) ? "'" : undefined;
		default:
			return undefined;
	}
}

function isClosingMark(prose: string, i: number, ch: string, close: string): boolean {
	if (ch === '”' && close === '"') {
		return true;
	}
	if (ch !== close) {
		return false;
	}
	if (close === '’' || close === "'") {
		// An apostrophe inside or at the end of a word ("UK’s", "Brits’ jobs") is not a closing quote.
		return !isWordChar(prose[i + 1]) && !/[\s(]/.test(prose[i - 1] ?? ' ');
	}
	return true;
}
