import { isIntroTitle, parseKeywordHeading, parseMarkdownHeading, parseNamedHeading, parseNumberedHeading, type Heading } from './headings';
import { endsTerminal, headOf, isBlank, isLong, isShortTitle, startsLower, startsUpper, type Line, wordsOf } from './lines';
import { parseMarker, type Marker } from './markers';
import { isDateLine, isNoiseLine, opensSignature } from './noise';

/** A run of non-blank lines that forms one clause candidate: a list item or a plain paragraph. */
export interface Block {
	readonly type: 'block';
	readonly marker: Marker | undefined;
	/** Start of the clause text (after the marker); -1 while a marker line had no text yet. */
	start: number;
	/** End of the clause text (the last line's `contentEnd`). */
	end: number;
	/** Column of the block's first character (marker or text) on its first line. */
	readonly indent: number;
	/** True for a signature, date or title block that must not become a clause. */
	readonly noise: boolean;
}

/** A heading between blocks. */
export interface HeadingEvent {
	readonly type: 'heading';
	readonly heading: Heading;
}

/** What the line scanner produces, in document order. */
export type ScanEvent = Block | HeadingEvent;

interface ScanState {
	readonly text: string;
	readonly lines: readonly Line[];
	readonly events: ScanEvent[];
	open: Block | undefined;
	signature: boolean;
	/**
	 * Inside text an amending instrument quotes over several paragraphs ('"ARTICLE 25 … 4. … in force."'): its
	 * article line and title are the quoted article's, not headings of this document.
	 */
	quoted: boolean;
}

/** Groups lines into headings and clause blocks (items with their wrapped lines, paragraphs), in linear time. */
export function scanBlocks(text: string, lines: readonly Line[]): ScanEvent[] {
	const state: ScanState = { text, lines, events: [], open: undefined, signature: false, quoted: false };
	for (let i = 0; i < lines.length; i++) {
		i = scanLine(state, i);
	}
	return state.events;
}

/** Handles line `i`; returns the last line it consumed. */
function scanLine(s: ScanState, i: number): number {
	const line = s.lines[i] as Line;
	if (isBlank(line)) {
		s.open = undefined;
		return i;
	}
	const head = headOf(s.text, line);
	const long = isLong(line);
	if (s.quoted || opensQuotedText(head)) {
		const opening = !s.quoted;
		s.quoted = opening || !closesQuotedText(head);
		// The quoted article's own line ('"ARTICLE 25') and its title ("Mutual Agreement Procedure") are no clauses.
		const bare = head.replace(/^["“]/u, '');
		if (!long && parseMarker(bare, 0) === undefined && (parseKeywordHeading(bare) !== undefined || (!endsTerminal(bare) && isShortTitle(bare, 8)))) {
			s.open = undefined;
			return i;
		}
		if (opening) {
			return onFreeLine(s, line, head, long, i);
		}
	}
	const heading = long ? undefined : (parseMarkdownHeading(head) ?? parseKeywordHeading(head));
	if (heading) {
		return emitHeading(s, heading, i);
	}
	if (!long && isNoiseLine(head)) {
		s.open = undefined;
		s.signature ||= opensSignature(head);
		return i;
	}
	const marker = parseMarker(head, line.contentStart);
	if (marker && !isWrappedNumber(s, marker, i)) {
		return onMarker(s, marker, line, head, i);
	}
	if (s.open) {
		extend(s.open, line);
		return i;
	}
	return onFreeLine(s, line, head, long, i);
}

/** A marker line: a numbered heading ("2. Scope") or a new list item. */
function onMarker(s: ScanState, marker: Marker, line: Line, head: string, i: number): number {
	if (marker.kind === 'number' && !isLong(line)) {
		const heading = parseNumberedHeading(head);
		if (heading && standsAlone(s, i) && !inShortList(s, i, heading)) {
			return emitHeading(s, heading, i);
		}
	}
	s.signature = false;
	const hasText = marker.textStart < line.contentEnd;
	s.open = {
		type: 'block', marker, start: hasText ? marker.textStart : -1, end: hasText ? line.contentEnd : -1,
		indent: line.contentStart - line.start, noise: false,
	};
	s.events.push(s.open);
	return i;
}

/** A line after a blank, a heading or a noise line that carries no marker. */
function onFreeLine(s: ScanState, line: Line, head: string, long: boolean, i: number): number {
	const noise = s.signature || (!long && isDateLine(head));
	if (!noise && !long) {
		const heading = parseBoldNumberedHeading(head) ?? parseNamedHeading(head) ?? (nextIsBlank(s, i) ? parseBoldSubheading(head) : undefined);
		if (heading && standsAlone(s, i)) {
			return emitHeading(s, heading, i);
		}
	}
	s.open = {
		type: 'block', marker: undefined, start: line.contentStart, end: line.contentEnd,
		indent: line.contentStart - line.start, noise,
	};
	s.events.push(s.open);
	return i;
}

/**
 * Markdown emphasis around a whole short line: `**3. Milestones**`, `__3. Milestones__`, or with a short note in brackets
 * after it (`**2. Instalments** (each Funding Year)`).
 */
const boldLineRe = /^(\*\*|__)([^*_]{1,80})\1[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?$/u;

/**
 * A whole-line bold "**3. Milestones**" numbers a paragraph of the part it sits in (schedules often number their
 * paragraphs this way); it ranks below every markdown heading.
 */
function parseBoldNumberedHeading(head: string): Heading | undefined {
	const m = boldLineRe.exec(head);
	const inner = (m?.[2] ?? '').trim();
	// "**B. Other voluntary initiatives**" in an annex: its lettered part, as "### Part B" would be.
	// So is "**Part C: Indicative Roadmap (non-binding)**" in a schedule.
	const lettered = /^([A-Z])\.\s+(\S.*)$/u.exec(inner) ?? /^Part\s+([A-Z])\s*[:.–—-]\s*(\S.*)$/u.exec(inner);
	if (lettered && isShortTitle(lettered[2]!, 10) && !endsTerminal(lettered[2]!)) {
		return { rank: 0, keyword: 'part', number: lettered[1]!, title: lettered[2]!, level: 7 };
	}
	// "**RECITALS**", "**Background**" before a contract's clauses: its recitals "(A)", "(B)" follow, as under "## Recitals".
	if (m && isIntroTitle(inner.replace(/:$/, ''))) {
		return { rank: 1, keyword: '', number: '', title: inner.replace(/:$/, ''), level: 7 };
	}
	// "**3. Fees**" over a clause's paragraphs; "**1.1 Definitions**" over a paragraph's unnumbered text, as "### 1.1
	// Definitions" would be.
	const heading = m ? parseNumberedHeading(inner) : undefined;
	return heading ? { ...heading, level: 7 } : undefined;
}

/**
 * "**Indicative Government support**", "**Status of this letter**" on a line of its own over numbered paragraphs: a
 * subheading in sentence case, as "### Status of this letter" would be. Not a line in bold that ends as a sentence or a
 * lead-in does, nor one a line continues ("**Daniel Okafor MP**" over "Minister of State for …" signs a text).
 */
function parseBoldSubheading(head: string): Heading | undefined {
	const inner = (boldLineRe.exec(head)?.[2] ?? '').trim();
	// "**Table 1 — Monthly allocations**" captions the table under it, which continues the paragraph before it.
	if (inner === '' || /^[\d(]/.test(inner) || /^(?:Table|Figure|Chart|Box)\s+[\dA-Z]/u.test(inner) || !startsUpper(inner) || endsTerminal(inner) || /[:;,]$/.test(inner) || wordsOf(inner).length > 8) {
		return undefined;
	}
	return { rank: 1, keyword: '', number: '', title: inner, level: 7 };
}

/** True when the line after line `i` is blank or there is none. */
function nextIsBlank(s: ScanState, i: number): boolean {
	const next = s.lines[i + 1];
	return next === undefined || isBlank(next);
}

/** Pushes a heading; a bare "Article 3" takes its title from a short next line. Returns the last line used. */
function emitHeading(s: ScanState, heading: Heading, i: number): number {
	s.open = undefined;
	s.signature = false;
	let last = i;
	let h = heading;
	if (h.number !== '' && h.title === '' && h.keyword !== '') {
		const j = nextNonBlank(s, i);
		const next = j < 0 ? undefined : (s.lines[j] as Line);
		if (next && !isLong(next)) {
			const head = headOf(s.text, next);
			if (!parseMarker(head, 0) && !parseKeywordHeading(head) && isShortTitle(head, 10) && standsAlone(s, j)) {
				h = { ...h, title: head };
				last = j;
			}
		}
	}
	s.events.push({ type: 'heading', heading: h });
	return last;
}

/**
 * A paragraph that opens a quotation it does not close ('"ARTICLE 25', '"3. Notwithstanding … :'): text an amending
 * instrument inserts, running on over the paragraphs that follow.
 */
function opensQuotedText(head: string): boolean {
	if (head.startsWith('“')) {
		return !head.includes('”');
	}
	return head.startsWith('"') && (head.match(/"/g)?.length ?? 0) % 2 === 1;
}

/** The paragraph that ends the quotation: its last quotation mark closes it ('… in force."', '… thereof”;'). */
function closesQuotedText(head: string): boolean {
	return /["”][.;,)]*\s*$/u.test(head) && ((head.match(/"/g)?.length ?? 0) % 2 === 1 || (head.includes('”') && !head.slice(head.lastIndexOf('”')).includes('“')));
}

/** Extends a block by a wrapped line. */
function extend(block: Block, line: Line): void {
	if (block.start < 0) {
		block.start = line.contentStart;
	}
	block.end = line.contentEnd;
}

/** True when a heading candidate at line `i` is not the first line of a wrapped sentence. */
function standsAlone(s: ScanState, i: number): boolean {
	const next = s.lines[i + 1];
	return next === undefined || isBlank(next) || !startsLower(headOf(s.text, next));
}

/** True when a "1. Health" candidate sits in a list of short numbered lines of its level (items, not headings). */
function inShortList(s: ScanState, i: number, heading: Heading): boolean {
	for (const j of [previousNonBlank(s, i), nextNonBlank(s, i)]) {
		const line = j < 0 ? undefined : s.lines[j];
		const other = line && !isLong(line) ? parseNumberedHeading(headOf(s.text, line)) : undefined;
		if (other && other.rank === heading.rank) {
			return true;
		}
	}
	return false;
}

/** True when a multi-level number without a full stop continues a wrapped line ("… build\n1.5 million homes"). */
function isWrappedNumber(s: ScanState, marker: Marker, i: number): boolean {
	if (!s.open || !marker.bare || i === 0) {
		return false;
	}
	const prev = s.lines[i - 1] as Line;
	const after = s.text.slice(marker.textStart, marker.textStart + 4);
	return startsLower(after) && !endsTerminal(s.text.slice(Math.max(prev.contentStart, prev.contentEnd - 8), prev.contentEnd));
}

/** The index of the next non-blank line within three lines, or -1. */
function nextNonBlank(s: ScanState, i: number): number {
	for (let j = i + 1; j < s.lines.length && j <= i + 3; j++) {
		if (!isBlank(s.lines[j])) {
			return j;
		}
	}
	return -1;
}

/** The index of the previous non-blank line within three lines, or -1. */
function previousNonBlank(s: ScanState, i: number): number {
	for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
		if (!isBlank(s.lines[j])) {
			return j;
		}
	}
	return -1;
}
