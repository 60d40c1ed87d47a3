import * as vscode from 'vscode';

import { CONFIG_KEYS, CONFIG_SECTION, type ConfigKey } from './ids';
import type { Log } from './log';
import { type Config, validateSettings } from './settings';

export { CONFIG_SECTION };
export type { Config };

/** Reads the validated `clauseLens.*` settings for a resource (per-folder settings apply); bad values are logged once. */
export function readConfig(scope: vscode.ConfigurationScope | undefined, log?: Log): Config {
	// NOTE: `null`, not undefined, asks for the value "for any resource" without VS Code's warning.
	const section = vscode.workspace.getConfiguration(CONFIG_SECTION, scope ?? null);
	const raw: Partial<Record<ConfigKey, unknown>> = {};
	for (const key of CONFIG_KEYS) {
		raw[key] = section.get(key);
	}
	const { config, problems } = validateSettings(raw);
	problems.forEach((problem) => log?.warnOnce(problem));
	return config;
}
