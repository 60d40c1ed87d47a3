import * as assert from 'node:assert/strict';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';

import { GROWTH_FAMILIES, type GrowthFamily, runTarget } from './growthFamilies';

/**
 * How much the time per character may grow from a family's small size to its large one (16–64× larger). Linear work
 * stays near 1 (a larger heap costs the collector a little more); work quadratic in a run grows with the size ratio,
 * 16 or more. 6 leaves room for a loaded machine (a CI runner, an evaluation running beside the tests: 4 failed there
 * once in three runs) and still fails every quadratic family.
 */
const MAX_GROWTH = 6;
/**
 * Measurements per family at most; a clear pass (at most CLEAR_PASS) stops after the first. Other processes on the
 * machine slow a process down for a while (shared caches and cores): a retry waits a little before it measures again.
 */
const ATTEMPTS = 8;
const CLEAR_PASS = 3;
const RETRY_PAUSE_MS = 150;

/**
 * A full collection, so that garbage left by earlier families (a collection of a heap other tests filled, triggered
 * by this family's large allocations) is not charged to this one. `--expose-gc` set at run time makes `gc`
 * available in new contexts.
 */
const collect: () => void = (() => {
	v8.setFlagsFromString('--expose-gc');
	const gc: unknown = vm.runInNewContext('typeof gc === "function" ? gc : undefined');
	return typeof gc === 'function' ? (gc as () => void) : () => undefined;
})();

/** Milliseconds of CPU this process used: unlike the wall clock, not inflated when other processes share the cores. */
function cpuMs(): number {
	const { user, system } = process.cpuUsage();
	return (user + system) / 1000;
}

/** CPU time per character of `runs` calls on `text`. */
function perChar(target: GrowthFamily['target'], text: string, runs: number, clean: boolean): number {
	if (clean) {
		collect();
	}
	const started = cpuMs();
	for (let i = 0; i < runs; i++) {
		runTarget(target, text);
	}
	return (cpuMs() - started) / runs / text.length;
}

/**
 * The best (lowest) time per character at each size, the small size run as often as needed to match the large one's
 * length. The large size goes first: the optimising compiler's work on the family's code (CPU time on other threads)
 * then falls on the large size, which can only make a test retry, never on the small one, which could hide growth.
 */
async function measure(family: GrowthFamily): Promise<{ small: number; large: number; growth: number }> {
	const small = family.text(family.small);
	const large = family.text(family.large);
	const runs = Math.max(1, Math.round(large.length / small.length));
	runTarget(family.target, small);
	let best = { small: Infinity, large: Infinity, growth: Infinity };
	for (let attempt = 0; attempt < ATTEMPTS && best.growth > CLEAR_PASS; attempt++) {
		if (attempt > 0) {
			await new Promise((resolve) => setTimeout(resolve, RETRY_PAUSE_MS));
		}
		// A retry starts from a collected heap (a collection is dearer than most measurements: not on the first try).
		const l = Math.min(best.large, perChar(family.target, large, 1, attempt > 0));
		const s = Math.min(best.small, perChar(family.target, small, runs, attempt > 0));
		// Timer resolution: a size whose calls all took under a millisecond in total counts as a millisecond.
		best = { small: s, large: l, growth: l / Math.max(s, 1 / (runs * small.length)) };
	}
	return best;
}

const size = (n: number): string => (n >= 1_000_000 ? `${n / 1_000_000}M` : `${Math.round(n / 1000)}k`);
const ns = (msPerChar: number): string => `${Math.round(msPerChar * 1e6)} ns/char`;

suite('growth: time per character does not grow with the input, for every regular expression on user text', () => {
	for (const family of GROWTH_FAMILIES) {
		test(`${family.target}: ${family.name} (${size(family.small)} → ${size(family.large)})`, async () => {
			const { small, large, growth } = await measure(family);
			assert.ok(growth <= MAX_GROWTH, `${ns(small)} at ${size(family.small)}, ${ns(large)} at ${size(family.large)}: ${growth.toFixed(1)}× per character`);
		});
	}
});
