// The .vsix that `npm run package` builds ships exactly what the installed extension needs and nothing else:
// the production bundle, seeds/, media/, the project-file schema, package.json, README, CHANGELOG and LICENSE.
// Runs after `npm run package` (npm run test:package); the installed .vsix is then smoke-tested in a real VS Code
// by test/integration/runTest.ts --vsix.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { builtinModules } from 'node:module';
import * as path from 'node:path';

import { EMBEDDED_SOURCE_PATH, SAMPLE_BRIEFING_PATH } from '../../src/extension/ids';
import { type ZipEntry, zipEntries } from './zipEntries';

const ROOT = path.join(__dirname, '../..');
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const VSIX = path.join(ROOT, `${manifest.name}-${manifest.version}.vsix`);
/** The budget for the package: a linter over text should stay small. */
const MAX_BYTES = 1024 * 1024;

/** Every file under a repository folder, as the package names it (`extension/<path>`). */
function shipped(folder: string): string[] {
	return fs
		.readdirSync(path.join(ROOT, folder), { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile())
		.map((e) => `extension/${path.relative(ROOT, path.join(e.parentPath, e.name)).split(path.sep).join('/')}`);
}

suite('the .vsix (npm run package)', () => {
	let entries: ZipEntry[];
	const entry = (name: string): ZipEntry => {
		const found = entries.find((e) => e.name === name);
		assert.ok(found, `${name} is not in the .vsix`);
		return found;
	};

	suiteSetup(() => {
		assert.ok(fs.existsSync(VSIX), `${path.basename(VSIX)} is missing: run npm run package first`);
		entries = zipEntries(fs.readFileSync(VSIX));
	});

	test('contains exactly the allowlist: bundle, seeds/, media/, schema, manifest, README, CHANGELOG, LICENSE', () => {
		const expected = [
			'[Content_Types].xml',
			'extension.vsixmanifest',
			'extension/package.json',
			'extension/readme.md',
			'extension/changelog.md',
			'extension/LICENSE.txt',
			'extension/dist/extension.js',
			'extension/dist/checkWorker.js',
			'extension/dist/cli.js',
			'extension/schemas/clause-lens.schema.json',
			...shipped('seeds'),
			...shipped('media'),
		];
		assert.deepEqual(entries.map((e) => e.name).sort(), expected.sort());
	});

	test(`is small (under ${MAX_BYTES / 1024} KB) and its manifest is the repository's`, () => {
		assert.ok(fs.statSync(VSIX).size < MAX_BYTES, `${fs.statSync(VSIX).size} bytes`);
		assert.deepEqual(JSON.parse(entry('extension/package.json').read().toString('utf8')), manifest);
		const vsixManifest = entry('extension.vsixmanifest').read().toString('utf8');
		assert.match(vsixManifest, new RegExp(`<Identity Language="en-US" Id="${manifest.name}" Version="${manifest.version}" Publisher="${manifest.publisher}" />`));
		assert.match(vsixManifest, /<Categories>Linters<\/Categories>/);
		assert.match(vsixManifest, /<Icon>extension\/media\/icon\.png<\/Icon>/);
		assert.equal(entry('extension/changelog.md').read().toString('utf8'), fs.readFileSync(path.join(ROOT, 'CHANGELOG.md'), 'utf8'));
	});

	test('every file the manifest and the code point at is in the package', () => {
		const walkthroughMedia = manifest.contributes.walkthroughs.flatMap((w: { steps: { media: { markdown?: string; image?: string } }[] }) =>
			w.steps.map((s) => s.media.markdown ?? s.media.image),
		);
		const paths = [
			manifest.main,
			manifest.icon,
			...manifest.contributes.jsonValidation.map((v: { url: string }) => v.url),
			...walkthroughMedia,
			SAMPLE_BRIEFING_PATH.join('/'),
			EMBEDDED_SOURCE_PATH.join('/'),
		];
		for (const p of paths) {
			entry(`extension/${path.posix.normalize(p)}`);
		}
	});

	test('every file under media/ in the package is used: README images, icons and the icon\'s SVG, walkthrough media and sample', () => {
		const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
		const used = new Set([
			...[...readme.matchAll(/!\[[^\]]*\]\((media\/[^)\s]+)\)/g)].map((m) => m[1]!),
			manifest.icon,
			'media/icon.svg',
			// The activity bar icon of the Clause Coverage view's container (and the view's own).
			...Object.values<{ icon?: string }[]>(manifest.contributes.viewsContainers ?? {}).flat().map((c) => c.icon),
			...Object.values<{ icon?: string }[]>(manifest.contributes.views ?? {}).flat().flatMap((v) => v.icon ?? []),
			...manifest.contributes.walkthroughs.flatMap((w: { steps: { media: { markdown?: string; image?: string } }[] }) => w.steps.map((x) => x.media.markdown ?? x.media.image)),
			SAMPLE_BRIEFING_PATH.join('/'),
		]);
		const media = entries.filter((e) => e.name.startsWith('extension/media/')).map((e) => e.name.slice('extension/'.length));
		assert.deepEqual(media.sort(), [...used].sort());
	});

	test('every image of the packaged README is a file in the package (links are not rewritten to a repository)', () => {
		// vsce rewrites relative links to <repository>/raw/HEAD/… unless told not to (--no-rewrite-relative-links in
		// `npm run package`); the repository field names a GitHub repository that does not exist, so the Extensions
		// page showed broken images. Relative links resolve against the installed extension's folder instead.
		const readme = entry('extension/readme.md').read().toString('utf8');
		const images = [
			...[...readme.matchAll(/!\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1]!),
			...[...readme.matchAll(/<img\b[^>]*\bsrc\s*=\s*["']([^"']+)["']/gi)].map((m) => m[1]!),
		];
		assert.ok(images.length >= 2, `the README shows its screenshots (found ${JSON.stringify(images)})`);
		for (const image of images) {
			assert.ok(!/^[a-z][\w+.-]*:/i.test(image), `${image}: a relative link into the package, not a URL`);
			entry(`extension/${path.posix.normalize(decodeURI(image))}`);
		}
		assert.ok(!readme.includes('/raw/HEAD/'), 'no link rewritten to a repository');
	});

	test('the bundles are the production build and need nothing but vscode and Node built-ins', () => {
		const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
		for (const [name, allowed] of [['extension/dist/extension.js', ['vscode']], ['extension/dist/cli.js', []]] as const) {
			const code = entry(name).read().toString('utf8');
			assert.ok(!code.includes('sourceMappingURL'), `${name}: no source map reference (production build)`);
			const required = [...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]!);
			const foreign = required.filter((m) => !builtins.has(m) && !(allowed as readonly string[]).includes(m));
			assert.deepEqual([...new Set(foreign)], [], `${name} requires modules the .vsix does not ship`);
		}
		assert.ok(entry('extension/dist/cli.js').read().toString('utf8').startsWith('#!/usr/bin/env node'));
	});
});
