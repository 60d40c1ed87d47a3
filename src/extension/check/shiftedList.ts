// A list of items with spans, kept as runs of the worker's replies: applying a reply's list edit costs only the runs and
// the added items, not a moved copy of every item after the edit (tens of thousands in a large briefing, per
// keystroke). Items are moved to their current offsets only when read.
import type { ListEdit } from './protocol';

interface Spanned {
	readonly span: { readonly start: number; readonly end: number };
}

/** A run of items: `items[from, to)`, each to be moved by `delta`. */
interface Run<T> {
	readonly items: readonly T[];
	readonly from: number;
	readonly to: number;
	readonly delta: number;
}

/** An ordered list of items sorted by span, edited by `ListEdit`s and read at current offsets. */
export class ShiftedList<T extends Spanned> {
	private runs: Run<T>[];
	private cached: readonly T[] | undefined;

	/** @param shift moves an item by `delta` (a new item; the original is never changed). */
	constructor(private readonly shift: (item: T, delta: number) => T, items: readonly T[] = []) {
		this.runs = items.length > 0 ? [{ items, from: 0, to: items.length, delta: 0 }] : [];
		this.cached = items;
	}

	get length(): number {
		let n = 0;
		for (const run of this.runs) n += run.to - run.from;
		return n;
	}

	/** The list after `edit`, the items after it moved by `delta`. This list is unchanged. */
	edited(edit: ListEdit<T>, delta: number): ShiftedList<T> {
		const next = new ShiftedList(this.shift);
		const runs: Run<T>[] = [];
		let index = 0;
		for (const run of this.runs) {
			const size = run.to - run.from;
			// The part of this run before the edit, kept as it is.
			const keep = Math.max(0, Math.min(size, edit.start - index));
			if (keep > 0) runs.push({ ...run, to: run.from + keep });
			index += size;
		}
		if (edit.added.length > 0) runs.push({ items: edit.added, from: 0, to: edit.added.length, delta: 0 });
		index = 0;
		const tail = edit.start + edit.removed;
		for (const run of this.runs) {
			const size = run.to - run.from;
			// The part of this run after the removed items, moved by the edit's delta.
			const skip = Math.max(0, Math.min(size, tail - index));
			if (skip < size) runs.push({ items: run.items, from: run.from + skip, to: run.to, delta: run.delta + delta });
			index += size;
		}
		next.runs = runs;
		next.cached = undefined;
		return next;
	}

	/** Every item at its current offsets (made once, then kept; the runs become one). */
	toArray(): readonly T[] {
		if (!this.cached) {
			const out: T[] = [];
			for (const run of this.runs) {
				for (let i = run.from; i < run.to; i++) out.push(run.delta === 0 ? run.items[i]! : this.shift(run.items[i]!, run.delta));
			}
			this.cached = out;
			this.runs = out.length > 0 ? [{ items: out, from: 0, to: out.length, delta: 0 }] : [];
		}
		return this.cached;
	}

	/** The items (at current offsets) for which `accept` holds, in order, at most `limit`; `accept` sees items unmoved. */
	pick(accept: (item: T) => boolean, limit: number): T[] {
		const out: T[] = [];
		for (const run of this.runs) {
			for (let i = run.from; i < run.to && out.length < limit; i++) {
				const item = run.items[i]!;
				if (accept(item)) out.push(run.delta === 0 ? item : this.shift(item, run.delta));
			}
		}
		return out;
	}

	/**
	 * The `limit` items (at current offsets) with the lowest `rank`, in list order; ties go to the earlier item. `rank`
	 * sees each item's current offsets, but only the items returned are moved (a large briefing has tens of thousands).
	 */
	pickRanked(rank: (start: number, end: number, item: T) => number, limit: number): T[] {
		const ranks = new Float64Array(this.length);
		let k = 0;
		for (const run of this.runs) {
			for (let i = run.from; i < run.to; i++) {
				const item = run.items[i]!;
				ranks[k++] = rank(item.span.start + run.delta, item.span.end + run.delta, item);
			}
		}
		// The rank of the last item taken (a typed array sorts numerically, natively); ties at it go to the earlier items.
		const cut = ranks.length <= limit ? Infinity : Float64Array.from(ranks).sort()[limit - 1]!;
		let ties = limit - ranks.reduce((n, r) => (r < cut ? n + 1 : n), 0);
		const out: T[] = [];
		k = 0;
		for (const run of this.runs) {
			for (let i = run.from; i < run.to; i++) {
				const r = ranks[k++]!;
				if (r < cut || (r === cut && ties-- > 0)) {
					out.push(this.moved(run, i));
				}
			}
		}
		return out;
	}

	/** The items (at current offsets) that start at `start`: a binary search in each run, nothing else moved. */
	startingAt(start: number): T[] {
		const out: T[] = [];
		for (const run of this.runs) {
			for (let i = lowerBound(run, start, (item) => item.span.start); i < run.to && run.items[i]!.span.start + run.delta === start; i++) {
				out.push(this.moved(run, i));
			}
		}
		return out;
	}

	/**
	 * The items (at current offsets) that overlap or touch `[start, end]`, for lists whose spans do not overlap one
	 * another (citations: one per sentence), so that their ends are sorted too: a binary search in each run.
	 */
	touching(start: number, end: number): T[] {
		const out: T[] = [];
		for (const run of this.runs) {
			for (let i = lowerBound(run, start, (item) => item.span.end); i < run.to && run.items[i]!.span.start + run.delta <= end; i++) {
				out.push(this.moved(run, i));
			}
		}
		return out;
	}

	private moved(run: Run<T>, i: number): T {
		return run.delta === 0 ? run.items[i]! : this.shift(run.items[i]!, run.delta);
	}
}

/** The first index of the run whose key (moved by the run's delta) is at least `value`; keys ascend. */
function lowerBound<T>(run: Run<T>, value: number, key: (item: T) => number): number {
	let lo = run.from;
	let hi = run.to;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (key(run.items[mid]!) + run.delta < value) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}
