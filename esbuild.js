// Bundles the extension and the CLI (and the evaluation and benchmark scripts) with esbuild.
const esbuild = require('esbuild');

const production = process.argv.includes('--production');

/**
 * The lexicons are reviewed data: every entry carries a `note` (why it is there) and often a `source`. The bundles
 * need only the data, so both are dropped when a lexicon is bundled (about two thirds of each lexicon's size).
 * @type {import('esbuild').Plugin}
 */
const lexiconDataOnly = {
	name: 'lexicon-data-only',
	setup(build) {
		const fs = require('node:fs');
		build.onLoad({ filter: /[\\/]src[\\/]engine[\\/]lexicon[\\/][^\\/]+\.json$/ }, async (args) => ({
			contents: JSON.stringify(withoutNotes(JSON.parse(await fs.promises.readFile(args.path, 'utf8')))),
			loader: 'json',
		}));
	},
};

/** A copy of a lexicon without its string-valued `note` and `source` fields, at any depth. */
function withoutNotes(value) {
	if (Array.isArray(value)) {
		return value.map(withoutNotes);
	}
	if (value && typeof value === 'object') {
		return Object.fromEntries(
			Object.entries(value)
				.filter(([key, v]) => !((key === 'note' || key === 'source') && typeof v === 'string'))
				.map(([key, v]) => [key, withoutNotes(v)]),
		);
	}
	return value;
}

/** @type {import('esbuild').BuildOptions} */
const common = {
	bundle: true,
	format: 'cjs',
	platform: 'node',
	target: 'node20',
	minify: production,
	sourcemap: !production,
	sourcesContent: false,
	logLevel: 'warning',
	plugins: [lexiconDataOnly],
	// NOTE: jsonc-parser's `main` is a UMD build whose inner require()s esbuild cannot follow (the bundle would fail at
	// run time with "Cannot find module './impl/format'"); its ES module build bundles cleanly.
	alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
	// The engine's lexicons are JSON; esbuild bundles them natively.
};

async function main() {
	const builds = [
		// NOTE: no `external: ['vscode']` for the CLI: an accidental vscode import reachable from the engine fails the build.
		{ ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
	];
	const fs = require('node:fs');
	if (fs.existsSync('src/extension/extension.ts')) {
		builds.push({ ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] });
		// The check worker (a worker thread of the extension host): the engine without vscode.
		builds.push({ ...common, entryPoints: ['src/extension/check/checkWorker.ts'], outfile: 'dist/checkWorker.js' });
	}
	await Promise.all(builds.map((options) => esbuild.build(options)));
	fs.chmodSync('dist/cli.js', 0o755);
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
