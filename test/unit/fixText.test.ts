// Every kind of fix, applied to realistic sentences against two sources (the UK–OpenAI MoU and the Paris Agreement):
// the title says exactly what the edit does, and the whole edited sentence is the grammatical English expected.
// Then the exact quote a fix inserts is never itself flagged (quoted source words with their citation are supported).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

import { applyFix, check, loadSource, type RuleId, type SourceModel } from '../../src/engine';
import { MOU } from './helpers';

const PARIS = loadSource(fs.readFileSync(path.join(__dirname, '../eval/sources/paris-agreement.md'), 'utf8'), 'paris-agreement.md');
const STATUS = '“This memorandum is voluntary, not legally binding, and without prejudice to any binding agreements.” (MoU status)';

interface Case {
	readonly source: SourceModel;
	readonly rule: RuleId;
	readonly text: string;
	readonly title: string;
	readonly fixed: string;
}

const mou = (rule: RuleId, text: string, title: string, fixed: string): Case => ({ source: MOU, rule, text, title, fixed });
const paris = (rule: RuleId, text: string, title: string, fixed: string): Case => ({ source: PARIS, rule, text, title, fixed });

const CASES: readonly Case[] = [
	// binding-status: the replacement fits where the words stand (after "is", before a noun, after "a"/"an").
	mou('binding-status', 'The MoU is a legally binding contract.', "Replace 'legally binding' with 'non-binding'", 'The MoU is a non-binding contract.'),
	mou('binding-status', 'The MoU is legally binding on both parties.', "Replace 'legally binding' with 'not legally binding'", 'The MoU is not legally binding on both parties.'),
	mou('binding-status', 'The MoU is legally enforceable.', "Replace 'legally enforceable' with 'not legally enforceable'", 'The MoU is not legally enforceable.'),
	mou('binding-status', 'The MoU is an enforceable contract.', "Replace 'enforceable' with 'unenforceable'", 'The MoU is an unenforceable contract.'),
	mou('binding-status', 'It is a binding agreement between the two parties.', "Replace 'binding' with 'non-binding'", 'It is a non-binding agreement between the two parties.'),
	mou('binding-status', 'The MoU imposes a duty to share data on OpenAI.', "Replace 'a duty to' with 'an intention to'", 'The MoU imposes an intention to share data on OpenAI.'),
	mou('binding-status', 'The MoU requires OpenAI to build data centres in the UK.', "Replace 'requires' with 'records an intention for'", 'The MoU records an intention for OpenAI to build data centres in the UK.'),
	mou('binding-status', 'The MoU mandates that OpenAI share its research with DSIT.', "Replace 'mandates' with 'records an intention'", 'The MoU records an intention that OpenAI share its research with DSIT.'),
	mou('binding-status', 'The MoU obliges OpenAI to share data with government.', "Replace 'obliges' with 'records an intention for'", 'The MoU records an intention for OpenAI to share data with government.'),
	mou('binding-status', 'Under the MoU, OpenAI must share its models with the AI Security Institute.', "Replace 'must' with 'is expected to'", 'Under the MoU, OpenAI is expected to share its models with the AI Security Institute.'),
	mou('binding-status', 'Under the MoU, departments must adopt OpenAI models.', "Replace 'must' with 'are expected to'", 'Under the MoU, departments are expected to adopt OpenAI models.'),
	mou('binding-status', 'The MoU creates legal obligations for both parties.', "Replace 'legal obligations' with 'voluntary commitments'", 'The MoU creates voluntary commitments for both parties.'),
	mou('binding-status', 'The MoU is legally binding.', "Insert the exact quote of the MoU's status clause", `The MoU is legally binding. ${STATUS}`),
	mou('binding-status', '- The MoU is legally binding', "Insert the exact quote of the MoU's status clause", `- The MoU is legally binding. ${STATUS}`),
	// overstated-commitment: the cue replaced as the title says; the words the clause has are in the message, not the title.
	mou('overstated-commitment', 'OpenAI will deliver tailored AI skills workshops for civil servants.', "Replace 'will deliver' with 'may deliver'", 'OpenAI may deliver tailored AI skills workshops for civil servants.'),
	mou('overstated-commitment', 'OpenAI will build AI Growth Zones in the UK.', "Replace 'will' with 'may'", 'OpenAI may build AI Growth Zones in the UK.'),
	mou(
		'overstated-commitment',
		'OpenAI will build AI Growth Zones in the UK.',
		'Insert the exact quote of §3.2',
		'OpenAI will build AI Growth Zones in the UK. “This may include exploring OpenAI’s participation in AI Growth Zones, and other collaborative efforts to strengthen the UK’s capabilities in training, evaluating, and deploying next-generation models.” (MoU §3.2)',
	),
	mou('overstated-commitment', "The MoU's cross-departmental initiatives cover only justice and defence.", "Remove 'only'", "The MoU's cross-departmental initiatives cover justice and defence."),
	mou('overstated-commitment', 'Under the MoU, the collaboration covers justice and defence only.', "Remove 'only'", 'Under the MoU, the collaboration covers justice and defence.'),
	paris(
		'overstated-commitment',
		'Parties will take action to conserve and enhance sinks and reservoirs of greenhouse gases, including forests.',
		'Insert the exact quote of Art. 5.1',
		'Parties will take action to conserve and enhance sinks and reservoirs of greenhouse gases, including forests. “Parties should take action to conserve and enhance, as appropriate, sinks and reservoirs of greenhouse gases as referred to in Article 4, paragraph 1(d), of the Convention, including forests.” (Paris Agreement Art. 5.1)',
	),
	// understated-commitment
	mou('understated-commitment', 'OpenAI might work with DSIT to identify potential routes to deliver the infrastructure priorities.', "Replace 'might' with 'will'", 'OpenAI will work with DSIT to identify potential routes to deliver the infrastructure priorities.'),
	paris('understated-commitment', 'Developed country Parties may provide financial resources to assist developing country Parties.', "Replace 'may' with 'shall'", 'Developed country Parties shall provide financial resources to assist developing country Parties.'),
	// unsupported-claim: the quote follows the sentence, which gets its full stop if it had none.
	mou(
		'unsupported-claim',
		'The MoU requires OpenAI to build data centres in the UK.',
		'Insert the exact quote of §3.1',
		'The MoU requires OpenAI to build data centres in the UK. “OpenAI will work with DSIT to identify potential routes to deliver the infrastructure priorities laid out in the AI Opportunities Action Plan, recognising the importance of UK sovereign capability in achieving the economic benefits of AI.” (MoU §3.1)',
	),
	mou(
		'unsupported-claim',
		'- The MoU requires OpenAI to build data centres in the UK',
		'Insert the exact quote of §3.1',
		'- The MoU requires OpenAI to build data centres in the UK. “OpenAI will work with DSIT to identify potential routes to deliver the infrastructure priorities laid out in the AI Opportunities Action Plan, recognising the importance of UK sovereign capability in achieving the economic benefits of AI.” (MoU §3.1)',
	),
	// misquote: only the words that differ change, and the title names them.
	mou('misquote', 'The MoU says "OpenAI and DSIT will collaborate to find opportunities".', "Replace 'find' with 'identify' (the exact words of MoU §2.1)", 'The MoU says "OpenAI and DSIT will collaborate to identify opportunities".'),
	mou('misquote', 'The MoU says the partnership "may include exploring how AI can be deployed in the public sector".', "Insert 'also' (the exact words of MoU §2.3)", 'The MoU says the partnership "may also include exploring how AI can be deployed in the public sector".'),
	paris(
		'misquote',
		'Article 4.4 says developed country Parties "shall continue taking the lead by undertaking economy-wide absolute emission reduction targets".',
		"Remove 'shall' (the exact words of Paris Agreement Art. 4.4)",
		'Article 4.4 says developed country Parties "continue taking the lead by undertaking economy-wide absolute emission reduction targets".',
	),
	// contradicted-detail and wrong-reference
	paris('contradicted-detail', 'Each Party must communicate a nationally determined contribution every ten years.', "Replace 'ten years' with 'five years' (the figure in Paris Agreement Art. 4.9)", 'Each Party must communicate a nationally determined contribution every five years.'),
	mou('wrong-reference', 'Section 5 of the MoU commits OpenAI to fund research.', "Replace 'Section 5' with 'Section 4.2' (cites MoU §4.2)", 'Section 4.2 of the MoU commits OpenAI to fund research.'),
	paris(
		'wrong-reference',
		'Under Article 9.1, Parties hereby establish the global goal on adaptation of enhancing adaptive capacity, strengthening resilience and reducing vulnerability to climate change.',
		"Replace 'Article 9.1' with 'Article 7.1' (cites Paris Agreement Art. 7.1)",
		'Under Article 7.1, Parties hereby establish the global goal on adaptation of enhancing adaptive capacity, strengthening resilience and reducing vulnerability to climate change.',
	),
];

/** The fixes of `rule`'s findings in a text, by title. */
function fixesOf(c: Case) {
	const findings = check(c.text, c.source, { format: 'markdown', severities: { 'understated-commitment': 'information' } }).findings;
	return findings.filter((f) => f.ruleId === c.rule).flatMap((f) => f.fixes);
}

suite('fix text: titles say what the edit does, and the edited sentence reads as English', () => {
	for (const c of CASES) {
		test(`${c.rule}: ${c.title} — ${c.text}`, () => {
			const fixes = fixesOf(c);
			const fix = fixes.find((f) => f.title === c.title);
			assert.ok(fix, `offered: ${JSON.stringify(fixes.map((f) => f.title))}`);
			assert.equal(applyFix(c.text, fix), c.fixed);
		});
	}

	test('every rule that offers fixes is covered on both sources', () => {
		const covered = new Set(CASES.map((c) => `${c.source === MOU ? 'mou' : 'paris'}:${c.rule}`));
		for (const rule of ['binding-status', 'overstated-commitment', 'understated-commitment', 'unsupported-claim', 'misquote', 'wrong-reference']) {
			assert.ok(covered.has(`mou:${rule}`), `a MoU case for ${rule}`);
		}
		for (const rule of ['overstated-commitment', 'understated-commitment', 'misquote', 'contradicted-detail', 'wrong-reference']) {
			assert.ok(covered.has(`paris:${rule}`), `a Paris Agreement case for ${rule}`);
		}
	});
});

suite('an inserted exact quote is supported by definition', () => {
	const inserting = CASES.filter((c) => c.title.startsWith('Insert the exact quote'));

	for (const c of inserting) {
		test(`no finding covers the quote inserted by "${c.title}" — ${c.text}`, () => {
			const fix = fixesOf(c).find((f) => f.title === c.title)!;
			const fixed = applyFix(c.text, fix);
			const quote = { start: fixed.indexOf('“'), end: fixed.length };
			const over = check(fixed, c.source, { format: 'markdown' }).findings.filter((f) => f.span.start < quote.end && quote.start < f.span.end);
			assert.deepEqual(over.map((f) => `${f.ruleId}: ${fixed.slice(f.span.start, f.span.end)}`), []);
		});
	}

	test('a claim that runs on into a quote of the source is flagged up to the quote, not over it', () => {
		const quote = '“OpenAI will work with DSIT to identify potential routes to deliver the infrastructure priorities laid out in the AI Opportunities Action Plan, recognising the importance of UK sovereign capability in achieving the economic benefits of AI.” (MoU §3.1)';
		// A research campus: "data centres" are the MoU's own "infrastructure" (its profile folds them).
		const text = `The MoU requires OpenAI to build a research campus in the UK ${quote}`;
		const unsupported = check(text, MOU, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'unsupported-claim');
		assert.deepEqual(unsupported.map((f) => [f.actual, text.slice(f.span.start, f.span.end)]), [
			['The MoU requires OpenAI to build a research campus in the UK', 'The MoU requires OpenAI to build a research campus in the UK'],
		]);
	});

	test('a misquote is still flagged: only the source’s exact words are supported', () => {
		const text = 'OpenAI will build AI Growth Zones. “This may include exploring OpenAI’s leadership of AI Growth Zones.” (MoU §3.2)';
		assert.ok(check(text, MOU, { format: 'markdown' }).findings.some((f) => f.ruleId === 'misquote'));
	});
});
