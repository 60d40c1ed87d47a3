import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '../..');
const NODE_BUILTINS = ['fs', 'path', 'os', 'child_process', 'crypto', 'util', 'url', 'events', 'stream', 'worker_threads', 'process', 'buffer'];
const importRe = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function sourcesUnder(dir: string): string[] {
	return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })
		.filter((e) => e.isFile() && e.name.endsWith('.ts'))
		.map((e) => path.join(e.parentPath, e.name));
}

function importsOf(file: string): string[] {
	const text = fs.readFileSync(file, 'utf8');
	return [...text.matchAll(importRe)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
}

suite('architecture boundaries', () => {
	test('src/engine imports neither vscode nor node built-ins: text in, findings out', () => {
		const offences = sourcesUnder('src/engine').flatMap((file) =>
			importsOf(file)
				.filter((spec) => spec === 'vscode' || spec.startsWith('node:') || NODE_BUILTINS.includes(spec) || spec.includes('/extension') || spec.includes('/cli'))
				.map((spec) => `${path.relative(ROOT, file)}: ${spec}`),
		);
		assert.deepEqual(offences, []);
	});

	test('src/cli does not import vscode or the extension', () => {
		const offences = sourcesUnder('src/cli').flatMap((file) =>
			importsOf(file).filter((spec) => spec === 'vscode' || spec.includes('/extension/')).map((spec) => `${path.relative(ROOT, file)}: ${spec}`),
		);
		assert.deepEqual(offences, []);
	});

	test('the checker sees every import form it polices', () => {
		const probe = "import * as vscode from 'vscode';\nexport { x } from 'node:fs';\nconst p = require('path');";
		assert.deepEqual([...probe.matchAll(importRe)].map((m) => m[1] ?? m[2] ?? m[3]), ['vscode', 'node:fs', 'path']);
	});
});
