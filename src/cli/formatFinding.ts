import type { Citation, Finding, Fix, Span } from '../engine';
import type { LineIndex, Position } from '../engine/text/positions';
import { displayPath, printable } from './printable';

/** A range as the JSON output and LSP count it: zero-based lines and UTF-16 characters. */
export interface JsonRange {
	readonly start: Position;
	readonly end: Position;
}

/** Converts a span to a zero-based range. */
export function toRange(lines: LineIndex, span: Span): JsonRange {
	return { start: lines.positionAt(span.start), end: lines.positionAt(span.end) };
}

/**
 * One text line per finding: `briefing.md:12:5-12:9  warning  message  rule-id` (1-based lines and columns). The
 * path and the message are escaped (see printable.ts): whatever a file is called, this stays one line.
 */
export function formatFinding(path: string, lines: LineIndex, finding: Finding): string {
	const { start, end } = toRange(lines, finding.span);
	const where = `${displayPath(path)}:${start.line + 1}:${start.character + 1}-${end.line + 1}:${end.character + 1}`;
	return `${where}  ${finding.severity}  ${printable(finding.message.replace(/\s+/g, ' '))}  ${finding.ruleId}`;
}

/** One text line per fix `--fix` applied: `briefing.md:12:5-12:9  fixed  <fix title>  rule-id` (where it was). */
export function formatFixed(path: string, lines: LineIndex, finding: Finding, fix: Fix): string {
	const { start, end } = toRange(lines, fix.span);
	const where = `${displayPath(path)}:${start.line + 1}:${start.character + 1}-${end.line + 1}:${end.character + 1}`;
	return `${where}  fixed  ${printable(fix.title.replace(/\s+/g, ' '))}  ${finding.ruleId}`;
}

/** The JSON shape of one finding. */
export function findingJson(lines: LineIndex, finding: Finding): object {
	return {
		rule: finding.ruleId,
		severity: finding.severity,
		message: finding.message,
		range: toRange(lines, finding.span),
		actual: finding.actual,
		clause: finding.clause ? { id: finding.clause.id, text: finding.clause.text } : null,
		fixes: finding.fixes.map((fix) => ({ title: fix.title, range: toRange(lines, fix.span), newText: fix.replacement })),
	};
}

/** The JSON shape of one citation. */
export function citationJson(lines: LineIndex, citation: Citation): object {
	return {
		range: toRange(lines, citation.span),
		clause: { id: citation.clause.id, text: citation.clause.text },
		label: citation.label,
		score: citation.score,
	};
}
