// Properties of how files become text and offsets become positions: decodeText (UTF-8, UTF-16 with a BOM), the
// CLI's readText size cap, and LineIndex against VS Code's way of counting lines, on hostile documents.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

import fc from 'fast-check';

import { InputError, readText } from '../../../src/cli/readText';
import { decodeText, LineIndex, type Position } from '../../../src/engine';
import { documentOf, lineEnds, withLineEnds } from './arbitraries';

/** Positions as VS Code's TextDocument gives them (one per offset, 0 … length), computed independently: the lines
 * are split at `\r\n`, `\r` or `\n`, and an offset inside a line break is the end of its line. */
function referencePositions(text: string): Position[] {
	const out: Position[] = [];
	const contents = text.split(/\r\n|\r|\n/);
	let start = 0;
	contents.forEach((content, line) => {
		const last = line === contents.length - 1;
		const end = start + content.length + (last ? 0 : text.startsWith('\r\n', start + content.length) ? 2 : 1);
		for (let o = start; last ? o <= end : o < end; o++) {
			out.push({ line, character: Math.min(o - start, content.length) });
		}
		start = end;
	});
	return out;
}

/** UTF-16 with a byte-order mark. */
function utf16(text: string, endian: 'le' | 'be'): Buffer {
	const le = Buffer.from(`\ufeff${text}`, 'utf16le');
	return endian === 'le' ? le : le.swap16();
}

/** Any well-formed text without NUL (a NUL near the start makes a file binary). */
const wellFormedText = fc.string({ unit: 'binary', maxLength: 300 }).map((s) => s.replace(/\u0000/g, ' '));

suite('property: inputs', () => {
	test('LineIndex gives VS Code positions at every offset, for any document with any mix of line ends', () => {
		fc.assert(
			fc.property(documentOf(60), lineEnds, (doc, ends) => {
				const text = withLineEnds(doc, ends);
				const lines = new LineIndex(text);
				const expected = referencePositions(text);
				for (let offset = 0; offset <= text.length; offset++) {
					assert.deepEqual(lines.positionAt(offset), expected[offset], `offset ${offset}`);
				}
			}),
			{ numRuns: 200 },
		);
	});

	test('decodeText gives back the text from UTF-8 (with or without a BOM) and UTF-16 LE or BE with a BOM', () => {
		fc.assert(
			fc.property(wellFormedText, (text) => {
				const encodings: [string, Buffer][] = [
					['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])],
					['UTF-16 LE', utf16(text, 'le')],
					['UTF-16 BE', utf16(text, 'be')],
				];
				if (!text.startsWith('\ufeff')) {
					encodings.push(['UTF-8', Buffer.from(text, 'utf8')]);
				}
				for (const [name, bytes] of encodings) {
					assert.deepEqual(decodeText(bytes), { text }, name);
				}
			}),
			{ numRuns: 300 },
		);
	});

	test('decodeText never throws: any bytes are text or a one-line problem', () => {
		fc.assert(
			fc.property(fc.oneof(fc.uint8Array({ maxLength: 600 }), fc.uint8Array({ maxLength: 600 }).map((b) => Uint8Array.from([0xff, 0xfe, ...b])), fc.uint8Array({ maxLength: 600 }).map((b) => Uint8Array.from([0xfe, 0xff, ...b]))), (bytes) => {
				const decoded = decodeText(bytes);
				assert.ok((decoded.text === undefined) !== (decoded.problem === undefined), 'text or a problem');
				assert.ok(decoded.problem === undefined || !decoded.problem.includes('\n'));
			}),
			{ numRuns: 500 },
		);
	});

	suite('readText (the CLI)', () => {
		let dir: string;
		suiteSetup(() => {
			dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clause-lens-read-'));
		});
		suiteTeardown(() => dir && fs.rmSync(dir, { recursive: true, force: true }));

		test('reads a file within the cap whole, and refuses one byte more', () => {
			let n = 0;
			fc.assert(
				fc.property(fc.nat({ max: 200 }), fc.integer({ min: -3, max: 3 }), wellFormedText, (cap, over, text) => {
					const bytes = Buffer.from(text, 'utf8').subarray(0, Math.max(0, cap + over));
					const file = path.join(dir, `f${n++}.md`);
					fs.writeFileSync(file, bytes);
					if (bytes.length > cap) {
						assert.throws(() => readText(file, 'briefing', cap), (e: unknown) => e instanceof InputError && /too large/.test(e.message));
					} else {
						const decoded = decodeText(bytes);
						if (decoded.text !== undefined) {
							assert.equal(readText(file, 'briefing', cap), decoded.text);
						} else {
							assert.throws(() => readText(file, 'briefing', cap), InputError);
						}
					}
				}),
				{ numRuns: 200 },
			);
		});
	});
});
