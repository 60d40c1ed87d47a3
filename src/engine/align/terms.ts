import commitment from '../lexicon/commitment.json';
import parties from '../lexicon/parties.json';
import synonyms from '../lexicon/synonyms.json';
import type { SourceProfile } from '../profile';
import { isContentToken, stemWord, type Token } from '../text/tokens';

/**
 * Stems of commitment language (cues, actions, hedges) and of the agreement's and parties' names.
 * They say how strongly something is promised, or by whom, not what: alignment finds the clause by
 * topic and leaves those words to the commitment comparison, so they weigh less here.
 */
/** Exploratory nouns that also name a clause's topic ("identify opportunities", "security risks"). */
const TOPICAL_NOUNS: ReadonlySet<string> = new Set(['opportunities', 'opportunity', 'options', 'avenues', 'routes', 'ways', 'potential', 'possible', 'possibility', 'feasibility', 'understanding']);

const FUNCTIONAL_STEMS: ReadonlySet<string> = new Set(
	[
		...commitment.cues.flatMap((c) => c.phrase.split(' ')),
		...commitment.actions.exploratory.filter((w) => !TOPICAL_NOUNS.has(w)),
		...commitment.actions.implementation,
		...parties.agreement,
		'government', 'department', 'uk', 'britain', 'parties', 'partners', 'sides', 'firm', 'company',
		'collaborate', 'collaboration', 'work', 'support', 'include', 'including', 'help',
	].map(stemWord),
);
const FUNCTIONAL_WEIGHT = 0.35;

interface Synonym {
	readonly words: readonly string[];
	readonly stems: readonly string[];
}

/** The words alignment folds and down-weights for one source: generic ones plus its status's and its profile's. */
export interface Vocabulary {
	readonly functional: ReadonlySet<string>;
	/** Synonym phrases by first word, longest first; each folds to the stems of its canonical form. */
	readonly synonyms: ReadonlyMap<string, readonly Synonym[]>;
}

/**
 * The vocabulary with each synonym that folds to several words ("walk away" → "terminate withdraw") narrowed to
 * the words the source uses (a contract's "terminate", a treaty's "withdraw"): a word the source never uses
 * would only weigh against every match. A synonym none of whose words the source uses keeps them all.
 */
export function narrowedTo(vocabulary: Vocabulary, known: (stem: string) => boolean): Vocabulary {
	const synonyms = new Map<string, Synonym[]>();
	for (const [first, list] of vocabulary.synonyms) {
		synonyms.set(first, list.map((syn) => {
			const kept = syn.stems.length > 1 ? syn.stems.filter(known) : syn.stems;
			return kept.length === 0 || kept.length === syn.stems.length ? syn : { words: syn.words, stems: kept };
		}));
	}
	return { functional: vocabulary.functional, synonyms };
}

function buildVocabulary(phrases: Readonly<Record<string, string>>, names: readonly string[]): Vocabulary {
	const map = new Map<string, Synonym[]>();
	for (const [phrase, canonical] of Object.entries(phrases)) {
		const words = phrase.split(' ');
		const entry = { words, stems: canonical.split(' ').map(stemWord) };
		map.set(words[0]!, [...(map.get(words[0]!) ?? []), entry].sort((a, b) => b.words.length - a.words.length));
	}
	return { functional: names.length === 0 ? FUNCTIONAL_STEMS : new Set([...FUNCTIONAL_STEMS, ...names.map(stemWord)]), synonyms: map };
}

/** Generic synonyms only: for text with no source (and the default of every function here). */
export const GENERIC_VOCABULARY: Vocabulary = buildVocabulary(synonyms.phrases, []);
const vocabularies = new Map<string, Vocabulary>();

/**
 * The vocabulary for a source: legal-status words fold to a status clause's words only for a source that says it is
 * not legally binding (in a contract "contract" is not a synonym of "binding"); a profile adds its own words.
 */
export function vocabularyFor(profile: SourceProfile, notBinding: boolean): Vocabulary {
	const key = `${profile.appliesTo}|${notBinding}`;
	let vocabulary = vocabularies.get(key);
	if (vocabulary === undefined) {
		vocabulary = buildVocabulary({ ...synonyms.phrases, ...(notBinding ? synonyms.legalStatus : {}), ...profile.synonyms }, profile.names);
		vocabularies.set(key, vocabulary);
	}
	return vocabulary;
}

/** How much a term counts in alignment: 1 for topic words, less for commitment language and party names. */
export function termFactor(term: string, vocabulary: Vocabulary = GENERIC_VOCABULARY): number {
	const functional = vocabulary.functional;
	const sep = term.indexOf('_');
	if (sep === -1) {
		return functional.has(term) ? FUNCTIONAL_WEIGHT : 1;
	}
	const a = functional.has(term.slice(0, sep));
	const b = functional.has(term.slice(sep + 1));
	return a && b ? FUNCTIONAL_WEIGHT : a || b ? 0.7 : 1;
}

const bigrams = new Map<string, Map<string, string>>();
let bigramCount = 0;
const BIGRAM_LIMIT = 200_000;

/**
 * `${a}_${b}`, the same string object each time: the index and the query look terms up in maps, and a fresh
 * concatenation would be flattened and hashed again on every lookup (a third of the query time).
 */
function bigram(a: string, b: string): string {
	let byB = bigrams.get(a);
	let term = byB?.get(b);
	if (term === undefined) {
		term = `${a}_${b}`;
		if (bigramCount < BIGRAM_LIMIT) {
			if (byB === undefined) {
				byB = new Map();
				bigrams.set(a, byB);
			}
			byB.set(b, term);
			bigramCount++;
		}
	}
	return term;
}

/** Alignment terms of a token list: content-word stems (synonyms folded) plus bigrams of adjacent content words. */
export function alignmentTerms(tokens: readonly Token[], vocabulary: Vocabulary = GENERIC_VOCABULARY): string[] {
	// Called for every sentence and predicate: plain loops, no closures.
	const out: string[] = [];
	let prev: string | undefined;
	for (let i = 0; i < tokens.length; i++) {
		const synonym = synonymAt(tokens, i, vocabulary.synonyms);
		if (synonym) {
			for (const stem of synonym.stems) {
				prev = emit(out, prev, stem);
			}
			i += synonym.words.length - 1;
		} else if (isContentToken(tokens[i]!)) {
			prev = emit(out, prev, tokens[i]!.stem);
		} else {
			prev = undefined;
		}
	}
	return out;
}

/** Appends a stem and its bigram with the previous stem; returns the new previous stem. */
function emit(out: string[], prev: string | undefined, stem: string): string {
	out.push(stem);
	if (prev !== undefined && prev !== stem) {
		out.push(bigram(prev, stem));
	}
	return stem;
}

/** The longest synonym phrase that starts at `tokens[i]`, if any. */
function synonymAt(tokens: readonly Token[], i: number, synonyms: Vocabulary['synonyms']): Synonym | undefined {
	const candidates = synonyms.get(tokens[i]!.lower);
	if (candidates === undefined) {
		return undefined;
	}
	for (const synonym of candidates) {
		const { words } = synonym;
		let k = 0;
		while (k < words.length && tokens[i + k]?.lower === words[k]) {
			k++;
		}
		if (k === words.length) {
			return synonym;
		}
	}
	return undefined;
}

/**
 * The tokens a synonym phrase covers ("compute", "data centre" where the source's profile folds them to its
 * "infrastructure"). With a source's narrowed vocabulary every such phrase names one of the source's own terms.
 */
export function foldedTokens(tokens: readonly Token[], vocabulary: Vocabulary): ReadonlySet<Token> {
	const out = new Set<Token>();
	for (let i = 0; i < tokens.length; i++) {
		const synonym = synonymAt(tokens, i, vocabulary.synonyms);
		if (synonym) {
			for (let k = 0; k < synonym.words.length; k++) {
				out.add(tokens[i + k]!);
			}
			i += synonym.words.length - 1;
		}
	}
	return out;
}
