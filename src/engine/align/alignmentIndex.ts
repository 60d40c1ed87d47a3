import MiniSearch from 'minisearch';

import { termFactor } from './terms';

/** One document of the index: a source sentence's terms and its clause title's terms. */
export interface IndexedDoc {
	readonly terms: readonly string[];
	readonly titleTerms: readonly string[];
}

/** A ranked match: the document's position in the list the index was built from, and a score in [0, 1]. */
export interface Alignment {
	readonly doc: number;
	readonly score: number;
}

interface DocVector {
	readonly weights: ReadonlyMap<string, number>;
	readonly norm: number;
}

const TITLE_WEIGHT = 0.35;
const COVERAGE_SHARE = 0.75;
const EMPHASIS = 1.5;
const NO_EMPHASIS: ReadonlySet<string> = new Set();

/**
 * Ranked retrieval of source sentences for a briefing sentence: BM25+ (minisearch) picks candidates
 * from an inverted index, so cost grows with the matching postings rather than the source size; the
 * candidates are then scored by `similarity`, which is comparable across queries.
 */
export class AlignmentIndex {
	private readonly search: MiniSearch<{ id: number; terms: string; title: string }>;
	private readonly idf = new Map<string, number>();
	private readonly vectors: DocVector[];

	constructor(docs: readonly IndexedDoc[]) {
		const df = new Map<string, number>();
		for (const doc of docs) {
			for (const term of new Set([...doc.terms, ...doc.titleTerms])) {
				df.set(term, (df.get(term) ?? 0) + 1);
			}
		}
		for (const [term, count] of df) {
			this.idf.set(term, Math.log(1 + docs.length / count) + 0.5);
		}
		this.vectors = docs.map((doc) => this.vector(doc.terms, doc.titleTerms));
		this.search = new MiniSearch({
			fields: ['terms', 'title'],
			idField: 'id',
			tokenize: (text) => (text === '' ? [] : text.split(' ')),
			processTerm: (term) => term,
			searchOptions: { boost: { title: TITLE_WEIGHT }, combineWith: 'OR' },
		});
		this.search.addAll(docs.map((doc, id) => ({ id, terms: doc.terms.join(' '), title: doc.titleTerms.join(' ') })));
	}

	/**
	 * The best `limit` documents for the query terms, best first, with scores in [0, 1]. `emphasis`
	 * terms (the object of a commitment: what is promised) count half as much again.
	 */
	query(terms: readonly string[], limit = 3, emphasis: ReadonlySet<string> = NO_EMPHASIS): Alignment[] {
		const known = [...new Set(terms)].filter((t) => this.idf.has(t));
		if (known.length === 0) {
			return [];
		}
		const candidates = this.search.search(known.join(' ')).slice(0, Math.max(limit * 4, 12));
		const q = this.vector(terms, [], emphasis);
		const scored = candidates.map((hit) => ({ doc: hit.id as number, score: this.similarity(q, this.vectors[hit.id as number]!) }));
		scored.sort((a, b) => b.score - a.score || a.doc - b.doc);
		return scored.slice(0, limit);
	}

	/** Inverse document frequency of a term (unknown terms get the rarest weight), scaled by `termFactor`. */
	weight(term: string): number {
		return (this.idf.get(term) ?? Math.log(1 + this.vectors.length) + 0.5) * termFactor(term);
	}

	private vector(terms: readonly string[], titleTerms: readonly string[], emphasis: ReadonlySet<string> = NO_EMPHASIS): DocVector {
		const weights = new Map<string, number>();
		for (const term of terms) {
			weights.set(term, this.weight(term) * (emphasis.has(term) ? EMPHASIS : 1));
		}
		for (const term of titleTerms) {
			if (!weights.has(term)) {
				weights.set(term, this.weight(term) * TITLE_WEIGHT);
			}
		}
		let sum = 0;
		for (const w of weights.values()) {
			sum += w * w;
		}
		return { weights, norm: Math.sqrt(sum) };
	}

	/**
	 * Mostly query coverage (how much of the briefing sentence's weighted content the source sentence
	 * contains: what a citation claims), blended with cosine so a short match in a long clause ranks
	 * below a close paraphrase.
	 */
	private similarity(q: DocVector, d: DocVector): number {
		if (q.norm === 0 || d.norm === 0) {
			return 0;
		}
		let dot = 0;
		let shared = 0;
		let queryWords = 0;
		let sharedWords = 0;
		let topicWeight = 0;
		let sharedTopicWeight = 0;
		for (const [term, w] of q.weights) {
			const dw = d.weights.get(term);
			const isWord = !term.includes('_');
			const isTopic = isWord && termFactor(term) === 1;
			queryWords += isWord ? 1 : 0;
			topicWeight += isTopic ? w : 0;
			if (dw !== undefined) {
				dot += w * dw;
				shared += w * w;
				sharedWords += isWord ? 1 : 0;
				sharedTopicWeight += isTopic ? w : 0;
			}
		}
		const score = COVERAGE_SHARE * (shared / (q.norm * q.norm)) + (1 - COVERAGE_SHARE) * (dot / (q.norm * d.norm));
		// A one-word heading ("Risks") or one shared word that is not most of the topic ("line" in
		// "Intro line.") is a coincidence more often than a citation; one rare topic word ("justice") is not.
		const isThin = queryWords < 2 || (sharedWords < 2 && sharedTopicWeight <= 0.5 * topicWeight);
		return isThin ? score * 0.2 : score;
	}
}
