import specifics from '../lexicon/specifics.json';
import type { SourceModel, SourceSentence } from '../source';
import { candidatesOf, findMatches, runEnd } from '../text/findMatches';
import { type Clause, Strength } from '../types';
import { firstFrom, isStopword, type Token, tokenize } from '../text/tokens';
import { CITATION_THRESHOLD, CLOSE_CLAUSE, type AnalysedSentence, definedTerm, isDefinition, type Rule, type RuleContext, type RuleFinding, statesUnhedged } from './rule';
import { citationLabel, clauseRef, replaceFix } from './fixes';
import { attachedTextOf } from '../clauses/attachedTexts';
import { referencedClauses } from './wrongReference';
import { AGREEMENT_TERM_RE, lowerText } from './novelTerms';
import { isProvisionWord, namesDocument } from '../analysis/frame';
import { addTo } from '../multimap';
import type { Alignment } from '../align/alignmentIndex';
import { sameEnd, type YearWindow, yearWindows } from './seasons';
import { analyseCommitment } from '../analysis/commitment';

/** A quantity as written: its number and what it counts (a unit, a currency, a period, a date). */
interface Quantity {
	readonly value: number;
	readonly unit: string;
	readonly start: number;
	readonly end: number;
	readonly text: string;
	/** "every five years", "quarterly": how often, not how long ("within 60 days", "for three years"). */
	readonly interval: boolean;
	/** "up to 30", "not more than £5,000", "a maximum of 12": the figure is a limit, not an amount promised. */
	readonly ceiling?: string;
	/** "expected to total £560 million", "estimated at £2m": the figure is an estimate, not an amount settled. */
	readonly estimate?: string;
	/** A sum written rounded ("£6.86m", "£6.9m"): how far the exact sum may lie from it (half its last digit). */
	readonly precision?: number;
	/** "by 2033": a deadline given only to the year, the same as any date in that year ("by September 2033"). */
	readonly yearOnly?: true;
	/** "a further three months", "an additional £2 million": added to another figure, not a figure of its own. */
	readonly increment?: true;
	/** "spring 2026", "by the autumn of 2026": a season, the same as any date inside it (from, to as yyyymmdd). */
	readonly season?: readonly [number, number];
}

/** A source's quantity with the words around it: what it is the quantity of. */
interface StatedQuantity extends Quantity {
	readonly clause: Clause;
	readonly context: ReadonlySet<string>;
	/** In a table, the stems of its row's first cell ("| University | 2,400,000 |"): whose or what the figure is. */
	readonly rowLabel?: ReadonlySet<string>;
}

const NUMBER_WORDS: Readonly<Record<string, number>> = {
	one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
	thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
};
/** The number a word names ("four" → 4, "hundred" → 100), if it names one. */
export function numberOfWord(word: string): number | undefined {
	return Object.hasOwn(NUMBER_WORDS, word) ? NUMBER_WORDS[word] : undefined;
}
/** The word for a number the source may write in words ("15" → "fifteen"), if it has one. */
export function numberWordFor(digits: string): string | undefined {
	return NUMBER_NAMES.get(digits);
}
const NUMBER_NAMES: ReadonlyMap<string, string> = new Map(Object.entries(NUMBER_WORDS).map(([word, n]) => [String(n), word]));

/** "twenty-five", "ninety five": a compound number word (it must be read whole, not as its last word). */
const COMPOUND_NUMBER = '(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[-\\s](?:one|two|three|four|five|six|seven|eight|nine)';
/** Units a detail is counted in; plural and singular fold to one unit ("years", "year"). */
const UNIT_RE = '(?:per\\s*cent|percent|%|pc(?=\\b)|days?|working\\s+days?|business\\s+days?|weeks?|months?|years?|hours?|minutes?|members?|people|persons?|individuals?|times|tonnes?|tons?|kilomet(?:re|er)s?|km|miles?|hectares?|nautical\\s+miles?)';
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_RE = `(?:${MONTHS.map((m) => m[0]!.toUpperCase() + m.slice(1)).join('|')})`;
/** "May and November", "March, July and November" right before "each year". */
const MONTHS_LISTED_RE = new RegExp(`${MONTH_RE}(?:,\\s*${MONTH_RE})*\\s+(?:and|&)\\s+${MONTH_RE}\\s+(?:of\\s+)?$`, 'u');
const MONTH_WORD_RE = new RegExp(MONTH_RE, 'gu');
/** A bound of time right before a year of the agreement: "after", "by", "before the end of", "from the start of". */
const YEAR_BOUND_BEFORE_RE = /\b(?:after|by|before|until|till|from|within|(?:the\s+)?(?:end|start|beginning)\s+of)\s+(?:the\s+)?$/i;
/** The words that name an agreement's own numbered years ("Contract Year", "Funding Year"). */
const YEAR_KINDS = '(?:[Cc]ontract|[Ff]unding|[Ff]inancial|[Aa]cademic|[Pp]rogramme|[Pp]artnership|[Oo]perating|[Ll]icence|[Cc]oncession|[Ss]cheme)';
/** The noun after a spelled ordinal that makes it a year ("fourth Contract Year", "third year"), with the kind if named. */
const NTH_YEAR_AFTER_RE = new RegExp(`^\\s+(${YEAR_KINDS}\\s+)?year\\b`, 'i');
/** "by a further ", "an additional ", "another ": what follows is added to another figure. */
const INCREMENT_BEFORE_RE = /\b(?:a\s+further(?:\s+period\s+of)?|an\s+additional|another|an\s+extra)\s+$/i;
/** Ordinals in words, up to the twelfth: days, months and years are counted so in agreements. */
const SPELLED_ORDINALS: Readonly<Record<string, number>> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12 };
/** A day of the week, whole or short ("Monday", "Mon", "Tues", "Thurs"). */
const WEEKDAY_RE = '(?:Mon(?:day)?|Tue(?:s(?:day)?)?|Wed(?:nesday)?|Thu(?:r(?:s(?:day)?)?)?|Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?)';
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
/** The months of a season, as mmdd from and to (meteorological: spring is March to May). */
const SEASONS: Readonly<Record<string, readonly [number, number]>> = { spring: [301, 531], summer: [601, 831], autumn: [901, 1130] };
const QUANTITY_ALTERNATIVES = [
	// "aged 65 or over", "65+", "over-60s", "aged 60 and over": the youngest age a group covers; "under-18s", "aged under 25":
	// the age it stops at. (Not a range, "aged 16 to 24".)
	`(?:\\b[Aa]ged\\s+(?<agemin>\\d{1,3})\\s*(?:\\+|or\\s+(?:over|older|above)|and\\s+(?:over|older|above))|\\b(?<agemin2>\\d{1,3})\\s*\\+(?=\\s)|\\b[Oo]ver[-\\s](?<agemin3>\\d{1,3})s\\b|\\b[Aa]ged\\s+(?:over|above)\\s+(?<agemin4>\\d{1,3})\\b)`,
	`(?:\\b[Uu]nder[-\\s](?<agemax>\\d{1,3})s\\b|\\b[Aa]ged\\s+(?:under|below)\\s+(?<agemax2>\\d{1,3})\\b)`,
	`(?<money>(?:[£$€]|\\b(?:GBP|USD|EUR)\\s?)\\d[\\d,]*(?:\\.\\d+)?(?:\\s?(?:billion|million|thousand|bn|m|k)\\b)?)`,
	// "by 2030", "before the end of 2027", "no later than 2030": a deadline given as a year, compared as its last day.
	`(?<=\\b(?:[Bb]y|[Bb]efore|[Uu]ntil|[Nn]o\\s+later\\s+than|[Nn]ot\\s+later\\s+than)\\s+(?:the\\s+end\\s+of\\s+)?)(?<yend>(?:19|20)\\d\\d)\\b(?![-–/]\\d|\\s*[-–]\\s*\\d)`,
	// "30 April 2026", "30th April 2026", "April 2026" (a date without a year is not compared).
	`\\b(?<date>(?:(?<day>[0-3]?\\d)(?:st|nd|rd|th)?\\s+)?(?<month>${MONTH_RE})\\s+(?<year>(?:19|20)\\d\\d))\\b`,
	// "31 Mar 2026", "1 Sept. 2025", "Sept 2026": a table's short month, with or without its day.
	`\\b(?<adate>(?:(?<aday>[0-3]?\\d)\\s+)?(?<amonth>Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?\\s+(?<ayear>(?:19|20)\\d\\d))\\b`,
	// "March 31, 2026": a date written month first.
	`\\b(?<mdate>(?<mmonth>${MONTH_RE})\\s+(?<mday>[0-3]?\\d)(?:st|nd|rd|th)?,?\\s+(?<myear>(?:19|20)\\d\\d))\\b`,
	// "by 15 March each year", "by 1 March before the Funding Year": a day of the year, without one; compared only with
	// another such day.
	`(?<![\\d,.])\\b(?<dm>(?<dmday>[0-3]?\\d)(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<dmmonth>${MONTH_RE}))\\b(?!,?\\s*(?:[0-3]?\\d\\b|(?:19|20)\\d\\d))`,
	// "by 2027/28", "from 2026–27", "the financial year 2025/26": a deadline, a start or a named financial or academic
	// year, compared only with another (a range of years, "2025–2030", is none; "in 2023/24" is more often when
	// something happened than a term of the deal).
	`(?<=\\b(?:(?:[Bb]y|[Ff]rom|[Uu]ntil|[Bb]efore|[Aa]fter|[Ss]tarting(?:\\s+in)?|[Nn]o\\s+later\\s+than|[Nn]ot\\s+later\\s+than)\\s+(?:the\\s+end\\s+of\\s+)?(?:the\\s+)?(?:(?:academic|financial|school|fiscal)\\s+years?\\s+)?|(?:[Aa]cademic|[Ff]inancial|[Ss]chool|[Ff]iscal)\\s+years?\\s+))(?<![\\d/–-])\\b(?<fy>(?:19|20)\\d\\d)\\s?[/–-]\\s?(?<fy2>\\d\\d|(?:19|20)\\d\\d)\\b(?![/–-]\\d|\\.\\d)`,
	// "twice in each year", "four times a year", "once per month": so many times in a period, compared as the interval
	// between them ("twice a year" is every six months).
	`\\b(?<times>once|twice|thrice|(?:two|three|four|five|six|ten|twelve|\\d{1,2})\\s+times)\\s+(?:a|an|per|in\\s+(?:each|every|any)(?:\\s+(?:calendar|financial|contract|academic|school))?)\\s+(?<tunit>year|month|week|quarter)\\b`,
	// "annually", "every other year", "quarterly": an interval in a word, compared as a period ("each year's
	// contributions" is the year's, not how often).
	`\\b(?<freq>half[-\\s]yearly|six[-\\s]monthly|annually|biennially|(?<!half[-\\s])yearly|quarterly|monthly|fortnightly|weekly|every\\s+(?:other\\s+)?(?:year|month|week|fortnight)|(?:every|each)\\s+(?:calendar\\s+)?quarter|each\\s+(?:calendar\\s+)?(?:year|month|week)|once\\s+a\\s+(?:year|month|week)|twice\\s+a\\s+year|termly|(?:every|each)\\s+(?:school\\s+)?(?:half[-\\s])?term)\\b(?!['’]s?\\b)`,
	// "spring 2026", "the autumn of 2026", "late summer 2027": a season of a year (not winter, which straddles two).
	`\\b(?<season>spring|summer|autumn)\\s+(?:of\\s+)?(?<syear>(?:19|20)\\d\\d)\\b`,
	// "Monday to Friday", "Mon–Sat", "Tuesday through Thursday": a range of days of the week.
	`\\b(?<wdays>${WEEKDAY_RE}\\.?\\s*(?:to|–|-|through|until|till)\\s*${WEEKDAY_RE})\\b`,
	// "by 10:00", "by 9am", "2 p.m.": a time of day, compared in minutes after midnight (not "4.12", a clause number).
	`\\b(?<clock>(?:[01]?\\d|2[0-3]):[0-5]\\d(?:\\s*(?:am|pm|a\\.m\\.|p\\.m\\.))?|(?:1[0-2]|0?[1-9])(?:[.:][0-5]\\d)?\\s*(?:am|pm|a\\.m\\.|p\\.m\\.))(?![\\p{L}\\d])`,
	// "between 07.00 and 19.00", "by 17.30": a 24-hour time written with a point, only with two-digit hours after a word
	// of time ("clause 12.30" and "£10.50" are none).
	`(?<=\\b(?:[Bb]etween|[Ff]rom|[Uu]ntil|[Tt]ill|[Bb]y|[Aa]t|[Tt]o|[Aa]nd|[Bb]efore|[Aa]fter)\\s+)(?<clock2>(?:[01]\\d|2[0-3])\\.[0-5]\\d)(?![\\d.,]|\\s*(?:%|per\\s*cent|percent))`,
	// "half an hour", "a quarter of an hour", "an hour and a half": minutes, in words.
	`\\b(?<halfhour>half\\s+an\\s+hour|(?:a|one)\\s+quarter\\s+of\\s+an\\s+hour|three\\s+quarters\\s+of\\s+an\\s+hour|an\\s+hour\\s+and\\s+a\\s+half)\\b`,
	// "half of her working time", "a quarter of the budget": a share, compared as a percentage.
	// "one in ten tickets", "four in ten artists": a share, compared as a percentage.
	`\\b(?<ratio>(?:one|two|three|four|five|six|seven|eight|nine|\\d{1,2})\\s+(?:in|out\\s+of)\\s+(?:two|three|four|five|ten|twenty|a\\s+hundred|\\d{1,3}(?:,\\d{3})*))\\b(?![.,]\\d)`,
	// "one third", "two-thirds" stand alone too ("of which at least one third will be …"); "half", "a third" only before
	// "of" ("the second half", "a third party" are no shares).
	// So do they after a word of measure ("at least half going to local residents", "roughly a quarter"), but not "half an
	// hour" or "a quarter century".
	`(?<=\\b(?:[Aa]t\\s+least|[Aa]t\\s+most|[Mm]ore\\s+than|[Ll]ess\\s+than|[Aa]bout|[Aa]round|[Rr]oughly|[Nn]early|[Aa]lmost|[Oo]nly|[Jj]ust\\s+(?:over|under))\\s+)(?<frac2>half|a\\s+third|a\\s+quarter)(?![-\\s]+(?:an?|of|hour|day|week|month|year|time|term|way|century|dozen|million|billion|mile)s?\\b)(?![\\p{L}-])`,
	`\\b(?<frac>(?:half|a\\s+third|a\\s+quarter)(?=\\s+of\\b)|(?:one\\s+third|one\\s+quarter|two[-\\s]thirds|three[-\\s]quarters)(?![-\\s]+part(?:y|ies)\\b))`,
	// "before the 400th Dwelling is occupied", "the 150th home": a trigger counted in ordinals (not "21st March").
	`\\b(?<ord>\\d{1,5})(?:st|nd|rd|th)(?=\\s+\\p{L})(?!\\s+(?:of\\s+)?${MONTH_RE}\\b)`,
	// "the first day of the third month following …": a day or a month counted in words (only before a unit of time:
	// "a second review" or "third parties" count nothing).
	// "the fourth Contract Year" is one year of a numbered run, compared with "Year 3" (below).
	`\\b(?<sord>${Object.keys(SPELLED_ORDINALS).join('|')})(?=\\s+(?:full\\s+|calendar\\s+|working\\s+|business\\s+|${YEAR_KINDS}\\s+)?(?:day|week|month|year|quarter|anniversary)\\b)`,
	// "after Year 3", "in Contract Year 2": a year of the agreement counted from its start.
	`\\b(?:(?:${YEAR_KINDS})\\s+)?[Yy]ear\\s+(?<nyear>\\d{1,2})\\b(?![.,]\\d|\\s*[-–/]\\s*\\d)`,
	// "a month's notice", "a year's notice": one period, written with the article.
	`\\b(?<single>an?)\\s+(?<sunit>day|week|month|year)['’]s?(?=\\s)`,
	// "within an hour", "within a fortnight", "up to a week", "at least a month before": one period, written as a limit.
	`(?<=\\b(?:[Ww]ithin|[Uu]p\\s+to|[Ff]or\\s+up\\s+to|[Aa]t\\s+least|[Aa]t\\s+most|[Nn]o\\s+more\\s+than|[Nn]o\\s+less\\s+than|[Nn]ot\\s+less\\s+than|[Nn]ot\\s+more\\s+than)\\s+)(?<within>an?|one)\\s+(?<wunit>hour|day|week|fortnight|month|year)\\b(?!['’])`,
	// "36 months", "six (6) years", "twelve (12) named individuals", "90 days'"; not an age ("21-year-olds").
	`\\b(?<num>\\d[\\d,]*(?:\\.\\d+)?|${COMPOUND_NUMBER}|${Object.keys(NUMBER_WORDS).join('|')})(?:\\s*\\((?<paren>\\d{1,4})%?\\))?(?:[\\s-]+(?:named|full|calendar|consecutive|continuous|successive|clear|contract|financial|academic|school|partnership|funding|programme|program|payment|pathway|quota|licence|license|operating|reporting|fiscal|tax)\\b)?(?:[\\s-]+|\\s*(?=%)|(?=(?:km|pc)\\b))(?<unit>${UNIT_RE})(?![\\p{L}])(?![-\\s]olds?\\b)`,
];
/** The quantity pattern's source, for the test that the linear scan finds what a plain global scan of it finds. */
export const QUANTITY_PATTERN = QUANTITY_ALTERNATIVES.join('|');
/** A quantity, tried (sticky) only where `QUANTITY_START_RE` finds a place one can start: see `quantities`. */
const QUANTITY_RE = new RegExp(QUANTITY_PATTERN, 'iuy');
const QUANTITY_START_RE = new RegExp(`[£$€]|\\b(?:GBP|USD|EUR)\\b|\\b(?:an?\\s+(?:hour|day|week|fortnight|month|year)\\b|(?:half|a\\s+third|a\\s+quarter)\\b|one\\s+third|one\\s+quarter|two[-\\s]thirds|three[-\\s]quarters|\\d|${MONTH_RE}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?\\s+(?:19|20)\\d\\d|(?:${YEAR_KINDS}\\s+)?[Yy]ear\\s+\\d|${WEEKDAY_RE}|half[-\\s]yearly|spring|summer|autumn|annually|biennially|yearly|quarterly|monthly|fortnightly|weekly|termly|every|each|once|twice|thrice|aged|over|under|${Object.keys(NUMBER_WORDS).join('|')}|${Object.keys(SPELLED_ORDINALS).join('|')})`, 'iu');
const findQuantityStart = candidatesOf(QUANTITY_START_RE);
/** "10:00", "9am", "2.30 pm", "14:00": minutes after midnight. */
function minutesOf(clock: string): number {
	const m = /(\d{1,2})(?:[.:](\d\d))?\s*([ap])?/i.exec(clock)!;
	const hour = Number(m[1]);
	const hours = m[3] === undefined ? hour : hour % 12 + (m[3].toLowerCase() === 'p' ? 12 : 0);
	return hours * 60 + Number(m[2] ?? 0);
}

/** Percentage points either side of a share in words ("two-thirds" is 65% written round). */
const WORDED_SHARE_PRECISION = 2.5;
/** Shares in words, as percentages ("half of" is 50%). */
const FRACTIONS: Readonly<Record<string, number>> = {
	half: 50, 'a third': 100 / 3, 'one third': 100 / 3, 'a quarter': 25, 'one quarter': 25, 'two thirds': 200 / 3, 'three quarters': 75,
};

/** Intervals written as one word or phrase, as a period: "annually" is every year, "quarterly" every three months. */
const FREQUENCIES: Readonly<Record<string, readonly [number, string]>> = {
	annually: [1, 'year'], yearly: [1, 'year'], 'half yearly': [6, 'month'], 'six monthly': [6, 'month'], biennially: [2, 'year'], quarterly: [3, 'month'], monthly: [1, 'month'], weekly: [1, 'week'],
	'every year': [1, 'year'], 'every other year': [2, 'year'], 'every month': [1, 'month'], 'every other month': [2, 'month'],
	'every week': [1, 'week'], 'every other week': [2, 'week'], fortnightly: [2, 'week'], 'every fortnight': [2, 'week'], 'twice a year': [6, 'month'], 'every quarter': [3, 'month'],
	// A school year has three terms and six half-terms.
	termly: [4, 'month'], 'every term': [4, 'month'], 'every school term': [4, 'month'], 'every half term': [2, 'month'],
};
/** "GBP 3.18 million" is "£3.18 million". */
const CURRENCY_SIGNS: Readonly<Record<string, string>> = { GBP: '£', USD: '$', EUR: '€' };
const MULTIPLIERS: Readonly<Record<string, number>> = { billion: 1e9, bn: 1e9, million: 1e6, m: 1e6, thousand: 1e3, k: 1e3 };
/** Below this alignment a sentence is not close enough to a clause to contradict its figures. */
const ABOUT_CLAUSE = CITATION_THRESHOLD * 1.5;
/** How many of a sentence's figures are compared with the clause's. */
const MAX_FIGURES = 40;
/** How many words either side of a quantity say what it is the quantity of. */
const CONTEXT_WORDS = 10;

/** The quantities a source states, per clause and as "unit value" keys for the whole text: found once per source. */
interface SourceQuantities {
	readonly byClause: ReadonlyMap<Clause, readonly StatedQuantity[]>;
	readonly anywhere: ReadonlyMap<string, readonly StatedQuantity[]>;
	/** Every period the source states ("36 months", "90 days"), compared by length ("three years" is 36 months). */
	readonly durations: readonly StatedQuantity[];
	/** Every date the source states. */
	readonly dates: readonly StatedQuantity[];
	/** Every quantity the source states, in order. */
	readonly all: readonly StatedQuantity[];
	/** The sums, measures and shares the source states, by unit: compared allowing for rounding (see `statedAs`). */
	readonly roundable: ReadonlyMap<string, readonly StatedQuantity[]>;
	/** Every interval the source states ("every five years", "six times in each Financial Year"). */
	readonly intervals: readonly StatedQuantity[];
	/** The dates (yyyymmdd) the source's text gives outside its clauses: a letter's date, a signature's. */
	readonly datesOutsideClauses: ReadonlySet<number>;
}
const sourceQuantities = new WeakMap<SourceModel, SourceQuantities>();

function quantitiesOf(source: SourceModel): SourceQuantities {
	let found = sourceQuantities.get(source);
	if (found === undefined) {
		const byClause = new Map<Clause, StatedQuantity[]>();
		const anywhere = new Map<string, StatedQuantity[]>();
		const durations: StatedQuantity[] = [];
		const dates: StatedQuantity[] = [];
		for (const clause of source.clauses) {
			// A figure's words are those of its own sentence ("… signed before 31 December 2027", not the next one's), and
			// in a lettered item those of the lead-in it completes ("The Parties intend that the Group will meet: (a) at
			// least every two months …" is about the Group meeting).
			const leadIn = leadInWords(source, clause);
			const list = clause.sentences.flatMap((sentence) => {
				const tokens = tokenize(sentence.text);
				return [...quantities(sentence.text, 0, true), ...tableSums(sentence.text)].map((q): StatedQuantity => {
					const context = contextOf(tokens, q, source.parties.agents, sentence.text, 0);
					for (const word of leadIn) {
						context.add(word);
					}
					const rowLabel = rowLabelOf(sentence.text, q.start);
					return { ...q, clause, context, ...(rowLabel === undefined ? {} : { rowLabel }) };
				});
			});
			byClause.set(clause, list);
			for (const q of list) {
				anywhere.set(keyOf(q), [...(anywhere.get(keyOf(q)) ?? []), q]);
				if (DAYS_PER[q.unit] !== undefined) {
					durations.push(q);
				} else if (q.unit === 'date') {
					dates.push(q);
				}
			}
		}
		const all = [...byClause.values()].flat();
		const roundable = new Map<string, StatedQuantity[]>();
		for (const q of all.filter((x) => x.unit === '%' || /^[£$€]$/.test(x.unit) || MEASURES.some(([, name]) => name === x.unit))) {
			addTo(roundable, q.unit, q);
		}
		const datesOutsideClauses = new Set(quantities(source.text).filter((q) => q.unit === 'date' && !dates.some((d) => d.value === q.value)).map((q) => q.value));
		found = { byClause, anywhere, durations, dates, all, roundable, intervals: all.filter((q) => q.interval), datesOutsideClauses };
		sourceQuantities.set(source, found);
	}
	return found;
}

/** The content words of the lead-in a lettered item completes ("The Parties intend that the Group will meet:"), if any. */
function leadInWords(source: SourceModel, clause: Clause): readonly string[] {
	const parent = parentOf(source, clause);
	const last = parent === clause ? undefined : parent.sentences.at(-1);
	if (last === undefined || !/:\s*$/.test(last.text)) {
		return [];
	}
	return tokenize(last.text).filter((t) => t.lower.length > 2 && !isStopword(t.lower) && !/^\d/.test(t.raw) && !source.parties.agents.has(t.lower) && !isProvisionWord(t.lower)).map((t) => t.stem);
}

/** A word that says what a figure is of: not a number, a stopword, a month, a party's name or a provision word. */
function isContentWord(t: Token, parties: ReadonlySet<string>): boolean {
	return t.lower.length > 2 && !isStopword(t.lower) && !/^\d/.test(t.raw) && !MONTHS.includes(t.lower) && !parties.has(t.lower) && !isProvisionWord(t.lower);
}

/** The content words (stems) near a quantity: "notify … breach … within 24 hours". Walks out from it: linear in what it reads. */
function contextOf(tokens: readonly Token[], figure: { readonly start: number; readonly end: number }, parties: ReadonlySet<string>, text: string, base: number, others: readonly { readonly start: number; readonly end: number }[] = []): Set<string> {
	// "nine pounds and forty pence (£9.40) per Dose": a figure in brackets after its words is read from outside them.
	const bracketed = text[figure.start - base - 1] === '(' && text[figure.end - base] === ')';
	const q = bracketed ? { start: figure.start - 1, end: figure.end + 1 } : figure;
	// The words of the figure's own clause: ", and the first annual review …" is about something else. `from` and `to`
	// are offsets: the gap from a word (or the figure) to the end of the next word. Another figure ends it too: the
	// words past it are that figure's ("up to 24 months, with a further period of up to 12 months after …").
	// ", and in any event within 45 days": an ", and" that opens a phrase, not a clause, leaves the figure with its verb.
	const breaks = (from: number, to: number): boolean => (CONTEXT_BREAK.test(text.slice(from - base, to - base)) && !PHRASE_AFTER_AND_RE.test(text.slice(Math.min(from, to) - base, Math.min(from, to) - base + 40)))
		|| others.some((o) => o !== figure && o.start < Math.max(from, to) && o.end > Math.min(from, to) && !(o.start <= q.start && q.end <= o.end));
	// The parties' names are near every figure: they say nothing about which figure it is.
	const out = new Set<string>();
	let at = firstFrom(tokens, q.start);
	// "an extraordinary meeting, which must be held within 60 days": past ", which" only the thing it is said of, its
	// last two words.
	let antecedent = -1;
	for (let i = at - 1, n = 0, seen = 0; i >= 0 && n < CONTEXT_WORDS && seen < CONTEXT_REACH && antecedent !== 0; i--, seen++) {
		const gapFrom = tokens[i]!.end;
		const gapTo = i + 1 < at ? tokens[i + 1]!.end : q.start;
		if (breaks(gapFrom, gapTo)) {
			if (antecedent === -1 && RELATIVE_GAP_RE.test(text.slice(gapFrom - base, gapTo - base))) {
				antecedent = 2;
			} else if (antecedent === -1) {
				break;
			}
		}
		if (isContentWord(tokens[i]!, parties)) {
			out.add(tokens[i]!.stem);
			n++;
			antecedent = antecedent > 0 ? antecedent - 1 : antecedent;
		}
	}
	while (at < tokens.length && tokens[at]!.start < q.end) {
		at++;
	}
	for (let i = at, n = 0, seen = 0; i < tokens.length && n < CONTEXT_WORDS && seen < CONTEXT_REACH && !breaks(i > at ? tokens[i - 1]!.end : q.end, tokens[i]!.end); i++, seen++) {
		if (isContentWord(tokens[i]!, parties)) {
			out.add(tokens[i]!.stem);
			n++;
		}
	}
	return out;
}

/** ", and in any event", ", and at the latest": an ", and" before a phrase that qualifies the verb before it. */
const PHRASE_AFTER_AND_RE = /^\s*,\s*and\s+(?:in\s+any\s+(?:event|case)|at\s+the\s+latest|no\s+later\s+than|not\s+later\s+than|in\s+all\s+cases)\b/i;

/** ", which", ", who": a relative clause, said of the words just before it. */
const RELATIVE_GAP_RE = /^\s*,\s*(?:which|who)\s*$|^[^,]*,\s*(?:which|who)$/i;

/** A gap between words that ends a clause: ";", ", and", ", but", a parenthesis, the end of a table row. */
const CONTEXT_BREAK = /[;()]|,\s*(?:and|but|while|whereas|which)$|\.\s|\|\s*\n/i;

/** How many words either side are read for `CONTEXT_WORDS` content words (numbers and stopwords are skipped). */
const CONTEXT_REACH = 24;


function shares(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
	let n = 0;
	for (const x of a) {
		n += b.has(x) ? 1 : 0;
	}
	return n;
}

const keyOf = (q: Quantity): string => `${q.unit} ${q.value}`;

/** The source's figures of the same value as `q`: the same key, or a sum, measure or share that rounds to it. */
function statedAs(stated: SourceQuantities, q: Quantity): StatedQuantity[] {
	const exact = stated.anywhere.get(keyOf(q)) ?? [];
	const rounded = (stated.roundable.get(q.unit) ?? []).filter((t) => t.value !== q.value && sameValue(t, q));
	return rounded.length === 0 ? [...exact] : [...exact, ...rounded];
}

/** The large numbers a source writes with thousands separators ("49,650,000"): sums in its tables. Read once per source. */
function bareSums(source: SourceModel): readonly number[] {
	let found = bareSumCache.get(source);
	if (found === undefined) {
		found = [...source.text.matchAll(/(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,])/g)].map((m) => Number(m[0].replace(/,/g, '')));
		bareSumCache.set(source, found);
	}
	return found;
}
const bareSumCache = new WeakMap<SourceModel, readonly number[]>();

/** "3.18 million", "2.5bn": a sum with no currency sign, as a quantity of no unit (allowing for its rounding). */
function bareAmount(written: string): Quantity | undefined {
	const m = /(\d[\d,]*(?:\.\d+)?)\s?(billion|million|thousand|bn|m|k)\b/i.exec(written);
	if (m === null) {
		return undefined;
	}
	const multiplier = MULTIPLIERS[m[2]!.toLowerCase()] ?? 1;
	return { value: Number(m[1]!.replace(/,/g, '')) * multiplier, unit: '', start: 0, end: 0, text: m[0], interval: false, precision: roundedBy(m[1]!, multiplier) };
}

/** The keys of the values `sameValue` takes for this one: a month ("April 2027") is each of its days, and a day its month. */
function sameValueKeys(q: Quantity): string[] {
	if (q.unit !== 'date') {
		return [keyOf(q)];
	}
	const month = Math.floor(q.value / 100) * 100;
	return q.value === month ? Array.from({ length: 32 }, (_, d) => `date ${month + d}`) : [keyOf(q), `date ${month}`];
}

/** "within the next two weeks", "in the coming months": a period counted from the writer's own day. */
const STORY_TIME_BEFORE_RE = /\bthe\s+(?:next|coming)\s+$/i;
/** "… later", "… ago", "… earlier": a period after which the writer's story goes on. */
const STORY_TIME_AFTER_RE = /^\s+(?:later|ago|earlier|afterwards|previously|before\s+that|on(?=\s*[,.;]))/i;

/**
 * Periods by their length in days, a working day as a fifth of a week ("at least a week" is not "at least 10 Working
 * Days", "three weeks" is "15 working days"); hours and minutes (read as minutes: "an hour" is "60 minutes") are compared
 * only with their own unit.
 */
const DAYS_PER: Readonly<Record<string, number>> = { day: 1, 'working day': 7 / 5, week: 7, month: 365.25 / 12, year: 365.25 };

/** Two quantities that say the same kind of thing: the same unit, or two calendar periods ("six months", "90 days"). */
function comparable(a: Quantity, b: Quantity): boolean {
	return a.unit === b.unit || (DAYS_PER[a.unit] !== undefined && DAYS_PER[b.unit] !== undefined);
}

/** The same value: a period by its length (within 2%: "three years" is "36 months"), a date to the day it gives. */
function sameValue(a: Quantity, b: Quantity): boolean {
	if (a.unit === 'date' && b.unit === 'date') {
		// "by 2033" is "by September 2033" said to the year: compared to the year when either gives only that.
		// "by spring 2026" is any date from March to May 2026 ("30 April 2026", "May 2026").
		const season = a.season ?? b.season;
		if (season !== undefined) {
			const other = a.season === undefined ? a : b;
			if (other.season !== undefined) {
				return other.season[0] === season[0];
			}
			const day = other.yearOnly === true ? undefined : other.value % 100 === 0 ? other.value + 1 : other.value;
			return day === undefined ? Math.floor(other.value / 10_000) === Math.floor(season[0] / 10_000) : day >= season[0] && day <= season[1];
		}
		if (a.yearOnly === true || b.yearOnly === true) {
			return Math.floor(a.value / 10_000) === Math.floor(b.value / 10_000);
		}
		// "March 2028" is "31 March 2028": compared to the month when either gives no day.
		return a.value % 100 === 0 || b.value % 100 === 0 ? Math.floor(a.value / 100) === Math.floor(b.value / 100) : a.value === b.value;
	}
	const da = DAYS_PER[a.unit];
	const db = DAYS_PER[b.unit];
	if (da === undefined || db === undefined) {
		// A sum written rounded is the exact sum it rounds ("£6.86m" for £6,862,000).
		return a.unit === b.unit && Math.abs(a.value - b.value) <= Math.max(a.precision ?? 0, b.precision ?? 0);
	}
	return Math.abs(a.value * da - b.value * db) <= 0.02 * Math.max(a.value * da, b.value * db);
}

/**
 * The clauses that state the figures a text gives ("three years", "£840,000", "30 days"), with how many of them each
 * states, most first: a figure is strong evidence of which provision a sentence describes, however it is worded.
 */
export function clausesStating(source: SourceModel, text: string): { clause: Clause; figures: number }[] {
	const stated = quantitiesOf(source);
	const counts = new Map<Clause, number>();
	for (const q of quantities(text).slice(0, MAX_FIGURES)) {
		const by = new Set((stated.anywhere.get(keyOf(q)) ?? []).slice(0, MAX_FIGURES).map((t) => t.clause));
		for (const clause of by) {
			counts.set(clause, (counts.get(clause) ?? 0) + 1);
		}
	}
	return [...counts].map(([clause, figures]) => ({ clause, figures })).sort((a, b) => b.figures - a.figures);
}

/** True when the source states this amount, however it is written ("£2.4m" for "£2,400,000"). */
export function sourceStatesAmount(source: SourceModel, written: string, approximate = false): boolean {
	const found = quantities(written)[0] ?? bareAmount(written);
	if (found === undefined) {
		return false;
	}
	// A round figure ("almost £50 million") is within a tenth of the sum it rounds.
	const amount = approximate ? { ...found, precision: Math.max(found.precision ?? 0, found.value * 0.1) } : found;
	if (amount.unit === '') {
		// "3.18 million" with its currency outside the words compared ("GBP 3.18 million"): any currency's sum. "12 million
		// doses" counts what the source writes "twelve million (12,000,000) Doses".
		const tolerance = Math.max(amount.precision ?? 0, 0.5);
		return [...quantitiesOf(source).roundable].some(([unit, list]) => /^[£$€]$/.test(unit) && list.some((t) => sameValue(t, { ...amount, unit })))
			|| bareSums(source).some((v) => Math.abs(v - amount.value) <= tolerance);
	}
	const stated = quantitiesOf(source);
	if (stated.anywhere.has(keyOf(amount)) || ((amount.precision ?? 0) > 0 && (stated.roundable.get(amount.unit) ?? []).some((t) => sameValue(t, amount)))) {
		return true;
	}
	// A table of sums under a "(£)" heading writes them bare ("| **Total** | … | **49,650,000** |").
	const tolerance = Math.max(amount.precision ?? 0, 0.5);
	return /^[£$€]?$/.test(amount.unit) && bareSums(source).some((v) => Math.abs(v - amount.value) <= tolerance);
}

/**
 * True when the source states the date a text gives ("March 2028" for its "31 March 2028"; "the end of 2026" for its
 * "31 December 2026", "the end of June 2027" for "30 June 2027").
 */
/**
 * A sum a writer works out from the source's own figures: the total of two or three of its sums of money ("£60 million"
 * for £24 million of grant and £36 million of match funding), or a rate it sets times the quantity it is a rate of
 * ("£264,000 a year" for "£5,000 per MW" of "52.80 MW"), and that times a number of years the sentence gives ("more than
 * £9 million over the 35-year life"). Within the written figure's rounding up to half a per cent, or a twentieth when it
 * is given as approximate: a sum the writer invents rarely lands on one of these.
 */
export function sourceDerivesAmount(source: SourceModel, written: string, approximate: boolean, sentenceYears: readonly number[] = []): boolean {
	const found = quantities(written)[0] ?? bareAmount(written);
	if (found === undefined || found.value <= 0) {
		return false;
	}
	const tolerance = approximate ? found.value * 0.05 : Math.max(0.5, Math.min(found.precision ?? 0, found.value * 0.005));
	const near = (v: number): boolean => Math.abs(v - found.value) <= tolerance;
	const { sums, rates, columnTotals } = derivationsOf(source);
	if (columnTotals.some(near)) {
		return true;
	}
	for (let i = 0; i < sums.length; i++) {
		for (let j = i + 1; j < sums.length; j++) {
			if (near(sums[i]! + sums[j]!)) {
				return true;
			}
			for (let k = j + 1; k < sums.length; k++) {
				if (near(sums[i]! + sums[j]! + sums[k]!)) {
					return true;
				}
			}
		}
	}
	return rates.some(({ rate, of }) => of.some((n) => near(rate * n) || sentenceYears.some((y) => near(rate * n * y))));
}

/** The source's sums of money (at most 30, distinct), and its rates ("£5,000 per MW") with the quantities they apply to. */
function derivationsOf(source: SourceModel): Derivations {
	let found = derivations.get(source);
	if (found === undefined) {
		const stated = quantitiesOf(source);
		const money = [...stated.roundable].filter(([unit]) => /^[£$€]$/.test(unit)).flatMap(([, list]) => list);
		const sums = [...new Set(money.map((q) => q.value))].slice(0, 30);
		const rates: { rate: number; of: number[] }[] = [];
		const shares: number[] = [];
		// A sum a year comes to the agreement's whole term ("a deal worth around £52 million" for £6.48 million a year over
		// eight years).
		const term = statedTerm(source);
		const termYears = term === undefined ? [] : [term.unit === 'year' ? term.value : term.value / 12];
		for (const q of money.slice(0, 60)) {
			const sentence = q.clause.sentences.find((x) => x.text.includes(q.text))?.text ?? q.clause.text;
			// "The cost of Tour crates (£14,400) shall be shared equally between the three Tour venues": each pays a third.
			const equal = EQUAL_SHARES_RE.exec(sentence.slice(sentence.indexOf(q.text) + q.text.length));
			const parts = equal === null ? undefined : /^\d+$/.test(equal[1]!) ? Number(equal[1]) : NUMBER_WORDS[equal[1]!.toLowerCase()];
			if (parts !== undefined && parts >= 2) {
				rates.push({ rate: 1 / parts, of: [q.value] });
				shares.push(q.value / parts);
			}
			// "an Annual Contract Sum of … (£6,480,000)": a sum a year, as "£6,480,000 a year" is.
			const annual = ANNUAL_BEFORE_RE.test(sentence.slice(Math.max(0, sentence.indexOf(q.text) - 80), sentence.indexOf(q.text)));
			const per = annual ? ['year', 'year'] : RATE_RE.exec(sentence.slice(sentence.indexOf(q.text) + q.text.length));
			if (per === null) {
				continue;
			}
			const unit = per[1]!.toLowerCase().replace(/s$/, '');
			const of = unit === 'year' ? [...YEAR_WORDS, ...termYears] : [...source.text.matchAll(new RegExp(`(?<![\\d.,])(\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?)\\s*${escapeRe(per[1]!.replace(/s$/i, ''))}s?\\b`, 'gi'))].map((m) => Number(m[1]!.replace(/,/g, '')));
			if (of.length > 0) {
				rates.push({ rate: q.value, of: [...new Set(of)].slice(0, 20) });
			}
		}
		// "an estimated total cost of just over £400,000" for an action plan's "Indicative cost (GBP)" column: a table's
		// money column, added up.
		// Read from the clause's whole text: a cell's full stop ("| No. |") may cut a table into sentences.
		const columnTotals = source.clauses.flatMap((clause) => moneyColumnTotals(clause.text));
		found = { sums, rates, shares, columnTotals };
		derivations.set(source, found);
	}
	return found;
}
interface Derivations {
	readonly sums: readonly number[];
	/** Each party's equal share of a sum the source splits ("shared equally between the three Tour venues"). */
	readonly shares: readonly number[];
	readonly rates: readonly { readonly rate: number; readonly of: readonly number[] }[];
	/** The totals of the source's tables of money (each table's figures under a money heading, added up). */
	readonly columnTotals: readonly number[];
}
const derivations = new WeakMap<SourceModel, Derivations>();
/**
 * "28 armed response vehicles", "eight motorcycles" where the source's table gives 12, 9 and 7 in that column: a total
 * of a table's column or row (two numbers or more) is the source's figure. `written` is digits or a number word.
 */
export function sourceTotalsTable(source: SourceModel, written: string): boolean {
	const value = /^\d[\d,]*$/.test(written) ? Number(written.replace(/,/g, '')) : NUMBER_WORDS[written.toLowerCase()];
	return value !== undefined && value > 0 && tableTotalsOf(source).has(value);
}

function tableTotalsOf(source: SourceModel): ReadonlySet<number> {
	let found = tableTotals.get(source);
	if (found === undefined) {
		const totals = new Set<number>();
		const rows: number[][] = [];
		const flush = (): void => {
			const width = Math.max(0, ...rows.map((r) => r.length));
			for (let c = 0; c < width; c++) {
				const column = rows.map((r) => r[c]).filter((n): n is number => !Number.isNaN(n ?? Number.NaN));
				if (column.length >= 2) {
					totals.add(column.reduce((a, b) => a + b, 0));
				}
			}
			for (const r of rows) {
				const numbers = r.filter((n) => !Number.isNaN(n));
				if (numbers.length >= 2) {
					totals.add(numbers.reduce((a, b) => a + b, 0));
				}
			}
			rows.length = 0;
		};
		for (const line of source.text.split(/\r?\n/)) {
			if (!/^\s*\|/.test(line)) {
				flush();
				continue;
			}
			// A cell that is a whole number ("12", "1,250"); any other cell is not a number.
			rows.push(line.trim().replace(/^\||\|$/g, '').split('|').map((cell) => (/^\s*\d[\d,]*\s*$/.test(cell) ? Number(cell.replace(/[\s,]/g, '')) : Number.NaN)));
			if (rows.length > 500) {
				flush();
			}
		}
		flush();
		found = totals;
		tableTotals.set(source, found);
	}
	return found;
}
const tableTotals = new WeakMap<SourceModel, ReadonlySet<number>>();

/** "… shall be shared equally between the three Tour venues", "split equally among the four forces": how many shares. */
const EQUAL_SHARES_RE = /^[^.;]{0,80}?\b(?:shared|split|divided|borne|apportioned)\s+equally\s+(?:between|among|amongst|by)\s+(?:the\s+|all\s+)?(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\b/iu;
/** "£5,000 per MW", "£12.50 for each household account", "£3,000 a year": a rate and what it is a rate of. */
const RATE_RE = /^\s*(?:\([^()]{0,30}\)\s*)?(?:per|for\s+each|each|an?)\s+(?:\p{Ll}+\s+){0,2}?(MW|kW|GW|MWh|households?|accounts?|homes?|dwellings?|units?|places?|doses?|turbines?|years?|months?|persons?|people|members?|employees?|staff)\b/iu;
/** A yearly rate is multiplied by the years the sentence gives, not by a number of the source's. */
const YEAR_WORDS: number[] = [1];
/** "an annual grant of", "the Annual Contract Sum of … (": a sum named as yearly right before it. */
const ANNUAL_BEFORE_RE = /\b(?:annual|yearly)\s+(?:\p{L}+\s+){0,3}(?:of|is|was)\s+(?:[^.;()]{0,60}\()?\s*$|\bper\s+annum\s+of\s+$/iu;

/**
 * "the first six-monthly progress update" for the source's "Six-Monthly Progress Update": an interval word of a name the
 * source gives, written in lower case, names the report; it does not say how often.
 */
function namedBySource(context: RuleContext, q: Quantity): boolean {
	// The two words after it, as the name goes on ("monthly service management" is not the "Monthly Service Charge").
	const next = /^[\s-]+(\p{L}{3,})[\s-]+(\p{L}{3,})\b/u.exec(context.text.slice(q.end, q.end + 50));
	if (next === null) {
		return false;
	}
	const words = [...q.text.split(/[-\s]+/), next[1]!, next[2]!].map(escapeRe).join('[-\\s]+');
	const re = new RegExp(`\\b${words}\\b`, 'giu');
	return [...context.source.text.matchAll(re)].some((m) => /^\p{Lu}/u.test(m[0]) && /[-\s]\p{Lu}\p{L}*$/u.test(m[0]));
}

function escapeRe(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function sourceStatesDate(source: SourceModel, written: string): boolean {
	const date = endOf(written) ?? quantities(written).find((q) => q.unit === 'date')?.value;
	return date !== undefined && quantitiesOf(source).dates.some((q) => sameValue(q, { value: date, unit: 'date', start: 0, end: 0, text: '', interval: false }));
}

/** "the end of June 2027", "the end of 2026": the last day of that month or year, as a date value (yyyymmdd). */
function endOf(written: string): number | undefined {
	const end = new RegExp(`\\bend\\s+of\\s+(?:(${MONTH_RE})\\s+)?((?:19|20)\\d\\d)\\b`, 'iu').exec(written);
	if (end === null) {
		return undefined;
	}
	const month = end[1] === undefined ? 12 : MONTHS.indexOf(end[1].toLowerCase()) + 1;
	const year = Number(end[2]);
	return year * 10_000 + month * 100 + new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True when the source states a period of this length anywhere ("three years" for its "36 months"). */
/**
 * The source states a period or interval the text gives ("within three working days" for its "3 Working Days",
 * "annually" for its "each year"): the same unit and value anywhere, or a calendar period of the same length.
 */
export function sourceStatesPeriod(source: SourceModel, written: string, about: ReadonlySet<string>, near: readonly Clause[] = []): boolean {
	const stated = quantitiesOf(source);
	// An interval ("every year") is stated by an interval ("each year", "annually"), not by a period ("one year"), and
	// about the same thing: two of the words around the source's figure are the sentence's ("notify … subject access
	// request"), not a committee that reports annually for a party that reports each year. The clause the sentence
	// describes stating it is enough ("30 apprenticeships every year" for "up to 30 apprenticeship places in each year").
	const kindOf = (q: Quantity): boolean => q.interval;
	return quantities(written).some((q) => q.unit !== 'date' && !/^[£$€]$/.test(q.unit)
		&& ([...(stated.anywhere.get(keyOf(q)) ?? []), ...(DAYS_PER[q.unit] !== undefined ? stated.durations.filter((d) => sameValue(d, q)) : [])]
			// Or three words of the whole clause: "the Compact Group will meet every quarter" for "The Group will be
			// co-chaired by …, will meet at least quarterly, …".
			.some((d) => kindOf(d) === kindOf(q) && (shares(d.context, about) >= 2 || near.includes(d.clause) || shares(clauseWords(source, d.clause), about) >= 3))
			|| (q.interval && statesAsAdjective(source, q, about, near))));
}

/**
 * "an annual report", "a biennial work plan", "a minimum of two per year": an interval the source writes as an adjective
 * or a rate, in a sentence about what the sentence's is about (two shared words, or a clause it describes).
 */
function statesAsAdjective(source: SourceModel, q: Quantity, about: ReadonlySet<string>, near: readonly Clause[]): boolean {
	const days = Math.round((DAYS_PER[q.unit] ?? 0) * q.value);
	const said = days === 365 ? adjectiveIntervals(source).yearly : days === 730 || days === 731 ? adjectiveIntervals(source).biennial : [];
	return said.some((s) => near.includes(s.clause) || shares(s.stems, about) >= 2);
}

/** The source's sentences that give a yearly or two-yearly interval as an adjective or a rate, with their stems. Found once. */
function adjectiveIntervals(source: SourceModel): AdjectiveIntervals {
	let found = adjectiveIntervalsBySource.get(source);
	if (found === undefined) {
		const of = (re: RegExp): { clause: Clause; stems: ReadonlySet<string> }[] => source.sentences.filter((s) => re.test(s.sentence.text))
			.map((s) => ({ clause: s.clause, stems: new Set(s.tokens.map((t) => t.stem)) }));
		found = { yearly: of(/\b(?:annual|yearly|per\s+(?:year|annum)|a\s+year)\b/i), biennial: of(/\bbiennial\b/i) };
		adjectiveIntervalsBySource.set(source, found);
	}
	return found;
}
interface AdjectiveIntervals {
	readonly yearly: readonly { readonly clause: Clause; readonly stems: ReadonlySet<string> }[];
	readonly biennial: readonly { readonly clause: Clause; readonly stems: ReadonlySet<string> }[];
}
const adjectiveIntervalsBySource = new WeakMap<SourceModel, AdjectiveIntervals>();


export function sourceStatesDuration(source: SourceModel, written: string): boolean {
	const period = quantities(written)[0];
	return period !== undefined && quantitiesOf(source).durations.some((d) => sameValue(d, period));
}

/** The period the source gives itself ("the Term means the period of 36 months"), if it says so in words about its term. */
export function statedTerm(source: SourceModel): StatedQuantity | undefined {
	if (!terms.has(source)) {
		let found: StatedQuantity | undefined;
		for (const s of source.sentences) {
			// "the Term means the period of 36 months", "This Memorandum … will continue for three years".
			const aboutTerm = /\b(?:term|duration)\b/i.test(s.sentence.text) || /^\W*this\s+\p{L}+\b[^.]{0,80}\b(?:continue|remain\s+in\s+(?:effect|force)|run|last)s?\s+for\b/iu.test(s.sentence.text);
			if (aboutTerm && /\b(?:means|is|shall\s+be|will\s+be|runs?\s+for|lasts?|continues?\s+for|remains?\s+in\s+(?:effect|force)\s+for)\b/i.test(s.sentence.text)) {
				found = quantitiesOf(source).byClause.get(s.clause)?.find((q) => (q.unit === 'month' || q.unit === 'year') && s.sentence.text.includes(q.text));
				if (found) {
					break;
				}
			}
		}
		terms.set(source, found);
	}
	return terms.get(source);
}
const terms = new WeakMap<SourceModel, StatedQuantity | undefined>();

/** Emphasis is not a word ("every **three months**"): blanked, so offsets stay those of the text. */
function blankEmphasis(written: string): string {
	return written.includes('*') ? written.replace(/\*+/g, (m) => ' '.repeat(m.length)) : written;
}

/** The clauses a sentence clearly describes: its two closest, when close enough to compare figures with. */
function describedClauses(context: RuleContext, analysed: AnalysedSentence): Clause[] {
	return analysed.alignments.slice(0, 2).filter((a) => a.score >= ABOUT_CLAUSE).map((a) => context.sourceSentence(a).clause);
}

/** Every quantity in a text (offsets from `base`). */
export function quantities(written: string, base = 0, keepScopes = false): Quantity[] {
	const out: Quantity[] = [];
	const text = blankEmphasis(written);
	// A number tried at each digit of "1,1,1,…" scanned to the run's end from each: a later digit of the run can end
	// the number only where the first can, so after a failed try the rest of the run is skipped (linear, same matches).
	for (const m of findMatches(text, QUANTITY_RE, findQuantityStart, (t, at) => runEnd(t, at, isDigitOrComma))) {
		const g = m.groups!;
		const before = text.slice(Math.max(0, m.index - 40), m.index);
		const interval = g['freq'] !== undefined || EVERY_BEFORE_RE.test(before);
		const ceiling = CEILING_BEFORE_RE.exec(before)?.[0].trim().replace(/\s+/g, ' ');
		const estimate = ceiling === undefined ? ESTIMATE_BEFORE_RE.exec(before)?.[0].trim().replace(/\s+/g, ' ') : undefined;
		const ageMin = g['agemin'] ?? g['agemin2'] ?? g['agemin3'] ?? g['agemin4'];
		const ageMax = g['agemax'] ?? g['agemax2'];
		if (ageMin !== undefined || ageMax !== undefined) {
			// "aged 60 and over" is "over-60s": one age, from which (or below which) the group runs.
			out.push({ value: Number(ageMin ?? ageMax), unit: ageMin !== undefined ? 'age from' : 'age under', start: base + m.index, end: base + m.index + m[0].length, text: m[0], interval, ceiling });
			continue;
		}
		if (g['times'] !== undefined) {
			const word = g['times'].toLowerCase().split(/\s+/)[0]!;
			const count = ({ once: 1, twice: 2, thrice: 3 } as Record<string, number>)[word] ?? NUMBER_WORDS[word] ?? Number(word);
			const period = g['tunit']!.toLowerCase() === 'quarter' ? DAYS_PER['month']! * 3 : DAYS_PER[g['tunit']!.toLowerCase()]!;
			out.push({ value: period / Math.max(1, count), unit: 'day', start: base + m.index, end: base + m.index + m[0].length, text: m[0], interval: true, ceiling });
		} else if (g['freq'] !== undefined) {
			// "each Quarterly Progress Report": a word of a name, not how often.
			if (/^\p{Lu}/u.test(g['freq']) && /^\s+\p{Lu}/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))) {
				continue;
			}
			// "25 per cent … in each year", "for each year": in a sentence, the period a figure applies to, not how often
			// something happens. (A source's are kept: its clauses are compared figure by figure as they were written.)
			// Nor "by 31 January each year", "in March every year": the date recurs; how often the thing happens is not said.
			if (!keepScopes && /^(?:each|every)\s+(?:calendar\s+)?year$/i.test(g['freq']) && (/\b(?:in|for|during|over)\s+$/i.test(before) || DATE_BEFORE_RE.test(before))) {
				continue;
			}
			const [value, unit] = FREQUENCIES[g['freq'].toLowerCase().replace(/[-\s]+/g, ' ').replace(/ calendar\b/, '').replace(/^(?:each|once a)\b/, 'every')] ?? [1, 'year'];
			// "in May and November each year": as many times a year as months are named.
			const months = unit === 'year' && value === 1 ? MONTHS_LISTED_RE.exec(before)?.[0].match(MONTH_WORD_RE)?.length ?? 0 : 0;
			out.push(months >= 2
				? { value: DAYS_PER['year']! / months, unit: 'day', start: base + m.index, end: base + m.index + m[0].length, text: m[0], interval: true, ceiling }
				: { value, unit, start: base + m.index, end: base + m.index + m[0].length, text: m[0], interval, ceiling });
		} else if (g['yend'] !== undefined) {
			// "before 2028" ends with 2027; "by the end of 2027" is its last day; a plain "by 2033" gives only the year.
			const isBefore = /\bbefore\s+$/i.test(before);
			const yearOnly = !isBefore && !/\bend\s+of\s+$/i.test(before);
			out.push({ value: (Number(g['yend']) - (isBefore ? 1 : 0)) * 10_000 + 1231, unit: 'date', start: base + m.index, end: base + m.index + m[0].length, text: m[0], interval, ceiling, ...(yearOnly ? { yearOnly } : {}) });
		} else if (g['adate'] !== undefined) {
			const month = MONTHS.findIndex((name) => name.startsWith(g['amonth']!.toLowerCase().slice(0, 3))) + 1;
			out.push({ value: Number(g['ayear']) * 10_000 + month * 100 + Number(g['aday'] ?? 0), unit: 'date', start: base + m.index, end: base + m.index + m[0].length, text: m[0], interval, ceiling });
		} else if (g['date'] !== undefined || g['mdate'] !== undefined) {
			const month = MONTHS.indexOf((g['month'] ?? g['mmonth'])!.toLowerCase()) + 1;
			const day = g['day'] ?? g['mday'];
			const value = Number(g['year'] ?? g['myear']) * 10_000 + month * 100 + (day ? Number(day) : 0);
			out.push({ value, unit: 'date', start: base + m.index, end: base + m.index + m[0].length, text: m[0], interval, ceiling });
		} else if (g['fy'] !== undefined) {
			const first = Number(g['fy']);
			const second = Number(g['fy2']);
			if ((second < 100 ? second : second % 100) !== (first + 1) % 100) {
				continue;
			}
			out.push({ value: first, unit: 'financial year', start: base + m.index, end: base + m.index + m[0].length, text: m[0], interval, ceiling });
		} else if (g['dm'] !== undefined) {
			// "no more than 12 may be at senior level": a number before the verb, not 12 May.
			if (!/^\p{Lu}/u.test(g['dmmonth']!)) {
				continue;
			}
			const month = MONTHS.indexOf(g['dmmonth']!.toLowerCase()) + 1;
			out.push({ value: month * 100 + Number(g['dmday']), unit: 'day of year', start: base + m.index, end: base + m.index + m[0].length, text: m[0], interval, ceiling });
		} else if (g['season'] !== undefined) {
			const year = Number(g['syear']) * 10_000;
			const [from, to] = SEASONS[g['season'].toLowerCase()]!;
			out.push({ value: year + to, unit: 'date', start: base + m.index, end: base + m.index + m[0].length, text: m[0], interval, ceiling, season: [year + from, year + to] });
		} else if (g['wdays'] !== undefined) {
			// Compared as the pair of days: "Monday to Friday" (15) is not "Mon–Sat" (16).
			const [from, to] = g['wdays'].toLowerCase().match(/mon|tue|wed|thu|fri|sat|sun/g)!.map((d) => WEEKDAYS.indexOf(d) + 1);
			out.push({ value: from! * 10 + to!, unit: 'weekdays', start: base + m.index, end: base + m.index + m[0].length, text: m[0], interval, ceiling });
		} else if (g['clock'] !== undefined || g['clock2'] !== undefined) {
			out.push({ value: minutesOf(g['clock'] ?? g['clock2']!), unit: 'time', start: base + m.index, end: base + m.index + m[0].length, text: m[0], interval, ceiling });
		} else if (g['ratio'] !== undefined) {
			// "one in ten", "four out of five", "one in a hundred".
			// "1 in 6,000" (a false match rate): the thousands are the denominator's.
			const [a, b] = g['ratio'].toLowerCase().split(/\s+(?:in|out\s+of)\s+/).map((w) => numberOfWord(w.replace(/^a\s+/, '')) ?? Number(w.replace(/,/g, '')));
			if (!a || !b || a > b) {
				continue;
			}
			out.push({ value: (100 * a) / b, unit: '%', start: base + m.index, end: base + m.index + m[0].length, text: m[0], interval, ceiling });
		} else if (g['frac'] !== undefined || g['frac2'] !== undefined) {
			const share = (g['frac'] ?? g['frac2']!).toLowerCase().replace(/[-\s]+/g, ' ');
			// A share in words is a round one: "two-thirds" for 65% (within 2.5 points), not for 60%.
			out.push({ value: FRACTIONS[share] ?? 50, unit: '%', start: base + m.index, end: base + m.index + m[0].length, text: m[0], interval, ceiling, precision: WORDED_SHARE_PRECISION });
		} else if (g['nyear'] !== undefined) {
			// Only as a bound of time ("after Year 3", "by year 10"): "180 Year 7 pupils" is a school year group, "in Year 2"
			// when something else happens.
			if (YEAR_BOUND_BEFORE_RE.test(before)) {
				out.push({ value: Number(g['nyear']), unit: 'nth year', start: base + m.index, end: base + m.index + m[0].length, text: m[0], interval, ceiling });
			}
		} else if (g['ord'] !== undefined || g['sord'] !== undefined) {
			const value = g['ord'] !== undefined ? Number(g['ord']) : SPELLED_ORDINALS[g['sord']!.toLowerCase()]!;
			// "the fourth Contract Year", "the third year": the year so counted, as "Year 4" is.
			const year = g['sord'] === undefined ? null : NTH_YEAR_AFTER_RE.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 30));
			const nthYear = year !== null && YEAR_BOUND_BEFORE_RE.test(before.replace(/\bthe\s+$/i, ''));
			// "in the first Partnership Year": when something happens, not a bound (and no plain ordinal either).
			if (year?.[1] !== undefined && !nthYear) {
				continue;
			}
			out.push({ value, unit: nthYear ? 'nth year' : 'ordinal', start: base + m.index, end: base + m.index + m[0].length, text: m[0], interval, ceiling });
		} else if (g['halfhour'] !== undefined) {
			const words = g['halfhour'].toLowerCase();
			const minutes = words.startsWith('half') ? 30 : words.startsWith('three') ? 45 : words.includes('and a half') ? 90 : 15;
			out.push({ value: minutes, unit: 'minute', start: base + m.index, end: base + m.index + m[0].length, text: m[0], interval, ceiling });
		} else if (g['within'] !== undefined) {
			const unit = g['wunit']!.toLowerCase();
			out.push(unit === 'fortnight'
				? { value: 14, unit: 'day', start: base + m.index, end: base + m.index + m[0].length, text: m[0], interval, ceiling }
				: { value: unit === 'hour' ? 60 : 1, unit: unit === 'hour' ? 'minute' : unit, start: base + m.index, end: base + m.index + m[0].length, text: m[0], interval, ceiling });
		} else if (g['single'] !== undefined) {
			out.push({ value: 1, unit: g['sunit']!.toLowerCase(), start: base + m.index, end: base + m.index + m[0].length, text: m[0], interval, ceiling });
		} else if (g['money'] !== undefined) {
			const money = /([£$€]|GBP|USD|EUR)\s?(\d[\d,]*(?:\.\d+)?)\s?(billion|million|thousand|bn|m|k)?/i.exec(g['money'])!;
			const multiplier = MULTIPLIERS[(money[3] ?? '').toLowerCase()] ?? 1;
			const value = Number(money[2]!.replace(/,/g, '')) * multiplier;
			out.push({ value, unit: CURRENCY_SIGNS[money[1]!.toUpperCase()] ?? money[1]!, start: base + m.index, end: base + m.index + m[0].length, text: m[0], interval, ceiling, ...(estimate === undefined ? {} : { estimate }), precision: roundedBy(money[2]!, multiplier) });
		} else {
			const raw = g['num']!.toLowerCase();
			// "twenty-five (25) years": the figure in brackets is the one meant; else the words, whole.
			const value = g['paren'] !== undefined ? Number(g['paren']) : NUMBER_WORDS[raw] ?? (/^\p{L}/u.test(raw) ? raw.split(/[-\s]/).reduce((sum, w) => sum + (NUMBER_WORDS[w] ?? 0), 0) : Number(raw.replace(/,/g, '')));
			const written = unitOf(g['unit']!);
			// Hours are read as minutes, so "an hour" is "60 minutes".
			const unit = written === 'hour' ? 'minute' : written;
			out.push({ value: written === 'hour' ? value * 60 : value, unit, start: base + m.index, end: base + m.index + m[0].length, text: m[0], interval, ceiling, ...(estimate === undefined ? {} : { estimate }), precision: measurePrecision(unit, g['num']!, value, before) });
		}
	}
	// "may extend this period by a further three months": an addition to another figure, not a figure of its own.
	return out.map((q) => (INCREMENT_BEFORE_RE.test(text.slice(Math.max(0, q.start - base - 24), q.start - base)) ? { ...q, increment: true as const } : q));
}

/**
 * The bare figures of a table's money column ("| Partner | Indicative contribution (£) |" over "| University |
 * 2,400,000 |"), as sums: a source states them as surely as "£2.4 million". Only a column whose heading names the
 * currency; "(£m)", "(£000)" scale its figures.
 */
export function tableSums(text: string): Quantity[] {
	if (!text.trimStart().startsWith('|')) {
		return [];
	}
	const rows = [...text.matchAll(/^[ \t]*\|(.*)\|[ \t]*$/gmu)];
	const header = rows[0];
	if (header === undefined) {
		return [];
	}
	const columns = header[1]!.split('|').map((cell) => MONEY_HEADING_RE.exec(cell));
	if (!columns.some((c) => c !== null)) {
		return [];
	}
	const out: Quantity[] = [];
	for (const row of rows.slice(1)) {
		let at = row.index + row[0].indexOf('|') + 1;
		const cells = row[1]!.split('|');
		// A row of another shape than the heading's is not read against it (a heading cut short, a merged cell).
		if (cells.length !== columns.length) {
			continue;
		}
		for (const [k, cell] of cells.entries()) {
			const heading = columns[k];
			const figure = heading ? /^(\s*(?:\*\*)?\s*)(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?=\s*(?:\*\*)?\s*(?:\([^()]*\)\s*)?$)/u.exec(cell) : null;
			if (heading && figure) {
				const unit = heading[1]!;
				const scale = heading[2] === undefined ? 1 : /^m/i.test(heading[2]) ? 1e6 : /^(?:k|000|thousand)/i.test(heading[2]) ? 1e3 : /^(?:bn|billion)/i.test(heading[2]) ? 1e9 : 1;
				const start = at + figure[1]!.length;
				out.push({ value: Number(figure[2]!.replace(/,/g, '')) * scale, unit: CURRENCY_SIGNS[unit.toUpperCase()] ?? unit, start, end: start + figure[2]!.length, text: figure[2]!, interval: false, precision: scale === 1 ? 0 : scale / 2 });
			}
			at += cell.length + 1;
		}
	}
	return out;
}
/** Each money column's total in a table (its figures under a money heading, added up), for columns of two or more. */
function moneyColumnTotals(text: string): number[] {
	const byColumn = new Map<number, number[]>();
	for (const q of tableSums(text)) {
		const column = text.slice(text.lastIndexOf('\n', q.start) + 1, q.start).split('|').length;
		addTo(byColumn, column, q.value);
	}
	// A column that ends in its own total ("| **Total** | … | **2,347,000** |") totals the rows above it.
	return [...byColumn.values()].filter((values) => values.length >= 2).map((values) => {
		const rest = values.slice(0, -1).reduce((a, b) => a + b, 0);
		return Math.abs(rest - values[values.length - 1]!) < 0.5 ? rest : rest + values[values.length - 1]!;
	});
}

/** The stems of the first cell of the table row at `at` ("University" in "| University | 2,400,000 | Cash |"), if any. */
function rowLabelOf(text: string, at: number): ReadonlySet<string> | undefined {
	const start = text.lastIndexOf('\n', at) + 1;
	const row = /^[ \t]*\|([^|\n]*)\|/.exec(text.slice(start));
	if (row === null || start + row[0].length > at) {
		return undefined;
	}
	const stems = tokenize(row[1]!).filter((t) => !isStopword(t.lower) && /\p{L}/u.test(t.raw)).map((t) => t.stem);
	return stems.length === 0 ? undefined : new Set(stems);
}

/** A table heading that names its currency: "(£)", "£", "Amount (£m)", "Funding (GBP 000)". */
const MONEY_HEADING_RE = /([£$€]|\bGBP\b|\bUSD\b|\bEUR\b)\s*(m\b|k\b|000\b|bn\b|million|thousand|billion)?/iu;

/**
 * How far a sum written with a multiplier may lie from the exact one it rounds: half its last digit ("£6.86m" is
 * £6,855,000 to £6,865,000). Only with two significant digits or more: "£2 million" is not a rounding of £2.4 million.
 */
function roundedBy(digits: string, multiplier: number): number {
	if (multiplier === 1) {
		return 0;
	}
	const plain = digits.replace(/,/g, '');
	const significant = plain.replace('.', '').replace(/^0+/, '').replace(/0+$/, '').length;
	const decimals = plain.includes('.') ? plain.length - plain.indexOf('.') - 1 : 0;
	return significant >= 2 || decimals > 0 ? (multiplier * 10 ** -decimals) / 2 : 0;
}

/**
 * How far a measure or share may lie from the one written: a whole number of hectares or per cent is a rounding ("the
 * 4-hectare site" for "approximately 4.05 hectares"), and "approximately", "around", "roughly" allow a twentieth either
 * way. Counts of days, months and people are compared exactly.
 */
function measurePrecision(unit: string, written: string, value: number, before: string): number {
	if (unit !== '%' && !MEASURES.some(([, name]) => name === unit)) {
		return 0;
	}
	const decimals = written.includes('.') ? written.length - written.indexOf('.') - 1 : 0;
	const rounding = /^\d/.test(written) ? 10 ** -decimals / 2 : 0;
	return Math.max(rounding, APPROXIMATELY_RE.test(before) ? value * 0.05 : 0);
}
/** "approximately", "just under", "a little over": the figure that follows is a round one near the true one. */
const APPROXIMATELY_RE = /\b(?:approximately|approx\.?|around|about|roughly|some|nearly|almost|circa|c\.|(?:just|slightly|a\s+little|a\s+shade)\s+(?:under|over|below|above|more\s+than|less\s+than))\s+$/i;

/** "up to", "not more than", "a maximum of": the number that follows is a limit. */
const CEILING_BEFORE_RE = /\b(?:up\s+to|as\s+(?:many|much)\s+as|(?:no|not)\s+more\s+than|(?:a\s+)?maximum\s+of|not\s+(?:(?:expected|intended|likely)\s+)?(?:to\s+)?exceed(?:ing)?|at\s+most|capped\s+at|limited\s+to)\s+$/i;

/**
 * "expected to total", "estimated at", "indicative allocation of": the number that follows is an estimate. Read like a
 * limit: a sentence that states it as the amount settled drops the hedge ("a £560 million settlement" for "expected to
 * total £560 million").
 */
const ESTIMATE_BEFORE_RE = /\b(?:(?:is|are)\s+)?(?:expected|estimated|projected|forecast|anticipated)\s+(?:to\s+(?:total|be|reach|cost|amount\s+to)\s+|at\s+)(?:(?:around|about|approximately|some)\s+)?$|\bindicative\s+(?:allocation|amount|budget|figure|sum|total|value)\s+of\s+$/iu;

/** Words that keep a figure an estimate wherever they stand in the sentence. */
const ESTIMATE_KEPT_RE = /\b(?:expect\w*|estimat\w*|project(?:ed|ion)|forecast\w*|anticipat\w*|indicative|likely|depends?|depending|dependent|subject\s+to|around|about|approximately|roughly|could|may|might|provisional\w*)\b/i;

/** "every five years", "at intervals of not more than 2 hours": the number that follows is an interval. */
const EVERY_BEFORE_RE = /\b(?:every|each|intervals?\s+of(?:\s+(?:not|no)\s+(?:more|longer)\s+than|\s+up\s+to|\s+at\s+most)?)\s+$/i;

function isDigitOrComma(code: number): boolean {
	return (code >= 48 && code <= 57) || code === 44;
}

const MEASURES: readonly (readonly [RegExp, string])[] = [
	[/^(?:tonnes?|tons?)$/, 'tonne'], [/^(?:kilomet(?:re|er)s?|km)$/, 'km'], [/^hectares?$/, 'hectare'], [/^nautical miles?$/, 'nautical mile'], [/^miles?$/, 'mile'],
];

function unitOf(unit: string): string {
	const u = unit.toLowerCase().replace(/\s+/g, ' ');
	// "60pc" is the newspaper's "60%".
	if (u === '%' || u === 'pc' || u.startsWith('per')) {
		return '%';
	}
	if (/^(?:people|persons?|individuals?)$/.test(u)) {
		return 'person';
	}
	// Measures: one name per unit ("1.3 km" is "1.3 kilometres").
	const measure = MEASURES.find(([re]) => re.test(u));
	if (measure !== undefined) {
		return measure[1];
	}
	// "Business Days" and "Working Days" are the same count.
	return u.replace(/ies$/, 'y').replace(/s$/, '').replace(/^installment/, 'instalment').replace(/^business day$/, 'working day');
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
		let row: { block: number; found: boolean; cells: AnalysedSentence[] } | undefined;
		for (const [k, analysed] of context.sentences.entries()) {
			const finding = contradiction(context, analysed);
			if (finding) {
				yield finding;
			}
			// A table row is cut into cells, and a cell's figure ("Sept 2026") has no words of its own: once a row's cells
			// are read, its figures are compared with the words of the whole row ("Digital Technologies | FdSc | … | Sept
			// 2026" against the source table's row for that programme), where no cell was found wrong.
			const { sentence } = analysed;
			if (sentence.blockKind !== 'tableRow') {
				continue;
			}
			if (row === undefined || row.block !== sentence.block) {
				row = { block: sentence.block, found: false, cells: [] };
			}
			row.found ||= finding !== undefined;
			row.cells.push(analysed);
			const next = context.sentences[k + 1];
			if (!row.found && (next === undefined || next.sentence.block !== sentence.block)) {
				const whole = tableRowSentence(context, row.cells);
				const found = whole === undefined ? undefined : contradiction(context, whole);
				if (found) {
					yield found;
				}
			}
		}
	},
};

/** A table row of two or more cells read as one sentence, its cells' words at their own offsets; undefined for one cell. */
function tableRowSentence(context: RuleContext, cells: readonly AnalysedSentence[]): AnalysedSentence | undefined {
	if (cells.length < 2 || cells.some((c) => c.isOthersWords || c.claim.isQuestion)) {
		return undefined;
	}
	const start = cells[0]!.sentence.span.start;
	const end = cells[cells.length - 1]!.sentence.span.end;
	// Between cells, the row's own pipes: a figure does not run on into the next cell ("18 | Sept 2026" is no date).
	const prose = Array.from({ length: end - start }, (_, i): string => (context.text.charCodeAt(start + i) === 124 ? '|' : ' '));
	const claimProse = [...prose];
	for (const cell of cells) {
		const at = cell.sentence.span.start - start;
		for (let i = 0; i < cell.sentence.prose.length; i++) {
			prose[at + i] = cell.sentence.prose[i]!;
			claimProse[at + i] = cell.claimProse[i] ?? ' ';
		}
	}
	const claimText = claimProse.join('');
	const tokens = cells.flatMap((c) => c.claim.tokens);
	const first = cells[0]!;
	return {
		sentence: { span: { start, end }, text: context.text.slice(start, end), prose: prose.join(''), block: first.sentence.block, blockKind: 'tableRow' },
		claimProse: claimText,
		claim: analyseCommitment(claimText, start, context.source.parties, tokens),
		alignments: context.align(tokens),
		quotes: cells.flatMap((c) => c.quotes),
		isOthersWords: false,
		frame: { ...first.frame, explicit: cells.some((c) => c.frame.explicit), inherited: cells.some((c) => c.frame.inherited), reported: cells.some((c) => c.frame.reported) },
	};
}

/**
 * The detail of a sentence that conflicts with the clause it describes, if any: what contradicted-detail reports. A
 * figure it reports is not also an invention (unsupported-claim asks before naming a figure).
 */
export function contradiction(context: RuleContext, analysed: AnalysedSentence): RuleFinding | undefined {
	// Asked by two rules of the same sentence: worked out once.
	let found = contradictions.get(analysed);
	if (found === undefined) {
		found = analysed.claim.isQuestion || analysed.isOthersWords ? null : findContradiction(context, analysed) ?? null;
		// Someone's reported account ("the skipper said either country can close an area for 14 days") is compared with
		// the clause it plainly describes, not with one its figure only happens to share a word with.
		// Nor with an event it tells of ("the Minister reports that the panel decided within 100 days").
		if (found !== null && analysed.frame.reported && !partyReportsCommitment(analysed) && (tellsOfEvent(analysed, found.span.start) || !analysed.alignments.some((a) => a.score >= CITATION_THRESHOLD && sameProvision(context.sourceSentence(a).clause.id, found!.clause?.id ?? '')))) {
			found = null;
		}
		// "On 12 November 2025 the Minister wrote …": the date the letter itself bears, above its first clause, is right.
		if (found !== null && isDateOutsideClauses(context.source, found.actual)) {
			found = null;
		}
		contradictions.set(analysed, found);
	}
	return found ?? undefined;
}
const contradictions = new WeakMap<AnalysedSentence, RuleFinding | null>();

/** True when the figure found is a date the source gives outside its clauses (its dateline, a signature's date). */
function isDateOutsideClauses(source: SourceModel, actual: string): boolean {
	const figures = quantities(actual);
	return figures.length === 1 && figures[0]!.unit === 'date' && quantitiesOf(source).datesOutsideClauses.has(figures[0]!.value);
}
/**
 * "Calderstone says it aims to bring 300 MW online by the end of 2029": a party's own account of what it undertakes
 * under the clause the sentence is about is the agreement's content.
 */
function partyReportsCommitment(analysed: AnalysedSentence): boolean {
	return analysed.claim.predicates.some((p) => p.hasPartySubject && p.level >= Strength.Exploratory && !p.negated)
		&& analysed.alignments.some((a) => a.score >= CITATION_THRESHOLD);
}
/**
 * The figure at `at` is told of a past event: the verb of its clause, read back to the clause's start, is in the simple
 * past ("the panel decided within 100 days"), not a rule ("can close … for 14 days", "is only asked to review within five
 * years") or a fact the document states ("varies by twelve years").
 */
function tellsOfEvent(analysed: AnalysedSentence, at: number): boolean {
	const tokens = analysed.claim.tokens;
	for (let k = firstFrom(tokens, at) - 1; k >= 0; k--) {
		const word = tokens[k]!.lower;
		if (CLAUSE_START.has(word) || /[,;:]$/.test(tokens[k]!.raw)) {
			return false;
		}
		if (PAST_RE.test(word)) {
			return !tokens.slice(Math.max(0, k - 2), k).some((t) => AUXILIARIES.has(t.lower));
		}
	}
	return false;
}
const PAST_RE = /^(?:\p{L}{3,}ed|was|were|took|made|gave|met|did|had|paid|spent|sent|kept|set|won|got)$/u;
const CLAUSE_START: ReadonlySet<string> = new Set(specifics.eventClauseStarts.words);
const AUXILIARIES: ReadonlySet<string> = new Set(specifics.auxiliaries.words);
/** The same numbered provision, or one of its lettered items ("24" and "24(b)"). */
const sameProvision = (a: string, b: string): boolean => a === b || a.startsWith(`${b}(`) || b.startsWith(`${a}(`);

function findContradiction(context: RuleContext, analysed: AnalysedSentence): RuleFinding | undefined {
	const term = termContradiction(context, analysed) ?? ownDateContradiction(context, analysed) ?? windowContradiction(context, analysed) ?? droppedFloor(context, analysed) ?? dayKindContradiction(context, analysed) ?? rateForTotal(context, analysed);
	if (term) {
		return term;
	}
	// A sentence of hundreds of figures is a table pasted as prose: its first ones are compared (pairing figures is
	// quadratic in their number). The agreement's own term given as its term ("The Memorandum runs for three years") is
	// not another clause's period.
	const ownTerm = statedTerm(context.source);
	// "LEEDS, 3 February 2026 — Halbrook has won …": a dateline that opens the sentence says when the text was written.
	const dateline = DATELINE_PREFIX_RE.exec(analysed.claimProse);
	const datelineEnd = dateline === null ? -1 : analysed.sentence.span.start + dateline[0].length;
	// "Two years later, in Durban, …", "three months ago": time in the writer's story, not a period the agreement sets.
	let own = sentenceQuantities(analysed)
		.filter((q) => q.end > datelineEnd)
		.filter((q) => DAYS_PER[q.unit] === undefined || !(STORY_TIME_AFTER_RE.test(context.text.slice(q.end, q.end + 16)) || STORY_TIME_BEFORE_RE.test(context.text.slice(Math.max(0, q.start - 16), q.start))))
		// "10 per cent above" where the source says "110 per cent of": the same share, written as a difference.
		.filter((q) => !quantitiesOf(context.source).all.some((t) => isRelativeShare(context.text, q, t)))
		.filter((q) => ownTerm === undefined || !(comparable(q, ownTerm) && sameValue(q, ownTerm) && (namesDocumentBefore(context, analysed, q) || NAMES_RUN_AFTER_RE.test(context.text.slice(q.start, q.end + 24)) || TERM_AT_START_RE.test(context.text.slice(q.start, q.end + 40)))))
		.filter((q) => !(q.interval && namedBySource(context, q)));
	if (isDateline(analysed.claimProse)) {
		return undefined;
	}
	if (own.length === 0) {
		return countContradiction(context, analysed) ?? yearContradiction(context, analysed);
	}
	const stated = quantitiesOf(context.source);
	// The clauses the sentence describes: those it cites by number ("(clause 7.3)"), then its two closest, each with
	// its lettered siblings (a sentence about "(a)" often gives the figure of "(b)").
	const aligned = describedClauses(context, analysed);
	// A loosely worded sentence ("can walk away from the deal on a month's notice") may still describe the clause it
	// only just cites: its figure is compared there when the words around both figures agree more closely.
	const loose = analysed.alignments.slice(0, 2).filter((a) => a.score >= CITATION_THRESHOLD && a.score < ABOUT_CLAUSE).map((a) => parentOf(context.source, context.sourceSentence(a).clause));
	const named = referencedClauses(context, analysed.claimProse);
	// A figure one of the clauses the sentence cites states is that clause's ("Under section 12, … normally after 30 days'
	// notice": 12.2's notice, not 12.1(a)'s "60 days" overdue).
	if (named.length > 0) {
		const namedSet = new Set(named);
		own = own.filter((q) => !(stated.anywhere.get(keyOf(q)) ?? []).some((t) => namedSet.has(t.clause)));
		if (own.length === 0) {
			return countContradiction(context, analysed) ?? yearContradiction(context, analysed);
		}
	}
	// A clause two of whose figures the sentence gives is what it describes, however loosely it is worded.
	const byFigures = new Map<Clause, number>();
	for (const q of own) {
		for (const clause of new Set((stated.anywhere.get(keyOf(q)) ?? []).slice(0, MAX_FIGURES).map((t) => parentOf(context.source, t.clause)))) {
			byFigures.set(clause, (byFigures.get(clause) ?? 0) + 1);
		}
	}
	// So is one of the one or two clauses that state the sentence's sum of money ("A further £42.5 million … by 2030" for
	// para. 34's "£42.5 million of capital funding … around 3,200 homes by March 2031").
	const sumClauses = own.filter((q) => /^[£$€]$/.test(q.unit)).map((q) => new Set((stated.anywhere.get(keyOf(q)) ?? []).slice(0, MAX_FIGURES).map((t) => parentOf(context.source, t.clause))));
	const bySum = new Set([...byFigures].filter(([clause, n]) => n < 2 && sumClauses.some((set) => set.size <= 2 && set.has(clause))).map(([clause]) => clause));
	// And a clause that gives one of the sentence's periods about the same thing (two shared words) where the sentence
	// gives another of that kind ("three years … if you are an architect, or five years if you are a chartered engineer"
	// for "at least three years … architect, or at least four years … chartered engineer").
	const tokens = analysed.claim.tokens;
	const contexts = own.map((q) => contextOf(tokens, q, context.source.parties.agents, analysed.claimProse, analysed.sentence.span.start, own));
	const byPeriod = new Set(own.flatMap((q, k) => (DAYS_PER[q.unit] === undefined || q.interval || own.filter((o) => comparable(o, q)).length < 2 ? [] : (stated.anywhere.get(keyOf(q)) ?? []).slice(0, MAX_FIGURES)
		.filter((t) => shares(t.context, contexts[k]!) >= 2).map((t) => parentOf(context.source, t.clause)))));
	const figured = [...byFigures].filter(([clause, n]) => n >= 2 || bySum.has(clause) || byPeriod.has(clause)).map(([clause]) => clause);
	const clear = clearBest(context, analysed);
	const inArticle = clearBest(context, analysed, true);
	// Of a provision named among several, each beside its own figures ("quarterly near-miss reporting (para 3.5),
	// external red-teaming (para 5.2)"): the figures beside its number. The stretches are read once, when first needed.
	let stretches: NamedStretch[] | null | undefined;
	const besideOf = (about: Clause): (q: Quantity) => boolean => {
		stretches ??= namedStretches(context, analysed) ?? null;
		const beside = stretches?.filter((x) => x.cites.includes(about));
		return (q) => beside === undefined || beside.some((r) => r.start <= q.start && q.end <= r.end);
	};
	const top = analysed.alignments[0] === undefined ? undefined : parentOf(context.source, context.sourceSentence(analysed.alignments[0]).clause);
	// Each described clause with its lettered siblings, in turn: a figure another clause states is that clause's.
	for (const about of new Set([...named, ...aligned, ...figured, ...loose].map((c) => parentOf(context.source, c)))) {
		const theirs = withSiblings(context.source, [about]).flatMap((c) => stated.byClause.get(c) ?? []).slice(0, MAX_FIGURES * 4);
		const isNamed = named.some((c) => parentOf(context.source, c) === about);
		const strongly = analysed.alignments.some((a) => a.score >= CLOSE_CLAUSE && parentOf(context.source, context.sourceSentence(a).clause) === about);
		const isLoose = !isNamed && loose.includes(about) && !aligned.some((c) => parentOf(context.source, c) === about) && !figured.includes(about);
		// A clause found only by the sentence's sum gives the sentence's other figures, not its other sums.
		const sumOnly = bySum.has(about) && !isNamed && !aligned.some((c) => parentOf(context.source, c) === about) && !loose.includes(about);
		// A clause found only by its number, among several named, gives the figures beside that number.
		const near = isNamed && !strongly ? besideOf(about) : () => true;
		const compared = (sumOnly ? own.filter((q) => !/^[£$€]$/.test(q.unit)) : own).filter(near);
		const found = theirs.length > 0 && compared.length > 0 ? contradictionIn(context, analysed, compared, compared.map((q) => contexts[own.indexOf(q)]!), theirs, isNamed, strongly, isLoose, 0, isClearly(clear, inArticle, about, (c) => (stated.byClause.get(c) ?? []).some((t) => compared.some((q) => comparable(t, q)))), about === top) : undefined;
		if (found) {
			return found;
		}
	}
	// The figure may be in another paragraph of the same article ("the stocktake the deal requires every three years"
	// aligns with 14.1, "periodically take stock"; 14.2 says "every five years"): compared when the clause the sentence
	// describes gives no figure of its kind, and the words around the two figures agree more closely.
	for (const about of new Set([...named, ...aligned].map((c) => parentOf(context.source, c)))) {
		const family = withSiblings(context.source, [about]);
		const ownKinds = family.flatMap((c) => stated.byClause.get(c) ?? []);
		const cousins = articleOf(context.source, about).filter((c) => !family.includes(c));
		const theirs = cousins.flatMap((c) => stated.byClause.get(c) ?? []).filter((t) => !ownKinds.some((o) => comparable(o, t) && o.interval === t.interval)).slice(0, MAX_FIGURES * 4);
		// How often is rarer than how long: the article's one interval ("meet at least once every quarter") is what the
		// sentence's interval ("It will meet twice a year") gives, on one shared word.
		// With several, the one whose words the sentence shares most, alone.
		const near = named.some((c) => parentOf(context.source, c) === about) ? besideOf(about) : () => true;
		const ownIntervals = own.filter((q) => q.interval && near(q));
		const words = ownIntervals.length === 1 ? contexts[own.indexOf(ownIntervals[0]!)]! : new Set<string>();
		const intervals = theirs.filter((t) => t.interval).map((t) => ({ t, n: shares(t.context, words) })).sort((a, b) => b.n - a.n);
		const sole = intervals.length > 0 && intervals[0]!.n > 0 && (intervals.length === 1 || intervals[1]!.n < intervals[0]!.n) ? [intervals[0]!.t] : [];
		const byInterval = sole.length === 1
			? contradictionIn(context, analysed, ownIntervals, [words], sole, false, false, false, 0)
			: undefined;
		const nearOwn = own.filter(near);
		const found = byInterval ?? (theirs.length > 0 && nearOwn.length > 0 ? contradictionIn(context, analysed, nearOwn, nearOwn.map((q) => contexts[own.indexOf(q)]!), theirs, false, false, false, 1) : undefined);
		if (found) {
			return found;
		}
	}
	return definedTermContradiction(context, analysed, own, contexts) ?? anchoredContradiction(context, analysed, own, contexts) ?? weakTopFigure(context, analysed, own, contexts) ?? countContradiction(context, analysed) ?? bareCountContradiction(context, analysed) ?? yearContradiction(context, analysed);
}

/**
 * A sentence that undertakes something ("Sarvenia will put in at least £8 million of its own") and aligns only weakly
 * with the clause it is closest to (§19's "not less than £6 million"): its one or two figures are compared with that
 * clause's figure of the kind, the one whose words they share most, when the source states the sentence's figure
 * nowhere and the two are of the same order (a figure three times another is more likely another thing).
 */
function weakTopFigure(context: RuleContext, analysed: AnalysedSentence, own: readonly Quantity[], contexts: readonly ReadonlySet<string>[]): RuleFinding | undefined {
	const top = analysed.alignments[0];
	if (top === undefined || top.score < WEAK_TOP || own.length > 2 || !analysed.claim.predicates.some((p) => p.level >= Strength.Possibility && !p.negated)) {
		return undefined;
	}
	const stated = quantitiesOf(context.source);
	const about = parentOf(context.source, context.sourceSentence(top).clause);
	const family = withSiblings(context.source, [about]).flatMap((c) => stated.byClause.get(c) ?? []);
	for (const [k, q] of own.entries()) {
		// Dates and times are too often another event's; a figure the source gives anywhere may be that one (a large number
		// in any unit: "1,800 people" for "1,800 existing workers").
		const anywhere = statedAs(stated, q).length > 0 || (DAYS_PER[q.unit] !== undefined && stated.durations.some((d) => sameValue(d, q)))
			|| (q.value >= 100 && (stated.all.some((t) => t.value === q.value) || allCounts(context.source).some((t) => t.value === q.value)));
		if (q.unit === 'date' || q.unit === 'day of year' || q.unit === 'time' || anywhere) {
			continue;
		}
		const ranked = family.filter((t) => comparable(t, q) && t.interval === q.interval).map((t) => ({ t, n: shares(t.context, contexts[k]!) })).sort((a, b) => b.n - a.n);
		const right = ranked.length === 1 || (ranked.length > 1 && ranked[0]!.n >= 1 && ranked[0]!.n > ranked[1]!.n) ? ranked[0]!.t : undefined;
		if (right === undefined || sameValue(right, q) || !(q.value > 0 && right.value > 0 && Math.max(q.value, right.value) / Math.min(q.value, right.value) <= 3)) {
			continue;
		}
		return conflictFinding(context, analysed, q, right);
	}
	return undefined;
}
/** The least alignment at which the closest clause's figure is compared with a figure stated nowhere in the source. */
const WEAK_TOP = 0.12;

/**
 * "paid within 15 working days" for "will be paid within 15 days of receipt": the clause's number in the other kind of
 * day (working days run longer), in the clause the sentence plainly restates, which never counts it the sentence's way.
 */
function dayKindContradiction(context: RuleContext, analysed: AnalysedSentence): RuleFinding | undefined {
	const best = analysed.alignments[0];
	if (best === undefined || best.score < CLOSE_CLAUSE) {
		return undefined;
	}
	const clause = context.sourceSentence(best).clause;
	const theirs = quantitiesOf(context.source).byClause.get(clause) ?? [];
	for (const q of sentenceQuantities(analysed)) {
		const other = q.unit === 'working day' ? 'day' : q.unit === 'day' ? 'working day' : undefined;
		const right = other === undefined ? undefined : theirs.find((t) => t.unit === other && t.value === q.value && !t.interval && !q.interval);
		if (right !== undefined && !theirs.some((t) => t.unit === q.unit && t.value === q.value)) {
			return conflictFinding(context, analysed, q, right);
		}
	}
	return undefined;
}

/**
 * "up to £350,000 a year for training" where the clause gives "up to £350,000 over the first three years", or "£750,000
 * a year" for "… over its lifetime": the clause's whole sum stated as a yearly one. The fix gives the clause's span.
 */
function rateForTotal(context: RuleContext, analysed: AnalysedSentence): RuleFinding | undefined {
	const sums = sentenceQuantities(analysed).filter((q) => /^[£$€]$/.test(q.unit) && PER_YEAR_AFTER_RE.test(context.text.slice(q.end, q.end + 16)));
	if (sums.length === 0) {
		return undefined;
	}
	const clauses = analysed.alignments.slice(0, 2).filter((a) => a.score >= CITATION_THRESHOLD).map((a) => context.sourceSentence(a).clause);
	for (const q of sums) {
		for (const clause of clauses) {
			for (const sentence of clause.sentences) {
				for (const t of quantities(sentence.text).filter((x) => x.unit === q.unit && sameValue(x, q))) {
					const over = OVER_SPAN_AFTER_RE.exec(sentence.text.slice(t.end, t.end + 60));
					if (over !== null && !PER_YEAR_AFTER_RE.test(sentence.text.slice(t.end, t.end + 16))) {
						const per = PER_YEAR_AFTER_RE.exec(context.text.slice(q.end, q.end + 16))!;
						const at = { start: q.start, end: q.end + per[0].length };
						const says = `${t.text}${over[0].replace(/[,;.]\s*$/, '')}`;
						return figureFinding(context, analysed, at, clause, says, says, 'the sum');
					}
				}
			}
		}
	}
	return undefined;
}
/** "a year", "per year", "each year", "annually" right after a sum. */
const PER_YEAR_AFTER_RE = /^\s*(?:a|per|each|every)\s+(?:year|annum)\b|^\s*annually\b|^\s*a\s+year\b/i;
/** "over the first three years", "over its lifetime", "in total over the Term" after a sum in a clause. */
const OVER_SPAN_AFTER_RE = /^[^.;]{0,40}?\s(?:over|across|during)\s+(?:the\s+|its\s+|their\s+)?(?:(?:first|next|initial|whole|entire)\s+)?(?:(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+years|lifetime|life\s+of\s+the\s+\w+|term|funding\s+period)\b/i;

/**
 * A date the clause gives only as the earliest ("Launch no earlier than December 2027"), given as the date ("due to
 * launch in December 2027", "scheduled for December 2027"): the source's floor is the fix.
 */
function droppedFloor(context: RuleContext, analysed: AnalysedSentence): RuleFinding | undefined {
	const dates = sentenceQuantities(analysed).filter((q) => q.unit === 'date');
	if (dates.length === 0) {
		return undefined;
	}
	const base = analysed.sentence.span.start;
	const floors = withSiblings(context.source, describedClauses(context, analysed).map((c) => parentOf(context.source, c)))
		.flatMap((clause) => clause.sentences.flatMap((sentence) => [...sentence.text.matchAll(FLOOR_DATE_RE)]
			.flatMap((m) => quantities(m[2]!).filter((t) => t.unit === 'date').map((t) => ({ t, words: m[1]!, clause })))));
	for (const q of dates) {
		const floor = floors.find((f) => sameValue(f.t, q));
		const before = analysed.claimProse.slice(Math.max(0, q.start - base - 30), q.start - base);
		const after = analysed.claimProse.slice(q.end - base, q.end - base + 20);
		if (floor === undefined || FLOOR_BEFORE_RE.test(before) || /^\s*(?:at\s+the\s+earliest|or\s+later|onwards?)\b/i.test(after)) {
			continue;
		}
		// "in December 2027" becomes "no earlier than December 2027", the preposition with it.
		const preposition = /\b(?:in|for|on|by)\s+$/i.exec(before)?.[0].length ?? 0;
		const at = { start: q.start - preposition, end: q.end };
		return figureFinding(context, analysed, at, floor.clause, `${floor.words} ${q.text}`, `${floor.words.toLowerCase()} ${q.text}`, 'the earliest date');
	}
	return undefined;
}
/** "no earlier than December 2027", "not before 1 April 2026" in a clause: the words of the floor, then the date. */
const FLOOR_DATE_RE = new RegExp(`\\b(no\\s+earlier\\s+than|not\\s+earlier\\s+than|not\\s+before)\\s+((?:[0-3]?\\d\\s+)?${MONTH_RE}\\s+(?:19|20)\\d\\d)\\b`, 'giu');
/** The sentence keeps the floor ("not before", "at the earliest", "from", "after"). */
const FLOOR_BEFORE_RE = /\b(?:earlier\s+than|before|from|after|starting|beginning|until)\s+(?:the\s+end\s+of\s+)?$/i;

/** A stretch of a sentence between its commas and semicolons (absolute offsets), with the provisions it names. */
interface NamedStretch {
	readonly start: number;
	readonly end: number;
	readonly cites: readonly Clause[];
}

/** The stretches of a sentence that name provisions by number, when two or more do; undefined otherwise. */
function namedStretches(context: RuleContext, analysed: AnalysedSentence): NamedStretch[] | undefined {
	const prose = analysed.claimProse;
	const base = analysed.sentence.span.start;
	const stretches: NamedStretch[] = [];
	let from = 0;
	for (const m of [...prose.matchAll(/[,;]\s+|$/g)]) {
		const cites = referencedClauses(context, prose.slice(from, m.index)).map((c) => parentOf(context.source, c));
		stretches.push({ start: base + from, end: base + m.index, cites });
		from = m.index + m[0].length;
		if (m[0] === '') {
			break;
		}
	}
	const naming = stretches.filter((x) => x.cites.length > 0);
	return naming.length < 2 ? undefined : naming;
}

/** The defined terms whose definition gives one period ('"Lease" means a lease of the Site for a term of 150 years'). */
function definedPeriods(source: SourceModel): ReadonlyMap<string, StatedQuantity> {
	let found = definedPeriodCache.get(source);
	if (found === undefined) {
		const byTerm = new Map<string, StatedQuantity>();
		const stated = quantitiesOf(source);
		for (const { clause, sentence } of source.sentences) {
			const term = definedTerm(sentence.text)?.toLowerCase();
			if (term === undefined || term.includes(' ')) {
				continue;
			}
			// The thing's own length ("for a term of 150 years", "not exceeding 10 hours"), not a measure it is taken over
			// ('"CPI" means the Consumer Prices Index (all items, 12-month rate)').
			const periods = quantities(sentence.text).filter((q) => isPeriodLike(q.unit) && !q.interval && !/-/.test(q.text));
			const right = periods.length === 1 ? (stated.byClause.get(clause) ?? []).find((t) => comparable(t, periods[0]!) && sameValue(t, periods[0]!) && !t.interval) : undefined;
			if (right !== undefined) {
				byTerm.set(term, right);
			}
		}
		found = byTerm;
		definedPeriodCache.set(source, found);
	}
	return found;
}
const definedPeriodCache = new WeakMap<SourceModel, ReadonlyMap<string, StatedQuantity>>();

/**
 * A period given to a thing the source defines with one ("a 99-year lease", "lease the site … for 125 years" where
 * '"Lease" means a lease of the Site for a term of 150 years'): that definition's period, when the sentence presents it
 * as the agreement's and the source states the sentence's period about nothing the sentence's figure is said of.
 */
function definedTermContradiction(context: RuleContext, analysed: AnalysedSentence, own: readonly Quantity[], contexts: readonly ReadonlySet<string>[]): RuleFinding | undefined {
	const defined = definedPeriods(context.source);
	if (defined.size === 0) {
		return undefined;
	}
	const stated = quantitiesOf(context.source);
	const tokens = analysed.claim.tokens;
	for (const [k, q] of own.entries()) {
		// Stated elsewhere about the same thing (a word of the figure's in common): the sentence may give that clause's.
		const elsewhere = [...statedAs(stated, q), ...stated.durations.filter((d) => sameValue(d, q))].filter((d) => !d.interval && shares(d.context, contexts[k]!) > 0);
		if (!isPeriodLike(q.unit) || q.interval || elsewhere.length > 0 || isPastEvent(tokens, q)) {
			continue;
		}
		// The defined word right after the figure ("99-year lease") or among the five content words before it ("lease the
		// 14.6-hectare site from the council for 125 years").
		const after = tokens.filter((t) => t.start >= q.end).slice(0, 1);
		const before = tokens.filter((t) => t.end <= q.start && !isStopword(t.lower)).slice(-5);
		const named = [...after, ...before].map((t) => defined.get(t.lower) ?? defined.get(t.stem)).find((d) => d !== undefined && comparable(d, q));
		if (named !== undefined && !sameValue(named, q)) {
			return conflictFinding(context, analysed, q, named);
		}
	}
	return undefined;
}

/**
 * A period, interval or share said about something only one or two clauses of the source speak of ("the money is
 * checked at a gateway review every four years", where only para. 15 has gateway assessments, every five years):
 * that clause's figure, however loosely the rest of the sentence is worded and whatever it aligns with. Only when the
 * sentence's value is stated nowhere in the source and exactly one figure of its kind stands by the shared word.
 */
function anchoredContradiction(context: RuleContext, analysed: AnalysedSentence, own: readonly Quantity[], contexts: readonly ReadonlySet<string>[]): RuleFinding | undefined {
	const stated = quantitiesOf(context.source);
	const byRareWord = rareWordFigures(context.source);
	// The sentence gives the figure as the agreement's: it names the agreement (or follows one that does), or it is close
	// to the clause whose figure it contradicts (below). A storm that "rose in two hours" or a career of "fifteen years"
	// is the writer's own background.
	const presented = analysed.frame.explicit || analysed.frame.inherited || analysed.frame.agreementAt >= 0;
	const near = (clause: Clause): boolean => analysed.alignments.some((a) => a.score >= CITATION_THRESHOLD && context.sourceSentence(a).clause === clause);
	for (const [k, q] of own.entries()) {
		// A sum paid into a fund or body the source names, compared with the sum the clauses naming it give ("Each service
		// pays £15,000 a year into a shared Consortium Exercise Fund" for "each Party will contribute £12,000 in each
		// financial year").
		const named = /^[£$€]$/.test(q.unit) && !isPastEvent(analysed.claim.tokens, q) ? namedFundSum(context, analysed, q, contexts[k]!) : undefined;
		if (named !== undefined && (presented || near(named.clause))) {
			return conflictFinding(context, analysed, q, named);
		}
		// Dates and sums are too often another event's or another budget's; a period, an interval or a share names its thing.
		if ((!isPeriodLike(q.unit) && q.unit !== '%') || isPastEvent(analysed.claim.tokens, q)) {
			continue;
		}
		let candidates = new Set([...contexts[k]!].flatMap((stem) => byRareWord.get(stem) ?? []).filter((t) => comparable(t, q) && t.interval === q.interval));
		// How often is rarer than how long: the source's one interval about what the sentence's is about ("the Board
		// shall meet at least six times in each Financial Year" for "the board only has to meet four times a year").
		if (candidates.size !== 1 && q.interval) {
			const about = stated.intervals.filter((t) => comparable(t, q) && shares(t.context, contexts[k]!) >= 1);
			// Two ways one clause times the same thing ("six times in each Financial Year, at intervals of not more than ten
			// weeks"): the one written as the sentence writes it.
			const oneClause = about.length > 1 && about.every((t) => t.clause === about[0]!.clause);
			const asWritten = (t: Quantity): boolean => TIMES_RE.test(t.text) === TIMES_RE.test(q.text);
			// Of several, the one whose words the sentence shares most, by two words or more and more than any other ("a
			// liaison group … will meet monthly during construction" for "the Group shall meet at least every two months
			// during construction", not the Panel's "four times each Payment Year").
			const ranked = about.map((t) => ({ t, n: shares(t.context, contexts[k]!) })).sort((a, b) => b.n - a.n);
			const best = ranked.length > 1 && !oneClause && ranked[0]!.n >= 2 && ranked[0]!.n > ranked[1]!.n ? [ranked[0]!.t] : undefined;
			candidates = new Set(best ?? (oneClause ? about.filter(asWritten).slice(0, 1) : about));
		}
		// Of several by the same rare word, the one counted in the sentence's own unit ("every five years" for the review's
		// "every four years", not the "30 days" another clause gives the same review).
		if (candidates.size > 1) {
			const sameUnit = [...candidates].filter((t) => t.unit === q.unit);
			if (sameUnit.length === 1) {
				candidates = new Set(sameUnit);
			}
		}
		if (candidates.size !== 1) {
			continue;
		}
		const right = [...candidates][0]!;
		// Stated somewhere as the same kind of figure about the same thing: an interval by an interval ("four times a year"
		// is not "three months", nor the quarterly reports' "quarterly").
		// An interval of the same value about something else (one shared word: "each working group shall report at least
		// once every twelve months") does not make "meet once a year" right where another shares three more ("the Joint
		// Committee shall meet in regular session once every two years, alternately in …").
		const sameShares = Math.max(0, ...stated.intervals.filter((t) => comparable(t, q) && sameValue(t, q)).map((t) => shares(t.context, contexts[k]!)));
		const statedSomewhere = q.interval
			? sameShares >= 2 || (sameShares >= 1 && shares(right.context, contexts[k]!) < sameShares + 3)
			: statedAs(stated, q).length > 0 || (DAYS_PER[q.unit] !== undefined && stated.durations.some((d) => sameValue(d, q)));
		// Nor where the clause itself gives the sentence's value too ("annually where … £25,000 or less, and quarterly above
		// that figure"): the sentence reads its other case.
		const sameClause = (stated.byClause.get(right.clause) ?? []).some((t) => comparable(t, q) && t.interval === q.interval && sameValue(t, q));
		if (statedSomewhere || sameClause || sameValue(right, q) || !(presented || near(right.clause))) {
			continue;
		}
		return conflictFinding(context, analysed, q, right);
	}
	return undefined;
}

/**
 * The sum the clauses that name the sentence's capitalised name of two or more words give ("Consortium Exercise Fund":
 * 7.3's yearly £12,000, where 8.4 and 12.4 give none), where the source states the sentence's own sum nowhere.
 */
function namedFundSum(context: RuleContext, analysed: AnalysedSentence, q: Quantity, words: ReadonlySet<string>): StatedQuantity | undefined {
	const stated = quantitiesOf(context.source);
	if (statedAs(stated, q).length > 0 || sourceStatesAmount(context.source, q.text)) {
		return undefined;
	}
	for (const m of analysed.claimProse.matchAll(NAME_RE)) {
		const name = m[0];
		// The name of what the sum is paid into or for, among the words around the sum, not anywhere in the sentence.
		const own = tokenize(name).filter((t) => !context.source.parties.agents.has(t.lower));
		if (own.length === 0 || !own.every((t) => words.has(t.stem))) {
			continue;
		}
		const clauses = context.source.clauses.filter((c) => c.text.includes(name));
		if (clauses.length === 0 || clauses.length > 4) {
			continue;
		}
		// Of several, the one whose words the sentence's sum shares most ("each … year" for the yearly contribution, not the
		// balance the fund may keep).
		const sums = clauses.flatMap((c) => stated.byClause.get(c) ?? []).filter((t) => comparable(t, q))
			.map((t) => ({ t, n: shares(t.context, words) })).sort((a, b) => b.n - a.n);
		const best = sums.length === 1 || (sums.length > 1 && sums[0]!.n > sums[1]!.n) ? sums[0]!.t : undefined;
		if (best !== undefined && !sameValue(best, q)) {
			return best;
		}
	}
	return undefined;
}
/** Two to five capitalised words in a row ("Consortium Exercise Fund"). */
const NAME_RE = /\b\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,4}\b/gu;

/**
 * A count of things ("at least 25 short-term beds") that conflicts with the count the clause the sentence describes
 * gives of the same things ("at least 20 short-term discharge-to-assess beds"): the things are named by two of the
 * words after each number, one figure of the clause has them, and no figure of the source gives the sentence's value.
 */
function countContradiction(context: RuleContext, analysed: AnalysedSentence): RuleFinding | undefined {
	// "each carrying up to 100 people", "no more than 25 named council officers": people counted by a plain word.
	const counts = sentenceFigures(analysed).filter((q) => (q.unit === 'count' || (q.unit === 'person' && q.ceiling !== undefined)) && q.value >= 2 && !yearLike(q.value));
	if (counts.length === 0) {
		return undefined;
	}
	// Given as the agreement's: the sentence names it or follows one that does ("Ministers from 12 countries came to
	// Manchester" and "a regulator for around 41,000 firms" are the writer's background).
	const about = describedClauses(context, analysed);
	const close = analysed.alignments.some((a) => a.score >= CLOSE_CLAUSE);
	const presented = analysed.frame.explicit || analysed.frame.inherited || analysed.frame.agreementAt >= 0;
	// A party's undertaking ("We will be running … visiting 350 households") gives the agreement's count too.
	const undertaken = analysed.claim.predicates.some((p) => p.hasPartySubject && p.level >= Strength.Intent && !p.negated);
	if (!(presented || close || undertaken)) {
		return undefined;
	}
	const theirs = withSiblings(context.source, about.map((c) => parentOf(context.source, c))).flatMap((c) => countsOf(c));
	const base = analysed.sentence.span.start;
	const sentenceWords = new Set(analysed.claim.tokens.map((t) => t.stem));
	for (const q of counts) {
		// "the other four council leaders", "a further two posts": part of a total, not the total.
		if (PART_OF_TOTAL_RE.test(analysed.claimProse.slice(Math.max(0, q.start - base - 12), q.start - base))) {
			continue;
		}
		const what = countedWords(analysed.claimProse.slice(q.end - base), analysed.claimProse.slice(0, q.start - base));
		const head = firstCounted(analysed.claimProse.slice(q.end - base));
		// The word right after both numbers is the same thing ("short-term … beds"), and one more besides.
		const described = theirs.filter((t) => head !== undefined && t.head === head && shares(t.context, what) >= 2);
		// However loosely the sentence is worded, the one count of those things the whole source gives, when the sentence
		// shares two more of its words ("visiting 350 households" for "At least 300 households receive a home energy
		// advice visit").
		const sole = described.length === 0 && head !== undefined && countsByHead(context.source).get(head)?.size === 1
			? allCounts(context.source).filter((t) => t.head === head && shares(t.context, sentenceWords) >= 3) : [];
		// A limit the sentence gives ("up to 100 people") against the one limit the clause sets on a count ("each carrying
		// no more than 80 Returnees"), about the same thing (a word of theirs in common) whatever the things are called.
		// Of several, the one whose words the sentence shares most ("carrying"), alone.
		const limits = (described.length === 0 && sole.length === 0 && q.ceiling !== undefined ? theirs.filter((t) => t.ceiling !== undefined) : [])
			.map((t) => ({ t, n: shares(t.context, what) })).sort((a, b) => b.n - a.n);
		// Not where the sentence gives that limit right for another of its figures ("no more than 20 in 2027 and no more than
		// 10 in 2030"), nor a value the source counts anything by.
		const limit = limits.length > 0 && limits[0]!.n >= 1 && (limits.length === 1 || limits[1]!.n < limits[0]!.n)
			&& !counts.some((o) => o !== q && o.value === limits[0]!.t.value) && !allCounts(context.source).some((t) => t.value === q.value) ? [limits[0]!.t] : [];
		const same = described.length > 0 ? described : sole.length >= 1 && sole.every((t) => t.value === sole[0]!.value) ? sole.slice(0, 1) : limit;
		// A count the source gives anywhere ("3,000 places in Year 1" in another paragraph) may be that one.
		// A count many times the clause's is more likely another count of those things ("3,000 places in Year 1" against
		// "at least 250 places for vocational training") than a slip.
		const ratio = same.length === 1 ? Math.max(q.value, same[0]!.value) / Math.min(q.value, same[0]!.value) : 0;
		if (same.length !== 1 || same[0]!.value === q.value || ratio > 2) {
			continue;
		}
		// Unless the clause it restates shares two more of the sentence's words than any place that gives the count ("If
		// fewer than 650 dwellings are built, … reduced pro rata" for "If fewer than 600 Dwellings are built, … reduced pro
		// rata", though the scheme is of 650 Dwellings).
		if (head !== undefined && countsByHead(context.source).get(head)?.has(q.value)) {
			const here = shares(same[0]!.context, sentenceWords);
			const elsewhere = Math.max(0, ...allCounts(context.source).filter((t) => t.head === head && t.value === q.value).map((t) => shares(t.context, sentenceWords)));
			if (!(described.length === 1 && here >= elsewhere + 2)) {
				continue;
			}
		}
		return conflictFinding(context, analysed, q, same[0]!);
	}
	return undefined;
}

/**
 * A large number whose thing is named before it, not after ("expanded to 25,000 later" for "a structural design capable
 * of expansion to a capacity of 24,000"): the one large number of the clause the sentence is plainly about, when the two
 * are close (a misremembered figure, not another count) and the source gives the sentence's number nowhere.
 */
function bareCountContradiction(context: RuleContext, analysed: AnalysedSentence): RuleFinding | undefined {
	const top = analysed.alignments[0];
	if (top === undefined || top.score < ABOUT_CLAUSE) {
		return undefined;
	}
	const mine = sentenceFigures(analysed).filter((q) => q.unit === 'count' && q.value >= BARE_COUNT_LEAST && !yearLike(q.value));
	if (mine.length !== 1) {
		return undefined;
	}
	const q = mine[0]!;
	const about = parentOf(context.source, context.sourceSentence(top).clause);
	const base = analysed.sentence.span.start;
	const words = countedWords(analysed.claimProse.slice(q.end - base), analysed.claimProse.slice(0, q.start - base));
	// Of several, the one whose words the sentence's shares most, by two or more and more than any other.
	const ranked = withSiblings(context.source, [about]).flatMap((c) => countsOf(c)).filter((t) => t.value >= BARE_COUNT_LEAST)
		.map((t) => ({ t, n: shares(t.context, words) })).sort((a, b) => b.n - a.n);
	const right = ranked.length === 1 ? ranked[0]!.t : ranked.length > 1 && ranked[0]!.n >= 2 && ranked[0]!.n > ranked[1]!.n ? ranked[0]!.t : undefined;
	const stated = quantitiesOf(context.source);
	const given = stated.all.some((t) => t.value === q.value) || allCounts(context.source).some((t) => t.value === q.value);
	if (right === undefined || given || right.value === q.value || Math.max(q.value, right.value) / Math.min(q.value, right.value) > BARE_COUNT_RATIO) {
		return undefined;
	}
	return conflictFinding(context, analysed, q, right);
}
/** The least number read as a bare count: below it, numbers are too often list items, ranks and days. */
const BARE_COUNT_LEAST = 100;
/** How far apart a bare count and the clause's may be and still be the same figure misremembered. */
const BARE_COUNT_RATIO = 1.5;

/** The values a source counts each thing by, by the word after the number ("place" → 250, 3,000, …), once per source. */
const PART_OF_TOTAL_RE = /\b(?:other|another|remaining|further|additional|extra|more)\s+$/i;

/** Every count the source gives, with its head word. */
function allCounts(source: SourceModel): readonly (StatedQuantity & { readonly head: string | undefined })[] {
	let found = everyCount.get(source);
	if (found === undefined) {
		found = source.clauses.flatMap((clause) => countsOf(clause));
		everyCount.set(source, found);
	}
	return found;
}
const everyCount = new WeakMap<SourceModel, readonly (StatedQuantity & { readonly head: string | undefined })[]>();

function countsByHead(source: SourceModel): ReadonlyMap<string, ReadonlySet<number>> {
	let found = headCounts.get(source);
	if (found === undefined) {
		const byHead = new Map<string, Set<number>>();
		for (const clause of source.clauses) {
			for (const q of countsOf(clause)) {
				if (q.head !== undefined) {
					byHead.set(q.head, (byHead.get(q.head) ?? new Set()).add(q.value));
				}
			}
		}
		found = byHead;
		headCounts.set(source, found);
	}
	return found;
}
const headCounts = new WeakMap<SourceModel, ReadonlyMap<string, ReadonlySet<number>>>();

/**
 * The stems of the words a count counts: up to five content words after the number ("short-term discharge-to-assess
 * beds"), and up to two of its phrase before it ("real-time displays at 180 stops").
 */
function countedWords(after: string, before = ''): Set<string> {
	const stems = new Set<string>();
	// Not the words of a figure before it ("185 full-time posts with no more than ten at senior level": ten of what is at
	// senior level, not of posts): after a figure, the words from the first small word on.
	const last = before.split(/[.;:,(|]/).pop() ?? '';
	const figureAt = last.search(/\d[^\d]*$/u);
	const rest = figureAt < 0 ? [] : last.slice(figureAt).replace(/^\d\S*/u, '').split(/\s+/u);
	const small = rest.findIndex((w) => w !== '' && isStopword(w.toLowerCase()));
	const phrase = figureAt < 0 ? last : small < 0 ? '' : rest.slice(small).join(' ');
	for (const t of tokenize(phrase).filter((x) => x.lower.length > 2 && !isStopword(x.lower) && !/^\d/.test(x.raw)).slice(-2)) {
		for (const part of t.lower.split('-')) {
			stems.add(tokenize(part)[0]?.stem ?? part);
		}
	}
	for (const t of tokenize(after.split(/[.;:,(]/)[0] ?? '')) {
		if (stems.size >= 7) {
			break;
		}
		if (t.lower.length > 2 && !isStopword(t.lower) && !/^\d/.test(t.raw)) {
			for (const part of t.lower.split('-')) {
				stems.add(tokenize(part)[0]?.stem ?? part);
			}
		}
	}
	return stems;
}

function yearLike(value: number): boolean {
	return value >= 1900 && value <= 2100;
}

/** The stem of the word right after a number, when it is a content word ("25 short-term beds" → "short"); not "18 and 19". */
function firstCounted(after: string): string | undefined {
	// "1,173 HO objects": an acronym before the noun names which ones, the noun what is counted.
	const [lead, next] = tokenize(after.slice(0, 48));
	const first = lead !== undefined && next !== undefined && /^\p{Lu}{2,5}$/u.test(lead.raw) ? next : lead;
	return first === undefined || first.lower.length < 3 || isStopword(first.lower) || /^\d/.test(first.raw) || !/^\s*["“]?\p{L}/u.test(after) ? undefined
		: tokenize(first.lower.split('-')[0]!)[0]?.stem;
}

/** A clause's counts of things with the words they count, found once per clause. */
function countsOf(clause: Clause): (StatedQuantity & { readonly head: string | undefined })[] {
	let found = clauseCounts.get(clause);
	if (found === undefined) {
		found = clause.sentences.flatMap((sentence) => figures(sentence.text)
			.filter((q) => q.unit === 'count' && q.value >= 2 && !yearLike(q.value))
			.map((q) => ({ ...q, clause, context: countedWords(sentence.text.slice(q.end), sentence.text.slice(0, q.start)), head: firstCounted(sentence.text.slice(q.end)) })));
		clauseCounts.set(clause, found);
	}
	return found;
}
const clauseCounts = new WeakMap<Clause, (StatedQuantity & { readonly head: string | undefined })[]>();

/** A year a text gives alone or as a date's ("in 2031", "end-2028", "31 December 2029"), with the words around it. */
interface YearMention {
	readonly year: number;
	readonly start: number;
	readonly end: number;
	readonly text: string;
	readonly context: ReadonlySet<string>;
	readonly clause: Clause;
	/** The other years of its sentence: a list of years is compared as a list ("in 2028 and 2031"). */
	readonly sentenceYears: readonly number[];
	/** The words of its sentence, and its content words. */
	readonly stems: ReadonlySet<string>;
	readonly words: ReadonlySet<string>;
}

/** The content words of a run of tokens, sums left out ("£1,150,000" is not what a year is of). */
function contentStems(tokens: readonly Token[], parties: ReadonlySet<string>): Set<string> {
	return new Set(tokens.filter((t) => isContentWord(t, parties) && !/^[£$€]/.test(t.raw)).map((t) => t.stem));
}

/**
 * A bare year: "in 2031", "end-2028", "the 2028 review", a table cell "| 2030 |". Not a range ("2024–2040",
 * "2025/26"), a figure ("2030 MW") or a year in a title ("the Climate Act 2014", "Master Plan 2024").
 */
const YEAR_RE = /(?<![\p{L}\d.,/£$€%–-])(?:(?:end|mid|early|late)-)?((?:19|20)\d\d)(?![\d%]|\s*[-–/]\s*\d|[\s-]*(?:MW|GW|kW|MWh|GWh|TWh)\b|\s+(?:people|persons|jobs|homes|households|staff|employees|members)\b)/gu;
const YEAR_DASH_BEFORE_RE = /(?<![\p{L}\d])(?:end|mid|early|late)-$/iu;
const DATE_BEFORE_RE = new RegExp(`\\b${MONTH_RE}\\s+$|\\b${MONTH_RE}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+$`, 'u');
const DATE_RE = new RegExp(`\\b(?:[0-3]?\\d(?:st|nd|rd|th)?\\s+(?:day\\s+of\\s+)?)?${MONTH_RE},?\\s+((?:19|20)\\d\\d)\\b`, 'gu');
/** A capitalised word right before a year names a document or event ("Act 2014", "Vision 2030"), not a time. */
const TITLE_BEFORE_RE = /(?:^|[^.!?:|\s]\s*)\b\p{Lu}[\p{L}-]*\s+$/u;
const YEAR_NAMES_AFTER_RE = /^[\s-]+(?!(?:and|or|to|through|onwards?|until|at|in|on|for|with|when|after|before|under|as|if|unless|but|which|while|the|a|an)\b)\p{L}/iu;
const DETERMINER_BEFORE_RE = /\b(?:the|a|an|its|their|this|that|these|his|her|our|your|whose|each|every)\s+$/i;
const TIME_WORDS_BEFORE_RE = /\b(?:In|By|For|From|Since|Until|Till|To|Before|After|During|Of|The|End|Mid|Early|Late)\s+$/u;

/** The bare years of a text (and, in a source, the years of its dates), with their offsets in it. */
function yearsIn(text: string, asSource: boolean): { year: number; start: number; end: number; text: string }[] {
	const out: { year: number; start: number; end: number; text: string }[] = [];
	for (const m of text.matchAll(YEAR_RE)) {
		const before = text.slice(Math.max(0, m.index - 30), m.index);
		if (DATE_BEFORE_RE.test(before) || /[\d][\s]*[-–]\s*$|\d\s+$/.test(before) || (TITLE_BEFORE_RE.test(before) && !TIME_WORDS_BEFORE_RE.test(before))) {
			continue;
		}
		if (m[0].includes('-') && !YEAR_DASH_BEFORE_RE.test(text.slice(Math.max(0, m.index - 10), m.index + m[0].indexOf('-') + 1))) {
			continue;
		}
		// "the 2015 Paris Agreement", "the 2030 leakage ambition": a year that names a thing or an event, not a time the
		// text sets. (A source's are all kept: "the 2029 and 2030 Editions" are years it gives.)
		const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
		if (!asSource && YEAR_NAMES_AFTER_RE.test(after) && DETERMINER_BEFORE_RE.test(before)) {
			continue;
		}
		const at = m.index + m[0].length - 4;
		out.push({ year: Number(m[1]), start: at, end: at + 4, text: m[1]! });
	}
	if (asSource) {
		for (const m of text.matchAll(DATE_RE)) {
			out.push({ year: Number(m[1]), start: m.index, end: m.index + m[0].length, text: m[0] });
		}
	}
	return out.sort((a, b) => a.start - b.start);
}

/** The years the source gives, bare or in dates, with their words: found once per source. */
function sourceYears(source: SourceModel): readonly YearMention[] {
	let found = sourceYearCache.get(source);
	if (found === undefined) {
		const list: YearMention[] = [];
		for (const clause of source.clauses) {
			const leadIn = leadInWords(source, clause);
			for (const sentence of clause.sentences) {
				const years = yearsIn(sentence.text, true);
				const tokens = tokenize(sentence.text);
				const stems = new Set(tokens.map((t) => t.stem));
				const words = contentStems(tokens, source.parties.agents);
				for (const y of years) {
					const context = contextOf(tokens, y, source.parties.agents, sentence.text, 0);
					for (const word of leadIn) {
						context.add(word);
					}
					list.push({ ...y, context, clause, sentenceYears: years.map((o) => o.year), stems, words });
				}
			}
		}
		found = list;
		sourceYearCache.set(source, found);
	}
	return found;
}
const sourceYearCache = new WeakMap<SourceModel, readonly YearMention[]>();

/** How far a year may lie from the source's and still be a slip for it, not another event's. */
const MAX_YEAR_SLIP = 2;

/** "in 2028 and 2030", "2028, 2030 and 2032": years in a list. */
const YEAR_LIST_GAP_RE = /^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s+)(?:(?:in|by)\s+)?$/i;

/**
 * A year the sentence gives for something the source dates otherwise: "the partners will carry out full reviews in
 * 2028 and 2030" where the clause says "in 2028, and a further review in 2031"; "Kestrel Bay … is scheduled for 2030"
 * where the table's row for Kestrel Bay gives "31 December 2029". A list of years is compared with a source
 * sentence's list that shares all but one of them; a single year with the years the source gives by two of the same
 * words, when they all give one other year.
 */
function yearContradiction(context: RuleContext, analysed: AnalysedSentence): RuleFinding | undefined {
	const base = analysed.sentence.span.start;
	const prose = analysed.claimProse;
	const own = yearsIn(prose, false).map((y) => ({ ...y, start: y.start + base, end: y.end + base }));
	if (own.length === 0) {
		return undefined;
	}
	// Given as the agreement's: the sentence names it before the year, or follows one that does ("…, who has run cruises
	// there since 2019, said the agreement …" is the speaker's background).
	const tokens = analysed.claim.tokens;
	const presentedBefore = (at: number): boolean => analysed.frame.inherited || (analysed.frame.agreementAt >= 0 && analysed.frame.agreementAt < firstFrom(tokens, at));
	const near = (clause: Clause): boolean => analysed.alignments.some((a) => a.score >= CITATION_THRESHOLD && context.sourceSentence(a).clause === clause);
	const theirs = sourceYears(context.source);
	const rare = rareStems(context.source);
	const agents = context.source.parties.agents;
	// Lists: runs of years joined by "and" or commas.
	const runs: (typeof own)[] = [];
	for (const y of own) {
		const last = runs.at(-1);
		const prev = last?.at(-1);
		if (last !== undefined && prev !== undefined && YEAR_LIST_GAP_RE.test(prose.slice(prev.end - base, y.start - base))) {
			last.push(y);
		} else {
			runs.push([y]);
		}
	}
	for (const run of runs) {
		if (isPastEvent(tokens, run[0]!, true)) {
			continue;
		}
		const words = contextOf(tokens, { start: run[0]!.start, end: run.at(-1)!.end }, agents, prose, base);
		const years = run.map((y) => y.year);
		if (run.length >= 2) {
			// All but one of the years the same, and a word of the same thing ("reviews" of the Partnership).
			for (const t of theirs) {
				const set = new Set(t.sentenceYears);
				const missing = [...set].filter((x) => !years.includes(x));
				const wrong = run.filter((y) => !set.has(y.year));
				if (set.size !== new Set(years).size || missing.length !== 1 || wrong.length !== 1 || t.year !== missing[0] || shares(t.words, words) < 1) {
					continue;
				}
				if (!(presentedBefore(run[0]!.start) || near(t.clause))) {
					continue;
				}
				return yearFinding(context, analysed, wrong[0]!, t);
			}
			continue;
		}
		const y = run[0]!;
		// Its words, not the sums beside it ("£1,150,000 for 2026, £1,185,000 for 2027": the sum is not what the year is of).
		// A sentence's one year is what the whole sentence dates ("Kestrel Bay Units 1–2 (1,200 MW, …) is scheduled for 2030").
		const ctx = new Set([...(own.length === 1 ? contentStems(tokens.filter((t) => t.start >= base), agents) : contextOf(tokens, y, agents, prose, base, own))].filter((w) => !/^[£$€]/.test(w)));
		// About the same thing: two shared words, one of them particular to a clause or two ("Kestrel Bay", "Sarova"), not
		// "Act" and "Commission". So is a source sentence's one year ("… its power purchase agreement, which expires in 2039").
		const about = theirs.map((t) => {
			const words = t.sentenceYears.length === 1 ? t.words : t.context;
			return { t, n: shares(words, ctx) >= 2 && [...words].some((w) => ctx.has(w) && rare.has(w)) ? shares(words, ctx) : 0 };
		}).filter((a) => a.n > 0).sort((a, b) => b.n - a.n);
		// The year stated by a sentence of the source about the same thing, wherever it stands in it ("… from 11 per cent
		// (2024 baseline) to 15 per cent by 31 December 2029").
		if (about.length === 0 || about.some((a) => a.t.year === y.year) || theirs.some((t) => t.year === y.year && shares(t.stems, ctx) >= 2)) {
			continue;
		}
		// Of a table's rows, the one whose words the sentence shares most, by more than any row of another year.
		const best = about[0]!.n;
		const values = new Set(about.filter((a) => a.n === best || a.n >= best - 1).map((a) => a.t.year));
		// A slip is a near miss: a year further from the source's is another event's ("the next stocktake in 2028" where
		// the first is in 2023).
		if (values.size !== 1 || Math.abs([...values][0]! - y.year) > MAX_YEAR_SLIP) {
			continue;
		}
		const right = about[0]!.t;
		if (!(presentedBefore(y.start) || near(right.clause))) {
			continue;
		}
		return yearFinding(context, analysed, y, right);
	}
	return undefined;
}

/** A year the source gives otherwise: reported like any figure, the fix writing the source's year alone. */
function yearFinding(context: RuleContext, analysed: AnalysedSentence, y: { start: number; end: number }, right: YearMention): RuleFinding {
	return figureFinding(context, analysed, y, right.clause, right.text, String(right.year), 'the year');
}

/**
 * A window of the year one end of which differs from the source's window that shares the other ("between 1 March and 31
 * July" where the grazing clause says "between 1 March and 15 July"): that end, with the source's as the fix. Of the
 * source's windows sharing one end, the one whose sentence the sentence is closest to, in alignment and in words (the
 * monitoring visits' "1 May and 31 July" is not what "livestock … between 1 March and 31 July" describes). Quiet when
 * any window of the source is the sentence's, both ends.
 */
function windowContradiction(context: RuleContext, analysed: AnalysedSentence): RuleFinding | undefined {
	const own = yearWindows(analysed.claimProse, analysed.sentence.span.start);
	if (own.length === 0) {
		return undefined;
	}
	const windows = sourceWindows(context.source);
	const words = contentStems(analysed.claim.tokens, context.source.parties.agents);
	const closeness = new Map(analysed.alignments.map((a) => [context.sourceSentence(a), a.score]));
	for (const w of own) {
		if (windows.some(({ window }) => sameEnd(w.from, window.from) && sameEnd(w.to, window.to))) {
			continue;
		}
		const ranked = windows
			.filter(({ window }) => sameEnd(w.from, window.from) !== sameEnd(w.to, window.to))
			.map((c) => ({ ...c, score: (closeness.get(c.sentence) ?? 0) + WINDOW_WORD_WEIGHT * [...c.stems].filter((stem) => words.has(stem)).length }))
			.sort((a, b) => b.score - a.score);
		const best = ranked[0];
		// "between April and July": a window of months alone is loose; it must be plainly the clause's.
		const needed = w.from.exact || w.to.exact ? CITATION_THRESHOLD * 0.75 : CLOSE_CLAUSE + WINDOW_WORD_WEIGHT;
		if (best === undefined || best.score < needed || (ranked[1] !== undefined && ranked[1].score >= best.score)) {
			continue;
		}
		const [end, theirs] = sameEnd(w.from, best.window.from) ? [w.to, best.window.to] : [w.from, best.window.from];
		return figureFinding(context, analysed, end.span, best.sentence.clause, theirs.text, theirs.text, 'the date');
	}
	return undefined;
}
/** What one content word shared with a source sentence counts for, against an alignment score, in choosing its window. */
const WINDOW_WORD_WEIGHT = 0.2;

/** A window of the year a source sentence gives, with the sentence's content words. */
interface SourceWindow {
	readonly sentence: SourceSentence;
	readonly window: YearWindow;
	readonly stems: ReadonlySet<string>;
}

/** The windows of the year each source sentence gives: found once per source. */
function sourceWindows(source: SourceModel): readonly SourceWindow[] {
	let found = windowsBySource.get(source);
	if (found === undefined) {
		found = source.sentences.flatMap((sentence) => {
			const windows = yearWindows(sentence.sentence.text, 0, true);
			const stems = windows.length === 0 ? new Set<string>() : contentStems(sentence.tokens, source.parties.agents);
			return windows.map((window) => ({ sentence, window, stems }));
		});
		windowsBySource.set(source, found);
	}
	return found;
}
const windowsBySource = new WeakMap<SourceModel, readonly SourceWindow[]>();

/** The finding for a sentence's figure `q` that conflicts with the source's `right` one: its fix is the source's figure. */
function conflictFinding(context: RuleContext, analysed: AnalysedSentence, q: Quantity, right: StatedQuantity): RuleFinding {
	// A table's bare sum ("2,400,000" under "(£)") is written with its currency in the sentence's place.
	// "up to 100 people" against a count ("80 Returnees") keeps the sentence's word for them: "up to 80 people".
	const replacement = /^[£$€]$/.test(right.unit) && /^\d/.test(right.text) && right.value === Number(right.text.replace(/,/g, '')) ? `${right.unit}${right.text}`
		: q.unit === 'person' && right.unit === 'count' ? q.text.replace(/^\S+/, right.text) : right.text;
	// "by the end of 2025" against a day ("31 Mar 2026"): the fix replaces "the end of 2025", not the year alone.
	const endOf = q.unit === 'date' && right.value % 100 !== 0 ? /\bthe\s+end\s+of\s+$/i.exec(context.text.slice(Math.max(0, q.start - 20), q.start))?.[0].length ?? 0 : 0;
	return figureFinding(context, analysed, { start: q.start - endOf, end: q.end }, right.clause, right.text, replacement, 'the figure');
}

/** "`2030` conflicts with para. 33, which says “2031”", with the source's figure as the fix. */
function figureFinding(context: RuleContext, analysed: AnalysedSentence, at: { start: number; end: number }, clause: Clause, says: string, replacement: string, what: string): RuleFinding {
	const label = citationLabel(context.source, clause);
	const actual = context.text.slice(at.start, at.end);
	return {
		ruleId: 'contradicted-detail',
		message: `\`${actual}\` conflicts with ${label}, which says “${says}”.`,
		span: { start: at.start, end: at.end },
		actual,
		fixes: [replaceFix(context.text, { start: at.start, end: at.end }, replacement, `${what} in ${label}`)],
		clause: clauseRef(clause),
		sentence: analysed.sentence.span,
	};
}

/** "four times a year", "twice in each year", "once a month": an interval written as a count of times. */
const TIMES_RE = /\b(?:once|twice|thrice|times)\b/i;

/** A word in at most this many clauses names something particular to them. */
const RARE_CLAUSES = 2;

/** A length of time in any unit ("five years", "72 hours", "ten working days"). */
function isPeriodLike(unit: string): boolean {
	return DAYS_PER[unit] !== undefined || unit === 'hour' || unit === 'minute' || unit === 'working day';
}

/** The stems that stand in at most `RARE_CLAUSES` clauses of the source: words particular to them. Found once per source. */
function rareStems(source: SourceModel): ReadonlySet<string> {
	let found = rareStemCache.get(source);
	if (found === undefined) {
		// In how many clauses each stem stands, from the words the source was analysed into (not tokenised again).
		const stemsByClause = new Map<Clause, Set<string>>();
		for (const sentence of source.sentences) {
			const stems = stemsByClause.get(sentence.clause) ?? new Set<string>();
			for (const t of sentence.tokens) {
				stems.add(t.stem);
			}
			stemsByClause.set(sentence.clause, stems);
		}
		const counts = new Map<string, number>();
		for (const stems of stemsByClause.values()) {
			for (const stem of stems) {
				counts.set(stem, (counts.get(stem) ?? 0) + 1);
			}
		}
		found = new Set([...counts].filter(([, n]) => n <= RARE_CLAUSES).map(([stem]) => stem));
		rareStemCache.set(source, found);
	}
	return found;
}
const rareStemCache = new WeakMap<SourceModel, ReadonlySet<string>>();

/**
 * The source's figures by the rare words around them (a word in at most `RARE_CLAUSES` clauses): "gatewai" → the "five
 * years" of the gateway assessments. Built once per source, so a sentence looks up its own words, not every figure.
 */
function rareWordFigures(source: SourceModel): ReadonlyMap<string, readonly StatedQuantity[]> {
	let found = rareWordCache.get(source);
	if (found === undefined) {
		const rare = rareStems(source);
		const byWord = new Map<string, StatedQuantity[]>();
		for (const q of quantitiesOf(source).all) {
			for (const stem of q.context) {
				if (rare.has(stem)) {
					addTo(byWord, stem, q);
				}
			}
		}
		found = byWord;
		rareWordCache.set(source, found);
	}
	return found;
}
const rareWordCache = new WeakMap<SourceModel, ReadonlyMap<string, readonly StatedQuantity[]>>();

/** The other numbered paragraphs of a clause's article ("14.1" and "14.3" for "14.2"), with their lettered items. */
function articleOf(source: SourceModel, clause: Clause): Clause[] {
	const article = /^(\d+)\./.exec(clause.id)?.[1];
	return article === undefined ? [] : (articlesOf(source).get(article) ?? []).filter((c) => c !== clause);
}

/** A source's numbered paragraphs by article ("14" → 14.1, 14.2, 14.3): grouped once, read per sentence. */
function articlesOf(source: SourceModel): ReadonlyMap<string, readonly Clause[]> {
	let found = articles.get(source);
	if (found === undefined) {
		const grouped = new Map<string, Clause[]>();
		for (const c of source.clauses) {
			const article = /^(\d+)\./.exec(c.id)?.[1];
			if (article !== undefined) {
				grouped.set(article, [...(grouped.get(article) ?? []), c]);
			}
		}
		found = grouped;
		articles.set(source, found);
	}
	return found;
}
const articles = new WeakMap<SourceModel, ReadonlyMap<string, readonly Clause[]>>();

/**
 * The first of the sentence's figures (`own`, with their `contexts`) that conflicts with a clause family's (`theirs`);
 * `extra` more shared words are needed for figures of a clause the sentence does not describe itself.
 */
function contradictionIn(context: RuleContext, analysed: AnalysedSentence, own: readonly Quantity[], contexts: readonly ReadonlySet<string>[], theirs: readonly StatedQuantity[], isNamed: boolean, strongly: boolean, isLoose = false, extra = 0, clearness: Clearness = undefined, isTop = false): RuleFinding | undefined {
	const isClear = clearness === 'clause';
	const stated = quantitiesOf(context.source);
	const tokens = analysed.claim.tokens;
	// Figures the sentence gets right pair off with the clause's, one each (the one whose words it shares most); what is
	// left may pair with what is left: "within 30 days …, on 14 days' notice" against "within 30 days …, by notice of not
	// less than 30 days".
	const unmatched = [...theirs];
	for (const [k, q] of own.entries()) {
		// An interval pairs with an interval: "annually" is not the "within one year" beside it.
		const same = unmatched.filter((t) => comparable(t, q) && t.interval === q.interval && sameValue(t, q));
		if (same.length > 0) {
			const best = same.reduce((a, b) => (shares(b.context, contexts[k]!) > shares(a.context, contexts[k]!) ? b : a));
			unmatched.splice(unmatched.indexOf(best), 1);
		}
	}
	// A second mention of a value the sentence gives stays only when its words are another figure's ("notice of not less
	// than 30 days" is about the notice, not "within 30 days").
	const left = unmatched.filter((t) => {
		const givenAt = own.findIndex((o) => comparable(t, o) && t.interval === o.interval && sameValue(t, o));
		if (givenAt < 0) {
			return true;
		}
		const given = shares(t.context, contexts[givenAt]!);
		return own.some((q, k) => k !== givenAt && comparable(t, q) && !sameValue(t, q) && shares(t.context, contexts[k]!) > given);
	});
	for (const [k, q] of own.entries()) {
		const context_ = contexts[k]!;
		// An interval is compared with intervals: "quarterly reports" says nothing against "within 60 days".
		const sameUnit = left.filter((t) => comparable(t, q) && t.interval === q.interval && !(t.unit === 'date' && statesDayOf(analysed.claimProse, t)));
		// The clause gives the sentence's value: the sentence gets it right. Unless the clause is a table and the value is
		// another row's: "the baseline report is due by 30 June 2027" where that is the interim report's row, and the
		// baseline report's row says 30 September 2025.
		// An interval ("in each year") does not give a period ("lasting as long as twelve months"), nor the reverse.
		// A figure the clause adds to another ("by a further three months") does not give the sentence's own ("reply within
		// three months"); where the clause adds one of the kind, the sentence's addition ("extended by a further six months")
		// is given only by that.
		const addsOne = q.increment === true && theirs.some((t) => t.increment === true && comparable(t, q));
		const givenHere = theirs.filter((t) => comparable(t, q) && sameValue(t, q) && t.interval === q.interval && (addsOne ? t.increment === true : !(t.increment === true && q.increment !== true)));
		const givenFor = Math.max(0, ...givenHere.map((t) => shares(t.context, context_)));
		// A sentence that gives other rows' figures right ("£120,000, … £60,000 and … £55,000") is reading the table along.
		const readsAlong = own.some((o) => o !== q && theirs.some((t) => comparable(t, o) && sameValue(t, o)));
		// So is a lettered item's: "the first £90,000 … once it has raised at least £50,000 in match funding" is item (a)
		// ("£90,000 on evidence that the Tenant has secured match funding of at least £60,000"), whose other figure the
		// sentence gives; the £50,000 of item (c) is another instalment.
		const placedIn = new Set(own.filter((o) => o !== q).flatMap((o) => theirs.filter((t) => comparable(t, o) && sameValue(t, o)).map((t) => t.clause)));
		const anotherItem = givenHere.length > 0 && givenHere.every((t) => t.clause.id.endsWith(')') && !placedIn.has(t.clause))
			&& sameUnit.some((t) => placedIn.has(t.clause) && t.clause.id.endsWith(')') && !sameValue(t, q) && shares(t.context, context_) >= givenFor + 2);
		// And a clause's figure for another thing: "The sixth form is due to open in September 2030" where the clause says
		// it "is expected to reach full capacity in Years 7 to 11 in September 2030. The sixth form shall open … not later
		// than 1 September 2031" (none of the figure's words, three of the other's).
		// Not when both give it as a limit ("extend this by up to 24 months" for "a further period not exceeding 24
		// months"): the same limit is the same figure, whatever words stand around it.
		const sameLimitHere = q.ceiling !== undefined && givenHere.some((t) => t.ceiling !== undefined);
		const anotherThing = givenHere.length > 0 && givenFor === 0 && !readsAlong && !sameLimitHere
			&& sameUnit.some((t) => !sameValue(t, q) && shares(t.context, context_) >= 3);
		const anotherRow = (givenHere.length > 0 && givenFor <= 1 && !readsAlong && givenHere.every(isTableRow)
			&& sameUnit.some((t) => isTableRow(t) && !sameValue(t, q) && shares(t.context, context_) >= givenFor + 2)) || anotherItem || anotherThing;
		// A past event's date is the writer's story, unless the clause tells of the same event in the same verb ("Cabinet
		// approved the transfer in November 2024" for "the Landlord's Cabinet approved the grant of this Lease on 9 October
		// 2024").
		// Then only a date beside that verb in the source is compared.
		const past = (q.unit === 'date' || q.unit === 'day of year') && isPastEvent(tokens, q);
		const verb = past ? pastVerbOf(tokens, q) : undefined;
		const toldAlike = verb === undefined ? [] : sameUnit.filter((t) => {
			const said = new RegExp(`\\b${verb.lower}\\b`, 'iu').exec(t.clause.text);
			return t.unit === q.unit && t.context.has(verb.stem) && said !== null && t.clause.text.indexOf(t.text, said.index) > said.index;
		});
		if (sameUnit.length === 0 || (givenHere.length > 0 && !anotherRow) || (past && toldAlike.length === 0)) {
			continue;
		}
		if (past) {
			sameUnit.splice(0, sameUnit.length, ...toldAlike);
		}
		// A sum the source's own figures give ("a £4,800 share" of crates costing £14,400 "shared equally between the three
		// Tour venues") is the agreement's, not a misremembered one.
		// So is a table's total ("a total agreed value of £2.35 million" for a schedule's column of values).
		const derived = derivationsOf(context.source);
		if (/^[£$€]$/.test(q.unit) && (derived.shares.some((v) => Math.abs(v - q.value) <= Math.max(0.5, q.value * 0.005)) || derived.columnTotals.some((v) => Math.abs(v - q.value) <= Math.max(0.5, q.precision ?? 0, q.value * 0.005)))) {
			continue;
		}
		// The same value said elsewhere in the source about the same thing: not a contradiction of fact.
		// A day of the year ("by 30 June") is stated by a date on that day ("30 June 2026") too.
		const onThatDay = q.unit === 'day of year' ? stated.dates.filter((d) => d.value % 10_000 === q.value) : [];
		const elsewhere = [...(q.unit === 'date' ? sameValueKeys(q).flatMap((key) => stated.anywhere.get(key) ?? []) : statedAs(stated, q)), ...onThatDay, ...stated.durations.filter((d) => DAYS_PER[q.unit] !== undefined && sameValue(d, q))]
			.filter((d) => !(anotherRow && givenHere.includes(d)))
			// "every five years" (13.1's review of the Treaty) does not state "within five years" (7.4's review of the flows).
			.filter((d) => DAYS_PER[q.unit] === undefined || d.interval === q.interval);
		// The clause's figure for the same thing: the one whose words the sentence shares, or the only one left when the
		// sentence gets its other figures right ("£960,000 …, £840,000 … and a final £540,000").
		// A date or an amount is specific: the source stating it anywhere makes it likely one of the agreement's own.
		const isSpecific = q.unit === 'date' || q.unit === 'day of year' || /^[£$€]$/.test(q.unit);
		// A table row named right before the figure ("with the university putting in £2.5m" for "| University | 2,400,000
		// |"): a party's name, which the words around a figure leave out, says whose figure it is.
		const named = new Set(tokens.filter((t) => t.end <= q.start && t.start >= q.start - ROW_NAME_REACH).map((t) => t.stem));
		const ranked = sameUnit.map((t) => ({ t, n: shares(t.context, context_) + (t.rowLabel !== undefined && shares(t.rowLabel, named) > 0 ? ROW_NAME_WEIGHT : 0) })).sort((a, b) => b.n - a.n);
		// The same value said elsewhere in the source about the same thing (as closely as the clause's own figure is):
		// not a contradiction of fact.
		const elsewhereShares = Math.max(0, ...elsewhere.slice(0, MAX_FIGURES).map((d) => shares(d.context, context_)));
		// So is a limit written word for word as the source writes it about the same thing ("permission … for up to 24
		// months" for "Permission shall be granted for a period of up to 24 months", not the 90 days of its entry clearance).
		// So is a limit in other words where the sentence shares two words with the clause that sets it ("the authorities
		// can agree to extend this by up to 24 months on a joint application" for Art. 5(3)'s "the competent authorities
		// may agree, on a joint application …, a further period not exceeding 24 months"; not "up to 120 days to respond"
		// for 9(5)'s cap on consultations).
		const sameLimit = q.ceiling !== undefined && elsewhere.some((d) => d.ceiling !== undefined
			&& (d.ceiling === q.ceiling ? shares(d.context, context_) > 0 : shares(clauseStems(context.source, d.clause), contentStems(tokens, context.source.parties.agents)) >= 2));
		// A day of the year the source gives anywhere ("by 31 January" for 10.3's annual evaluation, where 10.1 lists the
		// quarters' days) is one of its own days, whatever words stand around it.
		// Unless the clause the sentence plainly restates gives its own figure of the kind in two more of its words ("fitted
		// on at least 20 … vessels … by the end of 2027" for 39's "by 30 September 2027", where 31 December 2027 ends another
		// clause's access period for vessels).
		const plainlyHere = strongly && ranked[0]!.n >= elsewhereShares + 2 && !isTableRow(ranked[0]!.t);
		if ((elsewhereShares > 0 && (elsewhereShares >= ranked[0]!.n || (isSpecific && !plainlyHere))) || sameLimit || (q.unit === 'day of year' && elsewhere.length > 0)) {
			continue;
		}
		const pairsOff = sameUnit.length === 1 && own.filter((o) => comparable(o, q)).length >= 2
			&& own.filter((o) => comparable(o, q) && o !== q).every((o) => theirs.some((t) => comparable(t, o) && sameValue(t, o)));
		// A sentence that already gives one of the clause's figures of this kind says other things with the rest ("an
		// update in October 2025, after the report due on 30 September"): only a close match of words contradicts.
		// Of this kind: the date a sentence gets right says nothing about its period ("employed on 31 March 2026 with three
		// months' service").
		// An interval the sentence gets right ("then annually") says nothing about its period ("within six months").
		const givesOne = theirs.some((t) => comparable(t, q) && t.interval === q.interval && (own.some((o) => o !== q && comparable(t, o) && sameValue(t, o)) || (t.unit === 'date' && statesDayOf(analysed.claimProse, t))));
		// A date or an amount the source states elsewhere is one of the agreement's own: it takes a closer match of words.
		// Through a loose match only a period the source never states is compared (dates and amounts are too often another
		// event's or sum's; a period the source gives elsewhere is more likely that clause's).
		// A table row that shares three of the figure's words, more than any other row, is the row the sentence gives
		// however loosely it is worded ("Consultancy commissions above £25,000 need approval from the senior sponsor" for
		// "| Consultancy … (per commission) | £20,000 | Senior sponsor, then Cabinet Office controls … |").
		// A figure of another order ("the remaining £1.09 million" against the row's £64,000) is another sum, not this one
		// misremembered.
		const sameOrder = q.value > 0 && ranked[0]!.t.value > 0 && Math.max(q.value, ranked[0]!.t.value) / Math.min(q.value, ranked[0]!.t.value) <= 3;
		const rowMatch = isTableRow(ranked[0]!.t) && ranked[0]!.n >= 3 && (ranked.length === 1 || ranked[1]!.n < ranked[0]!.n) && elsewhereShares < ranked[0]!.n && sameOrder;
		// The one clause the sentence is plainly about stands in for a closer match when the sentence gives its figure as
		// the agreement's, of the clause's order ("During Storm Ciara levels rose in two hours" is the writer's own story).
		const timetable = SCHEDULED_RE.test(analysed.claimProse);
		const presented = analysed.frame.explicit || analysed.frame.inherited || analysed.frame.agreementAt >= 0 || analysed.claim.predicates.length > 0 || timetable;
		// Or when the words around the two figures agree in three words ("a full refund plus documented Council costs up to
		// £150,000" for "refund 100 per cent of the Hosting Fee …, together with the Council's documented costs up to £100,000").
		// Another paragraph of the article clearly described stands in only with two of the figure's words ("deducting up to
		// 25% of each continuing payment" for "up to 20 per cent of each continuing payment").
		const clearly = (clearness === 'paragraph' ? ranked[0]!.n >= 2 : isClear && (presented || ranked[0]!.n >= 3)) && sameOrder;
		if (isLoose && !rowMatch && !clearly && (DAYS_PER[q.unit] === undefined || elsewhereShares >= 2)) {
			continue;
		}
		// A loose match needs one more word in common, unless the sentence gives its figure as a timetable the one clause it
		// clearly describes keeps ("Cluster plans are due by 31 October 2025"; not "a services contract dated …").
		const needed = (givesOne ? 2 : 0) + (isSpecific && elsewhere.length > 0 ? 1 : 0) + (isLoose && !(clearly && timetable) ? 1 : 0) + extra;
		// One figure of the kind on each side, in a clause the sentence names or clearly describes: they are the same thing.
		const soleFigure = !isSpecific && sameUnit.length === 1 && theirs.filter((t) => comparable(t, q)).length === 1 && own.filter((o) => comparable(o, q)).length === 1
			&& elsewhere.length === 0 && (isNamed || strongly || isClear);
		// A sentence that gets the sentence's closest clause's other figure of the kind right ("within three months …,
		// stretched by up to two months" against "within three months …; may extend this period once, by not more than
		// one month") gives the one left, however loosely it is worded.
		// Not a date the source gives, with the sentence's other date, in another clause ("from January 2026 to March 2030"
		// for the Funding Period "from 1 January 2026 to 31 March 2030", against a table row's "1 January 2026 to 31 March
		// 2026"): the sentence gives that clause's span.
		const otherDates = own.filter((o) => o !== q && o.unit === 'date');
		const spanElsewhere = q.unit === 'date' && elsewhere.some((d) => d.unit === 'date' && otherDates.some((o) => (stated.byClause.get(d.clause) ?? []).some((t) => t.unit === 'date' && sameValue(t, o))));
		const pairs = pairsOff && !spanElsewhere;
		const right = ranked[0]!.n > needed ? ranked[0]!.t : (pairs || soleFigure) && (!isLoose || isClear || (pairs && isTop)) ? sameUnit[0]! : undefined;
		if (right === undefined) {
			continue;
		}
		// A clause that gives this figure and two more of the sentence's is the one it reads ("17:30 to 21:30 on weekdays,
		// 08:00 to 17:00 on Saturdays" is the table's Pool row, not paragraph 2's early opening "06:30 to 08:00").
		if (elsewhere.some((d) => d.clause !== right.clause && own.filter((o) => o !== q && (stated.byClause.get(d.clause) ?? []).some((t) => comparable(t, o) && sameValue(t, o))).length >= 2)) {
			continue;
		}
		return conflictFinding(context, analysed, q, right);
	}
	return undefined;
}

/**
 * "no more than 10 per cent above the Council's prices" is the source's "110 per cent of" them; "20 per cent below" is
 * its "80 per cent of": a share written as a difference.
 */
function isRelativeShare(text: string, q: Quantity, right: Quantity): boolean {
	if (q.unit !== '%' || right.unit !== '%') {
		return false;
	}
	const after = text.slice(q.end, q.end + 24);
	return (ABOVE_AFTER_RE.test(after) && Math.abs(100 + q.value - right.value) < 0.5) || (BELOW_AFTER_RE.test(after) && Math.abs(100 - q.value - right.value) < 0.5);
}
const ABOVE_AFTER_RE = /^\s+(?:above|over|higher\s+than|more\s+than|greater\s+than|in\s+excess\s+of)\b/i;
const BELOW_AFTER_RE = /^\s+(?:below|under|lower\s+than|less\s+than|cheaper\s+than|off)\b/i;

/**
 * The clause a loosely worded sentence is plainly about: its closest, at citation distance, and half as close again as
 * the next clause. "These obligations survive for two years after the Memorandum ends" shares only "obligations" with
 * "The obligations in this Paragraph 10 shall continue for a period of three years after the termination …", but no
 * other clause comes near.
 */
function clearBest(context: RuleContext, analysed: AnalysedSentence, wholeArticles = false): Clause | undefined {
	// A definition the sentence shares its terms with ("Priority Overflow" means …) is not what it describes.
	const [first, ...rest] = analysed.alignments.filter((a) => !isDefinition(context.sourceSentence(a).sentence.text));
	if (first === undefined || first.score < CITATION_THRESHOLD) {
		return undefined;
	}
	const clause = parentOf(context.source, context.sourceSentence(first).clause);
	// With `wholeArticles`, another paragraph of the same article ("16.2" after "16.1") adds to the article rather than
	// competing with it.
	const group = (a: Alignment): string => {
		const c = parentOf(context.source, context.sourceSentence(a).clause);
		return wholeArticles ? numberedParent(c) : c.id;
	};
	const next = rest.find((a) => group(a) !== group(first));
	const together = first.score + (wholeArticles ? rest.filter((a) => group(a) === group(first) && parentOf(context.source, context.sourceSentence(a).clause) !== clause).reduce((sum, a) => sum + a.score, 0) : 0);
	return next === undefined || together >= CLEAR_MARGIN * next.score ? clause : undefined;
}

/** The provision a numbered paragraph belongs to: "16" for "16.2", "schedule-2.1" for "schedule-2.1.3"; else its own id. */
function numberedParent(clause: Clause): string {
	return /^(.+)\.[^.]+$/.exec(clause.id)?.[1] ?? clause.id;
}

/**
 * The clause is the one clearly described, or another paragraph of the article clearly described that gives the figure
 * its best paragraph does not ("16.2 … up to 20 per cent" where "16.1", on requests for deduction, aligns best).
 */
function isClearly(clear: Clause | undefined, inArticle: Clause | undefined, about: Clause, givesFigure: (clause: Clause) => boolean): Clearness {
	return about === clear ? 'clause' : inArticle !== undefined && numberedParent(about) === numberedParent(inArticle) && numberedParent(about) !== about.id && !givesFigure(inArticle) ? 'paragraph' : undefined;
}
/** How clearly a clause is what the sentence describes: itself, or as another paragraph of the article that is. */
type Clearness = 'clause' | 'paragraph' | undefined;
const CLEAR_MARGIN = 1.5;
/** A word that gives a sentence's date as a timetable kept under the agreement (see the lexicon's note). */
const SCHEDULED_RE = new RegExp(`\\b(?:${specifics.scheduleWords.words.join('|')})\\b`, 'i');

/** The table row of `text` that holds `figure` ("| … | 85% |"), or the whole text when it is no table. */
function rowOf(text: string, figure: string): string {
	if (!text.includes('|')) {
		return text;
	}
	const at = text.indexOf(figure);
	const start = text.lastIndexOf('\n', at) + 1;
	const end = text.indexOf('\n', at);
	return text.slice(start, end === -1 ? text.length : end);
}

/** The content words of a clause, as stems: found once per clause. */
function clauseStems(source: SourceModel, clause: Clause): ReadonlySet<string> {
	let found = clauseStemCache.get(clause);
	if (found === undefined) {
		found = contentStems(source.sentences.filter((s) => s.clause === clause).flatMap((s) => s.tokens), source.parties.agents);
		clauseStemCache.set(clause, found);
	}
	return found;
}
const clauseStemCache = new WeakMap<Clause, ReadonlySet<string>>();

/** The stems of a clause's words but its stopwords, parties' names included ("the Group will … meet"). */
function clauseWords(source: SourceModel, clause: Clause): ReadonlySet<string> {
	let found = clauseWordCache.get(clause);
	if (found === undefined) {
		found = new Set(source.sentences.filter((s) => s.clause === clause).flatMap((s) => s.tokens).filter((t) => !isStopword(t.lower) && /\p{L}/u.test(t.raw)).map((t) => t.stem));
		clauseWordCache.set(clause, found);
	}
	return found;
}
const clauseWordCache = new WeakMap<Clause, ReadonlySet<string>>();

/** How far before a figure (in characters) a table row's name counts, and how much it counts for. */
const ROW_NAME_REACH = 40;
const ROW_NAME_WEIGHT = 2;

/** A figure stated in a row of a table (its clause's text has table rows). */
function isTableRow(q: StatedQuantity): boolean {
	return /^\s*\|.*\|\s*$/m.test(q.clause.text);
}

/** A dateline before the text of a news story: "LEEDS, 3 February 2026 —", "London, 4 June 2026 (Reuters) –". */
const DATELINE_PREFIX_RE = /^[\s*_]*[\p{Lu}][\p{L}.'’ -]{1,40},\s*(?:\p{L}+day,?\s+)?(?:\d{1,2}\s+)?\p{Lu}\p{L}+(?:\s+\d{1,2})?,?\s+\d{4}[\s*_]*(?:\([^()]{1,30}\)\s*)?[-–—:]/u;

/** "HALDERSUND, 13 March 2025", "London, 4 June": a dateline says when the text was written, not what the agreement sets. */
function isDateline(prose: string): boolean {
	// Also a heading's date: "PLANNING COMMITTEE — 21 MAY 2026".
	return /^\s*[\p{Lu}][\p{L}.'’ -]{1,40}(?:,|\s[-–—])\s*(?:\d{1,2}\s+)?\p{Lu}\p{L}+(?:\s+\d{1,2})?(?:,?\s+\d{4})?\s*[-–—:]?\s*$/u.test(prose)
		// A byline or page's label ending in its date: "News | Corrach Hill Wind Farm | 23 October 2025".
		|| BYLINE_DATE_RE.test(prose)
		// A header field giving the text's own date: "**Date:** 12 January 2026", "Sent: Monday 3 November 2025".
		|| HEADER_DATE_RE.test(prose);
}
const HEADER_DATE_RE = /^[\s*_]*(?:date|dated|sent|issued|published|updated|last\s+updated|prepared|submitted|meeting\s+date)[\s*_]*:[\s*_]*(?:\p{L}+day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+\p{L}+|\p{L}+\s+\d{1,2}(?:st|nd|rd|th)?,?)\s+\d{4}[\s*_.]*$/iu;
const BYLINE_DATE_RE = /^[^|.\n]{1,60}(?:\|[^|.\n]{1,60}){0,4}\|\s*(?:\p{Lu}\p{Ll}+day,?\s+)?\d{1,2}\s+\p{Lu}\p{Ll}+\s+\d{4}\s*$/u;

/** A lettered item's lead-in clause ("5.1" for "5.1(c)"), or the clause itself. */
function parentOf(source: SourceModel, clause: Clause): Clause {
	const id = clause.id.replace(/\([^()]*\)$/, '');
	return id === clause.id ? clause : (source.clauses.find((c) => c.id === id) ?? clause);
}

/** The clauses with their lettered siblings and lead-in ("11.3(b)" and "11.3" with "11.3(a)"). */
function withSiblings(source: SourceModel, clauses: readonly Clause[]): Clause[] {
	const parents = new Set(clauses.map((c) => c.id.replace(/\([^()]*\)$/, '')));
	return source.clauses.filter((c) => clauses.includes(c) || parents.has(c.id.replace(/\([^()]*\)$/, '')));
}

/** The sentence gives the clause's day without its year ("… report due on 30 September"): it does not contradict it. */
function statesDayOf(prose: string, date: Quantity): boolean {
	const day = date.value % 100;
	const month = MONTHS[Math.floor(date.value / 100) % 100 - 1];
	return day > 0 && month !== undefined && new RegExp(`\\b${day}(?:st|nd|rd|th)?\\s+${month}\\b`, 'i').test(prose);
}

const PAST_AUXILIARIES: ReadonlySet<string> = new Set(specifics.figures.pastAuxiliaries);
const PRESENT_AUXILIARIES: ReadonlySet<string> = new Set(specifics.figures.presentAuxiliaries);
const OTHER_DOCUMENTS: ReadonlySet<string> = new Set(specifics.figures.otherDocuments);

/**
 * A date of something that happened ("was invoiced on 2 April 2025", "entered into force in November 2016"): an
 * event the writer reports, not a date the agreement sets.
 */
/** The "-ed" verb that makes a date a past event's ("approved … in November 2024"), when one does. */
function pastVerbOf(tokens: readonly Token[], date: { readonly start: number }): Token | undefined {
	const at = firstFrom(tokens, date.start);
	for (let i = at - 1; i >= 0 && i >= at - 10; i--) {
		const word = tokens[i]!.lower;
		if (PAST_AUXILIARIES.has(word)) {
			return undefined;
		}
		if (word.length > 4 && word.endsWith('ed') && /^\p{L}+$/u.test(word) && !PRESENT_AUXILIARIES.has(tokens[i - 1]?.lower ?? '') && !DETERMINER_BEFORE_RE.test(`${tokens[i - 1]?.lower ?? ''} `)) {
			return tokens[i];
		}
	}
	return undefined;
}

function isPastEvent(tokens: readonly Token[], date: { readonly start: number }, ownVerbOnly = false): boolean {
	const at = firstFrom(tokens, date.start);
	for (let i = at - 1; i >= 0 && i >= at - 10; i--) {
		const word = tokens[i]!.lower;
		if (PAST_AUXILIARIES.has(word)) {
			return true;
		}
		// "Kestrel Bay (…, operated by AEC) is scheduled for 2030": the year's own verb says when.
		if (ownVerbOnly && PRESENT_AUXILIARIES.has(word) && word !== 'to') {
			return false;
		}
		// Not a compound adjective ("a camera-enforced bus gate by the end of 2025").
		// Nor one after a determiner ("on a shared mobile data platform by the end of 2025").
		if (word.length > 4 && word.endsWith('ed') && !word.includes('-') && !PRESENT_AUXILIARIES.has(tokens[i - 1]?.lower ?? '') && !DETERMINER_BEFORE_RE.test(`${tokens[i - 1]?.lower ?? ''} `)) {
			return true;
		}
	}
	return false;
}

/** A part of the document named: "Annex B", "Schedule 2", "the appendix". */
const PART_NAMED_RE = /\b(?:annex|schedule|appendix)\b/iu;

/** "five-year framework" where a figure starts: the agreement's term as a writer gives it. */
const TERM_AT_START_RE = new RegExp(`^(?:${AGREEMENT_TERM_RE.source})`, 'iu');

/** "the four-year agreement" where the source's Term is 36 months: the agreement's own period, wherever it is said. */
function termContradiction(context: RuleContext, analysed: AnalysedSentence): RuleFinding | undefined {
	const m = new RegExp(AGREEMENT_TERM_RE.source, 'iu').exec(analysed.claimProse);
	const term = m ? statedTerm(context.source) : undefined;
	if (!m || !term) {
		return undefined;
	}
	// "a two-year work plan" where the source has a "work plan" of its own: that plan's period, not the agreement's.
	const thing = m[0].replace(/^\S+[- ](?:year|month)(?:-long)?\s+/iu, '').toLowerCase();
	if (thing.includes(' ') && lowerText(context.source).includes(thing)) {
		return undefined;
	}
	// "Annex B lays out a 24-month work plan": a plan the sentence gives a part of the document, not the document's term.
	if (PART_NAMED_RE.test(analysed.claimProse.slice(0, m.index))) {
		return undefined;
	}
	const said = quantities(`${m[1]} ${m[2]}s`)[0];
	if (said === undefined || sameValue(said, term)) {
		return undefined;
	}
	const start = analysed.sentence.span.start + m.index;
	const end = start + m[0].split(/\s+/)[0]!.length;
	const label = citationLabel(context.source, term.clause);
	const actual = context.text.slice(start, end);
	return {
		ruleId: 'contradicted-detail',
		message: `\`${actual}\` conflicts with ${label}, which gives the agreement “${term.text}”.`,
		span: { start, end },
		actual,
		fixes: [replaceFix(context.text, { start, end }, `${term.value}-${term.unit}`, `the term in ${label}`)],
		clause: clauseRef(term.clause),
		sentence: analysed.sentence.span,
	};
}

/** "is dated 17 February 2025", "Adopted at …, 12 March 2025", "Signed … on 14 October 2026": the date the source gives itself. */
/** "Done in duplicate at London this 18th day of March 2025": the treaty form of the same date ("18 March 2025"). */
const OWN_DATE_RE = new RegExp(`^[\\t #*]*(?:this\\s+[\\p{L}* ]{1,60}?\\s+is\\s+(?:dated|made\\s+on)|dated\\b|adopted\\b|signed\\b|done\\b)[^\\n]{0,100}?\\b((?:[0-3]?\\d)(?:st|nd|rd|th)?\\s+(?:day\\s+of\\s+)?${MONTH_RE},?\\s+(?:19|20)\\d\\d)\\b`, 'imu');
/** "signed on 21 March", "adopted on 13 March 2025": the agreement's making, with a day and month (the year optional). */
const MADE_ON_RE = new RegExp(`\\b(signed|adopted|agreed|concluded|endorsed|dated|inked)\\b(?<between>(?:\\s+[\\p{L}’'-]+){0,5}?)\\s+(?:on\\s+)?(?:[A-Z][a-z]+day,?\\s+)?(?:(?<day>[0-3]?\\d)(?:st|nd|rd|th)?\\s+(?<month>${MONTH_RE})|(?<month2>${MONTH_RE})\\s+(?<day2>[0-3]?\\d)(?:st|nd|rd|th)?)\\b(?:,?\\s+(?<year>(?:19|20)\\d\\d))?`, 'u');
/** Words between "signed" and a date that make it another document's or a deadline ("signed a memorandum on …"). */
const NOT_OWN_DATE_WORDS: ReadonlySet<string> = new Set(specifics.figures.notOwnDateWords);
/** The date a source gives itself: its value, its words, the date as a sentence writes it ("18 March 2025"), its clause. */
interface OwnDate {
	readonly value: number;
	readonly text: string;
	readonly plain: string;
	readonly clause: Clause | undefined;
}
const ownDates = new WeakMap<SourceModel, OwnDate | null>();

function ownDateOf(source: SourceModel): OwnDate | undefined {
	let found = ownDates.get(source);
	if (found === undefined) {
		// The document's own text: a text attached after it ("Done at London on 13 February 2025" closing a memorandum
		// of consultations) dates itself, not the document.
		const attached = source.clauses.find((c) => attachedTextOf(c.id) !== undefined);
		const own = attached === undefined ? source.text : source.text.slice(0, attached.span.start);
		const head = own.slice(0, 3000);
		const tail = own.slice(-3000);
		const m = OWN_DATE_RE.exec(head) ?? OWN_DATE_RE.exec(tail);
		const plain = m ? m[1]!.replace(/(\d)(?:st|nd|rd|th)?\s+day\s+of\s+/i, '$1 ').replace(',', '') : '';
		const date = m ? quantities(plain)[0] : undefined;
		found = date === undefined ? null : { value: date.value, text: m![1]!, plain, clause: source.clauses.find((c) => c.text.includes(m![1]!)) };
		ownDates.set(source, found);
	}
	return found ?? undefined;
}

/**
 * "The declaration, signed on 21 March, …" where the source says it was adopted on 12 March 2025: the agreement's own
 * date, wherever the sentence gives it. Only when the sentence names the agreement and the source dates itself.
 */
function ownDateContradiction(context: RuleContext, analysed: AnalysedSentence): RuleFinding | undefined {
	if (analysed.frame.agreementAt === -1) {
		return undefined;
	}
	const m = MADE_ON_RE.exec(analysed.claimProse);
	const own = m ? ownDateOf(context.source) : undefined;
	if (!m || !own) {
		return undefined;
	}
	const g = m.groups!;
	// "signed a memorandum on 9 September 2024" is another document; "signed before 31 December 2027" a deadline. Words
	// between the verb and the date must lead to "on" ("adopted the declaration in Riverside on 5 May").
	const between = (g['between'] ?? '').trim().toLowerCase().split(/\s+/).filter(Boolean);
	if (between.some((w) => NOT_OWN_DATE_WORDS.has(w)) || (between.length > 0 && !/\bon\s+(?:[A-Z][a-z]+day,?\s+)?[\dA-Z]/.test(m[0]))) {
		return undefined;
	}
	// "a services contract dated 2 February": the date of the document named right before it, unless the source calls
	// itself that ("the Declaration, adopted on …").
	const before = /([\p{L}é]+)[\s,]*$/u.exec(analysed.claimProse.slice(Math.max(0, m.index - 40), m.index))?.[1]?.toLowerCase();
	if (before !== undefined && OTHER_DOCUMENTS.has(before) && !context.source.frameWords.names.has(before)) {
		return undefined;
	}
	// "… under Annex 11-C of the CTPA, which the two governments signed on 14 March 2024": what "which" stands for
	// is signed, and it is not the source unless it is one of the source's names.
	const antecedent = /([\p{L}\d-]+)[’'”"*)\s]*,\s+(?:which|that)\s+(?:[\p{L}’'-]+\s+){0,5}$/u.exec(analysed.claimProse.slice(Math.max(0, m.index - 80), m.index))?.[1]?.toLowerCase();
	if (antecedent !== undefined && !context.source.frameWords.names.has(antecedent)) {
		return undefined;
	}
	const day = Number(g['day'] ?? g['day2']);
	const month = MONTHS.indexOf((g['month'] ?? g['month2'])!.toLowerCase()) + 1;
	const year = g['year'] === undefined ? Math.floor(own.value / 10_000) : Number(g['year']);
	if (year * 10_000 + month * 100 + day === own.value) {
		return undefined;
	}
	// The date as written: from its day or month to the end of the match ("21 March", "13 March 2025").
	const dateAt = m.index + m[1]!.length + m[0].slice(m[1]!.length).search(new RegExp(`(?:[0-3]?\\d(?:st|nd|rd|th)?\\s+|)${MONTH_RE}`, 'u'));
	const start = analysed.sentence.span.start + dateAt;
	const end = analysed.sentence.span.start + m.index + m[0].length;
	const actual = context.text.slice(start, end);
	// A date the source itself gives another document ("The Agreement on Social Insurance signed at London on 11
	// November 1986 shall terminate …"): that document's, rightly.
	if (sourceStatesDate(context.source, actual)) {
		return undefined;
	}
	const label = own.clause ? citationLabel(context.source, own.clause) : `the ${context.source.shortName}`;
	return {
		ruleId: 'contradicted-detail',
		message: `\`${actual}\` conflicts with the date the ${context.source.shortName} gives itself: “${own.text}”${own.clause ? ` (${label})` : ''}.`,
		span: { start, end },
		actual,
		fixes: [replaceFix(context.text, { start, end }, own.plain, `the date in ${label}`)],
		clause: own.clause ? clauseRef(own.clause) : undefined,
		sentence: analysed.sentence.span,
	};
}

/** A limit the sentence gives its own figure ("a cap of 30", "30 or fewer", "no more than 30"). */
const LIMIT_BEFORE_RE = /\b(?:up\s+to|(?:can|may|could)\s+(?:run|last|extend|go)\s+(?:up\s+)?to|as\s+(?:many|much)\s+as|more\s+than|maximum|max|caps?|capped|ceiling|limits?|limited|quotas?|allowance|under|over|above|below|beyond|exceed(?:s|ing)?|fewer\s+than|less\s+than|at\s+most|between|potentially|possibly|around|about|approximately|some|threshold|expected|estimated|projected|forecast|anticipated|indicative|likely|if|unless|should)\b[^.;:]{0,40}$/i;
const LIMIT_AFTER_RE = /^(?:[\s*]+[\p{L}-]+){0,3}?[\s*]*(?:or\s+(?:fewer|less|under|below)|at\s+(?:the\s+)?most|maximum|max\b|caps?\b|ceiling|limits?\b|optional)/iu;

/** A figure the sentence states as set that the clause it describes gives only as a limit. */
export interface DroppedLimit {
	/** The sentence's figure, as a span of the text. */
	readonly start: number;
	readonly end: number;
	/** The clause's figure with its limit ("up to 30"). */
	readonly limited: string;
	readonly clause: Clause;
	/** A limit ("up to 30") or an estimate ("expected to total £560 million"). */
	readonly kind: 'limit' | 'estimate';
}

const ALLOWS_RE = /\b(?:allows?|allowed|permits?|permitted|lets)\b/i;

/**
 * "The port will create 30 apprenticeships a year" against "intends to offer up to 30 apprenticeship places in each
 * year": a ceiling stated as the amount promised. Only a figure the clause the sentence describes gives with "up to",
 * "not more than" or "a maximum of", about the same thing (a word around both figures is shared), in a sentence that
 * neither hedges nor limits it itself.
 */
export function droppedLimit(context: RuleContext, analysed: AnalysedSentence): DroppedLimit | undefined {
	// "Two residents on the group, as the agreement allows": a figure allowed is a limit kept.
	if (!statesUnhedged(analysed) || ALLOWS_RE.test(analysed.claimProse)) {
		return undefined;
	}
	const all = sentenceFigures(analysed).filter((q) => !q.interval && q.unit !== 'date' && q.unit !== 'time');
	const own = all.filter((q) => q.ceiling === undefined);
	if (own.length === 0) {
		return undefined;
	}
	const about = describedClauses(context, analysed);
	// A sum is specific: the clauses that state it are what the sentence describes ("a £560 million transport settlement"
	// aligns with the summary item "a multi-year transport settlement"; para. 29 gives the sum, as an estimate).
	const stated = quantitiesOf(context.source);
	const statingSum = own.filter((q) => /^[£$€]$/.test(q.unit)).flatMap((q) => (stated.anywhere.get(keyOf(q)) ?? []).slice(0, MAX_FIGURES).map((t) => t.clause));
	if (about.length === 0 && statingSum.length === 0) {
		return undefined;
	}
	const theirs = [...new Set([...withSiblings(context.source, about.map((c) => parentOf(context.source, c))), ...statingSum])].flatMap((c) => limitsOf(context.source, c));
	const base = analysed.sentence.span.start;
	const limited = new Set<Quantity>(all.filter((q) => q.ceiling !== undefined));
	for (const q of own) {
		const before = analysed.claimProse.slice(Math.max(0, q.start - base - 40), q.start - base);
		const after = analysed.claimProse.slice(q.end - base, q.end - base + 50);
		// A limit said once governs the figures listed after it ("no more than £300 on top of the fee, and £650 a
		// sitting"; "capped at three hours written plus a 45-minute oral").
		const previous = all[all.indexOf(q) - 1];
		const listedAfter = previous !== undefined && limited.has(previous) && !/[;]|\.\s|\bbut\b/.test(analysed.claimProse.slice(previous.end - base, q.start - base));
		if (LIMIT_BEFORE_RE.test(before) || LIMIT_AFTER_RE.test(after) || listedAfter) {
			limited.add(q);
			continue;
		}
		// An estimate is kept by a hedge anywhere in the sentence ("The £560m settlement is only "expected"", "depends on
		// the next Spending Review"), quoted words included.
		const hedged = ESTIMATE_KEPT_RE.test(analysed.sentence.prose);
		const limit = theirs.find((t) => (t.ceiling !== undefined || (t.estimate !== undefined && !hedged)) && !t.interval && comparable(t, q) && sameValue(t, q));
		// The same figure stated without a limit elsewhere in the clauses described, or a sum the source states plainly
		// anywhere (recital A's "up to £1,195,000" and Schedule 1's "Total £1,195,000"): the sentence may be giving that one.
		const plainly = (t: StatedQuantity): boolean => t.ceiling === undefined && t.estimate === undefined && comparable(t, q) && sameValue(t, q);
		if (limit === undefined || theirs.some(plainly) || (/^[£$€]$/.test(q.unit) && (stated.anywhere.get(keyOf(q)) ?? []).some(plainly))) {
			continue;
		}
		const own_ = contextOf(analysed.claim.tokens, q, context.source.parties.agents, analysed.claimProse, base);
		if (shares(limit.context, own_) === 0) {
			continue;
		}
		return { start: q.start, end: q.end, limited: `${limit.ceiling ?? limit.estimate} ${limit.text}`, clause: limit.clause, kind: limit.ceiling === undefined ? 'estimate' : 'limit' };
	}
	return undefined;
}

/** A number that counts something not in `UNIT_RE` ("30 apprenticeship places", "twelve (12) named individuals"). */
const COUNT_NUMBER_RE = new RegExp(`\\d[\\d,]*|\\b(?:${COMPOUND_NUMBER}|${Object.keys(NUMBER_WORDS).join('|')})\\b`, 'giu');
const COUNT_AFTER_RE = /^(?:\s*\((\d{1,6})\))?\s+\p{L}/u;
const LIMIT_END_RE = /^(?:[.;]|\s*$)/u;

/**
 * A text's quantities and its counts of other things: what a limit may be stated in. Each run of digits and commas is
 * read once, whole (a global match consumes it), so a long run costs its length, not its square.
 */
function figures(written: string, base = 0, known?: readonly Quantity[]): Quantity[] {
	const found = [...(known ?? quantities(written, base).slice(0, MAX_FIGURES))];
	const text = blankEmphasis(written);
	COUNT_NUMBER_RE.lastIndex = 0;
	for (let m = COUNT_NUMBER_RE.exec(text); m !== null && found.length < MAX_FIGURES * 2; m = COUNT_NUMBER_RE.exec(text)) {
		const start = base + m.index;
		const after = COUNT_AFTER_RE.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 12));
		const lead = text.slice(Math.max(0, m.index - 40), m.index);
		const ceiling = CEILING_BEFORE_RE.exec(lead)?.[0].trim().replace(/\s+/g, ' ');
		// A limit that ends its sentence ("is not expected to exceed 1,400.") counts what the sentence is about.
		const endsLimit = after === null && ceiling !== undefined && LIMIT_END_RE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3));
		if ((after === null && !endsLimit) || /[\p{L}\d.]/u.test(text[m.index - 1] ?? '') || m[0].endsWith(',') || found.some((q) => q.start <= start && start < q.end)) {
			continue;
		}
		const raw = m[0].toLowerCase();
		const value = after?.[1] !== undefined ? Number(after[1]) : NUMBER_WORDS[raw] ?? (/^\p{L}/u.test(raw) ? raw.split(/[-\s]/).reduce((sum, w) => sum + (NUMBER_WORDS[w] ?? 0), 0) : Number(raw.replace(/,/g, '')));
		const estimate = ceiling === undefined ? ESTIMATE_BEFORE_RE.exec(lead)?.[0].trim().replace(/\s+/g, ' ') : undefined;
		const end = m.index + m[0].length + (after?.[1] !== undefined ? after[0].lastIndexOf(')') + 1 : 0);
		found.push({ value, unit: 'count', start, end: base + end, text: text.slice(m.index, end), interval: false, ceiling, ...(estimate === undefined ? {} : { estimate }) });
	}
	return found;
}

/** A clause's figures, with their words, when it gives one as a limit ("up to 30", "no more than twelve (12) named individuals"). */
function limitsOf(source: SourceModel, clause: Clause): StatedQuantity[] {
	let found = clauseLimits.get(clause);
	if (found === undefined) {
		found = clause.sentences.flatMap((sentence) => {
			// '"Grant" means the sum of up to £186,500': what a defined word covers, not a limit on what is promised.
			const all = isDefinition(sentence.text) ? [] : figures(sentence.text);
			const limits = all.some((q) => q.ceiling !== undefined || q.estimate !== undefined) ? all : [];
			const tokens = limits.length > 0 ? tokenize(sentence.text) : [];
			return limits.map((q): StatedQuantity => ({ ...q, clause, context: contextOf(tokens, q, source.parties.agents, sentence.text, 0) }));
		});
		clauseLimits.set(clause, found);
	}
	return found;
}
const clauseLimits = new WeakMap<Clause, StatedQuantity[]>();

/** Words that give a figure its share of cases in the sentence's own words ("most referrals", "the vast majority"). */
const SHARE_WORDS_RE = /\b(?:most|majority|proportion|share|percentage|nearly\s+all|almost\s+all|virtually\s+all|normally|usually|typically|generally|ordinarily|mostly|target|aim|aims|per\s*cent|percent|half|a\s+third|a\s+quarter|two[-\s]thirds|three[-\s]quarters)\b/i;
/** "a reduction of 8 per cent", "an increase of 3%": a percentage that is a change, not a share of cases. */
const CHANGE_BEFORE_RE = /\b(?:reduction|increase|cut|rise|fall|decrease|drop|growth|change|uplift)\s+of\s+$/i;

/** Words that say a figure holds in every case: "every referral", "all calls", "always", "guaranteed". */
const EVERY_CASE_RE = /\b(?:every|each|all|always|any|guarantee[sd]?|without\s+exception)\b/i;
/** A figure the sentence gives for every case that the clause sets only for a share of them. */
export interface DroppedShare {
	readonly start: number;
	readonly end: number;
	/** The clause's share ("at least 95%"). */
	readonly share: string;
	readonly clause: Clause;
}

/**
 * "Every referral will be given a priority within 15 minutes" against "… within 15 minutes of receipt in at least 95%
 * of cases": the sentence gives the clause's figure but drops the share of cases it applies to. Only when the figure
 * is the clause's (same value, in a clause the sentence describes), the share is in the same sentence of the clause,
 * and the sentence gives no share of its own near the figure.
 */
export function droppedShare(context: RuleContext, analysed: AnalysedSentence): DroppedShare | undefined {
	if (!statesUnhedged(analysed)) {
		return undefined;
	}
	const { claim } = analysed;
	const own = sentenceQuantities(analysed);
	if (own.length === 0) {
		return undefined;
	}
	const about = describedClauses(context, analysed);
	const stated = quantitiesOf(context.source);
	const base = analysed.sentence.span.start;
	// A clause that states one of the sentence's figures about the same thing (two words around both agree) is what it
	// describes, however loosely it is worded ("within 15 working days of … fingerprints" for "… biometric information").
	const figured = own.flatMap((q) => {
		const words = contextOf(claim.tokens, q, context.source.parties.agents, analysed.claimProse, base, own);
		return (stated.anywhere.get(keyOf(q)) ?? []).slice(0, MAX_FIGURES).filter((t) => t.interval === q.interval && shares(t.context, words) >= 2).map((t) => t.clause);
	});
	for (const clause of withSiblings(context.source, [...about, ...figured].map((c) => parentOf(context.source, c)))) {
		const theirs = stated.byClause.get(clause) ?? [];
		for (const q of own) {
			// An age bounds who a group is ("under-18s"), not what each case gets.
			if (q.unit === '%' || q.unit === 'date' || q.unit.startsWith('age ')) {
				continue;
			}
			const t = theirs.find((x) => x.unit !== '%' && comparable(x, q) && sameValue(x, q) && x.interval === q.interval);
			if (t === undefined) {
				continue;
			}
			// "a two-hour urgent response service", "the 1.5-day threshold": a figure naming a kind of thing, not a claim for
			// every case.
			if (/^\d[\d.,]*-|^[\p{L}]+-\p{L}/u.test(q.text)) {
				continue;
			}
			const found = clause.sentences.find((s) => s.text.includes(t.text));
			// In a table, the share is the figure's row's ("| Urgent response within 2 hours | 85% |"), not another row's.
			const sentence = found === undefined ? undefined : { text: rowOf(found.text, t.text) };
			const share = sentence === undefined ? undefined : theirs.find((x) => x.unit === '%' && x !== t && sentence.text.includes(x.text) && !own.some((o) => o.unit === '%' && sameValue(o, x))
				&& !CHANGE_BEFORE_RE.test(sentence.text.slice(Math.max(0, sentence.text.indexOf(x.text) - 30), sentence.text.indexOf(x.text))));
			if (share === undefined || sentence === undefined) {
				continue;
			}
			// The sentence's own share near the figure ("in most cases", "95%"), or the figure said as a limit.
			const near = analysed.claimProse.slice(Math.max(0, q.start - base - 80), q.end - base + 80);
			const between = (o: Quantity): string => context.text.slice(Math.min(o.end, q.end), Math.max(o.start, q.start));
			if (SHARE_WORDS_RE.test(near) || own.some((o) => o.unit === '%' && Math.abs(o.start - q.start) < 80 && !CONTEXT_BREAK.test(between(o)) && !/,\s*and\b/i.test(between(o)))) {
				continue;
			}
			// Said for every case in so many words ("every referral … within 15 minutes"): a service standard written plainly
			// ("standard deliveries within seven working days") is how its target is usually described.
			if (!EVERY_CASE_RE.test(analysed.claimProse.slice(Math.max(0, q.start - base - 80), q.start - base))) {
				continue;
			}
			const at = sentence.text.indexOf(share.text);
			const lead = /(?:at\s+least|not\s+less\s+than|no\s+less\s+than|a\s+minimum\s+of)\s+$/i.exec(sentence.text.slice(Math.max(0, at - 25), at))?.[0] ?? '';
			return { start: q.start, end: q.end, share: `${lead}${share.text}`.replace(/\s+/g, ' '), clause };
		}
	}
	return undefined;
}

/** "the current three-year programme", "a five-year partnership": a compound that names how long the whole runs. */
const NAMES_RUN_AFTER_RE = /^\S+-(?:year|month)\s+(?:[\p{L}-]+\s+)?(?:programme|program|partnership|project|deal|agreement|arrangement|scheme|plan|period|term|pilot|contract|collaboration)\b/iu;

/** The document named in the few words before a figure ("The Memorandum runs for three years", "a three-year agreement"). */
function namesDocumentBefore(context: RuleContext, analysed: AnalysedSentence, q: Quantity): boolean {
	const tokens = analysed.claim.tokens;
	const at = firstFrom(tokens, q.start);
	return tokens.slice(Math.max(0, at - 4), at).some((t) => t.lower === 'it' || namesDocument(t.lower, context.source.frameWords.names));
}

/** A sentence's quantities (its first `MAX_FIGURES`) and its figures with counts, read once for the rules that ask. */
function sentenceQuantities(analysed: AnalysedSentence): readonly Quantity[] {
	let found = ownQuantities.get(analysed);
	if (found === undefined) {
		found = quantities(analysed.claimProse, analysed.sentence.span.start).slice(0, MAX_FIGURES);
		ownQuantities.set(analysed, found);
	}
	return found;
}
const ownQuantities = new WeakMap<AnalysedSentence, readonly Quantity[]>();

function sentenceFigures(analysed: AnalysedSentence): readonly Quantity[] {
	let found = ownFigures.get(analysed);
	if (found === undefined) {
		found = figures(analysed.claimProse, analysed.sentence.span.start, sentenceQuantities(analysed));
		ownFigures.set(analysed, found);
	}
	return found;
}
const ownFigures = new WeakMap<AnalysedSentence, readonly Quantity[]>();
