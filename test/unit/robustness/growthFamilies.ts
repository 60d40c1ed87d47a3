// Adversarial input families for the growth tests (test/unit/robustness/growth.test.ts) and `npm run bench`'s growth
// section: each family builds a text of any length that makes one regular expression (or scan) of the engine work as
// hard as it can, and each runs through the engine function that reads such text. Shared so that the figures the
// benchmark prints are the ones the tests hold to.
import * as fs from 'node:fs';
import * as path from 'node:path';

import {
	check,
	checkText,
	filterSuppressed,
	findSuppressions,
	loadSources,
	quoteWithCitation,
	type SourceModel,
	type SuppressedRange,
	type TextFormat,
} from '../../../src/engine';
import { quantities } from '../../../src/engine/rules/contradictedDetail';
import { DistinctTerms } from '../../../src/engine/rules/distinctTerms';
import { exactWords } from '../../../src/engine/rules/misquote';
import { openLists } from '../../../src/engine/rules/openList';

const ROOT = path.join(__dirname, '../../..');
const read = (file: string): string => fs.readFileSync(path.join(ROOT, file), 'utf8');

let sources: { mou: SourceModel; paris: SourceModel } | undefined;
/** The embedded MoU, and the Paris Agreement (numbered articles with figures, for the rules that compare numbers). */
function models(): { mou: SourceModel; paris: SourceModel } {
	sources ??= {
		mou: loadSources([{ text: read('seeds/uk-openai-mou-2025-07-21.txt'), name: 'UK–OpenAI MoU' }]),
		paris: loadSources([{ text: read('test/eval/sources/paris-agreement.md'), name: 'paris-agreement.md' }]),
	};
	return sources;
}

/** What a family's text is fed to. */
export type GrowthTarget =
	| 'markdown'
	| 'plaintext'
	| 'paris'
	| 'source'
	| 'suppressions'
	| 'suppressionFilter'
	| 'quantities'
	| 'misquoteFix'
	| 'quoteFix'
	| 'distinctTerms';

/** One adversarial family: `text(n)` is about `n` characters long. */
export interface GrowthFamily {
	readonly name: string;
	readonly target: GrowthTarget;
	readonly text: (n: number) => string;
	/** The sizes the test compares (characters); the larger is 16–64× the smaller. */
	readonly small: number;
	readonly large: number;
}

const PROBE = 'The Parties will share 3 datasets, such as a and b only. “OpenAI and DSIT will collaborate to identify opportunities, and” said the MoU.';

/** Runs the engine function a family targets over `text`. */
export function runTarget(target: GrowthTarget, text: string): void {
	const { mou, paris } = models();
	const briefing = (source: SourceModel, format: TextFormat): void => {
		checkText(text, source, { format, severities: {}, ignored: new Set() });
	};
	switch (target) {
		case 'markdown':
			return briefing(mou, 'markdown');
		case 'plaintext':
			return briefing(mou, 'plaintext');
		case 'paris':
			return briefing(paris, 'markdown');
		case 'source': {
			// The load, then what the rules work out from a source on first use (its figures, its open lists).
			let model: SourceModel;
			try {
				model = loadSources([{ text, name: 'adversarial.md' }]);
			} catch {
				return;
			}
			openLists(model);
			check(PROBE, model);
			return;
		}
		case 'suppressions':
			findSuppressions(text);
			return;
		case 'suppressionFilter':
			return filterFamily(text);
		case 'quantities':
			quantities(text);
			return;
		case 'misquoteFix':
			exactWords(text);
			return;
		case 'quoteFix':
			quoteWithCitation(text, 'MoU §1');
			return;
		case 'distinctTerms': {
			const terms = new DistinctTerms();
			text.split(' ').forEach((term) => terms.add(term));
			return;
		}
	}
}

type FilterInput = { findings: { ruleId: string; span: { start: number; end: number } }[]; ranges: SuppressedRange[] };
/** The last findings and ranges made, by text length: building them is not what is measured. */
const filterInputs = new Map<number, FilterInput>();

/** Filters findings by suppression ranges, one of each per 50 characters of `text` (only its length counts). */
function filterFamily(text: string): void {
	let input = filterInputs.get(text.length);
	if (input === undefined) {
		const n = Math.floor(text.length / 50);
		input = { findings: [], ranges: [] };
		for (let i = 0; i < n; i++) {
			input.ranges.push({ start: i * 50, end: i * 50 + 20, rules: new Set(['misquote']) });
			input.findings.push({ ruleId: i % 2 === 0 ? 'misquote' : 'overstated-commitment', span: { start: n * 50 - i * 50 - 10, end: n * 50 - i * 50 } });
		}
		filterInputs.set(text.length, input);
	}
	filterSuppressed(input.findings, input.ranges);
}

/** `head`, then `unit` repeated, then `tail`: about `n` characters. */
const repeat = (head: string, unit: string, tail = '') => (n: number): string => head + unit.repeat(Math.max(1, Math.ceil((n - head.length - tail.length) / unit.length))) + tail;

/** A family in one sentence or block (1k → 16k: a briefing's sentences are cut at 20,000 characters). */
const block = (target: GrowthTarget, name: string, text: (n: number) => string): GrowthFamily => ({ name, target, text, small: 1_000, large: 16_000 });
/** A family of many lines or sentences (2k → 32k). */
const many = (target: GrowthTarget, name: string, text: (n: number) => string): GrowthFamily => ({ name, target, text, small: 2_000, large: 32_000 });
/**
 * A family for one fast scan (64k → 1M). Both sizes are past the size from which a copy of the text is a large
 * allocation (whose collection costs more per character): a ratio across that line measures the collector.
 */
const scan = (target: GrowthTarget, name: string, text: (n: number) => string): GrowthFamily => ({ name, target, text, small: 64_000, large: 1_000_000 });

/**
 * Briefing-side families, checked against the MoU: `block` and `many` as markdown and as plain text, `inline` and
 * `lines` (markdown syntax) as markdown only.
 */
const BRIEFING: readonly (readonly [string, (n: number) => string, 'block' | 'many' | 'inline' | 'lines'])[] = [
	// Sentence splitting and abbreviations (sentences.ts)
	['full stops after initials', repeat('', 'A. '), 'many'],
	['abbreviations before numbers', repeat('', 'No. '), 'many'],
	['abbreviations', repeat('See ', 'e.g. Mr. etc. '), 'many'],
	['no sentence end', repeat('The MoU covers ', 'justice '), 'block'],
	['one word', repeat('', 'a'), 'block'],
	['one hyphenated word', repeat('', 'a-'), 'block'],
	['dotted word', repeat('', 'a.b'), 'block'],
	['apostrophes', repeat('', "a'"), 'block'],
	['combining marks', repeat('', 'e\u0301'), 'block'],
	// Quotations (findQuotes, matchQuote, blanking)
	['many quotations in a sentence', repeat('The MoU says ', '"a b c" ', '.'), 'block'],
	['many curly quotations', repeat('The MoU says ', '“OpenAI will collaborate” ', '.'), 'block'],
	['unclosed quotations', repeat('The MoU says ', '“a ', '.'), 'block'],
	['single quotes and apostrophes', repeat('The MoU says ', "'a b' UK's ", '.'), 'block'],
	['quotation with ellipses', repeat('The MoU says “', 'will … collaborate [to] ', '”.'), 'block'],
	// Inline markdown (inlineMarkup.ts)
	['unclosed links', repeat('', '[a]('), 'inline'],
	['brackets', repeat('', '[a]'), 'inline'],
	['link destinations', repeat('', '[a](b[c]'), 'inline'],
	['unclosed tags', repeat('', '<a '), 'inline'],
	['unclosed comments', repeat('', '<!--'), 'inline'],
	['backticks', repeat('', '`a '), 'inline'],
	['emphasis runs', repeat('', '**a '), 'inline'],
	['underscores', repeat('', '_a '), 'inline'],
	['bare URLs', repeat('', 'http://a'), 'inline'],
	['autolinks', repeat('', '<a@b'), 'inline'],
	['escapes', repeat('', '\\*'), 'inline'],
	// Lines and blocks (markdownBlocks.ts, segmentBriefing.ts)
	['headings', repeat('', '# a\n'), 'lines'],
	['list items', repeat('', '- OpenAI will deploy AI\n'), 'many'],
	['numbered items', repeat('', '1. a\n'), 'many'],
	['blockquotes', repeat('', '> a\n'), 'lines'],
	['indented lines', repeat('a\n', '    a\n'), 'lines'],
	['fences', repeat('', '\n```\n'), 'lines'],
	['table rows', repeat('| a | b |\n|---|---|\n', '| a | b |\n'), 'lines'],
	['setext underlines', repeat('', 'a\n===\n'), 'lines'],
	['hard-wrapped title lines', repeat('', 'Title Line\n'), 'many'],
	['blank lines', repeat('a', '\n'), 'many'],
	// Commitment cues, frames, rules
	['modals', repeat('OpenAI ', 'will may '), 'block'],
	['cue with adverbs', repeat('OpenAI may ', 'also ', 'include deploying.'), 'block'],
	['party subjects', repeat('', 'OpenAI and DSIT will deploy AI. '), 'many'],
	['attributions', repeat('', 'Under the MoU, '), 'block'],
	['agreement referents', repeat('', 'the MoU includes '), 'block'],
	['duties under the agreement', repeat('Under the MoU, ', 'OpenAI must deploy AI and ', '.'), 'block'],
	['binding talk', repeat('The MoU ', 'is legally binding and ', '.'), 'block'],
	['status talk', repeat('', 'It is not a contract. '), 'many'],
	['closed lists', repeat('The MoU covers only ', 'justice, defence and security, ', '.'), 'block'],
	['pronoun openings', repeat('The MoU covers AI. ', 'It also covers AI. '), 'many'],
	['hedges', repeat('OpenAI may ', 'possibly potentially ', 'deploy AI.'), 'block'],
	['stated as done', repeat('', 'OpenAI is deploying AI and '), 'block'],
	['reporting verbs', repeat('', 'Kyle said the MoU says '), 'block'],
	['list items in a claim', repeat('Under the MoU, OpenAI will deliver ', 'justice, ', 'and welfare.'), 'block'],
	['spaces in a list', repeat('Under the MoU, OpenAI will deliver justice', ' ', 'defence and welfare.'), 'block'],
	['distinct money amounts', (n) => `The MoU gives OpenAI ${Array.from({ length: Math.ceil(n / 8) }, (_, i) => `£${i + 1}m`).join(' ')}.`, 'block'],
	['distinct deadlines', (n) => `Under the MoU, OpenAI will deliver ${Array.from({ length: Math.ceil(n / 14) }, (_, i) => `by ${1000 + i}, `).join('')}x.`, 'block'],
	['commas and spaces', repeat('Under the MoU, OpenAI will deliver justice', ', ', 'and welfare.'), 'block'],
	['money amounts', repeat('The MoU gives OpenAI ', '£1 ', 'million.'), 'block'],
	['digits and commas', repeat('The MoU gives OpenAI ', '1,', '5 million days.'), 'block'],
	['digits and stops', repeat('The MoU gives OpenAI £', '1.', '5 million.'), 'block'],
	['questions', repeat('Will OpenAI deploy', '?', ' x'), 'block'],
	['colons', repeat('The MoU covers', ': ', 'x'), 'block'],
	['suppression comments', repeat('', '<!-- clause-lens-disable-next-line -->\nOpenAI will deploy AI in the NHS.\n'), 'many'],
];

/** Families for the Paris Agreement as the source: numbers and article references. */
const PARIS: readonly (readonly [string, (n: number) => string])[] = [
	['article references', repeat('Under the Agreement, ', 'Article 4.1 and '), ],
	['section signs', repeat('Under the Agreement, ', '§ 4 '), ],
	['article numbers spaced', repeat('Under Article 4, ', 'Article 1           ', '.')],
	['figures in a claim', repeat('Under Article 4, Parties will communicate a contribution every ', '1,', '5 years.')],
	['per cent figures', repeat('Under Article 21, ', '55 per cent ', 'of emissions.')],
];

/** Words enough for a source whose first 2,000 characters must read as text. */
const WORDY = 'The Parties will share data and collaborate on research. '.repeat(40);

/** Source-side families: the source loader (clauses, sentences, commitments, parties, names) and its first check. */
const SOURCE: readonly (readonly [string, (n: number) => string, 'block' | 'many' | 'title'])[] = [
	['capitalised words (party names)', repeat('1. ', 'Word ', '.'), 'block'],
	['capitalised words joined by and', repeat('1. ', 'Word and Word ', '.'), 'block'],
	['party names before a modal', repeat('1. ', 'OpenAI and the DSIT ', 'will share.'), 'block'],
	['one long sentence of words', repeat('1. The Parties ', 'will collaborate and ', '.'), 'block'],
	['no sentence end', repeat('1. The Parties share ', 'data, ', ''), 'block'],
	['sentences', repeat('', '1. The Parties will collaborate. '), 'many'],
	// Only the first 20,000 characters are searched for the title: 1k → 16k.
	['blank lines before the title', repeat('', '\n', `${'x'.repeat(300)}\n\n1. The Parties will collaborate.`), 'title'],
	['defined names', repeat('1. ', 'this Memorandum (the "Agreement") ', '.'), 'block'],
	['section headings', repeat('', 'Section 1\n\n- The Parties will share data.\n\n'), 'many'],
	['numbered clauses', repeat('', '1.1 The Parties will share data.\n'), 'many'],
	['sub-items', repeat('', '(a) the Parties will share data;\n'), 'many'],
	['signature and date lines', repeat('1. The Parties will share data.\n', 'Signed\n21 July 2025\n'), 'many'],
	['binding talk', repeat('1. This MoU ', 'is not legally binding and ', 'is voluntary.'), 'block'],
	['one word', repeat('1. ', 'a', '.'), 'block'],
	['one hyphenated word', repeat(`1. ${WORDY}`, 'a-', '.'), 'many'],
	// Not followed by a unit: a match tried at each digit of the run fails.
	['digits and commas', repeat(`1. ${WORDY}The Parties will meet every `, '1,', '5 apples.'), 'many'],
	['money and commas', repeat(`1. ${WORDY}OpenAI will invest £`, '1,', '5 million.'), 'many'],
	['open list with spaces', repeat('1. The Parties will cooperate in areas such as a', ' ', 'b and c.'), 'block'],
	['open list items', repeat('1. The Parties will cooperate in areas such as ', 'a and ', 'b.'), 'block'],
];

/** Every family the growth tests hold to. */
export const GROWTH_FAMILIES: readonly GrowthFamily[] = [
	// Markdown syntax: from 4k, past the 2,000-character bounds of the inline patterns (below them, one match can
	// take a whole small text, and the per-character cost of that text says nothing about growth).
	...BRIEFING.flatMap(([name, text, kind]) => {
		switch (kind) {
			case 'inline':
				return [{ ...many('markdown', name, text), small: 4_000, large: 64_000 }];
			case 'lines':
				return [many('markdown', name, text)];
			default:
				return (['markdown', 'plaintext'] as const).map((target) => (kind === 'block' ? block : many)(target, name, text));
		}
	}),
	...PARIS.map(([name, text]) => block('paris', name, text)),
	// Loading has a fixed cost (the probe check) that would hide growth at 1k: sources go from 4k to 64k (a source's
	// sentence is not cut at 20,000 characters as a briefing's is).
	...SOURCE.map(([name, text, kind]) => (kind === 'title' ? block('source', name, text) : { ...block('source', name, text), small: 4_000, large: 64_000 })),
	scan('suppressions', 'unclosed disable comments', repeat('', '<!-- clause-lens-disable ')),
	scan('suppressions', 'unclosed disable comments with rule ids', repeat('', '<!-- clause-lens-disable misquote, ')),
	scan('suppressions', 'disable and enable pairs', repeat('', '<!-- clause-lens-disable misquote -->\na\n<!-- clause-lens-enable -->\n')),
	scan('suppressions', 'next-line comments on one line', repeat('', '<!-- clause-lens-disable-next-line -->', '\nx')),
	scan('suppressions', 'many rules opened, then closed one by one', (n) => `<!-- clause-lens-disable ${Array.from({ length: n / 40 }, (_, i) => `r${i}`).join(' ')} -->\n${'<!-- clause-lens-enable r1 -->'.repeat(n / 60)}`),
	scan('suppressions', 'fenced code', repeat('', '```\n<!-- clause-lens-disable -->\n```\n')),
	// Findings and ranges are objects reached through an index sort: past a few thousand of them the time per item
	// measures the memory hierarchy (1M and 2M characters grew 9-10× in CI), not the filter. 16k → 256k (16×) keeps
	// them in cache; the old findings × ranges filter grows 16× per character there.
	{ ...scan('suppressionFilter', 'findings × ranges', repeat('', 'x')), small: 16_000, large: 256_000 },
	scan('quantities', 'digits and commas', repeat('', '1,')),
	scan('quantities', 'digits, commas and stops', repeat('', '1,1.')),
	scan('quantities', 'money and commas', repeat('£', '1,')),
	scan('quantities', 'number words and spaces', repeat('', 'five ')),
	scan('misquoteFix', 'dangling words', repeat('the Parties will collaborate', ' and', ' x')),
	scan('misquoteFix', 'dangling spaces', repeat('the Parties will collaborate', ' ', 'x')),
	scan('misquoteFix', 'dangling commas', repeat('the Parties will collaborate', ',', 'x')),
	{ ...scan('distinctTerms', 'distinct amounts in one message', (n) => Array.from({ length: Math.ceil(n / 8) }, (_, i) => `£${i + 1}m`).join(' ')), small: 16_000, large: 256_000 },
	// Under a nanosecond per character: past 256k the copies of the result (large allocations) dominate the ratio.
	{ ...scan('quoteFix', 'spaces without a line break', repeat('the Parties will collaborate', ' ', 'x')), small: 16_000, large: 256_000 },
];
