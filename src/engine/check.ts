import type { Alignment } from './align/alignmentIndex';
import { alignmentTerms } from './align/terms';
import { analyseCommitment } from './analysis/commitment';
import { findQuotes } from './quotes/findQuotes';
import { matchQuote } from './quotes/matchQuote';
import { fallbackCitation } from './citationFallbacks';
import { citationLabel, clauseRef } from './rules/fixes';
import { RULES } from './rules/index';
import { type AnalysedSentence, CITATION_THRESHOLD, type CheckedQuote, type RuleContext } from './rules/rule';
import type { SourceModel } from './source';
import { type BriefingSentence, segmentBriefing } from './text/segmentBriefing';
import { type Token, tokenize } from './text/tokens';
import type { CheckOptions, CheckResult, Citation, Finding, Severity, Span } from './types';

/** Checks a briefing against a loaded source: findings (sorted by position) and a citation per supported sentence. */
export function check(text: string, source: SourceModel, options: CheckOptions = {}): CheckResult {
	const { blocks, sentences } = segmentBriefing(text, options.format ?? 'markdown');
	const prose = documentProse(text.length, sentences);
	const quotes = blocks.flatMap((block) => findQuotes(prose, block.span)).map((quote): CheckedQuote => ({
		quote,
		verdict: matchQuote(text, quote.content, source),
	}));
	const context = buildContext(text, source, sentences, quotes);
	const findings: Finding[] = [];
	for (const rule of RULES) {
		const severity: Severity = options.severities?.[rule.id] ?? rule.defaultSeverity;
		if (severity === 'off') {
			continue;
		}
		for (const finding of rule.check(context)) {
			findings.push({ ...finding, severity });
		}
	}
	findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.ruleId.localeCompare(b.ruleId));
	return { findings, citations: citationsOf(context) };
}

/** The whole document's prose view: sentence prose where sentences are, spaces elsewhere. */
function documentProse(length: number, sentences: readonly BriefingSentence[]): string {
	const parts: string[] = [];
	let at = 0;
	for (const s of sentences) {
		parts.push(' '.repeat(Math.max(0, s.span.start - at)), s.prose);
		at = s.span.end;
	}
	parts.push(' '.repeat(Math.max(0, length - at)));
	return parts.join('');
}

function buildContext(text: string, source: SourceModel, sentences: readonly BriefingSentence[], quotes: readonly CheckedQuote[]): RuleContext {
	const align = (tokens: readonly Token[], emphasis?: readonly Token[]): readonly Alignment[] =>
		source.index.query(alignmentTerms(tokens), 3, emphasis ? new Set(alignmentTerms(emphasis)) : undefined);
	// Two rules (overstated and understated) align the same predicates: answer the second from a memo. Keyed by the
	// first token's offset as well as the terms, so it only ever pairs calls about the same words of the document.
	const memo = new Map<string, readonly Alignment[]>();
	const alignOnce = (tokens: readonly Token[], emphasis?: readonly Token[]): readonly Alignment[] => {
		const terms = alignmentTerms(tokens);
		const emphasised = emphasis ? alignmentTerms(emphasis) : undefined;
		const key = `${tokens[0]?.start ?? -1}\u0000${terms.join('\u0000')}\u0001${emphasised?.join('\u0000') ?? '\u0002'}`;
		let found = memo.get(key);
		if (found === undefined) {
			found = source.index.query(terms, 3, emphasised ? new Set(emphasised) : undefined);
			memo.set(key, found);
		}
		return found;
	};
	// Quotes are in text order and do not overlap, so one pointer finds each sentence's quotes in linear time.
	let lo = 0;
	const analysed = sentences.map((sentence): AnalysedSentence => {
		while (lo < quotes.length && quotes[lo]!.quote.outer.end <= sentence.span.start) {
			lo++;
		}
		const overlapping: CheckedQuote[] = [];
		for (let k = lo; k < quotes.length && quotes[k]!.quote.outer.start < sentence.span.end; k++) {
			overlapping.push(quotes[k]!);
		}
		const claimProse = blankQuotes(sentence, overlapping);
		const tokens = tokenize(sentence.prose, sentence.span.start);
		// The claim's words are the sentence's words outside blanked quotations: no second tokenisation.
		const claimTokens = claimProse === sentence.prose ? tokens : tokens.filter((t) => claimProse.charCodeAt(t.start - sentence.span.start) !== 32);
		const enclosing = overlapping.find(({ quote }) => quote.outer.start <= sentence.span.start && sentence.span.end <= quote.outer.end);
		return {
			isOthersWords: enclosing?.verdict.kind === 'unrelated',
			sentence,
			claimProse,
			claim: analyseCommitment(claimProse, sentence.span.start, source.parties, claimTokens),
			alignments: align(tokens),
			quotes: overlapping.filter(({ quote }) => quote.outer.start >= sentence.span.start),
		};
	});
	return { text, source, sentences: analysed, align: alignOnce, sourceSentence: (a) => source.sentences[a.doc]! };
}

/** Blanks quotations of three or more words (`quotes` overlap the sentence): someone's words, not the writer's claim. */
function blankQuotes(sentence: BriefingSentence, quotes: readonly CheckedQuote[]): string {
	let prose = sentence.prose;
	for (const { quote } of quotes) {
		const start = Math.max(quote.outer.start, sentence.span.start);
		const end = Math.min(quote.outer.end, sentence.span.end);
		if (end <= start || !isLongQuote(sentence, quote.content)) {
			continue;
		}
		const from = start - sentence.span.start;
		const to = end - sentence.span.start;
		prose = prose.slice(0, from) + ' '.repeat(to - from) + prose.slice(to);
	}
	return prose;
}

function isLongQuote(sentence: BriefingSentence, content: Span): boolean {
	const from = Math.max(0, content.start - sentence.span.start);
	const to = Math.min(sentence.prose.length, content.end - sentence.span.start);
	return to <= from || tokenize(sentence.prose.slice(from, to)).length >= 3 || content.end > sentence.span.end;
}

/** Score given to a heading that names a section by its title ("Infrastructure", "Status"). */
const TITLE_MATCH_SCORE = 0.5;
const HEADING_FILLER = new Set(['section', 'part', 'article', 'chapter', 'and', 'the', 'of']);

/** The first sentence of the section a heading names by its title, if it names one. */
function headingTarget(context: RuleContext, analysed: AnalysedSentence): Alignment | undefined {
	if (analysed.sentence.blockKind !== 'heading') {
		return undefined;
	}
	const words = tokenize(analysed.sentence.prose).filter((t) => !HEADING_FILLER.has(t.lower) && !/^\d/.test(t.raw));
	if (words.length === 0 || words.length > 6) {
		return undefined;
	}
	const doc = firstTitledSentence(titleIndex(context.source), words.map((w) => w.stem));
	return doc === -1 ? undefined : { doc, score: TITLE_MATCH_SCORE };
}

/** A source's clause titles by stem: each distinct title once, at the first sentence whose clause has it. */
interface TitleIndex {
	/** Stem → indices (ascending) into `firsts` of the titles containing it. */
	readonly byStem: ReadonlyMap<string, readonly number[]>;
	/** Per distinct title: the first source sentence under it and its stems. */
	readonly firsts: readonly { readonly doc: number; readonly stems: ReadonlySet<string> }[];
}

const titleIndexes = new WeakMap<SourceModel, TitleIndex>();

/** Built once per source: a heading used to tokenise every clause title per heading (10 s for 1 MB × 5,000 clauses). */
function titleIndex(source: SourceModel): TitleIndex {
	let index = titleIndexes.get(source);
	if (index === undefined) {
		const byStem = new Map<string, number[]>();
		const firsts: { doc: number; stems: ReadonlySet<string> }[] = [];
		const seen = new Set<string>();
		source.sentences.forEach((s, doc) => {
			if (seen.has(s.clause.title)) {
				return;
			}
			seen.add(s.clause.title);
			const stems = new Set(tokenize(s.clause.title).map((t) => t.stem));
			for (const stem of stems) {
				const list = byStem.get(stem);
				if (list) {
					list.push(firsts.length);
				} else {
					byStem.set(stem, [firsts.length]);
				}
			}
			firsts.push({ doc, stems });
		});
		index = { byStem, firsts };
		titleIndexes.set(source, index);
	}
	return index;
}

/** The first source sentence whose clause title has every stem, or -1 (same answer as a scan of all sentences). */
function firstTitledSentence(index: TitleIndex, stems: readonly string[]): number {
	let shortest: readonly number[] | undefined;
	for (const stem of stems) {
		const list = index.byStem.get(stem);
		if (list === undefined) {
			return -1;
		}
		shortest = shortest === undefined || list.length < shortest.length ? list : shortest;
	}
	for (const k of shortest ?? []) {
		const title = index.firsts[k]!;
		if (stems.every((stem) => title.stems.has(stem))) {
			return title.doc;
		}
	}
	return -1;
}

function citationsOf(context: RuleContext): Citation[] {
	const out: Citation[] = [];
	let previous: Alignment | undefined;
	for (const analysed of context.sentences) {
		const aligned = analysed.alignments[0];
		const own = aligned && aligned.score >= CITATION_THRESHOLD ? aligned : headingTarget(context, analysed);
		const best = own ?? fallbackCitation(context, analysed, previous);
		previous = best;
		if (best === undefined || best.score < CITATION_THRESHOLD || analysed.isOthersWords) {
			continue;
		}
		const match = context.sourceSentence(best);
		out.push({
			span: analysed.sentence.span,
			clause: clauseRef(match.clause),
			label: citationLabel(context.source, match.clause),
			sourceSentence: match.sentence,
			score: Math.round(best.score * 1000) / 1000,
		});
	}
	return out;
}
