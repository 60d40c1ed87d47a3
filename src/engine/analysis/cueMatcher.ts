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
	/** True for a verb form that states implementation as happening or done ("is now providing", "provides"). */
	readonly statedAsDone?: boolean;
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

const PROHIBITION_OPENERS: ReadonlySet<string> = new Set(lexicon.prohibitions.openers);
const PROHIBITION_VERBS: ReadonlySet<string> = new Set(lexicon.prohibitions.verbs);

/** "Do not say the MoU guarantees …", "Avoid describing it as a contract": an instruction, not a claim. */
export function isProhibition(tokens: readonly Token[]): boolean {
	if (!PROHIBITION_OPENERS.has(tokens[0]?.lower ?? '')) {
		return false;
	}
	return tokens.slice(1, 4).some((t) => PROHIBITION_VERBS.has(t.lower));
}

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
		// "obliged under Article 4 of the agreement to …", "required by the MoU to …": a short phrase saying under what.
		if (w > 0 && words[w] === 'to' && /(?:ed|bound)$/.test(words[w - 1]!) && i < tokens.length && INSERTED_PHRASE_STARTS.has(tokens[i]!.lower)) {
			const to = tokens.slice(i + 1, i + 1 + INSERTED_PHRASE_WORDS).findIndex((t) => t.lower === 'to');
			i = to === -1 ? i : i + 1 + to;
		}
		// "intends, subject to the availability of funds, to support …", "will, where possible, seek to": a condition set
		// inside the cue, up to the cue's next word.
		// Not after a form of "be" ("are where the solutions are supposed to"): there "where" opens the complement.
		if (w > 0 && i < tokens.length && tokens[i]!.lower !== words[w] && PARENTHETICAL_STARTS.has(tokens[i]!.lower) && !BE_WORDS.has(words[w - 1]!)) {
			const from = tokens[i]!.lower === 'subject' && tokens[i + 1]?.lower === 'to' ? i + 2 : i + 1;
			const next = tokens.slice(from, from + PARENTHETICAL_WORDS).findIndex((t) => t.lower === words[w]);
			i = next === -1 ? i : from + next;
		}
		if (i >= tokens.length || tokens[i]!.lower !== words[w]) {
			return -1;
		}
		i++;
	}
	return i;
}
/** Words that open a condition a source sets inside a cue ("subject to …", "where possible", "so far as practicable"). */
const PARENTHETICAL_STARTS: ReadonlySet<string> = new Set(lexicon.cueConditionStarts.words);
const PARENTHETICAL_WORDS = 8;
const BE_WORDS: ReadonlySet<string> = new Set(lexicon.beForms.words);

/** Prepositions that open a phrase a writer puts inside a cue ("obliged under Article 4 to"). */
const INSERTED_PHRASE_STARTS: ReadonlySet<string> = new Set(lexicon.grammar.insertedPhraseStarts);
const INSERTED_PHRASE_WORDS = 7;

const PROGRESSIVE: ReadonlySet<string> = new Set(lexicon.statedAsDone.progressive);
const THIRD_PERSON: ReadonlySet<string> = new Set(lexicon.statedAsDone.thirdPerson);
const PERFECT: ReadonlySet<string> = new Set(lexicon.statedAsDone.perfect);
const INTRANSITIVE: ReadonlySet<string> = new Set(lexicon.statedAsDone.intransitive);
const BE_FORMS = new Set(['is', 'are']);
const STOPWORD_OBJECTS = new Set(['for', 'to', 'in', 'on', 'at', 'by', 'with', 'as', 'of', 'from', 'and', 'or', 'but', 'about', 'that', 'how', 'what', 'whether']);
const HAVE_FORMS = new Set(['has', 'have']);

/** Options for `findCues`. */
export interface CueOptions {
	/** True for a party's or the agreement's name: the subject a stated-as-done verb needs. */
	readonly isAgent?: (lower: string) => boolean;
	/** Headlines use "X to deploy …" for a future event. */
	readonly isHeadline?: boolean;
}

/** A modal of duty before the word at `i`, past any adverbs ("shall also aim for"). */
function afterDutyModal(tokens: readonly Token[], i: number): boolean {
	let back = i - 1;
	while (back >= 0 && CUE_ADVERBS.has(tokens[back]!.lower)) {
		back--;
	}
	return DUTY_MODALS.has(tokens[back]?.lower ?? '');
}

/** Modals of duty, after which "aim for" is the duty's effort. */
const DUTY_MODALS: ReadonlySet<string> = new Set(lexicon.dutyModals.words);

/** Finds every commitment cue in the tokens, longest match first, left to right, without overlaps. */
const NOUN_CUES: ReadonlySet<string> = new Set(lexicon.grammar.nounCues);
const NOUN_CUE_BEFORE: ReadonlySet<string> = new Set(lexicon.grammar.nounCueBefore);
/** "The service promises are voluntary", "its commitments were": a plural noun, not a verb, before "are" or "were". */
const NOUN_CUE_AFTER: ReadonlySet<string> = new Set(lexicon.grammar.nounCueAfter);

export function findCues(tokens: readonly Token[], options: CueOptions = {}): CueMatch[] {
	const out: CueMatch[] = [];
	for (let i = 0; i < tokens.length; i++) {
		const match = lexiconCueAt(tokens, i) ?? statedAsDoneAt(tokens, i, options);
		if (match) {
			out.push(match);
			i = match.to - 1;
		}
	}
	return out;
}

/** Prepositions after which an "-ing" word is a gerund ("before committing", "without planning to"). */
const GERUND_AFTER: ReadonlySet<string> = new Set(lexicon.gerundPrepositions.words);

function lexiconCueAt(tokens: readonly Token[], i: number): CueMatch | undefined {
	const candidates = CUES_BY_FIRST_WORD.get(tokens[i]!.lower);
	// "sets out plans to go further", "its plans to expand": a noun, not a cue.
	if (candidates === undefined || (NOUN_CUES.has(tokens[i]!.lower) && NOUN_CUE_BEFORE.has(tokens[i - 1]?.lower ?? ''))) {
		return undefined;
	}
	// "Pledges only become payable …": a sentence does not open with a finite verb, so a one-word cue there is a noun.
	const opensSentence = i === 0 && /^\p{Lu}\p{Ll}+s$/u.test(tokens[0]!.raw);
	// "before committing to anything large": a gerund after a preposition is no predicate.
	if (tokens[i]!.lower.endsWith('ing') && GERUND_AFTER.has(tokens[i - 1]?.lower ?? '')) {
		return undefined;
	}
	const pluralNoun = /\p{L}s$/u.test(tokens[i]!.lower) && NOUN_CUE_AFTER.has(tokens[i + 1]?.lower ?? '');
	// "shall aim for at least 40%": the duty's modal already reads the aim as its effort (one predicate, not two).
	const underDutyModal = (tokens[i]!.lower === 'aim' || tokens[i]!.lower === 'aims') && afterDutyModal(tokens, i);
	for (const cue of candidates) {
		const end = matchAt(tokens, i, cue.words);
		if (end > 0 && !((opensSentence || pluralNoun) && end === i + 1) && !(underDutyModal && cue.slot === 'none')) {
			return { from: i, to: end, level: cue.level, slot: cue.slot, phrase: cue.phrase };
		}
	}
	return undefined;
}

/**
 * "is (now) providing", "has deployed", "the company provides", "the deal sees the company …", and in a headline
 * "Company to deploy …": implementation stated as happening, done or decided.
 */
function statedAsDoneAt(tokens: readonly Token[], i: number, options: CueOptions): CueMatch | undefined {
	const word = tokens[i]!.lower;
	const isBe = BE_FORMS.has(word);
	if (isBe || HAVE_FORMS.has(word)) {
		let j = i + 1;
		while (j < tokens.length && CUE_ADVERBS.has(tokens[j]!.lower)) {
			j++;
		}
		const next = tokens[j]?.lower ?? '';
		if (isBe ? PROGRESSIVE.has(next) : PERFECT.has(next)) {
			return statedAsDone(i, j + 1, `${word} ${next}`, Strength.Firm);
		}
	}
	const needsObject = !INTRANSITIVE.has(word);
	const isVerb = THIRD_PERSON.has(word) || !needsObject;
	const isHeadlineTo = options.isHeadline === true && word === 'to' && i <= 4;
	// Cheap test first: most words are neither such a verb nor a headline's "to", and need no subject.
	if (!isVerb && !isHeadlineTo) {
		return undefined;
	}
	const subject = subjectBefore(tokens, i);
	// "the MoU gives the company a role", not "the areas the MoU gives for …": the verb needs an object.
	const object = tokens[i + 1];
	const hasObject = object !== undefined && !STOPWORD_OBJECTS.has(object.lower);
	if (isVerb && (hasObject || !needsObject) && subject !== undefined && options.isAgent?.(subject) === true) {
		return statedAsDone(i, i + 1, word, Strength.Firm);
	}
	const verb = tokens[i + 1]?.lower ?? '';
	// "Company to invest in …", "Council and supplier to extend …": a headline's "to" announces what the party will do.
	if (isHeadlineTo && subject !== undefined && options.isAgent?.(subject) === true && (IMPLEMENTATION_ACTIONS.has(verb) || HEADLINE_VERB_RE.test(verb)) && !NOT_HEADLINE_VERBS.has(verb)) {
		return statedAsDone(i, i + 1, 'to', Strength.Intent);
	}
	return undefined;
}

/** A verb after a headline's "to": a plain lower-case word (not "be", not a date or a place). */
const HEADLINE_VERB_RE = /^[a-z]{3,}$/;
const NOT_HEADLINE_VERBS: ReadonlySet<string> = new Set(lexicon.grammar.notHeadlineVerbs);

/** A stated-as-done cue over tokens [from, to). */
function statedAsDone(from: number, to: number, phrase: string, level: Strength): CueMatch {
	return { from, to, level, slot: 'none', phrase, statedAsDone: true };
}

/** The word just before `i`, skipping adverbs ("the company now provides"). */
function subjectBefore(tokens: readonly Token[], i: number): string | undefined {
	let k = i - 1;
	while (k >= 0 && CUE_ADVERBS.has(tokens[k]!.lower)) {
		k--;
	}
	return tokens[k]?.lower;
}
