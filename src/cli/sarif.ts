// `clause-lens check --format sarif`: the findings as one SARIF 2.1.0 run, for code-scanning tools (GitHub code
// scanning, the SARIF viewers in editors). Positions are 1-based lines and columns counted in UTF-16 code units,
// the unit the engine's offsets use, declared with `columnKind`.
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

import { type CheckedText, type Finding, ignoreKeyOf, LineIndex, RULES, sentenceHash, type Severity, type Span, type TextFormat } from '../engine';
import { ruleDocUrl, RULE_DOCS_URL } from '../engine/ruleDocs';

/** The SARIF 2.1.0 schema the output follows (its `$schema`). */
export const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

/** The uriBaseId of briefing paths: the folder the CLI ran in (the repository root, in CI). */
export const SRCROOT = '%SRCROOT%';

/** One checked briefing, as the CLI holds it. */
export interface CheckedFile {
	/** The path as given on the command line. */
	readonly file: string;
	readonly text: string;
	readonly format: TextFormat;
	readonly result: CheckedText;
	readonly lines: LineIndex;
}

/** What the run says about itself. */
export interface SarifRunInfo {
	/** Paths are made relative to this folder. */
	readonly cwd: string;
	/** The tool's version. */
	readonly version: string;
	/** The source agreement the briefings were checked against. */
	readonly source: { readonly name: string; readonly clauses: number };
}

type SarifLevel = 'error' | 'warning' | 'note';

/** SARIF has three levels; information and hints are notes. */
const LEVELS: Readonly<Record<Exclude<Severity, 'off'>, SarifLevel>> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

interface ArtifactLocation {
	readonly uri: string;
	readonly uriBaseId?: string;
	readonly index?: number;
}

/** The SARIF log (one run) for the checked files. */
export function toSarif(files: readonly CheckedFile[], info: SarifRunInfo): object {
	const ruleIndex = new Map(RULES.map((rule, k) => [rule.id, k]));
	const locations = files.map((f, index) => ({ ...artifactLocation(f.file, info.cwd), index }));
	return {
		$schema: SARIF_SCHEMA_URI,
		version: '2.1.0',
		runs: [
			{
				tool: { driver: driver(info.version) },
				invocations: [{ executionSuccessful: true }],
				originalUriBaseIds: { [SRCROOT]: { uri: `${pathToFileURL(info.cwd).href.replace(/\/?$/, '/')}` } },
				artifacts: files.map((f, k) => ({ location: locations[k], sourceLanguage: f.format })),
				results: files.flatMap((f, k) => f.result.findings.map((finding) => toResult(f, locations[k]!, finding, ruleIndex.get(finding.ruleId) ?? -1))),
				columnKind: 'utf16CodeUnits',
				properties: { source: info.source },
			},
		],
	};
}

function driver(version: string): object {
	return {
		name: 'Clause Lens',
		version,
		semanticVersion: version,
		informationUri: RULE_DOCS_URL,
		rules: RULES.map((rule) => ({
			id: rule.id,
			name: rule.id.replace(/(?:^|-)(\w)/g, (_m, c: string) => c.toUpperCase()),
			shortDescription: { text: rule.description },
			helpUri: ruleDocUrl(rule.id),
			defaultConfiguration: { level: LEVELS[rule.defaultSeverity] },
		})),
	};
}

function toResult(file: CheckedFile, location: ArtifactLocation, finding: Finding, ruleIndex: number): object {
	const key = ignoreKeyOf(file.text, finding);
	const change = (span: Span, replacement: string): object => ({
		artifactLocation: location,
		replacements: [{ deletedRegion: region(file.lines, span), insertedContent: { text: replacement } }],
	});
	return {
		ruleId: finding.ruleId,
		ruleIndex,
		level: LEVELS[finding.severity],
		message: { text: finding.message.replace(/\s+/g, ' ') },
		locations: [
			{
				physicalLocation: {
					artifactLocation: location,
					region: { ...region(file.lines, finding.span), snippet: { text: file.text.slice(finding.span.start, finding.span.end) } },
				},
			},
		],
		// The same key as an accepted finding in .clause-lens.json: stable while the sentence stays the same.
		partialFingerprints: { 'clauseLensFinding/v1': `${key.sentence}:${sentenceHash(key.actual)}` },
		fixes: finding.fixes.map((fix) => ({ description: { text: fix.title }, artifactChanges: [change(fix.span, fix.replacement)] })),
		...(finding.clause ? { properties: { clause: { id: finding.clause.id, text: finding.clause.text } } } : {}),
	};
}

/** A span as a SARIF region: 1-based lines and columns, the end column just past the last character. */
function region(lines: LineIndex, span: Span): object {
	const start = lines.positionAt(span.start);
	const end = lines.positionAt(span.end);
	return { startLine: start.line + 1, startColumn: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
}

/** A briefing's path relative to `cwd` (URI-encoded, against %SRCROOT%), or a file URI when it lies outside. */
function artifactLocation(file: string, cwd: string): ArtifactLocation {
	const absolute = path.resolve(cwd, file);
	const relative = path.relative(cwd, absolute);
	if (relative === '' || relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) {
		return { uri: pathToFileURL(absolute).href };
	}
	return { uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}
