// The `clauseLens.*` settings: their type, defaults and validation. No vscode import (config.ts reads
// them from VS Code), so the manifest test can check the keys and defaults against package.json.
import { parseSeverityMap, parseStringList, type RuleId, type Severity } from '../engine';
import { type ConfigKey, DEFAULT_LANGUAGES } from './ids';

/** When documents are checked besides on open and on save. */
export type RunMode = 'onType' | 'onSave';

/** The validated settings for one resource. */
export interface Config {
	readonly enable: boolean;
	readonly languages: readonly string[];
	readonly run: RunMode;
	readonly debounceMs: number;
	readonly severity: Partial<Record<RuleId, Severity>>;
	readonly sources: readonly string[];
}

/** The defaults, as contributed in package.json. */
export const DEFAULT_CONFIG: Config = {
	enable: true,
	languages: DEFAULT_LANGUAGES,
	run: 'onType',
	debounceMs: 300,
	severity: {},
	sources: [],
};

const MAX_DEBOUNCE_MS = 60_000;

/** Validates raw setting values; each bad value falls back to its default with one problem line. */
export function validateSettings(raw: Partial<Record<ConfigKey, unknown>>): { config: Config; problems: string[] } {
	const problems: string[] = [];
	const bad = (key: ConfigKey, expected: string): void => {
		problems.push(`clauseLens.${key}: expected ${expected}, got ${JSON.stringify(raw[key])}; using the default ${JSON.stringify(DEFAULT_CONFIG[key])}`);
	};
	let { enable, languages, run, debounceMs } = DEFAULT_CONFIG;
	if (raw.enable !== undefined && typeof raw.enable !== 'boolean') {
		bad('enable', 'true or false');
	} else if (raw.enable !== undefined) {
		enable = raw.enable;
	}
	if (raw.languages !== undefined) {
		const list = parseStringList(raw.languages, 'clauseLens.languages', problems);
		languages = Array.isArray(raw.languages) ? list : DEFAULT_CONFIG.languages;
	}
	if (raw.run !== undefined && raw.run !== 'onType' && raw.run !== 'onSave') {
		bad('run', '"onType" or "onSave"');
	} else if (raw.run !== undefined) {
		run = raw.run;
	}
	if (raw.debounceMs !== undefined && !(typeof raw.debounceMs === 'number' && raw.debounceMs >= 0 && raw.debounceMs <= MAX_DEBOUNCE_MS)) {
		bad('debounceMs', `a number of milliseconds from 0 to ${MAX_DEBOUNCE_MS}`);
	} else if (raw.debounceMs !== undefined) {
		debounceMs = raw.debounceMs;
	}
	const severity = parseSeverityMap(raw.severity, 'clauseLens.severity', problems);
	const sources = parseStringList(raw.sources, 'clauseLens.sources', problems);
	return { config: { enable, languages, run, debounceMs, severity, sources }, problems };
}
