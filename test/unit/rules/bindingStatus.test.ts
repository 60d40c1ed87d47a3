import * as assert from 'node:assert/strict';

import { applyFix } from '../../../src/engine';
import { checkMd, rulesIn } from '../helpers';

suite('binding-status', () => {
	const positives = [
		'The MoU is a legally binding agreement between the UK and OpenAI.',
		'The agreement is binding on both parties.',
		'The memorandum is enforceable against OpenAI.',
		'The MoU requires OpenAI to share its models with the AI Security Institute.',
		'This treaty with OpenAI sets out four areas of work.',
		'The partnership places legal obligations on DSIT.',
		'Under the MoU, OpenAI must give the AI Security Institute access to its models before release.',
		'Under the memorandum, departments are obliged to pilot OpenAI tools.',
	];
	for (const text of positives) {
		test(`flags: ${text}`, () => {
			const findings = checkMd(text).findings.filter((f) => f.ruleId === 'binding-status');
			assert.equal(findings.length, 1, JSON.stringify(checkMd(text).findings.map((f) => f.message)));
			assert.equal(findings[0]!.clause?.id, 'status');
		});
	}

	const negatives = [
		'The MoU is voluntary and not legally binding.',
		'The public and media perceive the MoU as a contract that locks government into OpenAI.',
		'This memorandum is not a contract, and it guarantees nobody a contract.',
		'It is a non-binding memorandum of understanding.',
		'The memorandum is without prejudice to any binding agreements.',
		'Is the MoU legally binding?',
		'The MoU is not a contract and does not oblige either party to act.',
		'Future procurement contracts will follow the usual rules.',
		'OpenAI and DSIT will work together to deal with security risks.',
		'The MoU does not require OpenAI to do anything.',
		'Departments must follow the usual procurement rules.',
		'Some coverage has described the MoU as a binding contract, which it is not.',
		'Do not describe the MoU as a "deal" or a "contract".',
		// Bare "deal", "pact", "tie-up" are how the press names an MoU, not a claim that it binds anyone (issue 9).
		'Ministers signed a deal with OpenAI in July.',
		'The deal was announced at a launch event in Westminster.',
		'The pact was signed by Peter Kyle and Sam Altman.',
		'The tie-up is the latest in a string of deals between the government and AI companies.',
	];
	for (const text of negatives) {
		test(`quiet: ${text}`, () => {
			assert.deepEqual(rulesIn(text, 'binding-status'), []);
		});
	}

	test('the fix says what the MoU says', () => {
		const text = 'The MoU is legally binding.';
		const [f] = checkMd(text).findings.filter((x) => x.ruleId === 'binding-status');
		assert.ok(f);
		assert.equal(applyFix(text, f.fixes[0]!), 'The MoU is not legally binding.');
		assert.match(f.message, /voluntary, not legally binding/);
	});
});
