import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { RuleId, Span } from '../../src/engine/types';
import { buildBriefing, LabelError, lineAt, loadBriefings, type Briefing } from '../eval/labels';
import { buildReport } from '../eval/report';
import {
	aggregate, citesWithin, evaluateBriefings, overlaps, scoreBriefing, WARNING_RULES,
	type CheckFn, type EvalCitation, type EvalFinding, type EvalResult,
} from '../eval/scoring';

const TEXT = [
	'# Heading',
	'',
	'OpenAI will run workshops. DSIT and OpenAI will collaborate.',
	'The MoU is binding. OpenAI opened',
	'an office in 2023.',
].join('\n');

const LABELS = {
	format: 'markdown',
	split: 'dev',
	sentences: [
		{ anchor: 'Heading', expect: [], clause: null },
		{ anchor: 'OpenAI will run workshops.', expect: ['overstated-commitment'], clause: '2.3' },
		{ anchor: 'DSIT and OpenAI will collaborate.', expect: [], clause: ['2.1', '4.1'] },
		{ anchor: 'The MoU is binding.', expect: ['binding-status'], allow: ['overstated-commitment'], clause: 'status' },
		{ anchor: 'OpenAI opened\nan office in 2023.', expect: [], clause: null },
	],
};

const at = (needle: string): Span => {
	const start = TEXT.indexOf(needle);
	assert.notEqual(start, -1, needle);
	return { start, end: start + needle.length };
};
const finding = (ruleId: RuleId, needle: string, severity: EvalFinding['severity'] = 'warning'): EvalFinding =>
	({ ruleId, severity, message: `${ruleId} on ${needle}`, span: at(needle) });
const citation = (id: string, needle: string, score: number): EvalCitation =>
	({ span: at(needle), clause: { id, text: '' }, score });

function briefing(labels: unknown = LABELS, text = TEXT): Briefing {
	return buildBriefing('fake.md', text, labels);
}

suite('evaluate: labels', () => {
	test('locates anchors, including one across a line wrap, with 1-based lines', () => {
		const b = briefing();
		assert.deepEqual(b.sentences.map((s) => s.line), [1, 3, 3, 4, 4]);
		const wrapped = b.sentences[4]!;
		assert.equal(TEXT.slice(wrapped.span.start, wrapped.span.end), 'OpenAI opened\nan office in 2023.');
		assert.deepEqual(b.sentences[2]!.clauses, ['2.1', '4.1']);
		assert.deepEqual([...b.sentences[3]!.allow], ['overstated-commitment']);
	});

	test('handles CRLF anchors', () => {
		const crlf = 'First line\r\ncontinues here. Next.';
		const b = briefing({ format: 'plaintext', split: 'heldout', sentences: [
			{ anchor: 'First line\r\ncontinues here.', expect: [], clause: null },
			{ anchor: 'Next.', expect: [], clause: null },
		] }, crlf);
		assert.equal(b.sentences[1]!.line, 2);
		assert.equal(lineAt(crlf, crlf.indexOf('Next')), 2);
	});

	test('rejects a missing, repeated or overlapping anchor clearly', () => {
		const withAnchors = (...anchors: string[]): unknown =>
			({ ...LABELS, sentences: anchors.map((anchor) => ({ anchor, expect: [], clause: null })) });
		assert.throws(() => briefing(withAnchors('No such sentence.')), (e: unknown) =>
			e instanceof LabelError && /fake\.md: anchor not found/.test(e.message));
		assert.throws(() => briefing(withAnchors('OpenAI')), (e: unknown) =>
			e instanceof LabelError && /not unique \(lines 3 and 3\)/.test(e.message));
		assert.throws(() => briefing(withAnchors('OpenAI will run', 'run workshops.')), /anchors overlap/);
	});

	test('rejects unknown rules, clause ids and splits', () => {
		const one = (extra: object): unknown => ({ ...LABELS, sentences: [{ anchor: 'Heading', expect: [], clause: null, ...extra }] });
		assert.throws(() => briefing(one({ expect: ['made-up'] })), /unknown rule id/);
		assert.throws(() => briefing(one({ clause: '9.9' })), /"clause" must be/);
		assert.throws(() => briefing(one({ expect: ['misquote'], allow: ['misquote'] })), /both "expect" and "allow"/);
		assert.throws(() => briefing({ ...LABELS, split: 'test' }), /"split" must be/);
	});
});

suite('evaluate: scoring', () => {
	const result: EvalResult = {
		findings: [
			finding('overstated-commitment', 'OpenAI will run workshops.'),
			finding('overstated-commitment', 'DSIT and OpenAI will collaborate.'),
			finding('understated-commitment', 'DSIT and OpenAI will collaborate.', 'information'),
			finding('overstated-commitment', 'The MoU is binding.'),
			finding('misquote', '#'),
		],
		citations: [
			citation('2.2', 'OpenAI will run workshops.', 0.4),
			citation('2.3', 'OpenAI will run workshops.', 0.9),
			citation('4.1', 'DSIT and OpenAI will collaborate.', 0.7),
			citation('1.1', 'The MoU is binding.', 0.5),
			citation('4.2', 'an office in 2023.', 0.3),
		],
	};

	test('counts TP, FP and FN per rule, honouring allow and listing unmatched findings', () => {
		const score = scoreBriefing(briefing(), result);
		const kinds = score.outcomes.map((o) => `${o.kind}:${o.ruleId}:${o.line}${o.unmatched ? ':unmatched' : ''}`);
		assert.deepEqual(kinds, [
			'tp:overstated-commitment:3',
			'fp:overstated-commitment:3',
			'fp:understated-commitment:3',
			'fn:binding-status:4',
			'fp:misquote:1:unmatched',
		]);
		const m = aggregate([score]);
		assert.deepEqual(m.rules['overstated-commitment'], { tp: 1, fp: 1, fn: 0, precision: 0.5, recall: 1 });
		assert.deepEqual(m.rules['binding-status'], { tp: 0, fp: 0, fn: 1, precision: null, recall: 0 });
		assert.deepEqual(m.rules['misquote'], { tp: 0, fp: 1, fn: 0, precision: 0, recall: null });
		assert.equal(m.unmatchedFindings, 1);
	});

	test('sums the warning rules only, and rates false warnings on clean sentences', () => {
		const m = aggregate([scoreBriefing(briefing(), result)]);
		assert.equal(WARNING_RULES.includes('understated-commitment'), false);
		assert.deepEqual({ tp: m.warnings.tp, fp: m.warnings.fp, fn: m.warnings.fn }, { tp: 1, fp: 2, fn: 1 });
		assert.equal(m.warnings.recall, 0.5);
		// Clean sentences: Heading, "will collaborate", "OpenAI opened…"; only "will collaborate" is warned.
		assert.deepEqual(m.falseWarningRate, { hits: 1, total: 3, rate: 1 / 3 });
	});

	test('information findings alone do not count as false warnings', () => {
		const quiet: EvalResult = { findings: [result.findings[2]!], citations: [] };
		assert.deepEqual(aggregate([scoreBriefing(briefing(), quiet)]).falseWarningRate, { hits: 0, total: 3, rate: 0 });
	});

	test('scores citations by the best-scoring overlapping citation', () => {
		const score = scoreBriefing(briefing(), result);
		assert.deepEqual(score.citations.map((c) => [c.actual, c.correct]), [
			[null, true],
			['2.3', true],
			['4.1', true],
			['1.1', false],
			['4.2', false],
		]);
		const m = aggregate([score]);
		assert.deepEqual(m.citationAccuracy, { hits: 2, total: 3, rate: 2 / 3 });
		assert.deepEqual(m.citationPrecision, { hits: 1, total: 2, rate: 0.5 });
	});

	test('a label for a whole article or clause accepts a citation of its parts, never of a sibling', () => {
		assert.equal(citesWithin('5', '5'), true);
		assert.equal(citesWithin('5.2', '5'), true);
		assert.equal(citesWithin('1.1(a)', '1.1'), true);
		assert.equal(citesWithin('1.1-3', '1.1'), true);
		assert.equal(citesWithin('schedule-1.3', 'schedule-1'), true);
		// An annex's number in either notation, its letter in either case.
		assert.equal(citesWithin('annex-II.B.3', 'annex-2.B'), true);
		assert.equal(citesWithin('annex-IV.2(a)', 'annex-4.2'), true);
		assert.equal(citesWithin('annex-A.1', 'annex-a'), true);
		assert.equal(citesWithin('annex-II.1', 'annex-1'), false);
		assert.equal(citesWithin('annex-I.1', 'annex-2'), false);
		assert.equal(citesWithin('preamble.4', 'preamble'), true);
		// An attached text's paragraph ("Memorandum para. 4") in either notation; never the document's own paragraph 4.
		assert.equal(citesWithin('memorandum.4', 'memorandum-4'), true);
		assert.equal(citesWithin('memorandum.5(a)', 'memorandum-5'), true);
		assert.equal(citesWithin('4', 'memorandum-4'), false);
		assert.equal(citesWithin('memorandum.4', '4'), false);
		assert.equal(citesWithin('50.1', '5'), false);
		assert.equal(citesWithin('1.12', '1.1'), false);
		assert.equal(citesWithin('5', '5.2'), false);
		// A lettered annex's paragraph as the source numbers it ("A.2" for `annex-A.2`); never a numbered schedule's.
		assert.equal(citesWithin('annex-A.2', 'A.2'), true);
		assert.equal(citesWithin('annex-A.2-2', 'A'), true);
		assert.equal(citesWithin('annex-A.2', 'A.3'), false);
		assert.equal(citesWithin('schedule-1.2', '1.2'), false);
		// An unnumbered annex's paragraph "A2" (the engine's `annex.A.2`) in either notation.
		assert.equal(citesWithin('annex.A.2', 'annex-A2'), true);
		assert.equal(citesWithin('annex.A.2', 'annex-A3'), false);
		// A schedule whose parts number on ("Part A" 1–10, "Part B" 11–15): its paragraph without the part's letter.
		assert.equal(citesWithin('schedule-3.A.9', 'schedule-3.9'), true);
		assert.equal(citesWithin('schedule-3.B.11', 'schedule-3'), true);
		assert.equal(citesWithin('schedule-3.A.9', 'schedule-3.1'), false);
		// "annex.2" for an annex's second section: its paragraphs, and the second paragraph of an annex without sections.
		assert.equal(citesWithin('annex-II.3', 'annex.2'), true);
		assert.equal(citesWithin('annex.2', 'annex.2'), true);
		assert.equal(citesWithin('annex-III.1', 'annex.2'), false);
		// A lettered part's paragraph written joined ("A2(e)", "schedule-2.A1").
		assert.equal(citesWithin('annex-A.2(e)', 'A2(e)'), true);
		assert.equal(citesWithin('schedule-2.A.1', 'schedule-2.A1'), true);
		assert.equal(citesWithin('schedule-2.A.12', 'schedule-2.A1'), false);
	});

	test('overlap treats spans as half-open and empty spans as points', () => {
		assert.equal(overlaps({ start: 0, end: 5 }, { start: 5, end: 9 }), false);
		assert.equal(overlaps({ start: 4, end: 6 }, { start: 5, end: 9 }), true);
		assert.equal(overlaps({ start: 5, end: 5 }, { start: 5, end: 9 }), true);
		assert.equal(overlaps({ start: 9, end: 9 }, { start: 5, end: 9 }), false);
	});

	test('passes the format and quiet understated severity to check, and reports per split', () => {
		const seen: unknown[] = [];
		const fake: CheckFn = (text, options) => {
			seen.push(options);
			return text === TEXT ? result : { findings: [], citations: [] };
		};
		const scores = evaluateBriefings([briefing()], fake);
		assert.deepEqual(seen, [{ format: 'markdown', severities: { 'understated-commitment': 'information' } }]);
		const lines = buildReport(scores, { split: 'all', verbose: true, json: false });
		const json = JSON.parse(lines[lines.length - 1]!) as Record<string, { warningRecall: number }>;
		assert.equal(json['dev']!.warningRecall, 0.5);
		assert.equal(json['overall']!.warningRecall, 0.5);
		assert.ok(lines.some((l) => l.startsWith('fake.md:4  [binding-status]')));
		assert.deepEqual(buildReport(scores, { split: 'dev', verbose: false, json: true }).length, 1);
	});
});

suite('evaluate: sentence classes and the sentence-level table', () => {
	test('infers a class when a label omits it, and refuses a class that contradicts the expectation', () => {
		const b = briefing();
		assert.deepEqual(b.sentences.map((s) => s.class), ['background', 'drift', 'faithful', 'drift', 'background']);
		assert.equal(b.source, 'mou');
		const faithfulButExpects = { ...LABELS, sentences: [{ anchor: 'Heading', expect: ['misquote'], clause: null, class: 'faithful' }] };
		assert.throws(() => briefing(faithfulButExpects), LabelError);
		const driftWithout = { ...LABELS, sentences: [{ anchor: 'Heading', expect: [], clause: null, class: 'drift' }] };
		assert.throws(() => briefing(driftWithout), LabelError);
		assert.throws(() => briefing({ ...LABELS, split: 'sometimes' }), LabelError);
		assert.equal(briefing({ ...LABELS, split: 'paris-heldout', source: 'paris' }).split, 'paris-heldout');
	});

	test('judges sentences whole: right-rule and any-warning recall, precision, background and faithful false warnings', () => {
		const result: EvalResult = {
			findings: [
				finding('misquote', 'OpenAI will run workshops.'),
				finding('unsupported-claim', 'DSIT and OpenAI will collaborate.'),
				finding('binding-status', 'The MoU is binding.'),
			],
			citations: [],
		};
		const s = aggregate([scoreBriefing(briefing(), result)]).sentenceLevel;
		assert.deepEqual(s.recallRightRule, { hits: 1, total: 2, rate: 0.5 });
		assert.deepEqual(s.recallAny, { hits: 2, total: 2, rate: 1 });
		assert.deepEqual(s.precision, { hits: 2, total: 3, rate: 2 / 3 });
		assert.deepEqual(s.faithfulFalseWarnings, { hits: 1, total: 1, rate: 1 });
		assert.deepEqual(s.backgroundFalseWarnings, { hits: 0, total: 2, rate: 0 });
	});
});

suite('evaluate: the labelled set', () => {
	const briefings = loadBriefings(join(__dirname, '..', 'eval', 'briefings'));
	const sentences = briefings.flatMap((b) => b.sentences.map((s) => ({ split: b.split, s })));
	const count = (rule: RuleId, split?: string): number =>
		sentences.filter(({ split: sp, s }) => s.expect.has(rule) && (split === undefined || sp === split)).length;

	test('every anchor resolves and both splits exist', () => {
		assert.ok(briefings.length >= 10);
		assert.ok(briefings.filter((b) => b.split === 'heldout').length >= 3);
	});

	test('meets the coverage the brief asks for', () => {
		const isDev = (split: string): boolean => split.endsWith('dev');
		const inSplits = (rule: RuleId, keep: (split: string) => boolean): number =>
			sentences.filter(({ split, s }) => s.expect.has(rule) && keep(split)).length;
		for (const rule of WARNING_RULES) {
			// The MoU's four original rules have a dozen positives; the two rules a second source needed, fewer.
			const least = rule === 'contradicted-detail' || rule === 'wrong-reference' ? 4 : 12;
			assert.ok(count(rule) >= least, `${rule}: ${count(rule)} positives`);
			assert.ok(inSplits(rule, isDev) > 0 && inSplits(rule, (s) => !isDev(s)) > 0, `${rule} in development and held-out splits`);
		}
		// Background is its own class, and most sentences of real writing are background.
		const background = briefings.flatMap((b) => b.sentences).filter((s) => s.class === 'background').length;
		assert.ok(background / sentences.length >= 0.5, `${background}/${sentences.length} background`);
		assert.ok(count('understated-commitment') >= 4);
		const clean = sentences.filter(({ s }) => s.expect.size === 0).length;
		assert.ok(clean / sentences.length >= 0.6, `${clean}/${sentences.length} clean`);
	});
});
