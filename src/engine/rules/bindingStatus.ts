import partyLexicon from '../lexicon/parties.json';
import lexicon from '../lexicon/binding.json';
import { isProvisionWord } from '../analysis/frame';
import { attachedTextOf } from '../clauses/attachedTexts';
import { partOf } from '../source';
import { withoutEmphasis } from '../text/inlineMarkup';
import { isStopword, type Token, tokenize } from '../text/tokens';
import { type Clause, type Fix, Strength } from '../types';
import { afterSentence, citationLabel, clauseRef, fitBindingReplacement, insertQuoteTitle, quoteWithCitation, replaceFix } from './fixes';
import { type AnalysedSentence, CITATION_THRESHOLD, type Rule, type RuleContext, type RuleFinding } from './rule';
import { referencedClauses } from './wrongReference';

interface Term {
	readonly words: readonly string[];
	readonly replacement: string;
	/** The replacement before a noun, where `replacement` is a predicate ("non-binding" for "not legally binding"). */
	readonly attributive?: string;
	readonly needsReferent: boolean;
}

const TERMS: readonly Term[] = lexicon.terms
	.map((t): Term => ({ words: t.phrase.split(' '), replacement: t.replacement, attributive: 'attributive' in t ? t.attributive : undefined, needsReferent: t.needsReferent }))
	.sort((a, b) => b.words.length - a.words.length);
/** TERMS by first word, longest first: a token is only tried against the terms that can start there. */
const TERMS_BY_FIRST_WORD: ReadonlyMap<string, readonly Term[]> = (() => {
	const map = new Map<string, Term[]>();
	for (const term of TERMS) {
		map.set(term.words[0]!, [...(map.get(term.words[0]!) ?? []), term]);
	}
	return map;
})();
const NEGATORS = new Set(lexicon.negators.words);
/** "is best described as": the writer's own description, not a reported one. */
const ASSERTED = new Set(lexicon.assertedDescriptions.words);
const AGREEMENT_WORDS = new Set([...partyLexicon.agreement, ...lexicon.referents.words]);
const PARTY_WORDS = new Set(partyLexicon.party);
const postNegationRe = /\b(?:which|that)\s+it\s+(?:is\s+not|isn['’]t)\b|[,;—–-]\s*(?:it\s+)?(?:is\s+)?not\s+(?:so|true|accurate|correct)\b/i;
/** "the deal", "this treaty": the noun itself names the agreement. */
const NOUN_TERMS = new Set(['contract', 'treaty']);
const DETERMINERS = new Set(['the', 'this', 'a', 'an', 'that', 'its']);
const NOUN_MODIFIERS = new Set(['binding', 'landmark', 'historic', 'new', 'big', 'major', 'uk', 'government', 'formal', 'legal', 'commercial', 'sweetheart', 'framework', 'partnership']);
/** Cues of a legal duty; with the agreement named in the sentence they say it binds a party. */
const DUTY_CUES = new Set(lexicon.dutyCues.phrases);
const AGREEMENT_NOUNS = new Set(['mou', 'memorandum', 'agreement', 'partnership', 'deal', 'arrangement', 'accord']);
/** "Under the memorandum, …", "Under this agreement, …": a fronted phrase that puts the whole sentence under the agreement. */
const UNDER_AGREEMENT_RE = /^\W{0,8}(?:under|by\s+virtue\s+of|according\s+to)\s+(?:the|this|its)\s+(?:[\p{L}-]+\s+){0,3}?(?:mou|memorandum|agreement|deal|partnership|arrangement|accord|contract|treaty|declaration|charter)\b[^,]{0,40},/iu;
const VERB_CONTEXT = new Set(['to', 'will', 'can', 'would', 'must', 'should', 'could', 'may', 'might']);
/** "until a binding agreement", "negotiate a binding contract", "completion of a binding agreement": a document to come. */
const FUTURE_DOCUMENT_BEFORE: ReadonlySet<string> = new Set(lexicon.futureDocument.before);
const FUTURE_DOCUMENT_STEPS: ReadonlySet<string> = new Set(lexicon.futureDocument.steps);
/** A statute or regulation as the subject of "requires": the law's duty. */
const LAW_WORDS: ReadonlySet<string> = new Set(lexicon.lawWords.words);

/** Flags a voluntary agreement described as binding, enforceable, a contract or a treaty. */
export const bindingStatus: Rule = {
	id: 'binding-status',
	description: 'The agreement described as binding against its own status clause',
	defaultSeverity: 'warning',
	*check(context) {
		const status = context.source.nonBindingClause;
		if (!status) {
			// A binding agreement described as not binding ("the agreement is voluntary", "the memorandum of understanding
			// limits access …" for a data sharing agreement): the same contradiction the other way round.
			if (context.source.bindingClause) {
				yield* understatedStatus(context, context.source.bindingClause);
			}
			yield* nonBindingPartAsBinding(context);
			yield* deniedKind(context);
			yield* wholeAsBinding(context);
			return;
		}
		for (const analysed of context.sentences) {
			if (analysed.claim.isQuestion || analysed.claim.isProhibition || isAsked(analysed.claim.tokens) || (analysed.frame.reported && !analysed.frame.explicit)) {
				continue;
			}
			const hit = findBindingTerm(analysed, context.source.parties.agents, context.source.frameWords.names) ?? findDutyUnderAgreement(analysed);
			// "Legally binding obligations may arise only under separate implementing arrangements": another instrument's status.
			if (hit && !isAboutBindingPart(context, analysed) && !OTHER_INSTRUMENT_RE.test(analysed.claimProse) && !aboutInstrumentItBinds(context, analysed) && !inClauseItRestates(context, analysed, hit) && !anotherInstrument(analysed, hit)) {
				yield toFinding(context, analysed, hit.from, hit.to, hit.term);
			}
		}
	},
};

/**
 * "Any such transfer would need a legally binding nuclear cooperation agreement": a binding instrument introduced by "a"
 * as what something requires or needs, not the agreement ("the council signed a binding agreement" is).
 */
function anotherInstrument(analysed: AnalysedSentence, hit: { from: number; to: number }): boolean {
	const tokens = analysed.claim.tokens;
	for (let k = hit.from - 1; k >= Math.max(0, hit.from - 2); k--) {
		if (tokens[k]!.lower === 'a' || tokens[k]!.lower === 'an') {
			return NEEDING.has(tokens[k - 1]?.lower ?? '');
		}
	}
	return false;
}
/** Words after which "a binding agreement" is what something needs, not the agreement itself. */
const NEEDING: ReadonlySet<string> = new Set(lexicon.needingWords.words);

/**
 * "spent or legally committed at least 70 per cent of the funds", where the condition it restates says "have been spent
 * or legally committed": the clause's own words, not a claim about the agreement's status.
 */
function inClauseItRestates(context: RuleContext, analysed: AnalysedSentence, hit: { from: number; to: number }): boolean {
	// "The memorandum is legally binding" is said of the agreement, whatever its governing-law clause says of its parts.
	if (analysed.frame.agreementAt !== -1) {
		return false;
	}
	const tokens = analysed.claim.tokens;
	const phrase = tokens.slice(hit.from, hit.to).map((t) => t.lower).join(' ');
	const words = phrase.split(' ');
	return analysed.alignments.slice(0, 2).some((a) => {
		const said = context.sourceSentence(a);
		// Not the status clause's own "is not legally binding", nor any denial of the words.
		return a.score >= CITATION_THRESHOLD && said.clause.kind !== 'status' && said.tokens.some((_, k, all) => words.every((w, j) => all[k + j]?.lower === w) && !all.slice(Math.max(0, k - 3), k).some((t) => NEGATORS.has(t.lower)));
	});
}

/**
 * "Once they are in your grant agreement, they are binding as part of it", where the source's own status clause says
 * "Funding agreements … are binding in accordance with their own terms" and its commitments, once incorporated, "take
 * effect as terms of that agreement": the sentence speaks of an instrument the source itself says binds, and does not
 * name the source.
 */
function aboutInstrumentItBinds(context: RuleContext, analysed: AnalysedSentence): boolean {
	const nouns = instrumentsItBinds(context.source);
	const names = context.source.frameWords.names;
	const tokens = analysed.claim.tokens;
	if (tokens.some((t) => names.has(t.lower))) {
		return false;
	}
	return (nouns.size > 0 && tokens.some((t) => nouns.has(t.stem)))
		|| namesItBinds(context.source).some((name) => tokens.some((_, k) => name.every((w, j) => tokens[k + j]?.lower === w)));
}

/**
 * The names of the instruments a non-binding source says are legally binding ("the Grant Offer Letter, which, once
 * accepted, is a separate, legally binding agreement"): two or more capitalised words in such a sentence that are not
 * the source's own name, lower case.
 */
function namesItBinds(source: RuleContext['source']): readonly (readonly string[])[] {
	let found = bindingNames.get(source);
	if (found === undefined) {
		const own = source.frameWords.names;
		found = source.sentences
			.filter((s) => NAMED_BINDS_RE.test(s.sentence.text) && !DENIES_RE.test(s.sentence.text))
			.flatMap((s) => [...s.sentence.text.matchAll(CAPITALISED_NAME_RE)].map((m) => m[0].toLowerCase().split(/\s+/u)))
			.filter((name) => !name.some((w) => own.has(w)));
		bindingNames.set(source, found);
	}
	return found;
}
const bindingNames = new WeakMap<RuleContext['source'], readonly (readonly string[])[]>();
/** "is a separate, legally binding agreement", "shall be legally binding": a sentence that says something binds. */
const NAMED_BINDS_RE = /\b(?:is|are|be|becomes?)\s+(?:[\p{L}]+,?\s+){0,3}?legally\s+binding\b/iu;
/** Two or more capitalised words in a row, not at a sentence's start ("Grant Offer Letter", "Vellbridge Metrology Centre"). */
const CAPITALISED_NAME_RE = /(?<=\s)\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)+/gu;

/** The stems of the instruments a non-binding source's status clauses say are binding ("agreements", "contracts", "terms"). */
function instrumentsItBinds(source: RuleContext['source']): ReadonlySet<string> {
	let found = bindingInstruments.get(source);
	if (found === undefined) {
		// The source's sentences carry their tokens: read from them, not tokenised again.
		found = new Set(source.sentences
			.filter((s) => s.clause.kind === 'status' && BINDS_RE.test(s.sentence.text) && !DENIES_RE.test(s.sentence.text))
			.flatMap((s) => s.tokens.filter((t) => INSTRUMENT_NOUN_RE.test(t.lower) && !source.frameWords.names.has(t.lower)).map((t) => t.stem)));
		bindingInstruments.set(source, found);
	}
	return found;
}
const bindingInstruments = new WeakMap<RuleContext['source'], ReadonlySet<string>>();
/** A sentence that denies something ("does not create any legal obligations"): it says nothing binds. */
const DENIES_RE = /\b(?:not|no|never|nothing)\b/i;
/** A sentence that says something binds: "are binding in accordance with their own terms", "take effect as terms of". */
const BINDS_RE = /\b(?:(?:are|is|be|become|becomes|shall\s+be|will\s+be)\s+(?:legally\s+)?(?:binding|enforceable)|take\s+effect\s+as\s+terms)\b/i;
const INSTRUMENT_NOUN_RE = /^(?:agreements?|contracts?|terms|instruments?|deeds?|licen[cs]es?)$/;

function findBindingTerm(analysed: AnalysedSentence, parties: ReadonlySet<string>, names: ReadonlySet<string> = new Set()): { from: number; to: number; term: Term } | undefined {
	const tokens = analysed.claim.tokens;
	if (postNegationRe.test(analysed.claimProse)) {
		return undefined;
	}
	// The agreement by a generic name or one it gives itself ("the concordat", "the covenant").
	const hasReferent = tokens.some((t) => AGREEMENT_WORDS.has(t.lower) || names.has(t.lower));
	for (let i = 0; i < tokens.length; i++) {
		const candidates = TERMS_BY_FIRST_WORD.get(tokens[i]!.lower);
		if (candidates === undefined) {
			continue;
		}
		for (const term of candidates) {
			if (!term.words.every((w, k) => tokens[i + k]?.lower === w)) {
				continue;
			}
			const to = i + term.words.length;
			if (isQuoted(analysed, tokens[i]!.start)) {
				break;
			}
			const namesAgreement = (NOUN_TERMS.has(term.words[0]!) && DETERMINERS.has(tokens[i - 1]?.lower ?? ''))
				|| (['on', 'upon'].includes(tokens[to]?.lower ?? '') && isParty(parties, tokens[to + 1]?.lower ?? tokens[to + 2]?.lower ?? ''));
			// "the deal", "a binding contract": the noun needs a determiner or a modifier, or it is a verb ("how we deal with").
			const modifier = tokens[i - 1]?.lower ?? '';
			const isNoun = !NOUN_TERMS.has(term.words[0]!) || NOUN_MODIFIERS.has(modifier) || DETERMINERS.has(modifier) || (modifier !== '' && parties.has(modifier) && !PARTY_WORDS.has(modifier));
			// "binding in honour only": the standard words for an agreement the law does not enforce.
			const inHonour = tokens[to]?.lower === 'in' && /^hono(?:u)?r$/.test(tokens[to + 1]?.lower ?? '');
			if (!isNoun || inHonour || isNegated(tokens, i, analysed) || (term.needsReferent && !hasReferent && !namesAgreement) || !fitsContext(tokens, i, to, term, parties)) {
				break;
			}
			return { from: i, to, term };
		}
	}
	return undefined;
}

/** A term inside quotation marks is a mention ("a 'sweetheart deal'") or someone else's words. */
function isQuoted(analysed: AnalysedSentence, offset: number): boolean {
	return analysed.quotes.some(({ quote }) => quote.outer.start <= offset && offset < quote.outer.end);
}

/** "Under the MoU, the company must …", "the memorandum obliges departments to …": a legal duty attributed to the agreement. */
function findDutyUnderAgreement(analysed: AnalysedSentence): { from: number; to: number; term: Term } | undefined {
	const tokens = analysed.claim.tokens;
	if (!tokens.some((t) => AGREEMENT_NOUNS.has(t.lower))) {
		return undefined;
	}
	// "must" is a legal duty claimed of the agreement when the agreement governs the sentence ("Under the agreement, the
	// Supplier must …"); "information shared under the agreement must be kept confidential", "the memorandum says systems
	// must be built …" and "the minister said the country must be …" use it of what the arrangement sets out or someone's
	// view.
	const governed = UNDER_AGREEMENT_RE.test(analysed.claimProse);
	// Not a duty word in quotation marks ("words such as "shall" and "will" are not to be read as enforceable"): mentioned,
	// not used.
	const duty = analysed.claim.predicates.find((p) => !p.negated && p.level > Strength.None && DUTY_CUES.has(p.cuePhrase) && (p.cuePhrase !== 'must' || governed) && !isQuoted(analysed, p.cueSpan.start));
	if (!duty) {
		return undefined;
	}
	const from = tokens.findIndex((t) => t.start === duty.cueSpan.start);
	const to = tokens.findIndex((t) => t.end === duty.cueSpan.end) + 1;
	return from === -1 || to === 0 ? undefined : { from, to, term: { words: [], replacement: 'is expected to', needsReferent: true } };
}

/**
 * The sentence is about a part the source excepts from its status ("the confidentiality provision at Paragraph 8,
 * which both sides intend to be binding"): it names that part, uses its title, or is closest to one of its clauses.
 */
function isAboutBindingPart(context: RuleContext, analysed: AnalysedSentence): boolean {
	const parts = context.source.bindingParts;
	if (parts.size === 0) {
		return false;
	}
	if (pointsAtPart(context, analysed, parts)) {
		return true;
	}
	// By title: the parts it names are all binding ones ("confidentiality and governing law", not "… data protection").
	// Whole words (singular or plural), not stems: "governing law" is not "Governance".
	const words = sentenceWords(analysed);
	const named = new Set<Clause>();
	const titled = new Set<string>();
	for (const clause of context.source.clauses) {
		if (clause.title === '' || titled.has(clause.title)) {
			continue;
		}
		titled.add(clause.title);
		const title = titleWords(clause).filter((w) => w.length > 2);
		const present = title.filter((w) => words.has(w)).length;
		if (title.length > 0 && present >= Math.min(2, title.length)) {
			named.add(clause);
		}
	}
	return named.size > 0 && [...named].every((c) => parts.has(c));
}

/** The sentence's closest clause is one of the parts, or it names one by number. */
function pointsAtPart(context: RuleContext, analysed: AnalysedSentence, parts: ReadonlySet<Clause>): boolean {
	// Not a part that states the status itself ("this paragraph 11 … are legally binding"): a sentence about the
	// document's status aligns with it.
	const best = analysed.alignments[0];
	const clause = best !== undefined && best.score >= CITATION_THRESHOLD ? context.sourceSentence(best).clause : undefined;
	if (clause !== undefined && parts.has(clause) && !/\bbinding\b/i.test(clause.text)) {
		return true;
	}
	return referencedClauses(context, analysed.claimProse).some((c) => parts.has(c));
}

const singular = (w: string): string => w.replace(/s$/, '');

/** The sentence's words, lower case and singular. */
function sentenceWords(analysed: AnalysedSentence): Set<string> {
	return new Set(analysed.claim.tokens.map((t) => singular(t.lower)));
}

/** A clause title's content words, lower case and singular, without its numbering ("Paragraph 10 — Confidentiality"). */
function titleWords(clause: Clause): readonly string[] {
	let words = titleWordCache.get(clause);
	if (words === undefined) {
		words = tokenize(clause.title)
			.filter((t) => !isStopword(t.lower) && !/^\d/.test(t.raw))
			.map((t) => singular(t.lower))
			.filter((w) => !isProvisionWord(w));
		titleWordCache.set(clause, words);
	}
	return words;
}

const titleWordCache = new WeakMap<Clause, readonly string[]>();

/** "the agreement is voluntary", "this deal is only a statement of intent", "the non-binding agreement". */
const notBindingSelfRe = /\b(?:the|this|our|their|its)\s+(?:[\p{L}-]+\s+){0,2}?(?:agreement|deal|contract|arrangement|treaty|it)\s+(?:is|was|remains)\s+(?:only\s+|just\s+|merely\s+|simply\s+|purely\s+)?(?:a\s+|an\s+)?(non-binding|voluntary|not\s+(?:legally\s+)?binding|unenforceable|not\s+(?:legally\s+)?enforceable|statement\s+of\s+intent|memorandum\s+of\s+understanding|gentlemen['’]?s\s+agreement)\b|\b(?:the|this|a)\s+(non-binding|voluntary)\s+(?:agreement|deal|arrangement|contract|treaty)\b/iu;
/** "the memorandum of understanding limits access …": the agreement named as a memorandum it does not call itself. */
const memorandumRe = /\b(?:the|this)\s+(memorandum\s+of\s+understanding|mou)\b/iu;

function* understatedStatus(context: RuleContext, binding: Clause): Generator<RuleFinding> {
	// A source that mentions a memorandum at all (one it supersedes) may be what a sentence's "the MoU" means.
	const mentionsMemorandum = /\bmemorand|\bMoU\b/i.test(context.source.text);
	for (const analysed of context.sentences) {
		if (analysed.claim.isQuestion || analysed.claim.isProhibition || isAsked(analysed.claim.tokens) || analysed.frame.reported || analysed.isOthersWords) {
			continue;
		}
		const prose = analysed.claimProse;
		const m = notBindingSelfRe.exec(prose) ?? (mentionsMemorandum ? null : memorandumRe.exec(prose));
		if (m === null || isAboutNonBindingPart(context, analysed) || analysed.claim.tokens.some((t) => OTHER_AGREEMENT.has(t.lower))) {
			continue;
		}
		const words = m[1] ?? m[2] ?? m[0];
		const start = analysed.sentence.span.start + m.index + m[0].lastIndexOf(words);
		const span = { start, end: start + words.length };
		const actual = context.text.slice(span.start, span.end);
		const label = citationLabel(context.source, binding);
		const replacement = /memorandum|mou/i.test(actual) ? 'agreement' : /statement|gentlem/i.test(actual) ? 'legally binding agreement' : 'legally binding';
		yield {
			ruleId: 'binding-status',
			message: `\`${actual}\` contradicts the ${context.source.shortName}'s own status: it is legally binding (${label}).`,
			span,
			actual,
			fixes: [replaceFix(context.text, span, replacement, `the status in ${label}`)],
			clause: clauseRef(binding),
			sentence: analysed.sentence.span,
		};
	}
}

/** "separate implementing arrangements", "those later arrangements": another instrument, whose status the sentence gives. */
const OTHER_INSTRUMENT_RE = /\b(?:separate|subsequent|later|implementing|future)\s+(?:[\p{L}-]+\s+)?(?:arrangements?|agreements?|contracts?|instruments?|treat(?:y|ies)|protocols?)\b/iu;

/** Words that put the description on another agreement ("any future trade agreement", "replaces the memorandum"). */
const OTHER_AGREEMENT: ReadonlySet<string> = new Set(lexicon.otherAgreementWords.words);

/** The sentence is about a part the binding source declares not binding (its title, a reference, or its words). */
function isAboutNonBindingPart(context: RuleContext, analysed: AnalysedSentence): boolean {
	const parts = context.source.nonBindingParts;
	if (parts.size === 0) {
		return false;
	}
	if (pointsAtPart(context, analysed, parts)) {
		return true;
	}
	const words = sentenceWords(analysed);
	return [...parts].some((c) => titleWords(c).some((w) => w.length > 3 && words.has(w)));
}

/** "If asked whether it is binding": the sentence reports a question, it asserts nothing. */
function isAsked(tokens: readonly Token[]): boolean {
	return tokens.some((t) => t.lower === 'whether' || t.lower === 'asked');
}

/**
 * A negator within six words before the term, or further back through a list of alternatives
 * ("must not be described as a treaty or as a contract").
 */
/** The words that deny what follows them in their own clause only. */
const PLAIN_NEGATORS: ReadonlySet<string> = new Set(lexicon.plainNegators.words);
/** Finite forms that open a clause of their own ("this is", "they will"). */
const FINITE_VERBS: ReadonlySet<string> = new Set(lexicon.clauseVerbs.words);

function isNegated(tokens: readonly Token[], i: number, analysed: AnalysedSentence): boolean {
	let reach = 6;
	const base = analysed.sentence.span.start;
	// "Make no mistake, this is a binding agreement": a clause of its own after a comma (with its own verb) is not under a
	// negation before it. ("The Letter, unlike the Deal, is legally binding" still speaks of something other than the Deal.)
	let ownClause = false;
	for (let k = i - 1; k >= 0 && k >= i - reach; k--) {
		const w = tokens[k]!.lower;
		const gap = analysed.claimProse.slice(tokens[k]!.end - base, (tokens[k + 1]?.start ?? tokens[k]!.end) - base);
		ownClause ||= /[,;:]/.test(gap) && tokens.slice(k + 1, i).some((t) => FINITE_VERBS.has(t.lower));
		if (ownClause && PLAIN_NEGATORS.has(w)) {
			continue;
		}
		const isAsserted = ASSERTED.has(tokens[k - 1]?.lower ?? '');
		if ((NEGATORS.has(w) && !isAsserted) || w.endsWith("n't") || w.startsWith('non')) {
			return true;
		}
		if ((w === 'or' || w === 'nor') && reach < 12) {
			reach += 6;
		}
	}
	return false;
}

/** A generic party word ("government", "departments") or one of the source's own parties. */
function isParty(parties: ReadonlySet<string>, word: string): boolean {
	return PARTY_WORDS.has(word) || parties.has(word);
}

/** Nouns a binding word modifies when it names a kind of thing ("contract clauses", "treaty law"). */
const COMPOUND_HEADS: ReadonlySet<string> = new Set(lexicon.compoundHeads);

/** Word-specific checks: "deal with" is a verb; "requires" needs a party as its object. */
function fitsContext(tokens: readonly Token[], i: number, to: number, term: Term, parties: ReadonlySet<string>): boolean {
	const first = term.words[0];
	const prev = tokens[i - 1]?.lower ?? '';
	if (first === 'deal') {
		return !VERB_CONTEXT.has(prev);
	}
	// "model contract clauses", "contract terms", "treaty law": the word names a kind of other thing, not this agreement.
	if (term.words.length === 1 && NOUN_TERMS.has(first ?? '') && COMPOUND_HEADS.has(tokens[to]?.lower ?? '')) {
		return false;
	}
	// "until a binding agreement is signed", "the completion of a binding agreement": another, future document (but "the
	// council signed a binding agreement", "the certainty of a binding commitment" say it of this one).
	if ((prev === 'a' || prev === 'an') && FUTURE_DOCUMENT_BEFORE.has(tokens[i - 2]?.lower ?? '')
		&& (tokens[i - 2]!.lower !== 'of' || FUTURE_DOCUMENT_STEPS.has(tokens[i - 3]?.lower ?? ''))) {
		return false;
	}
	if (first === 'requires' || first === 'obliges' || first === 'obligates' || first === 'binds' || first === 'mandates') {
		// "Section 123 of the Local Government Act 1972 requires the Council to …": the law's duty, not the agreement's.
		if (tokens.slice(Math.max(0, i - 8), i).some((t) => LAW_WORDS.has(t.lower))) {
			return false;
		}
		const object = tokens.slice(to, to + 5).map((t) => t.lower);
		return object.some((w) => isParty(parties, w)) && (first !== 'requires' || object.includes('to'));
	}
	return true;
}

/**
 * A binding text that says what it is not ("This Agreement is not a treaty and does not bind the Government"), called
 * that ("the arrangement carries the weight of a treaty commitment", "a treaty-level commitment"): the contradiction is
 * with the source's own words, cited with them.
 */
function* deniedKind(context: RuleContext): Generator<RuleFinding> {
	const denial = deniedKindOf(context.source.clauses);
	if (denial === undefined) {
		return;
	}
	for (const analysed of context.sentences) {
		if (analysed.claim.isQuestion || isAsked(analysed.claim.tokens) || (analysed.frame.reported && !analysed.frame.explicit)) {
			continue;
		}
		const tokens = analysed.claim.tokens;
		if (!tokens.some((t) => AGREEMENT_WORDS.has(t.lower)) || postNegationRe.test(analysed.claimProse)) {
			continue;
		}
		// "treaty", "treaty-level", "treaty-based"; not "treaty law" or a quoted "treaty". A kind of two words ("planning
		// obligation") is found word by word, its last word singular or plural.
		const words = denial.kind.split(/\s+/);
		const last = words.length - 1;
		const fits = (t: Token, k: number): boolean => k < last ? t.lower === words[k] : t.lower === words[k] || t.lower === `${words[k]}s` || t.lower.startsWith(`${words[k]}-`);
		const at = tokens.findIndex((t, i) => words.every((_, k) => tokens[i + k] !== undefined && fits(tokens[i + k]!, k)) && !COMPOUND_HEADS.has(tokens[i + words.length]?.lower ?? '')
			&& !isNegated(tokens, i, analysed) && !isQuoted(analysed, t.start));
		if (at < 0) {
			continue;
		}
		yield quotingFinding(context, analysed, { start: tokens[at]!.start, end: tokens[at + last]!.end }, denial,
			(actual, label) => `\`${actual}\` contradicts the ${context.source.shortName}'s own words: “${denial.text}” (${label}).`);
	}
}

/** A status finding whose fix quotes the source's own sentence after the briefing's (`said`: that sentence and its clause). */
function quotingFinding(context: RuleContext, analysed: AnalysedSentence, span: { start: number; end: number }, said: { clause: Clause; text: string }, message: (actual: string, label: string) => string): RuleFinding {
	const actual = context.text.slice(span.start, span.end);
	const label = citationLabel(context.source, said.clause);
	return {
		ruleId: 'binding-status',
		message: message(actual, label),
		span,
		actual,
		fixes: [{
			title: insertQuoteTitle(context.source, said.clause),
			span: { start: analysed.sentence.span.end, end: analysed.sentence.span.end },
			replacement: afterSentence(analysed.sentence.text, quoteWithCitation(said.text, label)),
		}],
		clause: clauseRef(said.clause),
		sentence: analysed.sentence.span,
	};
}

/**
 * A text binding except named parts, said to bind as a whole ("the whole agreement is legally binding", "every part
 * of it is enforceable"): the parts it says are statements of intent are not. Cited to the sentence that says so.
 */
function* wholeAsBinding(context: RuleContext): Generator<RuleFinding> {
	if (context.source.status !== 'binding-with-non-binding-parts') {
		return;
	}
	const declaring = context.source.clauses.flatMap((c) => c.sentences.map((sentence) => ({ clause: c, text: sentence.text })))
		.find((x) => NON_BINDING_WORDS_RE.test(x.text) && /\b(?:clause|schedule|annex|appendix|part|paragraph|article|section)s?\s+(?:\d|[IVX]+\b|[A-Z]\b)/i.test(x.text));
	if (declaring === undefined) {
		return;
	}
	for (const analysed of context.sentences) {
		if (analysed.claim.isQuestion || (analysed.frame.reported && !analysed.frame.explicit)) {
			continue;
		}
		const m = WHOLE_BINDING_RE.exec(analysed.claimProse);
		if (m === null || !analysed.claim.tokens.some((t) => AGREEMENT_WORDS.has(t.lower) || context.source.frameWords.names.has(t.lower))) {
			continue;
		}
		const start = analysed.sentence.span.start + m.index;
		yield quotingFinding(context, analysed, { start, end: start + m[0].length }, declaring,
			(actual, label) => `\`${actual}\`: not all of the ${context.source.shortName} binds; it says “${declaring.text}” (${label}).`);
	}
}
/** "the whole agreement is legally binding", "all of it is binding", "every clause is enforceable". */
const WHOLE_BINDING_RE = /\b(?:the\s+(?:whole|entire)\s+(?:[\p{L}-]+\s+){0,2}?(?:is|are)|all\s+of\s+(?:it|the\s+[\p{L}-]+)\s+(?:is|are)|every\s+(?:part|clause|word|provision|commitment|promise)\s+(?:of\s+[\p{L}\s]{1,30}?\s+)?is|(?:is|are)\s+(?:fully|wholly|entirely))\s+(?:(?:legally|contractually)\s+)?(?:binding|enforceable)\b/iu;
const NON_BINDING_WORDS_RE = /\bstatements?\s+of\s+(?:intent|intention)\b|\bnot\s+(?:legally\s+)?binding\b|\bnon-binding\b/i;

/** "This Agreement is not a treaty": the kind of instrument the source says it is not, with the sentence that says so. */
function deniedKindOf(clauses: readonly Clause[]): { kind: string; clause: Clause; text: string } | undefined {
	for (const clause of clauses) {
		for (const sentence of clause.sentences) {
			const m = DENIED_KIND_RE.exec(sentence.text);
			if (m !== null) {
				return { kind: m[1]!.toLowerCase(), clause, text: sentence.text };
			}
		}
	}
	return undefined;
}
const DENIED_KIND_RE = /\b(?:this|the\s+present)\s+(?:[\p{L}-]+\s+){0,3}?(?:is\s+not|does\s+not\s+constitute|shall\s+not\s+(?:be|constitute)|is\s+not\s+intended\s+to\s+(?:be|constitute))\s+(?:a|an)\s+(treaty|contract|(?:\p{Ll}[\p{Ll}-]+\s+)?(?:obligation|venture|partnership|lease|licence|license|franchise|concession))\b/iu;

/**
 * A part a binding source declares not binding, described as binding ("the firm is required under the deal to place a
 * quarter of its spend with SMEs" where clause 17.2 is an aim the contract says does not bind): the sentence is about
 * that part (its closest clause) and says it binds.
 */
function* nonBindingPartAsBinding(context: RuleContext): Generator<RuleFinding> {
	const parts = context.source.nonBindingParts;
	if (parts.size === 0) {
		return;
	}
	for (const analysed of context.sentences) {
		if (analysed.claim.isQuestion || analysed.claim.isProhibition || isAsked(analysed.claim.tokens) || (analysed.frame.reported && !analysed.frame.explicit) || analysed.isOthersWords) {
			continue;
		}
		// "The Exchange of Letters is legally binding on both governments": the part named by its title, said to bind.
		const named = namedPartSaidToBind(context, analysed, parts);
		if (named !== undefined) {
			yield toFinding(context, analysed, named.hit.from, named.hit.to, named.hit.term, statusOfPart(context.source, named.part));
			continue;
		}
		const top = analysed.alignments[0];
		const clause = top !== undefined && top.score >= CITATION_THRESHOLD ? context.sourceSentence(top).clause : undefined;
		if (clause === undefined || !parts.has(clause)) {
			continue;
		}
		// A duty said to arise under the agreement ("required under the deal to"), in a sentence that does not itself
		// mention the exception ("binding, except Schedule 3", "left out of the legally binding part").
		const hit = EXCEPTION_WORDS_RE.test(analysed.sentence.prose) ? undefined : findDutyUnderAgreement(analysed);
		if (hit) {
			yield toFinding(context, analysed, hit.from, hit.to, hit.term, statusOfPart(context.source, clause));
		}
	}
}

/**
 * A non-binding part the sentence names by its whole title of two or more words ("the Exchange of Letters", "the Joint
 * Ministerial Statement"), followed in the same clause by a word that says it binds.
 */
function namedPartSaidToBind(context: RuleContext, analysed: AnalysedSentence, parts: ReadonlySet<Clause>): { part: Clause; hit: { from: number; to: number; term: Term } } | undefined {
	const tokens = analysed.claim.tokens;
	// The sentence's words, once: a name none of whose stretches can match is skipped without scanning.
	const words = new Set(tokens.map((t) => singular(t.lower)));
	for (const { part, names: all } of partNames(context.source, parts)) {
		const names = all.filter((name) => name.every((w) => words.has(w)));
		if (names.length === 0) {
			continue;
		}
		// Where a name's words first all occur within a stretch as long as the name itself.
		const at = Math.min(...names.map((name) => tokens.findIndex((_, i) => name.every((w) => tokens.slice(i, i + name.length + 2).some((t) => singular(t.lower) === w)))).filter((i) => i !== -1));
		if (at === Infinity) {
			continue;
		}
		const hit = findBindingTerm(analysed, context.source.parties.agents, context.source.frameWords.names);
		if (hit === undefined || hit.from < at || EXCEPTION_WORDS_RE.test(analysed.sentence.prose)) {
			return undefined;
		}
		// Said of the part ("… is legally binding", "… forms a binding part of"), within a few words and in its own clause;
		// not "a memorandum signed alongside the treaty", nor "The Convention binds, but the Exchange of Letters …".
		const between = analysed.claimProse.slice(tokens[at]!.end - analysed.sentence.span.start, tokens[hit.from]!.start - analysed.sentence.span.start);
		const predicated = hit.from - at <= 10 && PREDICATING_RE.test(between) && !/[;:,]|\b(?:but|while|whereas|unlike|alongside|with|and|than)\b/i.test(between);
		return predicated ? { part, hit } : undefined;
	}
	return undefined;
}

/**
 * Each non-binding part with the names a sentence may call it by: its title ("Exchange of Letters") or, for an attached
 * text, its instrument's name ("Joint Ministerial Statement" for "Joint Ministerial Statement on the Future of the
 * Basin"). Read once per source; a part whose names an earlier part already has (the paragraphs of one memorandum) is
 * left out, as the earlier one stands for it.
 */
function partNames(source: RuleContext['source'], parts: ReadonlySet<Clause>): readonly { part: Clause; names: readonly (readonly string[])[] }[] {
	let found = namesOfParts.get(source);
	if (found === undefined) {
		const seen = new Set<string>();
		const list: { part: Clause; names: readonly (readonly string[])[] }[] = [];
		for (const part of parts) {
			const instrument = attachedTextOf(partOf(part.id))?.name;
			const names = [titleWords(part), ...(instrument === undefined ? [] : [instrument.toLowerCase().split(' ')])].filter((n) => n.length >= 2);
			const key = names.map((n) => n.join(' ')).join('|');
			if (!seen.has(key)) {
				seen.add(key);
				list.push({ part, names });
			}
		}
		found = list;
		namesOfParts.set(source, found);
	}
	return found;
}
const namesOfParts = new WeakMap<RuleContext['source'], readonly { part: Clause; names: readonly (readonly string[])[] }[]>();

/** A verb that says what a part is: "is", "are", "forms", "constitutes", "remains", "becomes". */
const PREDICATING_RE = /\b(?:is|are|was|were|be|been|becomes?|forms?|constitutes?|remains?)\b/i;

/** Where the source says a part does not bind: the part's own words if it says so, else the clause that names it. */
function statusOfPart(source: RuleContext['source'], part: Clause): { clause: Clause; text: string; part: Clause } {
	// Quoted without the source's emphasis ("*Appended to, but not forming part of, the Treaty*").
	const found = statusSentenceOfPart(source, part);
	return { ...found, text: withoutEmphasis(found.text).trim() };
}

function statusSentenceOfPart(source: RuleContext['source'], part: Clause): { clause: Clause; text: string; part: Clause } {
	const own = part.sentences.find((x) => NOT_BINDING_WORDS_RE.test(x.text));
	if (own) {
		return { clause: part, text: own.text, part };
	}
	// An attached text that says so in another of its paragraphs ("This understanding … does not give rise to legally
	// binding obligations").
	const prefix = partOf(part.id);
	if (attachedTextOf(prefix) !== undefined) {
		for (const clause of source.clauses.filter((c) => partOf(c.id) === prefix)) {
			const sentence = clause.sentences.find((x) => NOT_BINDING_WORDS_RE.test(x.text));
			if (sentence) {
				return { clause, text: sentence.text, part };
			}
		}
	}
	const number = part.id.replace(/^schedule-/, '');
	for (const clause of source.clauses) {
		const sentence = clause.sentences.find((x) => NOT_BINDING_WORDS_RE.test(x.text) && x.text.includes(number));
		if (sentence) {
			return { clause, text: sentence.text, part };
		}
	}
	return { clause: part, text: part.sentences[0]?.text ?? part.text, part };
}
const EXCEPTION_WORDS_RE = /\b(?:except|exception|exceptions|excluding|left\s+out|not\s+(?:legally\s+)?binding|non-binding|not\s+enforceable|unenforceable|aspiration|aspirations|aims?|hopes?)\b/i;
const NOT_BINDING_WORDS_RE = /\bnot\s+(?:legally\s+)?binding\b|\bnon-binding\b|\bstatements?\s+of\s+(?:intent|intention)s?\s+only\b|\bnot\s+obligations\b|\bdoes\s+not\s+(?:give\s+rise\s+to|create)\s+(?:any\s+)?(?:legal(?:ly)?\s+)?(?:binding\s+|enforceable\s+)?(?:obligations|rights)\b|\bdoes\s+not\s+form\s+(?:an?\s+)?(?:integral\s+)?part\b/i;

function toFinding(context: RuleContext, analysed: AnalysedSentence, from: number, to: number, term: Term, ofPart?: { clause: Clause; text: string; part: Clause }): RuleFinding {
	const tokens = analysed.claim.tokens;
	const span = { start: tokens[from]!.start, end: tokens[to - 1]!.end };
	const actual = context.text.slice(span.start, span.end);
	const status = ofPart?.clause ?? context.source.nonBindingClause!;
	const label = citationLabel(context.source, status);
	const fitted = fitBindingReplacement(context.text, span, term.replacement, term.attributive);
	const fixes: Fix[] = [
		replaceFix(context.text, fitted.span, fitted.replacement),
		{
			title: insertQuoteTitle(context.source, status),
			span: { start: analysed.sentence.span.end, end: analysed.sentence.span.end },
			replacement: afterSentence(analysed.sentence.text, quoteWithCitation(ofPart?.text ?? statusWords(status), label)),
		},
	];
	return {
		ruleId: 'binding-status',
		message: ofPart
			? `\`${actual}\` describes ${partName(context, ofPart.part)} as binding; the ${context.source.shortName} says it is not: “${ofPart.text}” (${label}).`
			: `\`${actual}\` contradicts the ${context.source.shortName}'s own status: “${statusWords(status)}” (${label}).`,
		span,
		actual,
		fixes,
		clause: clauseRef(status),
		sentence: analysed.sentence.span,
	};
}

/** How a message names a part: an attached text by its name ("the Exchange of Letters"), anything else by its citation. */
function partName(context: RuleContext, part: Clause): string {
	return attachedTextOf(partOf(part.id)) !== undefined && part.title !== '' ? `the ${part.title.replace(/^the\s+/i, '')}` : citationLabel(context.source, part);
}

/**
 * The words of a status clause that say the agreement binds no one: its sentence that says so ("It is not intended to
 * constitute a legally enforceable agreement …", after "This concordat is a statement of political intent."), else its
 * first.
 */
function statusWords(status: Clause): string {
	const says = status.sentences.find((x) => NOT_BINDING_WORDS_RE.test(x.text) || /\bnot\s+intended\s+to\b[^.]{0,60}\blegal/i.test(x.text) || /\bbinding\s+in\s+hono(?:u)?r\s+only\b/i.test(x.text));
	return withoutEmphasis((says ?? status.sentences[0])?.text ?? status.text).trim();
}

