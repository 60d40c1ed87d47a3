import * as assert from 'node:assert/strict';

import fc from 'fast-check';

import { DEFAULT_SEED, SEED, seedFrom } from '../fastCheckSeed';

suite('property tests: one seed per run', () => {
	test('fixed unless CLAUSE_LENS_SEED says otherwise; "random" for a fresh one; anything else is an error', () => {
		assert.equal(seedFrom(undefined), DEFAULT_SEED);
		assert.equal(seedFrom(''), DEFAULT_SEED);
		assert.equal(seedFrom('-42'), -42);
		assert.ok(Number.isInteger(seedFrom('random')));
		assert.throws(() => seedFrom('4.2'), /CLAUSE_LENS_SEED must be an integer or 'random'/);
		assert.equal(SEED, seedFrom(process.env.CLAUSE_LENS_SEED === 'random' ? String(SEED) : process.env.CLAUSE_LENS_SEED));
	});

	test('every property runs from it, and a failure says how to repeat the run', () => {
		const seen: number[] = [];
		fc.assert(fc.property(fc.integer(), (n) => void seen.push(n)), { numRuns: 5 });
		const again: number[] = [];
		fc.assert(fc.property(fc.integer(), (n) => void again.push(n)), { numRuns: 5 });
		assert.deepEqual(again, seen);
		assert.throws(() => fc.assert(fc.property(fc.nat(), (n) => n < 0)), (error: unknown) => {
			assert.ok(error instanceof Error);
			assert.match(error.message, new RegExp(`Repeat this run with CLAUSE_LENS_SEED=${SEED}\\.`));
			assert.match(error.message, /Counterexample: \[0\]/);
			return true;
		});
	});
});
