// Loaded before the unit tests (.mocharc.json `require`): every fast-check property runs from one seed, so any run,
// in CI or here, can be repeated exactly. CLAUSE_LENS_SEED=<integer> repeats a run, CLAUSE_LENS_SEED=random explores
// a new one; without it the seed is fixed. A failing property names the seed to repeat it with.
import fc from 'fast-check';

/** The seed when CLAUSE_LENS_SEED is not set. */
export const DEFAULT_SEED = 20261124;

/** The seed a CLAUSE_LENS_SEED value asks for; throws on a value that is neither an integer nor "random". */
export function seedFrom(value: string | undefined): number {
	if (value === undefined || value.trim() === '') {
		return DEFAULT_SEED;
	}
	if (value.trim().toLowerCase() === 'random') {
		return (Date.now() ^ (Math.random() * 0x100000000)) | 0;
	}
	const seed = Number(value);
	if (!Number.isSafeInteger(seed)) {
		throw new Error(`CLAUSE_LENS_SEED must be an integer or 'random', not '${value}'`);
	}
	return seed | 0;
}

/** This run's seed. */
export const SEED = seedFrom(process.env.CLAUSE_LENS_SEED);

fc.configureGlobal({
	seed: SEED,
	reporter(details) {
		if (details.failed) {
			throw new Error(`${fc.defaultReportMessage(details)}\n\nRepeat this run with CLAUSE_LENS_SEED=${details.seed}.`);
		}
	},
});
