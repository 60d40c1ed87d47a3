/**
 * A window of the year: "between 1 March and 15 July", "from 1 October to 31 March", "from the start of March until the
 * end of July". Agreements set such windows for closed seasons, water levels, reporting and payment rounds; a briefing
 * that moves one end of the window ("between 1 March and 31 July") misstates the clause. Dates with a year are another
 * figure's business (contradicted-detail's dates); a window here recurs every year.
 */
import type { Span } from '../types';

/** One end of a window: a day of the year as month × 100 + day, and whether the writer named the day or only the month. */
export interface WindowEnd {
	readonly value: number;
	/** The day was written ("1 March", "the end of July"); false for a month alone ("from March"). */
	readonly exact: boolean;
	readonly span: Span;
	readonly text: string;
}

export interface YearWindow {
	readonly from: WindowEnd;
	readonly to: WindowEnd;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const LAST_DAY = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const MONTH = `(?:${MONTHS.map((m) => m[0]!.toUpperCase() + m.slice(1)).join('|')})`;
const ORDINAL = '(?:st|nd|rd|th)?';
/** "1 March", "March 1", "1st March", "the start of March", "the end of July", "mid-July", "March". */
const END = `(?:the\\s+)?(?:(?:start|beginning|end|middle)\\s+of\\s+|mid-?\\s*)?(?:[0-3]?\\d${ORDINAL}\\s+(?:of\\s+)?)?${MONTH}(?:\\s+[0-3]?\\d${ORDINAL}\\b)?`;
/** Not a dated day ("1 March 2026"): a window with a year is a period of its own. */
const NO_YEAR = '(?!,?\\s+(?:19|20)\\d\\d)';
const windowRe = (year: string): RegExp => new RegExp(
	`\\b(?:[Bb]etween\\s+(?<a1>${END})${NO_YEAR}\\s+and\\s+(?<b1>${END})${year}|[Ff]rom\\s+(?<a2>${END})${NO_YEAR}\\s*(?:to|until|till|through(?:\\s+to)?|–|-)\\s*(?<b2>${END})${year})`,
	'gu',
);
const WINDOW_RE = windowRe(NO_YEAR);
/** A source's window of one year ("between 1 July and 30 September 2027"): the window a briefing gives without the year. */
const DATED_WINDOW_RE = windowRe('(?:,?\\s+(?:19|20)\\d\\d)?');

/**
 * The windows of the year a text gives (offsets from `base`); `dated` takes a window that ends with a year, as a
 * source's may.
 */
export function yearWindows(text: string, base = 0, dated = false): YearWindow[] {
	if (!/(?:uary|March|April|May|June|July|August|ber)\b/.test(text)) {
		return [];
	}
	const out: YearWindow[] = [];
	for (const m of text.matchAll(dated ? DATED_WINDOW_RE : WINDOW_RE)) {
		const g = m.groups!;
		const a = g['a1'] ?? g['a2']!;
		const b = g['b1'] ?? g['b2']!;
		const aAt = m.index + m[0].indexOf(a);
		const bAt = m.index + m[0].lastIndexOf(b);
		const from = windowEnd(a, base + aAt, 'from');
		const to = windowEnd(b, base + bAt, 'to');
		if (from !== undefined && to !== undefined) {
			out.push({ from, to });
		}
	}
	return out;
}

function windowEnd(written: string, at: number, side: 'from' | 'to'): WindowEnd | undefined {
	const lower = written.toLowerCase();
	const month = MONTHS.findIndex((name) => new RegExp(`\\b${name}\\b`).test(lower)) + 1;
	if (month === 0) {
		return undefined;
	}
	const day = /\b([0-3]?\d)(?:st|nd|rd|th)?\b/.exec(lower);
	const last = LAST_DAY[month - 1]!;
	const value = day !== null ? Number(day[1]) : /\bend\s+of\b/.test(lower) ? last : /\b(?:start|beginning)\s+of\b/.test(lower) ? 1 : /\bmid|\bmiddle\b/.test(lower) ? 15 : side === 'from' ? 1 : last;
	if (value < 1 || value > last) {
		return undefined;
	}
	const exact = day !== null || /\b(?:start|beginning|end|middle)\s+of\b|\bmid/.test(lower);
	return { value: month * 100 + value, exact, span: { start: at, end: at + written.length }, text: written };
}

/** The two ends agree: the same day, or the same month where the writer named only the month. */
export function sameEnd(written: WindowEnd, source: WindowEnd): boolean {
	return written.exact ? written.value === source.value : Math.floor(written.value / 100) === Math.floor(source.value / 100);
}
