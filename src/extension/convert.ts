// The one place where engine offsets (UTF-16, like TextDocument.offsetAt) become VS Code objects and back.
import * as vscode from 'vscode';

import { type Finding, type Fix, type LineIndex, plainMessage, type RuleId, type Severity, type Span } from '../engine';
import { DIAGNOSTIC_SOURCE, RULE_DOC_ANCHORS, RULE_DOCS_URL } from './ids';

/** The range of a span of a document's text (or of a text not open as a document, given a `positionAt`). */
export function toRange(document: Pick<vscode.TextDocument, 'positionAt'>, span: Span): vscode.Range {
	return new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
}

/** The position of an offset into a document's text. */
export function toPosition(document: vscode.TextDocument, offset: number): vscode.Position {
	return document.positionAt(offset);
}

/** The offset of a position in a document's text. */
export function toOffset(document: vscode.TextDocument, position: vscode.Position): number {
	return document.offsetAt(position);
}

/** The span of a range of a document's text. */
export function toSpan(document: vscode.TextDocument, range: vscode.Range): Span {
	return { start: document.offsetAt(range.start), end: document.offsetAt(range.end) };
}

/** The range of a span of a text that is not open as a document (a source), through its line index. */
export function toTextRange(lines: LineIndex, span: Span): vscode.Range {
	const start = lines.positionAt(span.start);
	const end = lines.positionAt(span.end);
	return new vscode.Range(start.line, start.character, end.line, end.character);
}

/** The diagnostic severity of an engine severity. */
export function toDiagnosticSeverity(severity: Exclude<Severity, 'off'>): vscode.DiagnosticSeverity {
	switch (severity) {
		case 'error':
			return vscode.DiagnosticSeverity.Error;
		case 'warning':
			return vscode.DiagnosticSeverity.Warning;
		case 'information':
			return vscode.DiagnosticSeverity.Information;
		case 'hint':
			return vscode.DiagnosticSeverity.Hint;
	}
}

const ruleDocUris = new Map<RuleId, vscode.Uri>();

/** Where a rule is explained (the README heading), linked from the diagnostic's code. Parsed once per rule. */
export function ruleDocUri(ruleId: RuleId): vscode.Uri {
	let uri = ruleDocUris.get(ruleId);
	if (!uri) {
		uri = vscode.Uri.parse(`${RULE_DOCS_URL}#${RULE_DOC_ANCHORS[ruleId]}`);
		ruleDocUris.set(ruleId, uri);
	}
	return uri;
}

/**
 * A finding as a diagnostic: source `Clause Lens`, the rule id as code, the clause as related information. The
 * message is plain text (the Problems panel and the editor's hover show it as it is, backticks and all).
 */
export function toDiagnostic(document: Pick<vscode.TextDocument, 'positionAt'>, finding: Finding, clause?: vscode.Location): vscode.Diagnostic {
	const diagnostic = new vscode.Diagnostic(toRange(document, finding.span), plainMessage(finding.message), toDiagnosticSeverity(finding.severity));
	diagnostic.source = DIAGNOSTIC_SOURCE;
	diagnostic.code = { value: finding.ruleId, target: ruleDocUri(finding.ruleId) };
	if (clause && finding.clause) {
		diagnostic.relatedInformation = [new vscode.DiagnosticRelatedInformation(clause, `Clause ${finding.clause.id} of the source`)];
	}
	return diagnostic;
}

/** An engine fix as a text edit of the document. */
export function toTextEdit(document: vscode.TextDocument, fix: Fix): vscode.TextEdit {
	return new vscode.TextEdit(toRange(document, fix.span), fix.replacement);
}

/** Whether two lists of diagnostics show the same thing: ranges, messages, severities and codes, in order. */
export function sameDiagnostics(shown: readonly vscode.Diagnostic[] | undefined, next: readonly vscode.Diagnostic[]): boolean {
	if (!shown || shown.length !== next.length) {
		return false;
	}
	return next.every((d, i) => {
		const old = shown[i]!;
		const code = (c: vscode.Diagnostic['code']): unknown => (typeof c === 'object' ? c.value : c);
		return old.range.isEqual(d.range) && old.message === d.message && old.severity === d.severity && code(old.code) === code(d.code);
	});
}
