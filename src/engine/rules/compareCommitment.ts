import { analyseCommitment, isPlainWill, type Predicate } from '../analysis/commitment';
import { isReportingWord, namesDocument } from '../analysis/frame';
import type { SourceModel, SourceSentence } from '../source';
import { isStopword, tokenize, tokensWithin } from '../text/tokens';
import { type Clause, type Span, Strength } from '../types';
import type { Alignment } from '../align/alignmentIndex';
import { clausesStating } from './contradictedDetail';
import { lowerText } from './novelTerms';
import lexicon from '../lexicon/commitment.json';
import { referencedClauses } from './wrongReference';
import { type AnalysedSentence, CITATION_THRESHOLD, CLOSE_CLAUSE, isDefinition, type RuleContext } from './rule';

/** A briefing predicate set against the source sentence it claims to report. */
export interface Comparison {
	readonly predicate: Predicate;
	readonly match: SourceSentence;
	readonly score: number;
	/** 'stronger': states more than the clause; 'weaker': hedges what the clause states. */
	readonly drift: 'stronger' | 'weaker' | 'same';
	/** Why it drifts: the modal rung, or the action (deploy vs. identify opportunities). */
	readonly reason: 'level' | 'action' | 'effort' | 'none';
	/** True when the predicate's own words found the clause (not the whole sentence's). */
	readonly isLocal: boolean;
}

/** The first words after a cue: the verb and its object, what the predicate promises. */
const OBJECT_WORDS = 5;
const NONE_CLAUSE_SCORE = 0.4;
const MODALS = new Set(['may', 'might', 'could', 'will', 'would', 'shall', 'must', 'can']);

/** Compares every agentive predicate of a sentence with its best-aligned source sentence. */
export function compareCommitments(context: RuleContext, analysed: AnalysedSentence): Comparison[] {
	if (analysed.claim.isQuestion || analysed.claim.isProhibition) {
		return [];
	}
	const out: Comparison[] = [];
	const binding = context.source.status === 'binding' || context.source.status === 'binding-with-non-binding-parts';
	// Against a binding text a plain "will" states what happens (the text's own "will" is read the same way); so it
	// does against a text that words its duties "shall", binding or not (a collective agreement "binding in honour").
	const firmWill = binding || isShallRegister(context.source);
	for (const [at, found] of analysed.claim.predicates.entries()) {
		if (found.refrains !== undefined && found.isAgentive) {
			const refrain = compareRefrain(context, analysed, found, binding);
			if (refrain) {
				out.push(refrain);
			}
			continue;
		}
		if (!found.isAgentive || found.negated || found.level === Strength.None || underModal(analysed, found, at) || beforeCue(analysed, found, at) || describesWho(analysed, found) || isPendingStep(analysed, found) || actsInQuote(analysed, found) || mentionsSourceWords(context, analysed, found) || isReaction(found)) {
			continue;
		}
		// "will use every reasonable effort to" keeps the effort: its "will" is no firm promise of the result.
		// Not a "will" that only explores ("will explore a paid apprenticeship") or helps ("will help to find venues"): it
		// promises that much, whatever the text's register.
		const promoted = firmWill && isPlainWill(found) && effortOf(found) === undefined && found.action !== 'exploratory' && !HELPING_RE.test(found.actionText);
		const predicate = promoted ? { ...found, level: Strength.Firm } : found;
		const aligned = alignPredicate(context, analysed, predicate);
		if (aligned === undefined || undertakesNothing(context, analysed, found, aligned.score)) {
			continue;
		}
		const conjunct = intendedResult(context, predicate, conjunctFor(analysed, predicate, aligned.match));
		const theirs = conjunct.commitment;
		const best = { ...aligned, match: !binding && firmWill && theirs.predicate !== undefined && isPlainWill(theirs.predicate) ? { ...conjunct, commitment: { ...theirs, level: Strength.Firm } } : conjunct };
		// A binding part's plain description ("To develop forecasting models …" in a schedule) is what is agreed: a firm
		// statement of it is not stronger.
		const agreed = binding && best.match.commitment.level === Strength.None && !context.source.nonBindingParts.has(best.match.clause);
		// A clause that describes the document itself ("the Charter will run until 31 December 2030", a subtitle) commits
		// no one and predicts nothing: a plain statement of it is not stronger.
		// Nor does a definition, whatever its "may" ('"Implementing Agency" means … or such other body as it may designate').
		// A clause that says it states a goal, reported as the document's content or as a goal ("the framework includes a
		// shared goal of a 40% cut"), is reported as it is.
		const asGoal = best.match.commitment.goal !== undefined && (DOCUMENT_CUE_RE.test(predicate.cueText) || GOAL_WORDS_RE.test(analysed.claimProse));
		const describes = asGoal || isDefinition(best.match.sentence.text) || (best.match.commitment.level === Strength.None && describesDocument(context, best.match));
		// Where the text binds no one, its "shall" register makes a plain "will" a duty only against the text's duties:
		// against its own "intend to" a plain "will" reports the intention ("the Partners intend to commission an
		// evaluation" as "an evaluation will be completed"), and against a line that commits no one (an action plan's row,
		// "| 3 | Second festival | Brackenford | June 2028 |", as "Brackenford will host in 2028") it reports the plan.
		// Nor, in a binding text, against a plain "will" of a part it declares not binding ("Escorts will ordinarily
		// consist of …" in a non-binding annex): a plain "will" there says what the part says.
		const inNonBindingPart = binding && context.source.nonBindingParts.has(best.match.clause) && best.match.commitment.predicate !== undefined && isPlainWill(best.match.commitment.predicate);
		const said = predicate !== found && ((!binding && (AIMED_RE.test(best.match.commitment.predicate?.cueText ?? '') || best.match.commitment.level === Strength.None)) || inNonBindingPart) ? found : predicate;
		const drifts = agreed || describes ? { drift: 'same', reason: 'none' } as const : drift(said, best.match, best.score, modalsDeclaredIntent(context.source));
		// "Where possible, reusable items will go to our reuse partner" for "shall use reasonable endeavours to": the
		// sentence's own proviso keeps the effort.
		out.push({ predicate: said, ...best, ...((drifts.reason === 'effort' || (drifts.reason === 'level' && clauseEffort(best.match) !== undefined)) && AS_FAR_AS_POSSIBLE_RE.test(analysed.claimProse) ? { drift: 'same', reason: 'none' } as const : drifts) });
	}
	return out;
}

/** "…, which will be welcomed by many residents", "will be criticised": a reaction foretold, which no one undertakes. */
function isReaction(predicate: Predicate): boolean {
	const verb = tokenize(predicate.actionText).find((t) => t.lower !== 'be' && t.lower !== 'been');
	return verb !== undefined && isReportingWord(verb.lower);
}

/**
 * "legally bound to achieve the contribution" for "shall prepare … contributions that it intends to achieve": the
 * sentence's verb is the one the clause only intends, in a side clause under a firmer duty. Compared with that cue.
 */
function intendedResult(context: RuleContext, predicate: Predicate, match: SourceSentence): SourceSentence {
	const main = match.commitment.predicate;
	const verb = tokenize(predicate.actionText).find((t) => !isStopword(t.lower));
	if (main === undefined || verb === undefined || tokenize(main.actionText).some((t) => t.stem === verb.stem)) {
		return match;
	}
	let found = sidePredicates.get(match);
	if (found === undefined) {
		found = analyseCommitment(match.sentence.text, match.sentence.span.start, context.source.parties).predicates.filter((p) => p.isSubordinate && !p.negated);
		sidePredicates.set(match, found);
	}
	// An aim's cue only ("intends to", "aims to"): "would", "will" in a side clause say what happens, not what is meant.
	const side = found.find((p) => p.level > Strength.None && p.level < match.commitment.level && AIMED_RE.test(p.cueText) && tokenize(p.actionText).find((t) => !isStopword(t.lower))?.stem === verb.stem);
	return side === undefined ? match : { ...match, commitment: { level: side.level, predicate: side } };
}
const sidePredicates = new WeakMap<SourceSentence, readonly Predicate[]>();

/**
 * "Researchers who want to publish must give …", "any force that wants to leave", "the fields in which both governments
 * want to see cooperation": a wish in a relative clause says who or what is meant, not what anyone undertakes.
 */
function describesWho(analysed: AnalysedSentence, found: Predicate): boolean {
	if (!WISH_CUE_RE.test(found.cueText)) {
		return false;
	}
	const before = analysed.claimProse.slice(Math.max(0, found.cueSpan.start - analysed.sentence.span.start - 40), found.cueSpan.start - analysed.sentence.span.start);
	return RELATIVE_BEFORE_RE.test(before);
}
const WISH_CUE_RE = /^(?:wants?|wish(?:es)?|chooses?|decides?)\s+to$/i;
/** A relative pronoun, then up to three words without a comma, right before the cue. */
const RELATIVE_BEFORE_RE = /\b(?:who|that|which|whom)\s+(?:[^\s,;:]+\s+){0,3}$/i;

/**
 * "the full agreement still has to go back to Cabinet", "has yet to be approved": a step still to come in a process,
 * said of where things stand, not an undertaking by anyone.
 */
function isPendingStep(analysed: AnalysedSentence, found: Predicate): boolean {
	const at = found.cueSpan.start - analysed.sentence.span.start;
	return PENDING_CUE_RE.test(found.cueText) && STILL_BEFORE_RE.test(analysed.claimProse.slice(Math.max(0, at - 12), at));
}
/**
 * "aid will “not be linked to the number of returns”", "the council will “consider” it": a plain modal whose words are
 * quoted goes on in the source's own words (the misquote rule reads them); alone, its action blanked, it is compared
 * with nothing. "has agreed to “offer …”" still says how firmly the quoted act is promised.
 */
/**
 * "wherever a party “will seek to” or “intends” to do something": a cue inside quotation marks that are the source's own
 * words names them; it states nothing stronger than they do.
 */
function mentionsSourceWords(context: RuleContext, analysed: AnalysedSentence, found: Predicate): boolean {
	const quote = analysed.quotes.find(({ quote: q }) => q.content.start <= found.cueSpan.start && found.cueSpan.start < q.content.end);
	if (quote === undefined) {
		return false;
	}
	const words = context.text.slice(quote.quote.content.start, quote.quote.content.end).toLowerCase().replace(/’/g, "'").trim();
	return words.length > 0 && lowerText(context.source).includes(words);
}

function actsInQuote(analysed: AnalysedSentence, found: Predicate): boolean {
	return PLAIN_MODAL_RE.test(found.cueText) && QUOTE_AFTER_RE.test(analysed.sentence.text.slice(found.cueSpan.end - analysed.sentence.span.start));
}
const PLAIN_MODAL_RE = /^(?:will|would|shall)$/i;
const QUOTE_AFTER_RE = /^\s*["“‘]/u;
/**
 * A cue that undertakes nothing whatever it aligns with: a wish to find something out ("The Chair wants to test what it
 * will deliver"). Loosely near a clause, nor does advice to someone the agreement does not bind ("The Environment Agency
 * should assess the whole catchment first") or what the document contains ("The deal includes safeguards that …").
 */
function undertakesNothing(context: RuleContext, analysed: AnalysedSentence, found: Predicate, score: number): boolean {
	if (WISH_CUE_RE.test(found.cueText) && INQUIRY_RE.test(found.actionText)) {
		return true;
	}
	return score < CLOSE_CLAUSE && ((ADVICE_CUE_RE.test(found.cueText) && !found.hasPartySubject) || documentContains(context, analysed, found));
}
/** "The deal includes …", "the declaration contains …": a listing verb whose subject, right before it, is the document. */
function documentContains(context: RuleContext, analysed: AnalysedSentence, found: Predicate): boolean {
	if (!CONTAINS_CUE_RE.test(found.cueText)) {
		return false;
	}
	const before = analysed.claim.tokens.filter((t) => t.end <= found.cueSpan.start).slice(-2);
	return before.length === 2 && /^(?:the|this|its|our)$/.test(before[0]!.lower) && namesDocument(before[1]!.lower, context.source.frameWords.names);
}
const CONTAINS_CUE_RE = /^(?:includes?|contains?|covers?)$/i;
const INQUIRY_RE = /^(?:test|know|see|understand|find\s+out|ask|examine|probe|hear|learn|check|question|scrutinise|scrutinize)\b/i;
const ADVICE_CUE_RE = /^(?:should|ought\s+to)$/i;
const PENDING_CUE_RE = /^(?:has|have|had|needs?|needed)\s+to$/i;
const STILL_BEFORE_RE = /\bstill\s+$/i;

/** "will use reasonable endeavours to": a bare modal right before a cue of its own is that cue's, not a second promise. */
function beforeCue(analysed: AnalysedSentence, found: Predicate, at: number): boolean {
	const next = analysed.claim.predicates[at + 1];
	return next !== undefined && /^(?:will|shall|must|would|should)$/i.test(found.cueText) && next.cueSpan.start > found.cueSpan.end
		&& /^\s+(?:\p{Ll}+\s+)?$/u.test(analysed.claimProse.slice(found.cueSpan.end - analysed.sentence.span.start, next.cueSpan.start - analysed.sentence.span.start));
}

/** "which could in time require changes": a cue right after a "could" or "may" is under that hedge. */
function underModal(analysed: AnalysedSentence, found: Predicate, at: number): boolean {
	// "what we can commit to", "it could undertake to": a weak modal right before the cue.
	const before = analysed.claimProse.slice(Math.max(0, found.cueSpan.start - analysed.sentence.span.start - 12), found.cueSpan.start - analysed.sentence.span.start);
	if (WEAK_MODAL_BEFORE_RE.test(before)) {
		return true;
	}
	// The predicates are in the sentence's order: only the one before can be right before this one.
	const p = analysed.claim.predicates[at - 1];
	return p !== undefined && p.level === Strength.Possibility && p.slot === 'base' && p.cueSpan.end <= found.cueSpan.start
		&& found.cueSpan.start - p.cueSpan.end <= 12 && /^\s+(?:\p{Ll}+\s+){0,2}$/u.test(analysed.claimProse.slice(p.cueSpan.end - analysed.sentence.span.start, found.cueSpan.start - analysed.sentence.span.start));
}

const WEAK_MODAL_BEFORE_RE = /\b(?:can|could|may|might)\s+$/i;

const registers = new WeakMap<SourceModel, boolean>();

/**
 * "The use in this Statement of words such as "will" and "shall" describes the intentions of the Participants and does not
 * give rise to any … obligation"; "the use of the word "shall" … reflects … their political commitment and not a legal
 * obligation": the text says its own modal words oblige no one.
 */
const QUOTED_MODAL_RE = /["“‘']\s*(?:will|shall|must)\s*["”’']/iu;
const NO_DUTY_RE = /\b(?:(?:do|does|is|are)\s+not\s+(?:intended\s+to\s+)?(?:create|signify|impose|give\s+rise|denote|constitute)|not\s+(?:to\s+)?(?:impose|create)\s+(?:any\s+)?legal|not\s+a\s+legal\s+(?:obligation|duty))/iu;
const disclaimed = new WeakMap<SourceModel, boolean>();

/** True when the source says its "will" and "shall" state intentions, not obligations in one sentence that quotes them. */
function modalsDeclaredIntent(source: SourceModel): boolean {
	let found = disclaimed.get(source);
	if (found === undefined) {
		found = source.sentences.some((x) => QUOTED_MODAL_RE.test(x.sentence.text) && NO_DUTY_RE.test(x.sentence.text));
		disclaimed.set(source, found);
	}
	return found;
}

/** The source words its duties "shall" (at least five, and twice as often as "will"): a plain "will" reports one. */
function isShallRegister(source: SourceModel): boolean {
	let shall = registers.get(source);
	if (shall === undefined) {
		const cues = source.sentences.map((s) => s.commitment.predicate?.cueText.toLowerCase() ?? '');
		const shalls = cues.filter((c) => c === 'shall').length;
		shall = shalls >= 5 && shalls >= 2 * cues.filter((c) => c === 'will').length;
		registers.set(source, shall);
	}
	return shall;
}

/**
 * The source sentence as the duty a predicate reports: of a sentence with several ("shall accept applications …, and
 * use its best endeavours to introduce an online facility"), the one whose words the predicate's object shares most.
 */
function conjunctFor(analysed: AnalysedSentence, predicate: Predicate, match: SourceSentence): SourceSentence {
	const conjuncts = match.commitment.conjuncts;
	const main = match.commitment.predicate;
	if (conjuncts === undefined || conjuncts.length === 0) {
		return match;
	}
	// The predicate's own words: up to the sentence's next cue ("must nominate an officer and use reasonable endeavours
	// to …" is two duties).
	const next = Math.min(predicate.span.end, nextCueStart(analysed.claim.predicates, predicate.cueSpan.start));
	const object = new Set(tokensWithin(analysed.claim.tokens, predicate.cueSpan.end, next).filter((t) => !isStopword(t.lower)).map((t) => t.stem));
	const overlap = (p: Predicate | undefined): number => p === undefined ? 0 : tokenize(p.actionText).filter((t) => !isStopword(t.lower) && object.has(t.stem)).length;
	const ownWords = overlap(main);
	// A sentence that keeps the conjunct's own hedge ("must nominate an officer and use reasonable endeavours to …")
	// reports it faithfully under its first verb.
	const said = saidStems(analysed);
	const keepsCue = (p: Predicate): boolean => tokenize(p.cueText).filter((t) => !isStopword(t.lower) && !MODALS.has(t.lower)).every((t) => said.has(t.stem));
	const better = conjuncts.map((c) => ({ c, n: overlap(c.predicate) })).filter((x) => x.n > ownWords && x.n >= 2 && !keepsCue(x.c.predicate)).sort((a, b) => b.n - a.n)[0];
	// Or a figure only the weaker duty gives ("at least 25 per cent … must be placed with Local Suppliers, rising to 35
	// per cent by the 2028 Edition" where the clause "shall ensure … 25 per cent … and shall use reasonable endeavours to
	// increase that proportion to 35 per cent"): the sentence states that duty too, as firmly as the first.
	// The figures of the predicate's own clause: up to a clause of its own (", and we're aiming to finish by July 2026").
	const base = analysed.sentence.span.start;
	const ownEnd = predicate.cueSpan.end + (/,\s+(?:and|but|while|whereas)\b|;|\s+but\s/i.exec(analysed.claimProse.slice(predicate.cueSpan.end - base, next - base))?.index ?? next - predicate.cueSpan.end);
	// Not a year: "in autumn 2027" names when, not what is promised.
	const figures = tokensWithin(analysed.claim.tokens, predicate.cueSpan.end, ownEnd).filter((t) => /^\d/.test(t.raw) && !/^(?:19|20)\d\d$/.test(t.raw)).map((t) => t.stem);
	const byFigure = better === undefined && figures.length > 0
		? conjuncts.find((c) => c.level < match.commitment.level && !keepsCue(c.predicate) && figures.some((f) => hasFigure(c.predicate.actionText, f) && !hasFigure(main?.actionText ?? '', f)))
		: undefined;
	// Or the weaker duty's own verb, which the first duty does not use ("have pledged to pay the Real Living Wage … and to
	// extend it to contracted staff" for "shall each pay … and will seek to extend this to contracted staff").
	// Only as a verb of the predicate's own clause, after "to" or "and".
	const chosen = better?.c ?? byFigure ?? byOwnVerb(analysed, predicate, ownEnd, main, match.commitment.level, conjuncts.filter((c) => !keepsCue(c.predicate)));
	return chosen === undefined ? match : { ...match, commitment: { level: chosen.level, predicate: chosen.predicate } };
}

/** Of `conjuncts`, the weaker duty whose verb the predicate's own clause uses after "to" or "and" and `main` does not. */
function byOwnVerb(analysed: AnalysedSentence, predicate: Predicate, ownEnd: number, main: Predicate | undefined, level: Strength, conjuncts: readonly { readonly level: Strength; readonly predicate: Predicate }[]): { readonly level: Strength; readonly predicate: Predicate } | undefined {
	const weaker = conjuncts.filter((c) => c.level < level);
	if (weaker.length === 0) {
		return undefined;
	}
	const words = tokensWithin(analysed.claim.tokens, predicate.cueSpan.end, ownEnd);
	// Not a verb the sentence hedges as the clause does ("…, aiming to recruit half locally" for "shall use reasonable
	// endeavours to recruit at least half"): that duty is reported at its own rung.
	const verbs = new Set(words.filter((_t, k) => k > 0 && /^(?:to|and)$/.test(words[k - 1]!.lower) && !(words[k - 1]!.lower === 'to' && (AIMED_RE.test(words[k - 2]?.lower ?? '') || TRYING_RE.test(words[k - 2]?.lower ?? '')))).map((t) => t.stem));
	const mainStems = new Set(tokenize(main?.actionText ?? '').map((t) => t.stem));
	return weaker.find((c) => {
		const verb = tokenize(c.predicate.actionText).find((t) => !isStopword(t.lower) && t.lower.length > 2);
		return verb !== undefined && verbs.has(verb.stem) && !mainStems.has(verb.stem);
	});
}

/** The number `figure` ("35") standing whole in `text`. */
function hasFigure(text: string, figure: string): boolean {
	return new RegExp(`(?<![\\d.,])${figure.replace(/[.,]/g, '\\$&')}(?![\\d]|[.,]\\d)`).test(text);
}

/**
 * A promise not to act against what the clause says about not acting: "has committed not to use the data" (firm)
 * for "does not intend to use" (an intention) is stronger. Only against a clause that itself says not (a sentence
 * that denies what the clause never mentions is another rule's).
 */
function compareRefrain(context: RuleContext, analysed: AnalysedSentence, found: Predicate, binding: boolean): Comparison | undefined {
	// Aligning a predicate costs a query: only where a clause the sentence is close to promises not to act.
	if (!analysed.alignments.slice(0, 2).some((a) => a.score >= CITATION_THRESHOLD && context.sourceSentence(a).refrain !== undefined)) {
		return undefined;
	}
	const aligned = alignPredicate(context, analysed, found);
	if (aligned === undefined) {
		return undefined;
	}
	const theirs = refrainsOf(aligned.match);
	if (theirs === undefined) {
		return undefined;
	}
	const rung = (p: Predicate): Strength => {
		const level = p.refrains ?? Strength.None;
		return !binding ? level : level === Strength.Firm && /^(?:shall|must)$/i.test(p.cueText) ? Strength.Legal : level === Strength.Intent && /^will$/i.test(p.cueText) ? Strength.Firm : level;
	};
	const ours = rung(found);
	const level = rung(theirs.predicate);
	if (ours <= level) {
		return undefined;
	}
	return {
		predicate: { ...found, level: ours },
		match: { ...aligned.match, commitment: { level, predicate: { ...theirs.predicate, cueText: theirs.wording } } },
		score: aligned.score,
		drift: 'stronger',
		reason: 'level',
		isLocal: aligned.isLocal,
	};
}

/** The source sentence's own promise not to act ("does not intend to"), worded from its negation on. */
function refrainsOf(match: SourceSentence): { predicate: Predicate; wording: string } | undefined {
	const predicate = match.refrain;
	if (predicate === undefined) {
		return undefined;
	}
	const at = predicate.cueSpan.start - match.sentence.span.start;
	const before = /(?:\b(?:does|do|did|will|shall|must|is|are)\s+)?(?:not|never)\s+$/i.exec(match.sentence.text.slice(Math.max(0, at - 20), at));
	return { predicate, wording: `${before?.[0] ?? ''}${predicate.cueText}` };
}

/** An unnumbered line before the clauses (a title, a subtitle), or a sentence whose subject is the document itself. */
function describesDocument(context: RuleContext, match: SourceSentence): boolean {
	// A definitions clause ("'Eligible Researcher' means a researcher whose project is funded …") states what words mean:
	// "your project must be funded …" restates its condition, not a duty.
	if (match.clause.kind === 'paragraph' || /^preamble\b/.test(match.clause.id) || /\bdefinitions?\b|\binterpretation\b/i.test(match.clause.title)) {
		return true;
	}
	// "Unless extended …, the Charter will run until …", "This Memorandum takes effect on signature": the subject, after
	// any opening phrase, is the document.
	const words = match.tokens.slice(0, 16).map((t) => t.lower);
	const at = words.findIndex((w, i) => (w === 'this' || w === 'the') && namesDocument(words[i + 1] ?? '', context.source.frameWords.names));
	return at !== -1 && (at === 0 || match.sentence.text.slice(0, match.tokens[at]!.start - match.sentence.span.start).includes(','));
}

/** Where the first cue after `at` starts (predicates are in text order): a binary search, not a scan per predicate. */
function nextCueStart(predicates: readonly Predicate[], at: number): number {
	let lo = 0;
	let hi = predicates.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (predicates[mid]!.cueSpan.start <= at) {
			lo = mid + 1;
		} else {
			hi = mid;
		}
	}
	return predicates[lo]?.cueSpan.start ?? Number.POSITIVE_INFINITY;
}

/** A sentence's word stems, once per sentence. */
function saidStems(analysed: AnalysedSentence): ReadonlySet<string> {
	let found = stems.get(analysed);
	if (found === undefined) {
		found = new Set(analysed.claim.tokens.map((t) => t.stem));
		stems.set(analysed, found);
	}
	return found;
}
const stems = new WeakMap<AnalysedSentence, ReadonlySet<string>>();

/** The source sentence a predicate reports: the predicate's own alignment if strong, else the sentence's. */
function alignPredicate(context: RuleContext, analysed: AnalysedSentence, predicate: Predicate): { match: SourceSentence; score: number; isLocal: boolean } | undefined {
	const { sentence } = analysed;
	const from = ownClauseStart(analysed, Math.max(sentence.span.start, predicate.span.start - 60), predicate.span.start);
	const tokens = tokensWithin(analysed.claim.tokens, from, predicate.span.end);
	const object = tokens.filter((t) => t.start >= predicate.cueSpan.end).slice(0, OBJECT_WORDS);
	const locals = context.align(tokens, object);
	const local = locals[0];
	const whole = analysed.alignments[0];
	// With several predicates the sentence's best clause may belong to another one ("… uses in public
	// services, as well as the possibility of … AI Growth Zones"): only borrow it when this one agrees.
	const isShared = analysed.claim.predicates.length > 1 && local !== undefined && whole !== undefined
		&& context.sourceSentence(local).clause !== context.sourceSentence(whole).clause;
	const isLocal = local !== undefined && local.score >= CITATION_THRESHOLD + 0.05;
	let pick = isLocal ? local : isShared ? undefined : whole;
	if (pick !== undefined && /\d/.test(analysed.claimProse)) {
		// The predicate's own words, up to the next cue (its span may stop short of a closing "by the end of 2030").
		const base = analysed.sentence.span.start;
		const own = analysed.claimProse.slice(from - base, Math.min(sentence.span.end, nextCueStart(analysed.claim.predicates, predicate.cueSpan.start)) - base);
		const candidates = [...locals, ...analysed.alignments];
		pick = byOwnFigures(context, own, pick, candidates) ?? pick;
		pick = byOwnReference(context, own.slice(0, ownClauseEnd(own, predicate.cueSpan.end - from)), pick, candidates) ?? pick;
	}
	if (pick === undefined || pick.score < CITATION_THRESHOLD) {
		return undefined;
	}
	return { match: context.sourceSentence(pick), score: pick.score, isLocal };
}

/**
 * Two or more of the predicate's figures that a clause states, and the clause its words found does not, say which
 * provision it reports ("committed to reducing … by 40% by the end of 2030" is the schedule's target, not the purpose
 * "reduce the number of people killed or seriously injured" its verb shares more words with). A clause counts with its
 * lettered items ("(a) the United Kingdom intends to contribute £3 million; (b) …").
 */
function byOwnFigures(context: RuleContext, own: string, pick: Alignment, candidates: readonly Alignment[]): Alignment | undefined {
	const stating = clausesStating(context.source, own);
	const familyOf = (clause: Clause): string => clause.id.replace(/\([^()]*\)$/, '');
	const byFamily = new Map<string, number>();
	for (const s of stating) {
		byFamily.set(familyOf(s.clause), (byFamily.get(familyOf(s.clause)) ?? 0) + s.figures);
	}
	const figures = (a: Alignment): number => byFamily.get(familyOf(context.sourceSentence(a).clause)) ?? 0;
	if (figures(pick) > 0) {
		return undefined;
	}
	const byFigures = candidates.find((a) => a.score >= CITATION_THRESHOLD && figures(a) >= 2);
	if (byFigures !== undefined || pick.score >= CITATION_THRESHOLD) {
		return byFigures;
	}
	// Words too far from any clause to align ("The UK will put in £3m and Kestavia £1.5m"): the first clause of the
	// family that states them.
	const family = [...byFamily].find(([, n]) => n >= 2)?.[0];
	const stated = family === undefined ? undefined : stating.find((s) => familyOf(s.clause) === family)?.clause;
	const doc = stated === undefined ? -1 : context.source.sentences.findIndex((x) => x.clause === stated);
	return doc >= 0 ? { doc, score: CITATION_THRESHOLD } : undefined;
}

/**
 * A clause the predicate's own words name by number ("must meet within a year of entry into force (Art. 16(3))") is
 * the one it reports, when its words are nearly as close to it as to the one they found.
 */
function byOwnReference(context: RuleContext, own: string, pick: Alignment, candidates: readonly Alignment[]): Alignment | undefined {
	const named = referencedClauses(context, own);
	if (named.length === 0 || named.includes(context.sourceSentence(pick).clause)) {
		return undefined;
	}
	const within = candidates.find((a) => named.includes(context.sourceSentence(a).clause));
	return within !== undefined && pick.score < within.score * 2 + 0.1 ? { doc: within.doc, score: Math.max(within.score, CITATION_THRESHOLD) } : undefined;
}

/** Where the predicate's clause ends in its own words: "…, and a biennial Dialogue is planned (Art. 14(2))" is another's. */
function ownClauseEnd(own: string, cueEnd: number): number {
	const cut = own.slice(cueEnd).search(CLAUSE_BREAK_ONCE_RE);
	return cut < 0 ? own.length : cueEnd + cut;
}

/**
 * Where a predicate's own words start, at or after `from`: past the last clause break before it ("the week falls to 37
 * hours, and the Board has signed up to 36.5 hours": the second promise's words are "the Board has signed up to …").
 */
function ownClauseStart(analysed: AnalysedSentence, from: number, at: number): number {
	const base = analysed.sentence.span.start;
	const before = analysed.claimProse.slice(from - base, at - base);
	let end = -1;
	for (const m of before.matchAll(CLAUSE_BREAK_RE)) {
		end = m.index + m[0].length;
	}
	return end < 0 ? from : from + end;
}
const CLAUSE_BREAK_RE = /[;:]\s+|,\s+(?:and|but|while|whereas)\s+/g;
const CLAUSE_BREAK_ONCE_RE = new RegExp(CLAUSE_BREAK_RE.source);

/** "The Delegations agreed a TAC of …", "the Parties have decided the following quotas": a decision recorded (not "agreed to"). */
/** "must", "has to", "have to", "needs to": what must happen, said of an arrangement. */
const MUST_RE = /^(?:must|ha(?:s|ve)\s+to|needs?\s+to)$/i;

/** "Copies are to be placed in the libraries": what the arrangement has happen, as its plain "will" does. */
const ARRANGED_RE = /^(?:is|are)\s+to$/i;

const RECORDS_DECISION_RE = /\b(?<!\bnot\s)(?:agreed|decided|adopted|approved|fixed|allocated|established)\b(?!\s+(?:to|that|whether|on\s+whether)\b)/i;

/**
 * "Both cities have committed to net zero" for "The Partner Cities recognise their commitments to net zero …": a clause
 * that names the parties' commitments (or pledges, or undertakings) by the word of the sentence's cue records them; a
 * firm account of them is not stronger.
 */
function recordsCommitment(predicate: Predicate, match: SourceSentence): boolean {
	const cue = tokenize(predicate.cueText).map((t) => t.stem).filter((stem) => COMMITMENT_STEMS.has(stem));
	return cue.length > 0 && match.tokens.some((t) => cue.includes(t.stem) && /s$/i.test(t.lower) && t.lower !== t.stem);
}
const COMMITMENT_STEMS: ReadonlySet<string> = new Set(tokenize(lexicon.recordedCommitments.words.join(' ')).map((t) => t.stem));

function drift(predicate: Predicate, match: SourceSentence, score: number, modalsIntent = false): Pick<Comparison, 'drift' | 'reason'> {
	const clause = match.commitment;
	if (clause.level === Strength.None) {
		// A clause that records a decision ("they agreed a TAC of 24,600 tonnes") is what was settled: a firm account of
		// it is not stronger.
		if (RECORDS_DECISION_RE.test(match.sentence.text) || recordsCommitment(predicate, match)) {
			return { drift: 'same', reason: 'none' };
		}
		// A clause that commits no one (a prediction, the status paragraph) is overstated only by a firm
		// claim that clearly reports it; a loose match to it is more often a claim no clause makes.
		// What the document "includes" or "sets out" a clause that commits no one describes too ("The agreement includes
		// a schedule of legacy ambitions that are not legally binding").
		const isReport = predicate.level >= Strength.Firm && score >= NONE_CLAUSE_SCORE && match.clause.kind !== 'status' && !DOCUMENT_CUE_RE.test(predicate.cueText);
		return isReport ? { drift: 'stronger', reason: 'level' } : { drift: 'same', reason: 'none' };
	}
	// "The Steering Group must hold its first meeting within 60 days" for "will" in a text that binds no one: an
	// arrangement's plain "will" read as what must happen there, not a legal duty claimed ("legally required" still is).
	// Unless the text says its "will" and "shall" state intentions only: then "must" claims the duty it disclaims.
	if (!modalsIntent && predicate.level === Strength.Firm && MUST_RE.test(predicate.cueText) && clause.predicate !== undefined && (isPlainWill(clause.predicate) || ARRANGED_RE.test(clause.predicate.cueText))) {
		return { drift: 'same', reason: 'none' };
	}
	// "It will look at whether dog units should join" for "The Parties intend to explore … whether dog support units
	// could be brought within the Unit": both promise only to look into it; a plain "will" says no more than the intent.
	const bothExplore = predicate.action === 'exploratory' && clause.predicate?.action === 'exploratory' && predicate.cueText.toLowerCase() === 'will' && clause.level >= Strength.Intent;
	// "Decisions should arrive by 31 January" for "will aim to notify … by 31 January": a writer's "should" expects what
	// the clause aims at, the rung of an aim ("shall" > "should" / "aim" > "may").
	const expectsAim = /^should$/i.test(predicate.cueText) && AIMED_RE.test(clause.predicate?.cueText ?? '');
	// "will try to give at least half" for "will seek to allocate at least half": both promise the effort, in other words.
	const bothTry = TRYING_RE.test(predicate.cueText) && TRYING_RE.test(clause.predicate?.cueText ?? '');
	if (predicate.level > clause.level && !conditionOfPermission(predicate, match) && !bothExplore && !expectsAim && !bothTry) {
		return { drift: 'stronger', reason: 'level' };
	}
	const clauseAction = clause.predicate?.action;
	// "have agreed to raise the age limit" for "shall consider whether the age limit should be raised": an outcome
	// firmly promised where the clause promises only to consider or explore it.
	const weighsWhether = /^(?:\S+\s+){0,3}whether\b/i.test(clause.predicate?.actionText ?? '');
	// A sentence that keeps the clause's hedge of effort ("use its best efforts to deliver") promises no more than it.
	const keepsEffort = TRYING_RE.test(predicate.cueText);
	// So is a plan to do what the clause only explores doing ("We plan to turn the festival into a year-round programme"
	// for "intend to explore developing the Festival into a year-round programme").
	const exploresDoing = /^(?:explore|explores|consider|considers|examine|examines|investigate|investigates|assess|assesses|study|studies|look\s+(?:at|into))\s+(?:the\s+(?:feasibility|possibility|potential|case)\s+(?:of|for)\s+)?\p{L}{3,}ing\b/iu.test(clause.predicate?.actionText ?? '');
	if (clauseAction === 'exploratory' && !keepsEffort && ((predicate.level >= Strength.Intent && predicate.action === 'implementation') || (predicate.action === 'neutral' && ((weighsWhether && predicate.level >= Strength.Firm) || (exploresDoing && predicate.level >= Strength.Intent))))) {
		return { drift: 'stronger', reason: 'action' };
	}
	if (predicate.level <= Strength.Possibility && clause.level >= Strength.Intent) {
		return { drift: 'weaker', reason: 'level' };
	}
	// "Each regulator will tip off the other" for "will use reasonable efforts to notify": the result stated where the
	// clause promises only the effort towards it, whatever the text's status (a binding text's "shall use reasonable
	// endeavours" is already a rung below its "shall").
	// Only of a clause the sentence plainly reports: a loose match is more often the writer's own "will be measured".
	// What the document "provides for" it does provide for, with the effort it names.
	// A sentence that promises to help towards it ("will help researchers reach the archives" for "will use its best
	// endeavours to facilitate access") promises effort too, not the result.
	if (predicate.level >= Strength.Intent && score >= CLOSE_CLAUSE && clauseEffort(match) !== undefined && !keepsEffort && !HELPING_RE.test(predicate.actionText) && effortOf(predicate) === undefined
		&& !AIMED_RE.test(predicate.cueText) && !DOCUMENT_CUE_RE.test(predicate.cueText) && predicate.action !== 'exploratory') {
		return { drift: 'stronger', reason: 'effort' };
	}
	return { drift: 'same', reason: 'none' };
}

/**
 * "A force must give 12 months' notice to withdraw" for "Any Party may withdraw … by giving not less than 12 months'
 * written notice": what the sentence says must be done is the condition of the clause's permission ("by giving",
 * "on paying", "upon serving"), not a stronger promise.
 */
function conditionOfPermission(predicate: Predicate, match: SourceSentence): boolean {
	if (match.commitment.level !== Strength.Possibility) {
		return false;
	}
	const verb = /^\p{L}+/u.exec(predicate.actionText)?.[0].toLowerCase();
	if (verb === undefined || verb.length < 3) {
		return false;
	}
	const gerund = /[^e]e$/.test(verb) ? `${verb.slice(0, -1)}ing` : `${verb}ing`;
	return [...match.sentence.text.matchAll(CONDITION_GERUND_RE)].some((m) => m[1]!.toLowerCase() === gerund);
}
/** "by giving", "on paying", "upon serving": the act a permission is conditional on. */
const CONDITION_GERUND_RE = /\b(?:by|on|upon|after)\s+(\p{L}+ing)\b/giu;

/** The hedge of effort a clause's governing cue opens with ("will use reasonable efforts to notify"), if any. */
export function clauseEffort(match: SourceSentence): string | undefined {
	const cue = match.commitment.predicate?.cueText;
	if (cue === undefined) {
		return undefined;
	}
	// An item under a lead-in ("(a) the cost of one attempt …" under "DHSC will use reasonable endeavours to ensure that
	// Participating Employers meet:") has the lead-in's effort.
	const own = match.sentence.text;
	const text = own.toLowerCase().includes(cue.toLowerCase()) ? own : match.commitment.leadIn ?? own;
	const at = text.toLowerCase().indexOf(cue.toLowerCase());
	const m = at < 0 ? null : EFFORT_RE.exec(`${cue} ${text.slice(at + cue.length).trimStart()}`);
	return m === null ? undefined : m[1]!.replace(/\s+/g, ' ');
}

/** The hedge of effort a predicate opens with ("use reasonable endeavours to"), if any. */
export function effortOf(predicate: Predicate | undefined): string | undefined {
	if (predicate === undefined) {
		return undefined;
	}
	const m = EFFORT_RE.exec(`${predicate.cueText} ${predicate.actionText}`) ?? EFFORT_REQUIRED_RE.exec(predicate.actionText);
	return m === null ? undefined : m[1]!.replace(/\s+/g, ' ');
}
/** "requires “reasonable endeavours” to …": the effort itself named as what is required. */
const EFFORT_REQUIRED_RE = /^\W*((?:(?:all\s+)?(?:commercially\s+)?reasonable|best|every)\W+(?:endeavou?rs?|efforts?))\b/i;
const EFFORT_RE = /^(?:(?:will|shall|must|to|would|should)\s+)?((?:use|using|make|making|take|taking)\s+(?:all\s+|its\s+|their\s+|every\s+)?(?:(?:commercially\s+)?reasonable|best|all\s+reasonable|all\s+practicable|reasonable\s+and\s+proportionate)\s+(?:endeavou?rs?|efforts?|steps)\s+to|endeavou?r\s+to|try\s+to|attempt\s+to|strive\s+to)\b/i;
/** Cues of an aim, a plan or a wish: they state no result either. */
/** The document as the subject of its own cue: "provides for", "sets out", "includes". */
const DOCUMENT_CUE_RE = /^(?:provides?|provided|providing|sets?\s+out|setting\s+out|includes?|including|included|covers?|contains?|allows?\s+for)\b/i;
/** The words a sentence calls a goal by. */
const GOAL_WORDS_RE = /\b(?:goals?|aims?|ambitions?|aspirations?|objectives?|targets?)\b/i;
/** An act of helping towards something: "help", "assist", "work towards" (the object says what is helped). */
const HELPING_RE = /^(?:help|helps|helping|assist|assists|assisting|work\s+towards)\b/i;
/** A proviso of effort in the sentence itself: "where possible", "as far as practicable", "if it can". */
const AS_FAR_AS_POSSIBLE_RE = /\b(?:where(?:ver)?|if|as\s+far\s+as|so\s+far\s+as|whenever)\s+(?:reasonably\s+)?(?:possible|practicable|feasible)\b/i;
/** A cue of effort: "try to", "seek to", "endeavour to", "use reasonable efforts to", "attempt to", "strive to". */
const TRYING_RE = /\b(?:endeavou?rs?|efforts?|try|tries|seeks?|strive|strives|attempts?)\b/i;
const AIMED_RE = /\b(?:should|ought|aims?|aiming|intends?|intended|intention|plans?|planned|hopes?|hoped|expects?|expected|envisag\w*|wants?|ambition|objective|goal|proposes?|proposed|seeks?|seeking)\b/i;

/** The clause's own modal verb ("may", "will"), if its cue starts with one. */
export function sourceModal(match: SourceSentence): string | undefined {
	const first = match.commitment.predicate?.cueText.split(/\s+/)[0]?.toLowerCase();
	return first !== undefined && MODALS.has(first) ? first : undefined;
}

/** The text that replaces a briefing cue so it reads as the clause does, or undefined when no grammatical one exists. */
export function modalReplacement(comparison: Comparison): string | undefined {
	const modal = sourceModal(comparison.match);
	const { predicate } = comparison;
	if (modal === undefined) {
		return undefined;
	}
	if (comparison.reason === 'effort') {
		// "will use reasonable efforts to tip off": the clause's hedge after the sentence's own cue, where a verb follows.
		const effort = clauseEffort(comparison.match);
		return effort !== undefined && predicate.slot === 'base' && !/^(?:be|been|have)\b/.test(predicate.actionText) ? `${predicate.cueText} ${effort}` : undefined;
	}
	if (predicate.slot === 'base') {
		return comparison.reason === 'action' ? `${modal} explore how to` : modal;
	}
	if (predicate.slot === 'verb') {
		return `${modal} ${predicate.cueText.split(/\s+/).slice(1).join(' ')}`;
	}
	if (predicate.slot === 'ing') {
		return modal === 'will' ? 'will work on' : `${modal} include`;
	}
	return undefined;
}

/** The span of a predicate's cue, for messages and fixes. */
export function cueSpan(comparison: Comparison): Span {
	return comparison.predicate.cueSpan;
}
