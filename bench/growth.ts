// `npm run bench`'s growth section (issue 11): time per character at 1k, 10k, 100k and 1M characters for the
// adversarial inputs that were quadratic, from the growth tests' own families (test/unit/robustness/growthFamilies.ts),
// so that the figures the tests hold to as ratios can be read, and reproduced, as times. `npm run bench -- --growth`
// runs this section alone.
import { GROWTH_FAMILIES, type GrowthFamily, runTarget } from '../test/unit/robustness/growthFamilies';
import type { Row } from './editor';
import { round, time } from './measure';

/** The sizes reported, in characters. */
export const GROWTH_SIZES = [1_000, 10_000, 100_000, 1_000_000] as const;

/** The families that were quadratic before issue 11 (target and name, as the growth tests title them). */
const WORST: readonly string[] = [
	'source: capitalised words (party names)',
	'source: blank lines before the title',
	'suppressions: unclosed disable comments',
	'suppressionFilter: findings × ranges',
	'quantities: digits and commas',
	'markdown: digits and commas',
	'markdown: many quotations in a sentence',
	'markdown: spaces in a list',
	'plaintext: attributions',
	'plaintext: closed lists',
	'misquoteFix: dangling spaces',
];

/** Characters of work per size, at least (small sizes are run as often as that takes). */
const WORK = 2_000_000;

/** Nanoseconds per character of one family at each size (median of repeated runs). */
export function growthOf(family: GrowthFamily, quick: boolean): Record<number, number> {
	const out: Record<number, number> = {};
	for (const size of GROWTH_SIZES) {
		const text = family.text(size);
		const runs = Math.max(quick ? 1 : 3, Math.ceil((quick ? WORK / 4 : WORK) / text.length));
		out[size] = (time(() => runTarget(family.target, text), runs, 1).median / text.length) * 1e6;
	}
	return out;
}

/** One row per family: nanoseconds per character at 1M, the four sizes and the growth from 1k to 1M in the note. */
export function measureGrowth(quick: boolean, report: (row: Row) => void): Record<string, Record<number, number>> {
	const figures: Record<string, Record<number, number>> = {};
	for (const name of WORST) {
		const family = GROWTH_FAMILIES.find((f) => `${f.target}: ${f.name}` === name);
		if (family === undefined) {
			throw new Error(`bench/growth.ts: no growth family '${name}'`);
		}
		const perChar = growthOf(family, quick);
		figures[name] = Object.fromEntries(GROWTH_SIZES.map((s) => [s, round(perChar[s]!)]));
		const sizes = GROWTH_SIZES.map((s) => `${s >= 1_000_000 ? `${s / 1_000_000}M` : `${s / 1000}k`} ${round(perChar[s]!)}`).join(', ');
		const growth = perChar[1_000_000]! / perChar[1_000]!;
		report({ name: `growth: ${name}`, value: perChar[1_000_000]!, unit: 'ns/char at 1M', target: '≤ 4× 1k', ok: growth <= 4, note: `ns/char at ${sizes}; 1M/1k ${round(growth)}×` });
	}
	return figures;
}
