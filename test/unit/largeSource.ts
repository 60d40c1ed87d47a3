// A synthetic large source for the lookup's ranking tests and benchmark: `count` clauses of MoU-like prose
// over a vocabulary of about 25,000 words, with the MoU's own clauses planted among them. Deterministic.
import * as fs from 'node:fs';
import * as path from 'node:path';

import { loadSource } from '../../src/engine';
import type { RankableClause } from '../../src/extension/lookup/rankClauses';

const MOU_TEXT = fs.readFileSync(path.join(__dirname, '../../seeds/uk-openai-mou-2025-07-21.txt'), 'utf8');

/** The embedded MoU's clauses as the ranker sees them. */
export const MOU_CLAUSES: readonly RankableClause[] = loadSource(MOU_TEXT, 'MoU').clauses;

/** A small deterministic PRNG (mulberry32). */
function random(seed: number): () => number {
	let a = seed;
	return () => {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** `count` synthetic clauses (ids `s.n`) with the MoU's clauses planted at fixed positions (ids `mou:…`). */
export function largeSource(count: number, seed = 42): RankableClause[] {
	const rand = random(seed);
	const real = [...new Set(MOU_TEXT.toLowerCase().match(/[a-z]+/g) ?? [])];
	const syllables = ['ab', 'ver', 'lo', 'tra', 'men', 'sid', 'qua', 'ro', 'pel', 'dun', 'ist', 'cor', 'ex', 'ma', 'fin', 'gal'];
	const vocabulary = [...real];
	while (vocabulary.length < 25_000) {
		const n = 2 + Math.floor(rand() * 3);
		vocabulary.push(Array.from({ length: n }, () => syllables[Math.floor(rand() * syllables.length)]).join(''));
	}
	// Zipf-like: low ranks (the real words come first) are much more frequent.
	const word = (): string => vocabulary[Math.floor(vocabulary.length * rand() ** 3)]!;
	const phrase = (n: number): string => Array.from({ length: n }, word).join(' ');
	const out: RankableClause[] = [];
	for (let i = 0; i < count; i++) {
		out.push({ id: `${Math.floor(i / 10) + 1}.${(i % 10) + 1}`, title: phrase(3), text: `${phrase(25 + Math.floor(rand() * 30))}.` });
	}
	MOU_CLAUSES.forEach((clause, k) => {
		out[Math.floor(((k + 0.5) * count) / MOU_CLAUSES.length)] = { ...clause, id: `mou:${clause.id}` };
	});
	return out;
}
