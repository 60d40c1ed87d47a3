import * as assert from 'node:assert/strict';

import { check } from '../../../src/engine';
import { checkMd, MOU, rulesIn } from '../helpers';

suite('understated-commitment', () => {
	test('a hedge on a "will" clause is reported at information severity', () => {
		const text = 'OpenAI might work with DSIT to identify opportunities for AI across government.';
		const findings = checkMd(text).findings.filter((f) => f.ruleId === 'understated-commitment');
		assert.equal(findings.length, 1);
		assert.equal(findings[0]!.severity, 'information');
		assert.equal(findings[0]!.clause?.id, '2.1');
	});

	test('quiet when the clause itself hedges', () => {
		assert.deepEqual(rulesIn('The partnership may include exploring how AI can be deployed in the public sector.', 'understated-commitment'), []);
	});

	test('quiet when the wording matches', () => {
		assert.deepEqual(rulesIn('OpenAI and DSIT will collaborate to identify opportunities for AI across government.', 'understated-commitment'), []);
	});

	test('can be switched off', () => {
		const text = 'OpenAI might work with DSIT to identify opportunities for AI across government.';
		const result = check(text, MOU, { severities: { 'understated-commitment': 'off' } });
		assert.deepEqual(result.findings.map((f) => f.ruleId), []);
	});
});
