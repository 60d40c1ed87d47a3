// Ranking for "Clause Lens: Look Up Clause…": multi-word, typo-tolerant, fast on large sources.
// No vscode import: unit-tested in plain Node (test/unit/rankClauses.test.ts).
//
// NOTE: fuse.js over whole clauses is character-level Bitap: it found nothing for a multi-word query
// with a typo and took ~0.45 s a query over 5,000 clauses. So each query word is matched on its own
// against the vocabulary of short fields (id, title words, text words): exactly, as a prefix, or with
// a typo (a deletion neighbourhood plus fuse.js on a first-letter bucket, see termIndex.ts). Clauses
// are then scored from inverted postings, which only touch clauses that contain a matched term.
import { lookupWords, TermIndex } from './termIndex';

/** The fields of a clause the lookup searches. */
export interface RankableClause {
	readonly id: string;
	readonly title: string;
	readonly text: string;
}

/** A clause (by its index in the list given to the ranker) and its score, best first. */
export interface RankedClause {
	readonly index: number;
	readonly score: number;
}

const ID_WEIGHT = 3;
const TITLE_WEIGHT = 2;
const TEXT_WEIGHT = 1;
const EXACT_ID_BONUS = 1000;
const ID_PREFIX_BONUS = 100;
const DEFAULT_LIMIT = 100;
/** How many of the best clauses get the phrase bonus (it tokenises their text again). */
const PHRASE_WINDOW = 50;
const PHRASE_BONUS = 0.25;
const STOPWORDS = new Set(['a', 'an', 'and', 'as', 'at', 'be', 'by', 'for', 'from', 'in', 'is', 'it', 'its', 'of', 'on', 'or', 'the', 'this', 'that', 'to', 'with']);
/** The words a citation puts before an id ("§2.3", "Art. 4.2", "cl. 5.1", "clause 5.1"), dropped from a query. */
const citationWordsRe = /^(?:§\s*|section\s+|clause\s+|cl\.\s*|para(?:graph)?\s+|article\s+|art\.\s*)+/;

/** Ranks the clauses of one source for a query; build once per source, query many times. */
export class ClauseRanker {
	private readonly terms = new TermIndex();
	/** Per term: clause index and field weight, interleaved. */
	private readonly postings: number[][] = [];
	private readonly ids: string[];
	private readonly best: Float64Array;

	constructor(private readonly clauses: readonly RankableClause[]) {
		this.ids = clauses.map((c) => c.id.toLowerCase());
		this.best = new Float64Array(clauses.length);
		clauses.forEach((clause, index) => this.addClause(clause, index));
	}

	/** The best clauses for `query`, at most `limit`; an empty query lists the clauses in order. */
	rank(query: string, limit = DEFAULT_LIMIT): RankedClause[] {
		const normalised = query.trim().toLowerCase().replace(citationWordsRe, '');
		const allWords = lookupWords(normalised);
		const words = allWords.some((w) => !STOPWORDS.has(w)) ? allWords.filter((w) => !STOPWORDS.has(w)) : allWords;
		if (words.length === 0) {
			return this.clauses.slice(0, limit).map((_, index) => ({ index, score: 0 }));
		}
		const isTyping = !/\s$/.test(query);
		const scores = new Map<number, { sum: number; hits: number }>();
		const matched = words.map((word, k) => this.scoreWord(word, isTyping && k === words.length - 1, scores));
		this.addIdBonus(normalised, scores);
		const ranked: RankedClause[] = [];
		for (const [index, { sum, hits }] of scores) {
			const coverage = Math.min(1, hits / words.length);
			ranked.push({ index, score: sum * coverage * coverage });
		}
		const byScore = (a: RankedClause, b: RankedClause): number => b.score - a.score || a.index - b.index;
		ranked.sort(byScore);
		if (words.length > 1) {
			const head = ranked.slice(0, PHRASE_WINDOW).map((r) => ({ ...r, score: r.score * this.phraseFactor(r.index, matched) }));
			ranked.splice(0, head.length, ...head.sort(byScore));
		}
		return ranked.slice(0, limit);
	}

	/** Rewards query words found next to each other, in order, in the clause ("growth zones" as a phrase). */
	private phraseFactor(index: number, matched: readonly ReadonlySet<string>[]): number {
		const clause = this.clauses[index]!;
		let factor = 1;
		for (const field of [clause.title, clause.text]) {
			const words = lookupWords(field);
			for (let k = 0; k + 1 < matched.length; k++) {
				if (words.some((w, i) => matched[k]!.has(w) && matched[k + 1]!.has(words[i + 1] ?? ''))) {
					factor += PHRASE_BONUS;
				}
			}
		}
		return factor;
	}

	private addClause(clause: RankableClause, index: number): void {
		const weights = new Map<number, number>();
		const note = (word: string, weight: number): void => {
			const term = this.terms.add(word);
			weights.set(term, Math.max(weights.get(term) ?? 0, weight));
		};
		lookupWords(clause.text).forEach((w) => note(w, TEXT_WEIGHT));
		lookupWords(clause.title).forEach((w) => note(w, TITLE_WEIGHT));
		[this.ids[index]!, ...lookupWords(clause.id)].forEach((w) => note(w, ID_WEIGHT));
		for (const [term, weight] of weights) {
			(this.postings[term] ??= []).push(index, weight);
		}
	}

	/** Adds, for each clause, the best match of one query word (quality × field weight × idf); returns the terms matched. */
	private scoreWord(word: string, isLast: boolean, scores: Map<number, { sum: number; hits: number }>): Set<string> {
		const touched: number[] = [];
		const n = this.clauses.length;
		const matches = this.terms.match(word, isLast);
		for (const { term, quality } of matches) {
			const postings = this.postings[term] ?? [];
			const idf = Math.log(1 + n / (postings.length / 2));
			for (let k = 0; k < postings.length; k += 2) {
				const clause = postings[k]!;
				const value = quality * postings[k + 1]! * idf;
				if (this.best[clause] === 0) {
					touched.push(clause);
				}
				if (value > this.best[clause]!) {
					this.best[clause] = value;
				}
			}
		}
		for (const clause of touched) {
			const entry = scores.get(clause);
			if (entry) {
				entry.sum += this.best[clause]!;
				entry.hits++;
			} else {
				scores.set(clause, { sum: this.best[clause]!, hits: 1 });
			}
			this.best[clause] = 0;
		}
		return new Set(matches.map((m) => this.terms.term(m.term)));
	}

	/** A query that is a clause id ("2.3", "§2.3", "status") puts that clause first; an id prefix ("3") its children. */
	private addIdBonus(normalised: string, scores: Map<number, { sum: number; hits: number }>): void {
		if (!/^[\p{L}\p{N}.:()-]+$/u.test(normalised)) {
			return;
		}
		const isNumeric = /\d/.test(normalised);
		this.ids.forEach((id, index) => {
			const bonus = id === normalised || id.endsWith(`:${normalised}`) ? EXACT_ID_BONUS
				: isNumeric && (id.startsWith(`${normalised}.`) || id.startsWith(`${normalised}(`)) ? ID_PREFIX_BONUS : 0;
			if (bonus > 0) {
				const entry = scores.get(index);
				scores.set(index, { sum: (entry?.sum ?? 0) + bonus, hits: Number.MAX_SAFE_INTEGER });
			}
		});
	}
}
