// Two well-known prose linters on the same text, for scale: write-good and retext-intensify (devDependencies).
import { type Timing, time, timeAsync } from './measure';

/** write-good over the text: median of `runs`. */
export function timeWriteGood(text: string, runs: number): Timing {
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const writeGood = require('write-good') as (text: string) => unknown[];
	return time(() => writeGood(text), runs, 1);
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
