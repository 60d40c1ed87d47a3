// The project config file, `.clause-lens.json` at a workspace root: sources, rule severities and the
// findings a team has accepted. Committed with the briefings; read by the extension and the CLI.
// No vscode or node import: parsing, validation, keys and edits are pure.
import { RULE_IDS, type RuleId, type Severity } from '../types';

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
}

/** A parse result: the usable part of the config plus one message per problem found. */
export interface ParsedProjectConfig {
	readonly config: ProjectConfig;
	readonly problems: readonly string[];
}

/** Raised by `addIgnoredFinding` when the existing file is not a JSON object it can safely rewrite. */
export class ProjectConfigError extends Error {
	override readonly name = 'ProjectConfigError';
}

/** The config used when there is no file. */
export const EMPTY_PROJECT_CONFIG: ProjectConfig = { sources: [], severity: {}, ignore: [] };

const KNOWN_KEYS = new Set(['$schema', 'sources', 'severity', 'ignore']);

/** Parses and validates the file's text; never throws. Invalid parts are dropped and reported. */
export function parseProjectConfig(text: string): ParsedProjectConfig {
	let raw: unknown;
	try {
		raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
	} catch (error) {
		return { config: EMPTY_PROJECT_CONFIG, problems: [`not valid JSON (${(error as Error).message})`] };
	}
	if (!isObject(raw)) {
		return { config: EMPTY_PROJECT_CONFIG, problems: ['expected a JSON object'] };
	}
	const problems: string[] = Object.keys(raw).filter((k) => !KNOWN_KEYS.has(k)).map((k) => `unknown key \`${k}\` (ignored)`);
	const sources = parseStringList(raw.sources, 'sources', problems);
	const severity = parseSeverityMap(raw.severity, 'severity', problems);
	const ignore = parseIgnoreList(raw.ignore, problems);
	return { config: { sources, severity, ignore }, problems };
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
	});
}

/** A short, stable hash of a sentence, insensitive to case, spacing, line endings, quote style and emphasis. */
export function sentenceHash(sentence: string): string {
	const normalised = sentence.normalize('NFC').toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim();
	return cyrb53(normalised).toString(16).padStart(14, '0');
}

/** The key of a finding in `text`: what `ignore` entries store and match. */
export function ignoreKeyOf(text: string, finding: { readonly ruleId: RuleId; readonly actual: string; readonly sentence: { readonly start: number; readonly end: number } }): IgnoredFinding {
	const sentence = text.slice(finding.sentence.start, finding.sentence.end);
	const excerpt = sentence.replace(/\s+/g, ' ').trim();
	return { rule: finding.ruleId, sentence: sentenceHash(sentence), actual: finding.actual, excerpt: excerpt.length > 80 ? `${excerpt.slice(0, 79)}…` : excerpt };
}

/** A set of the config's ignore keys, for `isIgnored`. */
export function ignoreSet(config: ProjectConfig): ReadonlySet<string> {
	return new Set(config.ignore.map(keyString));
}

/** Whether a finding's key is among the accepted ones. */
export function isIgnored(ignored: ReadonlySet<string>, key: IgnoredFinding): boolean {
	return ignored.has(keyString(key));
}

/**
 * The file's new text with `entry` added to `ignore` (unchanged if already there). Keeps every other
 * key and the file's indentation. Throws `ProjectConfigError` if the existing text is not a JSON object.
 */
export function addIgnoredFinding(existing: string | undefined, entry: IgnoredFinding): string {
	let raw: Record<string, unknown> = {};
	if (existing !== undefined && existing.trim() !== '') {
		try {
			const parsed: unknown = JSON.parse(existing.charCodeAt(0) === 0xfeff ? existing.slice(1) : existing);
			if (!isObject(parsed)) {
				throw new ProjectConfigError(`${PROJECT_CONFIG_FILE} is not a JSON object`);
			}
			raw = parsed;
		} catch (error) {
			throw error instanceof ProjectConfigError ? error : new ProjectConfigError(`${PROJECT_CONFIG_FILE} is not valid JSON: fix it first (${(error as Error).message})`);
		}
	}
	const ignore = Array.isArray(raw.ignore) ? [...(raw.ignore as unknown[])] : [];
	const key = keyString(entry);
	if (!ignore.some((item) => isObject(item) && keyString(item as unknown as IgnoredFinding) === key)) {
		ignore.push({ rule: entry.rule, sentence: entry.sentence, actual: entry.actual, ...(entry.excerpt ? { excerpt: entry.excerpt } : {}) });
	}
	const indent = /\n( +)"/.exec(existing ?? '')?.[1] ?? '\t';
	const eol = existing?.includes('\r\n') ? '\r\n' : '\n';
	return `${JSON.stringify({ ...raw, ignore }, null, indent).replace(/\n/g, eol)}${eol}`;
}

function keyString(key: IgnoredFinding): string {
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
