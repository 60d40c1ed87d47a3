import partyLexicon from '../lexicon/parties.json';
import specifics from '../lexicon/specifics.json';
import type { SourceModel } from '../source';
import { isContentToken, type Token } from '../text/tokens';
import { Strength } from '../types';
import { citationLabel, clauseRef, insertQuoteFix } from './fixes';
import type { AnalysedSentence, Rule, RuleContext } from './rule';

const SPECIFIC_WORDS: ReadonlySet<string> = new Set(specifics.words);
const AGREEMENT_WORDS: ReadonlySet<string> = new Set([...partyLexicon.agreement, 'mou']);
const CONTENT_VERBS = new Set(['set', 'created', 'established', 'launched', 'included', 'committed', 'gave', 'provided', 'introduced', 'includes', 'include', 'covers', 'sets', 'establishes', 'establish', 'creates', 'create', 'provides', 'commits', 'requires', 'funds', 'gives', 'grants', 'allocates', 'introduces', 'launches', 'names', 'appoints', 'contains', 'guarantees', 'delivers', 'tasks', 'makes', 'secures', 'means', 'promises', 'plans', 'will', 'has', 'puts']);
const CAPITALISED_RE = /^\p{Lu}/u;
const moneyRe = /[£$€]\s?\d[\d,.]*(?:\s?(?:billion|million|thousand|bn|m|k)\b)?|\b\d[\d,.]*\s?(?:billion|million)\b/gu;
const NO_ALIGNMENT = 0.12;
/** Words that say how or by whom something is promised, never what: not evidence of invented content. */
const FUNCTIONAL_WORDS: ReadonlySet<string> = new Set([...partyLexicon.agreement, ...partyLexicon.party, 'together', 'better', 'also', 'confirmed', 'announced', 'said', 'says', 'states', 'stated', 'signed', 'agreed']);
const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'its', 'our', 'their', 'new']);
const NEGATORS = new Set(['not', 'no', 'never', 'nor', 'neither', 'without']);
const DISSOCIATORS = new Set(['alongside', 'separately', 'besides', 'beyond', 'outside', 'independently', 'apart', 'addition']);
const INSTITUTION_HEADS: ReadonlySet<string> = new Set(specifics.institutionHeads);
const DEADLINE_WORDS = new Set(['by', 'before', 'until', 'within', 'end', 'from']);
const REFERENCE_WORDS = new Set(['section', 'clause', 'paragraph', 'article', 'para', 'part', 'page', 'annex', 'schedule']);
const yearRe = /^(?:19|20)\d\d$/;
const lowerCache = new WeakMap<SourceModel, string>();

/** Flags a claim about the agreement's content that no clause supports, naming the terms the source never uses. */
export const unsupportedClaim: Rule = {
	id: 'unsupported-claim',
	description: 'A claim about the agreement that no clause supports',
	defaultSeverity: 'warning',
	*check(context) {
		for (const analysed of context.sentences) {
			const from = claimStart(analysed);
			if (from === undefined || analysed.claim.isQuestion) {
				continue;
			}
			const terms = novelTerms(context, analysed, from);
			if (terms.length === 0) {
				continue;
			}
			const best = analysed.alignments[0];
			const match = best && best.score >= 0.2 ? context.sourceSentence(best) : undefined;
			const names = terms.slice(0, 4).map((t) => `\`${t}\``).join(', ');
			yield {
				ruleId: 'unsupported-claim',
				message: `No clause of the ${context.source.shortName} supports this: it never mentions ${names}.${match ? ` Nearest: ${citationLabel(context.source, match.clause)}.` : ''}`,
				span: analysed.sentence.span,
				actual: analysed.sentence.text,
				fixes: match ? [insertQuoteFix(context.source, match, analysed.sentence.span)] : [],
				clause: match ? clauseRef(match.clause) : undefined,
				sentence: analysed.sentence.span,
			};
		}
	},
};

/** Where the claim about the agreement starts (token index), or undefined when the sentence makes none. */
function claimStart(analysed: AnalysedSentence): number | undefined {
	const { tokens, predicates } = analysed.claim;
	const committed = predicates.find((p) => p.isAgentive && !p.negated && p.level >= Strength.Intent);
	if (committed) {
		const cue = tokens.findIndex((t) => t.start === committed.cueSpan.start);
		return Math.max(0, cue - 8);
	}
	for (let i = 0; i < tokens.length; i++) {
		const next = tokens.slice(i + 1, i + 4);
		const isNegated = next.some((t) => NEGATORS.has(t.lower) || t.lower.endsWith("n't"));
		const isReferent = AGREEMENT_WORDS.has(tokens[i]!.lower) || (i === 0 && (tokens[i]!.lower === 'it' || tokens[i]!.lower === 'this'));
		if (isReferent && !isNegated && !isDissociated(tokens, i) && next.some((t) => CONTENT_VERBS.has(t.lower))) {
			return i;
		}
	}
	return undefined;
}

/** "Alongside the agreement, OpenAI confirmed…": the sentence sets its claim apart from the agreement. */
function isDissociated(tokens: readonly Token[], i: number): boolean {
	return tokens.slice(Math.max(0, i - 4), i).some((t) => DISSOCIATORS.has(t.lower));
}

/** Terms in the claim that the source never uses: money, numbers, names, institutions; else many novel words. */
function novelTerms(context: RuleContext, analysed: AnalysedSentence, from: number): string[] {
	const { source } = context;
	const tokens = analysed.claim.tokens.slice(from);
	const out: string[] = [];
	const sourceLower = lowerText(source);
	const prose = analysed.claimProse;
	const base = analysed.sentence.span.start;
	const claimFrom = (tokens[0]?.start ?? base) - base;
	for (const m of prose.slice(claimFrom).matchAll(moneyRe)) {
		if (!sourceLower.includes(m[0].toLowerCase())) {
			out.push(m[0].trim());
		}
	}
	for (const name of capitalisedNames(tokens, analysed.claim.tokens[0])) {
		const head = name.split(' ').pop()!.toLowerCase();
		if (INSTITUTION_HEADS.has(head) && !sourceLower.includes(name.toLowerCase()) && !out.some((t) => t.includes(name))) {
			out.push(name);
		}
	}
	tokens.forEach((t, i) => {
		if ((isSpecificNumber(tokens, i) || SPECIFIC_WORDS.has(t.lower)) && !inSource(source, t) && !out.some((x) => x.includes(t.raw))) {
			out.push(t.raw);
		}
	});
	// Many unfamiliar words with nothing to align to: only a claim when the sentence attributes it to the agreement.
	const all = analysed.claim.tokens;
	const isCommitment = analysed.claim.level >= Strength.Intent && all.some((t, i) => AGREEMENT_WORDS.has(t.lower) && !isDissociated(all, i));
	const isContentClaim = analysed.claim.level < Strength.Intent;
	if (out.length === 0 && (isCommitment || isContentClaim) && (analysed.alignments[0]?.score ?? 0) < NO_ALIGNMENT) {
		const novel = tokens.filter((t) => isContentToken(t) && !inSource(source, t) && !/^\d/.test(t.raw) && !FUNCTIONAL_WORDS.has(t.lower));
		// A description of the agreement ("covers four main areas") is a claim only when it names something new.
		const namesSomething = novel.some((t) => CAPITALISED_RE.test(t.raw) && t !== analysed.claim.tokens[0]);
		if (novel.length >= (isCommitment ? 3 : 2) && (isCommitment || namesSomething)) {
			out.push(...novel.slice(0, 4).map((t) => t.raw));
		}
	}
	return out;
}

/** A number that states a quantity or a deadline, not a date in passing ("in 2023") or a reference ("section 2"). */
function isSpecificNumber(tokens: readonly Token[], i: number): boolean {
	const t = tokens[i]!;
	if (!/^\d/.test(t.raw) || /^\d$/.test(t.raw)) {
		return false;
	}
	const prev = tokens[i - 1]?.lower ?? '';
	if (REFERENCE_WORDS.has(prev)) {
		return false;
	}
	return !yearRe.test(t.raw) || DEADLINE_WORDS.has(prev) || DEADLINE_WORDS.has(tokens[i - 2]?.lower ?? '');
}

/** Runs of capitalised words that are not the sentence's first word alone ("Joint Steering Group"). */
function capitalisedNames(tokens: readonly Token[], sentenceStart: Token | undefined): string[] {
	const out: string[] = [];
	let run: Token[] = [];
	const flush = (): void => {
		while (run.length > 1 && DETERMINERS.has(run[0]!.lower)) {
			run.shift();
		}
		const first = run[0];
		if (first && !(run.length === 1 && first === sentenceStart)) {
			out.push(run.map((t) => t.raw).join(' '));
		}
		run = [];
	};
	for (const t of tokens) {
		if (CAPITALISED_RE.test(t.raw) && t.raw !== 'I') {
			run.push(t);
		} else if (run.length > 0 && (t.lower === 'of' || t.lower === 'for' || t.lower === 'and') && run.length < 6) {
			run.push(t);
		} else {
			while (run.length > 0 && !CAPITALISED_RE.test(run[run.length - 1]!.raw)) {
				run.pop();
			}
			flush();
		}
	}
	flush();
	return out;
}

function inSource(source: SourceModel, t: Token): boolean {
	return source.vocabulary.has(t.lower) || source.vocabulary.has(t.stem);
}

function lowerText(source: SourceModel): string {
	let lower = lowerCache.get(source);
	if (lower === undefined) {
		lower = source.text.toLowerCase().replace(/’/g, "'");
		lowerCache.set(source, lower);
	}
	return lower;
}
