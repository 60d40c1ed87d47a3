import * as assert from 'node:assert/strict';

import { applyFix, check, loadSource } from '../../../src/engine';
import { checkMd, rulesIn } from '../helpers';

suite('misquote', () => {
	test('a changed word is flagged, named, and fixed with the exact words', () => {
		const text = 'The MoU says the partnership “may also include deploying AI in the public sector in line with the UK’s safety standards”.';
		const findings = checkMd(text).findings.filter((f) => f.ruleId === 'misquote');
		assert.equal(findings.length, 1);
		const [f] = findings;
		assert.match(f!.message, /`deploying` instead of `exploring how`/);
		assert.equal(f!.clause?.id, '2.3');
		const fixed = applyFix(text, f!.fixes[0]!);
		assert.match(fixed, /“may also include exploring how AI can be deployed in the public sector in line with the UK’s safety standards”/);
		assert.deepEqual(rulesIn(fixed, 'misquote'), []);
	});

	test('a dropped word is flagged', () => {
		const text = 'Section 2 states that OpenAI and DSIT “will collaborate to identify opportunities for how AI models can be deployed throughout government”.';
		const [f] = checkMd(text).findings.filter((x) => x.ruleId === 'misquote');
		assert.ok(f);
		assert.match(f.message, /`advanced` dropped/);
	});

	test('a verbatim start that drifts into invented words is flagged', () => {
		const text = 'The memorandum states that AI will "help civil servants work more efficiently and reduce the size of the workforce".';
		const [f] = checkMd(text).findings.filter((x) => x.ruleId === 'misquote');
		assert.ok(f);
		assert.match(f.message, /`reduce the size of the workforce` added/);
	});

	test('an added word is flagged', () => {
		const text = 'The memorandum is described as “voluntary, not legally binding, and entirely without prejudice to any binding agreements”.';
		assert.deepEqual(rulesIn(text, 'misquote'), ['misquote']);
	});

	const verbatim = [
		'The document states that it is “voluntary, not legally binding, and… does not prejudice against future procurement decisions”.',
		'The agreement adds: “This partnership will support the UK’s goal to build sovereign AI in the UK.”',
		'It “may also include exploring how AI can be deployed in the public sector”, the MoU says.',
		'The MoU says "OpenAI and DSIT will collaborate to identify opportunities for how advanced AI models can be deployed\nthroughout government".',
		'The MoU says [the partnership] “may also include exploring how AI can be deployed”.',
		'The text notes that “[t]his collaboration may include cross-departmental initiatives”.',
		'The MoU covers “the transformative potential of AI” first.',
		'‘Identify potential routes to deliver the infrastructure priorities’ is the wording used.',
		'The minister said: “AI will be fundamental in driving the change we need to see across the country.”',
		'Officials call it the ‘Humphrey’ suite.',
	];
	for (const text of verbatim) {
		test(`quiet: ${text.slice(0, 70)}`, () => {
			assert.deepEqual(rulesIn(text, 'misquote'), []);
		});
	}
});

suite('misquote: a short quotation placed by the words before it', () => {
	const TREATY = loadSource(['# Treaty', '', '## Preamble', '', 'Considering that sentenced persons should be given the opportunity to serve their sentences within their own society;', '', '## Article 1', '', '(1) Each Party shall aim at holding the increase in average temperature to well below 2°C above pre-industrial levels.'].join('\n'), 'treaty.md');
	const quotes = (text: string) => check(text, TREATY, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'misquote');

	test('\'serve their sentences "in their home society"\' is reported, the fix the source\'s words', () => {
		const text = 'The preamble says prisoners should serve their sentences "in their home society".';
		const found = quotes(text);
		assert.deepEqual(found.map((f) => f.actual), ['in their home society']);
		assert.equal(applyFix(text, found[0]!.fixes[0]!), 'The preamble says prisoners should serve their sentences "within their own society".');
	});

	test('the exact words, or a figure written another way, are quiet', () => {
		assert.deepEqual(quotes('The preamble says prisoners should serve their sentences "within their own society".'), []);
		assert.deepEqual(quotes('The aim is to hold the increase in average temperature to "well below 2C".'), []);
	});
});
