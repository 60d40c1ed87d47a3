import type { Alignment } from '../align/alignmentIndex';
import type { CommitmentAnalysis } from '../analysis/commitment';
import type { ClaimFrame, Topic } from '../analysis/frame';
import type { QuoteVerdict } from '../quotes/matchQuote';
import type { Quote } from '../quotes/findQuotes';
import type { SourceModel, SourceSentence } from '../source';
import type { Token } from '../text/tokens';
import type { BriefingSentence } from '../text/segmentBriefing';
import type { Finding, RuleId, Severity } from '../types';

/** A quotation with its verdict against the source. */
export interface CheckedQuote {
	readonly quote: Quote;
	readonly verdict: QuoteVerdict;
}

/** A briefing sentence with what every rule needs: its claim analysis and its best source match. */
export interface AnalysedSentence {
	readonly sentence: BriefingSentence;
	/** The sentence's prose with quotations of three or more words blanked: what the writer claims. */
	readonly claimProse: string;
	readonly claim: CommitmentAnalysis;
	/** Source sentences that best support the whole sentence, best first. */
	readonly alignments: readonly Alignment[];
	/** The quotations that start in this sentence. */
	readonly quotes: readonly CheckedQuote[];
	/** True when the whole sentence sits inside a quotation that is not the source's words (a minister's). */
	readonly isOthersWords: boolean;
	/** Who the sentence presents its content as coming from: the agreement, a person, or nobody (background). */
	readonly frame: ClaimFrame;
}

/** What one sentence hands on to the next: the citation it carries, and the topic it leaves open. */
export interface Carry {
	readonly citation: Alignment | undefined;
	readonly topic: Topic;
}

/** The carry before the first sentence. */
export const NO_CARRY: Carry = { citation: undefined, topic: 'none' };

export function sameCarry(a: Carry | undefined, b: Carry | undefined): boolean {
	const x = a ?? NO_CARRY;
	const y = b ?? NO_CARRY;
	const ca = x.citation;
	const cb = y.citation;
	return x.topic === y.topic && (ca === cb || (ca !== undefined && cb !== undefined && ca.doc === cb.doc && ca.score === cb.score));
}

export function carryKey(a: Carry | undefined): string {
	const c = a?.citation;
	return `${a?.topic ?? 'none'}/${c === undefined ? '-' : `${c.doc}:${c.score}`}`;
}

/** Everything a rule may read. */
export interface RuleContext {
	readonly text: string;
	readonly source: SourceModel;
	readonly sentences: readonly AnalysedSentence[];
	/** Aligns some of a sentence's words against the source (a single predicate); `emphasis` is the promised object. */
	align(tokens: readonly Token[], emphasis?: readonly Token[]): readonly Alignment[];
	sourceSentence(alignment: Alignment): SourceSentence;
}

/** A finding before its severity is applied. */
export type RuleFinding = Omit<Finding, 'severity'>;

/** A checking rule: plain data plus a generator of findings. */
export interface Rule {
	readonly id: RuleId;
	readonly description: string;
	readonly defaultSeverity: Exclude<Severity, 'off'>;
	check(context: RuleContext): Iterable<RuleFinding>;
}

/** Minimum alignment score for a citation, and for comparing a commitment with a clause. */
export const CITATION_THRESHOLD = 0.2;
