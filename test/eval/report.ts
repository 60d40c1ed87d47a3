/**
 * Text and JSON rendering of evaluation results.
 */
import { RULE_IDS } from '../../src/engine/types';
import { SPLITS, type Split } from './labels';
import { aggregate, type BriefingScore, type Metrics, type Ratio, type RuleMetrics } from './scoring';

export type SplitChoice = Split | 'all';

export interface ReportOptions {
	readonly split: SplitChoice;
	readonly verbose: boolean;
	readonly json: boolean;
}

const fixed = (value: number | null): string => (value === null ? '–' : value.toFixed(2));
const percent = (r: Ratio): string => (r.rate === null ? '–' : `${(r.rate * 100).toFixed(1)}%`);
const round = (value: number | null): number | null => (value === null ? null : Math.round(value * 10000) / 10000);

function clip(text: string, max = 140): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function ruleRow(label: string, m: RuleMetrics): string {
	const counts = [m.tp, m.fp, m.fn].map((n) => String(n).padStart(5)).join('');
	return `${label.padEnd(34)}${counts}${fixed(m.precision).padStart(11)}${fixed(m.recall).padStart(8)}`;
}

function ratioRow(label: string, r: Ratio, what: string): string {
	return `${label.padEnd(21)}${percent(r).padStart(6)}  (${r.hits}/${r.total} ${what})`;
}

/** A readable table of one scope's figures. */
export function formatTable(title: string, m: Metrics): string[] {
	const rows = RULE_IDS.map((id) => ruleRow(id === 'understated-commitment' ? `${id} (info)` : id, m.rules[id]));
	const rule = '-'.repeat(63);
	return [
		`== ${title}: ${m.briefings} briefings, ${m.sentences} labelled sentences ==`,
		`${'rule'.padEnd(34)}${['TP', 'FP', 'FN'].map((h) => h.padStart(5)).join('')}${'precision'.padStart(11)}${'recall'.padStart(8)}`,
		rule,
		...rows,
		rule,
		ruleRow('four warning rules', m.warnings),
		'',
		ratioRow('false-warning rate', m.falseWarningRate, 'clean sentences got a warning'),
		ratioRow('citation accuracy', m.citationAccuracy, 'sentences cited to an accepted clause'),
		ratioRow('citation precision', m.citationPrecision, 'clause-null sentences left uncited'),
		`${'unmatched findings'.padEnd(21)}${String(m.unmatchedFindings).padStart(6)}  (outside every labelled sentence; counted as FP)`,
		'',
		...formatSentenceTable(m),
		'',
	];
}

/** The real-prose table: sentences judged whole, false warnings on background and faithful sentences apart. */
export function formatSentenceTable(m: Metrics): string[] {
	const s = m.sentenceLevel;
	const row = (label: string, r: Ratio, target: string): string =>
		`${label.padEnd(44)}${percent(r).padStart(7)}  ${`(${r.hits}/${r.total})`.padEnd(11)}${target.padStart(7)}`;
	return [
		`sentences: ${s.background} background, ${s.faithful} faithful, ${s.drift} need a change`,
		`${'measure (sentence level)'.padEnd(44)}${'now'.padStart(7)}  ${''.padEnd(11)}${'target'.padStart(7)}`,
		row('recall, right rule', s.recallRightRule, '≥ 65%'),
		row('recall, any warning', s.recallAny, '≥ 75%'),
		row('precision (warned sentences needing change)', s.precision, '≥ 75%'),
		row('false warnings on background', s.backgroundFalseWarnings, '≤ 5%'),
		row('false warnings on faithful', s.faithfulFalseWarnings, '≤ 8%'),
		row('citation accuracy', m.citationAccuracy, '≥ 85%'),
	];
}

/** Every miss, false alarm and citation miss, with file:line. */
export function formatDetails(scores: readonly BriefingScore[]): string[] {
	const outcomes = scores.flatMap((s) => s.outcomes);
	const lines: string[] = ['-- misses (expected finding not reported) --'];
	for (const o of outcomes.filter((x) => x.kind === 'fn')) {
		lines.push(`${o.briefing}:${o.line}  [${o.ruleId}]  ${clip(o.text)}`, `      label note: ${clip(o.note, 200)}`);
	}
	lines.push('', '-- false alarms (finding not expected) --');
	for (const o of outcomes.filter((x) => x.kind === 'fp')) {
		const where = o.unmatched ? '  (outside every labelled sentence)' : '';
		lines.push(`${o.briefing}:${o.line}  [${o.ruleId}]${where}  ${clip(o.text)}`);
		lines.push(...o.messages.map((m) => `      message: ${clip(m, 200)}`));
	}
	lines.push('', '-- citation misses --');
	for (const c of scores.flatMap((s) => s.citations).filter((x) => !x.correct)) {
		const expected = c.expected === null ? 'no citation' : c.expected.join(' or ');
		const actual = c.actual === null ? 'none' : `${c.actual} (score ${fixed(c.score)})`;
		lines.push(`${c.briefing}:${c.line}  expected ${expected}, got ${actual}  ${clip(c.text, 100)}`);
	}
	lines.push('');
	return lines;
}

/** The figures of one scope as a plain JSON-able object. */
export function metricsJson(m: Metrics): Record<string, unknown> {
	const rules = Object.fromEntries(RULE_IDS.map((id) => {
		const r = m.rules[id];
		return [id, { tp: r.tp, fp: r.fp, fn: r.fn, precision: round(r.precision), recall: round(r.recall) }];
	}));
	return {
		briefings: m.briefings,
		sentences: m.sentences,
		rules,
		warningPrecision: round(m.warnings.precision),
		warningRecall: round(m.warnings.recall),
		falseWarningRate: round(m.falseWarningRate.rate),
		falseWarnings: m.falseWarningRate.hits,
		cleanSentences: m.falseWarningRate.total,
		citationAccuracy: round(m.citationAccuracy.rate),
		citationPrecision: round(m.citationPrecision.rate),
		unmatchedFindings: m.unmatchedFindings,
		sentenceLevel: {
			recallRightRule: round(m.sentenceLevel.recallRightRule.rate),
			recallAny: round(m.sentenceLevel.recallAny.rate),
			precision: round(m.sentenceLevel.precision.rate),
			backgroundFalseWarnings: round(m.sentenceLevel.backgroundFalseWarnings.rate),
			faithfulFalseWarnings: round(m.sentenceLevel.faithfulFalseWarnings.rate),
			background: m.sentenceLevel.background,
			faithful: m.sentenceLevel.faithful,
			drift: m.sentenceLevel.drift,
		},
	};
}

/** The splits present in `scores`: SPLITS order first, then any others alphabetically. */
export function presentSplits(scores: readonly BriefingScore[]): Split[] {
	const present = new Set(scores.map((s) => s.split));
	return [...SPLITS.filter((s) => present.has(s)), ...[...present].filter((s) => !SPLITS.includes(s)).sort()];
}

/** Metrics per split present in `scores` plus `overall`. */
export function scopes(scores: readonly BriefingScore[], split: SplitChoice): [string, Metrics][] {
	const splits = split === 'all' ? presentSplits(scores) : [split];
	const result: [string, Metrics][] = splits
		.map((s): [string, BriefingScore[]] => [s, scores.filter((x) => x.split === s)])
		.filter(([, list]) => list.length > 0)
		.map(([s, list]) => [s, aggregate(list)]);
	result.push(['overall', aggregate(scores)]);
	return result;
}

/** The whole report as lines; the last line is always one JSON object. */
export function buildReport(scores: readonly BriefingScore[], options: ReportOptions): string[] {
	const perScope = scopes(scores, options.split);
	const json = JSON.stringify({
		split: options.split,
		...Object.fromEntries(perScope.map(([name, m]) => [name, metricsJson(m)])),
	});
	if (options.json) {
		return [json];
	}
	const lines: string[] = [];
	if (options.verbose) {
		lines.push(...formatDetails(scores));
	}
	const tables = options.split === 'all' ? perScope : perScope.filter(([name]) => name !== 'overall');
	for (const [name, m] of tables) {
		lines.push(...formatTable(name === 'overall' ? 'overall (all splits)' : `split ${name}`, m));
	}
	lines.push(json);
	return lines;
}
