import * as assert from 'node:assert/strict';

import { DEFAULT_CONFIG, validateSettings } from '../../src/extension/settings';

suite('settings validation (clauseLens.*)', () => {
	test('valid values are taken as they are', () => {
		const { config, problems } = validateSettings({
			enable: false, languages: ['markdown'], run: 'onSave', debounceMs: 0,
			severity: { misquote: 'off', 'unsupported-claim': 'error' }, sources: ['${workspaceFolder}/agreement.md'],
		});
		assert.deepEqual(problems, []);
		assert.deepEqual(config, {
			enable: false, languages: ['markdown'], run: 'onSave', debounceMs: 0,
			severity: { misquote: 'off', 'unsupported-claim': 'error' }, sources: ['${workspaceFolder}/agreement.md'],
		});
	});

	test('missing values are the defaults', () => {
		assert.deepEqual(validateSettings({}), { config: DEFAULT_CONFIG, problems: [] });
	});

	test('each bad value falls back to its default with one problem line naming the setting', () => {
		const { config, problems } = validateSettings({
			enable: 'yes', languages: 'markdown', run: 'always', debounceMs: -5,
			severity: { misquote: 'loud', nonsense: 'off' }, sources: [42, 'ok.md'],
		});
		assert.deepEqual(config, { ...DEFAULT_CONFIG, sources: ['ok.md'] });
		assert.equal(problems.length, 7, problems.join('\n'));
		for (const key of ['enable', 'languages', 'run', 'debounceMs', 'severity', 'sources']) {
			assert.ok(problems.some((p) => p.includes(`clauseLens.${key}`)), key);
		}
	});
});
