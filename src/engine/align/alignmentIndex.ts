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

const TITLE_WEIGHT = 0.35;
const COVERAGE_SHARE = 0.75;
const EMPHASIS = 1.5;
const NO_EMPHASIS: ReadonlySet<string> = new Set();
/** Terms with a factor cache: the query side sees bigrams the source never has; bounded like the word caches. */
const FACTOR_CACHE_LIMIT = 100_000;
const GENERATION_LIMIT = 2 ** 30;

/**
 * Ranked retrieval of source sentences for a briefing sentence over an inverted index: a query
 * walks only the postings of its own terms (terms in more than a fifth of a large source are only
 * looked up for the candidates the rarer terms found), so its cost grows with the matching postings,
 * not with the source. Candidates are scored by `similarity`, which is comparable across queries.
 *
 * Terms are interned to integer ids with their weight, kind and postings in flat arrays; per-query
 * accumulators are typed arrays reused across queries (a generation mark clears them), and only the
 * best `limit` candidates are kept, so a query allocates almost nothing.
 *
 * NOTE: minisearch (BM25+) did this first; its general query machinery cost about 0.1 ms a query,
 * some 550 ms for the 12,000 queries of a 1 MB briefing, over three times the whole check budget.
 * NOTE: every sum below runs in the order the string-keyed version used (first occurrence of a term),
 * so scores are bit-for-bit the same.
 */
export class AlignmentIndex {
	private readonly ids = new Map<string, number>();
	/** Per term id: idf × termFactor (the unemphasised weight). */
	private readonly termWeight: Float64Array;
	/** Per term id: 1 for a word (not a bigram), else 0. */
	private readonly termIsWord: Uint8Array;
	/** Per term id: 1 for a topic word (a word with termFactor 1), else 0. */
	private readonly termIsTopic: Uint8Array;
	/** Per term id: its postings, `postingDocs[postingStart[id] .. postingStart[id + 1])`, docs ascending. */
	private readonly postingStart: Int32Array;
	private readonly postingDocs: Int32Array;
	private readonly postingWeights: Float64Array;
	private readonly docNorm: Float64Array;
	private readonly unknownIdf: number;
	private readonly commonDf: number;
	private readonly factors = new Map<string, number>();
	private generation = 0;
	// Per-query scratch, reused.
	private readonly mark: Int32Array;
	private readonly dot: Float64Array;
	private readonly shared: Float64Array;
	private readonly sharedWords: Int32Array;
	private readonly sharedTopic: Float64Array;
	private readonly touched: Int32Array;
	private readonly termMark: Int32Array;
	private readonly queryIds: Int32Array;
	private readonly queryWeights: Float64Array;
	private readonly common: Int32Array;
	private readonly unknownSeen = new Set<string>();

	constructor(docs: readonly IndexedDoc[]) {
		const n = docs.length;
		const df: number[] = [];
		for (const doc of docs) {
			for (const term of new Set([...doc.terms, ...doc.titleTerms])) {
				const id = this.intern(term);
				df[id] = (df[id] ?? 0) + 1;
			}
		}
		const terms = this.ids.size;
		this.unknownIdf = Math.log(1 + n) + 0.5;
		this.termWeight = new Float64Array(terms);
		this.termIsWord = new Uint8Array(terms);
		this.termIsTopic = new Uint8Array(terms);
		for (const [term, id] of this.ids) {
			const factor = termFactor(term);
			this.termWeight[id] = (Math.log(1 + n / df[id]!) + 0.5) * factor;
			this.termIsWord[id] = term.includes('_') ? 0 : 1;
			this.termIsTopic[id] = this.termIsWord[id] === 1 && factor === 1 ? 1 : 0;
		}
		const vectors = docs.map((doc) => this.docVector(doc));
		this.docNorm = Float64Array.from(vectors, (v) => v.norm);
		this.postingStart = new Int32Array(terms + 1);
		for (const v of vectors) {
			for (const id of v.weights.keys()) {
				this.postingStart[id + 1]!++;
			}
		}
		for (let id = 0; id < terms; id++) {
			this.postingStart[id + 1]! += this.postingStart[id]!;
		}
		const fill = this.postingStart.slice(0, terms);
		this.postingDocs = new Int32Array(this.postingStart[terms]!);
		this.postingWeights = new Float64Array(this.postingStart[terms]!);
		vectors.forEach((v, doc) => {
			for (const [id, weight] of v.weights) {
				const at = fill[id]!++;
				this.postingDocs[at] = doc;
				this.postingWeights[at] = weight;
			}
		});
		this.commonDf = Math.max(50, Math.floor(n / 5));
		this.mark = new Int32Array(n);
		this.dot = new Float64Array(n);
		this.shared = new Float64Array(n);
		this.sharedWords = new Int32Array(n);
		this.sharedTopic = new Float64Array(n);
		this.touched = new Int32Array(n);
		this.termMark = new Int32Array(terms);
		this.queryIds = new Int32Array(terms);
		this.queryWeights = new Float64Array(terms);
		this.common = new Int32Array(terms);
	}

	private intern(term: string): number {
		let id = this.ids.get(term);
		if (id === undefined) {
			id = this.ids.size;
			this.ids.set(term, id);
		}
		return id;
	}

	/** A source sentence's weights by term id (first occurrence order) and its norm. */
	private docVector(doc: IndexedDoc): { weights: Map<number, number>; norm: number } {
		const weights = new Map<number, number>();
		for (const term of doc.terms) {
			const id = this.ids.get(term)!;
			weights.set(id, this.termWeight[id]!);
		}
		for (const term of doc.titleTerms) {
			const id = this.ids.get(term)!;
			if (!weights.has(id)) {
				weights.set(id, this.termWeight[id]! * TITLE_WEIGHT);
			}
		}
		let sum = 0;
		for (const w of weights.values()) {
			sum += w * w;
		}
		return { weights, norm: Math.sqrt(sum) };
	}

	/**
	 * The best `limit` documents for the query terms, best first, with scores in [0, 1]. `emphasis`
	 * terms (the object of a commitment: what is promised) count half as much again.
	 */
	query(terms: readonly string[], limit = 3, emphasis: ReadonlySet<string> = NO_EMPHASIS): Alignment[] {
		if (limit < 1) {
			return [];
		}
		const gen = this.nextGeneration();
		// The query vector, terms in first-occurrence order: known terms in queryIds, unknown ones only counted.
		let known = 0;
		let sum = 0;
		let queryWords = 0;
		let topicWeight = 0;
		const unknown = this.unknownSeen;
		unknown.clear();
		for (const term of terms) {
			const id = this.ids.get(term);
			let w: number;
			let isWord: boolean;
			let isTopic: boolean;
			if (id !== undefined) {
				if (this.termMark[id] === gen) {
					continue;
				}
				this.termMark[id] = gen;
				w = this.termWeight[id]! * (emphasis.has(term) ? EMPHASIS : 1);
				isWord = this.termIsWord[id] === 1;
				isTopic = this.termIsTopic[id] === 1;
				this.queryIds[known] = id;
				this.queryWeights[known++] = w;
			} else {
				if (unknown.has(term)) {
					continue;
				}
				unknown.add(term);
				const factor = this.factor(term);
				w = this.unknownIdf * factor * (emphasis.has(term) ? EMPHASIS : 1);
				isWord = !term.includes('_');
				isTopic = isWord && factor === 1;
			}
			sum += w * w;
			queryWords += isWord ? 1 : 0;
			topicWeight += isTopic ? w : 0;
		}
		const norm = Math.sqrt(sum);
		if (norm === 0) {
			return [];
		}
		const touched = this.walk(gen, known);
		return this.best(touched, norm, queryWords, topicWeight, limit);
	}

	/** A fresh mark for the per-query arrays; wraps around (clearing them) long before the Int32 marks would overflow. */
	private nextGeneration(): number {
		if (this.generation >= GENERATION_LIMIT) {
			this.generation = 0;
			this.mark.fill(0);
			this.termMark.fill(0);
		}
		return ++this.generation;
	}

	/** Accumulates the query's known terms over their postings; returns how many documents were touched. */
	private walk(gen: number, known: number): number {
		let touched = 0;
		let commons = 0;
		for (let k = 0; k < known; k++) {
			const id = this.queryIds[k]!;
			const from = this.postingStart[id]!;
			const to = this.postingStart[id + 1]!;
			if (to - from > this.commonDf) {
				this.common[commons++] = k;
				continue;
			}
			for (let p = from; p < to; p++) {
				touched = this.accumulate(gen, touched, this.postingDocs[p]!, id, this.queryWeights[k]!, this.postingWeights[p]!);
			}
		}
		for (let c = 0; c < commons; c++) {
			const k = this.common[c]!;
			const id = this.queryIds[k]!;
			const w = this.queryWeights[k]!;
			const from = this.postingStart[id]!;
			const to = this.postingStart[id + 1]!;
			if (touched === 0) {
				for (let p = from; p < to; p++) {
					touched = this.accumulate(gen, touched, this.postingDocs[p]!, id, w, this.postingWeights[p]!);
				}
			} else if (touched < to - from) {
				for (let t = 0; t < touched; t++) {
					const doc = this.touched[t]!;
					const p = this.find(from, to, doc);
					if (p >= 0) {
						this.accumulate(gen, touched, doc, id, w, this.postingWeights[p]!);
					}
				}
			} else {
				// Same sums as looking each candidate up: each candidate still gets this term once, in term order.
				for (let p = from; p < to; p++) {
					if (this.mark[this.postingDocs[p]!] === gen) {
						this.accumulate(gen, touched, this.postingDocs[p]!, id, w, this.postingWeights[p]!);
					}
				}
			}
		}
		return touched;
	}

	private accumulate(gen: number, touched: number, doc: number, id: number, w: number, dw: number): number {
		if (this.mark[doc] !== gen) {
			this.mark[doc] = gen;
			this.dot[doc] = 0;
			this.shared[doc] = 0;
			this.sharedWords[doc] = 0;
			this.sharedTopic[doc] = 0;
			this.touched[touched++] = doc;
		}
		this.dot[doc]! += w * dw;
		this.shared[doc]! += w * w;
		this.sharedWords[doc]! += this.termIsWord[id]!;
		this.sharedTopic[doc]! += this.termIsTopic[id] === 1 ? w : 0;
		return touched;
	}

	/** The posting index of `doc` in `postingDocs[from, to)` (ascending), or -1. */
	private find(from: number, to: number, doc: number): number {
		let lo = from;
		let hi = to - 1;
		while (lo <= hi) {
			const mid = (lo + hi) >> 1;
			const d = this.postingDocs[mid]!;
			if (d === doc) {
				return mid;
			}
			if (d < doc) {
				lo = mid + 1;
			} else {
				hi = mid - 1;
			}
		}
		return -1;
	}

	/** The best `limit` touched documents by score, then by position: what a full sort would put first. */
	private best(touched: number, norm: number, queryWords: number, topicWeight: number, limit: number): Alignment[] {
		const top: Alignment[] = [];
		for (let t = 0; t < touched; t++) {
			const doc = this.touched[t]!;
			const score = this.similarity(norm, doc, queryWords, topicWeight);
			if (top.length === limit && !isBetter(score, doc, top[top.length - 1]!)) {
				continue;
			}
			let at = top.length;
			while (at > 0 && isBetter(score, doc, top[at - 1]!)) {
				at--;
			}
			top.splice(at, 0, { doc, score });
			if (top.length > limit) {
				top.pop();
			}
		}
		return top;
	}

	/** Inverse document frequency of a term (unknown terms get the rarest weight), scaled by `termFactor`. */
	weight(term: string): number {
		const id = this.ids.get(term);
		return id === undefined ? this.unknownIdf * this.factor(term) : this.termWeight[id]!;
	}

	private factor(term: string): number {
		let factor = this.factors.get(term);
		if (factor === undefined) {
			factor = termFactor(term);
			if (this.factors.size < FACTOR_CACHE_LIMIT) {
				this.factors.set(term, factor);
			}
		}
		return factor;
	}

	/**
	 * Mostly query coverage (how much of the briefing sentence's weighted content the source sentence
	 * contains: what a citation claims), blended with cosine so a short match in a long clause ranks
	 * below a close paraphrase.
	 */
	private similarity(qNorm: number, doc: number, queryWords: number, topicWeight: number): number {
		const dNorm = this.docNorm[doc]!;
		if (dNorm === 0) {
			return 0;
		}
		const score = COVERAGE_SHARE * (this.shared[doc]! / (qNorm * qNorm)) + (1 - COVERAGE_SHARE) * (this.dot[doc]! / (qNorm * dNorm));
		// A one-word heading ("Risks") or one shared word that is not most of the topic ("line" in
		// "Intro line.") is a coincidence more often than a citation; one rare topic word ("justice") is not.
		// So is a match on commitment language and party names alone ("the MoU says the partnership may include").
		const isThin = queryWords < 2 || (this.sharedWords[doc]! < 2 && this.sharedTopic[doc]! <= 0.5 * topicWeight) || this.sharedTopic[doc]! === 0;
		return isThin ? score * 0.2 : score;
	}
}

/** Higher score first, then the earlier document (the order a full sort used). */
function isBetter(score: number, doc: number, than: Alignment): boolean {
	return score > than.score || (score === than.score && doc < than.doc);
}
