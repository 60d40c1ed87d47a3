// What a project accepts at a finer grain than a sentence, and where a rule is turned off: the `accept` and
// `overrides` entries of `.clause-lens.json`. No vscode or node import: the extension, its worker and the CLI share it.
import type { RuleId, Severity } from '../types';

/**
 * An accepted wording: these flagged words, for this rule, measured against this clause. It stays accepted when the
 * rest of the sentence is edited, and wherever the same words meet the same clause in the project; changing the
 * flagged words brings the finding back.
 */
export interface AcceptedWording {
	readonly rule: RuleId;
	/** The flagged words (matched ignoring case, spacing, line breaks, quote style and emphasis). */
	readonly words: string;
	/** The clause the finding was measured against; absent for findings without one (an unsupported claim). */
	readonly clause?: string;
}

/** Rule severities for some files of the project (`off` turns a rule off there). */
export interface RuleOverride {
	/** Paths relative to the project file's folder, with `/`; `*` (within a name), `**` (any folders) and `?` match. */
	readonly files: readonly string[];
	readonly severity: Partial<Record<RuleId, Severity>>;
}

/** Text as the keys compare it: case, spacing, line breaks, curly quotes and emphasis markers do not matter. */
export function normaliseForKey(text: string): string {
	return text.normalize('NFC').toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim();
}

/** The wording a finding would be accepted as. */
export function wordingOf(finding: { readonly ruleId: RuleId; readonly actual: string; readonly clause?: { readonly id: string } }): AcceptedWording {
	const words = finding.actual.replace(/\s+/g, ' ').trim();
	return finding.clause ? { rule: finding.ruleId, words, clause: finding.clause.id } : { rule: finding.ruleId, words };
}

/** The identity of an accepted wording (kept apart from the sentence keys of `ignore` by its separator). */
export function wordingKeyString(wording: AcceptedWording): string {
	return `${wording.rule}\u0001${normaliseForKey(wording.words)}\u0001${wording.clause ?? ''}`;
}

/**
 * The severities that apply to one file: the project's `severity`, then the user's settings, then each override
 * whose `files` match the file's path (later overrides win). Overrides come last because they are the most specific:
 * a rule the team turned off for one file stays off there whatever the defaults say. `relativePath` is the file's
 * path from the project file's folder with `/` (undefined for an unsaved document or a file outside that folder: no
 * override applies).
 */
export function severitiesFor(
	config: { readonly severity: Partial<Record<RuleId, Severity>>; readonly overrides: readonly RuleOverride[] },
	relativePath: string | undefined,
	settings: Partial<Record<RuleId, Severity>> = {},
): Partial<Record<RuleId, Severity>> {
	const out = { ...config.severity, ...settings };
	if (relativePath !== undefined) {
		for (const override of config.overrides) {
			if (override.files.some((pattern) => matchesFilePattern(pattern, relativePath))) {
				Object.assign(out, override.severity);
			}
		}
	}
	return out;
}

/**
 * Whether a path (relative, `/`-separated) matches a `files` pattern: `*` any characters but `/`, `?` one of them,
 * `**` any number of folders, a trailing `/` everything under that folder, `\` makes the next character literal.
 * Matching is case-sensitive, as paths in a shared repository are.
 */
export function matchesFilePattern(pattern: string, relativePath: string): boolean {
	const path = relativePath.replace(/^\.\//, '');
	return patternRe(pattern).test(path);
}

const patternCache = new Map<string, RegExp>();

function patternRe(pattern: string): RegExp {
	let re = patternCache.get(pattern);
	if (!re) {
		re = new RegExp(`^${patternSource(pattern.replace(/^\.\//, '').replace(/\/$/, '/**'))}$`);
		if (patternCache.size > 1000) {
			patternCache.clear();
		}
		patternCache.set(pattern, re);
	}
	return re;
}

function patternSource(pattern: string): string {
	let out = '';
	for (let i = 0; i < pattern.length; i++) {
		const ch = pattern[i]!;
		if (ch === '\\' && i + 1 < pattern.length) {
			out += escapeRe(pattern[++i]!);
		} else if (ch === '*' && pattern[i + 1] === '*') {
			// `**/` is zero or more folders; a final `**` is anything below.
			const slash = pattern[i + 2] === '/';
			out += slash ? '(?:[^/]*/)*' : '.*';
			i += slash ? 2 : 1;
		} else if (ch === '*') {
			out += '[^/]*';
		} else if (ch === '?') {
			out += '[^/]';
		} else {
			out += escapeRe(ch);
		}
	}
	return out;
}

function escapeRe(ch: string): string {
	return /[.*+?^${}()|[\]\\/]/.test(ch) ? `\\${ch}` : ch;
}

/** A path as a `files` pattern that matches only itself (`*`, `?` and `\` in names made literal). */
export function literalPattern(relativePath: string): string {
	return relativePath.replace(/[*?\\]/g, (ch) => `\\${ch}`);
}
