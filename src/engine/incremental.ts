import type { Alignment } from './align/alignmentIndex';
import { checkBlocks, compareFindings } from './check';
import type { SourceModel } from './source';
import { type RawUnit, scanUnits, unitSentences } from './text/segmentBriefing';
import { scanStart } from './text/markdownBlocks';
import type { CheckOptions, CheckResult, Citation, Finding, Fix, Span, TextFormat } from './types';

/** Re-checks a document as it is edited, reusing the results of the blocks an edit did not touch. */
export interface IncrementalChecker {
	/** Checks the whole new text of the document: the same result `check(text, source, options)` gives. */
	update(text: string): CheckResult;
	/** The result of the last `update` (empty before the first). */
	readonly result: CheckResult;
}

/**
 * An incremental checker for one document against one source (make a new one when the source or the
 * options change). Each update diffs the new text against the last, re-scans the blocks from the clean point
 * before the edit to the first clean point after it where the old scan agrees, and checks only blocks whose
 * text (or the citation carried into them) changed; results of other blocks are re-based to their new offsets.
 */
export function createIncrementalChecker(source: SourceModel, options: CheckOptions = {}): IncrementalChecker {
	return new Checker(source, options);
}

/** The citation whose sentence contains `offset` (half-open), found by binary search; for hovers. */
export function citationAt(result: CheckResult, offset: number): Citation | undefined {
	const citations = result.citations;
	let lo = 0;
	let hi = citations.length - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		const span = citations[mid]!.span;
		if (offset < span.start) {
			hi = mid - 1;
		} else if (offset >= span.end) {
			lo = mid + 1;
		} else {
			return citations[mid];
		}
	}
	return undefined;
}

/** A block's check result with offsets relative to the block's start, and the citation its last sentence carries on. */
interface BlockResult {
	readonly findings: readonly Finding[];
	readonly citations: readonly Citation[];
	readonly carry: Alignment | undefined;
}

interface Entry {
	/** The block's offset in the current text. */
	start: number;
	/** The block with offsets relative to its start. */
	readonly unit: RawUnit;
	readonly key: string;
	readonly carryIn: Alignment | undefined;
	readonly result: BlockResult;
	/** The result at absolute offsets, made for the block at `at`. */
	abs?: { readonly at: number; readonly findings: readonly Finding[]; readonly citations: readonly Citation[] };
}

const EMPTY: CheckResult = { findings: [], citations: [] };

class Checker implements IncrementalChecker {
	result: CheckResult = EMPTY;
	private text = '';
	private entries: Entry[] = [];
	private cleanPoints: number[] = [];
	private frontMatterEnd = 0;
	private hasRun = false;
	/** The last result's findings are not in block order (see `assemble`). */
	private isResorted = false;
	private cache = new Map<string, BlockResult>();
	private readonly format: TextFormat;

	constructor(private readonly source: SourceModel, private readonly options: CheckOptions) {
		this.format = options.format ?? 'markdown';
	}

	update(text: string): CheckResult {
		if (this.hasRun && text === this.text) {
			return this.result;
		}
		const old = this.text;
		const prefix = commonPrefix(old, text);
		const suffix = commonSuffix(old, text, prefix);
		const delta = text.length - old.length;
		const newEnd = text.length - suffix;
		const frontMatterEnd = scanStart(text, this.format);
		const isFresh = !this.hasRun || frontMatterEnd !== this.frontMatterEnd || prefix < this.frontMatterEnd;
		const from = isFresh ? -1 : lastAtOrBefore(this.cleanPoints, prefix);
		const restart = from < 0 ? -1 : this.cleanPoints[from]!;
		const scan = scanUnits(text, this.format, restart, (p) => p >= newEnd && !isFresh && indexOf(this.cleanPoints, p - delta) >= 0);
		const stopped = scan.end <= text.length;
		const oldStop = stopped ? scan.end - delta : Infinity;
		const keptBefore = restart < 0 ? 0 : countBefore(this.entries, restart);
		const keptAfter = stopped ? this.entries.length - countBefore(this.entries, oldStop) : 0;
		this.text = text;
		this.hasRun = true;
		this.frontMatterEnd = frontMatterEnd;
		const entries = this.entries.slice(0, keptBefore);
		let carry = entries[entries.length - 1]?.result.carry;
		for (const unit of scan.units) {
			const entry = this.entry(unit, carry);
			entries.push(entry);
			carry = entry.result.carry;
		}
		for (const old of this.entries.slice(this.entries.length - keptAfter)) {
			old.start += delta;
			const entry = sameAlignment(old.carryIn, carry) ? old : this.entry(shiftUnit(old.unit, old.start), carry);
			entries.push(entry);
			carry = entry.result.carry;
		}
		this.entries = entries;
		const before = restart < 0 ? [] : this.cleanPoints.slice(0, from + 1);
		const after = stopped ? this.cleanPoints.slice(indexOf(this.cleanPoints, oldStop) + 1).map((p) => p + delta) : [];
		this.cleanPoints = [...before, ...scan.cleanPoints, ...after];
		this.trimCache();
		this.result = this.assemble(keptBefore);
		return this.result;
	}

	/** The entry for a block (absolute offsets) given the citation carried into it: cached, or checked now. */
	private entry(unit: RawUnit, carryIn: Alignment | undefined): Entry {
		const relative = shiftUnit(unit, -unit.start);
		const key = `${alignmentKey(carryIn)}\u0000${unit.kind}\u0000${relative.blanks.join(',')}\u0000${this.text.slice(unit.start, unit.end)}`;
		let result = this.cache.get(key);
		if (result === undefined) {
			const sentences = unitSentences(this.text, unit, this.format, 0);
			const block = { kind: unit.kind, span: { start: unit.start, end: unit.end } };
			const checked = checkBlocks(this.text, this.source, this.options, [block], sentences, carryIn);
			result = {
				findings: checked.findings.map((f) => ownFinding(shiftFinding(f, -unit.start))),
				citations: checked.citations.map((c) => ({ ...shiftCitation(c, -unit.start), label: own(c.label) })),
				carry: checked.carry,
			};
			this.cache.set(key, result);
		}
		return { start: unit.start, unit: relative, key, carryIn, result };
	}

	/** Keeps the cache to the current blocks once it holds many results of blocks no longer in the text. */
	private trimCache(): void {
		if (this.cache.size > 2 * this.entries.length + 1000) {
			this.cache = new Map(this.entries.map((e) => [e.key, e.result]));
		}
	}

	/**
	 * The whole document's result: the previous arrays up to the first block that changed or moved, then each
	 * block's result at its current offset (re-based only when the block moved).
	 */
	private assemble(keptBefore: number): CheckResult {
		const unchanged = this.isResorted ? 0 : keptBefore;
		this.isResorted = false;
		let nf = 0;
		let nc = 0;
		for (let k = 0; k < unchanged; k++) {
			nf += this.entries[k]!.abs!.findings.length;
			nc += this.entries[k]!.abs!.citations.length;
		}
		const findings = this.result.findings.slice(0, nf);
		const citations = this.result.citations.slice(0, nc);
		for (let k = unchanged; k < this.entries.length; k++) {
			const entry = this.entries[k]!;
			if (entry.abs?.at !== entry.start) {
				entry.abs = { at: entry.start, findings: shiftAll(entry.result.findings, entry.start, shiftFinding), citations: shiftAll(entry.result.citations, entry.start, shiftCitation) };
			}
			for (let i = 0; i < entry.abs.findings.length; i++) {
				findings.push(entry.abs.findings[i]!);
			}
			for (let i = 0; i < entry.abs.citations.length; i++) {
				citations.push(entry.abs.citations[i]!);
			}
		}
		for (let i = Math.max(1, nf); i < findings.length; i++) {
			if (compareFindings(findings[i - 1]!, findings[i]!) > 0) {
				// NOTE: only when a finding's range leaves its block; `check` sorts all findings the same way.
				findings.sort(compareFindings);
				this.isResorted = true;
				break;
			}
		}
		return { findings, citations };
	}
}

function alignmentKey(a: Alignment | undefined): string {
	return a === undefined ? '-' : `${a.doc}:${a.score}`;
}

function sameAlignment(a: Alignment | undefined, b: Alignment | undefined): boolean {
	return a === b || (a !== undefined && b !== undefined && a.doc === b.doc && a.score === b.score);
}

function shiftAll<T>(list: readonly T[], d: number, shift: (item: T, d: number) => T): readonly T[] {
	if (list.length === 0) {
		return list;
	}
	const out: T[] = new Array<T>(list.length);
	for (let i = 0; i < list.length; i++) {
		out[i] = shift(list[i]!, d);
	}
	return out;
}

function shiftSpan(span: Span, d: number): Span {
	return { start: span.start + d, end: span.end + d };
}

function shiftFinding(f: Finding, d: number): Finding {
	return { ...f, span: shiftSpan(f.span, d), fixes: f.fixes.map((fix): Fix => ({ ...fix, span: shiftSpan(fix.span, d) })), sentence: shiftSpan(f.sentence, d) };
}

function shiftCitation(c: Citation, d: number): Citation {
	// The shape `citationsOf` makes, written out: much faster than a spread, and this runs for every citation after an edit.
	return { span: shiftSpan(c.span, d), clause: c.clause, label: c.label, sourceSentence: c.sourceSentence, score: c.score };
}

/**
 * A copy of a string that shares no memory with the text it was cut from. NOTE: a cached result outlives its
 * text; a slice of the text (`actual`, a message quoting it) would keep that whole version of the document alive.
 */
function own(s: string): string {
	return s.length <= 12 ? s : (s + ' ').slice(0, -1);
}

function ownFinding(f: Finding): Finding {
	return { ...f, message: own(f.message), actual: own(f.actual), fixes: f.fixes.map((fix) => ({ ...fix, title: own(fix.title), replacement: own(fix.replacement) })) };
}

/** A block moved to start at `start` (its offsets are relative to its own start when `unit.start` is 0). */
function shiftUnit(unit: RawUnit, start: number): RawUnit {
	const d = start - unit.start;
	return {
		...unit,
		start: unit.start + d,
		end: unit.end + d,
		blanks: unit.blanks.map((b) => b + d),
		lines: unit.lines.map((l) => shiftSpan(l, d)),
	};
}

/** How many entries start before `offset` (entries are in text order). */
function countBefore(entries: readonly Entry[], offset: number): number {
	let lo = 0;
	let hi = entries.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (entries[mid]!.start < offset) {
			lo = mid + 1;
		} else {
			hi = mid;
		}
	}
	return lo;
}

/** The index of the last value ≤ `x` in an ascending list, or -1. */
function lastAtOrBefore(sorted: readonly number[], x: number): number {
	let lo = 0;
	let hi = sorted.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (sorted[mid]! <= x) {
			lo = mid + 1;
		} else {
			hi = mid;
		}
	}
	return lo - 1;
}

/** The index of `x` in an ascending list, or -1. */
function indexOf(sorted: readonly number[], x: number): number {
	const k = lastAtOrBefore(sorted, x);
	return k >= 0 && sorted[k] === x ? k : -1;
}

const CHUNK = 4096;

/** Length of the common prefix; whole chunks are compared as strings (a memory compare), then characters. */
function commonPrefix(a: string, b: string): number {
	const n = Math.min(a.length, b.length);
	let i = 0;
	while (i + CHUNK <= n && a.slice(i, i + CHUNK) === b.slice(i, i + CHUNK)) {
		i += CHUNK;
	}
	while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) {
		i++;
	}
	return i;
}

/** Length of the common suffix that does not overlap the first `prefix` characters of either string. */
function commonSuffix(a: string, b: string, prefix: number): number {
	const n = Math.min(a.length, b.length) - prefix;
	let k = 0;
	while (k + CHUNK <= n && a.slice(a.length - k - CHUNK, a.length - k) === b.slice(b.length - k - CHUNK, b.length - k)) {
		k += CHUNK;
	}
	while (k < n && a.charCodeAt(a.length - 1 - k) === b.charCodeAt(b.length - 1 - k)) {
		k++;
	}
	return k;
}
