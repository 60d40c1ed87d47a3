// What is specific to the UK–OpenAI MoU lives in its profile beside the seed and applies only to it.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { alignmentTerms } from '../../src/engine/align/terms';
import { profileFor } from '../../src/engine/profile';
import { loadSource } from '../../src/engine/source';
import { tokenize } from '../../src/engine/text/tokens';
import { MOU } from './helpers';

const PARIS = loadSource(readFileSync(join(__dirname, '..', 'eval', 'sources', 'paris-agreement.md'), 'utf8'), 'paris-agreement.md');
const CONTRACT = loadSource(readFileSync(join(__dirname, '..', 'eval', 'sources', 'research-data-collaboration-agreement.md'), 'utf8'), 'contract.md');
const terms = (source: typeof MOU, text: string): string[] => alignmentTerms(tokenize(text), source.alignment).filter((t) => !t.includes('_'));

suite('source profiles: MoU words apply only to the MoU', () => {
	test('the MoU gets its profile; other sources get none', () => {
		assert.deepEqual([...MOU.namedParties].sort(), ['aisi', 'dsit', 'institute', 'openai']);
		assert.equal(PARIS.namedParties.size, 0);
		assert.equal(CONTRACT.namedParties.size, 0);
		assert.equal(profileFor('# Data Sharing Agreement\n\nThe Department will share data.').appliesTo, '');
	});

	test('MoU topic synonyms fold for the MoU only ("compute" is its "infrastructure", "courts" its "justice")', () => {
		assert.deepEqual(terms(MOU, 'compute'), terms(MOU, 'infrastructure'));
		assert.deepEqual(terms(MOU, 'courts'), terms(MOU, 'justice'));
		assert.notDeepEqual(terms(PARIS, 'compute'), terms(PARIS, 'infrastructure'));
		assert.notDeepEqual(terms(PARIS, 'courts'), terms(PARIS, 'justice'));
		// Generic synonyms fold for every source.
		assert.deepEqual(terms(PARIS, 'artificial intelligence'), terms(PARIS, 'AI'));
	});

	test('legal-status words fold to a status clause\'s words only for a source that is not binding', () => {
		assert.deepEqual(terms(MOU, 'treaty'), terms(MOU, 'binding'));
		assert.notDeepEqual(terms(CONTRACT, 'contract'), terms(CONTRACT, 'binding'));
		assert.notDeepEqual(terms(PARIS, 'treaty'), terms(PARIS, 'binding'));
	});

	test('the MoU\'s party names weigh less in its alignment, not in another source\'s', () => {
		assert.ok(MOU.index.weight('openai') < PARIS.index.weight('openai'));
	});
});
