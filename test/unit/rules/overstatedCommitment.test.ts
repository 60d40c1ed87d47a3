import * as assert from 'node:assert/strict';

import * as fs from 'node:fs';
import * as path from 'node:path';

import { applyFix, check, loadSource } from '../../../src/engine';
import { checkMd, MOU, rulesIn } from '../helpers';

suite('overstated-commitment', () => {
	const positives: [string, string][] = [
		['The partnership will explore where it can deploy AI in justice.', '2.2'],
		['OpenAI has agreed to run skills workshops for civil servants.', '2.3'],
		['OpenAI and DSIT will deploy advanced AI models throughout government and the private sector.', '2.1'],
		['Under the MoU, OpenAI will participate in AI Growth Zones.', '3.2'],
		['The UK has committed to collaborating with OpenAI to identify opportunities for AI in government.', '2.1'],
		['OpenAI will develop state-of-the-art, AI-enabled R&D infrastructure in the UK.', '3.2'],
		['The MoU commits OpenAI to expanding its partnership with the UK AI Security Institute.', '4.2'],
		['OpenAI has signed up to putting its models to work in the courts, the armed forces and schools.', '2.2'],
		['OpenAI has been promised a place in the UK’s AI Growth Zones.', '3.2'],
		['The MoU says that OpenAI will deploy AI in justice and defence.', '2.2'],
		['OpenAI is now providing its models to departments across government under the memorandum.', '2.1'],
		['The MoU promises tailored AI skills workshops for civil servants.', '2.3'],
		['OpenAI is now participating in the AI Growth Zones programme.', '3.2'],
		// "includes" drops the clause's "may": a plain statement of content, in the nominal form.
		['The plan includes expanding the partnership with the AI Security Institute.', '4.2'],
	];
	for (const [sentence, clause] of positives) {
		test(`flags: ${sentence}`, () => {
			const findings = checkMd(sentence).findings.filter((f) => f.ruleId === 'overstated-commitment');
			assert.equal(findings.length, 1, JSON.stringify(checkMd(sentence).findings.map((f) => f.message)));
			assert.equal(findings[0]!.clause?.id, clause);
		});
	}

	const negatives = [
		'The MoU includes four sections and a closing paragraph on its status.',
		'OpenAI and DSIT will collaborate to identify opportunities for how advanced AI models can be deployed throughout government.',
		'The partnership could explore how AI might be used in the justice system.',
		'The partnership is expected to explore how AI can be deployed in the public sector.',
		'The collaboration may include cross-departmental initiatives in areas such as justice and defence.',
		'OpenAI will work with DSIT to identify potential routes to deliver the infrastructure priorities in the AI Opportunities Action Plan.',
		'OpenAI and the UK government will collaborate to improve understanding of capabilities and security risks.',
		'AI will be a powerful tool to drive productivity, according to the MoU.',
		'The MoU says the partnership “may also include exploring how AI can be deployed in the public sector”.',
		'Will OpenAI deploy its models in the justice system?',
		'OpenAI will not deploy models in defence under this MoU.',
		'Expect questions on whether OpenAI is guaranteed a role in AI Growth Zones.',
		'Her office has told officials she is concerned that the MoU gives OpenAI a role in AI Growth Zones.',
		'Reports that OpenAI will build a data centre in an AI Growth Zone are not supported by the memorandum.',
		'Officials will draft a note on AI Growth Zone options for the next meeting.',
		'On security, the Committee will know that the AI Security Institute already works with frontier developers.',
		'The MoU promises nothing about funding or workshops.',
		'Departments keep asking when OpenAI will deliver the tailored AI skills workshops.',
		'Local firms are participating in the consultation on AI Growth Zones.',
		'The partnership may include exploring OpenAI’s participation in AI Growth Zones.',
	];
	for (const sentence of negatives) {
		test(`quiet: ${sentence}`, () => {
			assert.deepEqual(rulesIn(sentence, 'overstated-commitment'), []);
		});
	}

	test('the message names both wordings and the first fix uses the clause’s modal verb', () => {
		const text = 'OpenAI has agreed to run skills workshops for civil servants.';
		const [finding] = checkMd(text).findings.filter((f) => f.ruleId === 'overstated-commitment');
		assert.ok(finding);
		assert.match(finding.message, /`has agreed to run`/);
		assert.match(finding.message, /`may also include exploring`/);
		assert.equal(applyFix(text, finding.fixes[0]!), 'OpenAI may run skills workshops for civil servants.');
		assert.match(finding.fixes[finding.fixes.length - 1]!.title, /Insert the exact quote of §2\.3/);
	});

	test('after the fix the sentence is quiet', () => {
		const text = 'The partnership will explore where it can deploy AI in justice.';
		const [finding] = checkMd(text).findings;
		assert.ok(finding);
		assert.deepEqual(rulesIn(applyFix(text, finding.fixes[0]!), 'overstated-commitment'), []);
	});

	suite('an open list read as complete', () => {
		test('flags "limited to" and "four areas" against §2.2\'s "such as" list', () => {
			for (const text of [
				'The collaboration will be limited to justice, defence and security, and education.',
				'The MoU identifies four areas: justice, defence, security and education.',
			]) {
				const findings = checkMd(text).findings.filter((f) => f.ruleId === 'overstated-commitment');
				assert.equal(findings.length, 1, text);
				assert.equal(findings[0]!.clause?.id, '2.2');
				assert.match(findings[0]!.message, /open list as complete.*`in areas such as justice, defence and security, and education technology`/);
			}
		});

		test('quiet when the list stays open or names one item', () => {
			for (const text of [
				'The collaboration may include initiatives in areas such as justice and defence.',
				'Cross-departmental work could cover justice, defence and education, among others.',
				'Work in justice is only one possibility under the MoU.',
				'The scope is not limited to justice and defence.',
			]) {
				assert.deepEqual(rulesIn(text, 'overstated-commitment'), [], text);
			}
		});
	});
});

suite('overstated-commitment: headlines', () => {
	test('a line written as a headline ("-- OpenAI to invest in …") announces a plan, in a list of headlines as in a heading', () => {
		const result = check('HEADLINES\n-- OpenAI to invest in Britain\'s AI Growth Zones as Kyle courts Silicon Valley\n-- Starmer faces summer of discontent\n', MOU, { format: 'plaintext' });
		assert.deepEqual(result.findings.filter((f) => f.ruleId === 'overstated-commitment').map((f) => f.clause?.id), ['3.2']);
		// A sentence with a final stop is not a headline: "to" there is not a plan.
		assert.deepEqual(rulesIn('OpenAI wants the UK to invest in AI Growth Zones.').filter((r) => r === 'overstated-commitment'), []);
	});
});

suite('overstated-commitment: a summary entry with no verb', () => {
	const warned = (text: string) => checkMd(text).findings.filter((f) => f.ruleId === 'overstated-commitment').map((f) => f.clause?.id);

	test('a bullet or labelled line that sets out a "may include" item unhedged overstates it', () => {
		assert.deepEqual(warned('- **Security:** an expanded partnership with the AI Security Institute, including a new technical information sharing programme on model capabilities.'), ['4.2']);
		assert.deepEqual(warned('📌 Security: expanding the existing partnership with the AI Security Institute, including a new technical information sharing programme.'), ['4.2']);
		// The source's own words quoted inside the entry do not excuse it when they hedge nothing.
		assert.deepEqual(warned('- An expanded partnership with the UK AI Security Institute, including joint safety research and safeguards to "protect the public and uphold democratic values".'), ['4.2']);
	});

	test('an entry that keeps a hedge, has a verb of its own, denies, or is a title is quiet', () => {
		assert.deepEqual(warned('- **Security:** a possible expansion of the partnership with the AI Security Institute, including a new technical information sharing programme.'), []);
		assert.deepEqual(warned('- **Security:** the MoU mentions expanding the partnership with the AI Security Institute, including a new information sharing programme.'), []);
		assert.deepEqual(warned('- No new powers for the AI Security Institute over OpenAI or its technical information sharing programme.'), []);
		assert.deepEqual(warned('- SECURITY AND THE AI SECURITY INSTITUTE PARTNERSHIP'), []);
		// A plain sentence, not an entry, is judged by its verb.
		assert.deepEqual(warned('An expanded partnership with the AI Security Institute is among the ideas in the MoU.'), []);
	});

	test('against another agreement: a "may take the form of" item stated as an entry overstates; a permission summarised does not', () => {
		const regional = loadSource(fs.readFileSync(path.join(__dirname, '../../eval/sources/regional-cooperation-mou.md'), 'utf8'), 'regional.md');
		const warnedIn = (text: string) => check(text, regional, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'overstated-commitment').map((f) => f.clause?.id);
		assert.deepEqual(warnedIn('- **Staff:** secondments and short-term placements of staff between the two organisations, subject to separate arrangements.'), ['5.1(c)']);
		assert.deepEqual(warnedIn('- **Extension:** a further period of up to three years by a written decision signed by each Participant.'), []);
	});
});

suite('overstated-commitment: finding where is identifying', () => {
	test('"will work out where models can be deployed" is §2.1\'s "identify opportunities for how"; "will deploy" is not', () => {
		for (const text of [
			'DSIT and OpenAI will work out where advanced models can be deployed across government and business.',
			'DSIT and OpenAI will look for places where advanced models can be deployed across government.',
			'The second strand will be “public and private sector adoption”, where DSIT will work with the company.',
		]) {
			assert.deepEqual(rulesIn(text).filter((r) => r === 'overstated-commitment'), [], text);
		}
		assert.deepEqual(rulesIn('DSIT and OpenAI will deploy advanced models across government and business.').filter((r) => r === 'overstated-commitment'), ['overstated-commitment']);
	});
});

suite('overstated-commitment: the document stated as already extending or expanding', () => {
	test('"The MoU expands OpenAI\'s partnership with the Institute" states as done what §4.2 only says "may include expanding"', () => {
		const found = checkMd('The MoU expands OpenAI\'s existing partnership with the UK AI Security Institute.').findings.filter((f) => f.ruleId === 'overstated-commitment');
		assert.deepEqual(found.map((f) => [f.actual, f.clause?.id]), [['expands', '4.2']]);
		assert.deepEqual(checkMd('The MoU may include expanding OpenAI\'s existing partnership with the UK AI Security Institute.').findings.filter((f) => f.ruleId === 'overstated-commitment'), []);
	});
});

suite('overstated-commitment: list items under a lead-in\'s cue', () => {
	const text = 'Under the MoU, OpenAI will:\n\n- deploy its models across all government departments;\n- expand its partnership with the AI Security Institute.\n';

	test('each item is read with the lead-in\'s "will", which stands on the item\'s first word', () => {
		const found = checkMd(text).findings.filter((f) => f.ruleId === 'overstated-commitment');
		assert.deepEqual(found.map((f) => [f.actual, f.clause?.id]), [['deploy', '2.1'], ['expand', '4.2']]);
	});

	test('no fix replaces the item\'s first word; the clause can still be quoted', () => {
		const [f] = checkMd(text).findings.filter((x) => x.ruleId === 'overstated-commitment' && x.actual === 'expand');
		assert.ok(f);
		assert.ok(f.fixes.length > 0);
		for (const fix of f.fixes) {
			assert.ok(applyFix(text, fix).includes('- expand its partnership'), fix.title);
		}
	});

	test('an item with its own cue, and items after a lead-in without one, keep their own reading', () => {
		assert.deepEqual(checkMd('Under the MoU, OpenAI will:\n\n- may include exploring its participation in AI Growth Zones.\n').findings.filter((f) => f.ruleId === 'overstated-commitment'), []);
		// A lead-in that is no promise ("OpenAI said:") lends its items nothing.
		assert.deepEqual(checkMd('At the launch, OpenAI said:\n\n- deploy its models across all government departments;\n').findings.filter((f) => f.ruleId === 'overstated-commitment'), []);
	});
});
