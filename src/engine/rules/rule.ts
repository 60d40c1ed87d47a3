import type { Alignment } from '../align/alignmentIndex';
import { type CommitmentAnalysis, isPermission } from '../analysis/commitment';
import type { ClaimFrame } from '../analysis/frame';
import type { QuoteVerdict } from '../quotes/matchQuote';
import type { Quote } from '../quotes/findQuotes';
import type { SourceModel, SourceSentence } from '../source';
import type { Token } from '../text/tokens';
import type { BriefingSentence } from '../text/segmentBriefing';
import { type Finding, type RuleId, type Severity, Strength } from '../types';

/** A quotation with its verdict against the source. */
export interface CheckedQuote {
	readonly quote: Quote;
	readonly verdict: QuoteVerdict;
	/** A person's words going on from a quotation the paragraph before left open. */
	readonly spoken?: true;
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

/**
 * A definition ('"Eligible Researcher" means …', '"Grant" shall mean the sum of up to £186,500'): what a word means,
 * not what anyone undertakes, whatever its "may", "shall" or "up to".
 */
export function isDefinition(text: string): boolean {
	// "**Longstop Date** means 31 December 2030": a term set in bold, without quotation marks, is defined too.
	return /["”]\**\s+(?:means|shall\s+mean|includes|refers\s+to)\b/iu.test(text) || definedTerm(text) !== undefined;
}

/** The term a definition defines ("Longstop Date" in "**Longstop Date** means …", '"Programme" means …'). */
export function definedTerm(text: string): string | undefined {
	return /^\W{0,3}(?:\(?[\da-z]{1,4}[.)]\s*)?(?:\*\*|["“])\**([^*"”]{1,80}?)\**(?:\*\*|["”])\**\s+(?:means|shall\s+mean|includes|refers\s+to)\b/u.exec(text)?.[1]?.trim();
}

/** Minimum alignment score for a citation, and for comparing a commitment with a clause. */
export const CITATION_THRESHOLD = 0.2;

/** Above this alignment score a sentence is about what one clause says, whether or not it names the agreement. */
export const CLOSE_CLAUSE = 0.35;

/**
 * The sentence states what it says as so: no question, no instruction not to say it, no denial and no hedge
 * ("may", "explore"). A detail of it (a figure, a list item) can then overstate the clause's.
 */
export function statesUnhedged(analysed: AnalysedSentence): boolean {
	const { claim } = analysed;
	return !claim.isQuestion && !claim.isProhibition && !claim.predicates.some((p) => p.negated || (p.level > Strength.None && p.level <= Strength.Exploratory && !isPermission(p)));
}
