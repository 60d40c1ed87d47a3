/**
 * Scoring maths for the evaluation: matches an engine's findings and citations against
 * the labelled sentences. Pure functions; the engine is injected as a `CheckFn`.
 */
import { ATTACHED_TEXT } from '../../src/engine/clauses/attachedTexts';
import { RULE_IDS, type CheckOptions, type ClauseRef, type RuleId, type Severity, type Span } from '../../src/engine/types';
import { lineAt, needsChange, type Briefing, type LabelledSentence, type SentenceClass, type Split } from './labels';

/** The four rules that report at warning severity by default. */
export const WARNING_RULES: readonly RuleId[] = [
	'overstated-commitment',
	'unsupported-claim',
	'misquote',
	'binding-status',
	'contradicted-detail',
	'wrong-reference',
];

/** The parts of a Finding the scorer reads (a real `Finding` is assignable). */
export interface EvalFinding {
	readonly ruleId: RuleId;
	readonly severity: Exclude<Severity, 'off'>;
	readonly message: string;
	readonly span: Span;
	readonly clause?: ClauseRef;
}

/** The parts of a Citation the scorer reads (a real `Citation` is assignable). */
export interface EvalCitation {
	readonly span: Span;
	readonly clause: ClauseRef;
	readonly score: number;
}

export interface EvalResult {
	readonly findings: readonly EvalFinding[];
	readonly citations: readonly EvalCitation[];
}

/** `check()` with the source already bound. */
export type CheckFn = (text: string, options: CheckOptions) => EvalResult;

/** The options every briefing is checked with. */
export const severitiesFor = (): CheckOptions['severities'] => ({ 'understated-commitment': 'information' });

export type OutcomeKind = 'tp' | 'fp' | 'fn';

/** One rule decision on one sentence (or one finding outside every labelled sentence). */
export interface Outcome {
	readonly kind: OutcomeKind;
	readonly ruleId: RuleId;
	readonly briefing: string;
	readonly line: number;
	/** The labelled sentence, or the finding's own text when `unmatched`. */
	readonly text: string;
	/** Messages of the findings involved (empty for a miss). */
	readonly messages: readonly string[];
	readonly note: string;
	/** True for a finding that overlaps no labelled sentence. */
	readonly unmatched: boolean;
}

export interface CitationOutcome {
	readonly briefing: string;
	readonly line: number;
	readonly text: string;
	readonly expected: readonly string[] | null;
	readonly actual: string | null;
	readonly score: number | null;
	readonly correct: boolean;
}

/** A clean sentence that got a warning. */
export interface FalseWarning {
	readonly briefing: string;
	readonly line: number;
	readonly text: string;
	readonly rules: readonly RuleId[];
}

/** One labelled sentence judged as a whole: the figures the real-prose issue asks for are counted from these. */
export interface SentenceOutcome {
	readonly class: SentenceClass;
	/** The label expects a warning-severity rule (the sentence needs a change). */
	readonly needsChange: boolean;
	/** A warning of a rule the label expects fired. */
	readonly rightRule: boolean;
	/** Any warning-severity finding that the label does not `allow` (or that it expects) fired. */
	readonly warned: boolean;
}

export interface BriefingScore {
	readonly briefing: string;
	readonly split: Split;
	readonly source: string;
	readonly judged: readonly SentenceOutcome[];
	readonly sentences: number;
	/** Sentences labelled `expect: []`. */
	readonly cleanSentences: number;
	/** Clean sentences that got a warning-severity finding of a rule they do not allow. */
	readonly falseWarned: readonly FalseWarning[];
	readonly outcomes: readonly Outcome[];
	readonly citations: readonly CitationOutcome[];
}

export const overlaps = (a: Span, b: Span): boolean =>
	a.start === a.end ? b.start <= a.start && a.start < b.end : a.start < b.end && b.start < a.end;

export const isWarning = (severity: Severity): boolean => severity === 'warning' || severity === 'error';

function ruleOutcomes(briefing: Briefing, sentence: LabelledSentence, found: readonly EvalFinding[]): Outcome[] {
	const outcomes: Outcome[] = [];
	for (const ruleId of RULE_IDS) {
		const fired = found.filter((f) => f.ruleId === ruleId);
		const expected = sentence.expect.has(ruleId);
		const kind: OutcomeKind | null = expected
			? (fired.length > 0 ? 'tp' : 'fn')
			: (fired.length > 0 && !sentence.allow.has(ruleId) ? 'fp' : null);
		if (kind !== null) {
			outcomes.push({
				kind, ruleId, briefing: briefing.name, line: sentence.line, text: sentence.anchor,
				messages: fired.map((f) => f.message), note: sentence.note, unmatched: false,
			});
		}
	}
	return outcomes;
}

function citationOutcome(briefing: Briefing, sentence: LabelledSentence, citations: readonly EvalCitation[]): CitationOutcome {
	let best: EvalCitation | undefined;
	for (const citation of citations) {
		if (overlaps(citation.span, sentence.span) && (best === undefined || citation.score > best.score)) {
			best = citation;
		}
	}
	const actual = best?.clause.id ?? null;
	const correct = sentence.clauses === null ? actual === null : actual !== null && sentence.clauses.some((id) => citesWithin(actual, id));
	return {
		briefing: briefing.name, line: sentence.line, text: sentence.anchor,
		expected: sentence.clauses, actual, score: best?.score ?? null, correct,
	};
}

/**
 * True when a citation names the labelled clause or a part of it: a label for a whole article or clause (`5`,
 * `schedule-1`, `preamble`, `1.1`) accepts its paragraphs, items and continuations (`5.2`, `schedule-1.3`, `preamble.4`,
 * `1.1(a)`, `1.1-3`), never a sibling (`5` does not accept `50.1`).
 */
export function citesWithin(actual: string, labelled: string): boolean {
	const a = notation(actual);
	const l = notation(labelled);
	// "A.2" for the engine's `annex-A.2`: labellers write a lettered annex's paragraph as the source numbers it.
	const bare = /^[a-z](?:$|[.(])/.test(l) ? a.replace(/^(?:annex|schedule|appendix)-(?=[a-z](?:$|[.(-]))/, '') : a;
	// "schedule-3.9" for the engine's `schedule-3.A.9`: a schedule whose parts number on from each other ("Part A" 1–10,
	// "Part B" 11–15) is cited by paragraph alone, as the source cites it.
	const partless = a.replace(/^((?:annex|schedule|appendix)-[a-z\d]+)\.[a-z]\.(?=\d)/, '$1.');
	return [a, bare, partless].some((x) => x === l || (x.startsWith(l) && /^[.(-]/.test(x.slice(l.length))));
}

/** "annex.2", "memorandum.4": a part's or an attached text's paragraph, written with a dot. */
const PART_PARAGRAPH_RE = new RegExp(`^(annex|schedule|appendix|${ATTACHED_TEXT})\\.(?=\\d)`);

const ROMAN: Readonly<Record<string, number>> = { i: 1, v: 5, x: 10, l: 50, c: 100 };

/**
 * An id in one notation: "Annex II" is "annex-2" and "Annex A" is "annex-a" (labellers write an annex's number either
 * way; the engine keeps the source's own); "annex.2" is "annex-2".
 */
function notation(id: string): string {
	// "annex.2" for an annex's second section or paragraph, as `annex-2` (`annex-II.1` is its first paragraph); so an
	// attached text's "memorandum.4" is the label's `memorandum-4`.
	// "A2(e)", "schedule-2.A1": a lettered part's paragraph written joined, as `A.2(e)`, `schedule-2.A.1`.
	// "annex.A.2", the engine's id for paragraph "A2" of an unnumbered annex, is the label's `annex-A2`.
	return id.toLowerCase().replace(/(^|[.-])([a-z])(?=\d)/g, '$1$2.').replace(PART_PARAGRAPH_RE, '$1-').replace(/^(annex|schedule|appendix)\.(?=[a-z]\.\d)/, '$1-').replace(/^(annex|schedule|appendix)-([ivxlc]+)(?=$|[.(-])/, (_, kind: string, roman: string) => {
		let n = 0;
		for (let k = 0; k < roman.length; k++) {
			const v = ROMAN[roman[k]!]!;
			n += v < (ROMAN[roman[k + 1] ?? ''] ?? 0) ? -v : v;
		}
		return `${kind}-${n}`;
	});
}

function unmatchedOutcomes(briefing: Briefing, findings: readonly EvalFinding[]): Outcome[] {
	return findings
		.filter((f) => !briefing.sentences.some((s) => overlaps(f.span, s.span)))
		.map((f) => ({
			kind: 'fp' as const, ruleId: f.ruleId, briefing: briefing.name, line: lineAt(briefing.text, f.span.start),
			text: briefing.text.slice(f.span.start, f.span.end), messages: [f.message], note: '', unmatched: true,
		}));
}

/** Scores one briefing against the engine's result for it. */
export function scoreBriefing(briefing: Briefing, result: EvalResult): BriefingScore {
	const outcomes: Outcome[] = [];
	const falseWarned: FalseWarning[] = [];
	const citations: CitationOutcome[] = [];
	const judged: SentenceOutcome[] = [];
	for (const sentence of briefing.sentences) {
		const found = result.findings.filter((f) => overlaps(f.span, sentence.span));
		outcomes.push(...ruleOutcomes(briefing, sentence, found));
		const warned = found.filter((f) => isWarning(f.severity) && !sentence.allow.has(f.ruleId));
		judged.push({
			class: sentence.class,
			needsChange: needsChange(sentence.expect),
			rightRule: warned.some((f) => sentence.expect.has(f.ruleId)),
			warned: warned.length > 0,
		});
		if (sentence.expect.size === 0 && warned.length > 0) {
			const rules = [...new Set(warned.map((f) => f.ruleId))];
			falseWarned.push({ briefing: briefing.name, line: sentence.line, text: sentence.anchor, rules });
		}
		citations.push(citationOutcome(briefing, sentence, result.citations));
	}
	outcomes.push(...unmatchedOutcomes(briefing, result.findings));
	return {
		briefing: briefing.name,
		split: briefing.split,
		source: briefing.source,
		judged,
		sentences: briefing.sentences.length,
		cleanSentences: briefing.sentences.filter((s) => s.expect.size === 0).length,
		falseWarned,
		outcomes,
		citations,
	};
}

/** Checks every briefing with `check` and scores it. */
export function evaluateBriefings(briefings: readonly Briefing[], check: CheckFn): BriefingScore[] {
	return briefings.map((briefing) => scoreBriefing(
		briefing,
		check(briefing.text, { format: briefing.format, severities: severitiesFor() }),
	));
}

export interface Ratio {
	readonly hits: number;
	readonly total: number;
	/** hits / total, or null when total is 0. */
	readonly rate: number | null;
}

export interface RuleMetrics {
	readonly tp: number;
	readonly fp: number;
	readonly fn: number;
	readonly precision: number | null;
	readonly recall: number | null;
}

export interface Metrics {
	readonly briefings: number;
	readonly sentences: number;
	readonly rules: Readonly<Record<RuleId, RuleMetrics>>;
	/** Summed over the four warning rules. */
	readonly warnings: RuleMetrics;
	/** Clean sentences that got any (not allowed) warning-severity finding. */
	readonly falseWarningRate: Ratio;
	/** Sentences with a clause label whose best citation is an accepted clause. */
	readonly citationAccuracy: Ratio;
	/** Sentences labelled `clause: null` that got no citation. */
	readonly citationPrecision: Ratio;
	/** Findings that overlap no labelled sentence (counted as false positives). */
	readonly unmatchedFindings: number;
	/** Sentence-level figures (the real-prose table). */
	readonly sentenceLevel: SentenceLevel;
}

/** The real-prose issue's table: each sentence judged as a whole. */
export interface SentenceLevel {
	/** Sentences that need a change with a warning of the right rule. */
	readonly recallRightRule: Ratio;
	/** Sentences that need a change with any warning. */
	readonly recallAny: Ratio;
	/** Warned sentences that really need a change. */
	readonly precision: Ratio;
	/** Background sentences with a warning. */
	readonly backgroundFalseWarnings: Ratio;
	/** Faithful sentences about the agreement with a warning. */
	readonly faithfulFalseWarnings: Ratio;
	readonly background: number;
	readonly faithful: number;
	readonly drift: number;
}

export function sentenceLevel(judged: readonly SentenceOutcome[]): SentenceLevel {
	const count = (keep: (j: SentenceOutcome) => boolean): number => judged.filter(keep).length;
	const needing = count((j) => j.needsChange);
	const warned = count((j) => j.warned);
	return {
		recallRightRule: ratio(count((j) => j.needsChange && j.rightRule), needing),
		recallAny: ratio(count((j) => j.needsChange && j.warned), needing),
		precision: ratio(count((j) => j.needsChange && j.warned), warned),
		backgroundFalseWarnings: ratio(count((j) => j.class === 'background' && j.warned && !j.needsChange), count((j) => j.class === 'background')),
		faithfulFalseWarnings: ratio(count((j) => j.class === 'faithful' && j.warned && !j.needsChange), count((j) => j.class === 'faithful')),
		background: count((j) => j.class === 'background'),
		faithful: count((j) => j.class === 'faithful'),
		drift: count((j) => j.class === 'drift'),
	};
}

export const ratio = (hits: number, total: number): Ratio => ({ hits, total, rate: total === 0 ? null : hits / total });

export function ruleMetrics(tp: number, fp: number, fn: number): RuleMetrics {
	return { tp, fp, fn, precision: ratio(tp, tp + fp).rate, recall: ratio(tp, tp + fn).rate };
}

function countRule(outcomes: readonly Outcome[], ruleId: RuleId): RuleMetrics {
	const count = (kind: OutcomeKind): number => outcomes.filter((o) => o.ruleId === ruleId && o.kind === kind).length;
	return ruleMetrics(count('tp'), count('fp'), count('fn'));
}

/** Aggregates briefing scores into the report's figures. */
export function aggregate(scores: readonly BriefingScore[]): Metrics {
	const outcomes = scores.flatMap((s) => s.outcomes);
	const citations = scores.flatMap((s) => s.citations);
	const rules = Object.fromEntries(RULE_IDS.map((id) => [id, countRule(outcomes, id)])) as Record<RuleId, RuleMetrics>;
	const sum = (key: 'tp' | 'fp' | 'fn'): number => WARNING_RULES.reduce((n, id) => n + rules[id][key], 0);
	const labelled = citations.filter((c) => c.expected !== null);
	const unlabelled = citations.filter((c) => c.expected === null);
	return {
		briefings: scores.length,
		sentences: scores.reduce((n, s) => n + s.sentences, 0),
		rules,
		warnings: ruleMetrics(sum('tp'), sum('fp'), sum('fn')),
		falseWarningRate: ratio(
			scores.reduce((n, s) => n + s.falseWarned.length, 0),
			scores.reduce((n, s) => n + s.cleanSentences, 0),
		),
		citationAccuracy: ratio(labelled.filter((c) => c.correct).length, labelled.length),
		citationPrecision: ratio(unlabelled.filter((c) => c.correct).length, unlabelled.length),
		unmatchedFindings: outcomes.filter((o) => o.unmatched).length,
		sentenceLevel: sentenceLevel(scores.flatMap((s) => s.judged)),
	};
}
