/**
 * The labelled evaluation set: label-file parsing, validation and anchor location.
 * A briefing `X.md` / `X.txt` in `test/eval/briefings/` is labelled by `X.labels.json`.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { RULE_IDS, type RuleId, type Span, type TextFormat } from '../../src/engine/types';

/**
 * A split names a batch's role: `dev` (tune freely), `heldout` (score, never tune on); a split may be qualified by
 * genre or source (`coverage-dev`, `paris-heldout`). Any lower-case name of letters, digits and hyphens that ends in
 * `dev` or `heldout` is accepted; reports list splits in SPLITS order, then the rest alphabetically.
 */
export type Split = string;

export const SPLITS: readonly Split[] = ['dev', 'heldout', 'coverage-dev', 'coverage-heldout', 'paris-dev', 'paris-heldout', 'contract-dev', 'contract-heldout'];

const splitRe = /^(?:[a-z][a-z0-9]*-)*(?:dev|heldout)$/;

/** True for a held-out split (its misses must not be read to tune the engine). */
export const isHeldout = (split: Split): boolean => split.endsWith('heldout');

/**
 * What a sentence is, for the false-warning figures: `background` is not about the agreement's content (context, quotes
 * of people, company facts, headings of other topics); `faithful` describes the agreement correctly; `drift` needs a
 * change (it expects a rule). Inferred when a label omits it: expects a rule → drift; `clause: null` → background;
 * else faithful.
 */
export type SentenceClass = 'background' | 'faithful' | 'drift';

export const SENTENCE_CLASSES: readonly SentenceClass[] = ['background', 'faithful', 'drift'];

/** The sentence needs a change: it expects a warning-severity rule (`understated-commitment` is information only). */
export const needsChange = (expect: Iterable<RuleId>): boolean => [...expect].some((rule) => rule !== 'understated-commitment');

/** The clause ids of the default source (the UK–OpenAI MoU); labels may only name these. */
export const MOU_CLAUSE_IDS: readonly string[] = [
	'intro', '1.1', '1.2', '2.1', '2.2', '2.3', '3.1', '3.2', '4.1', '4.2', 'status',
];

/** One labelled sentence as written in a `.labels.json` file. */
export interface SentenceLabel {
	/** Exact text of the sentence in the briefing; must occur exactly once. */
	readonly anchor: string;
	/** Rules that must fire in this sentence. */
	readonly expect: readonly RuleId[];
	/** Rules that may fire here without counting as false alarms (hard calls). */
	readonly allow?: readonly RuleId[];
	/** The clause (or acceptable clauses) the sentence should be cited to; null = no citation. */
	readonly clause: string | readonly string[] | null;
	/** What the sentence is; inferred when absent (see SentenceClass). */
	readonly class?: SentenceClass;
	readonly note?: string;
}

export interface LabelFile {
	readonly format: TextFormat;
	readonly split: Split;
	/** The source agreement the briefing is about (an id of the evaluation's source table); `mou` when absent. */
	readonly source: string;
	readonly sentences: readonly SentenceLabel[];
}

/** A label resolved against its briefing text. */
export interface LabelledSentence {
	readonly anchor: string;
	readonly span: Span;
	/** 1-based line of the anchor's first character. */
	readonly line: number;
	readonly expect: ReadonlySet<RuleId>;
	readonly allow: ReadonlySet<RuleId>;
	/** Accepted clause ids, or null when the sentence should carry no citation. */
	readonly clauses: readonly string[] | null;
	readonly class: SentenceClass;
	readonly note: string;
}

export interface Briefing {
	/** File name of the briefing, e.g. `101-ministerial-submission.md`. */
	readonly name: string;
	readonly text: string;
	readonly format: TextFormat;
	readonly split: Split;
	readonly source: string;
	/** Sorted by position. */
	readonly sentences: readonly LabelledSentence[];
}

/** A problem with the labelled set itself (not with the engine). */
export class LabelError extends Error {
	override readonly name = 'LabelError';
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

function parseRules(value: unknown, where: string, field: string): RuleId[] {
	if (value === undefined && field === 'allow') {
		return [];
	}
	if (!Array.isArray(value)) {
		throw new LabelError(`${where}: "${field}" must be an array of rule ids`);
	}
	for (const rule of value) {
		if (!RULE_IDS.includes(rule as RuleId)) {
			throw new LabelError(`${where}: unknown rule id ${JSON.stringify(rule)} in "${field}"`);
		}
	}
	return value as RuleId[];
}

function parseClause(value: unknown, where: string, clauseIds: readonly string[] | undefined): string[] | null {
	if (value === null) {
		return null;
	}
	const ids = Array.isArray(value) ? value : [value];
	const known = (id: unknown): boolean => typeof id === 'string' && (clauseIds === undefined ? id.trim() !== '' : clauseIds.includes(id));
	if (ids.length === 0 || !ids.every(known)) {
		throw new LabelError(`${where}: "clause" must be null, a clause id or a non-empty array of clause ids `
			+ `(${clauseIds?.join(', ') ?? 'non-empty strings'}); got ${JSON.stringify(value)}`);
	}
	return ids as string[];
}

function parseClass(value: unknown, where: string): SentenceClass | undefined {
	if (value === undefined) {
		return undefined;
	}
	if (!SENTENCE_CLASSES.includes(value as SentenceClass)) {
		throw new LabelError(`${where}: "class" must be one of ${SENTENCE_CLASSES.join(', ')}; got ${JSON.stringify(value)}`);
	}
	return value as SentenceClass;
}

function parseSentence(value: unknown, where: string, clauseIds: readonly string[] | undefined): SentenceLabel {
	if (!isRecord(value) || typeof value['anchor'] !== 'string' || value['anchor'].trim() === '') {
		throw new LabelError(`${where}: each sentence needs a non-empty string "anchor"`);
	}
	const at = `${where} (anchor ${JSON.stringify(value['anchor'].slice(0, 60))})`;
	if (!('clause' in value)) {
		throw new LabelError(`${at}: "clause" is required (use null for none)`);
	}
	const expect = parseRules(value['expect'], at, 'expect');
	const allow = parseRules(value['allow'], at, 'allow');
	const both = expect.filter((rule) => allow.includes(rule));
	if (both.length > 0) {
		throw new LabelError(`${at}: ${both.join(', ')} is in both "expect" and "allow"`);
	}
	const clause = parseClause(value['clause'], at, clauseIds);
	const cls = parseClass(value['class'], at);
	if (cls === 'drift' && expect.length === 0) {
		throw new LabelError(`${at}: a "drift" sentence must expect a rule`);
	}
	if (cls !== undefined && cls !== 'drift' && needsChange(expect)) {
		throw new LabelError(`${at}: a sentence that expects ${expect.join(', ')} is "drift", not "${cls}"`);
	}
	const note = typeof value['note'] === 'string' ? value['note'] : undefined;
	return { anchor: value['anchor'], expect, allow, clause, ...(cls === undefined ? {} : { class: cls }), ...(note === undefined ? {} : { note }) };
}

/** The clause ids labels may name, per source id; a source without an entry accepts any non-empty id. */
export type ClauseIdTable = Readonly<Record<string, readonly string[] | undefined>>;

export const DEFAULT_CLAUSE_IDS: ClauseIdTable = { mou: MOU_CLAUSE_IDS };

/** Validates the JSON of one label file; throws LabelError naming `file` on any problem. */
export function parseLabelFile(json: unknown, file: string, clauseIds: ClauseIdTable = DEFAULT_CLAUSE_IDS): LabelFile {
	if (!isRecord(json)) {
		throw new LabelError(`${file}: expected a JSON object`);
	}
	const { format, split, sentences } = json;
	const source = json['source'] ?? 'mou';
	if (format !== 'markdown' && format !== 'plaintext') {
		throw new LabelError(`${file}: "format" must be "markdown" or "plaintext"`);
	}
	if (typeof split !== 'string' || !splitRe.test(split)) {
		throw new LabelError(`${file}: "split" must be dev, heldout or a qualified name ending in -dev or -heldout (got ${JSON.stringify(split)})`);
	}
	if (typeof source !== 'string' || !/^[a-z][a-z0-9-]*$/.test(source)) {
		throw new LabelError(`${file}: "source" must be a source id such as "mou" or "paris" (got ${JSON.stringify(source)})`);
	}
	if (!Array.isArray(sentences) || sentences.length === 0) {
		throw new LabelError(`${file}: "sentences" must be a non-empty array`);
	}
	const parsed = sentences.map((s, i) => parseSentence(s, `${file} sentence #${i + 1}`, clauseIds[source]));
	return { format, split, source, sentences: parsed };
}

/** 1-based line number of `offset` in `text`. */
export function lineAt(text: string, offset: number): number {
	let line = 1;
	for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
		line++;
	}
	return line;
}

function locate(text: string, label: SentenceLabel, file: string): LabelledSentence {
	const start = text.indexOf(label.anchor);
	const shown = JSON.stringify(label.anchor.length > 80 ? `${label.anchor.slice(0, 80)}…` : label.anchor);
	if (start === -1) {
		throw new LabelError(`${file}: anchor not found in the briefing: ${shown}`);
	}
	const again = text.indexOf(label.anchor, start + 1);
	if (again !== -1) {
		throw new LabelError(`${file}: anchor is not unique (lines ${lineAt(text, start)} and ${lineAt(text, again)}): ${shown}`);
	}
	const clause = label.clause;
	return {
		anchor: label.anchor,
		span: { start, end: start + label.anchor.length },
		line: lineAt(text, start),
		expect: new Set(label.expect),
		allow: new Set(label.allow ?? []),
		clauses: clause === null ? null : typeof clause === 'string' ? [clause] : [...clause],
		class: label.class ?? (needsChange(label.expect) ? 'drift' : clause === null ? 'background' : 'faithful'),
		note: label.note ?? '',
	};
}

/** Resolves every anchor to a span; throws LabelError on a missing, repeated or overlapping anchor. */
export function locateSentences(text: string, labels: LabelFile, file: string): LabelledSentence[] {
	const located = labels.sentences.map((label) => locate(text, label, file));
	located.sort((a, b) => a.span.start - b.span.start);
	for (let i = 1; i < located.length; i++) {
		const prev = located[i - 1]!;
		const cur = located[i]!;
		if (cur.span.start < prev.span.end) {
			throw new LabelError(`${file}: anchors overlap at line ${cur.line}: `
				+ `${JSON.stringify(prev.anchor.slice(0, 40))} and ${JSON.stringify(cur.anchor.slice(0, 40))}`);
		}
	}
	return located;
}

/** Builds a labelled briefing from its text and the parsed JSON of its label file. */
export function buildBriefing(name: string, text: string, labelJson: unknown, clauseIds?: ClauseIdTable): Briefing {
	const labels = parseLabelFile(labelJson, `${name} labels`, clauseIds);
	return {
		name,
		text,
		format: labels.format,
		split: labels.split,
		source: labels.source,
		sentences: locateSentences(text, labels, name),
	};
}

const LABELS_SUFFIX = '.labels.json';

/** Loads every labelled briefing in `dir`, sorted by file name. */
export function loadBriefings(dir: string, clauseIds?: ClauseIdTable): Briefing[] {
	const files = readdirSync(dir).sort();
	const briefings: Briefing[] = [];
	for (const labelFile of files.filter((f) => f.endsWith(LABELS_SUFFIX))) {
		const base = labelFile.slice(0, -LABELS_SUFFIX.length);
		const textFile = ['.md', '.txt'].map((ext) => base + ext).find((f) => existsSync(join(dir, f)));
		if (textFile === undefined) {
			throw new LabelError(`${labelFile}: no briefing ${base}.md or ${base}.txt next to it`);
		}
		let json: unknown;
		try {
			json = JSON.parse(readFileSync(join(dir, labelFile), 'utf8'));
		} catch (error) {
			throw new LabelError(`${labelFile}: invalid JSON: ${(error as Error).message}`);
		}
		briefings.push(buildBriefing(textFile, readFileSync(join(dir, textFile), 'utf8'), json, clauseIds));
	}
	const unlabelled = files.filter((f) => /\.(md|txt)$/.test(f) && !briefings.some((b) => b.name === f));
	if (unlabelled.length > 0) {
		throw new LabelError(`briefings without a .labels.json: ${unlabelled.join(', ')}`);
	}
	return briefings;
}
