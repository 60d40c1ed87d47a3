import type { Token } from '../text/tokens';

/** One difference between quoted words and the source: a changed, an added or a dropped word. */
export type WordDiff =
	| { readonly kind: 'changed'; readonly quoted: string; readonly source: string }
	| { readonly kind: 'added'; readonly quoted: string }
	| { readonly kind: 'dropped'; readonly source: string };

/** The best alignment of quoted words against a stretch of source words. */
export interface WordAlignment {
	/** Index into the source word list of the first and one past the last aligned source word. */
	readonly from: number;
	readonly to: number;
	readonly matches: number;
	readonly diffs: readonly WordDiff[];
}

/**
 * Aligns every quoted word against source words in `[lo, hi)` by edit distance, with the source's
 * ends free (a quote may start and stop anywhere). Returns undefined when nothing matches.
 */
export function alignWords(quoted: readonly Token[], words: readonly Token[], lo: number, hi: number): WordAlignment | undefined {
	const m = quoted.length;
	const n = hi - lo;
	if (m === 0 || n <= 0) {
		return undefined;
	}
	const cost = new Uint16Array((m + 1) * (n + 1));
	const at = (i: number, j: number): number => i * (n + 1) + j;
	for (let i = 1; i <= m; i++) {
		cost[at(i, 0)] = i;
		for (let j = 1; j <= n; j++) {
			const same = quoted[i - 1]!.lower === words[lo + j - 1]!.lower ? 0 : 1;
			cost[at(i, j)] = Math.min(cost[at(i - 1, j - 1)]! + same, cost[at(i - 1, j)]! + 1, cost[at(i, j - 1)]! + 1);
		}
	}
	let endJ = 1;
	for (let j = 1; j <= n; j++) {
		if (cost[at(m, j)]! < cost[at(m, endJ)]!) {
			endJ = j;
		}
	}
	return backtrace(quoted, words, lo, cost, at, m, endJ);
}

function backtrace(
	quoted: readonly Token[],
	words: readonly Token[],
	lo: number,
	cost: Uint16Array,
	at: (i: number, j: number) => number,
	m: number,
	endJ: number,
): WordAlignment | undefined {
	const diffs: WordDiff[] = [];
	let i = m;
	let j = endJ;
	let matches = 0;
	let first = endJ;
	while (i > 0) {
		const here = cost[at(i, j)]!;
		const q = quoted[i - 1]!;
		const w = j > 0 ? words[lo + j - 1] : undefined;
		if (w !== undefined && here === cost[at(i - 1, j - 1)]! + (q.lower === w.lower ? 0 : 1)) {
			if (q.lower === w.lower) {
				matches++;
			} else {
				diffs.push({ kind: 'changed', quoted: q.raw, source: w.raw });
			}
			first = j - 1;
			i--;
			j--;
		} else if (here === cost[at(i - 1, j)]! + 1) {
			diffs.push({ kind: 'added', quoted: q.raw });
			i--;
		} else {
			diffs.push({ kind: 'dropped', source: w!.raw });
			first = j - 1;
			j--;
		}
	}
	if (matches === 0) {
		return undefined;
	}
	return { from: lo + first, to: lo + endJ, matches, diffs: diffs.reverse() };
}
