import type { ClauseKind } from '../types';
import type { Block, ScanEvent } from './blocks';
import { isIntroTitle, isStatusTitle, NOT_NAMED_ITEMS, type Heading } from './headings';
import { endsTerminal, wordsOf } from './lines';
import { isLetterJoined, isMultiLevel, isRomanLabel, type Marker } from './markers';
import { isCitable } from './noise';
import { attachedTextOf, attachedTextPrefix } from './attachedTexts';

/** A clause before its text and sentences are cut out of the source. */
export interface ClauseDraft {
	readonly id: string;
	readonly kind: ClauseKind;
	readonly section: string;
	readonly title: string;
	readonly start: number;
	readonly end: number;
}

type Mode = 'none' | 'numbered' | 'intro' | 'status' | 'named';

/** The part of the document being read: what its clauses are called. */
interface Part {
	readonly mode: Mode;
	/** The section number as written ('3', 'III'), '' when unnumbered. */
	readonly number: string;
	readonly title: string;
	/** Id prefix of the section's clauses ('3', 'III', 'schedule-1'), '' when unnumbered. */
	readonly base: string;
	readonly prefixed: boolean;
	readonly level: number;
	/** No numbered heading follows this part's heading. */
	last: boolean;
	/** Id prefix under a numbered sub-heading ('2.1'), else ''. */
	sub: string;
	subTitle: string;
	auto: number;
	subAuto: number;
	hadItems: boolean;
	/** Some paragraph of this part carries its own number ("1.", "2.1"): unnumbered ones do not count on. */
	readonly explicit: boolean;
	/** The same of the current numbered sub-division ("### Section 3" of an annex), if any. */
	subExplicit: boolean;
	/** The last paragraph with its own number: an unnumbered paragraph after it continues it (`1.1-2`). */
	lastNumbered: string;
	/** The last numbered paragraph ends in a colon ("1.1 In this Agreement the following definitions apply:"). */
	leadIn: boolean;
	/** The draft index of the part's first clause and how many clauses it has: one unnumbered paragraph is the part itself. */
	firstDraft: number;
	autoOnly: boolean;
	/** The part's paragraph numbers run on across the document's parts: a numbered paragraph keeps its number. */
	running?: boolean;
	/** The part is another text attached to the document ("Memorandum of Consultations"). */
	readonly instrument: boolean;
	/** The part is one of the document's parts that each number from 1 ("PART B" with its own section 1). */
	readonly numberedAfresh?: boolean;
}

interface Parent {
	readonly id: string;
	readonly kind: ClauseKind;
	readonly section: string;
	readonly title: string;
}

interface AssignState {
	readonly text: string;
	part: Part;
	top: Parent | undefined;
	letter: (Parent & { readonly label: string }) | undefined;
	readonly used: Set<string>;
	readonly seq: Map<string, number>;
	/** Next `-k` suffix to try per repeated id, so repeats cost O(1). */
	readonly dup: Map<string, number>;
	pCount: number;
	readonly drafts: ClauseDraft[];
	/** The document has numbered headings ("## 1. Definitions", "Article 2"), and one has been read. */
	readonly numberedHeadings: boolean;
	numberedSeen: boolean;
	/** An unnumbered "## Annex" (or Schedule, Appendix) heading being read: its "### Part A" are `annex-A`. */
	annex: { readonly keyword: string; readonly level: number } | undefined;
	/** The text before the first heading ends in a treaty's "Have agreed as follows:": it is the preamble. */
	readonly preambleFirst: boolean;
	/** The document's own title (its first heading), lower case: an instrument it names is not an attached one. */
	readonly title: string;
}

type Target = Parent;

const legalRe = /\b(?:binding|legally|enforceable|voluntary|without prejudice|legal (?:effect|obligations?|rights?|relations|force))\b/iu;
const prefixedKeywords = new Set(['schedule', 'annex', 'appendix']);
/** "Annex", "THE SCHEDULE", "Appendix — Forms": the one annex of a document, whose parts carry the letters. */
const ANNEX_TITLE_RE = /^(?:the\s+)?(annex|schedule|appendix)(?:\s*[\u2013\u2014:-]\s*.*)?$/iu;

/**
 * The id prefix of a heading that starts another text attached to the document ("## Memorandum of Consultations" after
 * an Agreement's articles), or undefined: an unnumbered heading, not the first, naming an instrument the document's own
 * title does not.
 */
function attachedInstrument(h: Heading, documentTitle: string): string | undefined {
	if (h.number !== '' || h.keyword !== '' || h.level < 1 || h.level > 2 || documentTitle === '') {
		return undefined;
	}
	const prefix = attachedTextPrefix(h.title);
	const noun = prefix === undefined ? undefined : attachedTextOf(prefix)?.noun;
	return noun === undefined || documentTitle.includes(noun) ? undefined : prefix;
}

/**
 * The document's first heading, lower case ('' when it has none before its first paragraph); a first line too long to
 * read as a heading ("# Protocol amending the Convention between … with respect to Taxes on Income …") is the title too.
 */
function documentTitle(text: string, events: readonly ScanEvent[]): string {
	const first = events[0]?.type === 'block' && events[0].start >= 0 && text.startsWith('# ', events[0].start) ? events[0] : events.find((e) => e.type === 'heading');
	if (first?.type === 'block') {
		return text.slice(first.start + 2, first.end).toLowerCase();
	}
	return first?.type === 'heading' && first.heading.level === 1 ? first.heading.title.toLowerCase() : '';
}

/** Names the scanned blocks: stable, unique ids, kinds, sections and titles, in document order. */
export function assignIds(text: string, events: readonly ScanEvent[]): ClauseDraft[] {
	const title = documentTitle(text, events);
	const { lastNumbered, legal, explicit, running, numberedAfresh } = survey(text, events, title);
	const st: AssignState = {
		text, part: newPart(undefined, false, false, explicit.has(-1), 0), top: undefined, letter: undefined,
		used: new Set(), seq: new Map(), dup: new Map(), pCount: 0, drafts: [], numberedHeadings: lastNumbered >= 0, numberedSeen: false,
		annex: undefined, preambleFirst: opensWithPreamble(text, events), title,
	};
	events.forEach((e, i) => {
		if (e.type === 'heading') {
			// A part whose paragraphs number on from the last part's is a heading over them, not a prefix of their ids.
			const runsOn = running.has(i);
			const h = runsOn ? { ...e.heading, keyword: '', number: '', rank: 1 as const } : e.heading;
			st.numberedSeen ||= runsOn;
			onHeading(st, h, i === lastNumbered, legal.has(i), explicit.has(i), numberedAfresh.has(i));
			st.part.running = runsOn;
		} else {
			onBlock(st, e);
		}
	});
	closePart(st);
	return st.drafts;
}

/**
 * A numbered part ("Article 3") whose only clause is one unnumbered paragraph is cited by its own number (`3`), not
 * as `3.1`, a paragraph number the source never wrote.
 */
function closePart(st: AssignState): void {
	const part = st.part;
	const only = st.drafts[part.firstDraft];
	if (part.base === '' || !part.autoOnly || !only || st.used.has(part.base)) {
		return;
	}
	// Its lettered items come with it: "Article 2 — Definitions", "For the purposes of this Agreement:", "(a) …" are
	// `2`, `2(a)`, not `2.1(a)`.
	const items = st.drafts.slice(part.firstDraft + 1);
	if (!items.every((d) => d.id.startsWith(`${only.id}(`))) {
		return;
	}
	for (const [k, d] of [only, ...items].entries()) {
		const id = part.base + d.id.slice(only.id.length);
		st.used.delete(d.id);
		st.used.add(id);
		st.drafts[part.firstDraft + k] = { ...d, id };
	}
}

/**
 * The last numbered heading, the status-titled headings whose sections talk about legal status, and the headings
 * (-1: the start of the document) followed by paragraphs that carry their own numbers.
 */
function survey(text: string, events: readonly ScanEvent[], title: string): { lastNumbered: number; legal: Set<number>; explicit: Set<number>; running: Set<number>; numberedAfresh: Set<number> } {
	let lastNumbered = -1;
	let statusHeading = -1;
	let heading = -1;
	let afresh: number | undefined;
	const legal = new Set<number>();
	const explicit = new Set<number>();
	// The top-level paragraph numbers under each heading, first and last (an annex's heading is -1: it numbers afresh).
	const parts: NumberedPart[] = [];
	const closed: NumberedPart[] = [];
	// The top-level numbers under each "Part A", "PART B" heading: parts that number their sections afresh.
	const lettered: { heading: number; numbers: Set<string> }[] = [];
	// Numbered headings and the plain numbers of the headings under each ("## Section III" over "**8. Long-term loans**",
	// "**9. Requests**"): sections whose headings' numbers run on are headings over them, as parts are over paragraphs.
	const sections: (NumberedPart & { level: number })[] = [];
	events.forEach((e, i) => {
		if (e.type === 'heading') {
			const h = e.heading;
			const open = sections.filter((x) => x.level < h.level).pop();
			while (sections.length > 0 && sections[sections.length - 1]!.level >= h.level && sections[sections.length - 1] !== open) {
				closed.push(sections.pop()!);
			}
			if (open !== undefined && /^\d{1,3}$/.test(h.number)) {
				const k = Number(h.number);
				open.first = Number.isNaN(open.first) ? k : open.first;
				open.last = Math.max(Number.isNaN(open.last) ? k : open.last, k);
			}
			if (h.number !== '' && !/^\d/.test(h.number) && h.level > 0) {
				sections.push({ heading: i, first: NaN, last: NaN, level: h.level });
			}
			if (h.keyword === 'part' && h.number !== '' && h.level > 0 && h.level <= 2 && afresh === undefined) {
				lettered.push({ heading: i, numbers: new Set() });
			} else if (h.number !== '' && (h.keyword === '' || h.keyword === 'section' || h.keyword === 'article' || h.keyword === 'clause')) {
				lettered[lettered.length - 1]?.numbers.add(h.number.split('.')[0]!);
			}
			lastNumbered = e.heading.number !== '' ? i : lastNumbered;
			statusHeading = isStatusTitle(e.heading.title) ? i : -1;
			heading = i;
			// Every heading but an annex's: a "Preamble" numbered 1–5 runs on into "Part I" at 6.
			// So is a heading inside an attached text ("### Status" under "## Memorandum of Consultations"): its "2." is the
			// memorandum's, not a run-on of the treaty's articles.
			const inside = afresh !== undefined && e.heading.level > afresh;
			const opens = prefixedKeywords.has(e.heading.keyword) || ANNEX_TITLE_RE.test(e.heading.title.trim()) || attachedInstrument(e.heading, title) !== undefined;
			afresh = opens && e.heading.level > 0 ? e.heading.level : inside ? afresh : undefined;
			parts.push({ heading: opens || inside ? -1 : i, first: NaN, last: NaN });
			return;
		}
		const part = parts[parts.length - 1];
		if (e.marker?.kind === 'number' && part !== undefined && /^\d{1,4}$/.test(e.marker.label) && e.indent === 0) {
			const k = Number(e.marker.label);
			part.first = Number.isNaN(part.first) ? k : part.first;
			part.last = Math.max(Number.isNaN(part.last) ? k : part.last, k);
		}
		if (e.marker?.kind === 'number') {
			explicit.add(heading);
		}
		if (statusHeading >= 0 && !e.noise && e.start >= 0 && legalRe.test(text.slice(e.start, e.end))) {
			legal.add(statusHeading);
		}
	});
	closed.push(...sections);
	const running = runningParts(parts);
	for (const heading of runningParts(closed.sort((a, b) => a.heading - b.heading))) {
		running.add(heading);
	}
	return { lastNumbered, legal, explicit, running, numberedAfresh: partsNumberedAfresh(lettered) };
}

/**
 * "PART A — PLAN" with sections 1–5 and "PART B — SCHEME" with sections 1–12: parts that each number their sections
 * from the start are cited within their part (`part-B.3.1`), as the document's own cross-references are ("Part A,
 * paragraph 5.2"). Only where a later part repeats a number of an earlier one.
 */
function partsNumberedAfresh(parts: readonly { heading: number; numbers: ReadonlySet<string> }[]): Set<number> {
	const numbered = parts.filter((p) => p.numbers.size > 0);
	const repeats = numbered.some((p, k) => numbered.slice(0, k).some((q) => [...p.numbers].some((n) => q.numbers.has(n))));
	return new Set(repeats ? numbered.map((p) => p.heading) : []);
}

interface NumberedPart {
	/** The heading's event index, -1 for an annex's. */
	readonly heading: number;
	first: number;
	last: number;
}

/** A part (not an annex's) with numbered paragraphs of its own. */
const hasNumbers = (p: NumberedPart): boolean => p.heading >= 0 && !Number.isNaN(p.first);

/**
 * The parts whose paragraph numbers run on from the part before ("PART A" 1–2, "PART B" 3–11, "PART C" 12–19): such
 * paragraphs are cited by their own numbers ("paragraph 34"), not within their part (`G.34`). At least two parts must
 * continue the numbering, so that a part that happens to start where the last ended does not count.
 */
function runningParts(parts: readonly NumberedPart[]): Set<number> {
	const running = new Set<number>();
	const numbered = parts.filter(hasNumbers);
	let continued = 0;
	for (let k = 1; k < numbered.length; k++) {
		const before = numbered[k - 1]!;
		const part = numbered[k]!;
		if (part.first > 1 && part.first === before.last + 1) {
			running.add(before.heading);
			running.add(part.heading);
			continued++;
		}
	}
	if (continued < 2) {
		return new Set();
	}
	// A heading over sub-headings that carry the numbers ("## Part III" then "### Registers" 10–12): within the run.
	// The nearest part with numbers after each part, found in one pass from the end (linear in the headings).
	const after: (number | undefined)[] = new Array(parts.length);
	let next: number | undefined;
	for (let k = parts.length - 1; k >= 0; k--) {
		after[k] = next;
		const p = parts[k]!;
		next = hasNumbers(p) ? p.heading : next;
	}
	let before: number | undefined;
	parts.forEach((p, k) => {
		if (p.heading >= 0 && Number.isNaN(p.first) && before !== undefined && after[k] !== undefined && running.has(before) && running.has(after[k]!)) {
			running.add(p.heading);
		}
		before = hasNumbers(p) ? p.heading : before;
	});
	return running;
}

/** Opens a new part, or a numbered sub-division of the current one. */
function onHeading(st: AssignState, h: Heading, last: boolean, legal: boolean, explicit: boolean, numberedAfresh = false): void {
	st.numberedSeen ||= h.number !== '';
	if (st.annex !== undefined && (h.level === 0 || h.level <= st.annex.level)) {
		st.annex = undefined;
	}
	const annexTitle = h.number === '' && h.level > 0 ? ANNEX_TITLE_RE.exec(h.title.trim())?.[1]?.toLowerCase() : undefined;
	const instrument = attachedInstrument(h, st.title);
	if (instrument !== undefined) {
		// "## Memorandum of Consultations" after a treaty's articles: another text, numbered afresh ("1." … "8."), cited by
		// its own name (`memorandum.4`), not as the treaty's paragraphs.
		h = { ...h, keyword: instrument };
	} else if (annexTitle !== undefined) {
		st.annex = { keyword: annexTitle, level: h.level };
		// "### ANNEX: INDICATIVE USE CASES": its paragraphs are the annex's (`annex.1`, `annex.2`), not loose ones.
		h = { ...h, keyword: annexTitle };
	} else if (st.annex !== undefined && (h.keyword === 'part' || h.keyword === 'section' || h.keyword === 'chapter') && h.number !== '' && h.level > st.annex.level) {
		// "### Part A — Annual Quotas" under "## ANNEX": Annex A, cited "Annex A para. 2" (`annex-A.2`); so is "### Section
		// II — Technology Management Plans" (`annex-II.1`).
		h = { ...h, keyword: st.annex.keyword };
	}
	// "### A. Headline targets" under "## Annex 2": the annex's lettered part (`annex-2.A`), as "### Part A" would be.
	const lettered = h.number === '' && h.keyword === '' && st.part.prefixed && h.level > st.part.level ? /^([A-Z])\.\s+(\S.*)$/u.exec(h.title.trim()) : null;
	if (lettered) {
		h = { ...h, keyword: 'part', number: lettered[1]!, title: lettered[2]! };
	}
	// A bold "**B. Other initiatives**" divides an annex or schedule; elsewhere it is only emphasis.
	if (h.level === 7 && h.keyword === 'part' && !st.part.prefixed) {
		return;
	}
	st.top = undefined;
	st.letter = undefined;
	const cur = st.part;
	const special = isIntroTitle(h.title) || (legal && isStatusTitle(h.title));
	if (h.number === '' && h.level > cur.level && cur.level > 0 && cur.base !== '' && (!special || cur.instrument)) {
		return; // "### Notes" inside "## 2. Data": numbering goes on; so does "### Status" inside an attached text
	}
	// "### 2.1 Scope" under "## 2. Data", and "### Part B: Milestones" under "## Schedule 1": divisions of the part.
	// So is "### Section 3: Frequencies" under "## Annex I Route Schedule" (`annex-I.3`).
	// So is "### Paragraph 3 — Processing targets" under "## Annex — Practical Arrangements" (`annex.3`), not Article 3.
	const inner = (h.keyword === '' || ((h.keyword === 'part' || h.keyword === 'section' || h.keyword === 'paragraph') && cur.prefixed)) && h.level > cur.level && cur.level > 0 && cur.base !== '' && !h.number.includes('.');
	// "## Section 3 — Legal Status" inside "# PART B" of a document whose parts each number from 1: the part's section 3.
	if ((!special || (cur.numberedAfresh && h.number !== '')) && cur.base !== '' && ((h.rank === 2 && h.number.startsWith(`${cur.number}.`)) || (inner && h.number !== ''))) {
		// "### 2.1 Scope" under "## 2. Data"; "**3. Milestones**" under "## Schedule 1": paragraph 3 of the part.
		// One unnumbered paragraph before its first numbered division is the part's own opening words ("annex").
		// So is one before its first "### 1.1" (`1`), which would otherwise take the number 1.1 the heading gives.
		if (inner || cur.sub === '') {
			closePart(st);
		}
		cur.hadItems = false;
		cur.sub = inner ? `${cur.base}.${h.number}` : cur.prefixed ? cur.base + h.number.slice(cur.number.length) : h.number;
		cur.subTitle = h.title;
		cur.subAuto = 0;
		cur.subExplicit = explicit;
		cur.lastNumbered = '';
		cur.last ||= last;
		cur.autoOnly = false;
		return;
	}
	closePart(st);
	st.part = newPart(h, last, legal, explicit, st.drafts.length, numberedAfresh);
}

/** A fresh part for a heading (or for the start of the document). */
function newPart(h: Heading | undefined, last: boolean, legal: boolean, explicit: boolean, firstDraft: number, numberedAfresh = false): Part {
	const number = h === undefined ? '' : h.rank === 2 ? (h.number.split('.')[0] ?? '') : h.number;
	const title = h?.title ?? '';
	const instrument = h !== undefined && attachedTextOf(h.keyword) !== undefined;
	const prefixed = h !== undefined && (prefixedKeywords.has(h.keyword) || instrument || numberedAfresh);
	const mode: Mode =
		h === undefined ? 'none' : isIntroTitle(title) ? 'intro' : legal && isStatusTitle(title) ? 'status' : number !== '' || prefixed ? 'numbered' : 'named';
	const sub = h?.rank === 2 ? h.number : '';
	return {
		mode, number, title: sub === '' ? title : '', base: prefixed ? (number === '' ? (h?.keyword ?? '') : `${h?.keyword ?? ''}-${number}`) : number, prefixed,
		level: h?.level ?? 0, last, sub, subTitle: sub === '' ? '' : title, auto: 0, subAuto: 0, hadItems: false,
		explicit, subExplicit: false, lastNumbered: '', leadIn: false, firstDraft, autoOnly: true, instrument, numberedAfresh,
	};
}

/** Turns a block into a clause draft, unless it is not citable or part of the title block. */
function onBlock(st: AssignState, b: Block): void {
	if (b.noise || b.start < 0) {
		return;
	}
	const body = st.text.slice(b.start, b.end);
	if (!isCitable(body, b.marker ? 1 : 2)) {
		return;
	}
	const mode = st.part.mode;
	if (st.drafts.length === 0 && !b.marker && (mode === 'none' || mode === 'named') && isTitleLike(body)) {
		return; // title block: "Notice", "Memorandum of Understanding between …"
	}
	// "A. The Company holds …" is a recital's letter in recitals or background only; elsewhere it is the text's own.
	if (b.marker?.kind === 'sub' && !(b.marker.dotted === true && mode !== 'intro')) {
		addSubItem(st, b, b.marker.label);
		return;
	}
	const target = topTarget(st, b);
	st.part.hadItems ||= b.marker !== undefined;
	st.top = push(st, target, b);
	st.letter = undefined;
}

/**
 * Paragraphs where the block stands carry their own numbers: the part's, or those of the numbered sub-division it is in
 * ("### Section 3" of an annex, whose "1." is followed by a table that continues it).
 */
function explicitHere(part: Part): boolean {
	return part.sub === '' ? part.explicit : part.subExplicit;
}

/** True for a block that reads like a title line: no final stop, at most 30 words. */
function isTitleLike(body: string): boolean {
	return body.length < 400 && !endsTerminal(body) && wordsOf(body).length <= 30;
}

/** A table's first row, or a table's caption ("Table 1 — …", in bold or not). */
const TABLE_OR_CAPTION_RE = /^\s*(?:\||[*_]{0,2}(?:Table|Figure)\s+[\dA-Z]+\b)/u;

/** Id, kind, section and title of a top-level item or paragraph. */
function topTarget(st: AssignState, b: Block): Target {
	const part = st.part;
	const m = b.marker;
	if (m) {
		part.autoOnly = false;
	}
	if (part.mode === 'intro') {
		// "## Preamble" then "1. We, the Ministers …" when the numbers run on into the parts: paragraph 1.
		if (part.running && m?.kind === 'number' && /^\d+$/.test(m.label)) {
			return { id: m.label, kind: 'intro', section: part.number, title: part.title };
		}
		// "## Section A – Introduction" then "A1.1 This Statement …": the paragraph carries its own number.
		if (m?.kind === 'number' && isSectionParagraph(m.label)) {
			part.lastNumbered = m.label;
			return { id: m.label, kind: 'intro', section: part.number, title: part.title };
		}
		// An unnumbered paragraph after one ("(together, the "Participants").") continues it.
		if (m === undefined && isSectionParagraph(part.lastNumbered)) {
			return { id: part.lastNumbered, kind: 'intro', section: part.number, title: part.title };
		}
		return { id: seqId(st, introId(part)), kind: 'intro', section: part.number, title: part.title };
	}
	const numbered = part.base !== '' && (m?.kind === 'number' || (!m && explicitHere(part)));
	if (part.mode === 'status' && !numbered) {
		// "### Status of this Declaration" then "16. This Declaration is …": the paragraph keeps the number it is cited by.
		if (m?.kind === 'number' && part.base === '') {
			return { id: m.label, kind: 'status', section: '', title: part.title };
		}
		return { id: seqId(st, 'status'), kind: 'status', section: part.number, title: part.title };
	}
	// "**Commitment 6 – Ending or reducing funding.** …": an item the document names and numbers itself, cited as it
	// cites it ("Commitment 6"), not as a continuation of the numbered paragraph before it.
	const named = m === undefined && part.base !== '' ? NAMED_ITEM_RE.exec(st.text.slice(b.start, Math.min(b.end, b.start + 80))) : null;
	if (named !== null && !NOT_NAMED_ITEMS.has(named[1]!.toLowerCase())) {
		const id = `${named[1]!.toLowerCase()}-${named[2]!}`;
		part.lastNumbered = id;
		part.leadIn = /:[*_]*\s*$/.test(st.text.slice(b.start, b.end));
		return { id, kind: part.mode === 'status' ? 'status' : 'clause', section: part.number, title: part.subTitle || part.title };
	}
	// Not what follows a numbered lead-in ("A.2 The following require approval:" then its table): that continues it.
	// Nor a table or its caption ("**Table 1 — Monthly allocations**"): a closing statement is prose.
	if (part.mode === 'numbered' && part.last && part.hadItems && !m && b.indent === 0 && !(part.prefixed && part.sub !== '') && !(part.explicit && part.leadIn) && !TABLE_OR_CAPTION_RE.test(st.text.slice(b.start, b.end))) {
		return { id: seqId(st, 'status'), kind: 'status', section: '', title: 'Status' };
	}
	if (part.base !== '') {
		const kind: ClauseKind = part.mode === 'status' ? 'status' : 'clause';
		const title = part.subTitle || part.title;
		// So is a bullet under a numbered lead-in ("1.1 In this Agreement the following definitions apply:" - "Term" means …).
		if ((!m || (m.kind === 'bullet' && part.leadIn)) && explicitHere(part)) {
			// Where paragraphs carry their own numbers, an unnumbered one is the article's opening words (`1`) or
			// continues the numbered paragraph before it (`1.1-2`): it never takes a number the source did not write.
			return { id: part.lastNumbered || part.sub || part.base, kind, section: part.number, title };
		}
		// The marker as written, from its line's start: "**2. Instalments**" is set in bold.
		const id = numberedId(part, m, /^\s*(?:\*\*|__)\d/.test(st.text.slice(st.text.lastIndexOf('\n', b.start - 1) + 1, b.start)));
		if (m?.kind === 'number') {
			part.lastNumbered = id;
			part.leadIn = /:[*_]*\s*$/.test(st.text.slice(b.start, b.end));
		}
		return { id, kind, section: part.number, title };
	}
	// "1. The North Calder Combined Authority …; and 2. …" before the first numbered heading lists the parties: its
	// numbers are not the clause numbers the headings give.
	if (m?.kind === 'number' && !(st.numberedHeadings && !st.numberedSeen)) {
		return { id: m.label, kind: 'clause', section: '', title: part.title };
	}
	// "The Government of … and the Government of …, Recognising …, Have agreed as follows:" before "Article 1".
	if (st.preambleFirst && (part.mode === 'none' || part.mode === 'named') && part.number === '' && !st.numberedSeen) {
		return { id: seqId(st, 'preamble'), kind: 'intro', section: '', title: 'Preamble' };
	}
	st.pCount++;
	return { id: `p${st.pCount}`, kind: 'paragraph', section: '', title: part.title };
}

/** A paragraph that opens with its own name and number in bold: "**Commitment 6 – …**", "**Principle 2: …**". */
const NAMED_ITEM_RE = /^(?:\*\*|__)(\p{Lu}\p{Ll}{3,})\s+(\d{1,2}[A-Za-z]?)\s*(?:[\u2013\u2014:.-]|\*\*|__)/u;

/**
 * A treaty's operative formula ("Have agreed as follows:", "HAVE AGREED AS FOLLOWS"), or a memorandum's ("Have reached
 * the following understanding:", "have come to the following understandings", "Have decided as follows:").
 */
const AGREED_AS_FOLLOWS_RE = /\b(?:have|hereby)\s+agreed\s+as\s+follows\b|\bagree\s+as\s+follows\b|\b(?:reached|come\s+to)\s+the\s+following\s+understandings?\b|\bhave\s+(?:jointly\s+)?decided\s+as\s+follows\b/i;

/** The blocks before the first heading past the title end with a treaty's operative formula: they are its preamble. */
function opensWithPreamble(text: string, events: readonly ScanEvent[]): boolean {
	let last = '';
	for (const e of events) {
		if (e.type === 'heading' && (e.heading.number !== '' || last !== '')) {
			return last !== '' && AGREED_AS_FOLLOWS_RE.test(last);
		}
		// A rule ("---") between the preamble and "Article 1" says nothing.
		if (e.type !== 'heading' && !e.noise && e.start >= 0 && /\p{L}/u.test(text.slice(e.start, e.end))) {
			last = text.slice(e.start, e.end);
		}
	}
	return false;
}

/** `preamble` under a "Preamble" heading, `foreword` under a "Foreword", else `intro` (Introduction, Background, Recitals). */
function introId(part: Part): string {
	const title = part.title.trim();
	return /^preamble$/i.test(title) ? 'preamble' : /\bforeword\b/i.test(title) ? 'foreword' : 'intro';
}

/** "A1.1", "C2.4": a paragraph numbered under its section's letter, cited as written. */
function isSectionParagraph(label: string): boolean {
	return isLetterJoined(label) && isMultiLevel(label);
}

/** The id of an item or paragraph in a numbered section: explicit numbers win, others count on. */
function numberedId(part: Part, m: Marker | undefined, bold = false): string {
	const base = part.sub !== '' ? part.sub : part.base;
	// "C2.1 The Department and the Association will …": the document's own number, cited as written ("paragraph C2.1").
	if (m?.kind === 'number' && isSectionParagraph(m.label)) {
		return part.prefixed && base !== '' ? `${base}.${m.label}` : m.label;
	}
	if (m?.kind === 'number' && isLetterJoined(m.label)) {
		// "A1. Membership" in Part A of Schedule 2 is its paragraph 1 (`schedule-2.A.1`); "B3." in Annex B, `annex-B.3`.
		const letter = m.label[0]!;
		const k = m.label.slice(1);
		const own = base === letter || base.endsWith(`-${letter}`) || base.endsWith(`.${letter}`);
		// "C1." under "## 5. Priority Themes" numbers the document's commitments C1–C14 on its own: `C.1`, as the
		// document cites it ("Commitment C1"), not paragraph C.1 of section 5.
		return own ? `${base}.${k}` : base === '' || !part.prefixed ? `${letter}.${k}` : `${base}.${letter}.${k}`;
	}
	if (m?.kind === 'number' && isMultiLevel(m.label)) {
		const own = m.label.startsWith(`${part.number}.`);
		const id = !part.prefixed ? m.label : own ? part.base + m.label.slice(part.number.length) : `${part.base}.${m.label}`;
		const k = own ? Number(m.label.slice(part.number.length + 1)) : NaN;
		if (Number.isInteger(k) && part.sub === '') {
			part.auto = Math.max(part.auto, k);
		}
		return id;
	}
	if (m?.kind === 'number') {
		const k = Number(m.label);
		// "**2. Instalments** (each Funding Year)" after the part's "**1. Annual Grant**": the next of its numbered
		// paragraphs set in bold, not a paragraph of the first.
		if (bold && part.sub !== '' && part.prefixed && part.sub === `${part.base}.${k - 1}`) {
			part.sub = `${part.base}.${k}`;
			part.subAuto = 0;
			return part.sub;
		}
		if (part.sub !== '') {
			part.subAuto = Math.max(part.subAuto, k);
		} else {
			part.auto = Math.max(part.auto, k);
		}
		return `${base}.${k}`;
	}
	if (part.sub !== '') {
		part.subAuto++;
		return part.subAuto === 1 ? base : `${base}.${part.subAuto}`;
	}
	part.auto++;
	return `${base}.${part.auto}`;
}

/** Adds "(a)" under the current numbered paragraph, "(ii)" under the current "(a)". */
function addSubItem(st: AssignState, b: Block, label: string): void {
	const roman = isRomanLabel(label, st.letter?.label);
	const parent = roman ? (st.letter ?? st.top) : st.top;
	const part = st.part;
	const base = parent?.id ?? (part.sub || part.base || (part.mode === 'intro' ? introId(part) : part.mode === 'status' ? part.mode : ''));
	const kind: ClauseKind = parent?.kind === 'intro' || parent?.kind === 'status' ? parent.kind : part.mode === 'intro' ? 'intro' : 'clause';
	const section = parent?.section ?? part.number;
	const title = parent?.title ?? (part.subTitle || part.title);
	// Recitals "(A)", "(B)" are cited by their letters ("Recital A").
	const recital = parent === undefined && part.mode === 'intro' && /^[A-Z]$/.test(label);
	const added = push(st, { id: recital ? label : `${base}(${label})`, kind, section, title }, b);
	part.hadItems = true;
	if (!roman) {
		st.letter = { ...added, label };
	}
}

/** `base`, then `base.2`, `base.3` … for repeated intro and status paragraphs. */
function seqId(st: AssignState, base: string): string {
	const n = (st.seq.get(base) ?? 0) + 1;
	st.seq.set(base, n);
	return n === 1 ? base : `${base}.${n}`;
}

/** Records a draft under a unique id (`-2`, `-3` … when the document repeats a number). */
function push(st: AssignState, target: Target, b: Block): Parent {
	let id = target.id;
	if (st.used.has(id)) {
		let k = st.dup.get(target.id) ?? 2;
		while (st.used.has(`${target.id}-${k}`)) {
			k++;
		}
		st.dup.set(target.id, k + 1);
		id = `${target.id}-${k}`;
	}
	st.used.add(id);
	const parent: Parent = { id, kind: target.kind, section: target.section, title: target.title };
	st.drafts.push({ ...parent, start: b.start, end: b.end });
	return parent;
}
