import { type Carry, carryKey, checkBlocks, compareFindings, NO_CARRY, sameCarry } from './check';
import type { SourceModel } from './source';
import { type RawUnit, scanUnits, unitSentences } from './text/segmentBriefing';
import { scanStart } from './text/markdownBlocks';
import { commonPrefix, commonSuffix, indexOf, lastAtOrBefore, own, ownFinding, shiftAll, shiftCitation, shiftFinding, shiftUnit } from './rebase';
import type { CheckOptions, CheckResult, Citation, Finding, TextFormat } from './types';

/** Re-checks a document as it is edited, reusing the results of the blocks an edit did not touch. */
export interface IncrementalChecker {
	/** Checks the whole new text of the document: the same result `check(text, source, options)` gives. */
	update(text: string): CheckResult;
	/**
	 * Checks the new text like `update`, but only returns how the result changed (what a worker posts to the editor);
	 * `result` is then built when first read. Cheaper than `update` on large documents: nothing after the edit is re-based.
	 */
	apply(text: string): ResultChange;
	/** The result for the last text given (empty before the first). */
	readonly result: CheckResult;
}

/** How one list of a result changed: `next = previous[0, start) + added + previous[start + removed, …) moved by the delta`. */
export interface ListChange<T> {
	readonly start: number;
	readonly removed: number;
	/** The new items, at offsets in the new text. */
	readonly added: readonly T[];
}

/** How a result changed from the previous text's; the items after the change moved by `delta` code units. */
export interface ResultChange {
	readonly delta: number;
	readonly findings: ListChange<Finding>;
	readonly citations: ListChange<Citation>;
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
	readonly carry: Carry;
}

interface Entry {
	/** The block's offset in the current text. */
	start: number;
	/** The block with offsets relative to its start. */
	readonly unit: RawUnit;
	readonly key: string;
	readonly carryIn: Carry;
	readonly result: BlockResult;
	/** The result at absolute offsets, made for the block at `at`. */
	abs?: { readonly at: number; readonly findings: readonly Finding[]; readonly citations: readonly Citation[] };
}

const EMPTY: CheckResult = { findings: [], citations: [] };

class Checker implements IncrementalChecker {
	private text = '';
	private entries: Entry[] = [];
	private cleanPoints: number[] = [];
	private frontMatterEnd = 0;
	private hasRun = false;
	private cache = new Map<string, BlockResult>();
	private readonly format: TextFormat;
	/** The result for the current text, once built. */
	private built: CheckResult | undefined = EMPTY;
	/** The last result built, and the first entry that may have changed or moved since. */
	private lastBuilt: CheckResult = EMPTY;
	private dirtyFrom = 0;
	private findingCount = 0;
	private citationCount = 0;
	/** A block gave a finding outside its own range, so block order may not be position order: sort everything. */
	private mustSort = false;

	constructor(private readonly source: SourceModel, private readonly options: CheckOptions) {
		this.format = options.format ?? 'markdown';
	}

	get result(): CheckResult {
		this.built ??= this.assemble();
		return this.built;
	}

	update(text: string): CheckResult {
		this.apply(text);
		return this.result;
	}

	apply(text: string): ResultChange {
		if (this.hasRun && text === this.text) {
			return { delta: 0, findings: { start: this.findingCount, removed: 0, added: [] }, citations: { start: this.citationCount, removed: 0, added: [] } };
		}
		const old = this.text;
		const prefix = commonPrefix(old, text);
		const delta = text.length - old.length;
		const newEnd = text.length - commonSuffix(old, text, prefix);
		const frontMatterEnd = scanStart(text, this.format);
		const isFresh = !this.hasRun || frontMatterEnd !== this.frontMatterEnd || prefix < this.frontMatterEnd;
		const from = isFresh ? -1 : lastAtOrBefore(this.cleanPoints, prefix);
		const restart = from < 0 ? -1 : this.cleanPoints[from]!;
		const scan = scanUnits(text, this.format, restart, (p) => p >= newEnd && !isFresh && indexOf(this.cleanPoints, p - delta) >= 0);
		const stopped = scan.end <= text.length;
		const oldStop = stopped ? scan.end - delta : Infinity;
		const keptBefore = restart < 0 ? 0 : countBefore(this.entries, restart);
		const tail = stopped ? this.entries.slice(countBefore(this.entries, oldStop)) : [];
		this.text = text;
		this.hasRun = true;
		this.frontMatterEnd = frontMatterEnd;
		const entries = this.entries.slice(0, keptBefore);
		let carry = entries[entries.length - 1]?.result.carry ?? NO_CARRY;
		for (const unit of scan.units) {
			entries.push(this.entry(unit, carry));
			carry = entries[entries.length - 1]!.result.carry;
		}
		let reused = 0;
		for (; reused < tail.length && !sameCarry(tail[reused]!.carryIn, carry); reused++) {
			// The citation carried into this block changed: check it again (it cannot have moved out of the cache's reach).
			entries.push(this.entry(shiftUnit(tail[reused]!.unit, tail[reused]!.start + delta), carry));
			carry = entries[entries.length - 1]!.result.carry;
		}
		const middle = entries.slice(keptBefore);
		for (const entry of tail.slice(reused)) {
			entry.start += delta;
			entries.push(entry);
		}
		this.entries = entries;
		const before = restart < 0 ? [] : this.cleanPoints.slice(0, from + 1);
		const after = stopped ? this.cleanPoints.slice(indexOf(this.cleanPoints, oldStop) + 1).map((p) => p + delta) : [];
		this.cleanPoints = [...before, ...scan.cleanPoints, ...after];
		this.trimCache();
		return this.change(keptBefore, middle, entries.length - middle.length - keptBefore, delta);
	}

	/** Records the new counts and says what changed: the blocks in `middle` replace all but `kept` and `moved`. */
	private change(kept: number, middle: readonly Entry[], moved: number, delta: number): ResultChange {
		const previous = { findings: this.findingCount, citations: this.citationCount };
		const [keptFindings, keptCitations] = counts(this.entries, 0, kept);
		const [movedFindings, movedCitations] = counts(this.entries, this.entries.length - moved, this.entries.length);
		const [middleFindings, middleCitations] = counts(middle, 0, middle.length);
		this.findingCount = keptFindings + middleFindings + movedFindings;
		this.citationCount = keptCitations + middleCitations + movedCitations;
		this.dirtyFrom = Math.min(this.dirtyFrom, kept);
		this.built = undefined;
		if (this.mustSort) {
			const result = this.result;
			return { delta, findings: { start: 0, removed: previous.findings, added: result.findings }, citations: { start: 0, removed: previous.citations, added: result.citations } };
		}
		const added = { findings: [] as Finding[], citations: [] as Citation[] };
		for (const entry of middle) {
			const abs = absolute(entry);
			added.findings.push(...abs.findings);
			added.citations.push(...abs.citations);
		}
		return {
			delta,
			findings: { start: keptFindings, removed: previous.findings - keptFindings - movedFindings, added: added.findings },
			citations: { start: keptCitations, removed: previous.citations - keptCitations - movedCitations, added: added.citations },
		};
	}

	/** The entry for a block (absolute offsets) given the citation carried into it: cached, or checked now. */
	private entry(unit: RawUnit, carryIn: Carry): Entry {
		const relative = shiftUnit(unit, -unit.start);
		// NOTE: `own`, or the key (kept by the cache) would hold on to this whole version of the document.
		const key = own(`${carryKey(carryIn)}\u0000${unit.kind}\u0000${relative.blanks.join(',')}\u0000${this.text.slice(unit.start, unit.end)}`);
		let result = this.cache.get(key);
		if (result === undefined) {
			const sentences = unitSentences(this.text, unit, this.format, 0);
			const block = { kind: unit.kind, span: { start: unit.start, end: unit.end } };
			const checked = checkBlocks(this.text, this.source, this.options, [block], sentences, carryIn);
			this.mustSort ||= checked.findings.some((f) => f.span.start < unit.start || f.span.end > unit.end || f.span.start === f.span.end);
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
	 * The whole document's result: the last built arrays up to the first block that changed or moved since, then
	 * each block's result at its current offset (re-based only when the block moved).
	 */
	private assemble(): CheckResult {
		const unchanged = this.mustSort ? 0 : Math.min(this.dirtyFrom, this.entries.length);
		const [nf, nc] = counts(this.entries, 0, unchanged);
		const findings = this.lastBuilt.findings.slice(0, nf);
		const citations = this.lastBuilt.citations.slice(0, nc);
		for (let k = unchanged; k < this.entries.length; k++) {
			const abs = absolute(this.entries[k]!);
			for (let i = 0; i < abs.findings.length; i++) {
				findings.push(abs.findings[i]!);
			}
			for (let i = 0; i < abs.citations.length; i++) {
				citations.push(abs.citations[i]!);
			}
		}
		if (this.mustSort) {
			findings.sort(compareFindings);
		}
		this.lastBuilt = { findings, citations };
		this.dirtyFrom = Infinity;
		return this.lastBuilt;
	}
}

/** How many findings and citations entries [from, to) hold. */
function counts(entries: readonly Entry[], from: number, to: number): [number, number] {
	let findings = 0;
	let citations = 0;
	for (let k = from; k < to; k++) {
		findings += entries[k]!.result.findings.length;
		citations += entries[k]!.result.citations.length;
	}
	return [findings, citations];
}

/** An entry's result at its current offset, re-based only when the block moved since it was last made. */
function absolute(entry: Entry): NonNullable<Entry['abs']> {
	if (entry.abs?.at !== entry.start) {
		entry.abs = { at: entry.start, findings: shiftAll(entry.result.findings, entry.start, shiftFinding), citations: shiftAll(entry.result.citations, entry.start, shiftCitation) };
	}
	return entry.abs;
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
