// Quoted source words are supported by definition: "“…” (MoU §3.2)" after a claim, inserted by a fix or typed, is
// never itself flagged, and a finding that would run on over it ends where it begins.
import type { RuleContext } from '../rules/rule';
import type { Span } from '../types';

/**
 * The source's exact words in quotation marks, each with the citation that follows it, if any ("“…” (MoU §3.2)"):
 * supported by definition, so no finding covers them (a claim that runs on into a quote ends where the quote begins).
 */
export function quotedSourceSpans(context: RuleContext): Span[] {
	const spans: Span[] = [];
	for (const analysed of context.sentences) {
		for (const { quote, verdict } of analysed.quotes) {
			if (verdict.kind === 'verbatim' && quote.closed) {
				const citation = /^\s*\([^()\n]{1,80}\)/.exec(context.text.slice(quote.outer.end, quote.outer.end + 84));
				spans.push({ start: quote.outer.start, end: quote.outer.end + (citation?.[0].length ?? 0) });
			}
		}
	}
	return spans;
}

/**
 * A finding's span without the quoted source words at either end of it (white space and punctuation next to them
 * too), or undefined when nothing else is left. Quotes inside the span are the writer's to frame, and stay.
 */
export function outsideQuoted(text: string, span: Span, quoted: readonly Span[]): Span | undefined {
	let { start, end } = span;
	if (!quoted.some((q) => q.start < end && start < q.end)) {
		return span;
	}
	for (let changed = true; changed && start < end; ) {
		changed = false;
		for (const q of quoted) {
			if (q.start <= start && start < q.end) {
				start = q.end;
				changed = true;
			}
			if (q.start < end && end <= q.end) {
				end = q.start;
				changed = true;
			}
		}
		while (start < end && /[\s.,;:!?]/.test(text[start]!)) {
			start++;
		}
		while (end > start && /[\s,;:]/.test(text[end - 1]!)) {
			end--;
		}
	}
	return end > start && /[\p{L}\p{N}]/u.test(text.slice(start, end)) ? { start, end } : undefined;
}
