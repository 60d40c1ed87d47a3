import * as fs from 'node:fs';
import * as path from 'node:path';

import { EMPTY_PROJECT_CONFIG, parseProjectConfig, PROJECT_CONFIG_FILE, type ProjectConfig } from '../engine';
import { InputError, readText } from './readText';

/** A project config file as the CLI found it: its folder (sources are relative to it) and contents. */
export interface LoadedProjectConfig {
	readonly path?: string;
	readonly dir: string;
	readonly config: ProjectConfig;
}

/** The nearest `.clause-lens.json` in `start` or a folder above it, as eslint and prettier look for theirs. */
export function findProjectConfig(start: string): string | undefined {
	for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
		const candidate = path.join(dir, PROJECT_CONFIG_FILE);
		if (fs.existsSync(candidate)) {
			return candidate;
		}
		if (path.dirname(dir) === dir) {
			return undefined;
		}
	}
}

/**
 * Reads a project config. An empty file means the defaults, as in the extension. A file that is not a JSON object
 * is an input error (exit 2: a team's checks must not silently run without their settings); smaller problems are
 * reported through `warn` and skipped.
 */
export function loadProjectConfig(file: string | undefined, warn: (line: string) => void): LoadedProjectConfig {
	if (file === undefined) {
		return { dir: process.cwd(), config: EMPTY_PROJECT_CONFIG };
	}
	const { config, problems } = parseProjectConfig(readText(file, 'config'));
	if (problems.some((p) => p.startsWith('not valid JSON') || p.startsWith('expected a JSON object'))) {
		throw new InputError(`config '${file}': ${problems[0]}`);
	}
	for (const problem of problems) {
		warn(`clause-lens: config '${file}': ${problem}`);
	}
	return { path: file, dir: path.dirname(path.resolve(file)), config };
}
