// Helpers of the incremental checker: the edited range of a text, and results moved to new offsets.
import type { RawUnit } from './text/segmentBriefing';
import { ownString } from './text/tokens';
import type { Citation, Finding, Fix, Span } from './types';

/** Each item of a list moved by `d` (the same list when it is empty). */
export function shiftAll<T>(list: readonly T[], d: number, shift: (item: T, d: number) => T): readonly T[] {
	if (list.length === 0) {
		return list;
	}
	const out: T[] = new Array<T>(list.length);
	for (let i = 0; i < list.length; i++) {
		out[i] = shift(list[i]!, d);
	}
	return out;
}

/** A span moved by `d`. */
export function shiftSpan(span: Span, d: number): Span {
	return { start: span.start + d, end: span.end + d };
}

/** A finding moved by `d`: its span, its sentence and its fixes. */
export function shiftFinding(f: Finding, d: number): Finding {
	// Written out like `shiftCitation` (a spread is several times slower, and large documents move thousands).
	const fixes: Fix[] = new Array<Fix>(f.fixes.length);
	for (let i = 0; i < fixes.length; i++) {
		const fix = f.fixes[i]!;
		fixes[i] = { title: fix.title, span: shiftSpan(fix.span, d), replacement: fix.replacement };
	}
	const span = shiftSpan(f.span, d);
	const sentence = shiftSpan(f.sentence, d);
	// Some rules set `clause: undefined`; the key is kept as it was, so a moved finding equals a fresh one.
	return !('clause' in f)
		? { ruleId: f.ruleId, severity: f.severity, message: f.message, span, actual: f.actual, fixes, sentence }
		: { ruleId: f.ruleId, severity: f.severity, message: f.message, span, actual: f.actual, fixes, clause: f.clause, sentence };
}

/** A citation moved by `d`. */
export function shiftCitation(c: Citation, d: number): Citation {
	// The shape `citationsOf` makes, written out: much faster than a spread, and this runs for every citation after an edit.
	return { span: shiftSpan(c.span, d), clause: c.clause, label: c.label, sourceSentence: c.sourceSentence, score: c.score };
}

/** See `ownString`: cached results outlive their text, and a slice (`actual`, a message quoting it) would keep it alive. */
export const own = ownString;

/** A finding whose strings share no memory with the checked text. */
export function ownFinding(f: Finding): Finding {
	return { ...f, message: own(f.message), actual: own(f.actual), fixes: f.fixes.map((fix) => ({ ...fix, title: own(fix.title), replacement: own(fix.replacement) })) };
}

/** A block moved to start at `start` (its offsets are relative to its own start when `unit.start` is 0). */
export function shiftUnit(unit: RawUnit, start: number): RawUnit {
	const d = start - unit.start;
	return {
		...unit,
		start: unit.start + d,
		end: unit.end + d,
		blanks: unit.blanks.map((b) => b + d),
		lines: unit.lines.map((l) => shiftSpan(l, d)),
	};
}

/** The index of the last value ≤ `x` in an ascending list, or -1. */
export function lastAtOrBefore(sorted: readonly number[], x: number): number {
	let lo = 0;
	let hi = sorted.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (sorted[mid]! <= x) {
			lo = mid + 1;
		} else {
			hi = mid;
		}
	}
	return lo - 1;
}

/** The index of `x` in an ascending list, or -1. */
export function indexOf(sorted: readonly number[], x: number): number {
	const k = lastAtOrBefore(sorted, x);
	return k >= 0 && sorted[k] === x ? k : -1;
}

const CHUNK = 4096;

/** Length of the common prefix; whole chunks are compared as strings (a memory compare), then characters. */
export function commonPrefix(a: string, b: string): number {
	const n = Math.min(a.length, b.length);
	let i = 0;
	while (i + CHUNK <= n && a.slice(i, i + CHUNK) === b.slice(i, i + CHUNK)) {
		i += CHUNK;
	}
	while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) {
		i++;
	}
	return i;
}

/** Length of the common suffix that does not overlap the first `prefix` characters of either string. */
export function commonSuffix(a: string, b: string, prefix: number): number {
	const n = Math.min(a.length, b.length) - prefix;
	let k = 0;
	while (k + CHUNK <= n && a.slice(a.length - k - CHUNK, a.length - k) === b.slice(b.length - k - CHUNK, b.length - k)) {
		k += CHUNK;
	}
	while (k < n && a.charCodeAt(a.length - 1 - k) === b.charCodeAt(b.length - 1 - k)) {
		k++;
	}
	return k;
}
