import { AlignmentIndex } from './align/alignmentIndex';
import { alignmentTerms } from './align/terms';
import { analyseCommitment, type PartyWords, type Predicate } from './analysis/commitment';
import type { FrameVocabulary } from './analysis/frame';
import { looksBinary } from './clauses/noise';
import { parseClauses } from './clauses/parseClauses';
import { extendParties, selfNames } from './sourceNames';
import { type Token, tokenize } from './text/tokens';
import { type Clause, type Sentence, Strength } from './types';

/** The commitment a source sentence makes, after "This means…" sentences inherit from the one before. */
export interface SourceCommitment {
	readonly level: Strength;
	/** The predicate that carries it, if any. */
	readonly predicate?: Predicate;
}

/** A source sentence with everything the rules need to compare a briefing against it. */
export interface SourceSentence {
	readonly clause: Clause;
	readonly sentence: Sentence;
	readonly commitment: SourceCommitment;
	readonly tokens: readonly Token[];
}

/** A parsed, analysed and indexed source agreement: build once with `loadSource`, check many times. */
export interface SourceModel {
	readonly name: string;
	/** How citations name the source: "MoU" for a memorandum of understanding, else "source". */
	readonly shortName: string;
	readonly text: string;
	readonly clauses: readonly Clause[];
	readonly sentences: readonly SourceSentence[];
	readonly index: AlignmentIndex;
	/** Lower-cased words and stems that occur anywhere in the source. */
	readonly vocabulary: ReadonlySet<string>;
	/** Every word of the source in order, for verbatim quote matching. */
	readonly words: readonly Token[];
	readonly parties: PartyWords;
	/** The agreement's own names and the source's words, for reading who a briefing sentence attributes its content to. */
	readonly frameWords: FrameVocabulary;
	/** The clause that states the agreement is not legally binding, if the source says so. */
	readonly nonBindingClause?: Clause;
}

/** Raised when a source document has no citable clauses. */
export class SourceError extends Error {
	override readonly name = 'SourceError';
}

const nonBindingRe = /\b(?:not\s+legally\s+binding|non-binding|voluntary|not\s+(?:a\s+)?(?:legally\s+)?binding|no\s+legal(?:ly)?\s+(?:binding|obligations?|effect))\b/i;
const inheritRe = /^\s*(?:this|these|that|it|such)\b/i;

/** Parses, analyses and indexes a source agreement. Throws `SourceError` when it has no clauses. */
export function loadSource(text: string, name: string): SourceModel {
	return buildModel(text, name, parseOrThrow(text, name));
}

/** One source document to load. */
export interface SourceDocument {
	readonly text: string;
	readonly name: string;
}

const SOURCE_SEPARATOR = '\n\n\n';

/**
 * Loads several source documents as one: clause ids get the document's name as a prefix
 * (`data-sharing:2.1`) so they stay unique, and offsets refer to the texts joined by blank lines.
 */
export function loadSources(docs: readonly SourceDocument[]): SourceModel {
	if (docs.length === 1) {
		return loadSource(docs[0]!.text, docs[0]!.name);
	}
	const clauses: Clause[] = [];
	let offset = 0;
	for (const doc of docs) {
		const prefix = doc.name.replace(/\.[^.]*$/, '').replace(/[^\p{L}\p{N}]+/gu, '-').toLowerCase();
		for (const clause of parseOrThrow(doc.text, doc.name)) {
			clauses.push(shiftClause(clause, offset, `${prefix}:`));
		}
		offset += doc.text.length + SOURCE_SEPARATOR.length;
	}
	return buildModel(docs.map((d) => d.text).join(SOURCE_SEPARATOR), docs.map((d) => d.name).join(' + '), clauses);
}

/**
 * The longest source text accepted, in UTF-16 code units (8 MiB). A source agreement runs to kilobytes; 5,000 clauses
 * are about 1 MB and load in half a second. Past this a load would take many seconds and gigabytes, so it is refused.
 */
export const MAX_SOURCE_LENGTH = 8 * 1024 * 1024;

function parseOrThrow(text: string, name: string): Clause[] {
	if (text.length > MAX_SOURCE_LENGTH) {
		throw new SourceError(`${name}: too large for a source agreement (${(text.length / 1048576).toFixed(1)} MB of text; the limit is ${MAX_SOURCE_LENGTH / 1048576} MB)`);
	}
	if (text.trim() === '') {
		throw new SourceError(`${name}: no clauses found (the source is empty)`);
	}
	if (looksBinary(text)) {
		throw new SourceError(`${name}: looks like binary data, not the text of an agreement`);
	}
	const clauses = parseClauses(text);
	if (clauses.length === 0) {
		throw new SourceError(`${name}: no clauses found (expected numbered sections, bullets or paragraphs of agreement text)`);
	}
	return clauses;
}

function shiftClause(clause: Clause, offset: number, prefix: string): Clause {
	const shift = (span: { start: number; end: number }) => ({ start: span.start + offset, end: span.end + offset });
	return {
		...clause,
		id: prefix + clause.id,
		span: shift(clause.span),
		sentences: clause.sentences.map((s) => ({ ...s, span: shift(s.span) })),
	};
}

function buildModel(text: string, name: string, clauses: readonly Clause[]): SourceModel {
	const parties = extendParties(text);
	const sentences = analyseSentences(clauses, parties);
	const index = new AlignmentIndex(sentences.map((s) => ({
		terms: alignmentTerms(s.tokens),
		titleTerms: alignmentTerms(tokenize(s.clause.title)),
	})));
	const words = tokenize(text);
	const vocabulary = new Set<string>();
	for (const word of words) {
		vocabulary.add(word.lower);
		vocabulary.add(word.stem);
	}
	return {
		name,
		shortName: /memorandum of understanding|\bmou\b/i.test(text.slice(0, 2000)) ? 'MoU' : 'source',
		text,
		clauses,
		sentences,
		index,
		vocabulary,
		words,
		parties,
		frameWords: { names: selfNames(text), vocabulary },
		nonBindingClause: findNonBindingClause(clauses),
	};
}

function analyseSentences(clauses: readonly Clause[], parties: PartyWords): SourceSentence[] {
	const out: SourceSentence[] = [];
	for (const clause of clauses) {
		let previous: SourceCommitment = { level: Strength.None };
		for (const sentence of clause.sentences) {
			const analysis = analyseCommitment(sentence.text, sentence.span.start, parties);
			const predicate = analysis.predicates.find((p) => p.isAgentive && !p.negated && p.level > Strength.None);
			let commitment: SourceCommitment = predicate ? { level: predicate.level, predicate } : { level: Strength.None };
			if (!predicate && inheritRe.test(sentence.text)) {
				commitment = previous;
			}
			out.push({ clause, sentence, commitment, tokens: analysis.tokens });
			previous = commitment;
		}
	}
	return out;
}

/** The source says it is itself legally binding ("this Agreement is intended to be, and is, legally binding"). */
const bindingSelfRe = /\b(?:is|are|shall\s+be)\s+(?:intended\s+to\s+be,?\s+and\s+is,?\s+)?legally\s+binding\b|\bshall\s+enter\s+into\s+force\b/i;

function findNonBindingClause(clauses: readonly Clause[]): Clause | undefined {
	// A binding agreement with non-binding parts (a schedule of principles) is not "not legally binding" as a whole.
	if (clauses.some((c) => bindingSelfRe.test(c.text) && !/\bnot\s+legally\s+binding\b/i.test(c.text.slice(0, c.text.search(bindingSelfRe) + 40)))) {
		return undefined;
	}
	return clauses.find((c) => c.kind === 'status' && nonBindingRe.test(c.text)) ?? clauses.find((c) => nonBindingRe.test(c.text) && /\bbinding\b/i.test(c.text));
}
