import * as assert from 'node:assert/strict';

import { spellingKey } from '../../src/engine/text/spelling';

suite('spelling keys: British and American spellings of one word', () => {
	test('pairs share a key', () => {
		for (const [a, b] of [['organisation', 'organization'], ['organisations', 'organizations'], ['analyse', 'analyze'], ['colour', 'color'],
			['behaviour', 'behavior'], ['centre', 'center'], ['defence', 'defense'], ['programme', 'program'], ['travelled', 'traveled'], ['catalogue', 'catalog']]) {
			assert.equal(spellingKey(a!), spellingKey(b!), `${a} / ${b}`);
		}
	});

	test('different words stay different', () => {
		for (const [a, b] of [['four', 'for'], ['your', 'yor'], ['security', 'safety'], ['may', 'will']]) {
			assert.notEqual(spellingKey(a!), spellingKey(b!), `${a} / ${b}`);
		}
	});

	test('a very long run of letters is its own key (the patterns would be quadratic in it)', () => {
		const word = 'a'.repeat(100_000);
		assert.equal(spellingKey(word), word);
	});
});
