// The engine's scans as they were written before they were made linear (issue 11), kept as the specification the
// linear versions are compared with (test/unit/robustness/linearScans.test.ts). Each was quadratic on some input.
import { RULE_IDS, type Span } from '../../../src/engine';
import type { SuppressedRange } from '../../../src/engine';

/** source.ts: capitalised words before a modal (the parties). */
export const namedPartyPattern = /\b(\p{Lu}[\p{L}\p{N}]*(?:\s+\p{Lu}[\p{L}\p{N}]*)*)\s+(?:and\s+(?:the\s+)?\p{Lu}[\p{L}]*(?:\s+\p{Lu}?[\p{L}]*)?\s+)?(?:will|may|shall|must|share)\b/gu;
/** source.ts: the title line. */
export const titlePattern = /^\s*(?:#+\s*)?(.{3,200})$/m;
/** contradictedDetail.ts: a quantity (as its pieces built it). */
export const quantityPattern = /(?<money>[£$€]\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:billion|million|thousand|bn|m|k)\b)?)|\b(?<num>\d[\d,]*(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety|hundred)(?:[\s-]+|\s*(?=%))(?<unit>(?:per\s*cent|percent|%|days?|working\s+days?|weeks?|months?|years?|hours?|minutes?|members?|people|persons?|researchers?|datasets?|stations?|instalments?|installments?|parties|ratifications?|countries|states|times))(?![\p{L}])/giu;
/** novelTerms.ts: money and large amounts. */
export const moneyPattern = /[£$€]\s?\d[\d,.]*(?:\s?(?:billion|million|thousand|bn|m|k)\b)?|\b\d[\d,.]*\s?(?:billion|million)\b/gu;
/** unsupportedClaim.ts: what joins a list's items. */
export const listJoinPattern = /\s*(?:,\s*(?:and|or)?|;|\band\b|\bor\b|\bas well as\b|&)\s*/i;
/** openList.ts: what separates an open list's items. */
export const openListItemPattern = /,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/;
/** misquote.ts: a dangling end of a fix's exact words. */
export const danglingEndPattern = /(?:[\s,;:]+(?:and|or|to|the|of|in|a|an|for|with))+[\s,;:]*$|[,;:]+$/i;
/** fixes.ts: line breaks in a quoted clause. */
export const quoteLineBreakPattern = /\s*\r?\n\s*/g;

/** novelTerms.ts: the terms of a message, each kept unless it contains or is part of one kept before. */
export function distinctTermsByScan(terms: readonly string[]): string[] {
	const out: string[] = [];
	for (const term of terms) {
		if (!out.some((t) => t.includes(term) || term.includes(t))) {
			out.push(term);
		}
	}
	return out;
}

const directiveRe = /<!--\s*clause-lens-(disable-next-line|disable|enable)\b([^]*?)-->/g;
const fenceRe = /^ {0,3}(`{3,}|~{3,})/;
const ruleListRe = /[\s,]+/;

/** The ranges of `text` that suppression comments cover (comments in fenced code do not count). */
export function findSuppressionsByPattern(text: string): SuppressedRange[] {
	const out: SuppressedRange[] = [];
	const block = new BlockState();
	for (const { start, end, match } of directives(text)) {
		const kind = match[1]!;
		const rules = parseRules(match[2] ?? '');
		if (kind === 'disable-next-line') {
			const lineStart = text.indexOf('\n', end);
			if (lineStart >= 0) {
				const lineEnd = text.indexOf('\n', lineStart + 1);
				out.push({ start: lineStart + 1, end: lineEnd < 0 ? text.length : lineEnd, rules });
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
export function filterSuppressedByPattern<T extends { readonly ruleId: string; readonly span: Span }>(findings: readonly T[], ranges: readonly SuppressedRange[]): T[] {
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
		const nl = text.indexOf('\n', at);
		const end = nl < 0 ? text.length : nl + 1;
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
