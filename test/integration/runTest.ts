// Entry point of the integration tests (`npm run test:integration`; compiled to out/test/integration/runTest.js).
//
// Uses the ecosystem's usual @vscode/test-electron `runTests`, but instead of downloading VS Code (impossible on
// machines that reach only npm and Debian) `vscodeExecutablePath` is harness/code-server-shim.sh: a VS Code-like
// command line that runs the tests in code-server's Node extension host, driven by headless Chromium.
//
//   1. harness/setup.sh installs what is missing (Debian packages, code-server into .vscode-test/); quick if cached.
//   2. A fresh copy of test/integration/workspace is opened as the workspace folder.
//   3. The exit code is cross-checked with the results file written by suite/index.ts ({failures, passes, tests}).
//
// `--vsix FILE` tests the packaged extension instead (npm run test:package): the .vsix is installed into a fresh
// extensions dir with the shim's `--install-extension` (as `code --install-extension` would), and the short suite in
// vsix/ runs against it (the development extension is the empty vsix/testHost), so what ships is what is tested.
//
// Env: CLAUSE_LENS_DELIBERATE_FAIL=1 (adds a failing test; the run must exit non-zero), CLAUSE_LENS_SCREENSHOT_DIR
// (default .vscode-test/screenshots; CLAUSE_LENS_SCREENSHOTS=media refreshes the screenshots in <repo>/media), CLAUSE_LENS_TEST_GREP, CLAUSE_LENS_TEST_TIMEOUT_MS, CLAUSE_LENS_TEST_CACHE,
// CLAUSE_LENS_KEEP_RUN_DIR=1, CLAUSE_LENS_DRIVER_VERBOSE=1 (see harness/code-server-shim.sh).
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { runTests, TestRunFailedError } from '@vscode/test-electron';

interface Results {
	failures: number;
	passes: number;
	tests: number;
}

const root = path.resolve(__dirname, '..', '..', '..'); // out/test/integration -> repo root
const harness = path.join(root, 'test', 'integration', 'harness');
const shim = path.join(harness, 'code-server-shim.sh');
const log = (msg: string): void => console.log(`[runTest] ${msg}`);
const seconds = (since: number): string => `${((Date.now() - since) / 1000).toFixed(1)} s`;

/**
 * The .vsix named by `--vsix [FILE]` (absolute; without FILE, the one `npm run package` writes:
 * <name>-<version>.vsix), or undefined to test the development folder.
 */
function vsixArg(): string | undefined {
	const at = process.argv.indexOf('--vsix');
	const inline = process.argv.find((a) => a.startsWith('--vsix='))?.slice('--vsix='.length);
	if (at < 0 && inline === undefined) {
		return undefined;
	}
	const next = at >= 0 ? process.argv[at + 1] : undefined;
	const value = inline ?? (next && !next.startsWith('--') ? next : undefined);
	if (value) {
		return path.resolve(value);
	}
	const { name, version } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { name: string; version: string };
	return path.join(root, `${name}-${version}.vsix`);
}

/** Installs a .vsix into `extensionsDir` through the shim's `--install-extension`, as `code --install-extension` would. */
function installVsix(vsix: string, extensionsDir: string): boolean {
	const t0 = Date.now();
	const r = spawnSync('bash', [shim, `--extensions-dir=${extensionsDir}`, `--install-extension=${vsix}`], { stdio: 'inherit' });
	if (r.status !== 0) {
		log(`installing ${path.basename(vsix)} failed (exit ${r.status ?? r.signal})`);
		return false;
	}
	log(`installed ${path.basename(vsix)} into ${path.relative(root, extensionsDir)} in ${seconds(t0)}`);
	return true;
}

/** Copies this run's screenshots over the ones media/ already has (the README's); reports any it lacks. */
function refreshMedia(screenshotDir: string): void {
	const media = path.join(root, 'media');
	for (const name of fs.readdirSync(media).filter((f) => f.endsWith('.png'))) {
		const shot = path.join(screenshotDir, name);
		if (fs.existsSync(shot)) {
			fs.copyFileSync(shot, path.join(media, name));
			log(`refreshed media/${name}`);
		} else if (name !== 'icon.png') {
			log(`media/${name} was not taken by this run (kept as it was)`);
		}
	}
}

function readResults(file: string): Results | undefined {
	if (!fs.existsSync(file)) return undefined;
	const r = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<Results>;
	return { failures: Number(r.failures ?? NaN), passes: Number(r.passes ?? NaN), tests: Number(r.tests ?? NaN) };
}

/**
 * Failed runs keep their folders (.vscode-test/work-*, .vscode-test/runs/run.*) for inspection. Keep the five newest
 * of each kind; never touch one younger than ten minutes, which may belong to a run still going in this tree.
 */
function pruneKeptRuns(cache: string): void {
	const keep = 5;
	const minAgeMs = 10 * 60 * 1000;
	for (const [dir, prefix] of [[cache, 'work-'], [path.join(cache, 'runs'), 'run.']] as const) {
		if (!fs.existsSync(dir)) continue;
		const kept = fs
			.readdirSync(dir)
			.filter((n) => n.startsWith(prefix))
			.map((n) => ({ p: path.join(dir, n), mtime: fs.statSync(path.join(dir, n)).mtimeMs }))
			.sort((a, b) => b.mtime - a.mtime);
		for (const { p, mtime } of kept.slice(keep)) {
			if (Date.now() - mtime > minAgeMs) fs.rmSync(p, { recursive: true, force: true });
		}
	}
}

async function main(): Promise<number> {
	const t0 = Date.now();
	const cache = path.resolve(process.env.CLAUSE_LENS_TEST_CACHE || path.join(root, '.vscode-test'));
	fs.mkdirSync(path.join(cache, 'tmp'), { recursive: true });
	// Temp files of everything started from here (code-server, Chromium, npm) stay inside the git-ignored cache.
	process.env.TMPDIR = path.join(cache, 'tmp');
	process.env.CLAUSE_LENS_TEST_CACHE = cache;
	pruneKeptRuns(cache);

	const setup = spawnSync('bash', [path.join(harness, 'setup.sh')], { stdio: 'inherit' });
	if (setup.status !== 0) {
		log(`harness/setup.sh failed (exit ${setup.status ?? setup.signal})`);
		return setup.status || 1;
	}
	const tSetup = Date.now();

	const vsix = vsixArg();
	const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { main?: string };
	const main = path.join(root, manifest.main ?? 'dist/extension.js');
	if (!vsix && !fs.existsSync(main)) {
		log(`the extension bundle ${path.relative(root, main)} does not exist: build the extension first (npm run build)`);
		return 1;
	}
	if (vsix && !fs.existsSync(vsix)) {
		log(`${vsix} does not exist: build it first (npm run package)`);
		return 1;
	}
	const suiteIndex = path.join(__dirname, vsix ? 'vsix' : 'suite', 'index.js');
	if (!fs.existsSync(suiteIndex)) {
		log(`${path.relative(root, suiteIndex)} is missing: run node test/integration/build.mjs first`);
		return 1;
	}

	const work = fs.mkdtempSync(path.join(cache, 'work-'));
	const workspace = path.join(work, 'workspace');
	fs.cpSync(path.join(root, 'test', 'integration', 'workspace'), workspace, { recursive: true });
	const resultsFile = path.join(work, 'results.json');
	const extensionsDir = path.join(work, 'extensions');
	if (vsix && !installVsix(vsix, extensionsDir)) {
		return 1;
	}
	// CLAUSE_LENS_SCREENSHOTS=media (npm run screenshots): this run's screenshots go to a fresh folder, and those that
	// media/ already has (the README's) are copied over afterwards, so nothing else lands in the .vsix.
	const isMediaRefresh = process.env.CLAUSE_LENS_SCREENSHOTS === 'media';
	const screenshotDir = path.resolve(
		process.env.CLAUSE_LENS_SCREENSHOT_DIR || (isMediaRefresh ? path.join(work, 'screenshots') : path.join(cache, 'screenshots')),
	);

	let code: number;
	try {
		code = await runTests({
			vscodeExecutablePath: shim,
			// With a .vsix, the development extension is an empty stub (VS Code runs tests only in development mode), so
			// Clause Lens is the installed one; --disable-extensions would disable it.
			extensionDevelopmentPath: vsix ? path.join(root, 'test', 'integration', 'vsix', 'testHost') : root,
			extensionTestsPath: suiteIndex,
			launchArgs: vsix ? [`--extensions-dir=${extensionsDir}`, workspace] : ['--disable-extensions', workspace],
			// NOTE: otherwise runTests adds --extensions-dir=.vscode-test/extensions, shared by every run; the shim gives
			// each run a fresh one unless told otherwise.
			reuseMachineInstall: true,
			// Reaches the extension host: code-server passes its environment on.
			extensionTestsEnv: {
				CLAUSE_LENS_TEST_RESULTS: resultsFile,
				CLAUSE_LENS_SCREENSHOT_DIR: screenshotDir,
				...(vsix ? { CLAUSE_LENS_VSIX: vsix, CLAUSE_LENS_EXTENSIONS_DIR: extensionsDir, CLAUSE_LENS_REPO_ROOT: root } : {}),
			},
		});
	} catch (err) {
		if (err instanceof TestRunFailedError) code = err.code ?? 1;
		else {
			log(`runTests failed: ${err instanceof Error ? err.message : String(err)}`);
			code = 1;
		}
	}

	// Cross-check: the exit code must agree with what the mocha runner counted, and something must have run.
	const results = readResults(resultsFile);
	log(`results: ${results ? JSON.stringify(results) : 'no results file written'}`);
	if (code === 0) {
		if (!results) {
			log('the run exited 0 but the suite wrote no results file');
			code = 1;
		} else if (!(results.tests > 0)) {
			log('the run exited 0 but no test ran (tests === 0)');
			code = 1;
		} else if (results.failures !== 0) {
			log('the run exited 0 but the results file reports failures');
			code = 1;
		}
	} else if (results && results.failures === 0 && results.tests > 0) {
		log(`all ${results.tests} tests passed, but the harness exited ${code} (see the kept run dir in ${path.join(cache, 'runs')})`);
	}

	if (code === 0 && isMediaRefresh) refreshMedia(screenshotDir);
	if (code === 0 && process.env.CLAUSE_LENS_KEEP_RUN_DIR !== '1') fs.rmSync(work, { recursive: true, force: true });
	else log(`kept ${work}`);
	log(`timings: setup ${((tSetup - t0) / 1000).toFixed(1)} s, test run ${seconds(tSetup)}, total ${seconds(t0)}`);
	log(code === 0 ? 'PASS' : `FAIL (exit code ${code})`);
	return code;
}

main().then(
	(code) => process.exit(code),
	(err: unknown) => {
		console.error('[runTest] fatal', err);
		process.exit(1);
	},
);
