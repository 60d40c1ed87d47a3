// Timing helpers for the benchmark: medians over repeated runs in one process, after warm-up.

/** Summary of repeated timings, in milliseconds. */
export interface Timing {
	readonly median: number;
	readonly min: number;
	readonly p90: number;
	readonly max: number;
	readonly runs: number;
}

/** Runs `fn` `warmup` times untimed, then `runs` times timed. */
export function time(fn: () => unknown, runs: number, warmup = 1): Timing {
	for (let i = 0; i < warmup; i++) {
		fn();
	}
	const samples: number[] = [];
	for (let i = 0; i < runs; i++) {
		const started = performance.now();
		fn();
		samples.push(performance.now() - started);
	}
	return summarise(samples);
}

/** Like `time`, for an async function. */
export async function timeAsync(fn: () => Promise<unknown>, runs: number, warmup = 1): Promise<Timing> {
	for (let i = 0; i < warmup; i++) {
		await fn();
	}
	const samples: number[] = [];
	for (let i = 0; i < runs; i++) {
		const started = performance.now();
		await fn();
		samples.push(performance.now() - started);
	}
	return summarise(samples);
}

/** Median, minimum, 90th percentile and maximum of some samples. */
export function summarise(samples: readonly number[]): Timing {
	const sorted = [...samples].sort((a, b) => a - b);
	const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
	const mid = sorted.length / 2;
	const median = sorted.length % 2 === 1 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
	return { median, min: sorted[0]!, p90: at(0.9), max: sorted[sorted.length - 1]!, runs: sorted.length };
}

/** A number rounded for the report: two decimals under 10, one under 100, else whole. */
export function round(x: number): number {
	if (x !== 0 && Math.abs(x) < 0.1) {
		return Number(x.toPrecision(2));
	}
	return x < 10 ? Math.round(x * 100) / 100 : x < 100 ? Math.round(x * 10) / 10 : Math.round(x);
}

/** Forces a string into one flat buffer, as a text read from a file or an editor buffer is. */
export function flat(s: string): string {
	s.indexOf('\u0000');
	return s;
}
