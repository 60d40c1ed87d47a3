import { buildPostings, findDoc, type IndexedDoc } from './postings';
import { GENERIC_VOCABULARY, termFactor, type Vocabulary } from './terms';

export type { IndexedDoc } from './postings';

/** A ranked match: the document's position in the list the index was built from, and a score in [0, 1]. */
export interface Alignment {
	readonly doc: number;
	readonly score: number;
}

const COVERAGE_SHARE = 0.75;
const EMPHASIS = 1.5;
const NO_EMPHASIS: ReadonlySet<string> = new Set();
/** How many terms the source never has a query may meet before they are forgotten (bounded like the word caches). */
const UNKNOWN_LIMIT = 200_000;
const GENERATION_LIMIT = 2 ** 30;
/**
 * A common term's postings are binary-searched for each candidate only when there are this many times more
 * postings than candidates; otherwise one scan of the postings is cheaper (a search is a dozen unpredictable steps).
 */
const SEARCH_VS_SCAN = 8;

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
	private readonly ids: ReadonlyMap<string, number>;
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
	/** Known terms (ids below `knownCount`), then terms met only in queries, with their factor and kind. */
	private lookup: Map<string, number>;
	private readonly knownCount: number;
	private readonly unknownFactor: number[] = [];
	private readonly unknownIsWord: number[] = [];
	private readonly unknownMark: number[] = [];
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

	constructor(docs: readonly IndexedDoc[], private readonly vocabulary: Vocabulary = GENERIC_VOCABULARY) {
		const postings = buildPostings(docs, vocabulary);
		({ ids: this.ids, termWeight: this.termWeight, termIsWord: this.termIsWord, termIsTopic: this.termIsTopic } = postings);
		({ postingStart: this.postingStart, postingDocs: this.postingDocs, postingWeights: this.postingWeights } = postings);
		({ docNorm: this.docNorm, unknownIdf: this.unknownIdf } = postings);
		const n = docs.length;
		const terms = this.ids.size;
		this.knownCount = terms;
		this.lookup = new Map(this.ids);
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

	/**
	 * The best `limit` documents for the query terms, best first, with scores in [0, 1]. `emphasis`
	 * terms (the object of a commitment: what is promised) count half as much again.
	 */
	query(terms: readonly string[], limit = 3, emphasis: ReadonlySet<string> = NO_EMPHASIS): Alignment[] {
		if (limit < 1) {
			return [];
		}
		if (this.lookup.size >= this.knownCount + UNKNOWN_LIMIT) {
			this.forgetUnknown();
		}
		const gen = this.nextGeneration();
		// The query vector, terms in first-occurrence order: known terms in queryIds, unknown ones only counted.
		let known = 0;
		let sum = 0;
		let queryWords = 0;
		let topicWeight = 0;
		for (const term of terms) {
			const id = this.lookup.get(term) ?? this.addUnknown(term);
			let w: number;
			let isWord: boolean;
			let isTopic: boolean;
			if (id < this.knownCount) {
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
				// A term no source sentence has: it counts in the query's norm and kind, and has no postings.
				const u = id - this.knownCount;
				if (this.unknownMark[u] === gen) {
					continue;
				}
				this.unknownMark[u] = gen;
				const factor = this.unknownFactor[u]!;
				w = this.unknownIdf * factor * (emphasis.has(term) ? EMPHASIS : 1);
				isWord = this.unknownIsWord[u] === 1;
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
			this.unknownMark.fill(0);
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
			touched = this.accumulatePosting(gen, touched, id, this.queryWeights[k]!, from, to);
		}
		for (let c = 0; c < commons; c++) {
			const k = this.common[c]!;
			const id = this.queryIds[k]!;
			const w = this.queryWeights[k]!;
			const from = this.postingStart[id]!;
			const to = this.postingStart[id + 1]!;
			if (touched === 0) {
				touched = this.accumulatePosting(gen, touched, id, w, from, to);
			} else if (touched * SEARCH_VS_SCAN < to - from) {
				for (let t = 0; t < touched; t++) {
					const doc = this.touched[t]!;
					const p = findDoc(this.postingDocs, from, to, doc);
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

	/** `accumulate` over a whole posting, with the term's constants hoisted (the hot loop of a query). */
	private accumulatePosting(gen: number, touched: number, id: number, w: number, from: number, to: number): number {
		const { mark, dot, shared, sharedWords, sharedTopic, postingDocs, postingWeights } = this;
		const ww = w * w;
		const word = this.termIsWord[id]!;
		const topic = this.termIsTopic[id] === 1 ? w : 0;
		let n = touched;
		for (let p = from; p < to; p++) {
			const doc = postingDocs[p]!;
			if (mark[doc] !== gen) {
				mark[doc] = gen;
				dot[doc] = 0;
				shared[doc] = 0;
				sharedWords[doc] = 0;
				sharedTopic[doc] = 0;
				this.touched[n++] = doc;
			}
			dot[doc]! += w * postingWeights[p]!;
			shared[doc]! += ww;
			sharedWords[doc]! += word;
			sharedTopic[doc]! += topic;
		}
		return n;
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


	/** The best `limit` touched documents by score, then by position: what a full sort would put first. */
	private best(touched: number, norm: number, queryWords: number, topicWeight: number, limit: number): Alignment[] {
		const top: Alignment[] = [];
		for (let t = 0; t < touched; t++) {
			const doc = this.touched[t]!;
			insertBest(top, doc, this.similarity(norm, doc, queryWords, topicWeight), limit);
		}
		return top;
	}

	/** True when some source sentence has the term. */
	has(term: string): boolean {
		return this.ids.has(term);
	}

	/** Inverse document frequency of a term (unknown terms get the rarest weight), scaled by `termFactor`. */
	weight(term: string): number {
		const id = this.ids.get(term);
		return id === undefined ? this.unknownIdf * termFactor(term, this.vocabulary) : this.termWeight[id]!;
	}

	/** Gives a term no source sentence has an id past the known ones, with its factor and kind. */
	private addUnknown(term: string): number {
		const id = this.lookup.size;
		this.lookup.set(term, id);
		this.unknownFactor.push(termFactor(term, this.vocabulary));
		this.unknownIsWord.push(term.includes('_') ? 0 : 1);
		this.unknownMark.push(0);
		return id;
	}

	/** Drops the unknown terms met so far (bounded like the word caches; they are rebuilt on demand). */
	private forgetUnknown(): void {
		this.lookup = new Map(this.ids);
		this.unknownFactor.length = 0;
		this.unknownIsWord.length = 0;
		this.unknownMark.length = 0;
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

/** Keeps `top` the best `limit` (score, doc) pairs, best first. */
function insertBest(top: Alignment[], doc: number, score: number, limit: number): void {
	if (top.length === limit && !isBetter(score, doc, top[top.length - 1]!)) {
		return;
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

/** Higher score first, then the earlier document (the order a full sort used). */
function isBetter(score: number, doc: number, than: Alignment): boolean {
	return score > than.score || (score === than.score && doc < than.doc);
}
