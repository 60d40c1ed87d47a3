import * as assert from 'node:assert/strict';
import { splitSentences } from '../../src/engine/text/sentences';
import { blockRanges, type SegmentedBriefing, segmentBriefing } from '../../src/engine/text/segmentBriefing';
import type { TextFormat } from '../../src/engine/types';

/** Segments `text` and checks the invariants every result must keep; returns the result. */
function segment(text: string, format: TextFormat = 'markdown'): SegmentedBriefing {
	const result = segmentBriefing(text, format);
	let lastEnd = 0;
	for (const block of result.blocks) {
		assert.ok(block.span.start >= lastEnd && block.span.end >= block.span.start, 'blocks are ordered and disjoint');
		lastEnd = block.span.end;
	}
	lastEnd = 0;
	for (const s of result.sentences) {
		assert.equal(s.text, text.slice(s.span.start, s.span.end));
		assert.equal(s.prose.length, s.text.length);
		assert.ok(s.span.start >= lastEnd, 'sentences are ordered and disjoint');
		lastEnd = s.span.end;
		const block = result.blocks[s.block];
		assert.ok(block && s.span.start >= block.span.start && s.span.end <= block.span.end, 'sentence inside its block');
		assert.equal(s.blockKind, block.kind);
		assert.notEqual(s.prose.trim(), '', 'no blank sentences');
		assert.ok(!/[\n\r\u00a0]/.test(s.prose), 'line breaks and odd spaces are blanked in prose');
	}
	assert.deepEqual(blockRanges(text, format), result.blocks.map((b) => b.span));
	return result;
}

const texts = (text: string, format: TextFormat = 'markdown'): string[] => segment(text, format).sentences.map((s) => s.text);
const proses = (text: string, format: TextFormat = 'markdown'): string[] => segment(text, format).sentences.map((s) => s.prose);
const kinds = (text: string, format: TextFormat = 'markdown'): string[] => segment(text, format).blocks.map((b) => b.kind);
const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

// Excerpts, byte for byte, from the trade-press report (001) and the company announcement (002) on the MoU.
const PRESS = [
	'The state will work with the Silicon Valley outfit to identity potential uses of tech in public services, as well as the possibility of the firm supporting AI Growth Zones',
	'The UK government has signed a cooperation agreement with OpenAI, via which the two parties will work together to better identify the risks of artificial intelligence, as well as opportunities for the technology to be deployed in public services.',
	'The MoU covers four main areas, beginning with “the transformative potential of AI”. In this area, the agreement states that “DSIT and OpenAI share a vision for building on the UK’s strengths in science, innovation and talent, to maintain a world-leading UK AI ecosystem rooted in democratic values”.',
	'Related content',
	'- EXCL: DWP reverses policy prohibiting staff use of ChatGPT and other LLMs – except DeepSeek',
	'- Government LLM pilots to assess potential ‘employee satisfaction’ uplift',
	'“This may include exploring OpenAI’s participation in AI Growth Zones, and other collaborative efforts to strengthen the UK’s capabilities in training, evaluating, and deploying next-generation models,” the MoU adds. “We may also explore avenues to develop state-of-the-art, AI-enabled R&D infrastructure in the UK, focused on shared areas of strategic interest.”',
	'‘Front and centre’',
	'OpenAI and its technology is already a key partner for the government in its work on AI. The Silicon Valley firm’s large language model underpins the pending GOV.UK Chat online chatbot developed by the Government Digital Service to support citizen services across GOV.UK, as well as the ‘Humphrey’ set of tools used internally by the civil service.',
	'',
].join('\n');

const ANNOUNCEMENT = [
	' date 2025-07-21 OpenAI and the UK Government today announced a strategic partnership to accelerate the adoption of artificial intelligence and help deliver on the goals of the UK’s AI Opportunities Action Plan and its ambition to deploy AI for shared prosperity.',
	'',
	'The MOU partnership builds on the shared vision by the UK Government and OpenAI to leverage the UK’s strengths in science, innovation and talent to maintain a world-leading UK AI ecosystem rooted in democratic values. It includes non-binding commitments to explore:',
	'',
	'Potential routes to deliver the infrastructure priorities laid out in the AI Opportunities Action Plan, recognising the importance of UK sovereign capability in achieving the economic benefits of AI.',
	'',
	'Alongside the partnership agreement with the UK Government, OpenAI confirmed its intention to increase its footprint in the UK. OpenAI’s first international office was opened in London in 2023. The team has since grown to over 100 staff in roles including research and engineering—contributing to the development of OpenAI’s frontier models—and go-to-market functions to support UK businesses, developers and start-ups in applying AI tools to drive growth.',
].join('\n');

suite('segmentBriefing: paragraphs and line breaks', () => {
	test('hard-wrapped lines are one sentence flow; the line break is a space in prose', () => {
		const md = 'The UK and OpenAI signed a Memorandum of Understanding on 21 July\n2025. It is voluntary and not legally binding, and it does not\nprejudice future procurement decisions.\n';
		const r = segment(md);
		assert.deepEqual(r.sentences.map((s) => s.text), [
			'The UK and OpenAI signed a Memorandum of Understanding on 21 July\n2025.',
			'It is voluntary and not legally binding, and it does not\nprejudice future procurement decisions.',
		]);
		assert.equal(r.sentences[0]!.prose, 'The UK and OpenAI signed a Memorandum of Understanding on 21 July 2025.');
		assert.deepEqual(kinds(md), ['paragraph']);
	});

	test('blank lines separate blocks; sentence spans never cross them', () => {
		const md = 'DSIT will collaborate with OpenAI\n\non AI adoption in public services.';
		assert.deepEqual(texts(md), ['DSIT will collaborate with OpenAI', 'on AI adoption in public services.']);
	});

	test('long lines (one paragraph per line, as pasted news text) are blocks of their own', () => {
		const r = segment(PRESS.split('\n').slice(0, 3).join('\n'), 'plaintext');
		assert.equal(r.blocks.length, 3);
		assert.deepEqual(r.sentences.map((s) => s.block), [0, 1, 2, 2]);
		assert.match(r.sentences[0]!.text, /supporting AI Growth Zones$/);
		assert.equal(r.sentences[2]!.text, 'The MoU covers four main areas, beginning with “the transformative potential of AI”.');
	});

	test('a short unpunctuated line before a capitalised line is a heading-like unit', () => {
		const md = 'Key points\nThe MoU covers four areas. None of it is legally binding.\n';
		const r = segment(md);
		assert.deepEqual(r.blocks.map((b) => b.kind), ['heading', 'paragraph']);
		assert.deepEqual(r.sentences.map((s) => s.text), ['Key points', 'The MoU covers four areas.', 'None of it is legally binding.']);
	});

	test('a filled wrapped line followed by a capital is still a wrap, not a heading', () => {
		const md = 'The Memorandum was signed on 21 July 2025 by the Technology\nSecretary, Peter Kyle, and by Sam Altman for OpenAI.\n';
		assert.deepEqual(texts(md), [md.trim()]);
	});

	test('a title block (no punctuation, capitalised lines) is one heading per line', () => {
		const txt = 'Memorandum of Understanding between UK and OpenAI on AI opportunities\nPublished 21 July 2025\n\nIntroduction\n';
		assert.deepEqual(kinds(txt, 'plaintext'), ['heading', 'heading', 'heading']);
	});
});

suite('segmentBriefing: markdown blocks', () => {
	test('YAML and TOML front matter are skipped; a leading rule is not front matter', () => {
		assert.deepEqual(texts('---\ntitle: MoU briefing\nauthor: DSIT\n---\nThe MoU is voluntary.\n'), ['The MoU is voluntary.']);
		assert.deepEqual(texts('+++\ntitle = "MoU"\n+++\nThe MoU is voluntary.\n'), ['The MoU is voluntary.']);
		assert.deepEqual(texts('---\nThe MoU is voluntary.\n\n---\nIt was signed in July.\n'), ['The MoU is voluntary.', 'It was signed in July.']);
	});

	test('fenced code (``` and ~~~, longer closing fences, unclosed fences) is skipped', () => {
		const md = 'Before the code.\n\n````md\n```\nOpenAI will build data centres.\n```\n````\n\n~~~\nNot prose.\n~~~\nAfter the code.\n\n```\nUnclosed fence runs to the end.\n';
		assert.deepEqual(texts(md), ['Before the code.', 'After the code.']);
	});

	test('indented code after a blank line is skipped, but not a list item continuation', () => {
		const md = 'The MoU says:\n\n    OpenAI will collaborate.\n\n- DSIT will lead.\n\n    It may also include exploring.\n\nBack to the text.\n\n\tTabbed code.\n';
		const r = segment(md);
		assert.deepEqual(r.sentences.map((s) => s.text), ['The MoU says:', 'DSIT will lead.', 'It may also include exploring.', 'Back to the text.']);
		assert.deepEqual(r.sentences.map((s) => s.blockKind), ['paragraph', 'listItem', 'listItem', 'paragraph']);
	});

	test('HTML comments (line-start or mid-paragraph, spanning lines) never become prose', () => {
		const md = '<!-- TODO: check the\nwording with DSIT. -->\nThe MoU is voluntary. <!-- legal said\n\n"not binding" --> It was signed in July.\n';
		const r = segment(md);
		assert.deepEqual(r.sentences.map((s) => squash(s.prose)), ['The MoU is voluntary.', 'It was signed in July.']);
		assert.equal(r.blocks.length, 1);
	});

	test('HTML tag lines, thematic breaks and link reference definitions are skipped', () => {
		const md = '<div align="center">\n\nThe MoU is voluntary.\n\n</div>\n\n***\n- - -\n\n[mou]: https://www.gov.uk/government/publications/memorandum "MoU"\n\nIt was signed in July.\n';
		assert.deepEqual(texts(md), ['The MoU is voluntary.', 'It was signed in July.']);
	});

	test('ATX headings are units of their own; markers and closing hashes are left out', () => {
		const md = '# Briefing: the UK–OpenAI MoU #\n## Section 2: public and private sector adoption\nOpenAI will work with DSIT.\n### C#\n';
		const r = segment(md);
		assert.deepEqual(r.blocks.map((b) => b.kind), ['heading', 'heading', 'paragraph', 'heading']);
		assert.deepEqual(r.sentences.map((s) => s.text), ['Briefing: the UK–OpenAI MoU', 'Section 2: public and private sector adoption', 'OpenAI will work with DSIT.', 'C#']);
		assert.deepEqual(texts('#hashtag is not a heading.\n'), ['#hashtag is not a heading.']);
	});

	test('setext headings', () => {
		const md = 'Summary for the Secretary of State\n==================================\n\nThe MoU is voluntary.\n\nBackground\n----------\nIt was signed on 21 July 2025.\n';
		const r = segment(md);
		assert.deepEqual(r.blocks.map((b) => b.kind), ['heading', 'paragraph', 'heading', 'paragraph']);
		assert.equal(r.sentences[0]!.text, 'Summary for the Secretary of State');
	});

	test('list items (-, *, +, 1., 1), •, (a), (i)) are blocks; the marker is not in the span', () => {
		const md = [
			'- OpenAI will explore AI Growth Zones.',
			'* DSIT will collaborate on adoption.',
			'+ It may include R&D infrastructure.',
			'1. The MoU is voluntary.',
			'2) It is not legally binding.',
			'• It does not prejudice procurement.',
			'(a) justice, defence and security;',
			'(ii) education technology.',
		].join('\n');
		const r = segment(md);
		assert.equal(r.blocks.length, 8);
		assert.ok(r.blocks.every((b) => b.kind === 'listItem'));
		assert.deepEqual(r.sentences.map((s) => s.text), [
			'OpenAI will explore AI Growth Zones.', 'DSIT will collaborate on adoption.', 'It may include R&D infrastructure.',
			'The MoU is voluntary.', 'It is not legally binding.', 'It does not prejudice procurement.',
			'justice, defence and security;', 'education technology.',
		]);
	});

	test('nested items are their own blocks; indented and lazy continuation lines belong to the item', () => {
		const md = '- The MoU covers four areas:\n  adoption, infrastructure and\nsecurity.\n  - Nested: the AI Security Institute.\n- [x] Checked with DSIT.\n';
		const r = segment(md);
		assert.deepEqual(r.blocks.map((b) => b.kind), ['listItem', 'listItem', 'listItem']);
		assert.deepEqual(r.sentences.map((s) => squash(s.prose)), [
			'The MoU covers four areas: adoption, infrastructure and security.',
			'Nested: the AI Security Institute.',
			'Checked with DSIT.',
		]);
	});

	test('a wrapped line starting "2025. " does not start a list inside a paragraph', () => {
		assert.deepEqual(texts('The MoU was published on 21 July\n2025. It is voluntary.\n'), ['The MoU was published on 21 July\n2025.', 'It is voluntary.']);
	});

	test('blockquote markers are blanked; a quote paragraph is a blockquote block', () => {
		const md = 'The MoU states:\n\n> “DSIT and OpenAI share a vision for building on the UK’s\n> strengths in science, innovation and talent.”\n>\n> > This partnership will support the UK’s goal.\n';
		const r = segment(md);
		assert.deepEqual(r.blocks.map((b) => b.kind), ['paragraph', 'blockquote', 'blockquote']);
		assert.equal(r.sentences[1]!.prose, '“DSIT and OpenAI share a vision for building on the UK’s   strengths in science, innovation and talent.”');
		assert.equal(r.sentences[2]!.text, 'This partnership will support the UK’s goal.');
	});

	test('table rows: one block per row, separator skipped, each cell its own sentence', () => {
		const md = '| Area | MoU wording | Briefing |\n|:-----|:-----------:|---------:|\n| Adoption | will collaborate | commits to deliver |\n| Security | `may include` | \\| escaped pipe |\n';
		const r = segment(md);
		assert.deepEqual(r.blocks.map((b) => b.kind), ['tableRow', 'tableRow', 'tableRow']);
		assert.deepEqual(r.sentences.map((s) => s.text), ['Area', 'MoU wording', 'Briefing', 'Adoption', 'will collaborate', 'commits to deliver', 'Security', '| escaped pipe']);
		assert.equal(md.charAt(r.sentences[7]!.span.start - 1), '\\', 'the escaping backslash is blanked, the pipe is text');
	});
});

suite('segmentBriefing: inline markup', () => {
	test('code spans (single and multi-backtick) are blanked entirely', () => {
		const [prose] = proses('Run `check()` or ``a ` tick`` on the MoU.');
		assert.equal(prose, 'Run           or              on the MoU.');
	});

	test('links keep their text; targets, autolinks, bare URLs and images are blanked', () => {
		const md = 'Read [the MoU](https://www.gov.uk/mou "MoU") and [the plan][plan], see <https://gov.uk/ai> or https://openai.com/global-affairs/.\n![DSIT logo](logo.png) It is voluntary.';
		const r = segment(md);
		assert.equal(squash(r.sentences[0]!.prose), 'Read the MoU and the plan , see or .');
		assert.equal(r.sentences[1]!.text, 'It is voluntary.');
	});

	test('emphasis markers are blanked; snake_case, lone stars and tildes are kept', () => {
		const [prose] = proses('The MoU is **not** legally _binding_, ~~a contract~~ or a snake_case_id; 2 * 3 is ~6.');
		assert.equal(prose, 'The MoU is   not   legally  binding ,   a contract   or a snake_case_id; 2 * 3 is ~6.');
	});

	test('inline HTML tags and comments are blanked; backslashes of escapes are blanked', () => {
		const [prose] = proses('It is <b>voluntary</b><!-- per legal -->, not \\*binding\\*.');
		assert.equal(prose, `It is ${' '.repeat(3)}voluntary${' '.repeat(22)}, not  *binding *.`);
	});

	test('prose indices map to the original text', () => {
		const md = 'The MoU is **voluntary**, see [the text](https://gov.uk).';
		const [s] = segment(md).sentences;
		const i = s!.prose.indexOf('voluntary');
		assert.equal(md.slice(s!.span.start + i, s!.span.start + i + 9), 'voluntary');
	});

	test('curly and straight quotes stay; NBSP, narrow NBSP and zero-width spaces become spaces', () => {
		const md = 'Peter\u00a0Kyle said “AI will be fundamental” and it\'s \u201cvoluntary\u201d:\u202fno\u200bbinding terms.';
		const [s] = segment(md).sentences;
		assert.equal(s!.text, md);
		assert.equal(s!.prose, 'Peter Kyle said “AI will be fundamental” and it\'s “voluntary”: no binding terms.');
	});
});

suite('segmentBriefing: CRLF, plaintext and robustness', () => {
	test('plain text bullets with "--" and dashes are list items, one sentence each; markdown keeps "--" as text', () => {
		const text = 'HEADLINES\r\n-- OpenAI to invest in AI Growth Zones as ministers court Silicon Valley\r\n-- Starmer faces summer of discontent\r\n— Ministers under pressure\r\n';
		const plain = segment(text, 'plaintext');
		assert.deepEqual(plain.sentences.map((s) => s.prose.trim()), ['HEADLINES', 'OpenAI to invest in AI Growth Zones as ministers court Silicon Valley', 'Starmer faces summer of discontent', 'Ministers under pressure']);
		assert.deepEqual(plain.sentences.slice(1).map((s) => s.blockKind), ['listItem', 'listItem', 'listItem']);
		// A dash inside a line, or "--" with nothing after it, is not a bullet.
		assert.equal(segment('The deal -- signed today -- is voluntary.\n--\n', 'plaintext').sentences.filter((s) => s.blockKind === 'listItem').length, 0);
		assert.equal(segment(text, 'markdown').blocks.filter((b) => b.kind === 'listItem').length, 0);
	});

	const MD = '# Briefing\r\n\r\nThe UK and OpenAI signed an MoU on 21 July\r\n2025. It is voluntary.\r\n\r\n- OpenAI will explore AI Growth Zones.\r\n  It may also include R&D.\r\n\r\n> “We may also explore avenues.”\r\n\r\n| Area | Wording |\r\n|---|---|\r\n| Security | may include |\r\n';

	test('CRLF gives the same sentences as LF', () => {
		const crlf = segment(MD);
		const lf = segment(MD.replace(/\r\n/g, '\n'));
		assert.deepEqual(crlf.sentences.map((s) => s.text.replace(/\r\n/g, '\n')), lf.sentences.map((s) => s.text));
		assert.deepEqual(crlf.sentences.map((s) => squash(s.prose)), lf.sentences.map((s) => squash(s.prose)));
		assert.deepEqual(crlf.blocks.map((b) => b.kind), lf.blocks.map((b) => b.kind));
		assert.equal(crlf.sentences.length, 10);
	});

	test('plaintext: no inline markup, but lists, paragraphs and heading-like lines', () => {
		const txt = 'Key points\nThe MoU uses `may` and *will*; see [annex A].\n\n(a) OpenAI will collaborate.\n• DSIT will lead.\n';
		const r = segment(txt, 'plaintext');
		assert.deepEqual(r.blocks.map((b) => b.kind), ['heading', 'paragraph', 'listItem', 'listItem']);
		assert.deepEqual(r.sentences.map((s) => s.text), ['Key points', 'The MoU uses `may` and *will*; see [annex A].', 'OpenAI will collaborate.', 'DSIT will lead.']);
		assert.deepEqual(texts('# Not a heading in plaintext.\n', 'plaintext'), ['# Not a heading in plaintext.']);
	});

	test('the trade-press report (001) segments sensibly as plaintext', () => {
		const r = segment(PRESS, 'plaintext');
		assert.deepEqual(r.blocks.map((b) => b.kind), ['paragraph', 'paragraph', 'paragraph', 'heading', 'listItem', 'listItem', 'paragraph', 'heading', 'paragraph']);
		const starts = [
			'The state will work with the Silicon Valley outfit',
			'The UK government has signed a cooperation agreement',
			'The MoU covers four main areas, beginning with',
			'In this area, the agreement states that',
			'Related content',
			'EXCL: DWP reverses policy',
			'Government LLM pilots',
			'“This may include exploring OpenAI’s participation',
			'“We may also explore avenues',
			'‘Front and centre’',
			'OpenAI and its technology is already a key partner',
			'The Silicon Valley firm’s large language model',
		];
		assert.deepEqual(r.sentences.map((s, i) => s.text.startsWith(starts[i] ?? '?') ? starts[i] : s.text), starts);
		assert.match(r.sentences[7]!.text, /next-generation models,” the MoU adds\.$/);
	});

	test('the company announcement (002) segments sensibly as plaintext', () => {
		const r = segment(ANNOUNCEMENT, 'plaintext');
		assert.equal(r.blocks.length, 4);
		const starts = [
			'date 2025-07-21 OpenAI and the UK Government',
			'The MOU partnership builds on',
			'It includes non-binding commitments',
			'Potential routes to deliver',
			'Alongside the partnership agreement',
			'OpenAI’s first international office',
			'The team has since grown',
		];
		assert.deepEqual(r.sentences.map((s, i) => s.text.startsWith(starts[i] ?? '?') ? starts[i] : s.text), starts);
		assert.equal(r.sentences[2]!.text, 'It includes non-binding commitments to explore:');
	});

	test('never throws: empty, blank, unbalanced, astral, combining, RTL and odd inputs', () => {
		const inputs = [
			'', ' ', '\n\n\n', '\r\n', '\u00a0\u200b', '```', '~~~~\n', '<!--', '-->', '---', '+++\n', '>', '#', '|', '||\n|-|', '- ',
			'1.', '(a)', '[', '](', '![', '`', '``x`', '*', '_', '~~', '\\', '<a', '<http://', 'http://', '\ud83d', '\ude00x. y',
			'The MoU 😀 is voluntary. 𝐀𝐈 will help.', 'e\u0301te\u0301. Cafe\u0301 culture.', 'مذكرة التفاهم طوعية. وهي غير ملزمة.',
			'* * *\n- - -\n___', '> - (a) `x`', '# \n## ##', '[x]: y\n[^1]: The MoU.', '\t\tindented\n\n\tcode',
		];
		for (const input of inputs) {
			for (const format of ['markdown', 'plaintext'] as const) {
				assert.doesNotThrow(() => segment(input, format), JSON.stringify(input));
				assert.doesNotThrow(() => segment(input + '\n' + input + ' The MoU is voluntary.', format), JSON.stringify(input));
			}
		}
		assert.deepEqual(texts('The MoU 😀 is voluntary. 𝐀𝐈 will help.'), ['The MoU 😀 is voluntary.', '𝐀𝐈 will help.']);
	});

	test('random markdown-ish input keeps every invariant', () => {
		const parts = ['The MoU', ' is voluntary', '. ', '\n', '\n\n', '\r\n', '- ', '1. ', '> ', '# ', '`', '**', '_', '~~', '[', '](', ')',
			'<!--', '-->', '```\n', '    ', '\t', '|', '---\n', '<b>', 'http://x.y ', '\\', '“', '’', '\u00a0', '😀', 'é', '(a) ', 'Mr. ', 'Key points\n'];
		let seed = 42;
		const random = (n: number): number => {
			seed = (seed * 1103515245 + 12345) % 2147483648;
			return seed % n;
		};
		for (let round = 0; round < 300; round++) {
			let text = '';
			for (let k = random(60); k > 0; k--) {
				text += parts[random(parts.length)];
			}
			segment(text, 'markdown');
			segment(text, 'plaintext');
		}
	});

	test('a huge single line is segmented in windows, with the same sentences as one pass', () => {
		const line = PRESS.replace(/\n/g, ' ').repeat(40); // ~55,000 characters, no line break
		const windowed = segment(line, 'plaintext').sentences.map((s) => [s.span.start, s.span.end]);
		const whole = splitSentences(line).map((s) => [s.span.start, s.span.end]);
		assert.ok(line.length > 50_000);
		assert.deepEqual(windowed, whole);
	});

	test('a long line without spaces or full stops is cut but fully covered', () => {
		const blob = 'x'.repeat(70_000);
		const r = segment(blob, 'markdown');
		assert.equal(r.sentences.reduce((n, s) => n + s.text.length, 0), blob.length);
	});
});
