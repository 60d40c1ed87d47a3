import * as vscode from 'vscode';

import { CheckClient } from './check/checkClient';
import { CoverageReport } from './clauseCoverage/coverageReport';
import { CoverageTree } from './clauseCoverage/coverageTree';
import { registerCommands } from './commands';
import { ClauseLookup, type LookupStep } from './commands/lookupClause';
import { SourceDocuments } from './commands/openClause';
import { CONFIG_SECTION } from './config';
import { toOffset } from './convert';
import { DiagnosticsController } from './diagnosticsController';
import { LanguageFeatures } from './languageFeatures';
import { Log } from './log';
import { ProjectConfigStore } from './projectConfigStore';
import { SourceStore } from './sourceStore';
import { StatusBar, type StatusBarState } from './statusBar';
import { type MenuStep, StatusMenu } from './statusMenu';
import { ConfigurationReport } from './configurationReport';
import { WorkspaceCheck, type WorkspaceCheckSummary } from './workspaceCheck';

/** What `activate` returns: a small surface for integration tests (and other extensions). */
export interface ClauseLensApi {
	/** Fires when a Look Up Clause picker shows items or changes its active item. */
	readonly onDidChangeLookupStep: vscode.Event<LookupStep>;
	/** The status bar item's current text. */
	readonly statusBarText: () => string;
	/** What the status bar item shows now: text, tooltip, warning background. */
	readonly statusBarState: () => StatusBarState;
	/** Fires after the status bar item changed. */
	readonly onDidUpdateStatusBar: vscode.Event<StatusBarState>;
	/** Whether checks run in a worker thread. */
	readonly checksInWorker: () => boolean;
	/** Fires after a document was checked (its diagnostics set, kept or cleared). */
	readonly onDidCheck: vscode.Event<vscode.Uri>;
	/** The problems found in the project file that applies to a document (as logged), none when it is fine. */
	readonly projectFileProblems: (uri: vscode.Uri) => Promise<readonly string[]>;
	/** Fires when the status bar menu (or its source switcher) shows items or changes its active item. */
	readonly onDidChangeMenuStep: vscode.Event<MenuStep>;
	/** "Check All Briefings in Workspace" without its notification, stopped by `token`. */
	readonly checkWorkspace: (token: vscode.CancellationToken, progress?: vscode.Progress<{ message?: string; increment?: number }>) => Promise<WorkspaceCheckSummary>;
	/** The Clause Coverage view's provider and tree view. */
	readonly coverage: CoverageTree;
	/** The coverage report's webview panel, when one is open. */
	readonly coverageReportPanel: () => vscode.WebviewPanel | undefined;
}

/** Wires the extension together: stores, diagnostics, providers, commands, status bar. */
export function activate(context: vscode.ExtensionContext): ClauseLensApi {
	const log = new Log();
	const projects = new ProjectConfigStore(log);
	// Checks and source parsing run in one worker thread, shared by the source store and the diagnostics.
	const checks = new CheckClient(vscode.Uri.joinPath(context.extensionUri, 'dist', 'checkWorker.js').fsPath, (problem) => log.error(problem));
	const sources = new SourceStore(context.extensionUri, projects, log, checks);
	const diagnostics = new DiagnosticsController(sources, projects, log, checks);
	const documents = new SourceDocuments(sources);
	const lookup = new ClauseLookup(
		sources,
		(clauseId, source) => documents.openClause({ clauseId }, source),
		(editor) => diagnostics.citationAt(editor.document, toOffset(editor.document, editor.selection.active))?.clause.id,
	);
	const statusBar = new StatusBar(diagnostics, sources, log);
	const workspaceCheck = new WorkspaceCheck(sources, projects, checks, log);
	const menu = new StatusMenu(sources, projects, diagnostics);
	const report = new ConfigurationReport(sources, projects, diagnostics, log);
	const features = new LanguageFeatures(diagnostics, projects, log);
	const coverage = new CoverageTree(diagnostics);
	const coverageReport = new CoverageReport(diagnostics, coverage, log);
	context.subscriptions.push(
		log,
		checks,
		projects,
		sources,
		diagnostics,
		documents,
		lookup,
		statusBar,
		features,
		workspaceCheck,
		menu,
		report,
		coverage,
		coverageReport,
		...registerCommands({ extensionUri: context.extensionUri, sources, documents, diagnostics, projects, lookup, workspaceCheck, menu, report, log, coverage, coverageReport }),
		vscode.workspace.onDidChangeConfiguration((e) => {
			if (e.affectsConfiguration(`${CONFIG_SECTION}.sources`)) {
				sources.reload();
			}
			if (e.affectsConfiguration(CONFIG_SECTION)) {
				features.update();
				diagnostics.refreshAll();
				statusBar.update();
			}
		}),
	);
	diagnostics.refreshAll();
	return {
		onDidChangeLookupStep: lookup.onDidChangeStep,
		statusBarText: () => statusBar.text,
		statusBarState: () => statusBar.state,
		onDidUpdateStatusBar: statusBar.onDidUpdate,
		checksInWorker: () => diagnostics.checksInWorker,
		onDidCheck: diagnostics.onDidCheck,
		projectFileProblems: async (uri) => (await projects.settingsFor(uri)).problems,
		checkWorkspace: (token, progress) => workspaceCheck.run(token, progress),
		onDidChangeMenuStep: menu.onDidChangeStep,
		coverage,
		coverageReportPanel: () => coverageReport.current,
	};
}
