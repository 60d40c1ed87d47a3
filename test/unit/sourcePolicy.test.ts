// Which configured sources the extension may read (issue 11). The rules are pure; the integration tests
// (suite/trust.test.ts) show them applied in VS Code.
import * as assert from 'node:assert/strict';

import { isInsideFolder, mayReadAnywhere, settingOrigin } from '../../src/extension/sourcePolicy';

suite('source policy (which sources the extension reads)', () => {
	test('the setting is the user\'s own only when no workspace or folder value is set', () => {
		assert.equal(settingOrigin({ globalValue: ['/home/me/mou.md'] }), 'user');
		assert.equal(settingOrigin(undefined), 'user');
		assert.equal(settingOrigin({ globalValue: ['/a.md'], workspaceValue: ['b.md'] }), 'workspace');
		assert.equal(settingOrigin({ workspaceFolderValue: ['b.md'] }), 'workspace');
		assert.equal(settingOrigin({ workspaceFolderLanguageValue: ['b.md'] }), 'workspace');
	});

	test('only the user\'s own setting in a trusted workspace may name files outside the workspace', () => {
		assert.equal(mayReadAnywhere('user', true), true);
		assert.equal(mayReadAnywhere('user', false), false, 'untrusted: only sources inside the workspace');
		assert.equal(mayReadAnywhere('workspace', true), false);
		assert.equal(mayReadAnywhere('project', true), false);
		assert.equal(mayReadAnywhere('project', false), false);
	});

	test('inside means the folder itself or below it, compared by whole segments', () => {
		assert.ok(isInsideFolder('/w/repo', '/w/repo/sources/a.md'));
		assert.ok(isInsideFolder('/w/repo/', '/w/repo/a.md'));
		assert.ok(isInsideFolder('/w/repo', '/w/repo'));
		assert.ok(!isInsideFolder('/w/repo', '/w/repo-other/a.md'));
		assert.ok(!isInsideFolder('/w/repo', '/w/a.md'));
		assert.ok(!isInsideFolder('/w/repo', '/w/repo/../a.md'), 'not normalised: outside');
		assert.ok(isInsideFolder('/c:/Users/Me/repo', '/C:/users/me/repo/a.md', true), 'case-insensitive file systems');
		assert.ok(!isInsideFolder('/w/Repo', '/w/repo/a.md'));
	});
});
