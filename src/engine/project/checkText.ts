// One check of a briefing as the editor shows it: the engine's findings minus what inline comments
// suppress and what the project has accepted. No vscode import.
import { check } from '../check';
import type { SourceModel } from '../source';
import type { CheckResult, Citation, Finding, RuleId, Severity, TextFormat } from '../types';
import { wordingKeyString, wordingOf } from './accept';
import { ignoreKeyOf, isIgnored } from './projectConfig';
import { filterSuppressed, findSuppressions } from './suppressions';

/** What to check with. */
export interface CheckTextOptions {
	readonly format: TextFormat;
	readonly severities: Partial<Record<RuleId, Severity>>;
	/** Keys of accepted findings and wordings (`ignoreSet` of the project config). */
	readonly ignored: ReadonlySet<string>;
}

/** The findings to show and the citations to hover, plus how many were filtered out. */
export interface CheckedText {
	readonly findings: readonly Finding[];
	readonly citations: readonly Citation[];
	readonly suppressed: number;
	readonly ignored: number;
}

/** Checks a briefing; inline suppression comments count in markdown only. */
export function checkText(text: string, source: SourceModel, options: CheckTextOptions): CheckedText {
	return filterResult(text, check(text, source, { format: options.format, severities: options.severities }), options);
}

/**
 * The findings of an engine result (of `text`) that the editor shows: inline suppressions (markdown), accepted
 * findings (`ignore`: rule, sentence, words) and accepted wordings (`accept`: rule, words, clause) removed.
 */
export function filterResult(text: string, result: CheckResult, options: Omit<CheckTextOptions, 'severities'>): CheckedText {
	const unsuppressed = options.format === 'markdown' ? filterSuppressed(result.findings, findSuppressions(text)) : [...result.findings];
	const { ignored } = options;
	const isAccepted = (f: Finding): boolean => ignored.has(wordingKeyString(wordingOf(f))) || isIgnored(ignored, ignoreKeyOf(text, f));
	const findings = ignored.size === 0 ? unsuppressed : unsuppressed.filter((f) => !isAccepted(f));
	return {
		findings,
		citations: result.citations,
		suppressed: result.findings.length - unsuppressed.length,
		ignored: unsuppressed.length - findings.length,
	};
}
