import type { SourceModel, SourceSentence } from '../source';
import { isContentToken, type Token, tokenize } from '../text/tokens';
import { type AnalysedSentence, type RuleContext, statesUnhedged } from './rule';

/** An item of a source's list with the scope the source gives it ("hospitality, where performed in a rural area"). */
interface ScopedItem {
	readonly match: SourceSentence;
	/** The item as the source words it, scope included. */
	readonly wording: string;
	/** Stems of the item's head ("hospitality", "tourism and hospitality"), and of its parts joined by "and" / "or". */
	readonly head: readonly string[];
	readonly parts: readonly (readonly string[])[];
	/** Content stems of the scope ("performed", "local", "rural" …), none of which a sentence that drops it uses. */
	readonly scope: ReadonlySet<string>;
}

/** A source list of at least three items, some of them scoped. */
interface ScopedList {
	readonly heads: readonly { readonly head: readonly string[]; readonly parts: readonly (readonly string[])[] }[];
	readonly scoped: readonly ScopedItem[];
}

/**
 * A sentence names an item when it names one of its joined parts ("agriculture" of "agriculture and horticulture")
 * or most of a long head's words ("adult social care" of "care work in registered adult social care settings").
 */
function names(said: ReadonlySet<string>, head: readonly string[], parts: readonly (readonly string[])[]): boolean {
	if (parts.some((part) => part.length > 0 && part.every((s) => said.has(s)))) {
		return true;
	}
	return head.length >= 3 && head.filter((s) => said.has(s)).length >= Math.ceil(head.length * 0.6);
}

/** A sentence that names a scoped item without its scope. */
export interface DroppedScope {
	readonly item: ScopedItem;
	/** Where the sentence names the item's head. */
	readonly start: number;
	readonly end: number;
}

/**
 * The scope words an item may carry after its head: "…, where performed in …", "… only in …", "… in the Serafin
 * Islands" (a named place), "… except …", "… unless …", "… provided that …".
 */
const SCOPE_RE = /^(.+?)(?:,\s*|\s+)((?:where|only|except|unless|provided|save)\b.+|in\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*.*)$/u;
/** How many of a list's items a sentence must name to be enumerating that list. */
const NAMED_ITEMS = 3;
/** The longest list item read, in characters. */
const MAX_ITEM = 240;
const cache = new WeakMap<SourceModel, readonly ScopedList[]>();

/** The source's semicolon-separated lists with at least one scoped item, found once per source. */
function scopedLists(source: SourceModel): readonly ScopedList[] {
	let found = cache.get(source);
	if (found === undefined) {
		const lists: ScopedList[] = [];
		for (const match of source.sentences) {
			const text = match.sentence.text;
			const body = text.slice(text.indexOf(':') + 1);
			const parts = body.split(/;\s*(?:and\s+|or\s+)?/).map((p) => trimEnd(p.replace(/^\s*\([a-z0-9]+\)\s*/i, '')).trim()).filter((p) => p.length > 0);
			if (parts.length < NAMED_ITEMS) {
				continue;
			}
			const heads: { head: string[]; parts: string[][] }[] = [];
			const scoped: ScopedItem[] = [];
			for (const part of parts) {
				// An item is a phrase: a long one is prose, and reading it with SCOPE_RE would cost its length squared.
				if (part.length > MAX_ITEM) {
					continue;
				}
				const m = SCOPE_RE.exec(part);
				const headText = m ? m[1]! : part;
				const head = stems(headText);
				if (head.length === 0 || head.length > 8) {
					continue;
				}
				const joined = headText.split(/\s+(?:and|or)\s+/).map(stems);
				heads.push({ head, parts: joined });
				if (m) {
					const scope = new Set(stems(m[2]!).filter((s) => !head.includes(s)));
					if (scope.size > 0) {
						scoped.push({ match, wording: part, head, parts: joined, scope });
					}
				}
			}
			if (scoped.length > 0 && heads.length >= NAMED_ITEMS) {
				lists.push({ heads, scoped });
			}
		}
		found = lists;
		cache.set(source, found);
	}
	return found;
}

/** Drops trailing stops, commas and white space, in one pass from the end (a regex ending in `$` retries from every position). */
function trimEnd(text: string): string {
	let end = text.length;
	while (end > 0 && /[.;,\s]/.test(text[end - 1]!)) {
		end--;
	}
	return text.slice(0, end);
}

function stems(text: string): string[] {
	return tokenize(text).filter(isContentToken).map((t) => t.stem);
}

/**
 * "Work in agriculture, forestry, fishing, adult social care or hospitality" against a list whose item is
 * "hospitality, where performed in a local authority area designated as rural": a sentence that names at least three
 * of a source list's items, and one of its scoped items without a word of its scope, widens what was agreed.
 */
export function droppedItemScope(context: RuleContext, analysed: AnalysedSentence): DroppedScope | undefined {
	if (!statesUnhedged(analysed)) {
		return undefined;
	}
	const { claim } = analysed;
	const lists = scopedLists(context.source);
	if (lists.length === 0) {
		return undefined;
	}
	const said = new Set(claim.tokens.map((t) => t.stem));
	// The list the sentence enumerates: the one of which it names the most items (two sectors lists, one per country,
	// share items).
	const named = lists.map((list) => ({ list, n: list.heads.filter((h) => names(said, h.head, h.parts)).length }));
	const most = Math.max(NAMED_ITEMS, ...named.map((x) => x.n));
	for (const { list } of named.filter((x) => x.n === most)) {
		for (const item of list.scoped) {
			if (!names(said, item.head, item.parts) || [...item.scope].some((s) => said.has(s))) {
				continue;
			}
			const at = lastNaming(claim.tokens, item.head.filter((s) => said.has(s)));
			if (at !== undefined) {
				return { item, start: at.start, end: at.end };
			}
		}
	}
	return undefined;
}

/** The sentence's last word of the item's head: where the scope would go. */
function lastNaming(tokens: readonly Token[], head: readonly string[]): Token | undefined {
	const last = head[head.length - 1];
	if (last === undefined) {
		return undefined;
	}
	for (let i = tokens.length - 1; i >= 0; i--) {
		if (tokens[i]!.stem === last) {
			return tokens[i];
		}
	}
	return undefined;
}
