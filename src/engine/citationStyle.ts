/**
 * How citations name a source and its clauses, read from the source itself: "MoU §2.3" for a memorandum that calls
 * itself "(MoU)", "Paris Agreement Art. 4.2" for a treaty titled "Paris Agreement" with articles, "Agreement cl. 5.1"
 * for a contract that refers to its own "clause 5.1".
 */

import { attachedTextOf } from './clauses/attachedTexts';
import { PROVISION_WORDS } from './sourceNames';

/** What the source calls its numbered provisions. */
export type ReferenceStyle = 'section' | 'article' | 'clause' | 'paragraph';

export interface CitationStyle {
	/** The source's short name: a defined abbreviation, a short title, the title's head noun, else "source". */
	readonly shortName: string;
	readonly references: ReferenceStyle;
}

const SELF_NOUNS = 'memorandum|agreement|contract|treaty|accord|charter|convention|protocol|arrangement|framework|compact|concordat|declaration|understanding|commitments|code\\s+of\\s+(?:practice|conduct)|heads\\s+of\\s+terms|letter\\s+of\\s+intent|term\\s+sheet|deed|undertakings|licence|license|deal|communiqu[eé]';
/** "This Memorandum of Understanding (MoU)", "the Data Sharing Agreement (the "DSA")": an acronym the source defines for itself. */
const definedAcronymRe = new RegExp(
	`\\b(?:this|the)\\s+((?:\\p{Lu}[\\p{L}-]*\\s+(?:(?:of|on|for|and)\\s+)?){0,5}(?:${SELF_NOUNS})(?:\\s+of\\s+\\p{Lu}\\p{L}*)?)\\s*\\(\\s*(?:the\\s+)?["“]?\\*{0,2}(\\p{Lu}[\\p{L}]{1,7})\\*{0,2}["”]?\\s*\\)`,
	'iu',
);
const SCHEME_NOUN_RE = /\b(scheme|plan|programme|strategy)\b/giu;
const selfNounRe = new RegExp(`\\b(${SELF_NOUNS})\\b`, 'iu');
const articleHeadingRe = /^[\t #*]*article\s+(?:\d{1,3}|[ivxlc]{1,7})\b/gimu;
const clauseReferenceRe = /\bclauses?\s+\d{1,3}(?:\.\d{1,3})?\b/giu;
const sectionHeadingRe = /^[\t #*]*section\s+\d{1,3}\b/gimu;
/** "established under paragraph 12": a declaration or resolution refers to its own numbered paragraphs. */
const paragraphReferenceRe = /\bparagraphs?\s+\d{1,3}\b(?!\s*(?:of|in)\s+(?:the\s+)?(?:schedule|annex|appendix|article)\b)/giu;
const paragraphHeadingRe = /^[\t #*]*paragraph\s+\d{1,3}\b/gimu;
const numberedParagraphRe = /^[\t ]*(?:\*\*|__)?\d{1,3}\.[\t ]+\S/gmu;

/** Reads the short name and the reference style from the start of a source's text (and its headings). */
export function citationStyle(text: string, title: string): CitationStyle {
	return { shortName: shortNameOf(text.slice(0, 20_000), title), references: referenceStyleOf(text) };
}

function shortNameOf(head: string, title: string): string {
	const acronym = definedAcronymRe.exec(head);
	if (acronym && countUpper(acronym[2]!) >= 2) {
		return acronym[2]!;
	}
	// "… Enhanced Partnership Plan and Enhanced Partnership Scheme No. 1 for Buses": with no noun of an agreement, the
	// last noun of a scheme or plan the title names ("Scheme").
	const noun = selfNounRe.exec(title)?.[1] ?? [...title.matchAll(SCHEME_NOUN_RE)].pop()?.[1];
	if (noun === undefined) {
		// A title that is a party's name ("CARROW VALE HEALTH BOARD"): what the text calls itself, "this Agreement".
		return selfReference(head) ?? 'source';
	}
	// "The Brackenshire Compact 2025–2028": the name without its article or the years it runs.
	const named = title.trim().replace(/^the\s+/iu, '').replace(/[\s,]+(?:\(?\d{4}(?:\s*[\u2013\u2014/-]\s*\d{2,4})?\)?)$/u, '');
	const words = named.split(/\s+/u);
	if (words.length <= 4 && /^\p{Lu}/u.test(named)) {
		return isAllCaps(named) ? words.map(titleCase).join(' ') : named;
	}
	return titleCase(noun);
}

const selfReferenceRe = /\b[Tt]his\s+((?:\p{Lu}\p{Ll}+\s+)?\p{Lu}\p{Ll}+)\b/gu;

/** The name the text most often calls itself by ("this Agreement", "this Agreed Record"), used at least three times. */
function selfReference(head: string): string | undefined {
	const counts = new Map<string, number>();
	for (const m of head.matchAll(selfReferenceRe)) {
		const name = m[1]!;
		if (!PROVISION_WORDS.has(name.split(/\s+/).pop()!.toLowerCase())) {
			counts.set(name, (counts.get(name) ?? 0) + 1);
		}
	}
	const [best] = [...counts].sort((a, b) => b[1] - a[1]);
	return best !== undefined && best[1] >= 3 ? best[0] : undefined;
}

/**
 * Articles when the source's headings are "Article N"; clauses when it refers to its own "clause N"; paragraphs when it
 * numbers paragraphs and refers to its own "paragraph N" (a declaration); else sections (§).
 */
function referenceStyleOf(text: string): ReferenceStyle {
	const articles = countMatches(text, articleHeadingRe);
	const sections = countMatches(text, sectionHeadingRe);
	if (articles >= 2 && articles > sections) {
		return 'article';
	}
	// "## Paragraph 3 — Areas of Cooperation": a memorandum of paragraphs.
	const paragraphs = countMatches(text, paragraphHeadingRe);
	if (paragraphs >= 2 && paragraphs > sections) {
		return 'paragraph';
	}
	const clauses = countMatches(text, clauseReferenceRe);
	if (clauses >= 2 && sections === 0) {
		return 'clause';
	}
	// Numbered paragraphs, no article or section headings, no clause references, and the text names its own
	// "paragraph 12": a declaration or a resolution, cited by paragraph.
	return articles === 0 && sections === 0 && clauses === 0 && countMatches(text, paragraphReferenceRe) >= 1 && countMatches(text, numberedParagraphRe) >= 3 ? 'paragraph' : 'section';
}

/** "Art. 4.2", "cl. 5.1", "para. 12", "§2.3"; "introduction", "preamble", "recital A", "Sch. 1 para. 3"; other ids as they are. */
export function clauseLabel(style: ReferenceStyle, id: string): string {
	if (/^\d/.test(id)) {
		return style === 'article' ? `Art. ${id}` : style === 'clause' ? `cl. ${id}` : style === 'paragraph' ? `para. ${id}` : `§${id}`;
	}
	if (id === 'intro') {
		return 'introduction';
	}
	if (/^[A-Z]$/.test(id)) {
		return `recital ${id}`;
	}
	const schedule = /^(schedule|annex|appendix)-(\w+)(?:\.(.+))?$/.exec(id);
	if (schedule) {
		const name = { schedule: 'Sch.', annex: 'Annex', appendix: 'App.' }[schedule[1] as 'schedule' | 'annex' | 'appendix'];
		return schedule[3] ? `${name} ${schedule[2]} para. ${schedule[3]}` : `${name} ${schedule[2]}`;
	}
	// "part-B.3.1" of a document whose parts each number from 1: "Part B §3.1".
	const part = /^part-([^.]+)(?:\.(.+))?$/.exec(id);
	if (part) {
		return part[2] === undefined ? `Part ${part[1]}` : `Part ${part[1]} ${clauseLabel(style, part[2])}`;
	}
	const attached = attachedTextOf(id);
	if (attached) {
		return attached.paragraph === undefined ? attached.name : `${attached.name} para. ${attached.paragraph}`;
	}
	// An unnumbered annex's paragraph ("annex.1", "annex.A.2", a table after it "annex.1-2"): "Annex para. 1", "Annex
	// para. A2", as the source numbers it.
	const unnumbered = /^(schedule|annex|appendix)(?:\.(.+))?$/.exec(id);
	if (unnumbered) {
		const name = { schedule: 'Sch.', annex: 'Annex', appendix: 'App.' }[unnumbered[1] as 'schedule' | 'annex' | 'appendix'];
		const paragraph = unnumbered[2]?.replace(/-\d+$/, '').replace(/^([A-Z])\.(\d)/, '$1$2');
		return paragraph === undefined ? name : `${name} para. ${paragraph}`;
	}
	// An item the document names and numbers itself ("commitment-6"): as it cites it, "Commitment 6".
	const named = namedItemOf(id);
	if (named) {
		return `${named.kind[0]!.toUpperCase()}${named.kind.slice(1)} ${named.number}`;
	}
	return id;
}

/**
 * The kind and number of an item the document names and numbers itself ("commitment-6" for "**Commitment 6 – …**"),
 * or undefined for any other id (a part's, an annex's, the preamble's).
 */
export function namedItemOf(id: string): { kind: string; number: string } | undefined {
	const named = /^(\p{Ll}{4,})-(\d{1,2}[a-z]?)$/u.exec(id);
	return named === null || NOT_NAMED_ID_KINDS.test(named[1]!) ? undefined : { kind: named[1]!, number: named[2]! };
}
/** Ids of these kinds carry a number of their own division, not a named item's. */
const NOT_NAMED_ID_KINDS = /^(?:annex|schedule|appendix|part|preamble|intro|status|foreword)$/;

function countMatches(text: string, re: RegExp): number {
	re.lastIndex = 0;
	let n = 0;
	while (re.exec(text) !== null && n < 50) {
		n++;
	}
	return n;
}

function countUpper(s: string): number {
	return [...s].filter((c) => c !== c.toLowerCase()).length;
}

function isAllCaps(s: string): boolean {
	return s === s.toUpperCase();
}

function titleCase(word: string): string {
	const lower = word.toLowerCase();
	return /^(?:of|on|for|and|the|in)$/.test(lower) ? lower : lower.charAt(0).toUpperCase() + lower.slice(1);
}
