import type { SourceModel } from '../source';
import { tokenize } from '../text/tokens';

/** A source's clause titles by stem: each distinct title once, at the first sentence whose clause has it. */
interface TitleIndex {
	/** Stem → indices (ascending) into `firsts` of the titles containing it. */
	readonly byStem: ReadonlyMap<string, readonly number[]>;
	/** Per distinct title: the first source sentence under it and its stems. */
	readonly firsts: readonly { readonly doc: number; readonly stems: ReadonlySet<string> }[];
}

const titleIndexes = new WeakMap<SourceModel, TitleIndex>();

/**
 * The first source sentence whose clause title contains every stem, or -1: the answer a scan of all source
 * sentences gives, from an index built once per source (the scan tokenised every clause title per heading:
 * 10 s for a 1 MB briefing against 5,000 clauses).
 */
export function firstTitledSentence(source: SourceModel, stems: readonly string[]): number {
	const index = titleIndex(source);
	let shortest: readonly number[] | undefined;
	for (const stem of stems) {
		const list = index.byStem.get(stem);
		if (list === undefined) {
			return -1;
		}
		shortest = shortest === undefined || list.length < shortest.length ? list : shortest;
	}
	for (const k of shortest ?? []) {
		const title = index.firsts[k]!;
		if (stems.every((stem) => title.stems.has(stem))) {
			return title.doc;
		}
	}
	return -1;
}

function titleIndex(source: SourceModel): TitleIndex {
	let index = titleIndexes.get(source);
	if (index === undefined) {
		const byStem = new Map<string, number[]>();
		const firsts: { doc: number; stems: ReadonlySet<string> }[] = [];
		const seen = new Set<string>();
		source.sentences.forEach((s, doc) => {
			if (seen.has(s.clause.title)) {
				return;
			}
			seen.add(s.clause.title);
			const stems = new Set(tokenize(s.clause.title).map((t) => t.stem));
			for (const stem of stems) {
				const list = byStem.get(stem);
				if (list) {
					list.push(firsts.length);
				} else {
					byStem.set(stem, [firsts.length]);
				}
			}
			firsts.push({ doc, stems });
		});
		index = { byStem, firsts };
		titleIndexes.set(source, index);
	}
	return index;
}
