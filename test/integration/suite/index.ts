// Loaded by the VS Code extension host as `extensionTestsPath` (compiled to out/test/integration/suite/index.js by
// ../build.mjs). VS Code calls run(); a rejection makes the workbench report a non-zero exit code.
// Runs every *.test.js compiled next to this file (and below it) with mocha's TDD UI (suite/test), and writes
// {failures, passes, tests} to $CLAUSE_LENS_TEST_RESULTS so that ../runTest.ts can cross-check the exit code.
// Env: CLAUSE_LENS_TEST_RESULTS, CLAUSE_LENS_TEST_GREP (only tests whose full title matches this regexp).
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

interface Results {
	failures: number;
	passes: number;
	tests: number;
}

function writeResults(results: Results): void {
	const out = process.env.CLAUSE_LENS_TEST_RESULTS;
	if (out) fs.writeFileSync(out, JSON.stringify(results));
}

export function run(): Promise<void> {
	const mocha = new Mocha({ ui: 'tdd', color: false, reporter: 'spec', timeout: 30000 });
	const grep = process.env.CLAUSE_LENS_TEST_GREP;
	if (grep) mocha.grep(new RegExp(grep));
	const files = fs
		.readdirSync(__dirname, { recursive: true })
		.map(String)
		.filter((f) => f.endsWith('.test.js'))
		.sort();
	for (const f of files) mocha.addFile(path.join(__dirname, f));

	return new Promise<void>((resolve, reject) => {
		try {
			const runner = mocha.run((failures) => {
				writeResults({ failures, passes: runner.stats?.passes ?? 0, tests: runner.stats?.tests ?? 0 });
				if (failures > 0) reject(new Error(`${failures} integration test(s) failed.`));
				else if (files.length === 0) reject(new Error(`no *.test.js files next to ${__filename}`));
				else resolve();
			});
		} catch (err) {
			// A test file that throws while loading ends up here.
			writeResults({ failures: 1, passes: 0, tests: 0 });
			reject(err instanceof Error ? err : new Error(String(err)));
		}
	});
}
