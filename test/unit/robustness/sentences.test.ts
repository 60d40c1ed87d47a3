import * as assert from 'node:assert/strict';

import { segmentBriefing } from '../../../src/engine';

suite('robustness: sentence re-joins after abbreviations', () => {
	test('"Mr." followed by a long stretch of blanked markup still re-joins with the name', () => {
		for (const length of [10, 63, 64, 65, 200, 5000]) {
			const text = `We met Mr. <!-- ${'x'.repeat(length)} --> Smith yesterday. Then we left.`;
			const sentences = segmentBriefing(text, 'markdown').sentences.map((s) => s.text);
			assert.equal(sentences.length, 2, `${length}: ${JSON.stringify(sentences)}`);
			assert.match(sentences[0]!, /^We met Mr\. .* Smith yesterday\.$/);
		}
	});

	test('a long chain of re-joins finishes (100,000 initials, then a sentence; growth.test.ts checks it is linear)', function () {
		this.timeout(30_000);
		const text = `${'A. '.repeat(100_000)}Mr.${' '.repeat(100_000)}Smith went home. It rained.`;
		const sentences = segmentBriefing(text, 'plaintext').sentences;
		assert.ok(sentences.length >= 1);
	});
});
