import type { Fix } from './types';

/** Applies one fix to a text. The CLI's output and the editor's quick fixes share this code path. */
export function applyFix(text: string, fix: Fix): string {
	const start = Math.max(0, Math.min(fix.span.start, text.length));
	const end = Math.max(start, Math.min(fix.span.end, text.length));
	return text.slice(0, start) + fix.replacement + text.slice(end);
}
