/**
 * Scores the engine against the labelled briefings in test/eval/briefings.
 *
 *   npx tsx test/eval/evaluate.ts [--split dev|heldout|all] [--verbose] [--json]
 *
 * Always exits 0 when the report could be produced (it is a report, not a gate);
 * exits 1 when the labelled set is broken or the engine throws, 2 on bad arguments.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { check, loadSource } from '../../src/engine';
import { LabelError, loadBriefings, SPLITS, type Split } from './labels';
import { buildReport, type ReportOptions, type SplitChoice } from './report';
import { evaluateBriefings, type CheckFn } from './scoring';

const SOURCE_FILE = join('seeds', 'uk-openai-mou-2025-07-21.txt');
const BRIEFINGS_DIR = join('test', 'eval', 'briefings');
const USAGE = 'usage: npx tsx test/eval/evaluate.ts [--split dev|heldout|all] [--verbose] [--json]';

class UsageError extends Error {}

function parseArgs(argv: readonly string[]): ReportOptions {
	let split: SplitChoice = 'all';
	let verbose = false;
	let json = false;
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i]!;
		if (arg === '--verbose' || arg === '-v') {
			verbose = true;
		} else if (arg === '--json') {
			json = true;
		} else if (arg === '--split' || arg.startsWith('--split=')) {
			const value = arg === '--split' ? argv[++i] : arg.slice('--split='.length);
			if (value !== 'all' && !SPLITS.includes(value as Split)) {
				throw new UsageError(`--split must be dev, heldout or all (got ${value ?? 'nothing'})`);
			}
			split = value as SplitChoice;
		} else if (arg === '--help' || arg === '-h') {
			throw new UsageError('');
		} else {
			throw new UsageError(`unknown argument ${arg}`);
		}
	}
	return { split, verbose, json };
}

/** The project root: the nearest ancestor holding both the seed and the briefings. */
function findRoot(): string {
	for (let dir = resolve(__dirname); ; dir = dirname(dir)) {
		if (existsSync(join(dir, SOURCE_FILE)) && existsSync(join(dir, BRIEFINGS_DIR))) {
			return dir;
		}
		if (dirname(dir) === dir) {
			return process.cwd();
		}
	}
}

function engineCheck(root: string): CheckFn {
	const source = loadSource(readFileSync(join(root, SOURCE_FILE), 'utf8'), 'UK–OpenAI MoU');
	return (text, options) => check(text, source, options);
}

function withBriefingName(checkFn: CheckFn, names: readonly string[]): CheckFn {
	let index = 0;
	return (text, options) => {
		const name = names[index++] ?? '?';
		try {
			return checkFn(text, options);
		} catch (error) {
			throw new Error(`engine failed on ${name}: ${(error as Error).stack ?? String(error)}`);
		}
	};
}

function main(argv: readonly string[]): number {
	let options: ReportOptions;
	try {
		options = parseArgs(argv);
	} catch (error) {
		const message = (error as Error).message;
		console.error(message ? `${message}\n${USAGE}` : USAGE);
		return message ? 2 : 0;
	}
	const root = findRoot();
	try {
		const all = loadBriefings(join(root, BRIEFINGS_DIR));
		const briefings = options.split === 'all' ? all : all.filter((b) => b.split === options.split);
		const checkFn = withBriefingName(engineCheck(root), briefings.map((b) => b.name));
		const scores = evaluateBriefings(briefings, checkFn);
		console.log(buildReport(scores, options).join('\n'));
		return 0;
	} catch (error) {
		const prefix = error instanceof LabelError ? 'label error: ' : '';
		console.error(`${prefix}${(error as Error).message}`);
		return 1;
	}
}

process.exitCode = main(process.argv.slice(2));
