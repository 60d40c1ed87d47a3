import { splitSentences } from '../text/sentences';
import type { Clause, Sentence } from '../types';
import { scanBlocks } from './blocks';
import { assignIds, type ClauseDraft } from './ids';
import { splitLines } from './lines';
import { looksBinary } from './noise';

/**
 * Sentence segmentation is superlinear in the length of one call (see sentences.ts), so clause text
 * longer than this is handed over in pieces cut after a sentence end (or at white space).
 */
const SEGMENT_CHUNK = 6000;

/**
 * Parses a source agreement into citable clauses with stable ids (`intro`, `1.1`, `3.2(a)`, `status`, `p1`),
 * exact text and exact UTF-16 offsets. Title blocks, dates and signature blocks are left out. Never throws;
 * returns [] when nothing citable is found.
 */
export function parseClauses(text: string): Clause[] {
	try {
		if (typeof text !== 'string' || text.length === 0 || looksBinary(text)) {
			return [];
		}
		const drafts = assignIds(text, scanBlocks(text, splitLines(text)));
		return drafts.map((d) => toClause(text, d));
	} catch {
		return [];
	}
}

/** Cuts a draft's text and sentences out of the source. */
function toClause(source: string, d: ClauseDraft): Clause {
	const text = source.slice(d.start, d.end);
	return {
		id: d.id,
		kind: d.kind,
		section: d.section,
		title: d.title,
		text,
		span: { start: d.start, end: d.end },
		sentences: clauseSentences(text, d.start),
	};
}

/**
 * Splits one clause into sentences with offsets into the source. Line breaks are blanked so that
 * hard-wrapped lines do not end sentences; the sentences' text is still the exact source slice.
 */
function clauseSentences(text: string, base: number): Sentence[] {
	const prose = text.replace(/[\r\n]/gu, ' ');
	if (prose.length <= SEGMENT_CHUNK) {
		return splitSentences(prose, base, text);
	}
	const out: Sentence[] = [];
	for (let start = 0; start < prose.length; ) {
		const end = chunkEnd(prose, start);
		out.push(...splitSentences(prose.slice(start, end), base + start, text.slice(start, end)));
		start = end;
	}
	return out;
}

/** Where a piece of an over-long clause ends: after the last sentence end or space in its second half. */
function chunkEnd(prose: string, start: number): number {
	const limit = start + SEGMENT_CHUNK;
	if (limit >= prose.length) {
		return prose.length;
	}
	let space = -1;
	for (let i = limit; i > start + SEGMENT_CHUNK / 2; i--) {
		const c = prose.charCodeAt(i);
		if (c === 32 || c === 9 || c === 0xa0) {
			const before = prose.charCodeAt(i - 1);
			if (before === 46 || before === 33 || before === 63) {
				return i;
			}
			space = space < 0 ? i : space;
		}
	}
	if (space > 0) {
		return space;
	}
	const high = prose.charCodeAt(limit - 1);
	return high >= 0xd800 && high <= 0xdbff ? limit - 1 : limit;
}
