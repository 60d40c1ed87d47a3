// Builds realistic briefing text and sources of a given size for the benchmark and the regression snapshot.
// Deterministic: a seeded generator recombines and varies the labelled briefings and the examples, so
// every size has many distinct paragraphs (not one sentence repeated).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The repository root: the nearest ancestor holding `seeds/` (works from bench/ and from a bundle in dist/). */
export const ROOT = findRoot(__dirname);

function findRoot(from: string): string {
	for (let dir = from; ; dir = dirname(dir)) {
		if (existsSync(join(dir, 'seeds')) && existsSync(join(dir, 'examples'))) {
			return dir;
		}
		if (dirname(dir) === dir) {
			return process.cwd();
		}
	}
}
/** The embedded MoU's path. */
export const MOU_PATH = join(ROOT, 'seeds', 'uk-openai-mou-2025-07-21.txt');

/** A small, fast, seeded PRNG (mulberry32). */
export function rng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** The briefings the corpus is made of: the evaluation set and the examples, line endings normalised. */
export function briefingTexts(): { name: string; text: string }[] {
	const dirs = [join(ROOT, 'test', 'eval', 'briefings'), join(ROOT, 'examples')];
	const out: { name: string; text: string }[] = [];
	for (const dir of dirs) {
		for (const name of readdirSync(dir).sort()) {
			if (/\.(?:md|txt)$/.test(name)) {
				out.push({ name, text: readFileSync(join(dir, name), 'utf8').replace(/\r\n?/g, '\n') });
			}
		}
	}
	return out;
}

/** Topic words swapped in and out so that recombined paragraphs differ from their originals. */
const TOPICS = [
	'justice', 'defence', 'security', 'education', 'health', 'transport', 'housing', 'energy', 'welfare', 'skills',
	'policing', 'courts', 'schools', 'hospitals', 'planning', 'borders', 'tax', 'pensions', 'farming', 'culture',
];
const NAMES = ['Sheffield', 'Cardiff', 'Belfast', 'Glasgow', 'Leeds', 'Bristol', 'Norwich', 'Swansea', 'Dundee', 'Derby'];
const topicRe = new RegExp(`\\b(?:${TOPICS.join('|')})\\b`, 'g');
const numberRe = /\b\d{1,3}\b/g;

/** Cuts a briefing into paragraphs and headings (blank-line separated chunks). */
function chunksOf(text: string): string[] {
	return text.split(/\n{2,}/).map((c) => c.trim()).filter((c) => c.length > 0);
}

const wordRe = /\b[a-z]{5,}\b/g;

/**
 * A markdown briefing of about `bytes` UTF-16 code units, recombined from the real briefings: paragraphs
 * picked at random, topic words, numbers and places swapped, and one in five longer lower-case words
 * replaced by another word of the briefings, so that almost every sentence is distinct (as in a real pack).
 */
export function briefingOfSize(bytes: number, seed = 1): string {
	const random = rng(seed);
	const texts = briefingTexts();
	const chunks = texts.flatMap((b) => chunksOf(b.text));
	const vocabulary = [...new Set(texts.flatMap((b) => b.text.match(wordRe) ?? []))].sort();
	const parts: string[] = [];
	let size = 0;
	let section = 0;
	while (size < bytes) {
		if (random() < 0.08) {
			section++;
			parts.push(`## ${section}. ${TOPICS[section % TOPICS.length]![0]!.toUpperCase()}${TOPICS[section % TOPICS.length]!.slice(1)} and the partnership`);
		}
		const chunk = chunks[Math.floor(random() * chunks.length)]!
			.replace(topicRe, (w) => (random() < 0.5 ? w : TOPICS[Math.floor(random() * TOPICS.length)]!))
			.replace(numberRe, (n) => (random() < 0.7 ? n : String(Math.floor(random() * 400))))
			.replace(/\bLondon\b/g, () => NAMES[Math.floor(random() * NAMES.length)]!)
			.replace(wordRe, (w) => (random() < 0.8 ? w : vocabulary[Math.floor(random() * vocabulary.length)]!));
		parts.push(chunk);
		size += chunk.length + 2;
	}
	return parts.join('\n\n').slice(0, bytes);
}

/** Sentences of the MoU's kind, with slots for topics; recombined into generated clauses. */
const CLAUSE_TEMPLATES = [
	'The Parties will collaborate to identify opportunities for how advanced AI can be deployed in {t} and {u}.',
	'This may include exploring pilots in {t}, with evaluation of outcomes for {u} services.',
	'The Department and the Supplier may also explore avenues to develop {t} capability, focused on shared areas of interest.',
	'Each Party will share information about {t} risks and work to mitigate those risks in {u}.',
	'The Parties intend to publish a joint statement on {t} standards before the end of {y}.',
	'This means supporting small businesses and citizens to navigate {t} services more effectively.',
	'The partnership may include workshops on {t} skills for staff working in {u}.',
	'Nothing in this clause creates a legal obligation in relation to {t}.',
	'The Parties will seek to agree a plan for {t} infrastructure, recognising the importance of {u} capability.',
	'Data relating to {t} will be handled in line with the guidelines on {u}.',
];

/** The MoU's own sentences, as further templates for generated clauses. */
function mouSentences(): string[] {
	const mou = readFileSync(MOU_PATH, 'utf8').replace(/\s+/g, ' ');
	return (mou.match(/[A-Z][^.]{40,400}\./g) ?? []).filter((s) => !/Section|Published|Notice/.test(s));
}

/**
 * A source of `count` clauses in numbered sections of ten bullets, plus a status section. Each clause has one to
 * three sentences: a template or one of the MoU's sentences, with topic slots and a fifth of its longer words filled
 * from the vocabulary of the MoU and the briefings (over a thousand words), so postings are as varied as a real
 * agreement's rather than twenty topic words over and over.
 */
export function sourceOfSize(count: number, seed = 7): string {
	const random = rng(seed);
	const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
	const vocabulary = [...new Set([readFileSync(MOU_PATH, 'utf8'), ...briefingTexts().map((b) => b.text)].join(' ').match(wordRe) ?? [])].sort();
	const templates = [...CLAUSE_TEMPLATES, ...mouSentences()];
	const topic = (): string => (random() < 0.3 ? pick(TOPICS) : pick(vocabulary));
	const lines = ['Memorandum of Understanding on AI in public services', '', 'Introduction', '',
		'This Memorandum of Understanding sets out the shared intent of the Department and the Supplier.', ''];
	let clauses = 1;
	for (let section = 1; clauses < count - 1; section++) {
		lines.push(`Section ${section}: ${topic()} and ${topic()}`, '');
		for (let k = 0; k < 10 && clauses < count - 1; k++, clauses++) {
			const sentences = 1 + Math.floor(random() * 3);
			const body: string[] = [];
			for (let s = 0; s < sentences; s++) {
				body.push(pick(templates)
					.replace('{t}', topic())
					.replace('{u}', `${topic()} in ${pick(NAMES)}`)
					.replace('{y}', String(2025 + Math.floor(random() * 5)))
					.replace(wordRe, (w) => (random() < 0.8 ? w : pick(vocabulary))));
			}
			lines.push(`  • ${body.join(' ')}`);
		}
		lines.push('');
	}
	lines.push('Status', '', 'This memorandum is voluntary, not legally binding, and without prejudice to any binding agreements.', '');
	return lines.join('\n');
}
