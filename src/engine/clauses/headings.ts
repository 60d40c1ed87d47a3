import frames from '../lexicon/frames.json';
import { endsTerminal, isShortTitle, isTitleCased, startsUpper, wordsOf } from './lines';

/** A heading line, reduced to what clause ids and titles need. */
export interface Heading {
	/** 0: part, chapter, schedule, annex, appendix; 1: section, article, "2. Title", unnumbered; 2: "2.1 Title". */
	readonly rank: 0 | 1 | 2;
	/** Lower-case keyword (`section`, `article`, `schedule` …), '' when none. */
	readonly keyword: string;
	/** The number as written (`2`, `III`, `2.1`, `A`), '' when unnumbered. */
	readonly number: string;
	/** The title as written after the number and its separator, '' when none. */
	readonly title: string;
	/** Markdown level (1–6), 0 in plain text. */
	readonly level: number;
}

const keywordRe =
	/^(section|article|part|chapter|schedule|annex|appendix|clause|paragraph)\s+(\d{1,3}(?:\.\d{1,3}){0,3}[a-z]?|[ivxlcdm]{1,8}|[a-z])(?![\p{L}\p{N}])\s*([:.\u2013\u2014-]?)\s*(.*)$/iu;
const namedUnitRe = /^(\p{Lu}\p{Ll}{2,20})\s+(\d{1,3}(?:\.\d{1,3}){0,3})(?![\p{L}\p{N}.])\s*([:.\u2013\u2014-]?)\s*(.*)$/u;
/**
 * Words whose numbers are the document's divisions or someone else's, not a unit it names and numbers itself: "### Table
 * 2 – …" numbers no text, as "### Commitment 2.3 – …" does; nor is "**Table 2**" a named item.
 */
export const NOT_NAMED_ITEMS: ReadonlySet<string> = new Set(frames.notNamedItems.words);
const numberedTitleRe = /^(\d{1,3}(?:\.\d{1,3}){0,3})(\.?)\s+(\S.*)$/u;
const sentenceEndRe = /[.;,:]$/u;
const numberOnlyRe = /^(\d{1,3}(?:\.\d{1,3}){0,3})(\.?)$/u;
const markdownRe = /^(#{1,6})(?:[ \t\u00a0]+|$)/u;
const introTitleRe = /^(?:introduction|preamble|background|recitals?|purpose and background|background and purpose|(?:ministerial\s+|joint\s+)?foreword(?:\s+(?:by|from)\s+[\p{L}\s.'’-]{3,60})?)$/iu;
const statusTitleRe =
	/^(?:(?:legal\s+)?status(?:\s+of\s+(?:this|the)\s+[\p{L} ]{1,40})?|legal\s+effect|legal\s+nature|nature\s+of\s+(?:this|the)\s+[\p{L} ]{1,40}|non[-\s]binding\s+nature|general\s+provisions|final\s+provisions)$/iu;
const modalRe = /\b(?:shall|will|may|must|should|agrees?|intends?|undertakes?)\b/iu;
const partKeywords = new Set(['part', 'chapter', 'schedule', 'annex', 'appendix']);

/** True for a heading title that names an introduction (`Introduction`, `Preamble`, `Background`, `Recitals`). */
export function isIntroTitle(title: string): boolean {
	return introTitleRe.test(title.trim());
}

/** True for a heading title that names the document's legal status (`Status`, `Legal status`, `General provisions`). */
export function isStatusTitle(title: string): boolean {
	return statusTitleRe.test(title.trim());
}

/** Parses "Section 2: Title", "SECTION 2. TITLE", "Article 3 – Title", "Article III", "Part 2", "Schedule 1". */
export function parseKeywordHeading(s: string, level = 0): Heading | undefined {
	const m = keywordRe.exec(s);
	if (!m) {
		return undefined;
	}
	const keyword = (m[1] ?? '').toLowerCase();
	const number = m[2] ?? '';
	const separator = m[3] ?? '';
	const title = stripDecoration(m[4] ?? '');
	if (title !== '' && !isKeywordTitle(title, separator !== '')) {
		return undefined;
	}
	const rank = partKeywords.has(keyword) ? 0 : number.includes('.') ? 2 : 1;
	return { rank, keyword, number, title, level };
}

/** True when the text after "Article 3" reads as its title rather than as the start of a sentence. */
function isKeywordTitle(title: string, separated: boolean): boolean {
	if (!separated) {
		return isShortTitle(title, 8);
	}
	return wordsOf(title).length <= 15 && !sentenceEndRe.test(title);
}

/** Drops markdown emphasis and closing hashes around a heading's text (`**Title**`, `Title ##`), without a regex. */
function stripDecoration(s: string): string {
	const decoration = (c: string | undefined): boolean => c === '*' || c === '_' || c === '#' || (c !== undefined && c.trim() === '');
	let start = 0;
	let end = s.length;
	while (start < end && s[start] !== '#' && decoration(s[start])) {
		start++;
	}
	while (end > start && decoration(s[end - 1])) {
		end--;
	}
	return s.slice(start, end);
}

/** Parses a markdown heading (`## 2. Public services`, `# Title`, `### 2.1 Scope`) from a line's content. */
export function parseMarkdownHeading(s: string): Heading | undefined {
	const m = markdownRe.exec(s);
	if (!m) {
		return undefined;
	}
	const level = (m[1] ?? '').length;
	const body = stripDecoration(s.slice(m[0].length));
	const keyed = parseKeywordHeading(body, level);
	if (keyed) {
		return keyed;
	}
	// "### Commitment 2.3 – Apprenticeships", "### Principle 4": a document's own word for its numbered units.
	const named = namedUnitRe.exec(body);
	if (named && !NOT_NAMED_ITEMS.has(named[1]!.toLowerCase()) && (named[4] === '' || isKeywordTitle(stripDecoration(named[4]!), named[3] !== ''))) {
		const number = named[2]!;
		return { rank: number.includes('.') ? 2 : 1, keyword: '', number, title: stripDecoration(named[4]!), level };
	}
	const numbered = numberedTitleRe.exec(body) ?? numberOnlyRe.exec(body);
	if (numbered) {
		const number = numbered[1] ?? '';
		return { rank: number.includes('.') ? 2 : 1, keyword: '', number, title: numbered[3] ?? '', level };
	}
	return body === '' ? undefined : { rank: 1, keyword: '', number: '', title: body, level };
}

/**
 * Parses a plain-text numbered heading candidate ("2. Public services", "2.1 Data minimisation"):
 * short, capitalised, no final stop. Whether it is a heading also depends on its neighbours (caller).
 */
export function parseNumberedHeading(s: string): Heading | undefined {
	const m = numberedTitleRe.exec(s);
	if (!m) {
		return undefined;
	}
	const number = m[1] ?? '';
	const title = m[3] ?? '';
	const multi = number.includes('.');
	// "3. 1st Scout Hut, Beck Side; and": an item of a list that runs on, not a heading.
	if ((!multi && m[2] !== '.') || !isShortTitle(title, 10) || modalRe.test(title) || /;|[\s,](?:and|or)$/u.test(title)) {
		return undefined;
	}
	return { rank: multi ? 2 : 1, keyword: '', number, title, level: 0 };
}

/** Parses an unnumbered plain-text heading ("Introduction", "Legal status", "Data Protection"); neighbours checked by the caller. */
export function parseNamedHeading(s: string): Heading | undefined {
	// "Tarvost, 3 June 2025" over a letter and its "Minister," are its dateline and salutation, not headings.
	if (endsTerminal(s) || !startsUpper(s) || s.length > 90 || /,$/.test(s) || DATELINE_RE.test(s)) {
		return undefined;
	}
	const known = isIntroTitle(s) || isStatusTitle(s);
	if (!known && !(isTitleCased(s) && wordsOf(s).length <= 8)) {
		return undefined;
	}
	return { rank: 1, keyword: '', number: '', title: s, level: 0 };
}

/** A letter's dateline: a place, then a date ("Tarvost, 3 June 2025", "London, June 3, 2025"), or the date alone. */
const DATELINE_RE = /^(?:\p{Lu}[\p{L}'’. -]*,\s*)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{1,2}(?:st|nd|rd|th)?,?)?\s+\d{4}$/u;

