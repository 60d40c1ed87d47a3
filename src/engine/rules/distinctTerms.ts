/** Substrings up to this long are indexed; longer kept terms are compared one by one (a sentence holds few of them). */
const MAX_PART = 48;

/**
 * Terms in the order they were added, each dropped when it contains, or is part of, a term kept before: a message
 * names each thing once. Kept terms are indexed by their substrings, so a sentence of thousands of distinct amounts
 * costs a few set look-ups per term instead of a comparison with every term kept before.
 */
export class DistinctTerms {
	readonly terms: string[] = [];
	private readonly kept = new Set<string>();
	/** Every substring (at most MAX_PART long) of the kept terms that are at most MAX_PART long. */
	private readonly parts = new Set<string>();
	private readonly long: string[] = [];

	add(term: string): void {
		if (this.overlaps(term)) {
			return;
		}
		this.terms.push(term);
		this.kept.add(term);
		if (term.length > MAX_PART) {
			this.long.push(term);
			return;
		}
		for (let i = 0; i < term.length; i++) {
			for (let j = i + 1; j <= term.length; j++) {
				this.parts.add(term.slice(i, j));
			}
		}
	}

	/** `terms.some((t) => t.includes(term) || term.includes(t))`. */
	private overlaps(term: string): boolean {
		if (this.terms.length === 0) {
			return false;
		}
		if (term === '' || this.kept.has('')) {
			return true;
		}
		if ((term.length <= MAX_PART && this.parts.has(term)) || this.long.some((t) => t.includes(term) || term.includes(t))) {
			return true;
		}
		for (let i = 0; i < term.length; i++) {
			for (let j = i + 1; j <= Math.min(term.length, i + MAX_PART); j++) {
				if (this.kept.has(term.slice(i, j))) {
					return true;
				}
			}
		}
		return false;
	}
}
