// Generators for the property tests: briefing-like documents built from the labelled briefings, markdown and
// quotation syntax, and hostile Unicode, plus random edits. Shared by the robustness and incremental properties.
import * as fs from 'node:fs';
import * as path from 'node:path';

import fc from 'fast-check';

const BRIEFINGS = path.join(__dirname, '../../eval/briefings');

/** Paragraphs and headings of the labelled briefings (LF line ends). */
export const PARAGRAPHS: readonly string[] = fs
	.readdirSync(BRIEFINGS)
	.filter((f) => /\.(?:md|txt)$/.test(f))
	.sort()
	.flatMap((f) => fs.readFileSync(path.join(BRIEFINGS, f), 'utf8').replace(/\r\n?/g, '\n').split(/\n{2,}/))
	.filter((p) => p.trim() !== '');

/** Markdown, quotation and layout syntax, including the unbalanced and the nested. */
export const SYNTAX: readonly string[] = [
	'\n', '\n\n', '\r\n', '\r', '  ', '\t', '# ', '## ', '###### ', '- ', '* ', '1. ', '(a) ', '> ', '> > ', '>>> ', '    ',
	'```\n', '~~~\n', '`', '``', '**', '__', '*', '_', '~~', '[', ']', '](http://x.test/a_(b)', '![', '<!--', '-->', '<b>',
	'</div>\n', '|', ' | ', '|---|---|\n', '---\n', '===\n', '+++\n', '\\', '\\*', '[^1]', '<https://gov.uk>', 'www.gov.uk/x.',
	'"', '“', '”', '‘', '’', "'", '«', '»', '„', '(', ')', '…', '...', '. ', '? ', '! ', 'Mr. ', 'e.g. ', 'No. 10 ',
	'will ', 'may ', 'must ', 'shall ', 'not ', 'legally binding ', 'the MoU ', 'OpenAI ', 'DSIT ', 'justice ', 'AI Growth Zones ',
	'will collaborate to identify opportunities ', '“will deploy AI in justice”', '"may also include exploring"',
	// A lead-in whose cue the list items after it take: an edit to it changes what the items say.
	'Under the MoU, OpenAI will:\n', '- deploy its models across government departments\n', '- expand its work with the AI Security Institute\n',
];

/** Hostile Unicode: astral characters, combining marks, right-to-left text, zero-width and odd spaces, lone surrogates. */
export const UNICODE: readonly string[] = [
	'😀', '👩‍💻', '𝔘𝔎', '𠜎', 'é', 'e\u0301', 'a\u0300\u0301\u0302', '\u200b', '\u200c', '\u200d', '\ufeff', '\u00a0', '\u202f',
	'\u2028', '\u2029', '\u0085', 'שלום ', 'مرحبا ', '\u202e', '\u2066', 'Ǆ', 'ß', 'İ', '\ud800', '\udc00', '\u0000', '\u0007', '中文。',
];

/** A fragment of a document: a real paragraph, syntax, Unicode, or random code units. */
export const fragment: fc.Arbitrary<string> = fc.oneof(
	{ weight: 3, arbitrary: fc.constantFrom(...PARAGRAPHS) },
	{ weight: 4, arbitrary: fc.constantFrom(...SYNTAX) },
	{ weight: 2, arbitrary: fc.constantFrom(...UNICODE) },
	{ weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
	{ weight: 1, arbitrary: fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 8 }) },
);

/** A document of up to `maxFragments` fragments. */
export function documentOf(maxFragments = 40): fc.Arbitrary<string> {
	return fc.array(fragment, { maxLength: maxFragments, size: 'max' }).map((parts) => parts.join(''));
}

/** The line ends VS Code knows: `\n`, `\r\n` and a lone `\r` (old Mac files). */
export type LineEnd = '\n' | '\r\n' | '\r';

/** A cycle of line ends to give a document's lines: one style throughout, or a mix. */
export const lineEnds: fc.Arbitrary<readonly LineEnd[]> = fc.oneof(
	fc.constantFrom<LineEnd[]>(['\r'], ['\r\n'], ['\n']),
	fc.array(fc.constantFrom<LineEnd>('\n', '\r\n', '\r'), { minLength: 1, maxLength: 8 }),
);

/**
 * An LF document (no CR at all) with its line ends replaced in turn by `ends`: the same lines. (A lone `\r` right
 * before the next line's `\n` would make one `\r\n` of two line ends, so there it becomes `\r\n`.)
 */
export function withLineEnds(lf: string, ends: readonly LineEnd[]): string {
	let k = 0;
	return lf.replace(/\n/g, (_m, at: number) => {
		const end = ends[k++ % ends.length]!;
		return end === '\r' && lf.charCodeAt(at + 1) === 10 ? '\r\n' : end;
	});
}

/** An edit: delete `remove` code units at a relative position, insert `insert` there. */
export interface Edit {
	readonly at: number;
	readonly remove: number;
	readonly insert: string;
}

export const edit: fc.Arbitrary<Edit> = fc.record({
	at: fc.double({ min: 0, max: 1, noNaN: true }),
	remove: fc.oneof(fc.constant(0), fc.nat({ max: 3 }), fc.nat({ max: 200 })),
	insert: fc.oneof(fc.constant(''), fc.constant('x'), fragment),
});

/** Applies an edit (its position scaled to the text). */
export function applyEdit(text: string, e: Edit): string {
	const at = Math.min(text.length, Math.floor(e.at * (text.length + 1)));
	return text.slice(0, at) + e.insert + text.slice(at + e.remove);
}
