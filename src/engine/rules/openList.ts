import lexicon from '../lexicon/openLists.json';
import type { SourceModel, SourceSentence } from '../source';
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
const itemSplitRe = /,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/;
const PHRASES = (words: readonly string[]): string[][] => words.map((w) => w.split(' '));
const SOURCE_MARKERS = PHRASES(lexicon.sourceMarkers);
const INCLUSIVE = PHRASES(lexicon.inclusive);
const EXHAUSTIVE = PHRASES(lexicon.exhaustive);
const EXHAUSTIVE_STARTS: ReadonlySet<string> = new Set(EXHAUSTIVE.map((p) => p[0]!));

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
		const items = tail.split(itemSplitRe).map((item) => tokenize(item).filter(isContentToken).map((t) => t.stem)).filter((s) => s.length > 0);
		if (items.length < 2) {
			return undefined;
		}
		return { match, wording: match.sentence.text.slice(tokens[at]!.start - base, start - base + tail.length).trim(), items };
	}
	return undefined;
}

/** Finds a briefing sentence that names two or more items of an open list and closes it. */
export function findClosedReading(source: SourceModel, analysed: AnalysedSentence): ClosedReading | undefined {
	const tokens = analysed.claim.tokens;
	// Cheap test first: most sentences contain no word that can start a closing marker.
	if (analysed.claim.isQuestion || !tokens.some((t) => EXHAUSTIVE_STARTS.has(t.lower)) || INCLUSIVE.some((p) => findPhrase(tokens, p, 0) !== -1)) {
		return undefined;
	}
	const stems = new Set(tokens.map((t) => t.stem));
	for (const list of openLists(source)) {
		const named = list.items.filter((item) => item.some((stem) => stems.has(stem))).length;
		if (named < 2) {
			continue;
		}
		for (const marker of EXHAUSTIVE) {
			const at = findPhrase(tokens, marker, 0);
			if (at !== -1 && tokens[at - 1]?.lower !== 'not') {
				return { list, marker: { start: tokens[at]!.start, end: tokens[at + marker.length - 1]!.end } };
			}
		}
	}
	return undefined;
}

/** Index of the first token where the words of `phrase` start, or -1. */
function findPhrase(tokens: readonly Token[], phrase: readonly string[], from: number): number {
	for (let i = from; i + phrase.length <= tokens.length; i++) {
		if (phrase.every((w, k) => tokens[i + k]!.lower === w)) {
			return i;
		}
	}
	return -1;
}
