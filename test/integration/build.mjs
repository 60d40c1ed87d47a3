// Compiles the integration-test harness to out/test/integration/ (CommonJS for Node 20):
//   test/integration/runTest.ts          -> out/test/integration/runTest.js      (runs @vscode/test-electron)
//   test/integration/suite/index.ts      -> out/test/integration/suite/index.js  (extensionTestsPath)
//   test/integration/suite/**/*.test.ts  -> out/test/integration/suite/**/*.test.js
//   test/integration/vsix/index.ts, vsix/*.test.ts -> out/test/integration/vsix/ (runTest.js --vsix FILE)
// esbuild, not tsc: the root tsconfig is noEmit with bundler resolution (extensionless imports, which plain tsc
// output could not require() at run time), and esbuild already builds the extension. Each entry is bundled with its
// local imports (helpers, later also src/ code) inlined, while packages ('vscode', 'mocha', '@vscode/test-electron')
// stay require()s resolved from node_modules / the extension host. Type checking is `npm run check-types` (the root
// tsconfig includes test/). Output files that no longer have a source are removed; the directory is not wiped, so a
// run that is already going in the same tree keeps its files.
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const outdir = path.join(root, 'out', 'test', 'integration');
const rel = (p) => path.relative(root, p).split(path.sep).join('/');

// suite/: the full suite (development folder); vsix/: the short suite for the installed .vsix (runTest.js --vsix).
const suiteDirs = [path.join(here, 'suite'), path.join(here, 'vsix')];
const entryPoints = [
	path.join(here, 'runTest.ts'),
	...suiteDirs.flatMap((dir) => [
		path.join(dir, 'index.ts'),
		...fs
			.readdirSync(dir, { recursive: true })
			.map(String)
			.filter((f) => f.endsWith('.test.ts'))
			.map((f) => path.join(dir, f)),
	]),
];

const result = await esbuild.build({
	entryPoints,
	outbase: here,
	outdir,
	bundle: true,
	packages: 'external',
	platform: 'node',
	format: 'cjs',
	target: 'node20',
	sourcemap: 'linked',
	metafile: true, // output paths in it are relative to absWorkingDir
	absWorkingDir: root,
	logLevel: 'warning',
});

const written = new Set(Object.keys(result.metafile.outputs).map((f) => path.resolve(root, f)));
if (fs.existsSync(outdir)) {
	for (const f of fs.readdirSync(outdir, { recursive: true }).map(String)) {
		const abs = path.join(outdir, f);
		if (/\.js(\.map)?$/.test(f) && !written.has(abs) && fs.statSync(abs).isFile()) {
			fs.rmSync(abs);
			console.log(`[build] removed stale ${rel(abs)}`);
		}
	}
}
console.log(`[build] ${entryPoints.length} entries -> ${rel(outdir)}/`);
