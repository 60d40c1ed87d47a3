import type { Alignment } from './align/alignmentIndex';
import { alignmentTerms } from './align/terms';
import { firstTitledSentence } from './align/titleIndex';
import { analyseCommitment, type CommitmentAnalysis, type Predicate } from './analysis/commitment';
import { frameOf, type Topic } from './analysis/frame';
import { findQuotes } from './quotes/findQuotes';
import { matchQuote } from './quotes/matchQuote';
import { outsideQuoted, quotedSourceSpans } from './quotes/supportedQuotes';
import { fallbackCitation } from './citationFallbacks';
import { citationLabel, clauseRef } from './rules/fixes';
import { RULES } from './rules/index';
import { type AnalysedSentence, CITATION_THRESHOLD, CLOSE_CLAUSE, type CheckedQuote, isDefinition, type RuleContext } from './rules/rule';
import { referencedClauses } from './rules/wrongReference';
import { type SourceModel, withPartsFirst } from './source';
import { type Block, type BriefingSentence, segmentBriefing } from './text/segmentBriefing';
import { TextBuilder } from './text/textBuilder';
import { type Token, tokenize } from './text/tokens';
import { type CheckOptions, type CheckResult, type Citation, type Clause, type Finding, type Severity, type Span, Strength } from './types';

/** About how many sentences `check` analyses and runs the rules over at a time. */
const STRETCH = 256;

/** Checks a briefing against a loaded source: findings (sorted by position) and a citation per supported sentence. */
export function check(text: string, source: SourceModel, options: CheckOptions = {}): CheckResult {
	const { blocks, sentences } = segmentBriefing(text, options.format ?? 'markdown');
	// A stretch of whole blocks at a time, as the incremental checker does block by block: rules read one sentence
	// at a time and the citation carries over, so the result is the same as one pass over all blocks. The stretch's
	// tokens and analyses are garbage once it is done instead of being copied by every minor GC until the end.
	const findings: Finding[] = [];
	const citations: Citation[] = [];
	let carry: Carry = NO_CARRY;
	for (let from = 0; from < sentences.length; ) {
		let to = Math.min(from + STRETCH, sentences.length);
		while (to < sentences.length && sentences[to]!.block === sentences[to - 1]!.block) {
			to++;
		}
		const stretch = checkBlocks(text, source, options, blocks, sentences.slice(from, to), carry);
		findings.push(...stretch.findings);
		citations.push(...stretch.citations);
		carry = stretch.carry;
		from = to;
	}
	// Each stretch's findings are sorted and the stretches are in text order; sorting again (stable) keeps it so.
	findings.sort(compareFindings);
	return { findings, citations };
}

/** What one sentence hands on to the next: the citation it carries, and the topic it leaves open. */
export interface Carry {
	readonly citation: Alignment | undefined;
	readonly topic: Topic;
	/** A lead-in whose cue the list items after it take ("Under the MoU, OpenAI will:"). */
	readonly leadIn?: LeadInCue;
	/** The block ended inside a person's quotation ('"… raise money properly.' after 'she said'): it goes on in the next. */
	readonly speech?: true;
}

/** The carry before the first sentence. */
export const NO_CARRY: Carry = { citation: undefined, topic: 'none' };

export function sameCarry(a: Carry, b: Carry): boolean {
	const ca = a.citation;
	const cb = b.citation;
	return a.topic === b.topic && (ca === cb || (ca !== undefined && cb !== undefined && ca.doc === cb.doc && ca.score === cb.score))
		&& a.leadIn?.prose === b.leadIn?.prose && a.leadIn?.cueAt === b.leadIn?.cueAt && a.speech === b.speech;
}

/** A carry as part of a cache key. */
export function carryKey(a: Carry): string {
	const c = a.citation;
	return `${a.topic}/${c === undefined ? '-' : `${c.doc}:${c.score}`}/${a.leadIn === undefined ? '-' : `${a.leadIn.cueAt}:${a.leadIn.prose}`}${a.speech ? '/"' : ''}`;
}

/** What `checkBlocks` returns: the result for some blocks, and what the last sentence carries forward. */
export interface BlocksResult extends CheckResult {
	readonly carry: Carry;
}

/**
 * Checks some consecutive blocks of a briefing (and `sentences`, theirs): what `check` finds in them, given the
 * citation the sentence before them carried (`previous`). For the incremental checker; `check` is this over all blocks.
 */
export function checkBlocks(
	text: string,
	source: SourceModel,
	options: CheckOptions,
	blocks: readonly Block[],
	sentences: readonly BriefingSentence[],
	previous: Carry,
): BlocksResult {
	const { context, topic, leadIn, speech } = buildContext(text, source, blocks, sentences, previous.topic, previous.leadIn, previous.speech === true);
	const { citations, carry } = citationsOf(context, previous.citation);
	return { findings: runRules(context, options), citations, carry: { citation: carry, topic, ...(leadIn === undefined ? {} : { leadIn }), ...(speech ? { speech } : {}) } };
}

function runRules(context: RuleContext, options: CheckOptions): Finding[] {
	const findings: Finding[] = [];
	const quoted = quotedSourceSpans(context);
	for (const rule of RULES) {
		const severity: Severity = options.severities?.[rule.id] ?? rule.defaultSeverity;
		if (severity === 'off') {
			continue;
		}
		for (const finding of rule.check(context)) {
			const span = quoted.length > 0 ? outsideQuoted(context.text, finding.span, quoted) : finding.span;
			if (span === finding.span) {
				findings.push({ ...finding, severity });
			} else if (span) {
				findings.push({ ...finding, span, actual: context.text.slice(span.start, span.end), severity });
			}
		}
	}
	findings.sort(compareFindings);
	return findings;
}

/** The order of `check`'s findings: by start, then end, then rule id. */
export function compareFindings(a: Finding, b: Finding): number {
	return a.span.start - b.span.start || a.span.end - b.span.end || a.ruleId.localeCompare(b.ruleId);
}

/** A block's prose view (its own offsets): sentence prose where its sentences are, spaces elsewhere. */
function blockProse(block: Span, sentences: readonly BriefingSentence[]): string {
	const parts = new TextBuilder();
	let at = block.start;
	for (const s of sentences) {
		parts.push(' '.repeat(Math.max(0, s.span.start - at)), s.prose);
		at = s.span.end;
	}
	parts.push(' '.repeat(Math.max(0, block.end - at)));
	return parts.toString();
}

/**
 * A definition shares its defined term with every sentence that uses it ('"Priority Overflow" means …'): it ranks below
 * an operative clause the sentence is nearly as close to, by DEFINITION_WEIGHT. A definition that points to the one
 * clause that sets the thing up ('"Joint Programme" means the Fund referred to in paragraph 3 of Article 6') stands for
 * that clause. The top three are kept.
 */
function preferOperative(found: readonly Alignment[], definitions: ReadonlyMap<number, number | undefined>): readonly Alignment[] {
	if (definitions.size === 0 || !found.some((a) => definitions.has(a.doc))) {
		return found.slice(0, 3);
	}
	const best = new Map<number, number>();
	for (const a of found) {
		const target = definitions.has(a.doc) ? definitions.get(a.doc) ?? a.doc : a.doc;
		const score = definitions.has(a.doc) ? a.score * DEFINITION_WEIGHT : a.score;
		best.set(target, Math.max(best.get(target) ?? 0, score));
	}
	return [...best].map(([doc, score]) => ({ doc, score })).sort((a, b) => b.score - a.score).slice(0, 3);
}
const DEFINITION_WEIGHT = 0.8;
const DEFINITION_SLACK = 2;
const definitionSets = new WeakMap<SourceModel, ReadonlyMap<number, number | undefined>>();

/** The source sentences that are definitions, by index, each with the first sentence of the one clause it points to. */
function definitionDocs(source: SourceModel): ReadonlyMap<number, number | undefined> {
	let docs = definitionSets.get(source);
	if (docs === undefined) {
		const found = new Map<number, number | undefined>();
		const firstDoc = new Map<Clause, number>();
		source.sentences.forEach((s, k) => {
			if (!firstDoc.has(s.clause)) {
				firstDoc.set(s.clause, k);
			}
		});
		source.sentences.forEach((s, k) => {
			if (!isDefinition(s.sentence.text)) {
				return;
			}
			// "paragraph 3 of Article 6" is Article 6.3.
			const text = withPartsFirst(s.sentence.text);
			const named = referencedClauses({ source }, text).filter((c) => c !== s.clause);
			const head = named[0];
			const one = head !== undefined && named.every((c) => c === head || c.id.startsWith(`${head.id}(`) || c.id.startsWith(`${head.id}.`));
			found.set(k, one ? firstDoc.get(head) : undefined);
		});
		docs = found;
		definitionSets.set(source, docs);
	}
	return docs;
}

function buildContext(text: string, source: SourceModel, blocks: readonly Block[], sentences: readonly BriefingSentence[], topicIn: Topic, leadInIn: LeadInCue | undefined, speechIn = false): { context: RuleContext; topic: Topic; leadIn: LeadInCue | undefined; speech: true | undefined } {
	const definitions = definitionDocs(source);
	const align = (tokens: readonly Token[], emphasis?: readonly Token[]): readonly Alignment[] =>
		preferOperative(source.index.query(alignmentTerms(tokens, source.alignment), 3 + DEFINITION_SLACK, emphasis ? new Set(alignmentTerms(emphasis, source.alignment)) : undefined), definitions);
	// Two rules (overstated and understated) align the same predicates: answer the second from a memo. Keyed by the
	// token objects themselves (the rules pass slices of a sentence's tokens), so a hit is the very same words.
	const memo = new Map<Token | undefined, { tokens: readonly Token[]; emphasis?: readonly Token[]; found: readonly Alignment[] }[]>();
	const alignOnce = (tokens: readonly Token[], emphasis?: readonly Token[]): readonly Alignment[] => {
		const entries = memo.get(tokens[0]);
		const hit = entries?.find((e) => sameTokens(e.tokens, tokens) && sameTokens(e.emphasis, emphasis));
		if (hit) {
			return hit.found;
		}
		const found = align(tokens, emphasis);
		if (entries) {
			entries.push({ tokens, emphasis, found });
		} else {
			memo.set(tokens[0], [{ tokens, emphasis, found }]);
		}
		return found;
	};
	const analysed: AnalysedSentence[] = [];
	const leadIn: BlockState = { cue: leadInIn, speech: speechIn };
	let topic = topicIn;
	// Sentences are grouped by block, in order; quotes never leave their block, so each block is analysed alone.
	for (let from = 0; from < sentences.length; ) {
		const block = sentences[from]!.block;
		let to = from + 1;
		while (to < sentences.length && sentences[to]!.block === block) {
			to++;
		}
		topic = analyseBlock(text, source, blocks[block]!.span, sentences.slice(from, to), align, analysed, topic, leadIn);
		from = to;
	}
	return { context: { text, source, sentences: analysed, align: alignOnce, sourceSentence: (a) => source.sentences[a.doc]! }, topic, leadIn: leadIn.cue, speech: leadIn.speech ? true : undefined };
}

type Align = (tokens: readonly Token[]) => readonly Alignment[];

function sameTokens(a: readonly Token[] | undefined, b: readonly Token[] | undefined): boolean {
	return a === b || (a !== undefined && b !== undefined && a.length === b.length && a.every((t, i) => t === b[i]));
}

/** "she said", "said Ms Ashdown", "he told reporters": a person named as speaking. */
const SPEAKER_RE = /\b(?:he|she|they|\p{Lu}[\p{L}'’-]+)\s+(?:said|says|added|adds|told|explained|continued)\b|\b(?:said|says|added|adds)\s+(?:the\s+)?\p{Lu}?\p{L}+/u;

/** What one block hands the next while a stretch is analysed: the lead-in its list items take, an open quotation. */
interface BlockState {
	/** A lead-in whose cue governs the list items after it ("Under the MoU, OpenAI will:"). */
	cue?: LeadInCue;
	/** The block before ended inside a person's quotation. */
	speech?: boolean;
}

/**
 * "- deploy its models across government" under "OpenAI will:": the item read with the lead-in's cue, which then
 * stands on the item's first word. Only an item with no cue of its own that opens with a lower-case word.
 */
function withLeadInCue(claimProse: string, start: number, parties: SourceModel['parties'], claim: CommitmentAnalysis, claimTokens: readonly Token[], lead: LeadInCue | undefined): CommitmentAnalysis {
	const first = claimTokens[0];
	// The item's own cue at its start ("- may include …") governs it; one later ("… where powers are needed") does not.
	if (lead === undefined || first === undefined || claim.predicates.some((p) => p.level > Strength.None && p.cueSpan.start <= first.end) || !/^\p{Ll}/u.test(first.raw)) {
		return claim;
	}
	// The lead-in's words up to its cue, then the item: "Under the MoU, OpenAI will deploy its models …".
	const rest = claimProse.slice(first.start - start);
	const shift = lead.prose.length + 1;
	const read = analyseCommitment(`${lead.prose} ${rest}`, first.start - shift, parties);
	const predicates = read.predicates.filter((p) => p.cueSpan.end <= first.start - 1 && p.cueSpan.start >= first.start - shift + lead.cueAt).slice(-1).map((p): Predicate => ({
		...p,
		cueSpan: { start: first.start, end: first.end },
		cueText: lead.cue,
		span: { start: first.start, end: Math.max(first.end, p.span.end) },
		inheritedCue: true,
	}));
	return predicates.length === 0 ? claim : { ...claim, predicates: [...predicates, ...claim.predicates], level: Math.max(claim.level, ...predicates.filter((p) => p.isAgentive && !p.negated).map((p) => p.level)) };
}

export interface LeadInCue {
	/** The lead-in up to the end of its cue ("Under the MoU, OpenAI will"). */
	readonly prose: string;
	readonly cue: string;
	/** Where the cue starts in `prose`. */
	readonly cueAt: number;
}

/** "OpenAI will:", "The two authorities have agreed to:": a sentence ending in a cue and a colon. */
function leadInCue(claimProse: string, start: number, claim: CommitmentAnalysis): LeadInCue | undefined {
	const last = claim.predicates[claim.predicates.length - 1];
	if (last === undefined || last.level <= Strength.None || last.negated || !/:\s*$/.test(claimProse) || last.actionText.trim() !== '') {
		return undefined;
	}
	return { prose: claimProse.slice(0, last.cueSpan.end - start), cue: last.cueText, cueAt: last.cueSpan.start - start };
}

/**
 * Finds and matches a block's quotations, then analyses its sentences (appended to `out`); returns the topic it leaves
 * open, and updates `leadIn` for the block after it.
 */
function analyseBlock(text: string, source: SourceModel, span: Span, sentences: readonly BriefingSentence[], align: Align, out: AnalysedSentence[], topicIn: Topic, leadIn: BlockState): Topic {
	let topic = topicIn;
	const prose = blockProse(span, sentences);
	// A paragraph that opens with a quotation mark after one that ended inside a person's quotation goes on with that
	// person's words (the newspaper convention: no closing mark at the end of each paragraph of a long quotation).
	const opensQuote = /^\s*["“'‘]/u.test(prose);
	const continued = leadIn.speech === true && opensQuote;
	const quotes = findQuotes(prose, { start: 0, end: prose.length }, span.start).map((quote, k): CheckedQuote => ({
		quote,
		verdict: matchQuote(text, quote.content, source),
		...(continued && k === 0 ? { spoken: true } : {}),
	}));
	// This block leaves a person's quotation open when its last quotation is never closed and it is that person's: it
	// goes on from the block before, or the block names a speaker ("she said").
	const last = quotes[quotes.length - 1];
	leadIn.speech = last !== undefined && !last.quote.closed && ((continued && quotes.length === 1) || SPEAKER_RE.test(prose));
	// Quotes are in text order and do not overlap, so one pointer finds each sentence's quotes in linear time.
	let lo = 0;
	for (const sentence of sentences) {
		while (lo < quotes.length && quotes[lo]!.quote.outer.end <= sentence.span.start) {
			lo++;
		}
		const overlapping: CheckedQuote[] = [];
		for (let k = lo; k < quotes.length && quotes[k]!.quote.outer.start < sentence.span.end; k++) {
			overlapping.push(quotes[k]!);
		}
		const claimProse = blankOutlineNumber(blankQuotes(sentence, overlapping));
		const tokens = tokenize(sentence.prose, sentence.span.start);
		// The claim's words are the sentence's words outside blanked quotations: no second tokenisation.
		const claimTokens = claimProse === sentence.prose ? tokens : tokens.filter((t) => claimProse.charCodeAt(t.start - sentence.span.start) !== 32);
		const enclosing = overlapping.find(({ quote }) => quote.outer.start <= sentence.span.start && sentence.span.end <= quote.outer.end);
		const read = frameOf(claimTokens, claimProse.trimEnd(), sentence.blockKind === 'heading', sentence.blockKind === 'listItem' || sentence.blockKind === 'tableRow', topic, source.frameWords);
		topic = read.topic;
		const own = analyseCommitment(claimProse, sentence.span.start, source.parties, claimTokens, isHeadlineLike(sentence, claimTokens));
		const isItem = sentence.blockKind === 'listItem';
		const claim = isItem ? withLeadInCue(claimProse, sentence.span.start, source.parties, own, claimTokens, leadIn.cue) : own;
		if (!isItem) {
			leadIn.cue = leadInCue(claimProse, sentence.span.start, own);
		}
		out.push({
			frame: read.frame,
			isOthersWords: enclosing?.verdict.kind === 'unrelated' || enclosing?.spoken === true,
			sentence,
			claimProse,
			claim,
			alignments: align(tokens),
			quotes: overlapping.filter(({ quote }) => quote.outer.start >= sentence.span.start),
		});
	}
	return topic;
}
/**
 * "3.4 It says …", "(b) The Authority …": a paragraph's own outline number is the document's furniture, not part of the
 * claim (a claim that opens with it is not read as opening with "It says"). Blanked like a quotation, offsets kept.
 */
const OUTLINE_NUMBER_RE = /^(\s*)(?:\d{1,2}(?:\.\d{1,2}){1,3}\.?|\d{1,2}[.)]|\(\d{1,2}\)|\(?[a-z]\))(?=\s+\p{Lu})/u;

function blankOutlineNumber(prose: string): string {
	const m = OUTLINE_NUMBER_RE.exec(prose);
	return m === null ? prose : `${m[1]}${' '.repeat(m[0].length - m[1]!.length)}${prose.slice(m[0].length)}`;
}

/** Blanks quotations of three or more words (`quotes` overlap the sentence): someone's words, not the writer's claim. */
function blankQuotes(sentence: BriefingSentence, quotes: readonly CheckedQuote[]): string {
	const prose = sentence.prose;
	// Built in one pass (quotes are in order and do not overlap): splicing the whole sentence once per quote was
	// quadratic in a sentence of thousands of quotations.
	const parts = new TextBuilder();
	let at = 0;
	for (const { quote } of quotes) {
		const start = Math.max(quote.outer.start, sentence.span.start);
		const end = Math.min(quote.outer.end, sentence.span.end);
		if (end <= start || !isLongQuote(sentence, quote.content)) {
			continue;
		}
		const from = start - sentence.span.start;
		const to = end - sentence.span.start;
		parts.push(prose.slice(at, from), ' '.repeat(to - from));
		at = to;
	}
	return parts.isEmpty ? prose : `${parts.toString()}${prose.slice(at)}`;
}

function isLongQuote(sentence: BriefingSentence, content: Span): boolean {
	const from = Math.max(0, content.start - sentence.span.start);
	const to = Math.min(sentence.prose.length, content.end - sentence.span.start);
	return to <= from || tokenize(sentence.prose.slice(from, to)).length >= 3 || content.end > sentence.span.end;
}

/**
 * A heading, or a line written as one ("-- Company to invest in regional data centres" in an e-mail's list of headlines): no
 * final stop and short. Its "X to do Y" announces a plan.
 */
function isHeadlineLike(sentence: BriefingSentence, tokens: readonly Token[]): boolean {
	return sentence.blockKind === 'heading' || ((sentence.blockKind === 'listItem' || sentence.blockKind === 'paragraph')
		&& tokens.length <= HEADLINE_WORDS && !/[.!?:;,…]["'”’)\]*_]*\s*$/u.test(sentence.prose));
}

const HEADLINE_WORDS = 16;

/** Score given to a heading that names a section by its title ("Infrastructure", "Status"). */
const TITLE_MATCH_SCORE = 0.5;
const HEADING_FILLER = new Set(['section', 'part', 'article', 'chapter', 'and', 'the', 'of']);

/** The first sentence of the section a heading names by its title, if it names one. */
function headingTarget(context: RuleContext, analysed: AnalysedSentence, runIn = false): Alignment | undefined {
	if (analysed.sentence.blockKind !== 'heading' && !runIn) {
		return undefined;
	}
	const words = analysed.claim.tokens.filter((t) => !HEADING_FILLER.has(t.lower) && !/^\d/.test(t.raw));
	if (words.length === 0 || words.length > 6) {
		return undefined;
	}
	const doc = firstTitledSentence(context.source, words.map((w) => w.stem));
	return doc === -1 ? undefined : { doc, score: TITLE_MATCH_SCORE };
}

/**
 * The clause a sentence names by number ("Article 7.10 says …", "(clause 14.3)"), when the alignment does not point
 * clearly elsewhere (then the reference is wrong and the rule says so; the citation is the clause that fits): the
 * closest of its sentences the alignment found, else its first.
 */
function referencedTarget(context: RuleContext, analysed: AnalysedSentence): Alignment | undefined {
	if (!/\d/.test(analysed.claimProse) || analysed.frame.reported) {
		return undefined;
	}
	const named = referencedClauses(context, analysed.claimProse);
	if (named.length === 0) {
		return undefined;
	}
	const best = analysed.alignments[0];
	const within = analysed.alignments.find((a) => named.includes(context.sourceSentence(a).clause));
	if (best !== undefined && best.score >= CLOSE_CLAUSE && (within === undefined || best.score >= within.score * 2 + 0.1)) {
		return undefined;
	}
	if (within !== undefined) {
		return { doc: within.doc, score: Math.max(within.score, CITATION_THRESHOLD) };
	}
	const doc = context.source.sentences.findIndex((s) => s.clause === named[0]);
	return doc === -1 ? undefined : { doc, score: REFERENCE_SCORE };
}

/** "Term.", "Go-live.", "Exit:" opening a paragraph that goes on: a run-in heading (at most four words). */
function isRunInHeading(sentences: readonly AnalysedSentence[], k: number): boolean {
	const sentence = sentences[k]!.sentence;
	const next = sentences[k + 1]?.sentence;
	if (next === undefined || next.block !== sentence.block || (k > 0 && sentences[k - 1]!.sentence.block === sentence.block)) {
		return false;
	}
	return sentences[k]!.claim.tokens.length <= 4 && /[.:]\s*$/.test(sentence.prose);
}

/** A clause's alignment terms with its title's, found once per clause. */
const clauseTerms = new WeakMap<Clause, ReadonlySet<string>>();

/** "3. Reporting", "CONFIDENTIALITY AND FOI": a block of a few words with no final stop, in plain text a heading too. */
function isTitleLine(sentences: readonly AnalysedSentence[], k: number): boolean {
	const sentence = sentences[k]!.sentence;
	const alone = sentences[k - 1]?.sentence.block !== sentence.block && sentences[k + 1]?.sentence.block !== sentence.block;
	return alone && sentences[k]!.claim.tokens.length <= 6 && !/[.!?;,]\s*$/.test(sentence.prose);
}

/** One of the heading's words is in the clause's title or text (its stem, or the word its synonyms fold to). */
function namesClause(context: RuleContext, analysed: AnalysedSentence, clause: Clause): boolean {
	let terms = clauseTerms.get(clause);
	if (terms === undefined) {
		terms = new Set(alignmentTerms(tokenize(`${clause.title} ${clause.text}`), context.source.alignment));
		clauseTerms.set(clause, terms);
	}
	return alignmentTerms(analysed.claim.tokens, context.source.alignment).some((t) => !t.includes('_') && terms.has(t));
}

/** Score given to a sentence cited by the clause it names, when the alignment did not find that clause. */
const REFERENCE_SCORE = 0.3;

/** A citation per supported sentence; a sentence may lean on the one before (`previous`: the citation carried in). */
function citationsOf(context: RuleContext, carried: Alignment | undefined): { citations: Citation[]; carry: Alignment | undefined } {
	const out: Citation[] = [];
	let previous = carried;
	const sentences = context.sentences;
	const bests: (Alignment | undefined)[] = [];
	for (const [k, analysed] of sentences.entries()) {
		const aligned = analysed.alignments[0];
		const runIn = isRunInHeading(sentences, k) || isTitleLine(sentences, k);
		const own = referencedTarget(context, analysed) ?? (aligned && aligned.score >= CITATION_THRESHOLD ? aligned : headingTarget(context, analysed, runIn));
		const best = own ?? fallbackCitation(context, analysed, previous);
		previous = best;
		bests.push(best);
	}
	for (const [k, analysed] of sentences.entries()) {
		let best = bests[k];
		// "**Exit.** The Council may terminate …": a run-in heading is about what its paragraph goes on to say, when its
		// words are that clause's (the paragraph is the same block, so this looks no further than the block).
		if ((best === undefined || best.score < CITATION_THRESHOLD) && isRunInHeading(sentences, k)) {
			const next = bests[k + 1];
			best = next !== undefined && next.score >= CITATION_THRESHOLD && namesClause(context, analysed, context.sourceSentence(next).clause) ? next : best;
		}
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
	return { citations: out, carry: previous };
}
