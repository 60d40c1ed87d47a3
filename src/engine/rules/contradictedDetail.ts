import type { SourceModel } from '../source';
import { candidatesOf, findMatches, runEnd } from '../text/findMatches';
import type { Clause } from '../types';
import { CITATION_THRESHOLD, type AnalysedSentence, type Rule, type RuleContext, type RuleFinding } from './rule';
import { citationLabel, clauseRef, replaceFix } from './fixes';
import { referencedClauses } from './wrongReference';

/** A quantity as written: its number and what it counts (a unit, a currency, a period). */
interface Quantity {
	readonly value: number;
	readonly unit: string;
	readonly start: number;
	readonly end: number;
	readonly text: string;
}

const NUMBER_WORDS: Readonly<Record<string, number>> = {
	one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
	fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, ninety: 90, hundred: 100,
};
/** Units a detail is counted in; plural and singular fold to one unit ("years", "year"). */
const UNIT_RE = '(?:per\\s*cent|percent|%|days?|working\\s+days?|weeks?|months?|years?|hours?|minutes?|members?|people|persons?|researchers?|datasets?|stations?|instalments?|installments?|parties|ratifications?|countries|states|times)';
const QUANTITY_ALTERNATIVES = [
	`(?<money>[£$€]\\s?\\d[\\d,]*(?:\\.\\d+)?(?:\\s?(?:billion|million|thousand|bn|m|k)\\b)?)`,
	`\\b(?<num>\\d[\\d,]*(?:\\.\\d+)?|${Object.keys(NUMBER_WORDS).join('|')})(?:[\\s-]+|\\s*(?=%))(?<unit>${UNIT_RE})(?![\\p{L}])`,
];
/** A quantity, tried (sticky) only where `QUANTITY_START_RE` finds a place one can start: see `quantities`. */
const QUANTITY_RE = new RegExp(QUANTITY_ALTERNATIVES.join('|'), 'iuy');
const QUANTITY_START_RE = new RegExp(`[£$€]|\\b(?:\\d|${Object.keys(NUMBER_WORDS).join('|')})`, 'iu');
const findQuantityStart = candidatesOf(QUANTITY_START_RE);
const MULTIPLIERS: Readonly<Record<string, number>> = { billion: 1e9, bn: 1e9, million: 1e6, m: 1e6, thousand: 1e3, k: 1e3 };
/** Below this alignment a sentence is not close enough to a clause to contradict its figures. */
const ABOUT_CLAUSE = CITATION_THRESHOLD * 1.5;

/** The quantities a source states, per clause and as "unit value" keys for the whole text: found once per source. */
interface SourceQuantities {
	readonly byClause: ReadonlyMap<Clause, readonly Quantity[]>;
	readonly anywhere: ReadonlySet<string>;
	/** Every period the source states ("36 months", "90 days"), compared by length ("three years" is 36 months). */
	readonly durations: readonly Quantity[];
}
const sourceQuantities = new WeakMap<SourceModel, SourceQuantities>();

function quantitiesOf(source: SourceModel): SourceQuantities {
	let found = sourceQuantities.get(source);
	if (found === undefined) {
		const all = quantities(source.text);
		found = {
			byClause: new Map(source.clauses.map((c) => [c, quantities(c.text)])),
			anywhere: new Set(all.map(keyOf)),
			durations: all.filter((q) => DAYS_PER[q.unit] !== undefined),
		};
		sourceQuantities.set(source, found);
	}
	return found;
}

const keyOf = (q: Quantity): string => `${q.unit} ${q.value}`;

/** Calendar periods by their length in days; working days, hours and minutes are compared only with their own unit. */
const DAYS_PER: Readonly<Record<string, number>> = { day: 1, week: 7, month: 365.25 / 12, year: 365.25 };

/** Two quantities that say the same kind of thing: the same unit, or two calendar periods ("six months", "90 days"). */
function comparable(a: Quantity, b: Quantity): boolean {
	return a.unit === b.unit || (DAYS_PER[a.unit] !== undefined && DAYS_PER[b.unit] !== undefined);
}

/** The same value, a period by its length (within 2%: "three years" is "36 months", "one year" is "12 months"). */
function sameValue(a: Quantity, b: Quantity): boolean {
	const da = DAYS_PER[a.unit];
	const db = DAYS_PER[b.unit];
	if (da === undefined || db === undefined) {
		return a.unit === b.unit && a.value === b.value;
	}
	return Math.abs(a.value * da - b.value * db) <= 0.02 * Math.max(a.value * da, b.value * db);
}

/** True when the source states this amount, however it is written ("£2.4m" for "£2,400,000"). */
export function sourceStatesAmount(source: SourceModel, written: string): boolean {
	const amount = quantities(written)[0];
	return amount !== undefined && quantitiesOf(source).anywhere.has(keyOf(amount));
}

/** Every quantity in a text (offsets from `base`). */
export function quantities(text: string, base = 0): Quantity[] {
	const out: Quantity[] = [];
	// A number tried at each digit of "1,1,1,…" scanned to the run's end from each: a later digit of the run can end
	// the number only where the first can, so after a failed try the rest of the run is skipped (linear, same matches).
	for (const m of findMatches(text, QUANTITY_RE, findQuantityStart, (t, at) => runEnd(t, at, isDigitOrComma))) {
		const g = m.groups!;
		if (g['money'] !== undefined) {
			const money = /([£$€])\s?(\d[\d,]*(?:\.\d+)?)\s?(billion|million|thousand|bn|m|k)?/i.exec(g['money'])!;
			const value = Number(money[2]!.replace(/,/g, '')) * (MULTIPLIERS[(money[3] ?? '').toLowerCase()] ?? 1);
			out.push({ value, unit: money[1]!, start: base + m.index, end: base + m.index + m[0].length, text: m[0] });
		} else {
			const raw = g['num']!.toLowerCase();
			const value = NUMBER_WORDS[raw] ?? Number(raw.replace(/,/g, ''));
			out.push({ value, unit: unitOf(g['unit']!), start: base + m.index, end: base + m.index + m[0].length, text: m[0] });
		}
	}
	return out;
}

function isDigitOrComma(code: number): boolean {
	return (code >= 48 && code <= 57) || code === 44;
}

function unitOf(unit: string): string {
	const u = unit.toLowerCase().replace(/\s+/g, ' ');
	if (u === '%' || u.startsWith('per')) {
		return '%';
	}
	return u.replace(/ies$/, 'y').replace(/s$/, '').replace(/^installment/, 'instalment');
}

/**
 * Flags a number, amount, interval or count given for what a clause says that conflicts with the clause: the
 * sentence is about the clause (it aligns with it, or names it), the clause states a quantity in the same unit, and
 * the sentence's value is nowhere in the clause ("every ten years" where it says every five years).
 */
export const contradictedDetail: Rule = {
	id: 'contradicted-detail',
	description: 'A number, amount, interval or date that conflicts with the clause it describes',
	defaultSeverity: 'warning',
	*check(context) {
		for (const analysed of context.sentences) {
			if (analysed.frame.reported || analysed.claim.isQuestion || analysed.isOthersWords) {
				continue;
			}
			const finding = contradiction(context, analysed);
			if (finding) {
				yield finding;
			}
		}
	},
};

function contradiction(context: RuleContext, analysed: AnalysedSentence): RuleFinding | undefined {
	const own = quantities(analysed.claimProse, analysed.sentence.span.start);
	if (own.length === 0) {
		return undefined;
	}
	const stated = quantitiesOf(context.source);
	// The clauses the sentence describes: those it cites by number ("(clause 7.3)"), then its two closest.
	const aligned = analysed.alignments.slice(0, 2).filter((a) => a.score >= ABOUT_CLAUSE).map((a) => context.sourceSentence(a).clause);
	const clauses = [...new Set([...referencedClauses(context, analysed.claimProse), ...aligned])];
	for (const clause of clauses) {
		const theirs = stated.byClause.get(clause) ?? [];
		for (const q of own) {
			const sameUnit = theirs.filter((t) => comparable(t, q));
			// The whole source may state this value for the same unit elsewhere: then it is not a contradiction of fact.
			if (sameUnit.length === 0 || sameUnit.some((t) => sameValue(t, q)) || stated.anywhere.has(keyOf(q)) || stated.durations.some((d) => sameValue(d, q))) {
				continue;
			}
			const right = sameUnit[0]!;
			const label = citationLabel(context.source, clause);
			const actual = context.text.slice(q.start, q.end);
			return {
				ruleId: 'contradicted-detail',
				message: `\`${actual}\` conflicts with ${label}, which says “${right.text}”.`,
				span: { start: q.start, end: q.end },
				actual,
				fixes: [replaceFix(context.text, { start: q.start, end: q.end }, right.text, `the figure in ${label}`)],
				clause: clauseRef(clause),
				sentence: analysed.sentence.span,
			};
		}
	}
	return undefined;
}
