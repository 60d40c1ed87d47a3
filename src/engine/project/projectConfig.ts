// The project config file, `.clause-lens.json` at a workspace root: sources, rule severities and the
// findings a team has accepted. Committed with the briefings; read by the extension and the CLI.
// No vscode or node import: parsing, validation, keys and edits are pure. The file is JSON with comments (as VS
// Code's settings.json), read with jsonc-parser, a pure library that bundles into the CLI, extension and worker.
import { getNodeValue, type Node, type ParseError, parseTree, printParseErrorCode, stripComments } from 'jsonc-parser';

import { RULE_IDS, type RuleId, type Severity } from '../types';
import { type AcceptedWording, normaliseForKey, type RuleOverride, wordingKeyString } from './accept';

/** The file name, looked up at the root of each workspace folder. */
export const PROJECT_CONFIG_FILE = '.clause-lens.json';

/** Every severity a rule can be set to. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint', 'off'];

/** An accepted finding: it stays accepted while its rule, sentence and flagged words are unchanged. */
export interface IgnoredFinding {
	readonly rule: RuleId;
	/** `sentenceHash()` of the sentence the finding sits in. */
	readonly sentence: string;
	/** The flagged words. */
	readonly actual: string;
	/** The start of the sentence, for people reading the file; not used for matching. */
	readonly excerpt?: string;
}

/** The validated contents of `.clause-lens.json`. */
export interface ProjectConfig {
	/** Source documents, relative to the folder of the config file. */
	readonly sources: readonly string[];
	readonly severity: Partial<Record<RuleId, Severity>>;
	readonly ignore: readonly IgnoredFinding[];
	/** Accepted wordings ("Accept this wording"): rule, flagged words and clause. */
	readonly accept: readonly AcceptedWording[];
	/** Severities for some files or folders ("Turn off this rule for this file / folder"). */
	readonly overrides: readonly RuleOverride[];
}

/** A parse result: the usable part of the config plus one message per problem found. */
export interface ParsedProjectConfig {
	readonly config: ProjectConfig;
	readonly problems: readonly string[];
}

/** Raised by `addIgnoredFinding` when the existing file's shape is not one it can safely edit. */
export class ProjectConfigError extends Error {
	override readonly name = 'ProjectConfigError';
}

/** The config used when there is no file. */
export const EMPTY_PROJECT_CONFIG: ProjectConfig = { sources: [], severity: {}, ignore: [], accept: [], overrides: [] };

const KNOWN_KEYS = new Set(['$schema', 'sources', 'severity', 'ignore', 'accept', 'overrides']);

/**
 * Parses and validates the file's text; never throws. Invalid parts are dropped and reported. An empty file (or
 * one of only blanks and comments) means no settings, as a missing one does.
 */
export function parseProjectConfig(text: string): ParsedProjectConfig {
	const parsed = parseProjectTree(text);
	if (parsed.error !== undefined) {
		return { config: EMPTY_PROJECT_CONFIG, problems: [parsed.error] };
	}
	if (parsed.tree === undefined) {
		return { config: EMPTY_PROJECT_CONFIG, problems: [] };
	}
	if (parsed.tree.type !== 'object') {
		return { config: EMPTY_PROJECT_CONFIG, problems: ['expected a JSON object'] };
	}
	const raw = getNodeValue(parsed.tree) as Record<string, unknown>;
	const keys = propertyNames(parsed.tree);
	const problems: string[] = [
		...[...new Set(keys.filter((k, i) => keys.indexOf(k) !== i))].map((k) => `key \`${k}\` appears more than once (the last one is used)`),
		...Object.keys(raw).filter((k) => !KNOWN_KEYS.has(k)).map((k) => `unknown key \`${k}\` (ignored)`),
	];
	const sources = parseStringList(raw.sources, 'sources', problems);
	const severity = parseSeverityMap(raw.severity, 'severity', problems);
	const ignore = parseIgnoreList(raw.ignore, problems);
	const accept = parseAcceptList(raw.accept, problems);
	const overrides = parseOverrides(raw.overrides, problems);
	return { config: { sources, severity, ignore, accept, overrides }, problems };
}

/** A project file's parse tree: undefined for a blank file, or the first syntax error as a problem line. */
export interface ProjectTree {
	/** The text without its byte order mark (offsets in `tree` refer to it). */
	readonly body: string;
	readonly tree?: Node;
	readonly error?: string;
}

/** Parses the file's text as JSON with comments and trailing commas, as VS Code reads its own settings. */
export function parseProjectTree(text: string): ProjectTree {
	const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	if (stripComments(body).trim() === '') {
		return { body };
	}
	const errors: ParseError[] = [];
	const tree = parseTree(body, errors, { allowTrailingComma: true, disallowComments: false });
	const [first] = errors;
	if (first !== undefined || tree === undefined) {
		const at = first?.offset ?? 0;
		const line = body.slice(0, at).split('\n').length;
		const column = at - body.lastIndexOf('\n', at - 1);
		const what = first ? printParseErrorCode(first.error) : 'ValueExpected';
		return { body, error: `not valid JSON (${what} at line ${line}, column ${column})` };
	}
	return { body, tree };
}

/** The property names of an object node, in the file's order, repeats included. */
export function propertyNames(object: Node): string[] {
	return (object.children ?? []).map((property) => String(property.children?.[0]?.value));
}

/** Validates a list of strings (`sources`, `languages`); bad entries are dropped with a problem each. */
export function parseStringList(value: unknown, where: string, problems: string[]): string[] {
	if (value === undefined) {
		return [];
	}
	if (!Array.isArray(value)) {
		problems.push(`\`${where}\` must be an array of strings (ignored)`);
		return [];
	}
	return value.filter((item, k) => {
		const ok = typeof item === 'string' && item.trim().length > 0;
		if (!ok) {
			problems.push(`\`${where}[${k}]\` must be a non-empty string (ignored)`);
		}
		return ok;
	});
}

/** Validates a rule id → severity map; unknown rules and values are dropped with a problem each. */
export function parseSeverityMap(value: unknown, where: string, problems: string[]): Partial<Record<RuleId, Severity>> {
	if (value === undefined) {
		return {};
	}
	if (!isObject(value)) {
		problems.push(`\`${where}\` must be an object of rule id → severity (ignored)`);
		return {};
	}
	const out: Partial<Record<RuleId, Severity>> = {};
	for (const [rule, severity] of Object.entries(value)) {
		if (!isRuleId(rule)) {
			problems.push(`\`${where}\`: unknown rule \`${rule}\` (ignored; rules: ${RULE_IDS.join(', ')})`);
		} else if (!SEVERITIES.includes(severity as Severity)) {
			problems.push(`\`${where}.${rule}\` must be one of ${SEVERITIES.join(', ')}, not ${JSON.stringify(severity)} (the rule's default is used)`);
		} else {
			out[rule] = severity as Severity;
		}
	}
	return out;
}

function parseIgnoreList(value: unknown, problems: string[]): IgnoredFinding[] {
	if (value === undefined) {
		return [];
	}
	if (!Array.isArray(value)) {
		problems.push('`ignore` must be an array (ignored)');
		return [];
	}
	return value.filter((item: unknown, k): item is IgnoredFinding => {
		const ok = isObject(item) && isRuleId(item.rule) && typeof item.sentence === 'string' && typeof item.actual === 'string';
		if (!ok) {
			problems.push(`\`ignore[${k}]\` needs \`rule\` (a rule id), \`sentence\` and \`actual\` (ignored)`);
		}
		return ok;
	}).map(({ rule, sentence, actual, excerpt }) => ({ rule, sentence, actual, ...(typeof excerpt === 'string' ? { excerpt } : {}) }));
}

function parseAcceptList(value: unknown, problems: string[]): AcceptedWording[] {
	return listOf(value, 'accept', problems).filter((item: unknown, k): item is AcceptedWording => {
		const ok = isObject(item) && isRuleId(item.rule) && typeof item.words === 'string' && item.words.trim() !== '' && (item.clause === undefined || typeof item.clause === 'string');
		if (!ok) {
			problems.push(`\`accept[${k}]\` needs \`rule\` (a rule id) and \`words\`, and \`clause\` if any must be a string (ignored)`);
		}
		return ok;
	}).map(({ rule, words, clause }) => (clause === undefined ? { rule, words } : { rule, words, clause }));
}

function parseOverrides(value: unknown, problems: string[]): RuleOverride[] {
	return listOf(value, 'overrides', problems).flatMap((item: unknown, k) => {
		if (!isObject(item) || item.files === undefined) {
			problems.push(`\`overrides[${k}]\` must be an object with \`files\` and \`severity\` (ignored)`);
			return [];
		}
		const files = parseStringList(typeof item.files === 'string' ? [item.files] : item.files, `overrides[${k}].files`, problems);
		const severity = parseSeverityMap(item.severity, `overrides[${k}].severity`, problems);
		return files.length > 0 ? [{ files, severity }] : [];
	});
}

/** The value as a list, or none (with a problem) when it is given but is not one. */
function listOf(value: unknown, key: string, problems: string[]): unknown[] {
	if (value === undefined) {
		return [];
	}
	if (!Array.isArray(value)) {
		problems.push(`\`${key}\` must be an array (ignored)`);
		return [];
	}
	return value;
}

/** A short, stable hash of a sentence, insensitive to case, spacing, line endings, quote style and emphasis. */
export function sentenceHash(sentence: string): string {
	return cyrb53(normaliseForKey(sentence)).toString(16).padStart(14, '0');
}

/** The key of a finding in `text`: what `ignore` entries store and match. */
export function ignoreKeyOf(text: string, finding: { readonly ruleId: RuleId; readonly actual: string; readonly sentence: { readonly start: number; readonly end: number } }): IgnoredFinding {
	const sentence = text.slice(finding.sentence.start, finding.sentence.end);
	const excerpt = sentence.replace(/\s+/g, ' ').trim();
	return { rule: finding.ruleId, sentence: sentenceHash(sentence), actual: finding.actual, excerpt: excerpt.length > 80 ? `${excerpt.slice(0, 79)}…` : excerpt };
}

/** A set of the config's keys, for `isIgnored`: the sentence keys of `ignore` and the wording keys of `accept`. */
export function ignoreSet(config: Pick<ProjectConfig, 'ignore'> & Partial<ProjectConfig>): ReadonlySet<string> {
	return new Set([...config.ignore.map(ignoreKeyString), ...(config.accept ?? []).map(wordingKeyString)]);
}

/** Whether a finding's key is among the accepted ones. */
export function isIgnored(ignored: ReadonlySet<string>, key: IgnoredFinding): boolean {
	return ignored.has(ignoreKeyString(key));
}

/** The identity of an ignore entry: its rule, sentence hash and flagged words. */
export function ignoreKeyString(key: IgnoredFinding): string {
	return `${key.rule}\u0000${key.sentence}\u0000${key.actual}`;
}

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isRuleId(value: unknown): value is RuleId {
	return typeof value === 'string' && (RULE_IDS as readonly string[]).includes(value);
}

/** cyrb53 (public domain): a fast 53-bit string hash with good spread. */
function cyrb53(text: string): number {
	let h1 = 0xdeadbeef;
	let h2 = 0x41c6ce57;
	for (let i = 0; i < text.length; i++) {
		const ch = text.charCodeAt(i);
		h1 = Math.imul(h1 ^ ch, 2654435761);
		h2 = Math.imul(h2 ^ ch, 1597334677);
	}
	h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
	h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
	return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
