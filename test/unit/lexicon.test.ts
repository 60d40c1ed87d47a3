// The lexicons are reviewed data: each list and each entry says why it is there. The bundles carry only the data
// (esbuild.js drops the notes), and behave the same.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '../..');
const LEXICON_DIR = path.join(ROOT, 'src/engine/lexicon');
const lexicons = fs.readdirSync(LEXICON_DIR).filter((f) => f.endsWith('.json'));

/** Every place in a lexicon that needs a note: objects in lists, and objects holding a list of words. */
function unnoted(value: unknown, at: string, out: string[]): string[] {
	if (Array.isArray(value)) {
		value.forEach((item, k) => {
			if (item && typeof item === 'object' && !Array.isArray(item) && typeof (item as { note?: unknown }).note !== 'string') {
				out.push(`${at}[${k}]`);
			}
			unnoted(item, `${at}[${k}]`, out);
		});
	} else if (value && typeof value === 'object') {
		const entries = Object.entries(value);
		const holdsWords = entries.some(([, v]) => Array.isArray(v) && v.every((x) => typeof x === 'string'));
		if (holdsWords && typeof (value as { note?: unknown }).note !== 'string') {
			out.push(at);
		}
		entries.forEach(([k, v]) => unnoted(v, `${at}.${k}`, out));
	}
	return out;
}

suite('lexicons', () => {
	test('there are lexicons, each with a note on what it is', () => {
		assert.ok(lexicons.length >= 5);
		for (const file of lexicons) {
			const data = JSON.parse(fs.readFileSync(path.join(LEXICON_DIR, file), 'utf8'));
			assert.equal(typeof data.note, 'string', `${file} has a top-level note`);
		}
	});

	test('every entry and every word list carries a note', () => {
		const missing = lexicons.flatMap((file) => unnoted(JSON.parse(fs.readFileSync(path.join(LEXICON_DIR, file), 'utf8')), file, []));
		assert.deepEqual(missing, []);
	});

	test('the bundles carry the data without the notes', () => {
		const cli = path.join(ROOT, 'dist/cli.js');
		assert.ok(fs.existsSync(cli), 'dist/cli.js is built first (npm run build)');
		const bundle = fs.readFileSync(cli, 'utf8');
		const commitment = JSON.parse(fs.readFileSync(path.join(LEXICON_DIR, 'commitment.json'), 'utf8'));
		assert.ok(!bundle.includes(commitment.note.slice(0, 60)), 'the top-level note is not bundled');
		assert.ok(!bundle.includes(commitment.cues[0].note.slice(0, 40)), "an entry's note is not bundled");
		assert.ok(bundle.includes('"may include"') || bundle.includes("'may include'") || bundle.includes('may include'), 'the data is');
	});
});
