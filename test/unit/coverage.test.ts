import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

import { check, type Citation, type CoverageBriefing, coverageOf, type Finding, loadSource, RULE_IDS, RULE_COVERAGE, type RuleId, statusClausesOf } from '../../src/engine';
import { CITATION_THRESHOLD } from '../../src/engine/rules/rule';
import { MOU } from './helpers';

const PARIS = loadSource(fs.readFileSync(path.join(__dirname, '../eval/sources/paris-agreement.md'), 'utf8'), 'paris-agreement.md');
const SAMPLE = fs.readFileSync(path.join(__dirname, '../../examples/briefing.md'), 'utf8');

function briefing(text: string, source = MOU, name = 'briefing.md'): CoverageBriefing {
	return { name, text, ...check(text, source, { format: 'markdown' }) };
}

/** A source of `sections` sections of `per` clauses each ("Section 3: topic 3", "3.1 The Parties will review …"). */
export function manyClauses(sections: number, per: number): string {
	const lines: string[] = [];
	for (let s = 1; s <= sections; s++) {
		lines.push(`Section ${s}: topic ${s}`, '');
		for (let k = 1; k <= per; k++) {
			lines.push(`${s}.${k} The Parties will review item ${s}-${k} of the plan.`, '');
		}
	}
	return lines.join('\n');
}

/** A clause's pack status by id. */
function statusOf(coverage: ReturnType<typeof coverageOf>, id: string): string | undefined {
	return coverage.clauses.find((c) => c.clause.id === id)?.pack;
}

suite('clause coverage (engine)', () => {
	test('the sample briefing: each kind of use lands on its clause', () => {
		const coverage = coverageOf(MOU, [briefing(SAMPLE)]);
		// "It is a binding agreement" against the status clause; the misquoted words of §4.1.
		assert.equal(statusOf(coverage, 'status'), 'contradicted');
		assert.equal(statusOf(coverage, '4.1'), 'contradicted');
		// "OpenAI will deliver tailored AI skills workshops" where §2.3 says "may also include exploring".
		assert.equal(statusOf(coverage, '2.3'), 'overstated');
		// Close paraphrases of §2.1 and §3.1.
		assert.equal(statusOf(coverage, '2.1'), 'cited');
		assert.equal(statusOf(coverage, '3.1'), 'cited');
		// Section 1 is never mentioned.
		assert.equal(statusOf(coverage, '1.1'), 'not-mentioned');
		assert.equal(statusOf(coverage, '1.2'), 'not-mentioned');
		const { counts } = coverage;
		assert.equal(counts.contradicted + counts.overstated + counts.cited + counts['not-mentioned'], MOU.clauses.length);
		assert.deepEqual(coverage.statusClause.clauses.map((c) => c.id), ['status']);
		assert.equal(coverage.statusClause.pack, 'contradicted');
		assert.equal(coverage.briefings[0]!.statusClause, 'contradicted');
		// The Joint Steering Group is in no clause: listed as beyond the agreement, not pinned on one.
		assert.deepEqual(coverage.briefings[0]!.unattributed.map((f) => f.ruleId), ['unsupported-claim']);
	});

	test('a use records the sentence, the citation score and what was wrong', () => {
		const coverage = coverageOf(MOU, [briefing(SAMPLE)]);
		const uses = coverage.clauses.find((c) => c.clause.id === '2.3')!.uses;
		assert.equal(uses.length, 1);
		assert.match(SAMPLE.slice(uses[0]!.span.start, uses[0]!.span.end), /^OpenAI will deliver tailored AI skills workshops/);
		assert.ok(uses[0]!.score! >= CITATION_THRESHOLD);
		assert.deepEqual(uses[0]!.findings.map((f) => f.ruleId), ['overstated-commitment']);
	});

	test('sections group consecutive clauses and count them', () => {
		const coverage = coverageOf(MOU, [briefing(SAMPLE)]);
		assert.deepEqual(coverage.sections.map((s) => s.section || s.title), ['Introduction', '1', '2', '3', '4', 'Status']);
		const section1 = coverage.sections[1]!;
		assert.deepEqual(section1.counts, { contradicted: 0, overstated: 0, cited: 0, 'not-mentioned': 2 });
		const section2 = coverage.sections[2]!;
		assert.deepEqual(section2.counts, { contradicted: 0, overstated: 1, cited: 2, 'not-mentioned': 0 });
		assert.deepEqual(section2.briefingCounts, [section2.counts]);
	});

	test('a faithful briefing has no contradicted or overstated clause, and says nothing of what it does not cite', () => {
		const text = 'The MoU is voluntary and not legally binding.\n\nOpenAI and DSIT will collaborate to identify opportunities for how advanced AI models can be deployed throughout government.\n';
		const coverage = coverageOf(MOU, [briefing(text)]);
		assert.equal(coverage.counts.contradicted, 0);
		assert.equal(coverage.counts.overstated, 0);
		assert.equal(statusOf(coverage, 'status'), 'cited');
		assert.equal(statusOf(coverage, '2.1'), 'cited');
		assert.equal(statusOf(coverage, '4.2'), 'not-mentioned');
		assert.equal(coverage.counts.cited, 2);
	});

	test('no briefing, an empty one and one about something else: every clause is not mentioned', () => {
		for (const inputs of [[], [briefing('')], [briefing('The weather in Leeds was mild on Tuesday.')]]) {
			const coverage = coverageOf(MOU, inputs);
			assert.equal(coverage.counts['not-mentioned'], MOU.clauses.length);
			assert.ok(coverage.clauses.every((c) => c.uses.length === 0 && c.statuses.length === inputs.length));
		}
		assert.equal(coverageOf(MOU, [briefing('  \n')]).briefings[0]!.isEmpty, true);
		assert.equal(coverageOf(MOU, [briefing('Text.')]).briefings[0]!.isEmpty, false);
		assert.equal(coverageOf(MOU, []).statusClause.pack, 'not-mentioned');
	});

	test('a pack: a clause takes the worst status of its briefings, each briefing keeps its own', () => {
		const faithful = briefing('The MoU is voluntary and not legally binding.', MOU, 'a.md');
		const wrong = briefing('The MoU is a legally binding contract.', MOU, 'b.md');
		const silent = briefing('Nothing here.', MOU, 'c.md');
		const coverage = coverageOf(MOU, [faithful, wrong, silent]);
		const status = coverage.clauses.find((c) => c.clause.id === 'status')!;
		assert.deepEqual(status.statuses, ['cited', 'contradicted', 'not-mentioned']);
		assert.equal(status.pack, 'contradicted');
		assert.deepEqual(status.uses.map((u) => u.briefing), [0, 1]);
		assert.deepEqual(coverage.briefings.map((b) => b.statusClause), ['cited', 'contradicted', 'not-mentioned']);
	});

	test('the rule mapping: every rule has a status, and a use takes the worst of its findings', () => {
		assert.deepEqual(Object.keys(RULE_COVERAGE).sort(), [...RULE_IDS].sort());
		const clause = MOU.clauses.find((c) => c.id === '2.1')!;
		const text = 'One sentence about clause 2.1 here.';
		const sentence = { start: 0, end: text.length };
		const citation: Citation = { span: sentence, clause: { id: '2.1', text: clause.text }, label: 'MoU §2.1', sourceSentence: clause.sentences[0]!, score: 0.5 };
		const finding = (ruleId: RuleId, clauseId?: string): Finding => ({
			ruleId, severity: 'warning', message: ruleId, span: sentence, actual: text, fixes: [], sentence,
			clause: clauseId ? { id: clauseId, text: '' } : undefined,
		});
		const statusWith = (...findings: Finding[]) => coverageOf(MOU, [{ name: 'x', text, citations: [citation], findings }]).clauses.find((c) => c.clause.id === '2.1')!.pack;
		assert.equal(statusWith(), 'cited');
		assert.equal(statusWith(finding('understated-commitment', '2.1')), 'cited');
		assert.equal(statusWith(finding('overstated-commitment', '2.1')), 'overstated');
		assert.equal(statusWith(finding('unsupported-claim', '2.1')), 'overstated');
		assert.equal(statusWith(finding('misquote', '2.1')), 'contradicted');
		assert.equal(statusWith(finding('wrong-reference', '2.1')), 'contradicted');
		assert.equal(statusWith(finding('contradicted-detail', '2.1'), finding('overstated-commitment', '2.1')), 'contradicted');
		// A finding against another clause leaves this one cited; one that names no clause, or one unknown, is unattributed.
		assert.equal(statusWith(finding('overstated-commitment', '2.2')), 'cited');
		const loose = coverageOf(MOU, [{ name: 'x', text, citations: [], findings: [finding('unsupported-claim'), finding('wrong-reference', '9.9')] }]);
		assert.equal(loose.briefings[0]!.unattributed.length, 2);
		assert.equal(loose.counts['not-mentioned'], MOU.clauses.length);
	});

	test('Paris Agreement: a wrong interval is contradicted, an obligation read into an aim is stated more strongly', () => {
		const text = [
			'Each Party shall communicate a nationally determined contribution every ten years.',
			'Article 4.1 obliges the Parties to reach global peaking of greenhouse gas emissions as soon as possible.',
			'This Agreement shall enter into force on the thirtieth day after the date on which at least 55 Parties have deposited their instruments.',
		].join('\n\n');
		const coverage = coverageOf(PARIS, [briefing(text, PARIS, 'paris.md')]);
		assert.equal(statusOf(coverage, '4.9'), 'contradicted');
		assert.equal(statusOf(coverage, '4.1'), 'overstated');
		assert.equal(statusOf(coverage, '21.1'), 'cited');
		assert.equal(statusOf(coverage, '4.2'), 'not-mentioned');
		// A treaty has no status section: the clauses that say it enters into force state its status.
		assert.deepEqual(coverage.statusClause.clauses.map((c) => c.id), ['21.1', '21.3']);
		assert.equal(coverage.statusClause.pack, 'cited');
		assert.equal(coverage.clauses.length, PARIS.clauses.length);
		assert.equal(coverage.sections[0]!.title, 'Preamble');
		assert.ok(coverage.sections.some((s) => s.section === '4'));
	});

	test('status clauses: none for a source that does not state its status', () => {
		const source = loadSource('1. The Parties will share data.\n2. The Parties will meet.\n', 'plain.md');
		assert.equal(source.status, 'unstated');
		assert.deepEqual(statusClausesOf(source), []);
		const coverage = coverageOf(source, [briefing('The Parties will share data.', source)]);
		assert.equal(coverage.statusClause.pack, undefined);
		assert.equal(coverage.briefings[0]!.statusClause, undefined);
	});

	test('a one-clause source and a 5,000-clause source', () => {
		const one = loadSource('The Parties will share data.\n', 'one.md');
		assert.equal(one.clauses.length, 1);
		const small = coverageOf(one, [briefing('The Parties will share data with each other.', one)]);
		assert.equal(small.sections.length, 1);
		assert.equal(small.counts.cited, 1);
		const big = loadSource(manyClauses(500, 10), 'big.md');
		assert.equal(big.clauses.length, 5000);
		const coverage = coverageOf(big, [briefing('The Parties will review item 5-2 of the plan.', big)]);
		assert.equal(coverage.clauses.length, 5000);
		assert.equal(coverage.counts['not-mentioned'] + coverage.counts.cited, 5000);
		assert.equal(coverage.sections.length, 500);
		assert.ok(coverage.counts.cited >= 1);
	});
});
