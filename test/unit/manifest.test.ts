// The manifest (package.json) and the extension's code agree. No vscode import: the ids come from src/extension/ids.ts.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

import { VERSION as CLI_VERSION } from '../../src/cli/main';
import { RULE_IDS } from '../../src/engine';
import { CommandId, CONFIG_KEYS, CONFIG_SECTION, DEFAULT_LANGUAGES, DOCUMENT_SELECTOR, INTERNAL_COMMANDS, RULE_DOC_ANCHORS, SAMPLE_BRIEFING_PATH, SHOW_PROBLEMS_COMMAND } from '../../src/extension/ids';
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
		// Untrusted workspaces: workspace values of clauseLens.sources are not used (the code enforces it too).
		assert.equal(manifest.capabilities.untrustedWorkspaces.supported, 'limited');
		assert.deepEqual(manifest.capabilities.untrustedWorkspaces.restrictedConfigurations, ['clauseLens.sources']);
		assert.match(manifest.capabilities.untrustedWorkspaces.description, /inside the workspace/);
		assert.ok(manifest.capabilities.virtualWorkspaces === true || manifest.capabilities.virtualWorkspaces.supported === true);
		const [validation] = manifest.contributes.jsonValidation;
		assert.equal(validation.fileMatch, '.clause-lens.json');
		assert.ok(fs.existsSync(path.join(root, validation.url)), validation.url);
	});

	test('`${workspaceFolder}` and where sources may be are described alike in the setting and the schema', () => {
		const setting = properties['clauseLens.sources']!.markdownDescription!;
		const schema = JSON.parse(fs.readFileSync(path.join(root, 'schemas/clause-lens.schema.json'), 'utf8'));
		const projectFile: string = schema.properties.sources.description;
		assert.match(setting, /`\$\{workspaceFolder\}` is the workspace folder/);
		assert.match(projectFile, /`\$\{workspaceFolder\}` is the folder that holds this file/);
		for (const text of [setting, projectFile]) {
			assert.match(text, /inside/, text);
		}
		assert.match(manifest.contributes.languages.find((l: { filenames?: string[] }) => l.filenames?.includes('.clause-lens.json'))?.id ?? '', /^jsonc$/, 'comments are allowed in the project file');
	});

	test('every rule documentation link points at a heading of the README', () => {
		const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
		const anchors = new Set([...readme.matchAll(/^#{1,6}\s+(.+)$/gm)].map((m) => slug(m[1]!)));
		for (const rule of RULE_IDS) {
			assert.ok(anchors.has(RULE_DOC_ANCHORS[rule]), `README has no heading with anchor #${RULE_DOC_ANCHORS[rule]}`);
		}
	});

	test('the newest released CHANGELOG version is the package version (and the CLI\'s); Keep a Changelog headings and links', () => {
		const changelog = fs.readFileSync(path.join(root, 'CHANGELOG.md'), 'utf8');
		const headings = [...changelog.matchAll(/^## (.+)$/gm)].map((m) => m[1]!);
		assert.equal(headings[0], '[Unreleased]');
		const released = headings.slice(1).map((h) => /^\[(\d+\.\d+\.\d+)\] - (\d{4}-\d{2}-\d{2})$/.exec(h));
		assert.ok(released.length > 0 && released.every(Boolean), `released headings read "## [x.y.z] - YYYY-MM-DD": ${headings.join(' | ')}`);
		assert.equal(released[0]![1], manifest.version);
		assert.equal(CLI_VERSION, manifest.version, 'src/cli/main.ts VERSION (clause-lens --version)');
		for (const version of ['Unreleased', ...released.map((m) => m![1]!)]) {
			assert.match(changelog, new RegExp(`^\\[${version.replace(/\./g, '\\.')}\\]: https://`, 'm'), `a link reference for [${version}]`);
		}
		const sections = [...changelog.matchAll(/^### (.+)$/gm)].map((m) => m[1]!);
		assert.deepEqual(sections.filter((h) => !['Added', 'Changed', 'Deprecated', 'Removed', 'Fixed', 'Security'].includes(h)), []);
	});

	test('marketplace metadata: publisher, repository, license, categories, keywords, icon, engine no newer than the test VS Code', () => {
		assert.match(manifest.publisher, /^[a-z0-9][a-z0-9-]*$/);
		assert.equal(manifest.repository.type, 'git');
		assert.match(manifest.repository.url, /^https:\/\/github\.com\/clause-lens\/clause-lens$/);
		assert.equal(manifest.license, 'MIT');
		assert.match(fs.readFileSync(path.join(root, 'LICENSE'), 'utf8'), /^MIT License/);
		assert.ok(manifest.categories.includes('Linters'));
		assert.ok(manifest.keywords.length > 0 && manifest.keywords.length <= 30, 'vsce allows at most 30 keywords');
		assert.equal(manifest.icon, 'media/icon.png');
		// The integration tests run on code-server 4.x.y, which bundles VS Code 1.x.y (harness/paths.sh, read by the shim).
		const paths = fs.readFileSync(path.join(root, 'test/integration/harness/paths.sh'), 'utf8');
		const [, minor, patch] = /CLAUSE_LENS_CS_VERSION:-4\.(\d+)\.(\d+)/.exec(paths)!.map(Number) as [number, number, number];
		const [engineMajor, engineMinor, enginePatch] = manifest.engines.vscode.replace(/^\^/, '').split('.').map(Number);
		assert.equal(engineMajor, 1);
		assert.ok(engineMinor < minor || (engineMinor === minor && enginePatch <= patch), `engines.vscode ${manifest.engines.vscode} <= 1.${minor}.${patch}`);
		// vsce refuses @types/vscode newer than engines.vscode.
		assert.equal(manifest.devDependencies['@types/vscode'].split('.').slice(0, 2).join('.'), `${engineMajor}.${engineMinor}`);
	});

	test('media/icon.png is a 128×128 PNG made from media/icon.svg', () => {
		const png = fs.readFileSync(path.join(root, manifest.icon));
		assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
		assert.equal(png.subarray(12, 16).toString('latin1'), 'IHDR');
		assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [128, 128]);
		assert.match(fs.readFileSync(path.join(root, 'media/icon.svg'), 'utf8'), /^<svg [^>]*viewBox="0 0 128 128"/);
	});

	test('npm run package builds the .vsix with the pinned @vscode/vsce devDependency', () => {
		assert.match(manifest.scripts.package, /^vsce package --no-dependencies\b/);
		assert.match(manifest.devDependencies['@vscode/vsce'], /^\d+\.\d+\.\d+$/);
		assert.match(manifest.scripts['vscode:prepublish'], /esbuild\.js --production/);
		assert.match(manifest.scripts.test, /npm run test:package$/);
	});

	suite('the getting-started walkthrough', () => {
		const walkthrough = manifest.contributes.walkthroughs[0] as {
			id: string;
			title: string;
			steps: { id: string; title: string; description: string; media: { markdown?: string; image?: string; altText?: string }; completionEvents: string[] }[];
		};
		const contributed = new Set(commands.map((c) => c.command));
		/** Built-in commands the walkthrough may use. */
		const builtins = new Set([SHOW_PROBLEMS_COMMAND]);

		test('five steps: open a sample, see a warning, hover a citation, look up a clause, apply a quick fix', () => {
			assert.ok(walkthrough, 'contributes.walkthroughs');
			assert.deepEqual(walkthrough.steps.map((s) => s.id), ['openSample', 'seeWarning', 'hoverCitation', 'lookupClause', 'applyQuickFix']);
			for (const step of walkthrough.steps) {
				assert.ok(step.title && step.description.length > 40, step.id);
				assert.ok(step.completionEvents.length > 0, `${step.id} has completionEvents`);
			}
		});

		test('every command it names (links and completion events) exists', () => {
			for (const step of walkthrough.steps) {
				const named = [
					...[...step.description.matchAll(/\(command:([\w.]+)/g)].map((m) => m[1]!),
					...step.completionEvents.filter((e) => e.startsWith('onCommand:')).map((e) => e.slice('onCommand:'.length)),
				];
				for (const command of named) {
					assert.ok(contributed.has(command) || builtins.has(command), `${step.id}: ${command} is neither contributed nor a known built-in`);
				}
				for (const event of step.completionEvents) {
					assert.match(event, /^(onCommand|onView|onSettingChanged|onContext|onLink|onStepSelected|extensionInstalled):/, step.id);
				}
			}
		});

		test('its media and the sample briefing exist under media/ (shipped in the .vsix)', () => {
			for (const step of walkthrough.steps) {
				const file = step.media.markdown ?? step.media.image ?? '';
				assert.ok(file.startsWith('media/'), `${step.id}: ${file}`);
				assert.ok(fs.existsSync(path.join(root, file)), file);
				assert.ok(step.media.markdown || step.media.altText, `${step.id}: an image has altText`);
			}
			assert.equal(SAMPLE_BRIEFING_PATH[0], 'media');
			assert.ok(fs.existsSync(path.join(root, ...SAMPLE_BRIEFING_PATH)));
		});
	});
});
