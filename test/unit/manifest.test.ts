// The manifest (package.json) and the extension's code agree. No vscode import: the ids come from src/extension/ids.ts.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

import { RULE_IDS } from '../../src/engine';
import { CommandId, CONFIG_KEYS, CONFIG_SECTION, DEFAULT_LANGUAGES, DOCUMENT_SELECTOR, INTERNAL_COMMANDS, RULE_DOC_ANCHORS } from '../../src/extension/ids';
import { SEVERITIES } from '../../src/engine';
import { DEFAULT_CONFIG, validateSettings } from '../../src/extension/settings';

const root = path.join(__dirname, '../..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const commands: { command: string; title: string; category: string }[] = manifest.contributes.commands;
const properties: Record<string, { default: unknown; scope: string; markdownDescription?: string; enum?: string[]; markdownEnumDescriptions?: string[] }> = manifest.contributes.configuration.properties;

/** GitHub's heading anchor: lower case, punctuation dropped, spaces to hyphens. */
function slug(heading: string): string {
	return heading.trim().toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, '').replace(/\s/g, '-');
}

suite('manifest (package.json)', () => {
	test('every CommandId is contributed, and every contributed command has an id', () => {
		assert.deepEqual(commands.map((c) => c.command).sort(), Object.values(CommandId).sort());
	});

	test('commands have the category and a Title Case title; internal ones are hidden from the palette', () => {
		for (const c of commands) {
			assert.equal(c.category, 'Clause Lens', c.command);
			assert.match(c.title, /^[A-Z]/, c.command);
			assert.ok(!/\p{Extended_Pictographic}/u.test(c.title), `${c.command}: no emoji`);
		}
		const hidden = manifest.contributes.menus.commandPalette.filter((m: { when: string }) => m.when === 'false').map((m: { command: string }) => m.command);
		assert.deepEqual(hidden.sort(), [...INTERNAL_COMMANDS].sort());
	});

	test('every config key is contributed (resource scope, markdownDescription), and nothing else', () => {
		assert.deepEqual(Object.keys(properties).sort(), CONFIG_KEYS.map((k) => `${CONFIG_SECTION}.${k}`).sort());
		for (const [key, p] of Object.entries(properties)) {
			assert.equal(p.scope, 'resource', key);
			assert.ok(p.markdownDescription, `${key} has a markdownDescription`);
			if (p.enum) {
				assert.equal(p.markdownEnumDescriptions?.length, p.enum.length, `${key}: one markdownEnumDescription per value`);
			}
		}
	});

	test('contributed defaults equal the code defaults, and validate without problems', () => {
		const raw = Object.fromEntries(CONFIG_KEYS.map((k) => [k, properties[`${CONFIG_SECTION}.${k}`]!.default]));
		const { config, problems } = validateSettings(raw);
		assert.deepEqual(problems, []);
		assert.deepEqual(config, DEFAULT_CONFIG);
	});

	test('clauseLens.severity lists every rule with every severity', () => {
		const severity = properties['clauseLens.severity'] as unknown as { properties: Record<string, { enum: string[]; markdownEnumDescriptions: string[] }> };
		assert.deepEqual(Object.keys(severity.properties), RULE_IDS);
		for (const rule of RULE_IDS) {
			assert.deepEqual(severity.properties[rule]!.enum, SEVERITIES);
			assert.equal(severity.properties[rule]!.markdownEnumDescriptions.length, SEVERITIES.length);
		}
	});

	test('DOCUMENT_SELECTOR, the default languages and activationEvents agree', () => {
		assert.deepEqual(DOCUMENT_SELECTOR.map((f) => f.language), DEFAULT_LANGUAGES);
		assert.deepEqual(properties['clauseLens.languages']!.default, DEFAULT_LANGUAGES);
		assert.deepEqual([...manifest.activationEvents].sort(), DEFAULT_LANGUAGES.map((l) => `onLanguage:${l}`).sort());
	});

	test('capabilities, engine and the project-config schema', () => {
		assert.equal(manifest.engines.vscode, '^1.100.0');
		assert.equal(manifest.capabilities.untrustedWorkspaces.supported, true);
		assert.ok(manifest.capabilities.virtualWorkspaces === true || manifest.capabilities.virtualWorkspaces.supported === true);
		const [validation] = manifest.contributes.jsonValidation;
		assert.equal(validation.fileMatch, '.clause-lens.json');
		assert.ok(fs.existsSync(path.join(root, validation.url)), validation.url);
	});

	test('every rule documentation link points at a heading of the README', () => {
		const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
		const anchors = new Set([...readme.matchAll(/^#{1,6}\s+(.+)$/gm)].map((m) => slug(m[1]!)));
		for (const rule of RULE_IDS) {
			assert.ok(anchors.has(RULE_DOC_ANCHORS[rule]), `README has no heading with anchor #${RULE_DOC_ANCHORS[rule]}`);
		}
	});

	test('the newest released CHANGELOG version is the package version', () => {
		const changelog = fs.readFileSync(path.join(root, 'CHANGELOG.md'), 'utf8');
		assert.equal(/^## \[?(\d+\.\d+\.\d+)\]?/m.exec(changelog)?.[1], manifest.version);
	});
});
