// The check client and its worker: the findings and citations mirrored from the worker's list edits equal a full
// `checkText` of the document after every edit; the worker is a real worker thread (bundled here with esbuild).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

import * as esbuild from 'esbuild';
import fc from 'fast-check';

import { checkText, type CheckTextOptions, ignoreKeyOf, ignoreSet, type SourceDocument } from '../../src/engine';
import { CheckClient, type CheckSource, type SyncedDocument } from '../../src/extension/check/checkClient';
import type { TextEdit } from '../../src/extension/check/protocol';
import { applyEdits } from '../../src/extension/check/session';
import { MOU } from './helpers';
import { documentOf, edit as editArbitrary } from './property/arbitraries';

const ROOT = path.join(__dirname, '../..');
const MOU_SOURCE: CheckSource = { docs: [{ name: MOU.name, text: MOU.text } satisfies SourceDocument] };
const BRIEFING = fs.readFileSync(path.join(ROOT, 'test/integration/workspace/briefings/drifted-briefing.md'), 'utf8');

/** A document being edited: what the extension host holds. */
class Doc implements SyncedDocument {
	version = 1;
	constructor(public text: string) {}
	get length(): number {
		return this.text.length;
	}
	getText(): string {
		return this.text;
	}
	/** Applies one edit and tells the client, as onDidChangeTextDocument would. */
	edit(client: CheckClient, uri: string, e: TextEdit): void {
		this.text = applyEdits(this.text, [e]);
		this.version++;
		client.edit(uri, this.version, [e]);
	}
}

const settings = (format: 'markdown' | 'plaintext', ignored: readonly string[] = []): Omit<CheckTextOptions, 'ignored'> & { ignored: string[] } => ({
	format,
	severities: {},
	ignored: [...ignored],
});

async function assertMirrors(client: CheckClient, uri: string, doc: Doc, format: 'markdown' | 'plaintext', ignored: readonly string[] = []): Promise<void> {
	const outcome = await client.check(uri, doc, MOU_SOURCE, settings(format, ignored));
	const expected = checkText(doc.text, MOU, { format, severities: {}, ignored: new Set(ignored) });
	assert.equal(outcome.version, doc.version);
	// Read three ways: looked up by offset and picked from the runs (moved one by one), then made whole.
	for (const f of expected.findings) {
		assert.deepStrictEqual(outcome.findings.startingAt(f.span.start), expected.findings.filter((x) => x.span.start === f.span.start));
	}
	for (const at of [0, doc.length >> 2, doc.length >> 1, doc.length]) {
		const touching = expected.citations.filter((c) => c.span.end >= at && c.span.start <= at + 40);
		assert.deepStrictEqual(outcome.citations.touching(at, at + 40), touching);
	}
	assert.deepStrictEqual(outcome.findings.pick(() => true, Infinity), expected.findings);
	assert.deepStrictEqual(outcome.citations.pick(() => true, Infinity), expected.citations);
	assert.deepStrictEqual(outcome.findings.toArray(), expected.findings);
	assert.deepStrictEqual(outcome.citations.toArray(), expected.citations);
	assert.equal(outcome.findings.length, expected.findings.length);
	assert.equal(outcome.suppressed, expected.suppressed);
	assert.equal(outcome.ignored, expected.ignored);
}

/** A random edit of `text` as the editor reports it. */
function toTextEdit(text: string, e: { at: number; remove: number; insert: string }): TextEdit {
	const at = Math.min(text.length, Math.floor(e.at * (text.length + 1)));
	return { rangeOffset: at, rangeLength: Math.min(e.remove, text.length - at), text: e.insert };
}

suite('check client: results mirrored from the worker equal a full check', () => {
	let workerScript: string;
	const clients: CheckClient[] = [];
	const client = (script: string | undefined, onProblem?: (m: string) => void): CheckClient => {
		const c = new CheckClient(script, onProblem);
		clients.push(c);
		return c;
	};

	suiteSetup(async () => {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clause-lens-worker-'));
		workerScript = path.join(dir, 'checkWorker.js');
		await esbuild.build({ entryPoints: [path.join(ROOT, 'src/extension/check/checkWorker.ts')], outfile: workerScript, bundle: true, platform: 'node', format: 'cjs', logLevel: 'warning' });
	});
	suiteTeardown(() => clients.forEach((c) => c.dispose()));

	for (const format of ['markdown', 'plaintext'] as const) {
		test(`in this thread: after every edit of random runs of edits (${format})`, async () => {
			await fc.assert(
				fc.asyncProperty(documentOf(40), fc.array(editArbitrary, { minLength: 1, maxLength: 8 }), async (start, edits) => {
					const c = client(undefined);
					const doc = new Doc(start);
					await assertMirrors(c, 'doc', doc, format);
					for (const e of edits) {
						doc.edit(c, 'doc', toTextEdit(doc.text, e));
						await assertMirrors(c, 'doc', doc, format);
					}
				}),
				{ numRuns: 40 },
			);
		});
	}

	test('in a worker thread: edits sent as they are made, checks now and then, several documents', async () => {
		const c = client(workerScript);
		assert.equal(c.inWorker, true);
		const docs = [new Doc(BRIEFING), new Doc(BRIEFING.replace(/\n/g, '\r\n'))];
		await assertMirrors(c, 'a', docs[0]!, 'markdown');
		await assertMirrors(c, 'b', docs[1]!, 'plaintext');
		fc.assert(
			fc.property(fc.array(fc.tuple(fc.nat({ max: 1 }), editArbitrary), { minLength: 30, maxLength: 30 }), (edits) => {
				edits.forEach(([k, e]) => docs[k]!.edit(c, k === 0 ? 'a' : 'b', toTextEdit(docs[k]!.text, e)));
			}),
			{ numRuns: 1 },
		);
		await assertMirrors(c, 'a', docs[0]!, 'markdown');
		await assertMirrors(c, 'b', docs[1]!, 'plaintext');
		// Typing at the end, one character at a time, checking each time.
		for (const ch of ' It is legally binding.') {
			docs[0]!.edit(c, 'a', { rangeOffset: docs[0]!.text.length, rangeLength: 0, text: ch });
			await assertMirrors(c, 'a', docs[0]!, 'markdown');
		}
	});

	test('several edits in one event apply in order; checks asked for in a row answer in order', async () => {
		const c = client(workerScript);
		const doc = new Doc(BRIEFING);
		await assertMirrors(c, 'a', doc, 'markdown');
		// Two cursors typing: the later edit first, as the editor reports them, so each offset holds as applied.
		const at1 = doc.text.indexOf('will deliver');
		const at2 = doc.text.indexOf('binding');
		const edits: TextEdit[] = [
			{ rangeOffset: at2, rangeLength: 0, text: 'non-' },
			{ rangeOffset: at1, rangeLength: 'will deliver'.length, text: 'may explore' },
		];
		doc.text = applyEdits(doc.text, edits);
		doc.version++;
		c.edit('a', doc.version, edits);
		const [first, second] = await Promise.all([c.check('a', doc, MOU_SOURCE, settings('markdown')), c.check('a', doc, MOU_SOURCE, settings('markdown'))]);
		assert.deepStrictEqual(second.findings.toArray(), first.findings.toArray());
		await assertMirrors(c, 'a', doc, 'markdown');
		assert.ok(!doc.text.includes('will deliver') && doc.text.includes('non-binding'));
	});

	test('suppression comments and accepted findings are applied after each edit', async () => {
		const c = client(workerScript);
		const doc = new Doc(BRIEFING);
		await assertMirrors(c, 'a', doc, 'markdown');
		doc.edit(c, 'a', { rangeOffset: 0, rangeLength: 0, text: '<!-- clause-lens-disable -->\n' });
		await assertMirrors(c, 'a', doc, 'markdown');
		doc.edit(c, 'a', { rangeOffset: 0, rangeLength: '<!-- clause-lens-disable -->\n'.length, text: '' });
		const all = checkText(doc.text, MOU, { format: 'markdown', severities: {}, ignored: new Set() }).findings;
		assert.ok(all.length >= 2);
		const ignored = [...ignoreSet({ sources: [], severity: {}, ignore: [ignoreKeyOf(doc.text, all[0]!)] })];
		await assertMirrors(c, 'a', doc, 'markdown', ignored);
		const outcome = await c.check('a', doc, MOU_SOURCE, settings('markdown', ignored));
		assert.equal(outcome.ignored, 1);
	});

	test('a copy out of step is sent again; a document closed and checked again starts afresh', async () => {
		const c = client(workerScript);
		const doc = new Doc(BRIEFING);
		await assertMirrors(c, 'a', doc, 'markdown');
		// An edit the client never heard of: the worker's copy is now behind.
		doc.text = doc.text.replace('will deliver', 'has agreed to deliver');
		doc.version++;
		await assertMirrors(c, 'a', doc, 'markdown');
		c.close('a');
		await assertMirrors(c, 'a', doc, 'markdown');
	});

	test('a worker that cannot start: one problem reported, checks run in this thread', async () => {
		const broken = path.join(path.dirname(workerScript), 'broken.js');
		fs.writeFileSync(broken, "throw new Error('no engine here');\n");
		const problems: string[] = [];
		const c = client(broken, (m) => problems.push(m));
		const doc = new Doc(BRIEFING);
		await assertMirrors(c, 'a', doc, 'markdown');
		assert.equal(c.inWorker, false);
		assert.equal(problems.length, 1);
		assert.match(problems[0]!, /check worker stopped \(no engine here\)/);
		doc.edit(c, 'a', { rangeOffset: 0, rangeLength: 0, text: 'It is a binding agreement.\n\n' });
		await assertMirrors(c, 'a', doc, 'markdown');
	});

	test('load: the source is parsed where checks run; its view has the clauses, commitments, names and parties', async () => {
		for (const script of [workerScript, undefined]) {
			const c = client(script);
			const view = await c.load(MOU_SOURCE);
			assert.deepStrictEqual([view.name, view.shortName, view.text], [MOU.name, MOU.shortName, MOU.text]);
			assert.deepStrictEqual(view.clauses, MOU.clauses);
			assert.deepStrictEqual(view.sentences.map((s) => [s.clause.id, s.sentence, s.commitment]), MOU.sentences.map((s) => [s.clause.id, s.sentence, s.commitment]));
			// One structured clone: a sentence's clause is the very clause in the list (the look-up keys on it).
			assert.ok(view.sentences.every((s) => view.clauses.includes(s.clause)));
			assert.deepStrictEqual(view.parties, MOU.parties);
			// Checks against the same documents use the loaded source.
			await assertMirrors(c, 'a', new Doc(BRIEFING), 'markdown');
		}
	});

	test('load: a worker that stops before it answers: the source is loaded in this thread', async () => {
		const broken = path.join(path.dirname(workerScript), 'broken-load.js');
		fs.writeFileSync(broken, "throw new Error('no engine here');\n");
		const problems: string[] = [];
		const c = client(broken, (m) => problems.push(m));
		assert.deepStrictEqual((await c.load(MOU_SOURCE)).clauses, MOU.clauses);
		assert.equal(c.inWorker, false);
		assert.equal(problems.length, 1);
	});

	test('load: a source that cannot be used rejects with the reason', async () => {
		for (const script of [workerScript, undefined]) {
			await assert.rejects(client(script).load({ docs: [{ name: 'empty.txt', text: '' }] }), /^Error: empty\.txt: no clauses found \(the source is empty\)$/);
		}
	});

	test("load: the extension host's thread keeps turning while the worker parses a large source", async () => {
		const text = Array.from({ length: 1500 }, (_, i) => `${i + 1}. The Parties will collaborate on research area ${i} and may share data with the AI Security Institute.`).join('\n\n');
		const turnsWhileLoading = async (script: string | undefined): Promise<number> => {
			let turns = 0;
			let loading = true;
			const spin = (): void => {
				if (loading) {
					turns++;
					setImmediate(spin);
				}
			};
			setImmediate(spin);
			const view = await client(script).load({ docs: [{ name: 'large.md', text }] });
			loading = false;
			assert.equal(view.clauses.length, 1500);
			return turns;
		};
		// In this thread (no worker) the parse holds the thread: the loop turns only once it is done.
		assert.ok((await turnsWhileLoading(undefined)) <= 3);
		const turns = await turnsWhileLoading(workerScript);
		assert.ok(turns >= 20, `the host's event loop turned ${turns} times while the worker parsed`);
	});

	test('a source the worker cannot load fails the check with its reason', async () => {
		const c = client(workerScript);
		const empty: CheckSource = { docs: [{ name: 'empty.txt', text: '' }] };
		await assert.rejects(c.check('a', new Doc(BRIEFING), empty, settings('markdown')), /the source could not be loaded/);
	});
});
