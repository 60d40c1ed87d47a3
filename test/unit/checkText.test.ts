import * as assert from 'node:assert/strict';

import { checkText } from '../../src/engine';
import { ignoreKeyOf, ignoreSet } from '../../src/engine';
import { MOU } from './helpers';

const BRIEFING = [
	'The MoU is a binding agreement between the two parties.',
	'',
	'<!-- clause-lens-disable-next-line -->',
	'The MoU is a legally binding contract.',
	'',
	'OpenAI will deliver tailored AI skills workshops for civil servants.',
	'',
].join('\n');

suite('checkText: what the editor shows', () => {
	const options = { format: 'markdown' as const, severities: {}, ignored: new Set<string>() };

	test('inline suppression comments drop findings in markdown, not in plain text', () => {
		const md = checkText(BRIEFING, MOU, options);
		const txt = checkText(BRIEFING, MOU, { ...options, format: 'plaintext' });
		assert.ok(md.suppressed >= 1);
		assert.equal(txt.suppressed, 0);
		assert.ok(!md.findings.some((f) => f.span.start > BRIEFING.indexOf('legally binding contract') - 20 && f.span.start < BRIEFING.indexOf('OpenAI')));
		assert.ok(txt.findings.length > md.findings.length);
	});

	test('accepted findings are dropped, also after edits elsewhere in the text', () => {
		const first = checkText(BRIEFING, MOU, options);
		const overstated = first.findings.find((f) => f.ruleId === 'overstated-commitment');
		assert.ok(overstated, 'the briefing overstates §2.3');
		const ignored = ignoreSet({ sources: [], severity: {}, ignore: [ignoreKeyOf(BRIEFING, overstated)] });
		const edited = `# A new heading\n\n${BRIEFING}`;
		const after = checkText(edited, MOU, { ...options, ignored });
		assert.equal(after.ignored, 1);
		assert.ok(!after.findings.some((f) => f.ruleId === 'overstated-commitment'));
		assert.equal(after.findings.length, first.findings.length - 1);
	});
});
