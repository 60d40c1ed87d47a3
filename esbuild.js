// Bundles the extension and the CLI (and the evaluation and benchmark scripts) with esbuild.
const esbuild = require('esbuild');

const production = process.argv.includes('--production');

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
