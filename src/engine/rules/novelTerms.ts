import { DEFAULT_PARTY_WORDS } from '../analysis/commitment';
import { isProvisionWord } from '../analysis/frame';
import specifics from '../lexicon/specifics.json';
import synonyms from '../lexicon/synonyms.json';
import { foldedTokens } from '../align/terms';
import { sourceHasPhrase } from '../quotes/matchQuote';
import type { SourceModel } from '../source';
import type { Clause } from '../types';
import { amountsIn } from '../text/amounts';
import { isStopword, stemWord, type Token } from '../text/tokens';
import { numberOfWord, numberWordFor, quantities, sourceDerivesAmount, sourceTotalsTable, sourceStatesAmount, sourceStatesDate, sourceStatesDuration, sourceStatesPeriod, statedTerm } from './contradictedDetail';
import { DistinctTerms } from './distinctTerms';
import { sourceListsCount } from './listCounts';

/** A capitalised name found in a claim, with what follows it. */
interface Name {
	readonly tokens: readonly Token[];
	readonly text: string;
	/** The word after the name, if any ("outfit" in "the Silicon Valley outfit"). */
	readonly next?: Token;
	/** True when "a", "an" or "new" introduces it: a claim that the thing exists. */
	readonly isIntroduced: boolean;
	/** True when a preposition or verb governs it: the object of the claim, not its subject. */
	readonly isObject: boolean;
}

const SPECIFIC_WORDS: ReadonlySet<string> = new Set(specifics.words);
const INSTITUTION_HEADS: ReadonlySet<string> = new Set(specifics.institutionHeads);
const NUMBER_WORDS: ReadonlySet<string> = new Set(specifics.numberWords);
const DEADLINE_WORDS: ReadonlySet<string> = new Set(specifics.deadlineWords);
const FREQUENCY_WORDS: ReadonlySet<string> = new Set(specifics.frequencies.words);
const FREQUENCY_PERIODS: ReadonlySet<string> = new Set(specifics.frequencies.periods);
const EXISTING_BODIES: readonly string[] = specifics.existingBodies.patterns;
const EXCLUSIVITY: readonly (readonly string[])[] = specifics.exclusivity.phrases.map((p) => p.split(' '));
/** EXCLUSIVITY by first word, in lexicon order: a token is only tried against the phrases that can start there. */
const EXCLUSIVITY_BY_FIRST_WORD: ReadonlyMap<string, readonly (readonly string[])[]> = (() => {
	const map = new Map<string, (readonly string[])[]>();
	for (const phrase of EXCLUSIVITY) {
		map.set(phrase[0]!, [...(map.get(phrase[0]!) ?? []), phrase]);
	}
	return map;
})();
/**
 * A deadline the source gives in other words: "until March 2028" for "ending on 31 March 2028". (A schedule, "every
 * year", is not excused by the same interval elsewhere in the source: that is often another duty's.)
 */
function sourceStatesWhen(source: SourceModel, when: string): boolean {
	// A bare year ("by 2035") is the source's when it names that year ("by the end of 2035", "31 December 2035").
	const year = /^\S+\s+(?:the\s+end\s+of\s+|end\s+)?((?:19|20)\d\d)$/i.exec(when)?.[1];
	return year !== undefined ? lowerText(source).includes(year) : sourceStatesDate(source, when);
}

/** "signed in", "signed at the", "was signed at": the place of signing comes next. */
const SIGNED_AT_BEFORE_RE = /\bsigned\s+(?:in|at)\s+(?:the\s+)?$/i;
/** "no exclusivity", "without funding": the thing is denied, not claimed. */
const NEGATED_BY = new Set(['no', 'not', 'without', 'zero', 'any']);
const OBJECT_GOVERNORS = new Set(['to', 'with', 'for', 'into', 'at', 'in', 'under', 'through', 'via', 'from', 'on', 'by', 'create', 'establish', 'fund', 'launch', 'join', 'set', 'up']);
const DEADLINE_MARKERS = new Set(['by', 'before', 'within', 'until']);
/** Words that make the sum after them a round figure ("almost £50 million"). */
const APPROXIMATE_BEFORE_RE = /\b(?:almost|nearly|around|about|roughly|approximately|some|just\s+(?:under|over|below|above)|close\s+to|more\s+than|over|under)\s+$/i;

/** What a number after "by" or "within" counts when it is a period. */
const PERIOD_UNITS: ReadonlySet<string> = new Set(specifics.periodUnits.words);
const DEADLINE_FILLERS = new Set(['the', 'end', 'of', 'next', 'this', 'early', 'late', 'mid', 'a']);
const REFERENCE_WORDS = new Set(['section', 'clause', 'paragraph', 'article', 'para', 'part', 'page', 'annex', 'schedule']);
const NAME_LINKS = new Set(['of', 'for', 'and', 'on']);
const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'its', 'our', 'their']);
const INTRODUCERS = new Set(['a', 'an', 'new']);
const CAPITALISED_RE = /^\p{Lu}/u;
const SPACE_RE = /\s/;
/** "the two teams", "both sides", "these three areas": a known set, not a count of something new. */
const DEFINITE = new Set(['the', 'both', 'these', 'those', 'its', 'their', 'our', 'all']);
const KNOWN_COUNTABLES = new Set(['parties', 'sides', 'partners', 'areas', 'sections', 'parts', 'clauses', 'pillars', 'strands', 'themes', 'organisations', 'governments', 'countries', 'days', 'weeks', 'months', 'years']);
/** "four fields", "six datasets": a count of things the source lists, as many as it lists (see listCounts). */
function countsListed(source: SourceModel, tokens: readonly Token[], i: number): boolean {
	const t = tokens[i]!;
	const n = /^\d{1,3}$/.test(t.raw) ? Number(t.raw) : numberOfWord(t.lower);
	const noun = n === undefined ? undefined : tokens.slice(i + 1, i + 4).find((x) => !isStopword(x.lower) && /\p{L}{3,}s$/u.test(x.lower));
	return noun !== undefined && sourceListsCount(source, noun.stem, n!);
}

/** A number written in digits or words ("28", "eight"). */
export function isCountToken(t: Token): boolean {
	return /^\d[\d,.]*$/.test(t.raw) || NUMBER_WORDS.has(t.lower);
}

/** What a writer counts a text in: "600 words", "two pages", "three times". */
const TEXT_MEASURES: ReadonlySet<string> = new Set(specifics.textMeasures.words);
const yearRe = /^(?:19|20)\d\d$/;
/** "three-year agreement", "5-year deal", "two-year-long partnership": the duration a writer gives the agreement. */
export const AGREEMENT_TERM_RE = /\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen|twenty|thirty|forty)[- ](year|month)(?:-long)?\s+(?:[\p{Ll}-]+\s+)?(?:agreement|deal|partnership|memorandum|mou|pact|programme|project|collaboration|arrangement|accord|plan|treaty|contract|pilot|trial|scheme|study|initiative|grant|framework|declaration|charter|compact|concordat|convention|protocol)\b/giu;
const lowerCache = new WeakMap<SourceModel, string>();

/**
 * The specific things a claim names that the source never mentions: money, quantities, deadlines,
 * named institutions and programmes, and concrete nouns (boards, funds, secondments).
 */
export function specificNovelTerms(
	source: SourceModel,
	tokens: readonly Token[],
	prose: string,
	proseBase: number,
	sentenceStart?: Token,
	onlyMoneyAndDates = false,
	near: readonly Clause[] = [],
): string[] {
	const distinct = new DistinctTerms();
	const add = (term: string): void => distinct.add(term);
	const sourceLower = lowerText(source);
	const from = (tokens[0]?.start ?? proseBase) - proseBase;
	const tail = prose.slice(from);
	let searchFrom = 0;
	for (const amount of amountsIn(tail)) {
		const at = tail.indexOf(amount, searchFrom);
		searchFrom = at < 0 ? searchFrom : at + amount.length;
		// "almost £50 million", "just under £50 million": a round figure for a sum the source gives exactly.
		const approximate = at > 0 && APPROXIMATE_BEFORE_RE.test(tail.slice(Math.max(0, at - 20), at));
		if (!sourceLower.includes(amount.toLowerCase()) && !sourceStatesAmount(source, amount, approximate) && !sourceDerivesAmount(source, amount, approximate, yearsIn(tail))) {
			add(amount.trim());
		}
	}
	for (const name of onlyMoneyAndDates ? [] : capitalisedNames(tokens, sentenceStart, (a, b) => prose.slice(a - proseBase, b - proseBase))) {
		// "signed in Manchester on Thursday", "signed at County Hall": where the text was signed, not what it says.
		const start = name.tokens[0]!.start - proseBase;
		if (SIGNED_AT_BEFORE_RE.test(prose.slice(Math.max(0, start - 24), start))) {
			continue;
		}
		if (isNovelName(source, name)) {
			add(name.text);
		}
	}
	let stems: Set<string> | undefined;
	const stemsOf = (): Set<string> => (stems ??= new Set(tokens.map((t) => t.stem)));
	// "compute", "data centres" where the source's own word is "infrastructure": its words, in the reader's terms.
	const folded = foldedTokens(tokens, source.alignment);
	tokens.forEach((t, i) => {
		const deadline = deadlineAt(tokens, i) ?? frequencyAt(tokens, i);
		// "within three working days", "annually": a period the source states in other words is not new.
		const stated = deadline !== undefined && sourceStatesPeriod(source, tokens.slice(i, i + 5).map((x) => x.raw).join(' '), stemsOf(), near);
		if (deadline !== undefined && !stated && !sourceLower.includes(deadline.toLowerCase()) && !sourceStatesWhen(source, deadline)) {
			add(deadline);
		} else if (!onlyMoneyAndDates && !folded.has(t) && !NEGATED_BY.has(tokens[i - 1]?.lower ?? '') && (isSpecificNumber(tokens, i, prose, proseBase) || isSpecificWord(t)) && !inSource(source, t) && !statesTemperature(sourceLower, t) && !statesWithUnit(sourceLower, t) && !statesNumber(sourceLower, t) && !statesInDigits(sourceLower, t, tokens[i + 1]) && !sourceTotalsTable(source, t.raw) && !countsListed(source, tokens, i)
			// "£2 million" where the source writes £2,000,000: the magnitude is the amount's, which is checked whole; so is
			// the number of "GBP 3.18 million" (£3,185,000).
			&& !(MAGNITUDES.has(t.lower) && /^[£$€]?\d/.test(tokens[i - 1]?.raw ?? ''))
			// "one hundred and eighteen million pounds", "ninety-six million" (a radio script's sums): the amount, in words.
			&& !(MAGNITUDES.has(t.lower) && spelledAmountStated(source, tokens, i))
			&& !(startsWithDigit(t.raw) && MAGNITUDES.has(tokens[i + 1]?.lower ?? '') && sourceStatesAmount(source, `${t.raw} ${tokens[i + 1]!.raw}`))) {
			add(t.raw);
		}
	});
	return distinct.terms;
}

/**
 * "a three-year agreement", "the five-year partnership": a term the writer gives the agreement that the source does
 * not give itself (it states no period of that length). Said in passing, whatever else the sentence claims or denies.
 */
export function inventedTerm(source: SourceModel, prose: string): string | undefined {
	for (const m of prose.matchAll(AGREEMENT_TERM_RE)) {
		// A source that states its own term contradicts a wrong one (contradicted-detail), it does not lack it.
		if (!sourceStatesDuration(source, `${m[1]} ${m[2]}s`) && statedTerm(source) === undefined && !(m[2]!.toLowerCase() === 'year' && spansYears(source, m[1]!))) {
			return m[0].split(/\s+/).slice(0, -1).join(' ');
		}
	}
	return undefined;
}

/** "2026–2028", "from 2026 to 2028": a span of years the source gives, as many years as "a three-year deal" says. */
function spansYears(source: SourceModel, count: string): boolean {
	const n = quantities(`${count} years`)[0]?.value;
	return n !== undefined && [...source.text.matchAll(YEAR_SPAN_RE)].some((y) => Number(y[2]) - Number(y[1]) + 1 === n);
}
const YEAR_SPAN_RE = /\b((?:19|20)\d\d)\s*(?:[–-]|to)\s*((?:19|20)\d\d)\b/g;

/**
 * A name is novel when the source never uses it (nor its last words: "Government's AI Opportunities Action
 * Plan" is the source's plan). Institutions ("… Board", "… Fund") always count; other names only when they
 * head a phrase rather than describe a noun ("the Silicon Valley outfit").
 */
function isNovelName(source: SourceModel, name: Name): boolean {
	for (let k = 0; k < name.tokens.length; k++) {
		if (name.tokens.length - k >= 2 && sourceHasPhrase(source, name.tokens.slice(k))) {
			return false;
		}
	}
	const head = name.tokens[name.tokens.length - 1]!;
	const lower = name.tokens.map((t) => t.lower).join(' ');
	if (EXISTING_BODIES.some((body) => lower.startsWith(body) || lower === body)) {
		return false;
	}
	if (INSTITUTION_HEADS.has(head.lower)) {
		// "the Board", "the Agency": a single word refers to a body the reader knows; a new one has a name.
		return name.tokens.length >= 2 && !sourceHasPhrase(source, name.tokens);
	}
	const isAttributive = name.next !== undefined && !CAPITALISED_RE.test(name.next.raw) && !isStopword(name.next.lower);
	const hasNewWord = name.tokens.some((t) => !NAME_LINKS.has(t.lower) && !inSource(source, t));
	// Other names count as the object of a claim ("… to the Incubator for AI"), not as its subject.
	return name.tokens.length >= 2 && !isAttributive && hasNewWord && name.isObject;
}

/** Named institutions a sentence introduces as new ("a joint Ministry–Company Partnership Board") that the source never mentions. */
export function introducedInstitutions(source: SourceModel, tokens: readonly Token[], prose: string, proseBase: number): string[] {
	return capitalisedNames(tokens, tokens[0], (a, b) => prose.slice(a - proseBase, b - proseBase))
		.filter((name) => name.isIntroduced && INSTITUTION_HEADS.has(name.tokens[name.tokens.length - 1]!.lower) && isNovelName(source, name))
		.map((name) => name.text);
}

/** "by Christmas", "before the end of 2026", "within six months": a deadline the source does not set. */
function deadlineAt(tokens: readonly Token[], i: number): string | undefined {
	if (!DEADLINE_MARKERS.has(tokens[i]!.lower)) {
		return undefined;
	}
	// "by March 2026", "by the end of 2026", "within six months"; not "published by the department in January".
	const window = tokens.slice(i + 1, i + 5);
	const at = window.findIndex((t) => DEADLINE_WORDS.has(t.lower) || yearRe.test(t.raw) || NUMBER_WORDS.has(t.lower));
	if (at === -1 || at > 2 || window.slice(0, at).some((t) => !DEADLINE_FILLERS.has(t.lower))) {
		return undefined;
	}
	if (window[at]!.lower === 'may' && !CAPITALISED_RE.test(window[at]!.raw)) {
		return undefined;
	}
	// "by the five councils", "by eight votes to three": an agent or a margin, not a period ("within six months").
	if (NUMBER_WORDS.has(window[at]!.lower) && !PERIOD_UNITS.has(window[at + 1]?.lower ?? '')) {
		return undefined;
	}
	// "by the end of June 2027", "by the end of 2026": the phrase runs to the month and year it names; without a year
	// ("by the end of June next year", "by the end of the month") it names no date to check.
	if (window[at]!.lower === 'end' && tokens[i + 2 + at]?.lower === 'of') {
		const rest = tokens.slice(i + 3 + at, i + 6 + at);
		const year = rest.findIndex((t) => yearRe.test(t.raw));
		return year === -1 ? undefined : tokens.slice(i, i + 4 + at + year).map((t) => t.raw).join(' ');
	}
	// "by March 31, 2026": a date written month first runs to its year.
	if (/^[0-3]?\d$/.test(window[at + 1]?.raw ?? '') && yearRe.test(window[at + 2]?.raw ?? '')) {
		return tokens.slice(i, i + 4 + at).map((t) => t.raw).join(' ');
	}
	// "by 2030 and …": a year ends the deadline.
	const end = yearRe.test(window[at]!.raw) ? window[at]! : window[Math.min(window.length - 1, at + 1)]!;
	const last = yearRe.test(end.raw) || /^\p{L}/u.test(end.raw) ? end : window[at]!;
	return tokens.slice(i, i + 2 + window.indexOf(last)).map((t) => t.raw).join(' ');
}

/** "no other AI company", "exclusive partner", "at cost": special terms the source does not grant. */
export function exclusivityTerm(source: SourceModel, tokens: readonly Token[]): string | undefined {
	const sourceLower = lowerText(source);
	for (let i = 0; i < tokens.length; i++) {
		const named = tokens[i]!.lower === 'only' && isNamedParty(source, tokens[i + 1]?.lower ?? '');
		if (named && !sourceLower.includes(`only ${tokens[i + 1]!.lower}`) && !tokens.slice(Math.max(0, i - 4), i).some((t) => NEGATED_BY.has(t.lower) || t.lower.endsWith("n't"))) {
			return `${tokens[i]!.raw} ${tokens[i + 1]!.raw}`;
		}
		const candidates = EXCLUSIVITY_BY_FIRST_WORD.get(tokens[i]!.lower);
		if (candidates === undefined) {
			continue;
		}
		for (const phrase of candidates) {
			// "sole use" where the source grants "the exclusive use": one exclusive right in another word.
			if (phrase.every((w, k) => tokens[i + k]?.lower === w) && !sourceLower.includes(phrase.join(' ')) && !(SOLE_WORDS.has(phrase.join(' ')) && [...SOLE_WORDS].some((w) => source.vocabulary.has(w)))) {
				const before = tokens.slice(Math.max(0, i - 4), i).map((t) => t.lower);
				if (!before.some((w) => NEGATED_BY.has(w) || w.endsWith("n't"))) {
					return tokens.slice(i, i + phrase.length + (phrase[0] === 'no' ? 1 : 0)).map((t) => t.raw).join(' ');
				}
			}
		}
	}
	return undefined;
}

/** Words for one party's exclusive right: the source's "exclusive use" is a briefing's "sole use". */
const SOLE_WORDS: ReadonlySet<string> = new Set(specifics.exclusiveRight.words);

/** One of the source's own named parties ("openai"), not a generic party word ("government"). */
function isNamedParty(source: SourceModel, word: string): boolean {
	return word !== '' && source.parties.agents.has(word) && !DEFAULT_PARTY_WORDS.agents.has(word);
}

/** A concrete noun ("board", "fund", "secondment"); a capitalised one is part of a name, judged as a name. */
function isSpecificWord(t: Token): boolean {
	return SPECIFIC_WORDS.has(t.lower) && !CAPITALISED_RE.test(t.raw);
}

/** "every quarter", "each spring", "monthly": a schedule the source does not set. */
function frequencyAt(tokens: readonly Token[], i: number): string | undefined {
	const t = tokens[i]!;
	if (FREQUENCY_WORDS.has(t.lower)) {
		return t.raw;
	}
	const next = tokens[i + 1];
	// "every year group", "each month's figures": the period word describes a noun, it is no schedule.
	const after = tokens[i + 2];
	if (next !== undefined && after !== undefined && /^\p{Ll}+$/u.test(after.raw) && !isStopword(after.lower) && after.start - next.end <= 1) {
		return undefined;
	}
	return (t.lower === 'every' || t.lower === 'each') && next !== undefined && FREQUENCY_PERIODS.has(next.lower) ? `${t.raw} ${next.raw}` : undefined;
}

/** A number that states a quantity, not a date in passing ("in 2023") or a reference ("section 2", "(Art. 7.10)", "4.2:"). */
function isSpecificNumber(tokens: readonly Token[], i: number, prose: string, proseBase: number): boolean {
	const t = tokens[i]!;
	const prev = tokens[i - 1]?.lower ?? '';
	if (REFERENCE_WORDS.has(prev) || isProvisionWord(prev) || isReferenceNumber(t, tokens[i + 1], prose, proseBase)) {
		return false;
	}
	// "In fewer than 600 words", "under two pages", "appears three times": the writer measuring the text, not its content.
	if (TEXT_MEASURES.has(tokens[i + 1]?.lower ?? '')) {
		return false;
	}
	if (NUMBER_WORDS.has(t.lower) && !DEFINITE.has(prev)) {
		// "ten engineers", "five pilots": a count of something new; not "the two parties", "four main areas", nor a period
		// ("two business days", "three working days").
		if (PERIOD_UNITS.has(tokens[i + 1]?.lower ?? '')) {
			return false;
		}
		const next = tokens.slice(i + 1, i + 3).find((n) => !isStopword(n.lower));
		return next !== undefined && (SPECIFIC_WORDS.has(next.lower) || (/s$/.test(next.lower) && !countsKnownThings(next)));
	}
	// "2027–28", "2027/28": the second year of a financial or academic year, not a count.
	const before = tokens[i - 1];
	if (before !== undefined && yearRe.test(before.raw) && /^\d\d$/.test(t.raw) && /^\s*[-–/]\s*$/.test(prose.slice(before.end - proseBase, t.start - proseBase))) {
		return false;
	}
	return startsWithDigit(t.raw) && !/^\d$/.test(t.raw) && !yearRe.test(t.raw);
}

/**
 * The number written in words right before `tokens[i]` ("one hundred and eighteen", "ninety-six"), if there is one: read
 * back over number words, "hundred" and an "and" between them.
 */
function spelledNumberBefore(tokens: readonly Token[], i: number): number | undefined {
	let j = i - 1;
	while (j >= 0 && (spelledValue(tokens[j]!.lower) !== undefined || (tokens[j]!.lower === 'and' && j > 0 && spelledValue(tokens[j - 1]!.lower) !== undefined && spelledValue(tokens[j + 1]?.lower ?? '') !== undefined))) {
		j--;
	}
	let total: number | undefined;
	for (const t of tokens.slice(j + 1, i)) {
		const value = spelledValue(t.lower);
		if (value === undefined) {
			continue;
		}
		total = value === 100 ? (total ?? 1) * 100 : (total ?? 0) + value;
	}
	return total;
}

/** "eighteen" → 18, "ninety-six" → 96, "hundred" → 100. */
function spelledValue(word: string): number | undefined {
	const parts = word.split('-');
	const values = parts.map((w) => numberOfWord(w));
	return values.every((v) => v !== undefined) ? values.reduce((a, b) => a! + b!, 0) : undefined;
}

/** True when the source states, roughly, the amount spelled out before the magnitude at `tokens[i]`. */
function spelledAmountStated(source: SourceModel, tokens: readonly Token[], i: number): boolean {
	const value = spelledNumberBefore(tokens, i);
	return value !== undefined && sourceStatesAmount(source, `${value} ${tokens[i]!.lower}`, true);
}

/** Words after a decimal number that make it an amount ("2.5 million", "1.5 degrees"), not a reference. */
const MAGNITUDES: ReadonlySet<string> = new Set(specifics.figures.magnitudes);

/**
 * A dotted number standing alone as a reference ("(7.10)", "4.2: each Party shall …", "see 9.1"): a clause is cited,
 * which the reference rules judge; it is not an invented quantity. "2.5 million" and "1.5C" are amounts.
 */
function isReferenceNumber(t: Token, next: Token | undefined, prose: string, proseBase: number): boolean {
	if (!/^\d{1,3}(?:\.\d{1,3})+[a-z]?$/.test(t.raw) || (next !== undefined && MAGNITUDES.has(next.lower))) {
		return false;
	}
	const after = prose.charAt(t.end - proseBase);
	return after !== '%' && !/^\p{L}/u.test(prose.slice(t.end - proseBase, t.end - proseBase + 1));
}

/** Runs of capitalised words, with "of", "for", "and" inside ("Incubator for AI"), minus a leading article. */
function capitalisedNames(tokens: readonly Token[], sentenceStart: Token | undefined, textOf: (start: number, end: number) => string): Name[] {
	const out: Name[] = [];
	let run: Token[] = [];
	// The run is tokens[runStart, runStart + run.length): tokens are pushed in order and any other token flushes it.
	let runStart = 0;
	const flush = (next: Token | undefined): void => {
		if (run.length === 0) {
			return;
		}
		while (run.length > 0 && !CAPITALISED_RE.test(run[run.length - 1]!.raw)) {
			run.pop();
		}
		const before = run.length > 0 ? tokens[runStart - 1] : undefined;
		let at = runStart;
		while (run.length > 1 && DETERMINERS.has(run[0]!.lower)) {
			run.shift();
			at++;
		}
		const first = run[0];
		// "WHAT THE MEMORANDUM PROVIDES" is a shouted heading, not a name.
		const isShouted = run.length >= 3 && run.every((t) => t.raw === t.raw.toUpperCase());
		const hasFunctionWord = run.some((t) => isStopword(t.lower) && !NAME_LINKS.has(t.lower));
		if (first && !isShouted && !hasFunctionWord && !(run.length === 1 && first === sentenceStart)) {
			// "a new …", "a joint …", "an independent …": up to two words back, an article or "new" introduces it.
			const isIntroduced = tokens.slice(Math.max(0, at - 3), at).some((t) => INTRODUCERS.has(t.lower)) || (before !== undefined && INTRODUCERS.has(before.lower));
			const governor = tokens[at - 1]?.lower === 'the' ? tokens[at - 2] : tokens[at - 1];
			const isObject = governor !== undefined && (OBJECT_GOVERNORS.has(governor.lower) || /(?:ed|es|s)$/.test(governor.lower) && !isStopword(governor.lower));
			out.push({ tokens: run, text: textOf(first.start, run[run.length - 1]!.end).replace(/\s+/g, ' '), next, isIntroduced, isObject });
		}
		run = [];
	};
	tokens.forEach((t, i) => {
		const previous = run[run.length - 1];
		if (previous !== undefined && !isSpacesOrDashes(textOf(previous.end, t.start))) {
			flush(t);
		}
		if (isCapitalised(t.raw) && t.raw !== 'I') {
			if (run.length === 0) {
				runStart = i;
			}
			run.push(t);
		} else if (run.length > 0 && NAME_LINKS.has(t.lower) && run.length < 6) {
			run.push(t);
		} else {
			flush(t);
		}
	});
	flush(undefined);
	return out;
}

// Per-token tests of the loops above, by character code (a regular expression call costs more than the test).

/** /^\p{Lu}/u.test(word), with ASCII answered directly. */
function isCapitalised(word: string): boolean {
	const c = word.charCodeAt(0);
	return c < 128 ? c >= 65 && c <= 90 : CAPITALISED_RE.test(word);
}

/** /^\d/.test(word). */
function startsWithDigit(word: string): boolean {
	const c = word.charCodeAt(0);
	return c >= 48 && c <= 57;
}

/** !/[^\s\-–—]/u.test(gap): only white space and dashes between two words ("Ministry – Company", a line break). */
function isSpacesOrDashes(gap: string): boolean {
	for (let i = 0; i < gap.length; i++) {
		const c = gap.charCodeAt(i);
		const ok = c === 32 || c === 45 || c === 0x2013 || c === 0x2014 || (c < 128 ? c >= 9 && c <= 13 : SPACE_RE.test(gap[i]!));
		if (!ok) {
			return false;
		}
	}
	return true;
}

/** Parties, sides and the source's own nouns are not new things to count. */
function countsKnownThings(t: Token): boolean {
	return KNOWN_COUNTABLES.has(t.lower);
}

/** "1.5C", "2C" where the source writes "1.5 °C" or "2 degrees": the same temperature in other notation. */
function statesTemperature(sourceLower: string, t: Token): boolean {
	const m = /^(\d{1,2}(?:\.\d)?)°?[cf]$/i.exec(t.raw);
	return m !== null && new RegExp(`(?<![\\d.])${m[1]!.replace('.', '\\.')}\\s?(?:°\\s?[cf]\\b|degrees?\\b)`).test(sourceLower);
}

/**
 * The words the source's words are made of: "border" of "cross-border", "budget" of "budgetary", "region" of
 * "regional". Saying "across the border" or "its budget" names nothing new; a list item is still compared word by word.
 */
export function inSourceWordParts(source: SourceModel, t: Token): boolean {
	let parts = wordParts.get(source);
	if (parts === undefined) {
		const found = new Set<string>();
		parts = found;
		for (const word of source.vocabulary) {
			for (const part of word.includes('-') ? word.split('-').filter((w) => w.length >= 3) : []) {
				found.add(part);
				found.add(stemWord(part));
			}
			const base = DERIVED_ADJECTIVE_RE.exec(word)?.[1];
			if (base !== undefined && base.length >= 4) {
				found.add(base);
				found.add(stemWord(base));
			}
		}
		wordParts.set(source, parts);
	}
	return parts.has(t.lower) || parts.has(t.stem);
}
const wordParts = new WeakMap<SourceModel, ReadonlySet<string>>();
/** An adjective made from a noun: "budgetary", "regional", "strategic". */
const DERIVED_ADJECTIVE_RE = /^(\p{L}+?)(?:ary|ical|ial|al|ic)$/u;

function inSource(source: SourceModel, t: Token): boolean {
	return source.vocabulary.has(t.lower) || source.vocabulary.has(t.stem) || inSourceWordParts(source, t) || (SAME_AS.get(t.lower) ?? []).some((w) => source.vocabulary.has(w))
		// "15" for the source's "fifteen working days" (a number word is never a clause number, so it names a quantity).
		|| source.vocabulary.has(numberWordFor(t.lower) ?? '');
}

/** One word another word means to a drafter ("stake" for the source's "interest" or "ownership"), from the synonyms. */
const SAME_AS: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(synonyms.phrases).filter(([phrase]) => !phrase.includes(' ')).map(([word, to]) => [word, to.split(' ')]));

/** The numbers of years a sentence gives ("over the 35-year life", "for 25 years"): a yearly sum times them is a total. */
function yearsIn(prose: string): number[] {
	return [...prose.matchAll(/(?<![\d.,£$€])(\d{1,3})[-\s]+years?\b/gi)].map((m) => Number(m[1]!)).filter((n) => n >= 2);
}

/** "GBP 38,500" or "38,500 pounds" for the source's "£38,500": a figure of several digits the source writes, in any unit. */
function statesNumber(sourceLower: string, t: Token): boolean {
	if (!/^\d[\d,]*\d$/.test(t.raw) || t.raw.replace(/,/g, '').length < 3) {
		return false;
	}
	return new RegExp(`(?<![\\d.,])${t.raw.replace(/,/g, ',')}(?![\\d]|[.,]\\d)`).test(sourceLower);
}

/** "three members" for the source's "3 members": a number in words, counting what the source counts in digits. */
function statesInDigits(sourceLower: string, t: Token, next: Token | undefined): boolean {
	const n = numberOfWord(t.lower);
	return n !== undefined && next !== undefined && new RegExp(`(?<![\\d.,])${n}\\s+(?:\\(\\w+\\)\\s+)?${next.lower.replace(/[^\p{L}]/gu, '')}`, 'u').test(sourceLower);
}

/** "40MW" for the source's "40 MW", "5km" for "5 km": a figure written with its unit joined on. */
function statesWithUnit(sourceLower: string, t: Token): boolean {
	const m = /^(\d[\d,.]*)(\p{L}{1,4})$/u.exec(t.lower);
	// "60pc" is the newspaper's "60%": the source's "60%", "60 per cent" or "60 percent".
	const spelled = m?.[2] === 'pc' ? ['%', ' per cent', ' percent'] : [` ${m?.[2]}`, m?.[2]];
	return m !== null && spelled.some((unit) => sourceLower.includes(`${m[1]}${unit}`));
}

/** The source's text in lower case, typographic apostrophes straightened and emphasis dropped; once per source. */
export function lowerText(source: SourceModel): string {
	let lower = lowerCache.get(source);
	if (lower === undefined) {
		// Emphasis is not a word: "by the end of **2030**" says "by the end of 2030".
		lower = source.text.toLowerCase().replace(/’/g, "'").replace(/\*+/g, '');
		lowerCache.set(source, lower);
	}
	return lower;
}
