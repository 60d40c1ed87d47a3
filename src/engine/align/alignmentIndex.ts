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

interface Posting {
	readonly docs: number[];
	readonly weights: number[];
}

/** Per-query accumulators over documents, reused across queries (a generation mark clears them). */
interface Scratch {
	readonly mark: Int32Array;
	readonly dot: Float64Array;
	readonly shared: Float64Array;
	readonly sharedWords: Int32Array;
	readonly sharedTopic: Float64Array;
}

/**
 * Ranked retrieval of source sentences for a briefing sentence over an inverted index: a query
 * walks only the postings of its own terms (terms in more than a fifth of a large source are only
 * looked up for the candidates the rarer terms found), so its cost grows with the matching postings,
 * not with the source. Candidates are scored by `similarity`, which is comparable across queries.
 *
 * NOTE: minisearch (BM25+) did this first; its general query machinery cost about 0.1 ms a query,
 * some 550 ms for the 12,000 queries of a 1 MB briefing, over three times the whole check budget.
 */
export class AlignmentIndex {
	private readonly idf = new Map<string, number>();
	private readonly vectors: DocVector[];
	private readonly postings = new Map<string, Posting>();
	private readonly scratch: Scratch;
	private readonly commonDf: number;
	private generation = 0;

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
		this.vectors.forEach((vector, doc) => {
			for (const [term, weight] of vector.weights) {
				const posting = this.postings.get(term) ?? { docs: [], weights: [] };
				posting.docs.push(doc);
				posting.weights.push(weight);
				this.postings.set(term, posting);
			}
		});
		const n = docs.length;
		this.commonDf = Math.max(50, Math.floor(n / 5));
		this.scratch = {
			mark: new Int32Array(n),
			dot: new Float64Array(n),
			shared: new Float64Array(n),
			sharedWords: new Int32Array(n),
			sharedTopic: new Float64Array(n),
		};
	}

	/**
	 * The best `limit` documents for the query terms, best first, with scores in [0, 1]. `emphasis`
	 * terms (the object of a commitment: what is promised) count half as much again.
	 */
	query(terms: readonly string[], limit = 3, emphasis: ReadonlySet<string> = NO_EMPHASIS): Alignment[] {
		const q = this.vector(terms, [], emphasis);
		if (q.norm === 0) {
			return [];
		}
		const gen = ++this.generation;
		const touched: number[] = [];
		const common: [string, number][] = [];
		let queryWords = 0;
		let topicWeight = 0;
		for (const [term, w] of q.weights) {
			const isWord = !term.includes('_');
			queryWords += isWord ? 1 : 0;
			topicWeight += isWord && termFactor(term) === 1 ? w : 0;
			const posting = this.postings.get(term);
			if (posting && posting.docs.length > this.commonDf) {
				common.push([term, w]);
			} else if (posting) {
				posting.docs.forEach((doc, k) => this.accumulate(gen, touched, doc, term, w, posting.weights[k]!));
			}
		}
		for (const [term, w] of common) {
			const posting = this.postings.get(term)!;
			if (touched.length === 0) {
				posting.docs.forEach((doc, k) => this.accumulate(gen, touched, doc, term, w, posting.weights[k]!));
			} else {
				for (const doc of touched) {
					const dw = this.vectors[doc]!.weights.get(term);
					if (dw !== undefined) {
						this.accumulate(gen, touched, doc, term, w, dw);
					}
				}
			}
		}
		const scored = touched.map((doc) => ({ doc, score: this.similarity(q, doc, queryWords, topicWeight) }));
		scored.sort((a, b) => b.score - a.score || a.doc - b.doc);
		return scored.slice(0, limit);
	}

	private accumulate(gen: number, touched: number[], doc: number, term: string, w: number, dw: number): void {
		const s = this.scratch;
		if (s.mark[doc] !== gen) {
			s.mark[doc] = gen;
			s.dot[doc] = 0;
			s.shared[doc] = 0;
			s.sharedWords[doc] = 0;
			s.sharedTopic[doc] = 0;
			touched.push(doc);
		}
		const isWord = !term.includes('_');
		s.dot[doc]! += w * dw;
		s.shared[doc]! += w * w;
		s.sharedWords[doc]! += isWord ? 1 : 0;
		s.sharedTopic[doc]! += isWord && termFactor(term) === 1 ? w : 0;
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
	private similarity(q: DocVector, doc: number, queryWords: number, topicWeight: number): number {
		const s = this.scratch;
		const d = this.vectors[doc]!;
		if (d.norm === 0) {
			return 0;
		}
		const score = COVERAGE_SHARE * (s.shared[doc]! / (q.norm * q.norm)) + (1 - COVERAGE_SHARE) * (s.dot[doc]! / (q.norm * d.norm));
		// A one-word heading ("Risks") or one shared word that is not most of the topic ("line" in
		// "Intro line.") is a coincidence more often than a citation; one rare topic word ("justice") is not.
		const isThin = queryWords < 2 || (s.sharedWords[doc]! < 2 && s.sharedTopic[doc]! <= 0.5 * topicWeight);
		return isThin ? score * 0.2 : score;
	}
}
