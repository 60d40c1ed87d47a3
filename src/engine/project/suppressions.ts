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

const directiveRe = /<!--\s*clause-lens-(disable-next-line|disable|enable)\b([^]*?)-->/g;
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
	for (const { start, end, match } of directives(text)) {
		const kind = match[1]!;
		const rules = parseRules(match[2] ?? '');
		if (kind === 'disable-next-line') {
			const lineStart = lineBreak(text, end) + 1;
			if (lineStart <= text.length) {
				out.push({ start: lineStart, end: lineBreak(text, lineStart), rules });
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

/** Drops the findings (anything with a rule id and a span) that start inside a suppressed range for their rule. */
export function filterSuppressed<T extends { readonly ruleId: string; readonly span: Span }>(findings: readonly T[], ranges: readonly SuppressedRange[]): T[] {
	if (ranges.length === 0) {
		return [...findings];
	}
	return findings.filter((f) => !ranges.some((r) => r.start <= f.span.start && f.span.start <= r.end && (r.rules === undefined || r.rules.has(f.ruleId))));
}

/** The suppression comments outside fenced code blocks, in order. */
function* directives(text: string): Generator<{ start: number; end: number; match: RegExpExecArray }> {
	const fences = fencedRanges(text);
	directiveRe.lastIndex = 0;
	for (let m = directiveRe.exec(text); m !== null; m = directiveRe.exec(text)) {
		const at = m.index;
		if (!fences.some(([from, to]) => from <= at && at < to)) {
			yield { start: at, end: at + m[0].length, match: m };
		}
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

	disable(at: number, rules: ReadonlySet<string> | undefined): void {
		if (rules === undefined) {
			this.all ??= at;
		} else {
			rules.forEach((r) => this.perRule.has(r) || this.perRule.set(r, at));
		}
	}

	enable(at: number, rules: ReadonlySet<string> | undefined, out: SuppressedRange[]): void {
		if (rules !== undefined && this.all !== undefined) {
			// Re-enabling some rules inside a block that disabled all: the others stay disabled.
			out.push({ start: this.all, end: at });
			const rest = RULE_IDS.filter((r) => !rules.has(r));
			this.all = undefined;
			rest.forEach((r) => this.perRule.has(r) || this.perRule.set(r, at));
		} else if (this.all !== undefined) {
			out.push({ start: this.all, end: at });
			this.all = undefined;
		}
		for (const [rule, start] of [...this.perRule]) {
			if (rules === undefined || rules.has(rule)) {
				out.push({ start, end: at, rules: new Set([rule]) });
				this.perRule.delete(rule);
			}
		}
	}
}
