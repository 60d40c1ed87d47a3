import type { Token } from '../text/tokens';
import { spellingKey } from '../text/spelling';

/** Scores: a matched word earns more than a few edits cost, so the alignment keeps the most matches close together. */
const MATCH = 3;
const SUBSTITUTION = -2;
const GAP = -1;

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
	/** The longest run of consecutive matched words. */
	readonly longestRun: number;
	readonly diffs: readonly WordDiff[];
}

/**
 * Aligns every quoted word against source words in `[lo, hi)` (a scored global-local alignment), with the source's
 * ends free (a quote may start and stop anywhere), or with its start fixed at `lo` (`fixedStart`: the source's words
 * before the first one the quote matches are dropped from it). Returns undefined when nothing matches.
 */
export function alignWords(quoted: readonly Token[], words: readonly Token[], lo: number, hi: number, fixedStart = false): WordAlignment | undefined {
	const m = quoted.length;
	const n = hi - lo;
	if (m === 0 || n <= 0) {
		return undefined;
	}
	const cost = new Int32Array((m + 1) * (n + 1));
	const at = (i: number, j: number): number => i * (n + 1) + j;
	if (fixedStart) {
		for (let j = 1; j <= n; j++) {
			cost[at(0, j)] = j * GAP;
		}
	}
	// The inner loop runs for every cell: the row's word and the two rows' offsets are hoisted out of it, and the
	// window's spelling keys (British and American spellings of a word share one) are found once.
	const keys: string[] = [];
	for (let j = 0; j < n; j++) {
		keys.push(spellingKey(words[lo + j]!.lower));
	}
	for (let i = 1; i <= m; i++) {
		const q = spellingKey(quoted[i - 1]!.lower);
		const row = at(i, 0);
		const up = at(i - 1, 0);
		cost[row] = i * GAP;
		for (let j = 1; j <= n; j++) {
			const pair = q === keys[j - 1] ? MATCH : SUBSTITUTION;
			cost[row + j] = Math.max(cost[up + j - 1]! + pair, cost[up + j]! + GAP, cost[row + j - 1]! + GAP);
		}
	}
	let endJ = 1;
	for (let j = 1; j <= n; j++) {
		if (cost[at(m, j)]! > cost[at(m, endJ)]!) {
			endJ = j;
		}
	}
	return backtrace(quoted, words, lo, cost, at, m, endJ, fixedStart);
}

function backtrace(
	quoted: readonly Token[],
	words: readonly Token[],
	lo: number,
	cost: Int32Array,
	at: (i: number, j: number) => number,
	m: number,
	endJ: number,
	fixedStart = false,
): WordAlignment | undefined {
	// Ops from the end, with null for a matched word; grouped into runs of differences afterwards.
	const ops: (WordDiff | null)[] = [];
	let i = m;
	let j = endJ;
	let matches = 0;
	let first = endJ;
	while (i > 0 || (fixedStart && j > 0)) {
		if (i === 0) {
			// The source's words before the quote's first, from the fixed start.
			ops.push({ kind: 'dropped', source: words[lo + j - 1]!.raw });
			first = j - 1;
			j--;
			continue;
		}
		const here = cost[at(i, j)]!;
		const q = quoted[i - 1]!;
		const w = j > 0 ? words[lo + j - 1] : undefined;
		const same = w !== undefined && spellingKey(q.lower) === spellingKey(w.lower);
		if (w !== undefined && here === cost[at(i - 1, j - 1)]! + (same ? MATCH : SUBSTITUTION)) {
			if (same) {
				matches++;
				ops.push(null);
			} else {
				ops.push({ kind: 'changed', quoted: q.raw, source: w.raw });
			}
			first = j - 1;
			i--;
			j--;
		} else if (here === cost[at(i - 1, j)]! + GAP) {
			ops.push({ kind: 'added', quoted: q.raw });
			i--;
		} else {
			ops.push({ kind: 'dropped', source: w!.raw });
			first = j - 1;
			j--;
		}
	}
	if (matches === 0) {
		return undefined;
	}
	let longestRun = 0;
	let run = 0;
	for (const op of ops) {
		run = op === null ? run + 1 : 0;
		longestRun = Math.max(longestRun, run);
	}
	return { from: lo + first, to: lo + endJ, matches, longestRun, diffs: groupRuns(ops.reverse()) };
}

/** Merges adjacent differences into one: "`deploying` instead of `exploring how`" rather than two. */
function groupRuns(ops: readonly (WordDiff | null)[]): WordDiff[] {
	const out: WordDiff[] = [];
	let quoted: string[] = [];
	let source: string[] = [];
	const flush = (): void => {
		if (quoted.length > 0 && source.length > 0) {
			out.push({ kind: 'changed', quoted: quoted.join(' '), source: source.join(' ') });
		} else if (quoted.length > 0) {
			out.push({ kind: 'added', quoted: quoted.join(' ') });
		} else if (source.length > 0) {
			out.push({ kind: 'dropped', source: source.join(' ') });
		}
		quoted = [];
		source = [];
	};
	for (const op of ops) {
		if (op === null) {
			flush();
		} else {
			if (op.kind !== 'dropped') {
				quoted.push(op.quoted);
			}
			if (op.kind !== 'added') {
				source.push(op.source);
			}
		}
	}
	flush();
	return out;
}
