import lexicon from '../lexicon/openLists.json';
import type { SourceModel, SourceSentence } from '../source';
import { splitOnJoiners } from '../text/findMatches';
import { isContentToken, type Token, tokenize } from '../text/tokens';
import type { Span } from '../types';
import type { AnalysedSentence } from './rule';

/** An open list in a source sentence: its wording and the stems that name each item. */
export interface OpenList {
	readonly match: SourceSentence;
	/** The list as written, from its marker ("such as justice, defence and security, …"). */
	readonly wording: string;
	readonly items: readonly (readonly string[])[];
}

/** A briefing sentence that reads an open list as complete. */
export interface ClosedReading {
	readonly list: OpenList;
	/** The word or phrase that closes the list ("only", "the four areas"). */
	readonly marker: Span;
}

const listCache = new WeakMap<SourceModel, readonly OpenList[]>();
/** A comma, or "and"/"or" after white space (which `splitOnJoiners` takes): what separates a list's items. */
const itemSplitRe = /,\s*(?:and\s+|or\s+)?|(?<=\s)(?:and|or)\s+/g;
const PHRASES = (words: readonly string[]): string[][] => words.map((w) => w.split(' '));
const SOURCE_MARKERS = PHRASES(lexicon.sourceMarkers);
const INCLUSIVE = PHRASES(lexicon.inclusive);
const EXHAUSTIVE = PHRASES(lexicon.exhaustive);
const EXHAUSTIVE_STARTS: ReadonlySet<string> = new Set(EXHAUSTIVE.map((p) => p[0]!));
/** Phrase indices by first word: a sentence is searched for all the phrases of a list in one pass. */
const byFirstWord = (phrases: readonly (readonly string[])[]): ReadonlyMap<string, readonly number[]> => {
	const map = new Map<string, number[]>();
	phrases.forEach((p, k) => map.set(p[0]!, [...(map.get(p[0]!) ?? []), k]));
	return map;
};
const INCLUSIVE_BY_FIRST = byFirstWord(INCLUSIVE);
const EXHAUSTIVE_BY_FIRST = byFirstWord(EXHAUSTIVE);

/** The open lists ("such as …", "including …") in a source's sentences, found once per source. */
export function openLists(source: SourceModel): readonly OpenList[] {
	let lists = listCache.get(source);
	if (!lists) {
		lists = source.sentences.flatMap((match) => {
			const list = findOpenList(match);
			return list ? [list] : [];
		});
		listCache.set(source, lists);
	}
	return lists;
}

function findOpenList(match: SourceSentence): OpenList | undefined {
	const tokens = match.tokens;
	for (const marker of SOURCE_MARKERS) {
		const at = findPhrase(tokens, marker, 0);
		if (at === -1) {
			continue;
		}
		const start = tokens[at + marker.length]?.start;
		if (start === undefined) {
			return undefined;
		}
		const base = match.sentence.span.start;
		const tail = match.sentence.text.slice(start - base).split(/[.;:]/)[0] ?? '';
		const all = openListItems(tail).map((item) => tokenize(item).filter(isContentToken).map((t) => t.stem)).filter((s) => s.length > 0);
		// A list's items are short noun phrases; a long "item" is the sentence going on past the list ("including any
		// provision of Section 8, is intended to create obligations enforceable under …"): the list ends before it.
		const end = all.findIndex((item) => item.length > MAX_ITEM_WORDS);
		const items = end === -1 ? all : all.slice(0, end);
		if (items.length < 2) {
			return undefined;
		}
		return { match, wording: match.sentence.text.slice(tokens[at]!.start - base, start - base + tail.length).trim(), items };
	}
	return undefined;
}

/** Content words an item of an open list has at most ("education technology", "financial and technical support": a few). */
const MAX_ITEM_WORDS = 4;

/** The items of an open list's wording ("justice, defence and security, and education"). */
export function openListItems(tail: string): string[] {
	return splitOnJoiners(tail, itemSplitRe, (m) => (m[0].startsWith(',') ? 'none' : 'required'));
}

/** Finds a briefing sentence that names two or more items of an open list and closes it. */
export function findClosedReading(source: SourceModel, analysed: AnalysedSentence): ClosedReading | undefined {
	const tokens = analysed.claim.tokens;
	// Cheap test first: most sentences contain no word that can start a closing marker.
	if (analysed.claim.isQuestion || !tokens.some((t) => EXHAUSTIVE_STARTS.has(t.lower)) || firstOccurrences(tokens, INCLUSIVE, INCLUSIVE_BY_FIRST) !== undefined) {
		return undefined;
	}
	// The closing marker does not depend on the list: find it once, before looking at the source's lists.
	const marker = closingMarker(tokens);
	if (marker === undefined) {
		return undefined;
	}
	const stems = new Set(tokens.map((t) => t.stem));
	for (const list of openLists(source)) {
		// An item is named by most of its words: a long item ("supporting country-driven strategies …") is not named
		// by a sentence that shares one common word with it.
		// Nor by a word most of the list's items share ("APBC" of "APBC One", "APBC Two", "APBC Digital Services"): each
		// item is named by its own words.
		const shared = sharedStems(list.items);
		// An item of shared words only ("APBC" of "APBC One", its number dropped) is named by none of them.
		const named = list.items.map((item) => item.filter((stem) => !shared.has(stem)))
			.filter((item) => item.length > 0 && item.filter((stem) => stems.has(stem)).length * 2 >= item.length).length;
		if (named >= 2) {
			return { list, marker };
		}
	}
	return undefined;
}

/** The stems in more than one of a list's items (for lists of three or more items). */
function sharedStems(items: readonly (readonly string[])[]): ReadonlySet<string> {
	const count = new Map<string, number>();
	for (const item of items) {
		for (const stem of new Set(item)) {
			count.set(stem, (count.get(stem) ?? 0) + 1);
		}
	}
	return new Set(items.length < 3 ? [] : [...count].filter(([, n]) => n > 1).map(([stem]) => stem));
}

/** Markers that close a list only as verbs with "to" ("limits cooperation to justice and defence"). */
const VERB_MARKERS: ReadonlySet<string> = new Set(lexicon.verbOnly.words);

/** The first exhaustive marker (in lexicon order) whose first occurrence is not negated ("not only"). */
function closingMarker(tokens: readonly Token[]): Span | undefined {
	const first = firstOccurrences(tokens, EXHAUSTIVE, EXHAUSTIVE_BY_FIRST);
	for (let k = 0; first !== undefined && k < EXHAUSTIVE.length; k++) {
		const at = first[k]!;
		// "Corrach Hill Wind Farm Limited", "Only Fans": a capital past the sentence's first word is part of a name.
		// "limits cooperation to …": the verb, which takes "to"; "the department can cut those delegated limits" is a noun.
		const verbOnly = VERB_MARKERS.has(EXHAUSTIVE[k]!.join(' ')) && !tokens.slice(at + 1, at + 8).some((t) => t.lower === 'to');
		if (at !== -1 && tokens[at - 1]?.lower !== 'not' && !(at > 0 && /^\p{Lu}/u.test(tokens[at]!.raw)) && !verbOnly) {
			return { start: tokens[at]!.start, end: tokens[at + EXHAUSTIVE[k]!.length - 1]!.end };
		}
	}
	return undefined;
}

/**
 * Where each of `phrases` first occurs in the tokens (-1: nowhere), or undefined when none does: what `findPhrase`
 * finds for each, in one pass over the tokens (`byFirst`: the phrases' indices by first word).
 */
function firstOccurrences(tokens: readonly Token[], phrases: readonly (readonly string[])[], byFirst: ReadonlyMap<string, readonly number[]>): Int32Array | undefined {
	let first: Int32Array | undefined;
	for (let i = 0; i < tokens.length; i++) {
		const candidates = byFirst.get(tokens[i]!.lower);
		if (candidates === undefined) {
			continue;
		}
		for (const k of candidates) {
			const phrase = phrases[k]!;
			if ((first === undefined || first[k] === -1) && i + phrase.length <= tokens.length && matchesAt(tokens, i, phrase)) {
				first ??= new Int32Array(phrases.length).fill(-1);
				first[k] = i;
			}
		}
	}
	return first;
}

/** Index of the first token where the words of `phrase` start, or -1. */
function findPhrase(tokens: readonly Token[], phrase: readonly string[], from: number): number {
	const first = phrase[0];
	for (let i = from; i + phrase.length <= tokens.length; i++) {
		if (tokens[i]!.lower === first && matchesAt(tokens, i, phrase)) {
			return i;
		}
	}
	return -1;
}

/** True when the rest of `phrase` follows its first word at `tokens[i]` (the caller checked that word and the length). */
function matchesAt(tokens: readonly Token[], i: number, phrase: readonly string[]): boolean {
	for (let k = 1; k < phrase.length; k++) {
		if (tokens[i + k]!.lower !== phrase[k]) {
			return false;
		}
	}
	return true;
}
