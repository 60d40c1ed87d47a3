import { splitSentences } from '../text/sentences';
import type { Clause, Sentence } from '../types';
import { scanBlocks } from './blocks';
import { assignIds, type ClauseDraft } from './ids';
import { splitLines } from './lines';
import { looksBinary } from './noise';

/*
 * Clause ids (see ids.ts) follow the source's own numbers:
 * - An explicit number wins: "2.1 The Parties…" is `2.1`; "Article 3" then "1." is `3.1`; "(a)" under it is `3.1(a)`,
 *   "(ii)" under that `3.1(a)(ii)` ("(i)" right after "(h)" is a letter, otherwise roman).
 * - Where a part's paragraphs carry numbers, an unnumbered paragraph before the first is the part's opening words (`1`),
 *   and one after a numbered paragraph continues it (`1.1-2`, `1.1-3`: the definitions under "1.1 In this Agreement:").
 * - Bullets and unnumbered paragraphs in numbered section N are `N.1`, `N.2` … (after N's highest explicit number);
 *   a section whose only clause is one unnumbered paragraph is `N` ("Article 3"). Under a "2.1 Title" sub-heading they
 *   are `2.1`, `2.1.2` …; in "Schedule 1" they are `schedule-1.1` …, and a bold "**3. Milestones**" line numbers the
 *   schedule's paragraph 3 (`schedule-1.3`).
 * - Introduction / Background / Recitals paragraphs are `intro`, `intro.2` …, a Preamble's `preamble`, `preamble.2` …;
 *   lettered recitals "(A)", "(B)" are `A`, `B`.
 * - A "Status" / "Legal status" / "General provisions" section that talks about legal status gives `status`, `status.2` …
 *   (numbered paragraphs there keep their numbers, with the kind `status`); so do unindented, unmarked paragraphs after
 *   the bullets or numbered items of the last numbered section.
 * - Other unnumbered paragraphs are `p1`, `p2` …; a repeated id gets `-2`, `-3` ….
 * The title block (short lines without a full stop before the first clause: "Notice", the document's title,
 * "Published 21 July 2025") is left out rather than returned as a `preamble` clause; so are dates, rules,
 * page numbers and signature blocks ("Signed for and on behalf of …", "Name:", "Date:").
 */
/**
 * Sentence segmentation is superlinear in the length of one call (see sentences.ts), so clause text
 * longer than this is handed over in pieces cut after a sentence end (or at white space).
 */
const SEGMENT_CHUNK = 4000;
const lineBreakRe = /[\r\n]/gu;
/** Text with no sentence end before its last character: one sentence, no segmenter needed. */
const oneSentenceRe = /^[\p{L}\p{N}\p{Zs}\t\r\n,;:'"()\-–—‘’“”&%/]*[.!?]?$/u;

/** Parses a source agreement into citable clauses (stable ids, exact text and UTF-16 offsets); never throws, [] when none. */
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
	if (oneSentenceRe.test(text)) {
		return [{ span: { start: base, end: base + text.length }, text }];
	}
	const prose = text.replace(lineBreakRe, ' ');
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
