import type { SourceModel } from '../source';
import { isContentToken, type Token, tokenize } from '../text/tokens';
import type { Span } from '../types';
import { spellingKey } from '../text/spelling';
import { alignWords, type WordDiff } from './alignWords';

/** A run of quoted words between ellipses or [editorial insertions]. */
interface Piece {
	readonly tokens: readonly Token[];
	/** How far this piece may start after the previous one: anywhere nearby (ellipsis) or a few words ([…]). */
	readonly gap: 'ellipsis' | 'bracket' | 'first';
}

/** How one piece of a quotation compares with the source. */
export interface PieceMatch {
	/** The piece in the briefing. */
	readonly span: Span;
	/** The aligned source words, as offsets into the source text. */
	readonly source: Span;
	readonly verbatim: boolean;
	readonly similarity: number;
	/** The longest run of the piece's words found verbatim in the source. */
	readonly longestRun: number;
	readonly diffs: readonly WordDiff[];
}

/** The verdict on one quotation. */
export type QuoteVerdict =
	| { readonly kind: 'verbatim'; readonly pieces: readonly PieceMatch[] }
	| { readonly kind: 'misquote'; readonly pieces: readonly PieceMatch[] }
	| { readonly kind: 'unrelated' };

const ellipsisRe = /…|\.\s?\.\s?\./g;
const bracketRe = /\[[^\]\n]{0,80}\]/g;
const MAX_ELLIPSIS_GAP = 200;
const MAX_BRACKET_GAP = 8;
const MIN_SIMILARITY = 0.6;
const MIN_RUN = 5;
/** The most words a quotation may have for its words' places to be counted two apart. */
const SHORT_QUOTE = 15;
const positionsCache = new WeakMap<SourceModel, Map<string, number[]>>();

/** Compares a quotation (`content` of `text`) with the source's words. */
export function matchQuote(text: string, content: Span, source: SourceModel): QuoteVerdict {
	const pieces = splitPieces(text, content);
	const wordCount = pieces.reduce((n, p) => n + p.tokens.length, 0);
	if (wordCount < 3) {
		return { kind: 'unrelated' };
	}
	const verbatim = findVerbatim(pieces, source, 0, -1);
	if (verbatim) {
		return { kind: 'verbatim', pieces: verbatim };
	}
	const matches = pieces.map((piece) => bestApproximate(piece, source));
	// Close enough to be the source's words: most words match, or a long verbatim stretch that then
	// drifts ("help civil servants work more efficiently and reduce the size of the workforce").
	const close = matches.filter((m) => m !== undefined && !m.verbatim && (m.similarity >= MIN_SIMILARITY || (m.longestRun >= MIN_RUN && m.similarity >= 0.3) || extendsPhrase(m, text, source) || isElided(m, pieces)));
	const exactWords = pieces.reduce((n, p, k) => n + (matches[k]?.verbatim ? p.tokens.length : 0), 0);
	if (close.length === 0 && exactWords < 3) {
		const anchored = pieces.length === 1 ? anchoredMatch(text, content, pieces[0]!, source) : undefined;
		return anchored === undefined ? { kind: 'unrelated' } : { kind: 'misquote', pieces: [anchored] };
	}
	if (close.length === 0 && matches.every((m) => m === undefined || m.verbatim || m.similarity < 0.34)) {
		return pieces.length > 1 && exactWords >= 3 ? misquoteOfUnmatched(pieces, matches) : { kind: 'unrelated' };
	}
	return { kind: 'misquote', pieces: matches.filter((m): m is PieceMatch => m !== undefined) };
}

/**
 * A source phrase quoted whole, from its first word to where the source's clause ends, then carried on with words of the
 * writer's ("produced once and shared across the UK" for "… where it is produced once and shared; and"): four words or
 * more verbatim, at most four added after them, and nothing else changed.
 */
function extendsPhrase(m: PieceMatch, text: string, source: SourceModel): boolean {
	const added = m.diffs.filter((d) => d.kind === 'added');
	if (added.length !== m.diffs.length || added.length === 0 || m.longestRun < 4) {
		return false;
	}
	const addedWords = added.reduce((n, d) => n + (d.kind === 'added' ? d.quoted.split(/\s+/).length : 0), 0);
	const quoted = text.slice(m.span.start, m.span.end);
	const sourcePhrase = source.text.slice(m.source.start, m.source.end);
	return addedWords <= 4 && quoted.startsWith(sourcePhrase) && /^\s*[;,.:)]/.test(source.text.slice(m.source.end, m.source.end + 3));
}

/**
 * 'serve their sentences "in their home society"' for "… to serve their sentences within their own society": a short
 * quotation too changed to place by its own words, placed by the sentence's three words before it, which stand verbatim
 * in the source right before a stretch it shares content words with.
 */
function anchoredMatch(text: string, content: Span, piece: Piece, source: SourceModel): PieceMatch | undefined {
	// The words just before the quotation mark, in its own sentence (offsets within `head`).
	const head = text.slice(Math.max(0, content.start - 80), content.start);
	const before = tokenize(head).slice(-ANCHOR_WORDS);
	if (before.length < ANCHOR_WORDS || !before.some(isContentToken) || /[.;:!?]/.test(head.slice(before[before.length - 1]!.end))) {
		return undefined;
	}
	const m = piece.tokens.length;
	for (const p of (positions(source).get(spellingKey(before[0]!.lower)) ?? []).slice(0, 400)) {
		if (!before.every((t, k) => spellingKey(source.words[p + k]?.lower ?? '') === spellingKey(t.lower))) {
			continue;
		}
		const lo = p + ANCHOR_WORDS;
		const aligned = alignWords(piece.tokens, source.words, lo, Math.min(source.words.length, lo + m + 2), true);
		const contentMatches = aligned === undefined ? 0 : piece.tokens.filter((t) => isContentToken(t) && source.words.slice(lo, lo + m + 2).some((w) => spellingKey(w.lower) === spellingKey(t.lower))).length;
		if (aligned !== undefined && aligned.from <= lo + 1 && contentMatches >= 1) {
			const similarity = aligned.matches / Math.max(m, aligned.to - aligned.from);
			// Words changed, not figures written another way ("2C" for "2°C").
			const wordsOnly = aligned.diffs.every((d) => !/\d/.test(`${d.kind === 'dropped' ? '' : d.quoted} ${d.kind === 'added' ? '' : d.source}`));
			if (similarity >= 0.4 && similarity < 1 && wordsOnly) {
				return pieceMatch(piece, source, aligned.from, aligned.to, similarity, aligned.diffs, aligned.longestRun);
			}
		}
	}
	return undefined;
}
const ANCHOR_WORDS = 3;

/** A quote whose other pieces are verbatim but one piece is in the source nowhere: invented words. */
function misquoteOfUnmatched(pieces: readonly Piece[], matches: readonly (PieceMatch | undefined)[]): QuoteVerdict {
	const out: PieceMatch[] = [];
	pieces.forEach((piece, k) => {
		const match = matches[k];
		if (match?.verbatim) {
			out.push(match);
		} else if (piece.tokens.length >= 2) {
			const span = { start: piece.tokens[0]!.start, end: piece.tokens[piece.tokens.length - 1]!.end };
			out.push({ span, source: { start: 0, end: 0 }, verbatim: false, similarity: 0, longestRun: 0, diffs: piece.tokens.map((t) => ({ kind: 'added', quoted: t.raw })) });
		}
	});
	return out.some((m) => !m.verbatim) ? { kind: 'misquote', pieces: out } : { kind: 'unrelated' };
}

/** Cuts a quotation at ellipses and [bracketed] insertions. */
function splitPieces(text: string, content: Span): Piece[] {
	// "[t]his": a bracketed letter or two inside a word is an editorial change of case, part of the word.
	const slice = text.slice(content.start, content.end).replace(/\[([\p{L}]{1,3})\](?=[\p{L}])/gu, '  $1');
	const cuts: { start: number; end: number; gap: Piece['gap'] }[] = [];
	for (const m of slice.matchAll(ellipsisRe)) {
		cuts.push({ start: m.index, end: m.index + m[0].length, gap: 'ellipsis' });
	}
	for (const m of slice.matchAll(bracketRe)) {
		cuts.push({ start: m.index, end: m.index + m[0].length, gap: 'bracket' });
	}
	cuts.sort((a, b) => a.start - b.start);
	const pieces: Piece[] = [];
	let from = 0;
	let gap = 'first' as Piece['gap'];
	for (const cut of [...cuts, { start: slice.length, end: slice.length, gap: 'first' as Piece['gap'] }]) {
		const tokens = tokenize(slice.slice(from, Math.max(from, cut.start)), content.start + from);
		if (tokens.length > 0) {
			pieces.push({ tokens, gap: pieces.length === 0 ? 'first' : gap });
		}
		gap = tokens.length === 0 && gap === 'ellipsis' ? 'ellipsis' : cut.gap;
		from = Math.max(from, cut.end);
	}
	return pieces;
}

/** True when the source has these words in a row (compared by stem: "AI Growth Zone" is the source's "AI Growth Zones"). */
export function sourceHasPhrase(source: SourceModel, phrase: readonly Token[]): boolean {
	if (phrase.length === 0) {
		return false;
	}
	// Candidate places come from the phrase's rarest stem ("AI" is everywhere in a large source; "Zones" is not).
	const index = stemPositions(source);
	let anchor = 0;
	let places: readonly number[] | undefined;
	for (let j = 0; j < phrase.length; j++) {
		const list = index.get(phrase[j]!.stem);
		if (list === undefined) {
			return false;
		}
		if (places === undefined || list.length < places.length) {
			anchor = j;
			places = list;
		}
	}
	const words = source.words;
	return places!.some((p) => p >= anchor && phrase.every((w, k) => words[p - anchor + k]?.stem === w.stem));
}

const stemPositionsCache = new WeakMap<SourceModel, Map<string, number[]>>();

function stemPositions(source: SourceModel): Map<string, number[]> {
	let map = stemPositionsCache.get(source);
	if (!map) {
		map = new Map();
		source.words.forEach((w, i) => {
			const list = map!.get(w.stem);
			if (list) {
				list.push(i);
			} else {
				map!.set(w.stem, [i]);
			}
		});
		stemPositionsCache.set(source, map);
	}
	return map;
}

function positions(source: SourceModel): Map<string, number[]> {
	let map = positionsCache.get(source);
	if (!map) {
		map = new Map();
		source.words.forEach((w, i) => {
			const key = spellingKey(w.lower);
			const list = map!.get(key);
			if (list) {
				list.push(i);
			} else {
				map!.set(key, [i]);
			}
		});
		positionsCache.set(source, map);
	}
	return map;
}

/**
 * Finds every piece verbatim, in order, within its allowed gap; returns the matches or undefined. Candidate starts
 * come from the piece's rarest word (the first word may be "the", thousands of places in a large source); they are
 * still tried in ascending order, so the match found is the one a scan from the first word finds.
 */
function findVerbatim(pieces: readonly Piece[], source: SourceModel, k: number, prevEnd: number): PieceMatch[] | undefined {
	const piece = pieces[k];
	if (piece === undefined) {
		return [];
	}
	const index = positions(source);
	let anchor = 0;
	let places: readonly number[] | undefined;
	for (let j = 0; j < piece.tokens.length; j++) {
		const list = index.get(spellingKey(piece.tokens[j]!.lower));
		if (list === undefined) {
			return undefined;
		}
		if (places === undefined || list.length < places.length) {
			anchor = j;
			places = list;
		}
	}
	const maxGap = piece.gap === 'bracket' ? MAX_BRACKET_GAP : MAX_ELLIPSIS_GAP;
	for (let p = k > 0 ? firstAtLeast(places!, prevEnd + anchor) : 0; p < places!.length; p++) {
		const start = places![p]! - anchor;
		if (start < 0) {
			continue;
		}
		if (k > 0 && start - prevEnd > maxGap) {
			break;
		}
		if (piece.tokens.every((t, i) => source.words[start + i] !== undefined && spellingKey(source.words[start + i]!.lower) === spellingKey(t.lower))) {
			const rest = findVerbatim(pieces, source, k + 1, start + piece.tokens.length);
			if (rest) {
				return [pieceMatch(piece, source, start, start + piece.tokens.length, 1, []), ...rest];
			}
		}
	}
	return undefined;
}

/** The index of the first value ≥ `x` in an ascending list (its length when none). */
function firstAtLeast(sorted: readonly number[], x: number): number {
	let lo = 0;
	let hi = sorted.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (sorted[mid]! < x) {
			lo = mid + 1;
		} else {
			hi = mid;
		}
	}
	return lo;
}

function pieceMatch(piece: Piece, source: SourceModel, from: number, to: number, similarity: number, diffs: readonly WordDiff[], longestRun = to - from): PieceMatch {
	const tokens = piece.tokens;
	return {
		longestRun,
		span: { start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end },
		source: { start: source.words[from]!.start, end: source.words[to - 1]!.end },
		verbatim: diffs.length === 0 && similarity === 1,
		similarity,
		diffs,
	};
}

/** The closest stretch of source words to a piece, found from the piece's rarer words. */
function bestApproximate(piece: Piece, source: SourceModel): PieceMatch | undefined {
	const votes = new Map<number, number>();
	const index = positions(source);
	// Only content words vote: "the" and "and" would place any long quotation somewhere in the source.
	piece.tokens.forEach((t, j) => {
		const list = isContentToken(t) ? index.get(spellingKey(t.lower)) : undefined;
		if (list && list.length <= 400) {
			for (const p of list) {
				votes.set(p - j, (votes.get(p - j) ?? 0) + 1);
			}
		}
	});
	const minVotes = Math.max(2, Math.ceil(piece.tokens.filter(isContentToken).length * 0.3));
	// A word or two changed for others of another length ("a public promise of how we will behave" for "a public
	// statement of how we intend to behave") shifts the implied start: votes two places apart count together.
	// Only for a short quotation no place takes on its own.
	const near = (start: number): number => [-2, -1, 0, 1, 2].reduce((n, d) => n + (votes.get(start + d) ?? 0), 0);
	const exact = [...votes.entries()].filter(([, v]) => v >= minVotes).sort((a, b) => b[1] - a[1]).slice(0, 6);
	const starts = exact.length > 0 || piece.tokens.length > SHORT_QUOTE ? exact : [...votes.keys()].map((start) => [start, near(start)] as const).filter(([, v]) => v >= minVotes).sort((a, b) => b[1] - a[1]).slice(0, 6);
	let best: PieceMatch | undefined;
	const m = piece.tokens.length;
	for (const [start] of starts) {
		// Dropped and added words shift the implied start, so the window is wide; the alignment's ends are free.
		const lo = Math.max(0, start - Math.max(4, m));
		const hi = Math.min(source.words.length, start + 2 * m + 4);
		const aligned = alignWords(piece.tokens, source.words, lo, hi);
		if (!aligned) {
			continue;
		}
		const similarity = aligned.matches / Math.max(m, aligned.to - aligned.from);
		if (!best || similarity > best.similarity) {
			best = pieceMatch(piece, source, aligned.from, aligned.to, similarity, aligned.diffs, aligned.longestRun);
		}
	}
	// A quotation with words cut from its middle is placed by its words in order, not by their positions' votes.
	if (best === undefined || best.similarity < MIN_SIMILARITY) {
		const cut = elidedMatch(piece, source, index);
		if (cut !== undefined) {
			return cut;
		}
	}
	return best ?? oneWordChanged(piece, source, index);
}

/**
 * The source's stretch, within one sentence, that has every word of a short piece in order with words between them:
 * found from each place of the piece's first content word. Undefined when there is none or the words run on unbroken.
 */
function elidedMatch(piece: Piece, source: SourceModel, index: ReadonlyMap<string, number[]>): PieceMatch | undefined {
	const tokens = piece.tokens;
	const m = tokens.length;
	const first = tokens.findIndex(isContentToken);
	if (m < 3 || m > MAX_ELIDED_WORDS || first < 0) {
		return undefined;
	}
	const keys = tokens.map((t) => spellingKey(t.lower));
	const reach = ELIDED_REACH * m;
	const words = source.words;
	const list = index.get(keys[first]!) ?? [];
	for (const p of list.length <= 400 ? list : []) {
		// The words before the first content word, nearest first, before it; the rest in order after it.
		let from = p;
		for (let j = first - 1; j >= 0 && from !== -1; j--) {
			let k = from - 1;
			while (k >= 0 && p - k < reach && spellingKey(words[k]!.lower) !== keys[j]) {
				k--;
			}
			from = k >= 0 && p - k < reach ? k : -1;
		}
		if (from === -1) {
			continue;
		}
		let at = p;
		for (let j = first + 1; j < m && at !== -1; j++) {
			let k = at + 1;
			while (k < words.length && k - from < reach && spellingKey(words[k]!.lower) !== keys[j]) {
				k++;
			}
			at = k < words.length && k - from < reach ? k : -1;
		}
		if (at === -1 || at + 1 - from === m || SENTENCE_BREAK_RE.test(source.text.slice(words[from]!.start, words[at]!.end))) {
			continue;
		}
		const aligned = alignWords(tokens, words, from, at + 1);
		if (aligned !== undefined) {
			return pieceMatch(piece, source, aligned.from, aligned.to, aligned.matches / Math.max(m, aligned.to - aligned.from), aligned.diffs, aligned.longestRun);
		}
	}
	return undefined;
}
const MAX_ELIDED_WORDS = 12;
/** A cut quotation spans at most three times its own words in the source. */
const ELIDED_REACH = 3;
const SENTENCE_BREAK_RE = /[.!?]\s|\n\s*\n/;

/**
 * Every quoted word in the source's order, with words of the source left out between them and no mark of the cut
 * ("shall protect and restore" for "shall use their best endeavours to protect and, where practicable, restore"): the
 * source's words, shortened, which is what a hedge dropped from a quotation looks like. At least three words, at least
 * one of them after a cut, and no more left out than twice what is quoted.
 */
function isElided(m: PieceMatch, pieces: readonly Piece[]): boolean {
	const dropped = m.diffs.filter((d) => d.kind === 'dropped');
	const quoted = pieces.reduce((n, p) => n + p.tokens.length, 0);
	const left = dropped.reduce((n, d) => n + (d.kind === 'dropped' ? d.source.split(/\s+/).length : 0), 0);
	return pieces.length === 1 && quoted >= 3 && dropped.length > 0 && dropped.length === m.diffs.length && left <= 2 * quoted;
}

/**
 * A short phrase of mostly grammar words with one word changed ("shall not be unreasonably withheld" for the source's
 * "shall not be unreasonably refused"): too few content words to place it by vote, so placed by each of them, word for
 * word, at least four words long and every word but one the same.
 */
function oneWordChanged(piece: Piece, source: SourceModel, index: ReadonlyMap<string, number[]>): PieceMatch | undefined {
	const m = piece.tokens.length;
	if (m < 4 || m > 8) {
		return undefined;
	}
	let found: PieceMatch | undefined;
	for (const [j, t] of piece.tokens.entries()) {
		const list = isContentToken(t) ? index.get(spellingKey(t.lower)) : undefined;
		for (const p of list !== undefined && list.length <= 400 ? list : []) {
			const start = p - j;
			if (start < 0 || start + m > source.words.length) {
				continue;
			}
			const pairs = piece.tokens.map((q, k) => [q, source.words[start + k]!] as const);
			// "Conferences of the Parties" for "Conference of the Parties": the source's phrase, inflected.
			if (pairs.every(([q, w]) => q.stem === w.stem)) {
				return undefined;
			}
			const changed = pairs.filter(([q, w]) => spellingKey(q.lower) !== spellingKey(w.lower));
			// A word of meaning changed for another ("withheld" for "refused"), not "into" for "in".
			if (found === undefined && changed.length === 1 && isContentToken(changed[0]![0]) && isContentToken(changed[0]![1]) && changed[0]![0].stem !== changed[0]![1].stem) {
				const [q, w] = changed[0]!;
				const at = piece.tokens.indexOf(q);
				found = pieceMatch(piece, source, start, start + m, (m - 1) / m, [{ kind: 'changed', quoted: q.raw, source: w.raw }], Math.max(at, m - 1 - at));
			}
		}
	}
	return found;
}
