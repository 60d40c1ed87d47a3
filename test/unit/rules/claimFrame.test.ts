// Real writing about an agreement is mostly background: a rule judges a sentence against the source only when the
// sentence presents what it says as the agreement's content. Examples from issue 9, in our own words.
import * as assert from 'node:assert/strict';

import { checkMd, rulesIn } from '../helpers';

suite('claim frame: background stays quiet', () => {
	const background = [
		'The deal was announced at a launch event in Westminster.',
		'OpenAI plans to open a second office in Manchester.',
		'OpenAI will open a research lab in Edinburgh.',
		"Kyle called it 'a landmark for British AI'.",
		'Kyle said the partnership would bring thousands of jobs to the North East.',
		'The pact was signed by Peter Kyle and Sam Altman.',
		'Separately, OpenAI said it will hire 200 engineers in London next year.',
		'Critics argue the deal will hand OpenAI access to NHS patient records.',
		'The Anthropic deal, signed in February, includes a £10 million fund.',
	];
	for (const text of background) {
		test(`quiet: ${text}`, () => {
			assert.deepEqual(checkMd(text).findings.filter((f) => f.severity === 'warning').map((f) => f.message), []);
		});
	}
});

suite('claim frame: content presented as the agreement’s', () => {
	const unsupported: [string, string][] = [
		['The memorandum could give OpenAI access to NHS patient records.', 'NHS patient records'],
		['The MoU targets justice, defence, welfare and education.', 'welfare'],
		['The MoU targets justice, defence, and welfare.', 'welfare'],
		['As part of the MoU, OpenAI will open a research lab in Edinburgh.', 'lab'],
		['Under the agreement, OpenAI will build a data centre in the North East.', 'North East'],
		// A list that echoes a clause's list describes that clause even without naming the agreement.
		['Cross-departmental pilots are planned in justice, defence and security, education technology and welfare.', 'welfare'],
		['The second part covers adoption, with possible work in justice, policing, defence and security, and education technology.', 'policing'],
		['The MoU names justice alongside welfare, defence and education.', 'welfare'],
	];
	for (const [text, named] of unsupported) {
		test(`unsupported, naming ${named}: ${text}`, () => {
			const findings = checkMd(text).findings.filter((f) => f.ruleId === 'unsupported-claim');
			assert.equal(findings.length, 1, JSON.stringify(checkMd(text).findings.map((f) => f.message)));
			assert.match(findings[0]!.message, new RegExp(named));
		});
	}

	test('a lead-in that denies ("None of the following is in the MoU itself:") does not make its bullets the agreement\'s content', () => {
		const text = ['None of this appears in the MoU, but it all comes from commitments made under it:', '', '- justice', '- defence and security', '- welfare', ''].join('\n');
		assert.deepEqual(checkMd(text).findings.filter((f) => f.severity === 'warning').map((f) => f.ruleId), []);
		const asserted = ['The MoU itself covers the following:', '', '- justice', '- defence and security', '- welfare', ''].join('\n');
		assert.deepEqual(checkMd(asserted).findings.filter((f) => f.severity === 'warning').map((f) => f.ruleId), ['unsupported-claim']);
	});

	test('a list lead-in makes each bullet a claim about the agreement; an invented use is flagged', () => {
		const text = ['The MoU covers these areas:', '', '- justice', '- defence and security', '- welfare', ''].join('\n');
		const findings = checkMd(text).findings.filter((f) => f.ruleId === 'unsupported-claim');
		assert.deepEqual(findings.map((f) => text.slice(f.span.start, f.span.end)), ['welfare']);
	});

	test('a list that shares one item with a clause, or a list of clauses, is not an echo of it', () => {
		assert.deepEqual(rulesIn('Our regional teams work on justice, housing, welfare and transport.', 'unsupported-claim'), []);
		assert.deepEqual(rulesIn('Departments hope the pilots are evaluated in public and reported quickly, so plan papers early.', 'unsupported-claim'), []);
	});

	test('the same bullets without a lead-in about the agreement are background', () => {
		const text = ['Our team works on:', '', '- justice', '- defence and security', '- welfare', ''].join('\n');
		assert.deepEqual(rulesIn(text, 'unsupported-claim'), []);
	});

	test('"It also covers …" after a sentence about the agreement refers to it', () => {
		const text = 'The MoU sets out four areas of work. It also covers justice, defence, welfare and education.';
		assert.deepEqual(rulesIn(text, 'unsupported-claim'), ['unsupported-claim']);
	});

	test('a faithful list and a faithful hedged sentence stay quiet', () => {
		assert.deepEqual(rulesIn('The MoU mentions justice, defence and security, and education technology.'), []);
		assert.deepEqual(rulesIn('The memorandum may include exploring how AI can be deployed in the public sector.'), []);
	});
});
