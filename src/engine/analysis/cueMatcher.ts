import lexicon from '../lexicon/commitment.json';
import type { Token } from '../text/tokens';
import { Strength } from '../types';

/** What follows a cue: a base verb ("may [run]"), an -ing form ("may include [running]"), nothing, or the cue ends in its verb ("will deliver"). */
export type CueSlot = 'base' | 'ing' | 'none' | 'verb';

/** A commitment cue found in a token list. */
export interface CueMatch {
	/** Index of the first and one past the last token of the cue. */
	readonly from: number;
	readonly to: number;
	readonly level: Strength;
	readonly slot: CueSlot;
	/** The lexicon phrase that matched. */
	readonly phrase: string;
}

interface CueEntry {
	readonly words: readonly string[];
	readonly level: Strength;
	readonly slot: CueSlot;
	readonly phrase: string;
}

const LEVELS: Readonly<Record<string, Strength>> = {
	possibility: Strength.Possibility,
	exploratory: Strength.Exploratory,
	intent: Strength.Intent,
	firm: Strength.Firm,
	legal: Strength.Legal,
};

/** Skipped inside cues: "may also include", "have jointly agreed to". */
export const CUE_ADVERBS: ReadonlySet<string> = new Set(lexicon.adverbs.words);

/** Words that say an action is exploratory (explore, identify, potential routes). */
export const EXPLORATORY_ACTIONS: ReadonlySet<string> = new Set(lexicon.actions.exploratory);

/** Words that say an action is implementation (deploy, deliver, run). */
export const IMPLEMENTATION_ACTIONS: ReadonlySet<string> = new Set(lexicon.actions.implementation);

/** Hedge words that weaken a predicate wherever they stand. */
export const HEDGE_WORDS: ReadonlySet<string> = new Set(lexicon.hedges.words);

const CUES_BY_FIRST_WORD: ReadonlyMap<string, readonly CueEntry[]> = buildCueTable();

function buildCueTable(): Map<string, CueEntry[]> {
	const table = new Map<string, CueEntry[]>();
	for (const cue of lexicon.cues) {
		const words = cue.phrase.split(' ');
		const level = LEVELS[cue.level];
		if (level === undefined) {
			throw new Error(`commitment.json: unknown level '${cue.level}' for '${cue.phrase}'`);
		}
		const entry: CueEntry = { words, level, slot: cue.slot as CueSlot, phrase: cue.phrase };
		const list = table.get(words[0] ?? '') ?? [];
		list.push(entry);
		table.set(words[0] ?? '', list);
	}
	for (const list of table.values()) {
		list.sort((a, b) => b.words.length - a.words.length);
	}
	return table;
}

/** Matches `words` at `tokens[at]`, skipping cue adverbs between words; returns the end index or -1. */
function matchAt(tokens: readonly Token[], at: number, words: readonly string[]): number {
	let i = at;
	for (let w = 0; w < words.length; w++) {
		while (w > 0 && i < tokens.length && CUE_ADVERBS.has(tokens[i]!.lower) && tokens[i]!.lower !== words[w]) {
			i++;
		}
		if (i >= tokens.length || tokens[i]!.lower !== words[w]) {
			return -1;
		}
		i++;
	}
	return i;
}

/** Finds every commitment cue in the tokens, longest match first, left to right, without overlaps. */
export function findCues(tokens: readonly Token[]): CueMatch[] {
	const out: CueMatch[] = [];
	for (let i = 0; i < tokens.length; i++) {
		const candidates = CUES_BY_FIRST_WORD.get(tokens[i]!.lower);
		if (!candidates) {
			continue;
		}
		for (const cue of candidates) {
			const end = matchAt(tokens, i, cue.words);
			if (end > 0) {
				out.push({ from: i, to: end, level: cue.level, slot: cue.slot, phrase: cue.phrase });
				i = end - 1;
				break;
			}
		}
	}
	return out;
}
