// The editor design question of issue 4: what keeps the extension host from stalling over 50 ms per keystroke in a
// 5 MB document? Measures the main-thread cost of each design. Structured clone (what postMessage to a worker does)
// is measured with v8.serialize/deserialize, the serializer it uses; a language server's transport with JSON.
import * as v8 from 'node:v8';

import { check, type CheckResult, createIncrementalChecker, type Finding, LineIndex, type ResultChange, type SourceModel } from '../src/engine';
import { rng } from './corpus';
import { flat, summarise, time, type Timing } from './measure';

/** A row for the benchmark's table. */
export interface EditorRow {
	readonly name: string;
	readonly value: number | null;
	readonly unit: string;
	readonly target?: string;
	readonly ok?: boolean;
	readonly note?: string;
}

const STALL_MS = 50;

/** Main-thread milliseconds per keystroke in a 5 MB document under each design. */
export async function measureEditorDesigns(source: SourceModel, text: string, quick: boolean): Promise<EditorRow[]> {
	const edits = quick ? 15 : 40;
	const rows: EditorRow[] = [];
	const row = (name: string, t: Timing | number, note?: string): void => {
		const value = typeof t === 'number' ? t : t.median;
		const worst = typeof t === 'number' ? t : t.p90;
		rows.push({ name, value, unit: 'ms', target: `≤ ${STALL_MS} ms`, ok: worst <= STALL_MS, note: note ?? (typeof t === 'number' ? undefined : `p90 ${t.p90.toFixed(1)}, max ${t.max.toFixed(1)} ms`) });
	};
	const full = time(() => check(text, source), 1, 0);
	row('A. full check on the main thread (debounced)', full, 'one run: every pause in typing stalls this long');
	const { update, apply, changes, first } = typeIn(source, text, edits);
	row('B. incremental update() on the main thread', update);
	row('B. incremental apply() on the main thread', apply);
	rows.push({ name: '   (opening the document: first full check)', value: first, unit: 'ms', note: 'on the main thread unless chunked or in a worker' });
	const result = check(text, source);
	const cloned = cloneCost(result);
	row('C. worker, full result posted back each time', cloned.receive, `structured clone: ${cloned.bytes} MB; main thread deserialises`);
	const json = jsonCost(result);
	row('D. language server, full diagnostics each time', json.receive, `JSON-RPC: ${json.bytes} MB parsed by the client (before converting to Diagnostics)`);
	const change = summarise(changes.map((c) => cloneCost(c).receive));
	row('E. worker running apply(), only the change posted', change, `worker itself: apply() median ${apply.median.toFixed(1)} ms, off the main thread`);
	const lines = new LineIndex(text);
	const convert = (findings: readonly Finding[]): unknown[] => findings.map((f) => ({ range: [lines.positionAt(f.span.start), lines.positionAt(f.span.end)], message: f.message, severity: f.severity, code: f.ruleId }));
	rows.push({ name: '   (every finding to a line/character range: the least a full re-publish costs)', value: time(() => convert(result.findings), 5, 1).median, unit: 'ms', note: `${result.findings.length} findings; per change: only the added ones` });
	const textClone = time(() => v8.deserialize(v8.serialize(text)), 5, 1);
	rows.push({ name: '   (posting the whole 5 MB text to a worker instead of the edit)', value: textClone.median, unit: 'ms', note: 'serialise + deserialise; send contentChanges instead' });
	return rows;
}

/** Types one character at a time at random places: update() and apply() times, the changes, the first check. */
function typeIn(source: SourceModel, text: string, edits: number): { update: Timing; apply: Timing; changes: ResultChange[]; first: number } {
	const times = { update: [] as number[], apply: [] as number[] };
	const changes: ResultChange[] = [];
	let first = 0;
	for (const method of ['update', 'apply'] as const) {
		const random = rng(17);
		const checker = createIncrementalChecker(source);
		let current = text;
		const started = performance.now();
		checker.update(current);
		first = performance.now() - started;
		for (let i = 0; i < edits; i++) {
			const at = Math.floor(random() * current.length);
			current = flat(current.slice(0, at) + 'a' + current.slice(at));
			const t = performance.now();
			const out = checker[method](current);
			times[method].push(performance.now() - t);
			if (method === 'apply') {
				changes.push(out as ResultChange);
			}
		}
	}
	return { update: summarise(times.update), apply: summarise(times.apply), changes, first };
}

/** What receiving a value through postMessage costs the receiving thread (deserialisation), and its size. */
function cloneCost(value: CheckResult | ResultChange): { receive: number; bytes: number } {
	const buffer = v8.serialize(value);
	return { receive: time(() => v8.deserialize(buffer), 3, 1).median, bytes: Math.round((buffer.length / 1e6) * 10) / 10 };
}

/** What receiving a result as JSON costs the client (parsing only), and its size. */
function jsonCost(result: CheckResult): { receive: number; bytes: number } {
	const json = JSON.stringify(result);
	return { receive: time(() => JSON.parse(json), 3, 1).median, bytes: Math.round((json.length / 1e6) * 10) / 10 };
}
