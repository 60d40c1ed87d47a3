// Which findings become diagnostics when a briefing has more than VS Code underlines (500 per file): the ones nearest
// what is on screen, warnings before notes at the same distance, in document order.
import * as assert from 'node:assert/strict';

import { type Finding, shiftFinding } from '../../src/engine';
import { ShiftedList } from '../../src/extension/check/shiftedList';
import { chooseShownFindings, MAX_DRAWN_DIAGNOSTICS, MAX_SHOWN_FINDINGS } from '../../src/extension/check/shownFindings';

/** A finding every 100 characters (a warning, or a note where `note` says so). */
function findings(count: number, note: (i: number) => boolean = () => false): Finding[] {
	return Array.from({ length: count }, (_, i): Finding => ({
		ruleId: note(i) ? 'understated-commitment' : 'overstated-commitment',
		severity: note(i) ? 'information' : 'warning',
		message: `finding ${i}`,
		span: { start: i * 100, end: i * 100 + 10 },
		sentence: { start: i * 100, end: i * 100 + 50 },
		actual: 'will',
		fixes: [],
	}));
}

const starts = (shown: readonly Finding[]): number[] => shown.map((f) => f.span.start / 100);

suite('chooseShownFindings: what VS Code will draw', () => {
	test('the limit is what the editor decorates (500), with one place kept for the "N more" note', () => {
		assert.equal(MAX_DRAWN_DIAGNOSTICS, 500);
		assert.equal(MAX_SHOWN_FINDINGS, 499);
	});

	test('all of them when they fit (500 need no note)', () => {
		assert.equal(chooseShownFindings(new ShiftedList(shiftFinding, findings(500)), [{ start: 0, end: 1000 }]).length, 500);
	});

	test('past the limit: the ones nearest the visible range, in document order', () => {
		const list = new ShiftedList(shiftFinding, findings(2000));
		// On screen: findings 1500-1520 (1520 starts where the view ends); then 239 on either side (those before end 10
		// characters nearer the view than those after start): 1261-1759.
		const shown = chooseShownFindings(list, [{ start: 150_000, end: 152_000 }]);
		assert.equal(shown.length, 499);
		assert.deepEqual(starts(shown), Array.from({ length: 499 }, (_, i) => 1261 + i));
	});

	test('the end of a long document: a finding typed there is shown', () => {
		const shown = chooseShownFindings(new ShiftedList(shiftFinding, findings(3000)), [{ start: 299_000, end: 300_000 }]);
		assert.ok(starts(shown).includes(2999));
		assert.ok(!starts(shown).includes(0));
	});

	test('two editors on the same document: both views are covered', () => {
		const shown = starts(chooseShownFindings(new ShiftedList(shiftFinding, findings(3000)), [{ start: 290_000, end: 291_000 }, { start: 0, end: 1000 }]));
		assert.ok(shown.includes(0) && shown.includes(2905));
	});

	test('nothing on screen: from the top of the document', () => {
		assert.deepEqual(starts(chooseShownFindings(new ShiftedList(shiftFinding, findings(1000)), [])), Array.from({ length: 499 }, (_, i) => i));
	});

	test('at the same distance a warning comes before a note', () => {
		// Odd findings are notes: with the view at the top, the 499 shown are mostly warnings, nearest first.
		const shown = chooseShownFindings(new ShiftedList(shiftFinding, findings(1000, (i) => i % 2 === 1)), [{ start: 0, end: 100 }], 3);
		assert.deepEqual(starts(shown), [0, 1, 2]);
		const far = chooseShownFindings(new ShiftedList(shiftFinding, findings(1000, (i) => i % 2 === 1)), [{ start: 50_000, end: 50_000 }], 1);
		assert.equal(far[0]!.severity, 'warning');
	});

	test('findings moved by an edit are read at their current offsets', () => {
		const list = new ShiftedList(shiftFinding, findings(1000)).edited({ start: 0, removed: 0, added: [] }, 5000);
		const shown = chooseShownFindings(list, [{ start: 5000, end: 5100 }], 1);
		assert.deepEqual(shown.map((f) => f.span.start), [5000]);
	});
});
