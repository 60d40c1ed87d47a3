// Inline suppression comments in markdown briefings. No vscode import: unit-tested in plain Node.
//
//   <!-- clause-lens-disable-next-line -->            the next line, every rule
//   <!-- clause-lens-disable-next-line misquote -->   the next line, the rules named
//   <!-- clause-lens-disable -->  …  <!-- clause-lens-enable -->   a block (rule ids optional on both)
import { lineBreak } from '../text/inlineMarkup';
import { RULE_IDS, type RuleId, type Span } from '../types';

/** A range of the text where some rules (or all) are not reported. */
export interface SuppressedRange {
	readonly start: number;
	readonly end: number;
	/** The rules suppressed; `undefined` = every rule. */
	readonly rules?: ReadonlySet<string>;
}

/** A directive's opening; its rule list runs to the next `-->` (see `directives`). */
const directiveRe = /<!--\s*clause-lens-(disable-next-line|disable|enable)\b/g;
const fenceRe = /^ {0,3}(`{3,}|~{3,})/;
const ruleListRe = /[\s,]+/;

/** Builds the comment that suppresses `rules` on the next line. */
export function disableNextLineComment(rules: readonly RuleId[] = []): string {
	return `<!-- clause-lens-disable-next-line${rules.map((r) => ` ${r}`).join('')} -->`;
}

/** The ranges of `text` that suppression comments cover (comments in fenced code do not count). */
export function findSuppressions(text: string): SuppressedRange[] {
	const out: SuppressedRange[] = [];
	const block = new BlockState();
	// NOTE: Many comments on one long line would each search it to its end: the searches only move forward, so each
	// of the two remembers its last answer.
	const lineStarts = new ForwardLineBreak(text);
	const lineEnds = new ForwardLineBreak(text);
	for (const { start, end, kind, list } of directives(text)) {
		const rules = parseRules(list);
		if (kind === 'disable-next-line') {
			const lineStart = lineStarts.from(end) + 1;
			if (lineStart <= text.length) {
				out.push({ start: lineStart, end: lineEnds.from(lineStart), rules });
			}
		} else if (kind === 'disable') {
			block.disable(end, rules);
		} else {
			block.enable(start, rules, out);
		}
	}
	block.enable(text.length, undefined, out);
	return out;
}

/**
 * Drops the findings (anything with a rule id and a span) that start inside a suppressed range for their rule.
 * One sweep over both sorted by start (not every range for every finding: 40,000 of each took 11 s): a finding at
 * `x` is suppressed when, of the ranges starting at or before `x`, the furthest-reaching one for its rule (or for
 * every rule) ends at or after `x`.
 */
export function filterSuppressed<T extends { readonly ruleId: string; readonly span: Span }>(findings: readonly T[], ranges: readonly SuppressedRange[]): T[] {
	if (ranges.length === 0) {
		return [...findings];
	}
	const byStart = [...ranges].sort((a, b) => a.start - b.start);
	const order = findings.map((_, i) => i).sort((a, b) => findings[a]!.span.start - findings[b]!.span.start);
	const suppressed = new Uint8Array(findings.length);
	let reachAll = -1;
	const reach = new Map<string, number>();
	let next = 0;
	for (const i of order) {
		const { ruleId, span } = findings[i]!;
		for (; next < byStart.length && byStart[next]!.start <= span.start; next++) {
			const r = byStart[next]!;
			if (r.rules === undefined) {
				reachAll = Math.max(reachAll, r.end);
			} else {
				r.rules.forEach((rule) => reach.set(rule, Math.max(reach.get(rule) ?? -1, r.end)));
			}
		}
		suppressed[i] = reachAll >= span.start || (reach.get(ruleId) ?? -1) >= span.start ? 1 : 0;
	}
	return findings.filter((_, i) => suppressed[i] === 0);
}

/** A directive: where its comment starts and ends, its kind and its (unparsed) rule list. */
interface Directive {
	readonly start: number;
	readonly end: number;
	readonly kind: string;
	readonly list: string;
}

/**
 * The suppression comments outside fenced code blocks, in order: what `/<!--\s*clause-lens-(…)\b([^]*?)-->/g` finds,
 * with the closing `-->` looked up once per comment instead of searched for from every unclosed one to the end of
 * the text (2 MB of unclosed comments took 18 s). Once no `-->` follows, no later comment can close either.
 */
function* directives(text: string): Generator<Directive> {
	const fences = fencedRanges(text);
	let fence = 0;
	directiveRe.lastIndex = 0;
	for (let m = directiveRe.exec(text); m !== null; m = directiveRe.exec(text)) {
		const at = m.index;
		const listStart = at + m[0].length;
		const close = text.indexOf('-->', listStart);
		if (close < 0) {
			return;
		}
		directiveRe.lastIndex = close + 3;
		while (fence < fences.length && fences[fence]![1] <= at) {
			fence++;
		}
		if (!(fence < fences.length && fences[fence]![0] <= at)) {
			yield { start: at, end: close + 3, kind: m[1]!, list: text.slice(listStart, close) };
		}
	}
}

/**
 * `lineBreak(text, position)` (the next \n, lone \r, or the \n of a \r\n; the text's length when none) for positions
 * that never decrease: a search runs again only once the position passes its last answer, so each character is read
 * once.
 */
class ForwardLineBreak {
	private found = -1;

	constructor(private readonly text: string) {}

	from(position: number): number {
		if (this.found < position) {
			this.found = lineBreak(this.text, position);
		}
		return this.found;
	}
}

function fencedRanges(text: string): [number, number][] {
	const out: [number, number][] = [];
	let open: { at: number; fence: string } | undefined;
	for (let at = 0; at < text.length; ) {
		const end = Math.min(text.length, lineBreak(text, at) + 1);
		const fence = fenceRe.exec(text.slice(at, end))?.[1];
		if (fence && !open) {
			open = { at, fence };
		} else if (fence && open && fence[0] === open.fence[0] && fence.length >= open.fence.length) {
			out.push([open.at, end]);
			open = undefined;
		}
		at = end;
	}
	if (open) {
		out.push([open.at, text.length]);
	}
	return out;
}

function parseRules(list: string): ReadonlySet<string> | undefined {
	const ids = list.split(ruleListRe).filter((w) => w.length > 0);
	return ids.length === 0 ? undefined : new Set(ids);
}

/** The open `disable` blocks: one for all rules, or one per rule, each with where it started. */
class BlockState {
	private all: number | undefined;
	private readonly perRule = new Map<string, number>();
	private readonly opened = new Map<string, number>();
	private opens = 0;

	disable(at: number, rules: ReadonlySet<string> | undefined): void {
		if (rules === undefined) {
			this.all ??= at;
		} else {
			rules.forEach((r) => this.open(r, at));
		}
	}

	private open(rule: string, at: number): void {
		if (!this.perRule.has(rule)) {
			this.perRule.set(rule, at);
			this.opened.set(rule, this.opens++);
		}
	}

	enable(at: number, rules: ReadonlySet<string> | undefined, out: SuppressedRange[]): void {
		if (rules !== undefined && this.all !== undefined) {
			// Re-enabling some rules inside a block that disabled all: the others stay disabled.
			out.push({ start: this.all, end: at });
			const rest = RULE_IDS.filter((r) => !rules.has(r));
			this.all = undefined;
			rest.forEach((r) => this.open(r, at));
		} else if (this.all !== undefined) {
			out.push({ start: this.all, end: at });
			this.all = undefined;
		}
		// The rules it names that are open, in the order they were opened (not every open rule per comment: a comment
		// naming thousands of rules, then thousands of comments naming one, was quadratic).
		const closing = rules === undefined ? [...this.perRule.keys()] : [...rules].filter((r) => this.perRule.has(r)).sort((a, b) => this.order(a) - this.order(b));
		for (const rule of closing) {
			out.push({ start: this.perRule.get(rule)!, end: at, rules: new Set([rule]) });
			this.perRule.delete(rule);
		}
	}

	/** When a rule's block was opened, relative to the others open. */
	private order(rule: string): number {
		return this.opened.get(rule)!;
	}
}
