import type { SourceModel } from '../source';
import { isContentToken, type Token, tokenize } from '../text/tokens';
import type { Clause } from '../types';
import { addTo } from '../multimap';

/**
 * A list the source gives: the lettered items under a lead-in ("3.1 … within the following areas: (a) …; (b) …") or
 * the items of one sentence ("… PVC, polystyrene and carbon black pigments"). Each item is the set of its content
 * stems and words.
 */
export interface SourceList {
	/** The lead-in clause, or the clause whose sentence lists the items. */
	readonly clause: Clause;
	readonly items: readonly ReadonlySet<string>[];
}

/** How many items make a list. */
const MIN_ITEMS = 3;
/** Past this many content words an item of one sentence is prose, not a name. */
const MAX_SENTENCE_ITEM = 10;
/** Only the opening words of a lettered item name it ("(b) **Safety and assurance.** Exploring approaches to …"). */
const ITEM_WORDS = 24;
const SUB_ITEM_RE = /^(.+)\(([a-z]{1,2}|[ivx]{1,5})\)$/;
const cache = new WeakMap<SourceModel, readonly SourceList[]>();

function words(text: string, limit: number): Set<string> {
	const out = new Set<string>();
	for (const t of tokenize(text).filter(isContentToken).slice(0, limit)) {
		out.add(t.stem);
		out.add(t.lower);
	}
	return out;
}

/** The source's lists, found once per source. */
export function sourceLists(source: SourceModel): readonly SourceList[] {
	let lists = cache.get(source);
	if (lists === undefined) {
		const found: SourceList[] = [];
		const byId = new Map(source.clauses.map((c) => [c.id, c]));
		const children = new Map<string, Clause[]>();
		for (const clause of source.clauses) {
			const parent = SUB_ITEM_RE.exec(clause.id)?.[1];
			if (parent !== undefined && byId.has(parent)) {
				children.set(parent, [...(children.get(parent) ?? []), clause]);
			}
		}
		for (const [parent, items] of children) {
			if (items.length >= MIN_ITEMS) {
				found.push({ clause: byId.get(parent)!, items: items.map((c) => words(c.text, ITEM_WORDS)) });
			}
		}
		for (const { clause, sentence } of source.sentences) {
			const text = sentence.text;
			const colon = text.indexOf(':');
			const body = colon >= 0 ? text.slice(colon + 1) : text;
			const parts = body.split(/;\s*|,\s*(?:and\s+|or\s+)?|\s(?:and|or)\s/).map((p) => words(p, MAX_SENTENCE_ITEM + 1)).filter((w) => w.size > 0 && w.size <= MAX_SENTENCE_ITEM * 2);
			if (parts.length >= MIN_ITEMS) {
				found.push({ clause, items: parts });
			}
		}
		lists = found;
		cache.set(source, lists);
	}
	return lists;
}

/** A head word found in more of the source's lists than this does not identify a list. */
const DISTINCTIVE_LISTS = 40;
const indexes = new WeakMap<SourceModel, ReadonlyMap<string, readonly SourceList[]>>();

/** The source's lists by the words of their items. */
function listIndex(source: SourceModel): ReadonlyMap<string, readonly SourceList[]> {
	let index = indexes.get(source);
	if (index === undefined) {
		const byWord = new Map<string, SourceList[]>();
		for (const list of sourceLists(source)) {
			for (const word of new Set(list.items.flatMap((item) => [...item]))) {
				addTo(byWord, word, list);
			}
		}
		index = byWord;
		indexes.set(source, index);
	}
	return index;
}

/**
 * The source list of which a sentence's items name the most, and which items it names. An item is named by the list
 * item that has its head (its last word: "safety testing" by "… approaches to testing …"); each list item names one.
 */
export function enumeratedList(source: SourceModel, items: readonly (readonly Token[])[]): { list: SourceList; named: boolean[] } | undefined {
	let best: { list: SourceList; named: boolean[]; n: number } | undefined;
	// Only the lists that have one of the items' heads, and only heads that pick out a few lists: a source of thousands
	// of clauses has thousands of lists, and a word in hundreds of them says nothing about which one a sentence echoes.
	const index = listIndex(source);
	const candidates = new Set<SourceList>();
	for (const ts of items) {
		const head = ts[ts.length - 1];
		for (const key of head === undefined ? [] : [head.stem, head.lower]) {
			const lists = index.get(key) ?? [];
			if (lists.length <= DISTINCTIVE_LISTS) {
				lists.forEach((list) => candidates.add(list));
			}
		}
	}
	for (const list of candidates) {
		const used = new Set<number>();
		const named = items.map((ts) => {
			const head = ts[ts.length - 1];
			const at = head === undefined ? -1 : list.items.findIndex((item, j) => !used.has(j) && (item.has(head.stem) || item.has(head.lower)));
			if (at >= 0) {
				used.add(at);
			}
			return at >= 0;
		});
		const n = named.filter(Boolean).length;
		if (n > (best?.n ?? 0)) {
			best = { list, named, n };
		}
	}
	return best && { list: best.list, named: best.named };
}
