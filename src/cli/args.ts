/** What the command line asked for. */
export interface CliArgs {
	readonly command: 'check' | 'clauses' | 'coverage' | 'help' | 'version';
	readonly sources: readonly string[];
	readonly format: 'text' | 'json' | 'sarif' | 'html';
	readonly files: readonly string[];
	/** An explicit `.clause-lens.json`, `false` for `--no-config`, undefined to look for one. */
	readonly config?: string | false;
	/** `--fix`: apply each finding's preferred fix and write the files in place. */
	readonly fix?: boolean;
}

/** A command-line mistake: printed as one line, exit code 2. */
export class UsageError extends Error {
	override readonly name = 'UsageError';
}

/** The usage text printed by `--help`. */
export const USAGE = `Usage:
  clause-lens check [--fix] [--source FILE]... [--format text|json|sarif] [--config FILE | --no-config] FILE...
  clause-lens clauses [--source FILE]... [--format text|json]
  clause-lens coverage [--source FILE]... [--format text|json|html] [--config FILE | --no-config] FILE...

Checks briefings against a source agreement (default: the embedded UK–OpenAI MoU of July 2025).
The nearest .clause-lens.json (sources, severity, accepted findings) is read unless --no-config.
--fix applies each finding's preferred fix (where fixes do not overlap) and rewrites the files in place
(same encoding and line ends), prints what it changed, then reports what is left.
--format sarif prints one SARIF 2.1.0 run (for code scanning); the exit codes are the same.
coverage shows each clause as cited faithfully, stated more strongly, contradicted or not mentioned by the
briefings, one by one and as a pack; --format html prints a self-contained report page.
Exit codes: 0 no warnings, 1 warnings, 2 usage or input error.`;

/** Parses argv (without node and script). Throws `UsageError` on anything it does not understand. */
export function parseArgs(argv: readonly string[]): CliArgs {
	const [command, ...rest] = argv;
	if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
		return { command: 'help', sources: [], format: 'text', files: [] };
	}
	if (command === '--version' || command === '-v') {
		return { command: 'version', sources: [], format: 'text', files: [] };
	}
	if (command !== 'check' && command !== 'clauses' && command !== 'coverage') {
		throw new UsageError(`unknown command '${command}' (expected 'check', 'clauses' or 'coverage'; see --help)`);
	}
	const sources: string[] = [];
	const files: string[] = [];
	let format: CliArgs['format'] = 'text';
	let config: CliArgs['config'];
	let fix = false;
	for (let i = 0; i < rest.length; i++) {
		const arg = rest[i]!;
		const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
		const value = (): string => {
			const v = inline ?? rest[++i];
			if (v === undefined || v === '') {
				throw new UsageError(`${flag} needs a value`);
			}
			return v;
		};
		if (flag === '--source' || flag === '-s') {
			sources.push(value());
		} else if (flag === '--format' || flag === '-f') {
			const v = value();
			if (v !== 'text' && v !== 'json' && v !== 'sarif' && v !== 'html') {
				throw new UsageError(`--format must be 'text', 'json', 'sarif' or 'html', not '${v}'`);
			}
			format = v;
		} else if (flag === '--config') {
			config = value();
		} else if (flag === '--no-config') {
			config = false;
		} else if (flag === '--fix' && inline === undefined) {
			fix = true;
		} else if (flag.startsWith('-') && flag !== '-') {
			throw new UsageError(`unknown option '${flag}' (see --help)`);
		} else {
			files.push(arg);
		}
	}
	if ((command === 'check' || command === 'coverage') && files.length === 0) {
		throw new UsageError(`${command} needs at least one FILE to ${command === 'check' ? 'check' : 'read'}`);
	}
	if (command === 'check' && format === 'html') {
		throw new UsageError("--format html is for 'coverage'; 'check' prints text, json or sarif");
	}
	if (command === 'coverage' && format === 'sarif') {
		throw new UsageError("--format sarif is for 'check' (findings); 'coverage' prints text, json or html");
	}
	if (command === 'clauses' && (format === 'sarif' || format === 'html')) {
		throw new UsageError(`--format ${format} is not for 'clauses', which prints text or json`);
	}
	if (command === 'clauses' && fix) {
		throw new UsageError("--fix is for 'check'");
	}
	if (command === 'clauses' && files.length > 0) {
		throw new UsageError(`clauses takes no files (got '${files[0]}'); use --source FILE`);
	}
	return { command, sources, format, files, config, fix };
}
