import { withoutEmphasis } from '../text/inlineMarkup';
import type { Predicate } from '../analysis/commitment';
import frames from '../lexicon/frames.json';
import lexicon from '../lexicon/commitment.json';
import { EXPLORATORY_ACTIONS, HEDGE_WORDS, IMPLEMENTATION_ACTIONS } from '../analysis/cueMatcher';
import { type Clause, type Fix, type Span, STRENGTH_LABELS, Strength } from '../types';
import { isStopword, tokenize } from '../text/tokens';
import { type Comparison, clauseEffort, compareCommitments, modalReplacement } from './compareCommitment';
import { citationLabel, clauseRef, insertQuoteFix, removeFix, replaceFix } from './fixes';
import { droppedLimit, droppedShare } from './contradictedDetail';
import { droppedItemScope } from './itemScope';
import { type ClosedReading, findClosedReading } from './openList';
import { type AnalysedSentence, CITATION_THRESHOLD, CLOSE_CLAUSE, type Rule, type RuleContext, type RuleFinding } from './rule';

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
			const detail = analysed.frame.reported ? undefined : detailOverstatement(context, analysed);
			if (detail) {
				yield detail;
				continue;
			}
			// Reading an open list as complete is a claim about the agreement: only where the sentence presents it so.
			const aboutClause = analysed.frame.explicit || analysed.frame.inherited || (analysed.alignments[0]?.score ?? 0) >= CLOSE_CLAUSE;
			const closed = aboutClause ? findClosedReading(context.source, analysed) : undefined;
			if (closed) {
				yield closedListFinding(context, analysed, closed);
				continue;
			}
			const nominal = nominalOverstatement(context, analysed) ?? statedAsDone(context, analysed);
			if (nominal) {
				yield nominal;
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
		: c.reason === 'effort'
			? `states the result where ${label} promises only the effort (\`${effortWording(match)}\`)`
			: match.commitment.predicate === undefined && match.commitment.goal !== undefined
				? `(${STRENGTH_LABELS[predicate.level]}) is stronger than ${label}, which says “${match.commitment.goal.trim().replace(/[.;:]$/, '')}”`
				: `(${STRENGTH_LABELS[predicate.level]}) is stronger than ${label}, which says \`${clauseWording}\` (${clauseLevel})`;
	const fixes = [];
	// A lead-in's cue stands on the item's first word: replacing that word would lose it.
	const replacement = predicate.inheritedCue === true ? undefined : modalReplacement(c);
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

/** The clause's cue with its hedge of effort: "will use reasonable efforts to", "shall use reasonable endeavours to". */
function effortWording(match: Comparison['match']): string {
	const cue = match.commitment.predicate?.cueText ?? '';
	const effort = clauseEffort(match) ?? '';
	return cue.toLowerCase().endsWith(effort.toLowerCase()) ? cue : `${cue} ${effort}`;
}

/**
 * A detail stated more strongly than the clause gives it: a limit as a set figure ("30 apprenticeships a year" for "up
 * to 30 … places"), a figure for every case that the clause sets for a share ("every referral within 15 minutes" for
 * "… in at least 95% of cases"), a list item without its scope ("… or hospitality" for "hospitality, where performed
 * in a rural area").
 */
function detailOverstatement(context: RuleContext, analysed: AnalysedSentence): RuleFinding | undefined {
	const at = (span: Span, clause: Clause, message: (actual: string, label: string) => string, fixes: (label: string) => Fix[]): RuleFinding => {
		const actual = context.text.slice(span.start, span.end);
		const label = citationLabel(context.source, clause);
		return { ruleId: 'overstated-commitment', message: message(actual, label), span, actual, fixes: fixes(label), clause: clauseRef(clause), sentence: analysed.sentence.span };
	};
	const limit = droppedLimit(context, analysed);
	if (limit) {
		const span = { start: limit.start, end: limit.end };
		return at(span, limit.clause, (actual, label) => `\`${actual}\` is stated as a set figure; ${label} gives it only as ${limit.kind === 'limit' ? 'a limit' : 'an estimate'}: “${limit.limited}”.`,
			(label) => {
				// "up to 30" reads in the sentence's place; "is expected to total £560 million" does not: the clause is quoted.
				if (limit.kind === 'limit') {
					return [replaceFix(context.text, span, limit.limited, `the limit in ${label}`)];
				}
				const match = analysed.alignments.map((a) => context.sourceSentence(a)).find((m) => m.clause === limit.clause);
				return match ? [insertQuoteFix(context.source, match, analysed.sentence)] : [];
			});
	}
	const share = droppedShare(context, analysed);
	if (share) {
		const match = analysed.alignments.map((a) => context.sourceSentence(a)).find((m) => m.clause === share.clause);
		return at({ start: share.start, end: share.end }, share.clause, (actual, label) => `\`${actual}\` is stated for every case; ${label} sets it only for “${share.share}” of them.`,
			() => (match ? [insertQuoteFix(context.source, match, analysed.sentence)] : []));
	}
	const exception = droppedException(context, analysed);
	if (exception) {
		return at(exception.span, exception.match.clause, (actual, label) => `\`${actual}\` leaves out the exception ${label} makes: “${exception.wording}”.`,
			() => [insertQuoteFix(context.source, exception.match, analysed.sentence)]);
	}
	const condition = droppedCondition(context, analysed);
	if (condition) {
		return at(condition.span, condition.match.clause, (actual, label) => `\`${actual}\` states without condition what ${label} makes conditional: “${condition.wording}”.`,
			() => [insertQuoteFix(context.source, condition.match, analysed.sentence)]);
	}
	const hedge = droppedHedge(context, analysed);
	if (hedge) {
		return at(hedge.span, hedge.match.clause, (actual, label) => `\`${actual}\` drops the qualifier ${label} puts on it: “${hedge.wording}”.`,
			() => [insertQuoteFix(context.source, hedge.match, analysed.sentence)]);
	}
	const scope = droppedItemScope(context, analysed);
	if (scope) {
		const { item } = scope;
		return at({ start: scope.start, end: scope.end }, item.match.clause, (actual, label) => `\`${actual}\` drops the scope ${label} gives it: “${item.wording}”.`,
			() => [insertQuoteFix(context.source, item.match, analysed.sentence)]);
	}
	return undefined;
}

/**
 * "Monitors will be fitted to all 212 overflows" for "… at every Unmonitored Overflow, other than an Access-Constrained
 * Overflow, by 31 March 2026": a claim about every case where the clause it restates carves some out, with none of the
 * sentence's own words of exception.
 */
function droppedException(context: RuleContext, analysed: AnalysedSentence): { span: Span; match: ReturnType<RuleContext['sourceSentence']>; wording: string } | undefined {
	const best = analysed.alignments[0];
	if (best === undefined || best.score < CLOSE_CLAUSE || analysed.frame.reported || OWN_EXCEPTION_RE.test(analysed.claimProse)) {
		return undefined;
	}
	const every = EVERY_CASE_WORD_RE.exec(analysed.claimProse);
	const match = context.sourceSentence(best);
	const carved = CARVED_OUT_RE.exec(match.sentence.text);
	if (every === null || carved === null) {
		return undefined;
	}
	// About the same things: the words after the sentence's "all" and the clause's "every" share one ("all 212 of our
	// unmonitored storm overflows" and "every Unmonitored Overflow"; not "all the district meters").
	const theirs = new Set(tokenize(carved[1]!).map((t) => t.stem));
	const ours = tokenize(analysed.claimProse.slice(every.index + every[0].length, every.index + every[0].length + 80)).slice(0, 8);
	if (!ours.some((t) => !isStopword(t.lower) && theirs.has(t.stem))) {
		return undefined;
	}
	const start = analysed.sentence.span.start + every.index;
	return { span: { start, end: start + every[0].length }, match, wording: carved[0].trim() };
}
/**
 * "The contract guarantees that at least 15 Ml/d keeps flowing … throughout any drought" for "… shall make available
 * not less than 15 Ml/d, unless a drought order requires otherwise": a word that rules out any condition (guaranteed,
 * locked in, at any time) over the clause the sentence plainly restates, where that clause states one and the
 * sentence keeps none of its own. Not where the source uses the word itself (a treaty's "guaranteed flow"). So is a
 * firm commitment in a sentence that closely restates a conditional clause and keeps neither the condition nor its words.
 */
function droppedCondition(context: RuleContext, analysed: AnalysedSentence): { span: Span; match: ReturnType<RuleContext['sourceSentence']>; wording: string } | undefined {
	const best = analysed.alignments[0];
	if (best === undefined || best.score < FIGURE_MATCH || analysed.frame.reported || analysed.isOthersWords || analysed.claim.isQuestion || OWN_CONDITION_RE.test(analysed.claimProse)) {
		return undefined;
	}
	// The word that rules out a condition, or, in a sentence that plainly restates the clause (0.55 or closer) as a firm
	// commitment of its own ("Ravensholt has committed to adding a high-volume pump by October 2026" for "… has undertaken
	// to declare one high-volume pump by 1 October 2026, subject to approval of its capital programme"), its cue.
	const word = ABSOLUTE_RE.exec(analysed.claimProse);
	if (word !== null && tokenize(word[0]).some((t) => !isStopword(t.lower) && context.source.vocabulary.has(t.stem))) {
		return undefined;
	}
	const committed = word === null && best.score >= PLAIN_RESTATEMENT ? analysed.claim.predicates.find((p) => p.level >= Strength.Firm && !p.negated && !p.isSubordinate && p.isStatedAsDone !== true) : undefined;
	const at = word !== null ? { start: word.index, end: word.index + word[0].length } : committed === undefined ? undefined
		: { start: committed.cueSpan.start - analysed.sentence.span.start, end: committed.cueSpan.end - analysed.sentence.span.start };
	if (at === undefined) {
		return undefined;
	}
	// Plainly a clause: close in words, or short of that, with a figure of the clause's own ("a minimum of 15 Ml/d").
	const figures = analysed.claim.tokens.filter((t) => /^\d/.test(t.raw) && !/^(?:19|20)\d\d$/.test(t.raw)).map((t) => Number.parseFloat(t.raw.replace(/,/g, '')));
	const sharesFigure = (tokens: readonly { raw: string }[]): boolean => tokens.some((m) => /^\d/.test(m.raw) && figures.includes(Number.parseFloat(m.raw.replace(/,/g, ''))));
	const found = analysed.alignments.slice(0, 2).map((a) => ({ a, match: context.sourceSentence(a) }))
		.filter(({ a, match }) => a.score >= FIGURE_MATCH && match.clause.kind !== 'status' && ((a === best && a.score >= CLOSE_CLAUSE) || sharesFigure(match.tokens)))
		.map(({ match }) => ({ match, condition: CONDITION_RE.exec(match.sentence.text) }))
		.find((x) => x.condition !== null);
	if (found === undefined) {
		return undefined;
	}
	const { match, condition } = found;
	// A plain restatement drops no condition that only lets the parties decide otherwise or end the term early, nor one
	// whose words it keeps ("must be reasonable" for "provided that they are reasonable").
	if (word === null) {
		const words = tokenize(condition![0]).filter((t) => !isStopword(t.lower) && !CONDITION_OPENERS.has(t.lower));
		const said = new Set(analysed.claim.tokens.map((t) => t.stem));
		const kept = words.filter((t) => said.has(t.stem)).length;
		if (DEFAULT_CONDITION_RE.test(condition![0]) || kept >= 2 || kept * 2 >= words.length) {
			return undefined;
		}
	}
	const base = analysed.sentence.span.start;
	return { span: { start: base + at.start, end: base + at.end }, match, wording: condition![0].trim().replace(/[,;:]$/, '') };
}
/**
 * "Formal consultations will run for a minimum of 12 weeks" for "Formal written consultations will normally last a
 * minimum of 12 weeks": the clause's own word for how surely it happens (normally, ordinarily, where possible) dropped
 * by a sentence that plainly restates it, with the clause's figure or verb, and keeps no hedge or condition of its own.
 */
function droppedHedge(context: RuleContext, analysed: AnalysedSentence): { span: Span; match: ReturnType<RuleContext['sourceSentence']>; wording: string } | undefined {
	const best = analysed.alignments[0];
	if (best === undefined || best.score < CLOSE_CLAUSE || analysed.frame.reported || analysed.isOthersWords || analysed.claim.isQuestion || OWN_CONDITION_RE.test(analysed.claimProse) || OWN_HEDGE_RE.test(analysed.claimProse)) {
		return undefined;
	}
	const match = context.sourceSentence(best);
	const hedge = match.clause.kind === 'status' ? null : HEDGE_ADVERB_RE.exec(match.sentence.text);
	if (hedge === null) {
		return undefined;
	}
	// What the hedge governs: the clause's words after it, to the end of its clause.
	const governed = tokenize(match.sentence.text.slice(hedge.index + hedge[0].length).split(/[;:]|,\s+(?:and|but|or)\b/)[0]!);
	const said = analysed.claim.tokens.find((t) => governed.some((g) => (/^\d/.test(g.raw) && g.raw === t.raw && !/^(?:19|20)\d\d$/.test(t.raw)) || (!isStopword(g.lower) && g === governed.find((w) => !isStopword(w.lower)) && g.stem === t.stem)));
	if (said === undefined) {
		return undefined;
	}
	const predicate = analysed.claim.predicates.find((p) => !p.negated && p.level > Strength.None);
	const span = predicate?.cueSpan ?? { start: said.start, end: said.end };
	return { span, match, wording: hedge[0].trim() };
}
/** A clause's word for how surely what it says happens: "normally", "ordinarily", "where possible". */
const HEDGE_ADVERB_RE = /\b(?:normally|ordinarily|usually|generally|as\s+a\s+rule|in\s+principle|where(?:ver)?\s+(?:reasonably\s+)?(?:possible|practicable|feasible|appropriate)|(?:as|so)\s+far\s+as\s+(?:reasonably\s+)?(?:possible|practicable))\b(?!\s+(?:resident|residing|live|lives|based|employed))/i;
/** The sentence keeps a hedge of its own on how surely it happens. */
const OWN_HEDGE_RE = /\b(?:normally|ordinarily|usually|generally|typically|mostly|often|rule|principle|possible|practicable|feasible|appropriate|expected|aims?|intends?|hopes?|most|standard|default|norm|routinely|tends?|should|would|could|might)\b/i;
/** A clause's own figure in the sentence finds it with fewer shared words. */
const FIGURE_MATCH = CITATION_THRESHOLD * 0.75;
const PLAIN_RESTATEMENT = 0.55;
/** "unless otherwise agreed", "unless terminated earlier": a clause's default, not a condition of what it promises. */
const DEFAULT_CONDITION_RE = /\b(?:otherwise|earlier|sooner|terminated|extended|renewed)\b/i;
/** The words that open a condition ("subject to", "provided that"), not what it is about. */
const CONDITION_OPENERS: ReadonlySet<string> = new Set(lexicon.conditionOpeners.words);
/** Words that state a thing as beyond any condition. */
const ABSOLUTE_RE = /\b(?:guarantee[sd]?|guaranteeing|locked\s+in|locks?\s+in|firm\s+(?:ceiling|limit|cap|date|deadline)|at\s+any\s+(?:time|point|stage)|whatever\s+happens|come\s+what\s+may|in\s+all\s+circumstances|without\s+exception|unconditional(?:ly)?)\b/i;
/** A clause's condition on what it promises. */
const CONDITION_RE = /\b(?:unless|subject\s+to|provided\s+that|except\s+where|save\s+where|where\s+(?:reasonably\s+)?(?:practicable|feasible|possible)|without\s+(?:the\s+)?[\p{L}'’ ]{0,30}\s+prior\s+(?:written\s+)?(?:consent|approval|agreement))\b(?:[^.;,]|\.(?=\S))*/iu;
/** The sentence keeps a condition or exception of its own. */
const OWN_CONDITION_RE = /\b(?:if|unless|subject\s+to|provided|providing|except|excepting|save|other\s+than|apart\s+from|where|when|once|as\s+long\s+as|so\s+long\s+as|condition\w*|may|might|could|should|aims?|intends?|seeks?|endeavou?rs?|efforts?)\b/i;

/** "every one of the 212", "all 212", "each of the": a claim about every case. */
const EVERY_CASE_WORD_RE = /\b(?:every(?:\s+one\s+of\s+the)?|all(?:\s+of\s+the)?|each\s+of\s+the)\b(?=\s+(?:\d[\d,]*\s+)?[\p{L}-]+)/iu;
/** The clause's own carve-out right after its "every" or "all": "every Unmonitored Overflow, other than an …". */
const CARVED_OUT_RE = /\b(?:every|all|each|any)\s+((?:[\p{L}-]+\s+){0,4}?[\p{L}-]+),?\s+(?:other\s+than|except(?:\s+for)?|excluding|save\s+for|apart\s+from)\b[^.;,|]{0,60}/iu;
/** The sentence keeps an exception or a hedge of its own. */
const OWN_EXCEPTION_RE = /\b(?:other\s+than|except|excepting|excluding|exclusion|save|apart\s+from|but|bar|unless|up\s+to|most|nearly|almost|some|remaining\s+\d|subject\s+to)\b/i;

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

/** "Data: expanding the sharing programme to …", a bullet or a labelled item: an entry of a summary, not a sentence. */
const LABEL_RE = /^[^\p{L}]{0,8}\p{Lu}[\p{L}'’ &/-]{1,40}:\s+\S/u;

/**
 * "Training: an expanded exchange programme, including a new fellowship scheme": a summary entry
 * with no verb of commitment that sets out, unhedged, what the clause it reports only says may be included. Only
 * entries (list items, table rows, labelled lines) whose words closely match one clause, and only where that clause's
 * own commitment is a possibility.
 */
function nominalOverstatement(context: RuleContext, analysed: AnalysedSentence): RuleFinding | undefined {
	const { claim, sentence, frame } = analysed;
	const isEntry = sentence.blockKind === 'listItem' || sentence.blockKind === 'tableRow' || LABEL_RE.test(analysed.claimProse);
	if (!isEntry || claim.isQuestion || claim.isProhibition || frame.reported || analysed.isOthersWords) {
		return undefined;
	}
	// A quotation in the entry is fine when it is the source's words and hedges nothing ("… to “protect the public”").
	const quotesHedge = analysed.quotes.some(({ quote, verdict }) => verdict.kind === 'unrelated'
		|| context.text.slice(quote.content.start, quote.content.end).toLowerCase().split(/[^\p{L}']+/u).some((w) => NOMINAL_HEDGES.has(w)));
	if (claim.predicates.some((p) => p.level > Strength.None || p.negated) || quotesHedge || !isFragment(analysed)) {
		return undefined;
	}
	const best = analysed.alignments[0];
	if (best === undefined || best.score < NOMINAL_MATCH) {
		return undefined;
	}
	const match = context.sourceSentence(best);
	const clause = match.commitment;
	// Only a clause that lists what may be done ("may include", "may take the form of"): a permission ("may extend this
	// Memorandum") summarised as an entry ("Extension: a further three years") is the option itself, not a promise.
	if (clause.level !== Strength.Possibility || clause.predicate === undefined || clause.predicate.negated || match.clause.kind === 'status'
		|| !`${clause.predicate.cueText} ${clause.predicate.actionText}`.toLowerCase().split(/\s+/).slice(0, 4).some((w) => LISTING_VERBS.has(w))) {
		return undefined;
	}
	const label = citationLabel(context.source, match.clause);
	const span = analysed.sentence.span;
	return {
		ruleId: 'overstated-commitment',
		message: `This sets out as agreed what ${label} only says \`${clause.predicate.cueText}\` (possibility).`,
		span,
		actual: context.text.slice(span.start, span.end),
		fixes: [insertQuoteFix(context.source, match, analysed.sentence)],
		clause: clauseRef(match.clause),
		sentence: span,
	};
}

/**
 * An entry with no verb of its own after its label ("Training: an expanded exchange programme, including …"), long enough to
 * state something (not a title: "SECURITY AND SAFETY"), and with no hedge or negation of its own.
 */
function isFragment(analysed: AnalysedSentence): boolean {
	const prose = analysed.claimProse;
	const label = LABEL_RE.exec(prose);
	const from = analysed.sentence.span.start + (label ? prose.indexOf(':') + 1 : 0);
	const words = analysed.claim.tokens.filter((t) => t.start >= from && /\p{L}/u.test(t.raw));
	if (words.length < NOMINAL_WORDS || words.every((t) => t.raw === t.raw.toUpperCase())) {
		return false;
	}
	return !words.some((t) => NOMINAL_HEDGES.has(t.lower) || NOT_FRAGMENT.has(t.lower) || t.lower.endsWith("n't"));
}

const NOMINAL_WORDS = 6;
const LISTING_VERBS: ReadonlySet<string> = new Set(lexicon.nominal.listingVerbs);

/** An entry's own hedge ("possible participation", "could include", "areas to explore") keeps it as weak as the clause. */
const NOMINAL_MATCH = 0.45;
const NOMINAL_HEDGES: ReadonlySet<string> = new Set([...HEDGE_WORDS, ...EXPLORATORY_ACTIONS, ...lexicon.nominal.hedges]);
/** Words that make an entry a sentence (a verb, a report) or deny it: it is judged by its verb, or not at all. */
const NOT_FRAGMENT: ReadonlySet<string> = new Set([...lexicon.nominal.verbs, ...frames.reportingVerbs.words, ...frames.contentVerbs.words]);

/**
 * "Near misses are shared quarterly" for "Signatories will endeavour to share near misses each quarter", "The Group meets
 * quarterly" for "is expected to meet quarterly": the clause's own verb, stated as what is done, with no cue or hedge,
 * where the clause only aims at it, hopes for it or promises the effort. Only of the one clause the sentence plainly
 * restates, and not where the clause's plain "will" is its commitment (a present tense reports that faithfully).
 */
function statedAsDone(context: RuleContext, analysed: AnalysedSentence): RuleFinding | undefined {
	const { claim, frame } = analysed;
	if (claim.predicates.length > 0 || claim.isQuestion || claim.isProhibition || frame.reported || analysed.isOthersWords || STATED_HEDGE_RE.test(analysed.claimProse)) {
		return undefined;
	}
	const best = analysed.alignments[0];
	if (best === undefined || best.score < STATED_MATCH || analysed.claim.tokens.filter((t) => /\p{L}/u.test(t.raw)).length < 5) {
		return undefined;
	}
	const match = context.sourceSentence(best);
	const cue = match.commitment.predicate;
	if (cue === undefined || cue.negated || match.clause.kind === 'status' || match.commitment.level >= Strength.Firm) {
		return undefined;
	}
	const effort = clauseEffort(match);
	const hedged = effort !== undefined || STATED_AIM_CUE_RE.test(cue.cueText);
	const verb = tokenize(cue.actionText).find((t) => !isStopword(t.lower) && !EFFORT_WORDS.has(t.lower));
	if (!hedged || verb === undefined || verb.stem.length < 3) {
		return undefined;
	}
	// The verb itself, inflected ("shared", "meets", "involved"), not a noun of its stem ("readiness" for "be ready").
	const root = verb.lower.replace(/[ey]$/, '');
	const said = analysed.claim.tokens.find((t) => t.stem === verb.stem && t.lower.startsWith(root) && t.lower.length - verb.lower.length <= 3 && !NOUN_ENDING_RE.test(t.lower));
	if (said === undefined) {
		return undefined;
	}
	const label = citationLabel(context.source, match.clause);
	const clauseWords = effort !== undefined && !cue.cueText.toLowerCase().includes(effort.toLowerCase()) ? `${cue.cueText} ${effort}` : cue.cueText;
	return {
		ruleId: 'overstated-commitment',
		message: `\`${said.raw}\` states as done what ${label} only says \`${clauseWords}\` (${STRENGTH_LABELS[match.commitment.level]}).`,
		span: { start: said.start, end: said.end },
		actual: context.text.slice(said.start, said.end),
		fixes: [insertQuoteFix(context.source, match, analysed.sentence)],
		clause: clauseRef(match.clause),
		sentence: analysed.sentence.span,
	};
}
const STATED_MATCH = 0.4;
const NOUN_ENDING_RE = /(?:ness|ment|tion|sion|ity|ance|ence|ers?|ors?)$/;
/** A clause cue that aims, hopes or expects rather than promises: "intends to", "is expected to", "will seek to". */
const STATED_AIM_CUE_RE = /\b(?:intends?|intended|aims?|hopes?|expected|expects?|seeks?|endeavou?rs?|plans?|envisages?|would\s+like|wish(?:es)?|should)\b/i;
/** The sentence keeps a hedge, a condition, a future or a report of its own. */
const STATED_HEDGE_RE = /\b(?:may|might|could|would|should|will|shall|can|due|scheduled|aims?|intends?|plans?|hopes?|expects?|expected|seeks?|endeavou?rs?|efforts?|try|tries|explore|consider|propose[sd]?|if|unless|subject|provided|providing|where|when|once|possibly|potentially|likely|ambitions?|aspirations?|goals?|intentions?|targets?|says?|said|states?|according|calls?\s+(?:on|for)|urges?|encourages?|invites?|asks?|work(?:s|ing)?\s+(?:to|towards)|striv\w*|trying)\b/i;
/** The words of a hedge of effort, not the act it hedges. */
const EFFORT_WORDS: ReadonlySet<string> = new Set(['use', 'using', 'make', 'all', 'its', 'their', 'every', 'reasonable', 'best', 'endeavours', 'endeavors', 'efforts', 'steps', 'commercially', 'practicable', 'to', 'endeavour', 'endeavor', 'try', 'attempt', 'strive', 'seek']);

/** A cue with the word it governs ("will explore", "may also include exploring"); for a source, only an action word. */
function wording(predicate: Predicate, actionOnly: boolean): string {
	const next = predicate.actionText.split(' ')[0] ?? '';
	const isAction = EXPLORATORY_ACTIONS.has(next) || IMPLEMENTATION_ACTIONS.has(next) || HEDGE_WORDS.has(next);
	// "will give serious consideration** to": the words, without the emphasis set inside them.
	const cue = withoutEmphasis(predicate.cueText);
	return next !== '' && (predicate.slot === 'base' || predicate.slot === 'ing') && (!actionOnly || isAction) ? `${cue} ${next}` : cue;
}

/** The words the clause's exploratory action uses ("identify opportunities"). */
function actionWords(match: Comparison['match']): string {
	const words = match.commitment.predicate?.actionText.split(' ') ?? [];
	return words.slice(0, 4).join(' ');
}
