import * as assert from 'node:assert/strict';

import { sameEnd, yearWindows } from '../../src/engine/rules/seasons';

suite('windows of the year', () => {
	const read = (text: string, dated = false) => yearWindows(text, 0, dated).map((w) => [w.from.value, w.from.exact, w.to.value, w.to.exact, text.slice(w.to.span.start, w.to.span.end)]);

	test('"between … and …", "from … to/until/through to …", with days, months and their starts and ends', () => {
		assert.deepEqual(read('No livestock shall graze between 1 March and 15 July (inclusive).'), [[301, true, 715, true, '15 July']]);
		assert.deepEqual(read('from the start of March until the end of July'), [[301, true, 731, true, 'the end of July']]);
		assert.deepEqual(read('from March through to the end of July'), [[301, false, 731, true, 'the end of July']]);
		assert.deepEqual(read('Between July 1 and September 30 each year'), [[701, true, 930, true, 'September 30']]);
		assert.deepEqual(read('between July and October'), [[701, false, 1031, false, 'October']]);
	});

	test('a dated period is not a window, unless a source\'s window of one year is asked for', () => {
		assert.deepEqual(read('from 1 April 2025 to 31 March 2027'), []);
		assert.deepEqual(read('between 1 July and 30 September 2027'), []);
		assert.deepEqual(read('between 1 July and 30 September 2027', true), [[701, true, 930, true, '30 September']]);
		assert.deepEqual(read('between 31 February and 3 March'), []);
		assert.deepEqual(read('from the Council to the Trust'), []);
	});

	test('a month alone agrees with any day of it; a day only with that day', () => {
		const [loose] = yearWindows('from March to the end of June');
		const [exact] = yearWindows('between 1 March and 30 June');
		assert.ok(sameEnd(loose!.from, exact!.from));
		assert.ok(sameEnd(loose!.to, exact!.to));
		assert.ok(!sameEnd(yearWindows('between 1 March and 31 July')[0]!.to, exact!.to));
	});
});
