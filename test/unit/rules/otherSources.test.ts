// Rules against a second source, the Paris Agreement (a binding treaty with graded commitments): nothing here
// depends on the UK–OpenAI MoU.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

import { applyFix, check, loadSource } from '../../../src/engine';

const PARIS = loadSource(fs.readFileSync(path.join(__dirname, '../../eval/sources/paris-agreement.md'), 'utf8'), 'paris-agreement.md');
const findings = (text: string) => check(text, PARIS, { format: 'markdown' }).findings;
const rules = (text: string) => findings(text).filter((f) => f.severity === 'warning').map((f) => f.ruleId);

suite('contradicted-detail (Paris Agreement)', () => {
	test('a wrong interval is flagged with the source figure as the fix', () => {
		const text = 'Each Party shall communicate a nationally determined contribution every ten years.';
		const [f] = findings(text).filter((x) => x.ruleId === 'contradicted-detail');
		assert.ok(f, JSON.stringify(findings(text).map((x) => x.message)));
		assert.equal(f.clause?.id, '4.9');
		assert.equal(applyFix(text, f.fixes[0]!), 'Each Party shall communicate a nationally determined contribution every five years.');
	});

	test('the right figure, and a figure the source states elsewhere, are quiet', () => {
		assert.deepEqual(rules('Each Party shall communicate a nationally determined contribution every five years.'), []);
		assert.deepEqual(rules('Temperatures rose by two degrees in some regions last year.'), []);
	});
});

suite('wrong-reference (Paris Agreement)', () => {
	test('an article that does not exist is flagged', () => {
		assert.ok(rules('Under Article 4.42, each Party shall communicate a nationally determined contribution every five years.').includes('wrong-reference'));
	});

	test('a reference whose words are another article’s is flagged, with the right article as the fix', () => {
		const text = 'Under Article 9.1, Parties hereby establish the global goal on adaptation of enhancing adaptive capacity, strengthening resilience and reducing vulnerability to climate change.';
		const [f] = findings(text).filter((x) => x.ruleId === 'wrong-reference');
		assert.ok(f, JSON.stringify(findings(text).map((x) => x.message)));
		assert.equal(f.clause?.id, '7.1');
		assert.match(applyFix(text, f.fixes[0]!), /^Under Article 7\.1,/);
	});

	test('the right reference is quiet', () => {
		assert.deepEqual(rules('Under Article 7.1, Parties hereby establish the global goal on adaptation of enhancing adaptive capacity, strengthening resilience and reducing vulnerability to climate change.'), []);
	});
});

suite('graded commitments of a treaty', () => {
	test('"should" reported as "must" overstates; "shall" reported as "must" does not', () => {
		assert.ok(rules('Developed country Parties must undertake economy-wide absolute emission reduction targets.').includes('overstated-commitment'));
		assert.deepEqual(rules('Each Party must prepare, communicate and maintain successive nationally determined contributions.'), []);
	});

	test('calling a binding treaty binding is not a status error', () => {
		assert.deepEqual(rules('The Paris Agreement is a legally binding treaty.'), []);
	});
});
