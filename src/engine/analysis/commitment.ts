import lexicon from '../lexicon/commitment.json';
import frameLexicon from '../lexicon/frames.json';
import partyLexicon from '../lexicon/parties.json';
import { expandContractions, type Token, tokenize } from '../text/tokens';
import { type Span, Strength } from '../types';
import {
	CUE_ADVERBS,
	type CueMatch,
	type CueSlot,
	EXPLORATORY_ACTIONS,
	findCues,
	HEDGE_WORDS,
	IMPLEMENTATION_ACTIONS,
	isProhibition,
} from './cueMatcher';

/** Whether what a predicate promises is exploring, doing, or neither. */
export type ActionKind = 'exploratory' | 'implementation' | 'neutral';

/** One commitment cue with what it governs: who commits, how strongly, to what kind of action. */
export interface Predicate {
	readonly cueSpan: Span;
	/** The cue as written ("may also include", "has agreed to"). */
	readonly cueText: string;
	readonly cuePhrase: string;
	readonly slot: CueSlot;
	/** The modal rung; `None` for a predictive "will" or a negated cue. */
	readonly level: Strength;
	readonly action: ActionKind;
	/** The word that decided `action`, if any. */
	readonly actionSpan?: Span;
	/** Hedges in the predicate (the cue itself counts when it is a possibility). */
	readonly hedges: number;
	/** True when the predicate commits someone (not a prediction about the world). */
	readonly isAgentive: boolean;
	/** True when the subject names a party to the agreement or the agreement itself. */
	readonly hasPartySubject: boolean;
	readonly negated: boolean;
	/** Implementation stated as happening or done ("is now providing", "provides"), not promised. */
	readonly isStatedAsDone: boolean;
	/**
	 * In a side clause ("recognizing that this would …", "events that may involve …", "as may be required"): not what
	 * the sentence's main verb commits anyone to.
	 */
	readonly isSubordinate: boolean;
	/**
	 * For a negated cue ("will not", "has committed not to", "does not intend to"): how strongly not acting is promised,
	 * the cue's own rung. Undefined for other predicates and for a denied subject or a prediction.
	 */
	readonly refrains?: Strength;
	/** From the cue to the end of what it governs. */
	readonly span: Span;
	/** The words of the predicate after the cue (lower case), for messages. */
	readonly actionText: string;
	/**
	 * The cue is a lead-in's ("Under the MoU, OpenAI will:" above "- deploy its models …"): `cueSpan` is the item's first
	 * word, which no fix may replace.
	 */
	readonly inheritedCue?: boolean;
}

/** The commitment analysis of one sentence. */
export interface CommitmentAnalysis {
	readonly predicates: readonly Predicate[];
	/** The strongest level among agentive, non-negated predicates. */
	readonly level: Strength;
	readonly isQuestion: boolean;
	/** An instruction not to say something ("Do not describe the MoU as a contract"): it claims nothing. */
	readonly isProhibition: boolean;
	readonly tokens: readonly Token[];
}

/** Party words: the generic ones from the lexicon plus the source's own named parties. */
export interface PartyWords {
	readonly agents: ReadonlySet<string>;
	readonly nonAgents: ReadonlySet<string>;
}

/** The generic party lexicon; `loadSource` extends it with the source's parties. */
export const DEFAULT_PARTY_WORDS: PartyWords = {
	agents: new Set([...partyLexicon.agreement, ...partyLexicon.party]),
	nonAgents: new Set(partyLexicon.nonAgents.words),
};

/** How many words after a cue it governs, at most (a long object names the topic the clause is found by). */
const PREDICATE_WORDS = 20;
/** The writer and the reader: "I will write to you", "you will know" are not the parties' commitments. */
const WRITER_WORDS: ReadonlySet<string> = new Set(['i', 'you']);
const AGREEMENT_SPEAKERS = new Set(['mou', 'memorandum', 'agreement', 'text', 'document', 'it']);
const DENIED_SUBJECT = new Set(['no', 'nothing', 'none', 'neither', 'nobody']);
const NEGATORS = new Set(['not', "n't", 'never', 'no', 'neither', 'nor', 'cannot', 'nothing', 'nobody', 'none']);
/** "agreed", "committed", "pledged": a cue that reports a commitment made, whose strength is what was agreed. */
const COMMITMENT_MAKING: ReadonlySet<string> = new Set(frameLexicon.commitmentMakingVerbs.words);
/** Words that narrow what follows: "commits the Government only to explore". */
const ONLY_WORDS: ReadonlySet<string> = new Set(lexicon.narrowingWords.words);
/** Their stems: "commits", "obliges" make a commitment as "committed" does. */
const COMMITMENT_MAKING_STEMS: ReadonlySet<string> = new Set(frameLexicon.commitmentMakingVerbs.words.map((w) => tokenize(w)[0]!.stem));
/** The verbs of the exploratory cues ("aim" of "aim to", "seek" of "seek to"): "agreed to aim for …" is an aim. */
const TRYING_VERBS: ReadonlySet<string> = new Set(lexicon.cues.filter((c) => c.level === 'exploratory' && c.slot === 'base').map((c) => c.phrase.split(' ')[0]!).filter((w) => !['are', 'is', 'ambition', 'share', 'shared', 'should'].includes(w)));
/** Nouns that name an aim: "the aim is to …" states an aim, not a duty. */
const AIM_NOUNS: ReadonlySet<string> = new Set(lexicon.grammar.aimNouns);
/** Words that open a side clause: a cue right after them (and its subject) is not the sentence's main verb. */
const SUBORDINATORS: ReadonlySet<string> = new Set(lexicon.grammar.subordinators);
/** Words that open a noun phrase: "commitment to the Partnership" is to a thing. */
const NP_STARTERS: ReadonlySet<string> = new Set(lexicon.grammar.nounPhraseStarters);
/** Words that open a clause of time: a state after them is when something happens, not a claim that it is so. */
const TEMPORAL_OPENERS: ReadonlySet<string> = new Set(lexicon.grammar.temporalOpeners);
/** "how", "whether": a cue after one, in its subject, is inside an embedded question. */
const EMBEDDED_QUESTION_WORDS: ReadonlySet<string> = new Set(lexicon.grammar.embeddedQuestionWords);
const CLAUSE_STARTERS = new Set(['that', 'which', 'who', 'where', 'while', 'whereas', 'because', 'but', 'if', 'when', 'although']);
const PREDICTIVE_VERBS = new Set(['be', 'become', 'remain', 'transform', 'change', 'help', 'drive', 'see', 'mean', 'prove', 'make', 'bring', 'boost', 'revolutionise', 'revolutionize']);
/** "The Committee will know that …", "you will recall …": a "will" of knowing or noticing commits no one. */
const COGNITION_VERBS = new Set(['know', 'recall', 'remember', 'note', 'notice', 'appreciate', 'understand', 'agree', 'hear', 'find', 'recognise', 'recognize', 'want', 'wish', 'expect', 'be aware']);
/**
 * "Reports that …", "she is concerned that …": someone else's claim, reported. Not when the agreement is
 * the one saying it ("the MoU says that …" presents its content).
 */
function isReported(tokens: readonly Token[], i: number, parties: PartyWords): boolean {
	if (!REPORTED_NOUNS.has(tokens[i]!.lower) || tokens[i + 1]?.lower !== 'that') {
		return false;
	}
	const speaker = tokens.slice(Math.max(0, i - 2), i).map((t) => t.lower);
	return !speaker.some((w) => AGREEMENT_SPEAKERS.has(w) || (parties.agents.has(w) && !parties.nonAgents.has(w) && w !== 'government'));
}

/** "Departments keep asking when workshops will start": a reported question asserts nothing. */
function isReportedQuestion(tokens: readonly Token[], i: number): boolean {
	return ASKING_VERBS.has(tokens[i]!.lower) && QUESTION_WORDS.has(tokens[i + 1]?.lower ?? '');
}

const ASKING_VERBS: ReadonlySet<string> = new Set(lexicon.asked.verbs);
const QUESTION_WORDS: ReadonlySet<string> = new Set(lexicon.asked.questionWords);
/** Where the reported clause ("expectation that …", "reports that …") ends: a semicolon, or ", and" / ", but". */
const HYPOTHESIS_END_RE = /;|,\s*(?:and|but)\s/;

/** "Expect questions on whether the company is guaranteed …": what follows is asked, not asserted. */
const HYPOTHETICAL_MARKERS = new Set(['whether', 'if', 'unless', 'suppose', 'supposing']);
/** "Reports that the company will build …": someone else's claim, reported. */
const REPORTED_NOUNS: ReadonlySet<string> = new Set(lexicon.reported.words);
/** "Officials will draft a note …": a readout's own action point. */
const ADMINISTRATIVE_VERBS: ReadonlySet<string> = new Set(lexicon.administrative.words);
/** A conjunction that, after a comma, starts a new clause. */
const COORDINATORS: ReadonlySet<string> = new Set(lexicon.grammar.coordinators);
const boundaryGapRe = /[;:—–()[\]]|,\s*(?:and|but|while|which|whereas)\b/;

/**
 * Analyses the commitment language of one sentence (`prose` with quotes blanked, offsets from `base`).
 * Pass `tokens` when the caller has already tokenised `prose`.
 */
export function analyseCommitment(
	prose: string,
	base = 0,
	parties: PartyWords = DEFAULT_PARTY_WORDS,
	written: readonly Token[] = tokenize(prose, base),
	isHeadline = false,
	/** A sentence of the source itself: its "will publish", "will meet" are its content, never the writer's housekeeping. */
	isSource = false,
): CommitmentAnalysis {
	// "We'll work with …", "won't be expected to": the modal in a contraction is read as the modal.
	const tokens = expandContractions(written);
	const isAgent = (lower: string): boolean => parties.agents.has(lower) && !parties.nonAgents.has(lower);
	const cues = findCues(tokens, { isAgent, isHeadline }).filter((cue) => !isFalseCue(tokens, cue, prose, base));
	const hypotheticalFrom = cues.length > 0 ? firstHypothetical(tokens, parties) : tokens.length;
	const predicates = cues.map((cue, k) => buildPredicate(prose, base, tokens, cue, cues[k + 1]?.from ?? tokens.length, cues[k - 1]?.to ?? 0, parties, hypotheticalFrom, isSource));
	let level = Strength.None;
	for (const p of predicates) {
		if (p.isAgentive && !p.negated && p.level > level) {
			level = p.level;
		}
	}
	return { predicates, level, isQuestion: /\?["'”’)\s]*$/.test(prose), isProhibition: isProhibition(tokens), tokens };
}

/** Drops "May 2025", "the possibility of" without a party, "will" as a noun ("political will"). */
function isFalseCue(tokens: readonly Token[], cue: CueMatch, prose: string, base: number): boolean {
	const first = tokens[cue.from]!;
	const next = tokens[cue.to];
	const prev = tokens[cue.from - 1];
	// "May 2026", "31 May", "(September to May)": a capital "May" inside a sentence is the month; the modal is lower case
	// there.
	if (first.raw === 'May' && (next === undefined || /^\d/.test(next.raw) || (prev !== undefined && (/^\d/.test(prev.raw) || !/[.!?:"“(]\s*$/.test(prose.slice(prev.end - base, first.start - base)))))) {
		return true;
	}
	if (cue.phrase === 'will' && prev !== undefined && ['political', 'good', 'the', 'free', 'goodwill', 'a', 'their', 'its', 'our'].includes(prev.lower)) {
		return true;
	}
	// "requires each Party to submit", "require that …" impose a duty; "the transition requires investment" does not.
	if ((cue.phrase === 'requires' || cue.phrase === 'require') && !tokens.slice(cue.to, cue.to + 7).some((t) => t.lower === 'to' || t.lower === 'that')) {
		return true;
	}
	// "(grants, concessional loans, guarantees)": the noun in a list, with nothing after it to guarantee.
	const gap = prose.slice(tokens[cue.to - 1]!.end - base, (next?.start ?? base + prose.length) - base);
	if ((cue.phrase === 'guarantees' || cue.phrase === 'guarantee') && (next === undefined || /[),;.:]/.test(gap) || next.lower === 'and' || next.lower === 'or')) {
		return true;
	}
	// "on licensing launches, spaceports and orbital operations": a noun after a gerund, in a list, not a verb.
	if (cue.to === cue.from + 1 && /s$/.test(first.lower) && prev !== undefined && /ing$/.test(prev.lower) && (next === undefined || /[),;]/.test(gap) || next.lower === 'and' || next.lower === 'or')) {
		return true;
	}
	// "whoever creates it owns it": anyone who does, a condition, not a party's act.
	if (prev !== undefined && /^(?:whoever|whichever|whatever)$/.test(prev.lower)) {
		return true;
	}
	// "Reaffirm UK commitment to the Partnership": a commitment to a thing, not an undertaking to do something.
	if (/^commitments?\s+to$/.test(cue.phrase) && next !== undefined && NP_STARTERS.has(next.lower)) {
		return true;
	}
	return false;
}

function buildPredicate(
	prose: string,
	base: number,
	tokens: readonly Token[],
	cue: CueMatch,
	nextCue: number,
	prevCueEnd: number,
	parties: PartyWords,
	hypotheticalFrom: number,
	isSource: boolean,
): Predicate {
	const end = Math.min(nextCue, cue.to + PREDICATE_WORDS, tokens.length);
	const subject = subjectTokens(prose, base, tokens, cue.from, prevCueEnd);
	// "no programme, audience or timetable has been agreed": a denied subject negates the predicate.
	const negatedCue = isNegated(tokens, cue);
	const negated = negatedCue || subject.some((w) => DENIED_SUBJECT.has(w));
	const action = classifyAction(tokens, cue.to, end, prose, base);
	// "may contain personal data", "could vary": a possibility about the world, not a permission or a plan.
	// Only a bare modal predicts ("the report will publish figures"); "is encouraged to publish", "intends to publish" ask
	// or promise whatever the verb.
	const predictive = (cue.level === Strength.Intent && !/\s/.test(cue.phrase.trim()) && isPredictive(tokens, cue, subject, parties, isSource))
		|| (cue.level === Strength.Possibility && STATIVE_VERBS.has(tokens[cue.to]?.lower ?? ''));
	const hasPartySubject = hasAny(subject, parties.agents) && !hasAny(subject, WRITER_WORDS);
	// A stated fact is a party's commitment only with a party as its subject ("the company is providing", not "local firms
	// are providing feedback"); other cues need only a subject that is not a known non-agent.
	const isAgentive = cue.level === Strength.Intent ? !predictive : cue.statedAsDone === true && subject.length > 0 ? hasPartySubject : hasPartySubject || !hasAny(subject, parties.nonAgents);
	// "… recognises the Union's expectation that the Framework will keep pace …, and will give serious consideration to
	// matching": the reported words end at the next clause.
	const hypothetical = hypotheticalFrom < cue.from && !(REPORTED_NOUNS.has(tokens[hypotheticalFrom]!.lower) && HYPOTHESIS_END_RE.test(prose.slice(tokens[hypotheticalFrom]!.end - base, tokens[cue.from]!.start - base)));
	// "agreed to aim for …", "has committed to explore …": what was agreed is to try, so the promise is exploratory.
	const next = tokens[cue.to]?.lower ?? '';
	const tries = (w: string): boolean => EXPLORATORY_ACTIONS.has(w) || TRYING_VERBS.has(w);
	// So is "commits the Government only to explore …": the act after its object's "only to".
	const toAt = tokens.slice(cue.to, cue.to + 6).findIndex((t, k, run) => t.lower === 'to' && ONLY_WORDS.has(run[k - 1]?.lower ?? ''));
	const afterTo = toAt <= 1 || tokens.slice(cue.to, cue.to + toAt).some((t) => !/^\p{L}/u.test(t.raw)) ? '' : tokens[cue.to + toAt + 1]?.lower ?? '';
	const agreedToTry = cue.level > Strength.Exploratory
		&& ((tries(next) && cue.phrase.split(' ').some((w) => COMMITMENT_MAKING.has(w))) || (tries(afterTo) && tokens.slice(cue.from, cue.to).some((t) => COMMITMENT_MAKING_STEMS.has(t.stem))));
	// "Its central aim is to hold …", "the goal is to reach …": an aim, whatever the copula.
	const aimIsTo = cue.level > Strength.Exploratory && /^(?:is|are) to$/.test(cue.phrase) && subject.some((w) => AIM_NOUNS.has(w));
	// "The Memorandum provides for exchanges of experts", "the agreement establishes a working group": the document
	// said to contain something is as firm as a plan, no firmer (it overstates a "may", not a "will endeavour").
	const documentContains = cue.level > Strength.Intent && cue.level < Strength.Legal && CONTAINING_VERBS.has(tokens[cue.from]!.lower)
		&& subject.some((w) => AGREEMENT_SUBJECTS.has(w) || DOCUMENT_NOUNS.has(w));
	// "must use reasonable endeavours to", "has to try to": a duty of effort, not of result (as "shall use reasonable
	// endeavours" is).
	const effortOnly = cue.level > Strength.Intent && promisesEffort(tokens, cue.to);
	// "once its governance is in place", "until the Fund is established": a state in a clause of time is the condition of
	// the sentence, not something it says is done.
	// The opener may stand further back than the subject's eight words ("until an Implementing Arrangement, including a
	// cross-waiver of liability, is in place").
	const temporal = cue.slot === 'none' && cue.statedAsDone !== true && cue.level >= Strength.Firm
		&& (subject.some((w) => TEMPORAL_OPENERS.has(w)) || temporalOpenerBefore(prose, base, tokens, cue.from, prevCueEnd));
	// "Only cattle may graze Sedge Ham", "may take place only between 16 July and 28 February": a source's permission
	// limited to one case is a restriction on every other, as firm as "shall not … except".
	const restricts = isSource && cue.level === Strength.Possibility && !negated && isRestriction(tokens, cue, subject);
	// "The National Centre … is expected to open by 30 June 2027 and to provide:": what the source itself expects is its
	// plan, as firm as a "will" in a briefing (in a briefing, "is expected to" forecasts what others may do).
	const plans = isSource && !negated && /^(?:is|are)\s+expected\s+to$/i.test(cue.phrase);
	const level = negated || predictive || hypothetical || temporal ? Strength.None : agreedToTry || aimIsTo ? Strength.Exploratory : documentContains || effortOnly || plans ? Strength.Intent : restricts ? Strength.Firm : cue.level;
	const refrains = negatedCue && !predictive && !hypothetical && cue.level >= Strength.Intent ? cue.level : undefined;
	let hedges = cue.level <= Strength.Possibility ? 1 : 0;
	for (let i = cue.from + 1; i < end; i++) {
		if (HEDGE_WORDS.has(tokens[i]!.lower)) {
			hedges++;
		}
	}
	const first = tokens[cue.from]!;
	const last = tokens[cue.to - 1]!;
	const opener = tokens[cue.from - 1 - subject.length]?.lower ?? '';
	// "… discuss with them how the principles might apply": a cue in an embedded question, whatever opens the subject.
	const isSubordinate = SUBORDINATORS.has(opener) || subject.some((w) => EMBEDDED_QUESTION_WORDS.has(w));
	const spanEnd = tokens[Math.max(cue.to, end) - 1]?.end ?? last.end;
	return {
		cueSpan: { start: first.start, end: last.end },
		// "'ll" of "we'll" is shown as the modal it stands for.
		cueText: /^['’]/.test(first.raw) ? `${first.lower}${prose.slice(first.end - base, last.end - base)}` : prose.slice(first.start - base, last.end - base),
		cuePhrase: cue.phrase,
		slot: cue.slot,
		level,
		action: action.kind,
		actionSpan: action.span,
		hedges,
		isAgentive,
		hasPartySubject,
		negated,
		...(refrains === undefined ? {} : { refrains }),
		isStatedAsDone: cue.statedAsDone === true,
		isSubordinate,
		span: { start: first.start, end: spanEnd },
		actionText: tokens.slice(cue.to, end).map((t) => t.lower).join(' '),
	};
}

/**
 * The index of the first word that makes what follows hypothetical or reported ("whether", "reports that"), or
 * `tokens.length`: a cue after it asserts nothing. Found once per sentence, not once per cue.
 */
function firstHypothetical(tokens: readonly Token[], parties: PartyWords): number {
	for (let i = 0; i < tokens.length; i++) {
		if (HYPOTHETICAL_MARKERS.has(tokens[i]!.lower) || isReported(tokens, i, parties) || isReportedQuestion(tokens, i)) {
			return i;
		}
	}
	return tokens.length;
}

/** A word that opens a clause of time ("until", "once") within fourteen words before the cue, with no stop between. */
function temporalOpenerBefore(prose: string, base: number, tokens: readonly Token[], cueFrom: number, floor: number): boolean {
	for (let i = cueFrom - 1; i >= Math.max(floor, cueFrom - TEMPORAL_REACH); i--) {
		const token = tokens[i]!;
		const after = tokens[i + 1]!;
		// Not across a stop or a new clause (", and the document commits …"); "once every five years" is how often.
		if (/[;:.!?]/.test(prose.slice(token.end - base, after.start - base)) || boundaryGapRe.test(prose.slice(token.end - base, after.start - base))
			|| (COORDINATORS.has(after.lower) && prose.slice(token.end - base, after.start - base).includes(','))) {
			return false;
		}
		if (TEMPORAL_OPENERS.has(token.lower) && !(token.lower === 'once' && /^(?:every|a|an|per|in|each|more)$/.test(after.lower))) {
			return true;
		}
	}
	return false;
}
const TEMPORAL_REACH = 14;

/** The words before a cue back to a clause boundary (at most eight), lower case. */
function subjectTokens(prose: string, base: number, tokens: readonly Token[], cueFrom: number, floor: number): string[] {
	const out: string[] = [];
	for (let i = cueFrom - 1; i >= floor && out.length < 8; i--) {
		const token = tokens[i]!;
		const after = tokens[i + 1]!;
		if (boundaryGapRe.test(prose.slice(token.end - base, after.start - base)) || CLAUSE_STARTERS.has(token.lower)) {
			break;
		}
		// ", and the Board has …": the conjunction after a comma starts this clause (the gap holds only the comma, so
		// the pattern above never sees the word).
		const before = tokens[i - 1];
		if (before !== undefined && COORDINATORS.has(token.lower) && prose.slice(before.end - base, token.start - base).includes(',')) {
			break;
		}
		out.push(token.lower);
	}
	return out;
}

/** "at no cost", "for no fee": the price of what is done, not a denial of it. */
const PRICE_PREPOSITIONS: ReadonlySet<string> = new Set(lexicon.grammar.pricePrepositions);

/** "no later than", "not less than": a comparison that sets a limit. */
const COMPARATIVE_RE = /^(?:later|sooner|earlier|more|less|fewer|longer|shorter|lower|higher|greater|smaller|larger)$/

function isNegated(tokens: readonly Token[], cue: CueMatch): boolean {
	// Not "shall meet not less than six times a year", "not later than 31 July": a limit, not a denial.
	for (let i = cue.from; i < Math.min(cue.to + 2, tokens.length); i++) {
		if ((NEGATORS.has(tokens[i]!.lower) || tokens[i]!.lower.endsWith("n't")) && !(i > cue.to && COMPARATIVE_RE.test(tokens[i + 1]?.lower ?? ''))) {
			return true;
		}
	}
	// "gives Halcyon Arc no preference", "creates no obligation": the object denied (not "no later than", nor "provide,
	// at no cost, …", a price).
	for (let i = cue.to + 2; i < Math.min(cue.to + 4, tokens.length); i++) {
		if ((tokens[i]!.lower === 'no' || tokens[i]!.lower === 'nothing') && !COMPARATIVE_RE.test(tokens[i + 1]?.lower ?? '') && !PRICE_PREPOSITIONS.has(tokens[i - 1]!.lower)) {
			return true;
		}
	}
	const prev = tokens[cue.from - 1]?.lower;
	return prev !== undefined && (NEGATORS.has(prev) || prev.endsWith("n't"));
}

/** A "will" about the world ("AI will be a powerful tool", "AI will transform…") is not a commitment. */
function isPredictive(tokens: readonly Token[], cue: CueMatch, subject: readonly string[], parties: PartyWords, isSource = false): boolean {
	let i = cue.to;
	while (i < tokens.length && CUE_ADVERBS.has(tokens[i]!.lower)) {
		i++;
	}
	const verb = tokens[i]?.lower ?? '';
	// "I will be running two briefings", "you will know": the writer's and the reader's own doings, whatever the verb.
	if (hasAny(subject, WRITER_WORDS)) {
		return true;
	}
	if (verb === 'be') {
		// "will be independently evaluated", "will be expanded": a passive of something someone does is a promise of it.
		let p = i + 1;
		while (p < tokens.length && (CUE_ADVERBS.has(tokens[p]!.lower) || /^\p{L}{3,}ly$/u.test(tokens[p]!.lower))) {
			p++;
		}
		const participle = tokens[p]?.lower ?? '';
		// "will be explored", "will be rolled out" (not "will be where …", "will be how …": a question word is no participle).
		if ((IMPLEMENTATION_ACTIONS.has(participle) || EXPLORATORY_ACTIONS.has(participle)) && !QUESTION_WORDS.has(participle)) {
			return false;
		}
		// "we will be working with …", "the Department will be publishing …": a party's doing in the progressive is its plan.
		if (/\p{L}{2,}ing$/u.test(participle) && hasAny(subject, parties.agents) && !hasAny(subject, parties.nonAgents)) {
			return false;
		}
		// Another verb's passive is a promise only of something that is not a thing of the world ("jobs will be created").
		// "will be limited to", "will be focused on": what it is, not something done.
		// A source's "should be submitted", "should be relieved after 12 hours" recommends what is done, at "should"'s rung (a
		// briefing's "should be preceded by" is the writer's own advice).
		const promising = PROMISING_MODALS.has(cue.phrase) || (isSource && cue.phrase === 'should');
		return !isParticiple(participle) || DESCRIPTIVE_PARTICIPLES.has(participle) || !promising || hasAny(subject, parties.nonAgents);
	}
	// "We will need front desk volunteers", "decisions will need a two-thirds majority": a need the writers foresee for
	// themselves, or a thing's, not a promise ("each side will need … boats fitted with …" is a party's duty, and a
	// source's "will need to obtain consent" its requirement).
	const needs = verb === 'need' && (subject.includes('we') || !hasAny(subject, parties.agents));
	if (COGNITION_VERBS.has(verb) || ((ADMINISTRATIVE_VERBS.has(verb) || needs) && !isSource)) {
		return true;
	}
	if (hasAny(subject, parties.agents)) {
		return false;
	}
	return hasAny(subject, parties.nonAgents) || PREDICTIVE_VERBS.has(verb);
}

/** "Only cattle may …", "may only use …", "may take place only between …": a permission to one case alone. */
function isRestriction(tokens: readonly Token[], cue: CueMatch, subject: readonly string[]): boolean {
	// "Only cattle may", "only the Lead Partner may": "only" opens a short subject (read back from the cue), not "not
	// only … but".
	const opens = subject.length <= 4 && subject[subject.length - 1] === 'only' && tokens[cue.from - subject.length - 1]?.lower !== 'not';
	if (opens || tokens[cue.to]?.lower === 'only') {
		return true;
	}
	// "only" within the next few words, before what it limits to ("only between", "only if", "only to").
	for (let i = cue.to + 1; i < Math.min(cue.to + 5, tokens.length); i++) {
		if (tokens[i]!.lower === 'only') {
			return ONLY_LIMITS.has(tokens[i + 1]?.lower ?? '');
		}
	}
	return false;
}
const ONLY_LIMITS: ReadonlySet<string> = new Set(lexicon.grammar.restrictionLimits);

/** After a cue, "endeavour to" / "try to" or "use (all) (its) reasonable endeavours": effort is promised, not a result. */
function promisesEffort(tokens: readonly Token[], at: number): boolean {
	let i = at;
	while (i < tokens.length && CUE_ADVERBS.has(tokens[i]!.lower)) {
		i++;
	}
	const verb = tokens[i]?.lower ?? '';
	// "only requires “reasonable endeavours” to …", "requires best efforts": the effort itself as what is required.
	return EFFORT_VERBS.has(verb) || (verb === 'use' && tokens.slice(i + 1, i + 5).some((t) => EFFORT_NOUNS.has(t.lower)))
		|| tokens.slice(i, i + 3).some((t) => EFFORT_NOUNS.has(t.lower));
}

const EFFORT_VERBS: ReadonlySet<string> = new Set(lexicon.grammar.effortVerbs);
const EFFORT_NOUNS: ReadonlySet<string> = new Set(lexicon.grammar.effortNouns);

function classifyAction(tokens: readonly Token[], from: number, to: number, prose: string, base: number): { kind: ActionKind; span?: Span } {
	for (let i = from; i < to; i++) {
		const token = tokens[i]!;
		// "will notify the other Authority …, stating its purpose and scope": past a comma the words are a side phrase,
		// not the action promised.
		if (i > from && /[,;:(]/.test(prose.slice(tokens[i - 1]!.end - base, token.start - base))) {
			break;
		}
		if (EXPLORATORY_ACTIONS.has(token.lower)) {
			return { kind: 'exploratory', span: { start: token.start, end: token.end } };
		}
		if (IMPLEMENTATION_ACTIONS.has(token.lower) && !isExploratoryObject(tokens, i)) {
			return { kind: 'implementation', span: { start: token.start, end: token.end } };
		}
	}
	return { kind: 'neutral' };
}

/** "set out", "use of" and "open to" are not implementation. */
function isExploratoryObject(tokens: readonly Token[], i: number): boolean {
	const word = tokens[i]!.lower;
	const next = tokens[i + 1]?.lower;
	return (word === 'set' && next === 'out') || (word === 'use' && next === 'of') || (word === 'open' && next === 'to');
}

function hasAny(words: readonly string[], set: ReadonlySet<string>): boolean {
	return words.some((w) => set.has(w));
}

const STATIVE_VERBS: ReadonlySet<string> = new Set(lexicon.grammar.statives);
const CONTAINING_VERBS: ReadonlySet<string> = new Set(lexicon.grammar.containing);
const AGREEMENT_SUBJECTS: ReadonlySet<string> = new Set([...partyLexicon.agreement, 'it']);
/** Other names of the document a briefing says "establishes" or "provides for" something ("the declaration establishes"). */
const DOCUMENT_NOUNS: ReadonlySet<string> = new Set(lexicon.grammar.documentNouns);

/** A regular past participle ("evaluated", "expanded", "published"): not "need", "red" or "bed". */
const PASSIVE_PARTICIPLE_RE = /^\p{L}{3,}(?:ed|en)$/u;
/** "will be paid", "will be held": passives whose participle does not end in -ed or -en. */
const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set(lexicon.grammar.irregularParticiples);
const isParticiple = (word: string): boolean => PASSIVE_PARTICIPLE_RE.test(word) || IRREGULAR_PARTICIPLES.has(word);
/** The modals that promise what a passive says will happen ("should be preceded by …" recommends it). */
const PROMISING_MODALS: ReadonlySet<string> = new Set(lexicon.grammar.promisingModals);
const DESCRIPTIVE_PARTICIPLES: ReadonlySet<string> = new Set(frameLexicon.copularContent.words);

/** A permission granted ("will be allowed to fish", "are entitled to apply"): not a hedge of a duty. */
export function isPermission(predicate: Predicate): boolean {
	return /\b(?:able|allowed|permitted|entitled)\s+to$/i.test(predicate.cueText);
}

/** A bare "will" cue (not "will seek to", a cue of its own): in a binding text, a statement of what happens. */
export function isPlainWill(predicate: Predicate): boolean {
	return predicate.level === Strength.Intent && predicate.cueText.toLowerCase() === 'will';
}
