import type { Predicate } from '../analysis/commitment';
import { EXPLORATORY_ACTIONS, HEDGE_WORDS, IMPLEMENTATION_ACTIONS } from '../analysis/cueMatcher';
import { type Fix, STRENGTH_LABELS } from '../types';
import { type Comparison, compareCommitments, modalReplacement } from './compareCommitment';
import { citationLabel, clauseRef, insertQuoteFix, removeFix, replaceFix } from './fixes';
import { type ClosedReading, findClosedReading } from './openList';
import { type AnalysedSentence, CLOSE_CLAUSE, type Rule, type RuleContext, type RuleFinding } from './rule';

/** Flags a commitment stated more strongly than the clause it reports ("will" where the clause says "may"). */
export const overstatedCommitment: Rule = {
	id: 'overstated-commitment',
	description: 'A commitment stated more strongly than the clause that supports it',
	defaultSeverity: 'warning',
	*check(context) {
		for (const analysed of context.sentences) {
			// A person's words or view are theirs ("the Minister said the partnership will …").
			if (analysed.frame.reported && !analysed.frame.explicit) {
				continue;
			}
			const worst = compareCommitments(context, analysed)
				.filter((c) => c.drift === 'stronger')
				.sort((a, b) => b.predicate.level - a.predicate.level)[0];
			if (worst) {
				yield toFinding(context, analysed, worst);
				continue;
			}
			// Reading an open list as complete is a claim about the agreement: only where the sentence presents it so.
			const aboutClause = analysed.frame.explicit || analysed.frame.inherited || (analysed.alignments[0]?.score ?? 0) >= CLOSE_CLAUSE;
			const closed = aboutClause ? findClosedReading(context.source, analysed) : undefined;
			if (closed) {
				yield closedListFinding(context, analysed, closed);
			}
		}
	},
};

function toFinding(context: RuleContext, analysed: AnalysedSentence, c: Comparison): RuleFinding {
	const { predicate, match } = c;
	const label = citationLabel(context.source, match.clause);
	const clauseWording = match.commitment.predicate ? wording(match.commitment.predicate, true) : 'states no commitment';
	const clauseLevel = STRENGTH_LABELS[match.commitment.level];
	const span = c.reason === 'action' && predicate.actionSpan ? { start: predicate.cueSpan.start, end: predicate.actionSpan.end } : predicate.cueSpan;
	const actual = context.text.slice(span.start, span.end);
	const shown = c.reason === 'action' ? actual : wording(predicate, false);
	const why = c.reason === 'action'
		? `states as a plan what ${label} only proposes to explore (\`${match.commitment.predicate?.cueText ?? ''} ${actionWords(match)}\`)`
		: `(${STRENGTH_LABELS[predicate.level]}) is stronger than ${label}, which says \`${clauseWording}\` (${clauseLevel})`;
	const fixes = [];
	const replacement = modalReplacement(c);
	if (replacement !== undefined) {
		fixes.push(replaceFix(context.text, predicate.cueSpan, replacement));
	}
	fixes.push(insertQuoteFix(context.source, match, analysed.sentence));
	return {
		ruleId: 'overstated-commitment',
		message: `\`${shown}\` ${why}.`,
		span,
		actual,
		fixes,
		clause: clauseRef(match.clause),
		sentence: analysed.sentence.span,
	};
}

/** "Only justice and defence" against "in areas such as justice, defence …": an open list read as complete. */
function closedListFinding(context: RuleContext, analysed: AnalysedSentence, closed: ClosedReading): RuleFinding {
	const { list, marker } = closed;
	const actual = context.text.slice(marker.start, marker.end);
	const label = citationLabel(context.source, list.match.clause);
	const fixes: Fix[] = [];
	if (!actual.includes(' ')) {
		fixes.push(removeFix(context.text, marker));
	}
	fixes.push(insertQuoteFix(context.source, list.match, analysed.sentence));
	return {
		ruleId: 'overstated-commitment',
		message: `\`${actual}\` reads ${label}'s open list as complete; the ${context.source.shortName} says \`${list.wording}\`.`,
		span: marker,
		actual,
		fixes,
		clause: clauseRef(list.match.clause),
		sentence: analysed.sentence.span,
	};
}

/** A cue with the word it governs ("will explore", "may also include exploring"); for a source, only an action word. */
function wording(predicate: Predicate, actionOnly: boolean): string {
	const next = predicate.actionText.split(' ')[0] ?? '';
	const isAction = EXPLORATORY_ACTIONS.has(next) || IMPLEMENTATION_ACTIONS.has(next) || HEDGE_WORDS.has(next);
	return next !== '' && (predicate.slot === 'base' || predicate.slot === 'ing') && (!actionOnly || isAction) ? `${predicate.cueText} ${next}` : predicate.cueText;
}

/** The words the clause's exploratory action uses ("identify opportunities"). */
function actionWords(match: Comparison['match']): string {
	const words = match.commitment.predicate?.actionText.split(' ') ?? [];
	return words.slice(0, 4).join(' ');
}
