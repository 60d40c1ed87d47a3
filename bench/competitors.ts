// Two well-known prose linters on the same text, for scale: write-good and retext-intensify (devDependencies).
import { summarise, type Timing, timeAsync } from './measure';

/**
 * Clause Lens and write-good on the same text, run alternately (A, B, A, B …) so both see the same machine load:
 * the medians of each and the median of the per-round ratios (write-good's time over Clause Lens's).
 */
export function interleavedWithWriteGood(checkText: () => unknown, text: string, rounds: number): { ours: Timing; theirs: Timing; ratio: number } {
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const writeGood = require('write-good') as (text: string) => unknown[];
	checkText();
	writeGood(text);
	const ours: number[] = [];
	const theirs: number[] = [];
	for (let i = 0; i < rounds; i++) {
		let started = performance.now();
		checkText();
		ours.push(performance.now() - started);
		started = performance.now();
		writeGood(text);
		theirs.push(performance.now() - started);
	}
	const ratios = ours.map((o, i) => theirs[i]! / o).sort((a, b) => a - b);
	return { ours: summarise(ours), theirs: summarise(theirs), ratio: ratios[Math.floor(ratios.length / 2)]! };
}

/** retext + retext-english + retext-intensify over the text (parse, plugins, messages): median of `runs`. */
export async function timeRetextIntensify(text: string, runs: number): Promise<Timing> {
	// NOTE: retext is ESM-only; a dynamic import works from this CommonJS module.
	const { retext } = await import('retext');
	const { default: retextEnglish } = await import('retext-english');
	const { default: retextIntensify } = await import('retext-intensify');
	const processor = retext().use(retextEnglish).use(retextIntensify);
	return timeAsync(() => processor.process(text), runs, 1);
}
