import { isPermission } from '../analysis/commitment';
import { STRENGTH_LABELS } from '../types';
import { compareCommitments, sourceModal } from './compareCommitment';
import { citationLabel, clauseRef, insertQuoteFix, replaceFix } from './fixes';
import type { Rule } from './rule';
import type { SourceModel } from '../source';

const CONDITIONAL_RE = /\b(?:if|unless|once|when|whether|said|says|told|expects?|expected|believes?|hopes?)\b/i;
/** "No more than 50% of the homes may be occupied until …": a "may" that states a restriction, not a hedge. */
const RESTRICTION_RE = /\b(?:no|not)\s+(?:more|fewer|less)\s+than\b|\buntil\b/i;

/**
 * A source that binds no one records proposals ("the Council would have nomination rights" reports heads of terms
 * in the mood of a deal not yet done). "Is expected to" forecasts what a party will do; it does not hedge it.
 */
function proposes(source: SourceModel): boolean {
	return source.status === 'not-binding';
}

/** Notes a hedge the clause does not have ("might work with" where the clause says "will collaborate"). */
export const understatedCommitment: Rule = {
	id: 'understated-commitment',
	description: 'A commitment stated more weakly than the clause that supports it',
	defaultSeverity: 'information',
	*check(context) {
		for (const analysed of context.sentences) {
			// Information only, so only when the hedged predicate's own words found the clause.
			// Not a reported or conditional "would" ("the council said it would publish", "if the bid succeeds it would …"):
			// that is tense or condition, not a hedge of what the agreement says.
			// A permission ("will be able to apply") reports what someone may do, not a weaker duty. A hedge in a relative or
			// conditional clause ("incidents that could be replicated elsewhere get shared", "where an incident may affect
			// others, it will notify") qualifies what the duty is about, not the duty.
			const c = compareCommitments(context, analysed).find((x) => x.drift === 'weaker' && x.isLocal && !x.predicate.isSubordinate && !isPermission(x.predicate) && !RESTRICTION_RE.test(analysed.claimProse)
				&& !(x.predicate.cueText.toLowerCase() === 'would' && (analysed.frame.reported || CONDITIONAL_RE.test(analysed.claimProse) || proposes(context.source)))
				&& !/\bexpected\b/i.test(x.predicate.cueText));
			if (!c) {
				continue;
			}
			const { predicate, match } = c;
			const label = citationLabel(context.source, match.clause);
			const modal = sourceModal(match);
			const fixes = modal !== undefined && predicate.slot === 'base'
				? [replaceFix(context.text, predicate.cueSpan, modal)]
				: [];
			fixes.push(insertQuoteFix(context.source, match, analysed.sentence));
			yield {
				ruleId: 'understated-commitment',
				message: `\`${predicate.cueText}\` (${STRENGTH_LABELS[predicate.level]}) is weaker than ${label}, which says \`${match.commitment.predicate?.cueText ?? ''}\` (${STRENGTH_LABELS[match.commitment.level]}).`,
				span: predicate.cueSpan,
				actual: predicate.cueText,
				fixes,
				clause: clauseRef(match.clause),
				sentence: analysed.sentence.span,
			};
		}
	},
};
