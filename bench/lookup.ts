// Benchmark of the clause lookup's ranking (npx tsx bench/lookup.ts [clauses]): index build, first (cold)
// query, warm per-query times, against fuse.js over whole clauses as the baseline the issue measured.
import Fuse from 'fuse.js';

import { ClauseRanker } from '../src/extension/lookup/rankClauses';
import { largeSource } from '../test/unit/largeSource';

const count = Number(process.argv[2] ?? 10_000);
const queries = ['growth zones', 'secruity institute', 'sovereign infrastucture growth zone', 'legaly binding memorandum', 'skils workshops public sector', '2.3', 'justic'];
const clauses = largeSource(count);
const ms = (t: number): string => `${(performance.now() - t).toFixed(1)} ms`;

let t = performance.now();
const ranker = new ClauseRanker(clauses);
console.log(`${count} clauses: index built in ${ms(t)}`);
t = performance.now();
ranker.rank(queries[1]!);
console.log(`first query (builds the typo index and a fuse.js bucket): ${ms(t)}`);
queries.forEach((q) => ranker.rank(q));
const times: number[] = [];
for (let round = 0; round < 50; round++) {
	for (const q of queries) {
		const t0 = performance.now();
		ranker.rank(q);
		times.push(performance.now() - t0);
	}
}
times.sort((a, b) => a - b);
const mean = times.reduce((a, b) => a + b, 0) / times.length;
console.log(`warm: mean ${mean.toFixed(2)} ms, p50 ${times[times.length >> 1]!.toFixed(2)} ms, p95 ${times[Math.floor(times.length * 0.95)]!.toFixed(2)} ms, max ${times[times.length - 1]!.toFixed(2)} ms per query`);
for (const q of queries.slice(0, 3)) {
	console.log(`  ${q.padEnd(38)} → ${ranker.rank(q, 3).map((r) => clauses[r.index]!.id).join(', ')}`);
}

t = performance.now();
const fuse = new Fuse(clauses, { keys: ['id', 'title', 'text'], threshold: 0.4, ignoreLocation: true });
console.log(`baseline fuse.js over whole clauses: index ${ms(t)}`);
for (const q of queries.slice(0, 3)) {
	t = performance.now();
	const hits = fuse.search(q, { limit: 3 });
	console.log(`  ${q.padEnd(38)} → ${hits.map((h) => h.item.id).join(', ') || '(nothing)'} in ${ms(t)}`);
}
