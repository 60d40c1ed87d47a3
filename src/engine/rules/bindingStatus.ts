import partyLexicon from '../lexicon/parties.json';
import lexicon from '../lexicon/binding.json';
import type { Token } from '../text/tokens';
import { type Fix, Strength } from '../types';
import { afterSentence, citationLabel, clauseRef, fitBindingReplacement, insertQuoteTitle, quoteWithCitation, replaceFix } from './fixes';
import type { AnalysedSentence, Rule, RuleContext, RuleFinding } from './rule';

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
const VERB_CONTEXT = new Set(['to', 'will', 'can', 'would', 'must', 'should', 'could', 'may', 'might']);

/** Flags a voluntary agreement described as binding, enforceable, a contract or a treaty. */
export const bindingStatus: Rule = {
	id: 'binding-status',
	description: 'The agreement described as binding against its own status clause',
	defaultSeverity: 'warning',
	*check(context) {
		const status = context.source.nonBindingClause;
		if (!status) {
			return;
		}
		for (const analysed of context.sentences) {
			if (analysed.claim.isQuestion || analysed.claim.isProhibition || isAsked(analysed.claim.tokens) || (analysed.frame.reported && !analysed.frame.explicit)) {
				continue;
			}
			const hit = findBindingTerm(analysed, context.source.parties.agents) ?? findDutyUnderAgreement(analysed);
			if (hit) {
				yield toFinding(context, analysed, hit.from, hit.to, hit.term);
			}
		}
	},
};

function findBindingTerm(analysed: AnalysedSentence, parties: ReadonlySet<string>): { from: number; to: number; term: Term } | undefined {
	const tokens = analysed.claim.tokens;
	if (postNegationRe.test(analysed.claimProse)) {
		return undefined;
	}
	const hasReferent = tokens.some((t) => AGREEMENT_WORDS.has(t.lower));
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
			if (!isNoun || isNegated(tokens, i) || (term.needsReferent && !hasReferent && !namesAgreement) || !fitsContext(tokens, i, to, term, parties)) {
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
	const duty = analysed.claim.predicates.find((p) => !p.negated && p.level > Strength.None && DUTY_CUES.has(p.cuePhrase));
	if (!duty) {
		return undefined;
	}
	const from = tokens.findIndex((t) => t.start === duty.cueSpan.start);
	const to = tokens.findIndex((t) => t.end === duty.cueSpan.end) + 1;
	return from === -1 || to === 0 ? undefined : { from, to, term: { words: [], replacement: 'is expected to', needsReferent: true } };
}

/** "If asked whether it is binding": the sentence reports a question, it asserts nothing. */
function isAsked(tokens: readonly Token[]): boolean {
	return tokens.some((t) => t.lower === 'whether' || t.lower === 'asked');
}

/**
 * A negator within six words before the term, or further back through a list of alternatives
 * ("must not be described as a treaty or as a contract").
 */
function isNegated(tokens: readonly Token[], i: number): boolean {
	let reach = 6;
	for (let k = i - 1; k >= 0 && k >= i - reach; k--) {
		const w = tokens[k]!.lower;
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

/** Word-specific checks: "deal with" is a verb; "requires" needs a party as its object. */
function fitsContext(tokens: readonly Token[], i: number, to: number, term: Term, parties: ReadonlySet<string>): boolean {
	const first = term.words[0];
	const prev = tokens[i - 1]?.lower ?? '';
	if (first === 'deal') {
		return !VERB_CONTEXT.has(prev);
	}
	if (first === 'requires' || first === 'obliges' || first === 'obligates' || first === 'binds' || first === 'mandates') {
		const object = tokens.slice(to, to + 5).map((t) => t.lower);
		return object.some((w) => isParty(parties, w)) && (first !== 'requires' || object.includes('to'));
	}
	return true;
}

function toFinding(context: RuleContext, analysed: AnalysedSentence, from: number, to: number, term: Term): RuleFinding {
	const tokens = analysed.claim.tokens;
	const span = { start: tokens[from]!.start, end: tokens[to - 1]!.end };
	const actual = context.text.slice(span.start, span.end);
	const status = context.source.nonBindingClause!;
	const label = citationLabel(context.source, status);
	const fitted = fitBindingReplacement(context.text, span, term.replacement, term.attributive);
	const fixes: Fix[] = [
		replaceFix(context.text, fitted.span, fitted.replacement),
		{
			title: insertQuoteTitle(context.source, status),
			span: { start: analysed.sentence.span.end, end: analysed.sentence.span.end },
			replacement: afterSentence(analysed.sentence.text, quoteWithCitation(status.sentences[0]?.text ?? status.text, label)),
		},
	];
	return {
		ruleId: 'binding-status',
		message: `\`${actual}\` contradicts the ${context.source.shortName}'s own status: “${status.sentences[0]?.text ?? status.text}” (${label}).`,
		span,
		actual,
		fixes,
		clause: clauseRef(status),
		sentence: analysed.sentence.span,
	};
}
