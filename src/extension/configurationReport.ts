import * as vscode from 'vscode';

import { matchesFilePattern, RULES, type RuleId, severitiesFor } from '../engine';
import { readConfig } from './config';
import type { DiagnosticsController } from './diagnosticsController';
import { CONFIG_KEYS, CONFIG_SECTION, INFO_SCHEME } from './ids';
import type { Log } from './log';
import { relativePathBelow } from './paths';
import type { ProjectConfigStore, ProjectSettings } from './projectConfigStore';
import { sourcesSettingOrigin } from './sourceAccess';
import type { LoadedSource, SourceStore } from './sourceStore';

/** How many reports are kept for their (read-only) documents. */
const KEPT_REPORTS = 5;

/**
 * "Clause Lens: Show Configuration" (as cSpell's configuration info): for the active briefing, which source is in use
 * and what chose it, which project file applies and what it holds, every setting at each level, and each rule's
 * severity with what set it. Shown as a read-only markdown document (`clause-lens-info:`), never checked itself.
 */
export class ConfigurationReport implements vscode.TextDocumentContentProvider, vscode.Disposable {
	private readonly reports = new Map<string, string>();
	private readonly registration = vscode.workspace.registerTextDocumentContentProvider(INFO_SCHEME, this);
	private count = 0;

	constructor(
		private readonly sources: SourceStore,
		private readonly projects: ProjectConfigStore,
		private readonly diagnostics: DiagnosticsController,
		private readonly log: Log,
	) {}

	provideTextDocumentContent(uri: vscode.Uri): string | undefined {
		return this.reports.get(uri.toString());
	}

	/** Builds the report for the active editor's document (or the workspace) and shows it. */
	async show(): Promise<vscode.TextDocument> {
		const doc = vscode.window.activeTextEditor?.document;
		const uri = vscode.Uri.from({ scheme: INFO_SCHEME, path: '/Clause Lens configuration.md', query: String(++this.count) });
		this.reports.set(uri.toString(), await this.build(doc));
		for (const old of [...this.reports.keys()].slice(0, -KEPT_REPORTS)) {
			this.reports.delete(old);
		}
		const report = await vscode.workspace.openTextDocument(uri);
		await vscode.window.showTextDocument(report, { preview: true });
		return report;
	}

	/** The report's markdown. */
	async build(doc: vscode.TextDocument | undefined): Promise<string> {
		const resource = doc?.uri;
		const [source, project] = await Promise.all([this.sources.sourceFor(resource), this.projects.settingsFor(resource)]);
		const relative = resource && relativePathBelow(project.base, resource);
		return [
			'# Clause Lens configuration',
			'',
			doc ? `For \`${vscode.workspace.asRelativePath(doc.uri)}\` (${doc.languageId}): ${this.checkingState(doc)}.` : 'No briefing is open: the workspace defaults are shown.',
			'',
			'## Source agreement',
			'',
			...this.sourceLines(resource, source, project),
			'',
			'## Project file',
			'',
			...projectLines(project, relative),
			'',
			'## Settings',
			'',
			...settingsTable(resource),
			'',
			'## Rule severities for this file',
			'',
			'What sets a rule\'s severity, weakest first: the rule\'s default, `severity` in the project file, the `clauseLens.severity` setting, then each `overrides` entry of the project file whose `files` match this file (the last one wins).',
			'',
			...severityTable(project, relative, readConfig(resource, this.log).severity),
			'',
		].join('\n');
	}

	private checkingState(doc: vscode.TextDocument): string {
		const config = readConfig(doc.uri, this.log);
		if (!config.enable) {
			return 'not checked (`clauseLens.enable` is off for this folder)';
		}
		if (!config.languages.includes(doc.languageId)) {
			return `not checked (\`${doc.languageId}\` is not among \`clauseLens.languages\`)`;
		}
		if (this.sources.isSourceFile(doc.uri)) {
			return 'not checked (it is a source document)';
		}
		return this.diagnostics.isPaused(doc) ? 'checking is **paused** for this document' : `checked ${config.run === 'onType' ? 'as you type' : 'on save'}`;
	}

	private sourceLines(resource: vscode.Uri | undefined, source: LoadedSource, project: ProjectSettings): string[] {
		const configured = readConfig(resource, this.log).sources;
		const chosenBy = configured.length > 0
			? `the \`clauseLens.sources\` ${sourcesSettingOrigin(resource)} setting: ${configured.map((s) => `\`${s}\``).join(', ')}`
			: project.config.sources.length > 0
				? `\`sources\` in the project file: ${project.config.sources.map((s) => `\`${s}\``).join(', ')}`
				: 'nothing is configured, so the embedded default';
		const files = source.parts.every((p) => p.isEmbedded) ? 'embedded in Clause Lens' : source.parts.map((p) => `\`${vscode.workspace.asRelativePath(p.uri)}\``).join(' + ');
		return [
			`- In use: **${source.model.name}** (${files}), ${source.model.clauses.length} clauses.`,
			`- Chosen by: ${chosenBy}. The setting, if set, wins over the project file.`,
			...(source.problem ? [`- **Falling back**: the configured source cannot be used (${source.problem}); the embedded MoU stands in.`] : []),
		];
	}

	dispose(): void {
		this.registration.dispose();
	}
}

function projectLines(project: ProjectSettings, relative: string | undefined): string[] {
	if (!project.uri) {
		return ['- None: no workspace folder is open.'];
	}
	const where = `\`${vscode.workspace.asRelativePath(project.uri, true)}\``;
	const { config } = project;
	const applying = relative === undefined ? [] : config.overrides.filter((o) => o.files.some((f) => matchesFilePattern(f, relative)));
	const empty = config.sources.length + Object.keys(config.severity).length + config.accept.length + config.ignore.length + config.overrides.length === 0;
	return [
		`- ${where}${empty && project.problems.length === 0 ? ': none there, or empty (the quick fixes create it)' : ''}.`,
		...project.problems.map((p) => `- Problem: ${p}`),
		`- \`accept\`: ${config.accept.length} accepted wordings; \`ignore\`: ${config.ignore.length} accepted findings (sentence keys).`,
		`- \`overrides\`: ${config.overrides.length}${applying.length > 0 ? `, of which these apply to this file: ${applying.map((o) => o.files.map((f) => `\`${f}\``).join(', ')).join('; ')}` : ', none of which applies to this file'}.`,
	];
}

function settingsTable(resource: vscode.Uri | undefined): string[] {
	const section = vscode.workspace.getConfiguration(CONFIG_SECTION, resource ?? null);
	const cell = (value: unknown): string => (value === undefined ? '–' : `\`${JSON.stringify(value).replace(/\|/g, '\\|')}\``);
	return [
		'| Setting | Default | User | Workspace | Folder | In effect |',
		'|---|---|---|---|---|---|',
		...CONFIG_KEYS.map((key) => {
			const i = section.inspect(key);
			return `| \`${CONFIG_SECTION}.${key}\` | ${cell(i?.defaultValue)} | ${cell(i?.globalValue)} | ${cell(i?.workspaceValue)} | ${cell(i?.workspaceFolderValue)} | ${cell(section.get(key))} |`;
		}),
	];
}

function severityTable(project: ProjectSettings, relative: string | undefined, setting: Partial<Record<RuleId, string>>): string[] {
	const effective = severitiesFor(project.config, relative, setting as Parameters<typeof severitiesFor>[2]);
	const overrideOf = (rule: RuleId): string => {
		const last = [...project.config.overrides].reverse().find((o) => o.severity[rule] !== undefined && relative !== undefined && o.files.some((f) => matchesFilePattern(f, relative)));
		return last ? `${last.severity[rule]} (${last.files.map((f) => `\`${f}\``).join(', ')})` : '–';
	};
	return [
		'| Rule | Default | Project file | Setting | Override | In effect |',
		'|---|---|---|---|---|---|',
		...RULES.map((rule) => `| \`${rule.id}\` | ${rule.defaultSeverity} | ${project.config.severity[rule.id] ?? '–'} | ${setting[rule.id] ?? '–'} | ${overrideOf(rule.id)} | **${effective[rule.id] ?? rule.defaultSeverity}** |`),
	];
}
