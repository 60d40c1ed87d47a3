import * as assert from 'node:assert/strict';

import fc from 'fast-check';

import { expandContractions, tokenize, wordPattern } from '../../src/engine/text/tokens';
import { fragment } from './property/arbitraries';

/** The words `wordPattern` finds, as `offset:word`: what the hand-written scanner of `tokenize` must find. */
function byPattern(s: string): string[] {
	return [...s.matchAll(new RegExp(wordPattern.source, 'gu'))].map((m) => `${m.index}:${m[0]}`);
}

function byTokenize(s: string): string[] {
	return tokenize(s).map((t) => `${t.start}:${t.raw}`);
}

suite('tokenize', () => {
	test('finds the words of the pattern: numbers, joined words, marks, astral letters', () => {
		for (const s of [
			'£30 million by 2026, 3.5% and 1,000.5bn; 3D-printing',
			"don't, R&D, U.K., co-chaired, OpenAI’s, e\u0301te\u0301, Ⅳ and ٣ and ²",
			'𝔘𝔎 𠜎x 😀 \ud800a \udc00b $ £ € -x x- x.',
			'',
		]) {
			assert.deepEqual(byTokenize(s), byPattern(s), s);
		}
	});

	test('every BMP character, alone and between word characters', () => {
		for (let c = 0; c < 0x10000; c++) {
			const ch = String.fromCharCode(c);
			for (const s of [ch, `a${ch}b`, `1${ch}2`, `£${ch}`, `a'${ch}`]) {
				assert.deepEqual(byTokenize(s), byPattern(s), `U+${c.toString(16)} in ${JSON.stringify(s)}`);
			}
		}
	});

	test('property: the same words as the pattern on briefing-like and hostile text', () => {
		fc.assert(
			fc.property(fc.array(fragment, { maxLength: 12 }), (parts) => {
				const s = parts.join('');
				assert.deepEqual(byTokenize(s), byPattern(s));
			}),
			{ numRuns: 500 },
		);
	});
});

suite('expandContractions', () => {
	const split = (s: string) => expandContractions(tokenize(s)).map((t) => `${s.slice(t.start, t.end)}=${t.lower}`);

	test('a contracted modal or "not" becomes its own token, with its own offsets', () => {
		assert.deepEqual(split("We'll publish it."), ["We=we", "'ll=will", 'publish=publish', 'it=it']);
		assert.deepEqual(split('They’ll agree.'), ['They=they', '’ll=will', 'agree=agree']);
		assert.deepEqual(split("It won't, can't or shan't."), ['It=it', 'wo=will', "n't=n't", 'ca=can', "n't=n't", 'or=or', 'sha=shall', "n't=n't"]);
		assert.deepEqual(split("Ministers shouldn't."), ['Ministers=ministers', 'should=should', "n't=n't"]);
	});

	test('words that only look like contractions, and text without any, are left alone', () => {
		const tokens = tokenize("O'Neill will sign the agreement's annex.");
		assert.equal(expandContractions(tokens), tokens);
	});
});

