// The vocabulary side of the clause lookup: which indexed terms a (possibly misspelt, possibly
// unfinished) query word stands for. No vscode import: unit-tested and benchmarked in plain Node.
import Fuse from 'fuse.js';

/** An indexed term that a query word matched, with how good the match is (1 = exact). */
export interface TermMatch {
	readonly term: number;
	readonly quality: number;
}

const wordRe = /[\p{L}\p{N}]+(?:['’.&-][\p{L}\p{N}]+)*/gu;
const MAX_PREFIX_TERMS = 40;
const MIN_TYPO_LENGTH = 4;
/** fuse.js Bitap threshold for the typo search: about two edits in an eight-letter word. */
const FUSE_THRESHOLD = 0.34;

/** Splits text into lower-cased words with straight apostrophes (`UK’s` → `uk's`). */
export function lookupWords(text: string): string[] {
	const out: string[] = [];
	for (const match of text.toLowerCase().matchAll(wordRe)) {
		out.push(match[0].replace(/’/g, "'"));
	}
	return out;
}

/**
 * Distinct terms with exact, prefix and typo-tolerant lookup. Typos: a one-deletion neighbourhood
 * (one insertion, deletion, substitution or transposition) plus fuse.js over the terms that share
 * the word's first letter, so "secruity" finds "security" and "infrastucure" finds "infrastructure".
 */
export class TermIndex {
	private readonly ids = new Map<string, number>();
	private readonly terms: string[] = [];
	private sorted: number[] | undefined;
	private deletions: Map<string, number[]> | undefined;
	private readonly buckets = new Map<string, { fuse: Fuse<string>; ids: number[] }>();

	/** The id of `term`, adding it if new. */
	add(term: string): number {
		let id = this.ids.get(term);
		if (id === undefined) {
			id = this.terms.length;
			this.ids.set(term, id);
			this.terms.push(term);
		}
		return id;
	}

	/** The text of term `id`. */
	term(id: number): string {
		return this.terms[id]!;
	}

	/** The number of distinct terms. */
	get size(): number {
		return this.terms.length;
	}

	/** The terms a query word stands for; `isLast` allows an unfinished word to match as a prefix. */
	match(word: string, isLast: boolean): TermMatch[] {
		const found = new Map<number, number>();
		const keep = (term: number, quality: number): void => {
			if ((found.get(term) ?? 0) < quality) {
				found.set(term, quality);
			}
		};
		const exact = this.ids.get(word);
		if (exact !== undefined) {
			keep(exact, 1);
		}
		if (word.length >= 3 || (isLast && word.length >= 1)) {
			this.prefixMatches(word).forEach((term) => keep(term, 0.6 + 0.3 * (word.length / this.terms[term]!.length)));
		}
		if (exact === undefined && word.length >= MIN_TYPO_LENGTH) {
			this.typoMatches(word).forEach(({ term, quality }) => keep(term, quality));
		}
		return [...found].map(([term, quality]) => ({ term, quality }));
	}

	private prefixMatches(word: string): number[] {
		const sorted = (this.sorted ??= this.terms.map((_, i) => i).sort((a, b) => compare(this.terms[a]!, this.terms[b]!)));
		let lo = 0;
		let hi = sorted.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (compare(this.terms[sorted[mid]!]!, word) < 0) {
				lo = mid + 1;
			} else {
				hi = mid;
			}
		}
		const out: number[] = [];
		for (let k = lo; k < sorted.length && out.length < MAX_PREFIX_TERMS; k++) {
			const term = this.terms[sorted[k]!]!;
			if (!term.startsWith(word)) {
				break;
			}
			if (term !== word) {
				out.push(sorted[k]!);
			}
		}
		return out;
	}

	private typoMatches(word: string): TermMatch[] {
		const candidates = new Set<number>();
		const deletions = (this.deletions ??= this.buildDeletions());
		for (const variant of [word, ...oneDeletions(word)]) {
			deletions.get(variant)?.forEach((term) => candidates.add(term));
		}
		const bucket = this.bucket(word);
		for (const result of bucket.fuse.search(word, { limit: 12 })) {
			candidates.add(bucket.ids[result.refIndex]!);
		}
		const out: TermMatch[] = [];
		for (const term of candidates) {
			const distance = editDistance(word, this.terms[term]!, 2);
			if (distance <= 2 && distance < word.length / 3) {
				out.push({ term, quality: distance === 1 ? 0.75 : 0.55 });
			}
		}
		return out;
	}

	private buildDeletions(): Map<string, number[]> {
		const map = new Map<string, number[]>();
		this.terms.forEach((term, id) => {
			if (term.length < MIN_TYPO_LENGTH - 1) {
				return;
			}
			for (const variant of new Set([term, ...oneDeletions(term)])) {
				const list = map.get(variant);
				if (list) {
					list.push(id);
				} else {
					map.set(variant, [id]);
				}
			}
		});
		return map;
	}

	/** fuse.js over the terms that start with the word's first letter, built on first use. */
	private bucket(word: string): { fuse: Fuse<string>; ids: number[] } {
		const key = word[0]!;
		let bucket = this.buckets.get(key);
		if (!bucket) {
			const ids = this.terms.flatMap((term, id) => (term[0] === key && term.length >= MIN_TYPO_LENGTH - 1 ? [id] : []));
			const fuse = new Fuse(ids.map((id) => this.terms[id]!), { threshold: FUSE_THRESHOLD, ignoreLocation: true, includeScore: true });
			bucket = { fuse, ids };
			this.buckets.set(key, bucket);
		}
		return bucket;
	}
}

function compare(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

function oneDeletions(word: string): string[] {
	const out: string[] = [];
	for (let i = 0; i < word.length; i++) {
		out.push(word.slice(0, i) + word.slice(i + 1));
	}
	return out;
}

/** Optimal-string-alignment distance (adjacent transpositions count once), capped at `max + 1`. */
export function editDistance(a: string, b: string, max: number): number {
	if (Math.abs(a.length - b.length) > max) {
		return max + 1;
	}
	let prev2: number[] = [];
	let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		let best = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let value = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
				value = Math.min(value, prev2[j - 2]! + 1);
			}
			row.push(value);
			best = Math.min(best, value);
		}
		if (best > max) {
			return max + 1;
		}
		prev2 = prev;
		prev = row;
	}
	return prev[b.length]!;
}
