// Fixes are data; this is the one place that decides which of them go together and how they change a text. The
// editor's quick fixes and fix-all, and the CLI's `--fix`, all go through it (as markdownlint's `applyFixes`).
import type { Finding, Fix } from './types';

/** Applies one fix to a text. */
export function applyFix(text: string, fix: Fix): string {
	const start = Math.max(0, Math.min(fix.span.start, text.length));
	const end = Math.max(start, Math.min(fix.span.end, text.length));
	return text.slice(0, start) + fix.replacement + text.slice(end);
}

/** Each finding's preferred fix (its first), for "fix all": findings without a fix have none. */
export function preferredFixes(findings: readonly Finding[]): Fix[] {
	return findings.flatMap((f) => (f.fixes[0] ? [f.fixes[0]] : []));
}

/**
 * The fixes that can be applied together, in text order: a fix that overlaps one before it (by start, then end) is
 * left out, as is a second insertion at the same place, or an insertion inside or at the start of a replaced range
 * (which text would come first is a guess). Identical fixes count once. A fix is kept only if its range lies in the
 * text (`length`).
 */
export function planFixes(fixes: readonly Fix[], length = Number.POSITIVE_INFINITY): Fix[] {
	const sorted = fixes
		.filter((f) => f.span.start >= 0 && f.span.start <= f.span.end && f.span.end <= length)
		.map((fix, k) => ({ fix, k }))
		.sort((a, b) => a.fix.span.start - b.fix.span.start || a.fix.span.end - b.fix.span.end || a.k - b.k)
		.map(({ fix }) => fix);
	const out: Fix[] = [];
	for (const fix of sorted) {
		const last = out[out.length - 1];
		if (last && (fix.span.start < last.span.end || (fix.span.start === last.span.start && (isInsertion(fix) || isInsertion(last))))) {
			continue;
		}
		out.push(fix);
	}
	return out;
}

/** The text with every fix `planFixes` keeps applied (as one edit), and those fixes. */
export function applyFixes(text: string, fixes: readonly Fix[]): { readonly text: string; readonly applied: readonly Fix[] } {
	const applied = planFixes(fixes, text.length);
	const parts: string[] = [];
	let at = 0;
	for (const fix of applied) {
		parts.push(text.slice(at, fix.span.start), fix.replacement);
		at = fix.span.end;
	}
	parts.push(text.slice(at));
	return { text: parts.join(''), applied };
}

function isInsertion(fix: Fix): boolean {
	return fix.span.start === fix.span.end;
}
