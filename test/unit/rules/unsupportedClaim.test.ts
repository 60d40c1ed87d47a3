import * as assert from 'node:assert/strict';

import { checkMd, rulesIn } from '../helpers';

suite('unsupported-claim', () => {
	const positives: [string, RegExp][] = [
		['The MoU establishes a Joint Steering Group to oversee delivery.', /`Joint Steering Group`/],
		['Under the partnership OpenAI will invest £500 million in UK data centres.', /`£500 million`/],
		['OpenAI will train 10,000 civil servants under the agreement.', /`10,000`/],
		['The MoU creates a new AI Adoption Fund for small businesses.', /`AI Adoption Fund`/],
		['As part of the MoU, OpenAI will report to Parliament every quarter on progress.', /`every quarter`/],
		['The agreement requires a first progress review by March 2026.', /2026/],
		['Both sides have agreed to announce a first joint project by Christmas.', /`by Christmas`/],
		['OpenAI will also second a team of ten engineers to the Incubator for AI under the MoU.', /`ten`|`Incubator for AI`/],
		['A joint DSIT–OpenAI Partnership Board meets monthly to oversee delivery of the memorandum.', /`DSIT–OpenAI Partnership Board`|`Partnership Board`/],
		['The partnership is funded through a £30 million DSIT budget line agreed under the MoU.', /`£30 million`/],
		['No other AI company can take part in the education strand while the memorandum is in force.', /`No other AI`/],
		['Under the memorandum, departments must pilot OpenAI chatbots before procuring from rivals.', /`pilot`|`chatbots`|`rivals`/],
		// A duty or a guarantee attributed to the agreement, about things no clause mentions.
		['The memorandum requires OpenAI to appoint a dedicated liaison officer for each department.', /`appoint a dedicated liaison officer`|`liaison officer`/],
		['Under the MoU, OpenAI must notify the Institute before releasing any new frontier model.', /`notify`|`releasing`|`frontier`/],
		['The agreement also guarantees local councils free licences for the next three years.', /`councils free licences`|`licences`/],
		['Ministers are required under the MoU to publish a quarterly dashboard of pilot results.', /`dashboard`|`quarterly`/],
		['It includes a programme for AI in NHS hospitals.', /`NHS hospitals`/],
		// A term the agreement never gives itself, said in passing whatever else the sentence denies.
		['The five-year memorandum is not legally binding on either side.', /`five-year`/],
		// A two-word area whose modifier the source never uses, added to the clause's list.
		['The MoU names justice, defence and security, education technology and local government as areas for joint work.', /`local government`/],
		// "It says …" is the document speaking, not a person; one word is an item when the sentence says what items are.
		['It says joint work may cover areas such as justice, defence and security, welfare and education technology.', /`welfare`/],
		['It lists justice, defence and security, education technology and health as areas for joint projects.', /`health`/],
	];
	for (const [text, term] of positives) {
		test(`flags: ${text}`, () => {
			const findings = checkMd(text).findings.filter((f) => f.ruleId === 'unsupported-claim');
			assert.equal(findings.length, 1, JSON.stringify(checkMd(text).findings.map((f) => f.message)));
			assert.match(findings[0]!.message, term);
		});
	}

	const negatives = [
		// Another agreement in a series, not this one.
		'It is the second such memorandum the department has signed with an AI lab this year, after one with a rival in March.',
		// Areas the clause itself lists, with the writer's filler around them.
		'Possible projects are mentioned in justice, defence and security, and education technology, for example.',
		'OpenAI’s first international office opened in London in 2023.',
		'The MoU was signed by Peter Kyle and Sam Altman on 21 July 2025.',
		'“We will invest £500 million in Britain,” a spokesperson said.',
		'OpenAI and DSIT will collaborate to identify opportunities for AI in government.',
		'The partnership may include exploring OpenAI’s participation in AI Growth Zones.',
		'The UK is one of OpenAI’s top three markets for paid subscribers.',
		'Will the MoU create a steering group?',
		'Stakeholders may read the partnership as preferential treatment for a single supplier.',
		'There is no funding attached to the MoU, and it gives OpenAI no exclusivity.',
		'Reports that OpenAI will build a data centre in the UK are not supported by the memorandum itself.',
		'Section 4 of the MoU covers technical information exchange.',
		'The Committee also asked whether the MoU commits the Government to particular outcomes.',
		'I will write to you again in six months with an update on the work under the MoU.',
		'The two parties will work together to identify opportunities for AI in public services.',
		'The AI Opportunities Action Plan was published by DSIT in January.',
		'OpenAI will work with DSIT to identify potential routes to deliver the Action Plan’s infrastructure priorities.',
		'The state will work with the Silicon Valley outfit to identify potential uses of AI in public services.',
		// Duties attributed to the agreement whose object is the agreement's own content, denied, or hypothetical.
		'Because the MoU obliges DSIT to take forward cross-departmental initiatives, we expect bids that cite it.',
		'The MoU does not require OpenAI to appoint a liaison officer for each department.',
		'Under the MoU, OpenAI is not required to share any data with departments.',
		'If the memorandum required OpenAI to publish quarterly dashboards, we would need a reporting team.',
		'Under the MoU, OpenAI and DSIT will work together to find where AI can make public services faster.',
		'The MoU requires nothing of OpenAI beyond collaboration.',
		'This memorandum is not a contract, and it guarantees nobody a contract.',
	];
	for (const text of negatives) {
		test(`quiet: ${text}`, () => {
			assert.deepEqual(rulesIn(text, 'unsupported-claim'), []);
		});
	}
});

suite('unsupported-claim: the writer measuring the text', () => {
	test('"600 words", "three times", "two pages" count the text, not its content; "600 civil servants" is still new', () => {
		const unsupported = (text: string) => rulesIn(text, 'unsupported-claim');
		assert.deepEqual(unsupported('The word "sovereign" appears in the memorandum three times.'), []);
		assert.deepEqual(unsupported('In fewer than 600 words, the memorandum sets out its areas of work.'), []);
		assert.deepEqual(unsupported('The MoU commits OpenAI to train 600 civil servants.'), ['unsupported-claim']);
	});
});
