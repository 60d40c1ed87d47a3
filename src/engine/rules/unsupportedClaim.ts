import commitmentLexicon from '../lexicon/commitment.json';
import frameLexicon from '../lexicon/frames.json';
import openLists from '../lexicon/openLists.json';
import partyLexicon from '../lexicon/parties.json';
import specifics from '../lexicon/specifics.json';
import { alignmentTerms } from '../align/terms';
import { isOtherAgreement, isProvisionWord } from '../analysis/frame';
import type { SourceModel } from '../source';
import { splitOnJoiners } from '../text/findMatches';
import { sourceHasPhrase } from '../quotes/matchQuote';
import { isStopword, stemWord, type Token, tokenIndexAt, tokensWithin } from '../text/tokens';
import { type Clause, Strength } from '../types';
import { citationLabel, clauseRef, insertQuoteFix } from './fixes';
import { contradiction } from './contradictedDetail';
import { exclusivityTerm, inSourceWordParts, introducedInstitutions, inventedTerm, isCountToken, specificNovelTerms } from './novelTerms';
import { enumeratedList } from './sourceLists';
import { type AnalysedSentence, CITATION_THRESHOLD, CLOSE_CLAUSE, type Rule, type RuleContext } from './rule';

/** Names of the agreement itself; "framework", "plan" or "programme" name other things too often. */
const AGREEMENT_WORDS: ReadonlySet<string> = new Set(['mou', 'memorandum', 'agreement', 'partnership', 'deal', 'arrangement', 'accord', 'collaboration', 'pact']);
const PARTY_WORDS: ReadonlySet<string> = new Set(partyLexicon.party);
/** Verbs that, after the agreement's name, state its content ("the MoU establishes …", "it includes …"). */
const CONTENT_VERBS = new Set([
	'set', 'sets', 'created', 'creates', 'create', 'established', 'establishes', 'establish', 'launched', 'launches', 'included',
	'includes', 'include', 'committed', 'commits', 'gave', 'gives', 'provided', 'provides', 'introduced', 'introduces', 'covers',
	'requires', 'funds', 'grants', 'allocates', 'names', 'appoints', 'contains', 'guarantees', 'delivers', 'tasks', 'makes',
	'secures', 'means', 'promises', 'plans', 'will', 'has', 'puts',
]);
/** How far before a claim verb its subject is looked for. */
const SUBJECT_REACH = 8;
/** Below this alignment score, no clause is about what the sentence says. */
const NOTHING_BEHIND = 0.12;
/** "take forward", "carry out": how a duty is acted on, never what it is about. */
const GENERIC_VERBS: ReadonlySet<string> = new Set(specifics.genericVerbs.words);
/** The patterns that find the agreement named as the source of a claim, with the names this source gives itself. */
interface AttributionPatterns {
	/**
	 * "under the MoU", "as part of the agreement", "the memorandum requires …": the writer attributes the claim to it.
	 * The agreement may be named by its parties joined with a dash ("the Avalon–Lyonesse accord").
	 */
	readonly attribution: RegExp;
	/** The agreement said to require or include something: "the MoU requires …", "the declaration also commits …". */
	readonly duty: RegExp;
	/** "under the MoU", "in the declaration": where a duty is said to come from. */
	readonly under: RegExp;
}
const patternsBySource = new WeakMap<SourceModel, AttributionPatterns>();

/** The generic names of an agreement and the ones the source gives itself ("this Declaration", '(the "Charter")'). */
function attributionPatterns(source: SourceModel): AttributionPatterns {
	let found = patternsBySource.get(source);
	if (found === undefined) {
		const own = [...source.frameWords.names].filter((n) => /^\p{L}+$/u.test(n));
		const names = ['MoU', 'memorandum', 'agreement', ...own].join('|');
		found = {
			attribution: new RegExp(`\\b(?:under|through|as part of|thanks to|according to|via)\\s+(?:the|this)\\s+(?:[\\w.&]+[–-][\\w.&]+\\s+)?(?:${names}|partnership|deal)\\b|\\b(?:the|this)\\s+(?:${names})\\s+(?:requires|establishes|creates|commits|gives|sets up|guarantees|grants|allows|lets)\\b`, 'iu'),
			duty: new RegExp(`\\b(?:(?:the|this|our)\\s+(?:[\\w.&]+[–-][\\w.&]+\\s+)?(?:${names})|it)\\s+(?:also\\s+)?(?:requires|binds|obliges|mandates|guarantees|includes)\\b`, 'iu'),
			under: new RegExp(`\\b(?:under|in)\\s+(?:the|this)\\s+(?:[\\w.&]+[–-][\\w.&]+\\s+)?(?:${names})\\b`, 'iu'),
		};
		patternsBySource.set(source, found);
	}
	return found;
}

/** A word that names the agreement: a generic name or one the source gives itself ("declaration", "charter"). */
function isAgreementWord(source: SourceModel, lower: string): boolean {
	return AGREEMENT_WORDS.has(lower) || source.frameWords.names.has(lower);
}

/** Words of a duty or of a thing already granted. */
const dutyCueRe = /\b(?:must|shall|(?:is|are)\s+(?:also\s+)?(?:required|obliged|obligated)|(?:has|have)\s+a\s+duty|(?:has|have)\s+(?:also\s+)?(?:committed|agreed)|committed|agreed|guaranteed|(?:has|have)\s+been\s+(?:given|granted))\b/i;
/** Words that say how or by whom something is promised, never what. */
/** Words that say who or which agreement, not what: generic ones and the parties the source's profile names. */
function isFunctional(source: SourceModel, word: string): boolean {
	return FUNCTIONAL_WORDS.has(word) || source.namedParties.has(word);
}

const FUNCTIONAL_WORDS: ReadonlySet<string> = new Set([...partyLexicon.agreement, ...partyLexicon.party, 'under', 'part', 'thanks', 'according', 'also', 'said', 'says', 'agreed', 'signed']);
const NEGATORS = new Set(['not', 'no', 'never', 'nor', 'neither', 'without', 'nothing', 'none']);
const HYPOTHETICAL = new Set(['if', 'whether', 'would', 'could', 'might', 'separate', 'separately']);
const DISSOCIATORS = new Set(['alongside', 'separately', 'besides', 'beyond', 'outside', 'independently', 'apart', 'addition']);

/** Flags a claim about the agreement's content that no clause supports, naming the terms the source never uses. */
export const unsupportedClaim: Rule = {
	id: 'unsupported-claim',
	description: 'A claim about the agreement that no clause supports',
	defaultSeverity: 'warning',
	*check(context) {
		for (const analysed of context.sentences) {
			// A question claims nothing; a person's words or view are theirs, not the writer's account of the agreement.
			if (analysed.claim.isQuestion || analysed.claim.isProhibition || analysed.frame.reported) {
				continue;
			}
			const found = unsupportedTerms(context, analysed);
			const all = found.length > 0 ? found : attributedInventions(context, analysed);
			// A figure that conflicts with the clause the sentence describes is reported as that (contradicted-detail): so is
			// a schedule in words ("meet every quarter" where the clause says "at least twice a year").
			const conflict = all.length === 0 ? undefined : contradiction(context, analysed);
			const conflicting = conflict === undefined ? '' : conflict.actual.toLowerCase();
			const terms = conflict === undefined ? all : all.filter((t) => !/\d/.test(t) && !(conflicting.includes(t.toLowerCase()) || t.toLowerCase().includes(conflicting)));
			if (terms.length === 0) {
				continue;
			}
			const best = analysed.alignments[0];
			const match = best && best.score >= CITATION_THRESHOLD ? context.sourceSentence(best) : undefined;
			const names = terms.slice(0, 4).map((t) => `\`${t}\``).join(', ');
			yield {
				ruleId: 'unsupported-claim',
				message: `No clause of the ${context.source.shortName} supports this: it never mentions ${names}.${match ? ` Nearest: ${citationLabel(context.source, match.clause)}.` : ''}`,
				span: analysed.sentence.span,
				actual: analysed.sentence.text,
				fixes: match ? [insertQuoteFix(context.source, match, analysed.sentence)] : [],
				clause: match ? clauseRef(match.clause) : undefined,
				sentence: analysed.sentence.span,
			};
		}
	},
};

/** What the sentence claims that the source never mentions, or [] when it makes no claim about the agreement. */
function unsupportedTerms(context: RuleContext, analysed: AnalysedSentence): string[] {
	const all = analysed.claim.tokens;
	// Not another agreement ("the Anthropic deal includes a £10 million fund"): the frame knows the source's names.
	const mentionsAgreement = (analysed.frame.agreementAt !== -1 || analysed.frame.inherited)
		&& all.some((t, i) => isAgreementWord(context.source, t.lower) && !isDissociated(all, i) && !isOtherAgreement(all, i));
	const term = mentionsAgreement ? inventedTerm(context.source, analysed.claimProse) : undefined;
	if (term !== undefined) {
		return [term];
	}
	const from = claimStart(context.source, analysed, mentionsAgreement);
	// Special terms need an assertion: not "stakeholders may read the partnership as preferential treatment".
	const isHedged = analysed.claim.predicates.some((p) => p.level > Strength.None && p.level <= Strength.Exploratory);
	const exclusive = (mentionsAgreement && !isHedged) || analysed.claim.level >= Strength.Intent ? exclusivityTerm(context.source, all) : undefined;
	if (exclusive !== undefined) {
		return [exclusive];
	}
	if (from === undefined) {
		// No claim verb: money, a deadline or a schedule said to come with the agreement ("a £30 million budget line
		// agreed under the MoU"), or a named body introduced as new beside a party or a commitment.
		const isHypothetical = all.some((t) => HYPOTHETICAL.has(t.lower) || NEGATORS.has(t.lower));
		if (isHypothetical) {
			return [];
		}
		const base = analysed.sentence.span.start;
		const dated = mentionsAgreement ? specificNovelTerms(context.source, all, analysed.claimProse, base, all[0], true, describedClauses(context, analysed)) : [];
		const mentionsParty = mentionsAgreement || analysed.claim.level >= Strength.Intent || all.some((t) => PARTY_WORDS.has(t.lower) || context.source.parties.agents.has(t.lower));
		const terms = [...dated, ...(mentionsParty ? introducedInstitutions(context.source, all, analysed.claimProse, base) : [])];
		return terms.length > 0 ? terms : attributedDuty(context, analysed);
	}
	// Only specific terms count: unfamiliar words alone flagged paraphrases and context more often than
	// invented content (measured on the evaluation set: +2 true, +3 false warnings on 652 dev sentences).
	// Numbers and nouns count near the claim verb; a named body anywhere in the sentence ("A Joint Steering Group,
	// co-chaired by …, has been set up").
	const base = analysed.sentence.span.start;
	const near = specificNovelTerms(context.source, all.slice(from), analysed.claimProse, base, all[0], false, describedClauses(context, analysed));
	const bodies = introducedInstitutions(context.source, all.slice(0, from), analysed.claimProse, base);
	const terms = [...bodies, ...near];
	if (terms.length > 0) {
		return terms;
	}
	const nothingBehind = attributedWithNothingBehind(context, analysed);
	return nothingBehind.length > 0 ? nothingBehind : attributedDuty(context, analysed);
}

/** The clauses a sentence describes: its two closest, when close enough to cite. */
function describedClauses(context: RuleContext, analysed: AnalysedSentence): Clause[] {
	return analysed.alignments.slice(0, 2).filter((a) => a.score >= CITATION_THRESHOLD).map((a) => context.sourceSentence(a).clause);
}

/**
 * The agreement said to require, bind, guarantee or include something, or a duty said to arise under it ("The MoU
 * requires the company to nominate a single point of contact", "Under the MoU, the company must notify the regulator before
 * releasing a frontier model"), where most of what is required is in no clause: the words the source never uses are
 * at least two and at least two fifths of the content, and no clause is close. A faithful paraphrase shares the
 * clause's words; "will work together" is not a duty.
 */
function attributedDuty(context: RuleContext, analysed: AnalysedSentence): string[] {
	const { claim, claimProse } = analysed;
	const patterns = attributionPatterns(context.source);
	const duty = patterns.duty.exec(claimProse) ?? (patterns.under.test(claimProse) ? dutyCueRe.exec(claimProse) : null);
	const isHedged = claim.predicates.some((p) => p.level > Strength.None && p.level <= Strength.Exploratory);
	if (!duty || isHedged || claim.isQuestion || (analysed.alignments[0]?.score ?? 0) >= CLOSE_CLAUSE || claim.tokens.some((t) => HYPOTHETICAL.has(t.lower))) {
		return [];
	}
	// "what it requires of the board", "how the MoU binds us": the duty is named, not stated.
	if (/\b(?:what|how|which)\s+(?:\S+\s+){0,3}$/i.test(claimProse.slice(Math.max(0, duty.index - 30), duty.index)) || /^(?:what|how)\b/i.test(claimProse.slice(duty.index))) {
		return [];
	}
	// "does not require", "is not required": the duty is denied.
	if (/\b(?:not|never|no longer)\s+(?:\w+\s+)?$/i.test(claimProse.slice(Math.max(0, duty.index - 20), duty.index)) || /^\S+\s+(?:not|no|nothing)\b/i.test(claimProse.slice(duty.index))) {
		return [];
	}
	// What is required is in the clause around the duty ("Because the MoU obliges the department to take forward …, we expect
	// bids that cite it": the bids are the writer's expectation, not the duty).
	const at = analysed.sentence.span.start + duty.index;
	const breaks = [...claimProse.matchAll(/[,;:()–—]/g)].map((m) => analysed.sentence.span.start + m.index);
	const clauseStart = Math.max(-1, ...breaks.filter((b) => b < at));
	const clauseEnd = Math.min(Infinity, ...breaks.filter((b) => b >= at + duty[0].length));
	const inClause = claim.tokens.filter((t) => t.start > clauseStart && t.end <= clauseEnd);
	const cueWords = new Set(duty[0].toLowerCase().split(/\s+/));
	const content = inClause.filter((t) => t.lower.length > 2 && !isStopword(t.lower) && !isFunctional(context.source, t.lower) && !GENERIC_VERBS.has(t.lower) && !cueWords.has(t.lower) && !/^\d/.test(t.raw));
	const isNovel = (t: Token): boolean => !context.source.vocabulary.has(t.lower) && !context.source.vocabulary.has(t.stem) && !inSourceWordParts(context.source, t);
	const novel = content.filter(isNovel);
	if (novel.length < 2 || novel.length * 5 < content.length * 2) {
		return [];
	}
	return novelPhrases(inClause, isNovel, (t) => content.includes(t)).slice(0, 3);
}

/** Runs of novel words (stopwords may join them: "single point of contact"), longest first. */
function novelPhrases(tokens: readonly Token[], isNovel: (t: Token) => boolean, isContent: (t: Token) => boolean): string[] {
	const runs: Token[][] = [];
	let run: Token[] = [];
	for (const t of tokens) {
		if (isContent(t) && isNovel(t)) {
			run.push(t);
		} else if (run.length > 0 && isStopword(t.lower) && t.lower.length <= 3) {
			run.push(t);
		} else {
			runs.push(run);
			run = [];
		}
	}
	runs.push(run);
	return runs
		.map((r) => trimStopwords(r))
		.filter((r) => r.length > 0)
		.sort((a, b) => b.length - a.length)
		.map((r) => r.map((t) => t.raw).join(' '));
}

function trimStopwords(run: readonly Token[]): readonly Token[] {
	let from = 0;
	let to = run.length;
	while (from < to && isStopword(run[from]!.lower)) from++;
	while (to > from && isStopword(run[to - 1]!.lower)) to--;
	return run.slice(from, to);
}

/**
 * "Under the MoU, departments must pilot the company's tools before other suppliers": explicitly attributed to the
 * agreement, asserted without a hedge, and matching no clause at all. Names the words the source never uses.
 */
function attributedWithNothingBehind(context: RuleContext, analysed: AnalysedSentence): string[] {
	const { claim } = analysed;
	const isHedged = claim.predicates.some((p) => p.level > Strength.None && p.level <= Strength.Exploratory);
	if (isHedged || claim.level < Strength.Intent || !attributionPatterns(context.source).attribution.test(analysed.claimProse) || (analysed.alignments[0]?.score ?? 0) >= NOTHING_BEHIND) {
		return [];
	}
	// The cue says how firmly, not what ("requires", "has to"): the content is what no clause mentions.
	const isCue = (t: Token): boolean => claim.predicates.some((p) => t.start >= p.cueSpan.start && t.end <= p.cueSpan.end);
	const novel = claim.tokens.filter((t) => t.lower.length > 2 && !isStopword(t.lower) && !isFunctional(context.source, t.lower) && !isCue(t)
		&& !context.source.vocabulary.has(t.lower) && !context.source.vocabulary.has(t.stem) && !inSourceWordParts(context.source, t) && !/^\d/.test(t.raw));
	if (novel.length < 2) {
		return [];
	}
	// Runs of novel words read as the thing claimed ("appoint a dedicated liaison officer"), longest first.
	const phrases = novelPhrases(claim.tokens, (t) => novel.includes(t), (t) => novel.includes(t) || isStopword(t.lower));
	return phrases.length > 0 ? phrases.slice(0, 3) : novel.slice(0, 3).map((t) => t.raw);
}

/** Where the claim about the agreement starts (token index), or undefined when the sentence makes none. */
function claimStart(source: SourceModel, analysed: AnalysedSentence, mentionsAgreement: boolean): number | undefined {
	const { tokens, predicates } = analysed.claim;
	// A stated fact ("The company opened a London office") is a claim about the agreement only when the sentence says so.
	// A party's plan ("The company plans to open an office", "it will open a lab") is a claim about the agreement only
	// when the sentence presents it as one (it names the agreement, or a lead-in does), when the party is said to have
	// made a commitment ("has agreed to", "has committed"), or when it is about what a clause is about.
	const isAttributed = analysed.frame.explicit || analysed.frame.inherited || (analysed.alignments[0]?.score ?? 0) >= CLOSE_CLAUSE;
	const committed = predicates.find((p) => p.isAgentive && !p.negated && p.level >= Strength.Intent
		&& (p.isStatedAsDone ? mentionsAgreement : (p.hasPartySubject && (isAttributed || madeCommitment(p.cueText))) || mentionsAgreement)
		&& !isDissociated(tokens, tokenIndexAt(tokens, p.cueSpan.start) + 2));
	if (committed) {
		const cue = tokenIndexAt(tokens, committed.cueSpan.start);
		return Math.max(0, cue - SUBJECT_REACH);
	}
	// Found once: a referent after it is asked about ("asked whether the MoU commits …"), not asserted.
	const askedFrom = firstAsked(tokens);
	for (let i = 0; i < tokens.length; i++) {
		const isOpening = i === 0 || (i === 1 && (tokens[0]!.lower === 'yes' || tokens[0]!.lower === 'no'));
		// "It includes …" at the start; not "This paper sets out …".
		const isPronoun = isOpening && (tokens[i]!.lower === 'it' || tokens[i]!.lower === 'this') && CONTENT_VERBS.has(tokens[i + 1]?.lower ?? '');
		const isReferent = (isAgreementWord(source, tokens[i]!.lower) && !isOtherAgreement(tokens, i)) || isPronoun;
		// Cheap test first: most words are not the agreement's name.
		if (!isReferent) {
			continue;
		}
		const next = tokens.slice(i + 1, i + 4);
		const around = [...tokens.slice(Math.max(0, i - 3), i), ...next];
		const isNegated = around.some((t) => NEGATORS.has(t.lower) || t.lower.endsWith("n't"));
		// "grant agreement: what it requires of the board" names the duties, it does not state one.
		const verbAt = next.findIndex((t) => CONTENT_VERBS.has(t.lower));
		const isNamedOnly = next.slice(0, Math.max(0, verbAt)).some((t) => t.lower === 'what' || t.lower === 'how');
		if (!isNegated && !isDissociated(tokens, i) && !(askedFrom < i) && verbAt !== -1 && !isNamedOnly) {
			return i;
		}
	}
	return undefined;
}

const COMMITMENT_MAKING: ReadonlySet<string> = new Set(frameLexicon.commitmentMakingVerbs.words);

/** "has agreed to", "has committed", "pledged": the cue says a commitment was made, not a plan held. */
function madeCommitment(cue: string): boolean {
	return cue.toLowerCase().split(/\s+/).some((w) => COMMITMENT_MAKING.has(w));
}

/** Words that join a list's items (after optional white space, which `splitOnJoiners` takes). */
const LIST_JOINS = /(?:,\s*(?:and|or)?|;|\band\b|\bor\b|\bas well as\b|\balongside\b|\bplus\b|&)\s*/gi;
const ACRONYM_RE = /^\p{Lu}{2,}s?$/u;
const CURRENCY_CODES: ReadonlySet<string> = new Set(specifics.currencyCodes.words);
/** The items of a list as written ("justice, defence and welfare"): split at commas, semicolons, "and", "or", "&". */
export function listItems(prose: string): string[] {
	return splitOnJoiners(prose, LIST_JOINS, () => 'optional');
}

/** What follows an item's words in the sentence ("… local government as areas for joint work"). */
const TAIL_WORDS = 'as|where|which|that|among|are|is|were|was|for\\s(?:which|example|instance)';
const ITEM_TAIL = new RegExp(`\\s(?:${TAIL_WORDS})\\b`, 'i');
/** Also a modal or "have": "… and multilayer plastic films must disappear …" (the items are the subject). */
const SUBJECT_ITEM_TAIL = new RegExp(`\\s(?:${TAIL_WORDS}|will|must|shall|should|may|might|can|could|would|have|has|had)\\b`, 'i');
/** An item without what follows it, when that leaves a name of two or more words ("anything that …" stays whole). */
function cutTail(item: string, tail: RegExp = ITEM_TAIL): string {
	// One white-space character before the word: "\s+…[\s\S]*$" retried from every space of a long run was quadratic.
	const at = item.search(tail);
	const cut = at === -1 ? item : item.slice(0, at).trimEnd();
	// One word is an item when the sentence goes on to say what the items are ("… and health as areas where …"), or
	// when a modal starts what it says of them ("… and PET-G will all have to be designed out").
	return cut.split(/\s+/).length >= 2 || /^\s*(?:as\s+\p{L}+s|will|must|shall|should|may|might|can|could|would)\b/iu.test(item.slice(cut.length)) ? cut : item;
}

/** A list "item" that is an aside: "for example", "among others", "etc.". */
/** "for example", "among others", or an adverb set off by commas ("The Department can, however, carry out …"): no item. */
function isListAside(item: string): boolean {
	return LIST_ASIDE.test(item) || ASIDE_ADVERBS.has(item.toLowerCase());
}
/** Adverbs a writer sets off by commas inside a sentence ("however", "therefore", "meanwhile"). */
const ASIDE_ADVERBS: ReadonlySet<string> = new Set(commitmentLexicon.adverbs.words);
const LIST_ASIDE = /^(?:for\s+(?:example|instance)|among\s+others|and\s+so\s+on|etc|e\.g|inter\s+alia)[.!?]*$/i;

/** Where a sentence's main clause gives way to the writer's aside. */
const CLAUSE_BREAK = /\s(?:though|although|which|who|whose|where|but|while|whereas|because|so that|meaning|after|before|when|unless|if)\b|,\s*so\b|[;(—–]|\s-\s/i;

/**
 * Content the sentence presents as the agreement's (it names the agreement as its source, or a lead-in or heading
 * does), hedged or not, that the source never mentions: an item of a list whose other items the source names
 * ("The MoU targets justice, defence, welfare and education": `welfare`), a name or acronym the source never uses
 * with what it qualifies ("could give the company access to NHS patient records"), money, dates and specific nouns.
 */
function attributedInventions(context: RuleContext, analysed: AnalysedSentence): string[] {
	const added = addedListItems(context, analysed);
	if (added.length > 0) {
		return added;
	}
	const { frame, claim } = analysed;
	const best = analysed.alignments[0];
	// Without naming the agreement, a sentence that echoes a clause's list closely still describes that clause
	// ("Possible projects are flagged in justice, defence and security, and health" is §2.2's list plus one).
	const echoOnly = !(frame.explicit || frame.inherited);
	if ((echoOnly && (frame.reported || (best?.score ?? 0) < CLOSE_CLAUSE)) || claim.tokens.length === 0) {
		return [];
	}
	const tokens = claim.tokens;
	let from = frame.explicit ? frame.agreementAt + 1 : 0;
	// "Article 9.1 says …": the provision's number names it, it is not content.
	while (frame.explicit && isProvisionWord(tokens[frame.agreementAt]?.lower ?? '') && /^[\d(]/.test(tokens[from]?.raw ?? '')) {
		from++;
	}
	// What the agreement is said to contain runs to the end of the clause that names it ("under the MoU, and my
	// officials would be happy to brief staff": the officials are the writer's). A ", and" after other commas ends a
	// list, not the clause ("targets justice, defence, and welfare").
	const base = analysed.sentence.span.start;
	const firstAt = (tokens[from]?.start ?? base) - base;
	const rest = analysed.claimProse.slice(firstAt);
	const joined = /,\s*(?:and|but)\b/i.exec(rest);
	const cut = joined !== null && joined.index === rest.indexOf(',') ? joined.index : rest.length;
	const breakAt = Math.min(cut, CLAUSE_BREAK.exec(rest)?.index ?? rest.length) + firstAt + base;
	const content = tokens.slice(from).filter((t) => t.end <= breakAt);
	if (content.length === 0 || content.some((t) => NEGATORS.has(t.lower) || t.lower.endsWith("n't")) || tokens.some((t) => t.lower === 'whether' || t.lower === 'if')) {
		return [];
	}
	const source = context.source;
	const isNovel = (t: Token): boolean => !source.vocabulary.has(t.lower) && !source.vocabulary.has(t.stem);
	const isContent = contentWord(context.source, 3);
	const out: string[] = [];
	// A list: three or more items, at least two of them the source's; an item none of whose words it uses is invented.
	const start = content[0]!.start - base;
	// The list ends where a new clause starts ("…, or education technology, though the list is illustrative").
	const listProse = analysed.claimProse.slice(start).split(CLAUSE_BREAK)[0]!;
	// An item ends where the sentence goes on ("… and local government as areas for joint work"); "for example" and
	// "among others" are the writer's asides, not items.
	const items = listItems(listProse).map((item) => cutTail(item.trim())).filter((item) => item !== '' && !isListAside(item));
	// A list that echoes a clause's list aligns with that clause ("The Partnership will use the data for planning,
	// evaluating and producing statistics" is about another agreement's purposes, not the MoU's areas).
	if (items.length >= 3 && (analysed.alignments[0]?.score ?? 0) >= CITATION_THRESHOLD) {
		let at = 0;
		const allItemTokens = items.map((item) => {
			const from = listProse.indexOf(item, at) + start + base;
			at = from - start - base + item.length;
			// A count is not what the item names ("eight motorcycles" names motorcycles): figures are compared elsewhere.
			return tokensWithin(content, from, from + item.length).filter((t) => isContent(t) && !isCountToken(t));
		});
		// An echo is a list of short names ("justice, policing, defence") after its lead-in ("… work in justice"), not a
		// list of clauses ("intend X and made Y, so plan Z"): it starts at the last long item.
		const head = echoOnly ? Math.max(0, ...items.map((item, i) => (item.split(/\s+/).length > 4 ? i : 0))) : 0;
		const itemTokens = allItemTokens.slice(head);
		// An item the source names, directly or by a synonym the alignment folds ('schools' for 'education').
		// A two- or three-word item is the source's when it uses the phrase or all its words: "local government" is not
		// named by a source that says "government" only for the UK government.
		const isKnown = (ts: readonly Token[], strict = false): boolean => (strict && isTwoWordName(ts) ? ts.every((t) => !isNovel(t)) || sourceHasPhrase(source, ts) : ts.some((t) => !isNovel(t)))
			|| alignmentTerms(ts, source.alignment).some((term) => source.vocabulary.has(term) && !ts.some((t) => t.lower === term || t.stem === term));
		const known = itemTokens.filter((ts) => ts.length > 0 && isKnown(ts)).length;
		// An echo must share two items with the very clause it aligns with, not just with the source.
		const clauseWords = echoOnly && best ? new Set(context.sourceSentence(best).tokens.flatMap((t) => [t.lower, t.stem])) : undefined;
		const echoed = clauseWords === undefined
			|| (itemTokens.length >= 3 && itemTokens.filter((ts) => ts.some((t) => clauseWords.has(t.lower) || clauseWords.has(t.stem))).length >= 2);
		if (known >= 2 && echoed) {
			itemTokens.forEach((ts, k) => {
				if (k > 0 && ts.length > 0 && ts.length <= 3 && !isKnown(ts, true)) {
					// The item as written ("local government"), not only its words the source lacks.
					const item = items[k + head]!;
					out.push(item.split(/\s+/).length <= 4 ? item.replace(/^(?:and|or)\s+/i, '') : ts.map((t) => t.raw).join(' '));
				}
			});
		}
	}
	// A bullet under a lead-in about the agreement ("The MoU covers:" … "- welfare"): a short item none of whose words
	// the source uses is an invented use.
	if (echoOnly) {
		return out;
	}
	const contentWords = content.filter(isContent);
	if (frame.inherited && items.length < 3 && analysed.sentence.blockKind === 'listItem' && contentWords.length > 0 && contentWords.length <= 3
		&& !contentWords.some((t) => !isNovel(t)) && !alignmentTerms(contentWords, source.alignment).some((term) => source.vocabulary.has(term))) {
		out.push(contentWords.map((t) => t.raw).join(' '));
	}
	// An acronym or name the source never uses, with the novel words it qualifies ("NHS patient records"); not in a
	// shouted heading. `content` already stops where the writer's own clause starts ("…, which could matter for NHS
	// suppliers").
	const shouted = tokens.filter((t) => t.raw.length > 1 && t.raw === t.raw.toUpperCase() && /\p{Lu}/u.test(t.raw)).length * 2 > tokens.length;
	for (let i = 0; i < content.length && !shouted && analysed.sentence.blockKind !== 'heading'; i++) {
		const t = content[i]!;
		// "GBP 38,500": a currency's code names no thing of its own (the amount is checked as an amount).
		if (!ACRONYM_RE.test(t.raw) || !isNovel(t) || t.raw.length > 5 || CURRENCY_CODES.has(t.raw)) {
			continue;
		}
		const run = [t];
		for (let k = i + 1; k < content.length && isContent(content[k]!) && isNovel(content[k]!) && run.length < 4; k++) {
			run.push(content[k]!);
		}
		out.push(run.map((x) => x.raw).join(' '));
	}
	if (out.length === 0 && frame.explicit && (analysed.alignments[0]?.score ?? 0) < CLOSE_CLAUSE) {
		out.push(...specificNovelTerms(source, content, analysed.claimProse, base, tokens[0]));
	}
	return [...new Set(out)].slice(0, 4);
}

/**
 * An item added to a list the source gives: the sentence names items of one source list (its lettered items under a
 * lead-in, or the items of one sentence) and another whose head word the source never uses ("… transparency, research
 * and data infrastructure"; "PVC, polystyrene, carbon black pigments and LNG"). Two named items suffice when the
 * sentence names the agreement; three when it only echoes the list.
 */
/** Modifiers that say nothing about which item it is ("other areas", "new technologies", "wider research"). */
const GENERIC_MODIFIERS: ReadonlySet<string> = new Set(openLists.genericModifiers.words);

function addedListItems(context: RuleContext, analysed: AnalysedSentence): string[] {
	const { frame, claim } = analysed;
	const echoOnly = !(frame.explicit || frame.inherited);
	const tokens = claim.tokens;
	if ((echoOnly && frame.reported) || tokens.length === 0) {
		return [];
	}
	const source = context.source;
	const base = analysed.sentence.span.start;
	const from = frame.explicit ? frame.agreementAt + 1 : 0;
	// The list is the stretch between the writer's clause breaks with the most items ("Secondly, before any system goes
	// live, there will be an assessment covering accuracy, …, environmental footprint and redress").
	const { at: startAt, prose: listProse } = listStretch(analysed.claimProse, (tokens[from]?.start ?? base) - base);
	// A list denied or in doubt ("not X, Y or Z", "whether …"), up to the list's end: a later clause's "where no
	// alternative exists" is its own.
	const upTo = base + startAt + listProse.length;
	if (tokens.some((t) => t.start < upTo && (NEGATORS.has(t.lower) || t.lower.endsWith("n't") || t.lower === 'whether' || t.lower === 'if'))) {
		return [];
	}
	// A list of more than ten is a table or a run of figures pasted as prose, not a list a writer extended.
	const items = listItems(listProse).slice(0, MAX_LIST_ITEMS + 1).map((item) => cutTail(item.trim(), SUBJECT_ITEM_TAIL)).filter((item) => item !== '' && !isListAside(item));
	if (items.length < 3 || items.length > MAX_LIST_ITEMS) {
		return [];
	}
	// Two letters are a word here: "AI", "IT" name list items.
	const isContent = contentWord(source, 2);
	let at = 0;
	const itemTokens = items.map((item) => {
		const offset = listProse.indexOf(item, at);
		at = offset + item.length;
		const abs = base + startAt + offset;
		return tokensWithin(tokens, abs, abs + item.length).filter(isContent);
	});
	// The first "item" carries the lead-in ("The collaboration areas span understanding operational needs"): its last words.
	itemTokens[0] = itemTokens[0]!.slice(-3);
	// Names of things, not people, places or dates: "Peter Kyle", "Saltney Borough Council", "21 January" are not items
	// of an agreement's lists.
	const isThing = (item: string, ts: readonly Token[]): boolean => ts.length > 0 && ts.length <= 4 && item.split(/\s+/).length <= 6 && !/\d/.test(item)
		&& ts.filter((t) => /^\p{Lu}\p{Ll}/u.test(t.raw)).length < 2;
	// An item's head is its last noun: "education technology named as …" ends at "technology".
	const things = itemTokens.map((ts, k) => (isThing(items[k]!, ts) ? withoutParticiples(ts) : []));
	const enumerated = enumeratedList(source, things);
	if (!enumerated || enumerated.named.filter(Boolean).length < (echoOnly ? 3 : 2) || (echoOnly && items.length < 4)) {
		return [];
	}
	// "information-sharing" is the source's "information sharing".
	// "PET-G": a part of one or two letters ("g", an item's label in the source) says nothing.
	const isNovel = (t: Token): boolean => t.lower.split('-').filter((w, _k, all) => w.length > 2 || all.length === 1).every((w) => !source.vocabulary.has(w)) && !source.vocabulary.has(t.stem);
	const known = (t: Token): boolean => !isNovel(t) || alignmentTerms([t], source.alignment).some((term) => source.vocabulary.has(term));
	const added = things.flatMap((ts, k) => {
		const head = ts[ts.length - 1];
		// "quantum technologies" in a list of the source's areas: the head is the source's word, the kind it names is not.
		// So is "crypto-assets" in one word: its last part the source's, another part new.
		const parts = ts.length === 1 ? head!.lower.split('-').filter((w) => w.length > 2) : [];
		const knownWord = (w: string): boolean => source.vocabulary.has(w) || source.vocabulary.has(stemWord(w));
		const newKind = head !== undefined && ((ts.length >= 2 && ts.length <= 3 && known(head) && ts.slice(0, -1).some((t) => !known(t) && !GENERIC_MODIFIERS.has(t.lower)))
			|| (parts.length >= 2 && knownWord(parts[parts.length - 1]!) && parts.slice(0, -1).some((w) => !knownWord(w) && !GENERIC_MODIFIERS.has(w))));
		if (k === 0 || enumerated.named[k] || head === undefined || PRONOUN_HEADS.has(head.lower) || (known(head) && !newKind)) {
			return [];
		}
		return [items[k]!.replace(/^(?:and|or)\s+/i, '').replace(/[.!?]+$/, '')];
	});
	// Echoing a list, a writer who adds one item has slipped; one who adds several is listing something else.
	return echoOnly && added.length > 1 ? [] : added;
}

/** A word that can say what an item is: `minLength` letters or more, not a stopword, function word, generic verb or number. */
function contentWord(source: SourceModel, minLength: number): (t: Token) => boolean {
	return (t) => t.lower.length >= minLength && !isStopword(t.lower) && !isFunctional(source, t.lower) && !GENERIC_VERBS.has(t.lower) && !/^\d/.test(t.raw);
}

const MAX_LIST_ITEMS = 10;
const CLAUSE_BREAKS = new RegExp(CLAUSE_BREAK.source, 'gi');

/** Of the stretches of `prose` from `from` between clause breaks, the one with the most commas, and where it starts. */
function listStretch(prose: string, from: number): { at: number; prose: string } {
	let best = { at: from, prose: '', commas: -1 };
	let start = from;
	CLAUSE_BREAKS.lastIndex = from;
	for (let m = CLAUSE_BREAKS.exec(prose); ; m = CLAUSE_BREAKS.exec(prose)) {
		const end = m === null ? prose.length : m.index;
		const stretch = prose.slice(start, end);
		const commas = stretch.split(',').length - 1;
		if (commas > best.commas) {
			best = { at: start, prose: stretch, commas };
		}
		if (m === null) {
			break;
		}
		start = m.index + Math.max(1, m[0].length);
		CLAUSE_BREAKS.lastIndex = start;
	}
	return { at: best.at, prose: best.prose };
}

/** Heads that stand for an item named before ("each one", "the others"): never an item of their own. */
const PRONOUN_HEADS: ReadonlySet<string> = new Set(['one', 'ones', 'other', 'others', 'thing', 'things', 'more', 'rest']);
const PARTICIPLE_RE = /^(?:\p{Ll}{3,}ed|given|shown|seen|set|chosen|written|taken)$/u;

/** An item's words without the participles after its noun ("education technology named"). */
function withoutParticiples(ts: readonly Token[]): readonly Token[] {
	let end = ts.length;
	while (end > 1 && PARTICIPLE_RE.test(ts[end - 1]!.raw)) {
		end--;
	}
	return ts.slice(0, end);
}

/** An item that is two words and nothing else ("local government"): a name whose modifier matters. */
function isTwoWordName(ts: readonly Token[]): boolean {
	// "giving justice" is the writer's verb and an item, not a name.
	return ts.length === 2 && ts[1]!.start - ts[0]!.end === 1 && ts.every((t) => /^\p{Ll}+$/u.test(t.raw)) && !/(?:ing|ed)$/.test(ts[0]!.lower);
}

/** "Alongside the agreement, the company confirmed…": the sentence sets its claim apart from the agreement. */
function isDissociated(tokens: readonly Token[], i: number): boolean {
	return tokens.slice(Math.max(0, i - 4), i).some((t) => DISSOCIATORS.has(t.lower));
}

/** Where "whether" or "if" first is ("asked whether the MoU commits …": a question someone put), or the end. */
function firstAsked(tokens: readonly Token[]): number {
	const at = tokens.findIndex((t) => t.lower === 'whether' || t.lower === 'if');
	return at === -1 ? tokens.length : at;
}
