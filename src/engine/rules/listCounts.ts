/**
 * How many things the source lists, by what it calls them: "four fields" where Schedule 1 Part 1, "Fields and Target
 * Condition", numbers four paragraphs; "six datasets" where a table of datasets has six rows; "three sites" where a
 * lead-in about sites has items (a) to (c). A writer who counts what the source lists adds nothing to it.
 */
import type { SourceModel } from '../source';
import { isStopword, tokenize } from '../text/tokens';

/** The stems a group of listed things is named by, with how many things each group has. */
type Counts = ReadonlyMap<string, ReadonlySet<number>>;

/** True when the source lists exactly `n` things in a group whose lead-in, title or table header names `stem`. */
export function sourceListsCount(source: SourceModel, stem: string, n: number): boolean {
	return countsOf(source).get(stem)?.has(n) === true;
}

function countsOf(source: SourceModel): Counts {
	let found = cache.get(source);
	if (found === undefined) {
		found = buildCounts(source);
		cache.set(source, found);
	}
	return found;
}
const cache = new WeakMap<SourceModel, Counts>();

/** A lettered or roman item: "4.1(c)", "schedule-1.2(iv)". */
const ITEM_RE = /^(.+)\((?:[a-z]{1,2}|[ivx]{1,5})\)$/;
/** A numbered paragraph of a part: "schedule-1.A.3", "7.2". */
const PARAGRAPH_RE = /^(.+)[.-](\d{1,3})$/;
/** A table's separator row, and a row that totals the others. */
const SEPARATOR_RE = /^\s*\|?\s*:?-{2,}/;
const TOTAL_RE = /\btotal\b/i;

function buildCounts(source: SourceModel): Counts {
	const groups = new Map<string, { count: number; words: string }>();
	const byId = new Map(source.clauses.map((c) => [c.id, c]));
	const add = (key: string, words: () => string): void => {
		const group = groups.get(key);
		if (group === undefined) {
			groups.set(key, { count: 1, words: words() });
		} else {
			group.count++;
		}
	};
	for (const clause of source.clauses) {
		const item = ITEM_RE.exec(clause.id);
		if (item !== null) {
			// Items under their lead-in: named by its words and its title.
			add(`item:${item[1]}`, () => `${byId.get(item[1]!)?.text ?? ''} ${clause.title}`);
			continue;
		}
		const paragraph = PARAGRAPH_RE.exec(clause.id);
		if (paragraph !== null && clause.title !== '') {
			// The numbered paragraphs under one title ("Part 1 — Fields and Target Condition"): named by the title.
			add(`paragraph:${paragraph[1]}:${clause.title}`, () => clause.title);
		}
		const rows = clause.text.split('\n').filter((line) => /^\s*\|.*\|\s*$/.test(line) && !SEPARATOR_RE.test(line));
		if (rows.length >= 3) {
			// A table: its data rows, named by its header, the words before it and its title.
			const data = rows.slice(1).filter((row) => !TOTAL_RE.test(row));
			const before = clause.text.slice(0, clause.text.indexOf('|'));
			groups.set(`table:${clause.id}:${groups.size}`, { count: data.length, words: `${rows[0]} ${before} ${clause.title}` });
		}
	}
	const counts = new Map<string, Set<number>>();
	for (const { count, words } of groups.values()) {
		if (count < 2) {
			continue;
		}
		for (const t of tokenize(words)) {
			if (t.lower.length > 2 && !isStopword(t.lower) && !/^\d/.test(t.raw)) {
				const set = counts.get(t.stem) ?? new Set<number>();
				set.add(count);
				counts.set(t.stem, set);
			}
		}
	}
	return counts;
}
