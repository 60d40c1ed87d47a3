import * as vscode from 'vscode';

import { CONFIG_SECTION } from './config';
import type { DiagnosticsController } from './diagnosticsController';
import { CommandId, EMBEDDED_SOURCE_NAME, SHOW_PROBLEMS_COMMAND } from './ids';
import { folderFor } from './paths';
import type { ProjectConfigStore } from './projectConfigStore';
import type { SourceStore } from './sourceStore';

/** What a Clause Lens menu shows (for tests, as the look-up's steps): which menu, its filter, items and active item. */
export interface MenuStep {
	readonly menu: 'main' | 'source';
	readonly value: string;
	readonly items: readonly string[];
	readonly active?: string;
}

interface MenuItem extends vscode.QuickPickItem {
	readonly run: () => unknown;
}

/**
 * The status bar item's menu (as cSpell's): the active source (open it), switch source, pause or resume checking this
 * document, check the workspace, show the configuration, show the problems. Each entry is also a command.
 */
export class StatusMenu implements vscode.Disposable {
	private readonly emitter = new vscode.EventEmitter<MenuStep>();
	/** Fires when a menu shows items or changes its active item. */
	readonly onDidChangeStep = this.emitter.event;

	constructor(
		private readonly sources: SourceStore,
		private readonly projects: ProjectConfigStore,
		private readonly diagnostics: DiagnosticsController,
	) {}

	/** "Clause Lens: Show Menu" (what clicking the status bar item runs); `filter` pre-fills the picker's input. */
	async show(filter = ''): Promise<unknown> {
		const doc = vscode.window.activeTextEditor?.document;
		const source = await this.sources.sourceFor(doc?.uri);
		const checked = doc !== undefined && this.diagnostics.isChecked(doc);
		const paused = doc !== undefined && this.diagnostics.isPaused(doc);
		const items: MenuItem[] = [
			{ label: `$(book) ${source.model.shortName}`, description: source.problem ? 'falling back: the configured source cannot be used' : 'source in use', detail: `${source.model.name}: open it`, run: () => vscode.commands.executeCommand(CommandId.OpenSource) },
			{ label: '$(arrow-swap) Switch source…', detail: 'Check against another configured source, or the embedded MoU', run: () => this.switchSource() },
			...(checked ? [paused
				? { label: '$(debug-start) Resume checking this document', run: () => this.togglePause() }
				: { label: '$(debug-pause) Pause checking this document', detail: 'Clear its findings and stop checking it until resumed or closed', run: () => this.togglePause() }] : []),
			{ label: '$(checklist) Check all briefings in workspace', run: () => vscode.commands.executeCommand(CommandId.CheckWorkspace) },
			{ label: '$(settings-gear) Show configuration', detail: 'Which source, project file and settings apply, and what overrides what', run: () => vscode.commands.executeCommand(CommandId.ShowConfiguration) },
			{ label: '$(warning) Show problems', run: () => vscode.commands.executeCommand(SHOW_PROBLEMS_COMMAND) },
		];
		const picked = await this.pick('main', 'Clause Lens', items, filter);
		return picked?.run();
	}

	/** "Clause Lens: Pause or Resume Checking This Document": returns whether it is paused now. */
	togglePause(): boolean | undefined {
		const doc = vscode.window.activeTextEditor?.document;
		if (!doc || !this.diagnostics.isChecked(doc)) {
			void vscode.window.showInformationMessage('Clause Lens: open a briefing that Clause Lens checks first.');
			return undefined;
		}
		const paused = !this.diagnostics.isPaused(doc);
		this.diagnostics.setPaused(doc, paused);
		void vscode.window.setStatusBarMessage(`Clause Lens: checking ${paused ? 'paused' : 'resumed'} for this document`, 3000);
		return paused;
	}

	/**
	 * "Clause Lens: Switch Source Document…": the embedded MoU, the project file's sources, or a value of the
	 * `clauseLens.sources` setting found at any level; the choice is written to the workspace (folder) setting, which
	 * wins over the project file and the user's setting. Returns the value written, or undefined if nothing was chosen.
	 */
	async switchSource(filter = ''): Promise<readonly string[] | undefined> {
		const resource = vscode.window.activeTextEditor?.document.uri;
		const project = await this.projects.settingsFor(resource);
		const section = vscode.workspace.getConfiguration(CONFIG_SECTION, resource ?? null);
		const inspected = section.inspect<string[]>('sources');
		const current = JSON.stringify(section.get<string[]>('sources') ?? []);
		const hasProjectSources = project.config.sources.length > 0;
		type SourceItem = vscode.QuickPickItem & { readonly value: readonly string[] };
		const items: SourceItem[] = [];
		const mark = (value: readonly string[]): string | undefined => (JSON.stringify(value) === current ? 'in use' : undefined);
		if (!hasProjectSources) {
			items.push({ label: `$(book) ${EMBEDDED_SOURCE_NAME}`, description: mark([]), detail: 'The embedded default', value: [] });
		} else {
			items.push({ label: `$(json) ${project.config.sources.join(' + ')}`, description: mark([]), detail: 'The project file\'s sources', value: [] });
		}
		const levels: [string, string[] | undefined][] = [['user', inspected?.globalValue], ['workspace', inspected?.workspaceValue], ['folder', inspected?.workspaceFolderValue]];
		const seen = new Set([JSON.stringify([])]);
		for (const [level, value] of levels) {
			if (value && !seen.has(JSON.stringify(value))) {
				seen.add(JSON.stringify(value));
				items.push({ label: `$(file) ${value.join(' + ')}`, description: mark(value), detail: `From the ${level} setting`, value });
			}
		}
		const picked = await this.pick('source', 'Switch source document', items, filter);
		if (!picked) {
			return undefined;
		}
		// One folder: the workspace setting; several: the folder's own, so other folders keep theirs.
		const multiRoot = (vscode.workspace.workspaceFolders?.length ?? 0) > 1 && folderFor(resource) !== undefined;
		const target = multiRoot ? vscode.ConfigurationTarget.WorkspaceFolder : vscode.ConfigurationTarget.Workspace;
		await vscode.workspace.getConfiguration(CONFIG_SECTION, multiRoot ? folderFor(resource)!.uri : null).update('sources', picked.value, target);
		return picked.value;
	}

	/** Shows a picker and resolves with the accepted item, or undefined when it is hidden. */
	private pick<T extends vscode.QuickPickItem>(menu: MenuStep['menu'], title: string, items: readonly T[], filter: string): Promise<T | undefined> {
		const picker = vscode.window.createQuickPick<T>();
		picker.title = title;
		picker.items = items;
		picker.value = filter;
		picker.matchOnDetail = true;
		return new Promise((resolve) => {
			let result: T | undefined;
			const report = (): void => this.emitter.fire({ menu, value: picker.value, items: picker.items.map((i) => i.label), active: picker.activeItems[0]?.label });
			picker.onDidChangeActive(report);
			picker.onDidAccept(() => {
				result = picker.selectedItems[0] ?? picker.activeItems[0];
				picker.hide();
			});
			picker.onDidHide(() => {
				picker.dispose();
				resolve(result);
			});
			picker.show();
		});
	}

	dispose(): void {
		this.emitter.dispose();
	}
}
