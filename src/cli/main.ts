import * as path from 'node:path';

import { type CheckedText, checkText, type Finding, ignoreSet, LineIndex, loadSources, PROJECT_CONFIG_FILE, RULES, severitiesFor, SourceError, type SourceModel, Strength, STRENGTH_LABELS } from '../engine';
import { type CliArgs, parseArgs, USAGE, UsageError } from './args';
import { fixText, type AppliedFix, writeTextFile } from './fixFiles';
import { printCoverage } from './coverage';
import { citationJson, findingJson, formatFinding, formatFixed, toRange } from './formatFinding';
import { jsonText, printable } from './printable';
import { findProjectConfig, type LoadedProjectConfig, loadProjectConfig } from './projectFile';
import { InputError, readText, readTextFile } from './readText';
import { type CheckedFile, toSarif } from './sarif';
import { commandLineSource, projectSource } from './sourcePaths';

/** The CLI's version (a unit test keeps it equal to package.json's). */
export const VERSION = '0.1.0';

/** The embedded default source, shipped in `seeds/` next to `dist/`. */
export const EMBEDDED_SOURCE = path.join(__dirname, '..', 'seeds', 'uk-openai-mou-2025-07-21.txt');
const EMBEDDED_NAME = 'UK–OpenAI Memorandum of Understanding (21 July 2025)';

/** Runs the CLI and returns its exit code: 0 clean, 1 warnings, 2 usage or input error. */
export function run(argv: readonly string[], out: (line: string) => void, err: (line: string) => void): number {
	try {
		const args = parseArgs(argv);
		if (args.command === 'help' || args.command === 'version') {
			out(args.command === 'help' ? USAGE : VERSION);
			return 0;
		}
		const project = loadProjectConfig(projectConfigPath(args), (line) => err(printable(line)));
		const sources = args.sources.length > 0
			? args.sources.map((s) => commandLineSource(s, project.dir))
			: project.config.sources.map((s) => projectSource(s, project.dir, project.path ?? PROJECT_CONFIG_FILE));
		const source = loadCliSource(sources);
		if (args.command === 'clauses') {
			printClauses(source, args.format, out);
			return 0;
		}
		const results = checkFiles(source, project, args);
		if (args.command === 'coverage') {
			printCoverage(source, results, args.format, out);
			return exitCode(results);
		}
		return printFindings(source, results, args, out);
	} catch (error) {
		if (error instanceof UsageError || error instanceof InputError || error instanceof SourceError) {
			err(`clause-lens: ${printable(error.message)}`);
			return 2;
		}
		throw error;
	}
}

/** `--config FILE`, none for `--no-config`, else the nearest `.clause-lens.json` above the first briefing (or here). */
function projectConfigPath(args: CliArgs): string | undefined {
	if (args.config !== undefined) {
		return args.config === false ? undefined : args.config;
	}
	return findProjectConfig(args.files[0] !== undefined ? path.dirname(path.resolve(args.files[0])) : process.cwd());
}

function loadCliSource(paths: readonly string[]): SourceModel {
	if (paths.length === 0) {
		return loadSources([{ text: readText(EMBEDDED_SOURCE, 'source'), name: EMBEDDED_NAME }]);
	}
	return loadSources(paths.map((p) => ({ text: readText(p, 'source'), name: path.basename(p), path: p })));
}

/** A checked briefing, with the fixes `--fix` applied to it (their ranges in the text before fixing). */
interface CheckedBriefing extends CheckedFile {
	readonly fixed: readonly AppliedFix[];
	readonly before: LineIndex;
}

/**
 * Checks each briefing as `check` does: the project's severities, its accepted findings and inline suppressions; with
 * `--fix`, first applies each finding's preferred fix and writes the file.
 */
function checkFiles(source: SourceModel, project: LoadedProjectConfig, args: CliArgs): CheckedBriefing[] {
	const ignored = ignoreSet(project.config);
	return args.files.map((file) => {
		const format = /\.(?:md|markdown|mdx)$/i.test(file) ? 'markdown' : 'plaintext';
		const severities = severitiesFor(project.config, projectRelativePath(project, file));
		const check = (text: string): CheckedText => checkText(text, source, { format, severities, ignored });
		if (!args.fix) {
			const text = readText(file, 'briefing');
			const lines = new LineIndex(text);
			return { file, text, format, result: check(text), lines, fixed: [], before: lines };
		}
		const read = readTextFile(file, 'briefing');
		const first = check(read.text);
		const { text, fixed } = fixText(read.text, first.findings);
		if (fixed.length > 0) {
			writeTextFile(file, read, text);
		}
		return { file, text, format, result: fixed.length > 0 ? check(text) : first, lines: new LineIndex(text), fixed, before: new LineIndex(read.text) };
	});
}

/** 1 when any briefing has a warning or an error, else 0 (`check` and `coverage` alike). */
function exitCode(results: readonly CheckedFile[]): number {
	return results.some((r) => r.result.findings.some(isWarning)) ? 1 : 0;
}

function printFindings(source: SourceModel, results: readonly CheckedBriefing[], args: CliArgs, out: (line: string) => void): number {
	const warnings = results.reduce((n, r) => n + r.result.findings.filter(isWarning).length, 0);
	if (args.format === 'sarif') {
		out(jsonText(toSarif(results, { cwd: process.cwd(), version: VERSION, source: { name: source.name, clauses: source.clauses.length } })));
	} else if (args.format === 'json') {
		out(jsonText({
			source: { name: source.name, clauses: source.clauses.length },
			files: results.map(({ file, result, lines, fixed, before }) => ({
				path: file,
				...(args.fix ? { fixed: fixed.map(({ finding, fix }) => ({ rule: finding.ruleId, title: fix.title, range: toRange(before, fix.span), newText: fix.replacement })) } : {}),
				findings: result.findings.map((f) => findingJson(lines, f)),
				citations: result.citations.map((c) => citationJson(lines, c)),
			})),
		}));
	} else {
		for (const { file, result, lines, fixed, before } of results) {
			fixed.forEach(({ finding, fix }) => out(formatFixed(file, before, finding, fix)));
			result.findings.forEach((f) => out(formatFinding(file, lines, f)));
		}
		const total = results.reduce((n, r) => n + r.result.findings.length, 0);
		const plural = (n: number, word: string, many = `${word}s`): string => `${n} ${n === 1 ? word : many}`;
		const fixes = results.reduce((n, r) => n + r.fixed.length, 0);
		const fixedFiles = results.filter((r) => r.fixed.length > 0).length;
		const summary = `${plural(total, 'finding')} (${plural(warnings, 'warning')}) in ${plural(results.length, 'file')} against ${printable(source.name)}`;
		out(args.fix ? `${summary}; ${plural(fixes, 'fix', 'fixes')} applied in ${plural(fixedFiles, 'file')}` : summary);
	}
	return exitCode(results);
}

/** A briefing's path from the project file's folder, with `/`, as `overrides` name files (undefined outside it). */
export function projectRelativePath(project: LoadedProjectConfig, file: string): string | undefined {
	const relative = path.relative(project.dir, path.resolve(file));
	if (relative === '' || relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) {
		return undefined;
	}
	return relative.split(path.sep).join('/');
}

function isWarning(finding: Finding): boolean {
	return finding.severity === 'warning' || finding.severity === 'error';
}

function printClauses(source: SourceModel, format: CliArgs['format'], out: (line: string) => void): void {
	const lines = new LineIndex(source.text);
	const rows = source.clauses.map((clause) => {
		const levels = source.sentences.filter((s) => s.clause === clause).map((s) => s.commitment.level);
		const strength = STRENGTH_LABELS[Math.max(Strength.None, ...levels) as Strength];
		return { clause, strength };
	});
	if (format === 'json') {
		out(jsonText({
			source: { name: source.name, clauses: source.clauses.length },
			clauses: rows.map(({ clause, strength }) => ({
				id: clause.id, kind: clause.kind, section: clause.section, title: clause.title, strength, text: clause.text, range: toRange(lines, clause.span),
			})),
			rules: RULES.map((r) => ({ id: r.id, description: r.description, severity: r.defaultSeverity })),
		}));
		return;
	}
	for (const { clause, strength } of rows) {
		out(printable(`${clause.id.padEnd(7)} ${strength.padEnd(18)} ${clause.title ? `[${clause.title}] ` : ''}${clause.text.replace(/\s+/g, ' ')}`));
	}
}

/**
 * Ends the process quietly when a reader stops early (`clause-lens clauses | head -1`): EPIPE is not our error, nor is
 * ECONNRESET, what a reader closing a socket rather than a pipe gives (a parent process's `stdio: 'pipe'`).
 */
function exitOnBrokenPipe(stream: NodeJS.WriteStream): void {
	stream.on('error', (error: NodeJS.ErrnoException) => {
		if (error.code !== 'EPIPE' && error.code !== 'ECONNRESET') {
			throw error;
		}
		process.exit(process.exitCode);
	});
}

if (require.main === module) {
	exitOnBrokenPipe(process.stdout);
	exitOnBrokenPipe(process.stderr);
	process.exitCode = run(process.argv.slice(2), (line) => process.stdout.write(`${line}\n`), (line) => process.stderr.write(`${line}\n`));
}
