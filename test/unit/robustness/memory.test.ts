import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

import { check, createIncrementalChecker } from '../../../src/engine';
import { MOU } from '../helpers';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const BRIEFING = fs.readFileSync(path.join(__dirname, '../../../examples/briefing.md'), 'utf8');

/** Heap growth (MB) over `versions` edits that each bring a new long word (so every cache misses). */
function growth(versions: number, word: string, checkVersion: (text: string) => unknown): number {
	let text = `${BRIEFING}\n\n`.repeat(60);
	checkVersion(text);
	gc();
	const before = process.memoryUsage().heapUsed;
	for (let i = 0; i < versions; i++) {
		const at = text.indexOf('\n\n', (i * 7919) % text.length) + 2;
		text = `${text.slice(0, at)}The partnership will explore ${word}${i}standards. ${text.slice(at)}`;
		checkVersion(text);
	}
	gc();
	return (process.memoryUsage().heapUsed - before) / 1048576;
}

suite('robustness: old versions of a document are not kept alive', () => {
	// Each version is about 190 KB (380 KB in memory): keeping them all would grow the heap by some 30 MB.
	test('by check() and its word caches', function () {
		this.timeout(60_000);
		const grown = growth(80, 'interoperability', (text) => check(text, MOU));
		assert.ok(grown < 10, `heap grew ${grown.toFixed(1)} MB over 80 versions`);
	});

	test('by the incremental checker and its block cache', function () {
		this.timeout(60_000);
		const checker = createIncrementalChecker(MOU);
		const grown = growth(80, 'collaborationwide', (text) => checker.update(text));
		assert.ok(grown < 10, `heap grew ${grown.toFixed(1)} MB over 80 versions`);
	});
});
