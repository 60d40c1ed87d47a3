import { GENERIC_VOCABULARY, termFactor, type Vocabulary } from './terms';

/** One document of the index: a source sentence's terms and its clause title's terms. */
export interface IndexedDoc {
	readonly terms: readonly string[];
	readonly titleTerms: readonly string[];
}

/** The alignment index's data: terms interned to ids, their weights and kinds, and postings in flat arrays. */
export interface Postings {
	readonly ids: ReadonlyMap<string, number>;
	/** Per term id: idf × termFactor (the unemphasised weight). */
	readonly termWeight: Float64Array;
	/** Per term id: 1 for a word (not a bigram), else 0. */
	readonly termIsWord: Uint8Array;
	/** Per term id: 1 for a topic word (a word with termFactor 1), else 0. */
	readonly termIsTopic: Uint8Array;
	/** Per term id: its postings, `postingDocs[postingStart[id] .. postingStart[id + 1])`, docs ascending. */
	readonly postingStart: Int32Array;
	readonly postingDocs: Int32Array;
	readonly postingWeights: Float64Array;
	readonly docNorm: Float64Array;
	/** The idf of a term no document has. */
	readonly unknownIdf: number;
}

const TITLE_WEIGHT = 0.35;

/** Builds the postings of some documents. Weights and norms are summed in first-occurrence order, as before interning. */
export function buildPostings(docs: readonly IndexedDoc[], vocabulary: Vocabulary = GENERIC_VOCABULARY): Postings {
	const n = docs.length;
	const ids = new Map<string, number>();
	const df: number[] = [];
	for (const doc of docs) {
		for (const term of new Set([...doc.terms, ...doc.titleTerms])) {
			let id = ids.get(term);
			if (id === undefined) {
				id = ids.size;
				ids.set(term, id);
			}
			df[id] = (df[id] ?? 0) + 1;
		}
	}
	const terms = ids.size;
	const termWeight = new Float64Array(terms);
	const termIsWord = new Uint8Array(terms);
	const termIsTopic = new Uint8Array(terms);
	for (const [term, id] of ids) {
		const factor = termFactor(term, vocabulary);
		termWeight[id] = (Math.log(1 + n / df[id]!) + 0.5) * factor;
		termIsWord[id] = term.includes('_') ? 0 : 1;
		termIsTopic[id] = termIsWord[id] === 1 && factor === 1 ? 1 : 0;
	}
	const vectors = docs.map((doc) => docVector(doc, ids, termWeight));
	const postingStart = new Int32Array(terms + 1);
	for (const v of vectors) {
		for (const id of v.weights.keys()) {
			postingStart[id + 1]!++;
		}
	}
	for (let id = 0; id < terms; id++) {
		postingStart[id + 1]! += postingStart[id]!;
	}
	const fill = postingStart.slice(0, terms);
	const postingDocs = new Int32Array(postingStart[terms]!);
	const postingWeights = new Float64Array(postingStart[terms]!);
	vectors.forEach((v, doc) => {
		for (const [id, weight] of v.weights) {
			const at = fill[id]!++;
			postingDocs[at] = doc;
			postingWeights[at] = weight;
		}
	});
	const docNorm = Float64Array.from(vectors, (v) => v.norm);
	return { ids, termWeight, termIsWord, termIsTopic, postingStart, postingDocs, postingWeights, docNorm, unknownIdf: Math.log(1 + n) + 0.5 };
}

/** A source sentence's weights by term id (first occurrence order) and its norm. */
function docVector(doc: IndexedDoc, ids: ReadonlyMap<string, number>, termWeight: Float64Array): { weights: Map<number, number>; norm: number } {
	const weights = new Map<number, number>();
	for (const term of doc.terms) {
		const id = ids.get(term)!;
		weights.set(id, termWeight[id]!);
	}
	for (const term of doc.titleTerms) {
		const id = ids.get(term)!;
		if (!weights.has(id)) {
			weights.set(id, termWeight[id]! * TITLE_WEIGHT);
		}
	}
	let sum = 0;
	for (const w of weights.values()) {
		sum += w * w;
	}
	return { weights, norm: Math.sqrt(sum) };
}

/** The index of `doc` in `docs[from, to)` (ascending), or -1. */
export function findDoc(docs: Int32Array, from: number, to: number, doc: number): number {
	let lo = from;
	let hi = to - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		const d = docs[mid]!;
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
