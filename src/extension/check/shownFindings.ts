// Which findings become diagnostics when a document has more than VS Code draws. No vscode import, so unit tests
// drive it with plain spans.
import type { Finding, Span } from '../../engine';
import type { ShiftedList } from './shiftedList';

/**
 * How many problems VS Code underlines per file: the editor reads at most 500 markers of a document to decorate
 * (microsoft/vscode src/vs/editor/common/services/markerDecorationsService.ts, `_updateDecorations`:
 * "Limit to the first 500 errors/warnings", `read({ resource, take: 500 })`). Markers past those are listed in the
 * Problems panel but never drawn, so publishing more hides squiggles instead of adding them. The count includes
 * the "N more findings not shown" note.
 */
export const MAX_DRAWN_DIAGNOSTICS = 500;

/** How many findings are shown when some must be left out: one place is kept for the note that says so. */
export const MAX_SHOWN_FINDINGS = MAX_DRAWN_DIAGNOSTICS - 1;

/**
 * The findings to show, in document order: all of them when they fit, else the `limit` nearest the parts of the
 * document on screen (`visible`, the visible ranges of every editor showing it), so that what the drafter is looking
 * at, or has just typed, is underlined. Within the same distance, warnings and errors come before notes. With nothing
 * on screen, the findings from the top of the document.
 */
export function chooseShownFindings(findings: ShiftedList<Finding>, visible: readonly Span[], limit = MAX_SHOWN_FINDINGS): Finding[] {
	if (findings.length <= limit + 1) {
		// All of them fit with no note needed (the note takes the last place only when something is left out).
		return findings.pick(() => true, limit + 1);
	}
	const focus = visible.length > 0 ? [...visible].sort((a, b) => a.start - b.start) : [{ start: 0, end: 0 }];
	// Distances are whole characters; a note (information, hint) counts as half a character further than a warning.
	return findings.pickRanked((start, end, f) => distanceTo(focus, start, end) * 2 + (isWarning(f) ? 0 : 1), limit);
}

/** The note published with the findings shown when some are left out: how many, why, and where to see them all. */
export function notShownMessage(shown: number, total: number): string {
	const hidden = total - shown;
	return (
		`${hidden} more ${hidden === 1 ? 'finding' : 'findings'} not shown: VS Code underlines at most ${MAX_DRAWN_DIAGNOSTICS} problems per file, ` +
		`so Clause Lens shows the ${shown} nearest the part of the document on screen (of ${total}). Run clause-lens check on the file to list them all.`
	);
}

/** Whether a finding is a warning or an error (what the Problems panel counts first). */
export function isWarning(finding: Finding): boolean {
	return finding.severity === 'warning' || finding.severity === 'error';
}

/** Characters between `[start, end]` and the nearest span of `focus` (sorted by start); 0 when they meet. */
function distanceTo(focus: readonly Span[], start: number, end: number): number {
	let best = Infinity;
	for (const span of focus) {
		const gap = end < span.start ? span.start - end : start > span.end ? start - span.end : 0;
		if (gap < best) {
			best = gap;
		}
		if (span.start > end) {
			break;
		}
	}
	return best;
}
