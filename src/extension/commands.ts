import * as vscode from 'vscode';

import { acceptFinding } from './commands/acceptFinding';
import { fixAll } from './commands/fixAll';
import { copyCitation, insertQuote, type InsertQuoteArgs } from './commands/insertQuote';
import type { ClauseLookup, LookupArgs } from './commands/lookupClause';
import type { OpenClauseArgs, SourceDocuments } from './commands/openClause';
import { openSampleBriefing } from './commands/openSampleBriefing';
import type { CoverageReport } from './clauseCoverage/coverageReport';
import { type CoverageTree, revealSentence, type RevealSentenceArgs } from './clauseCoverage/coverageTree';
import type { DiagnosticsController } from './diagnosticsController';
import { CommandId, type CommandIdValue } from './ids';
import type { Log } from './log';
import type { ProjectConfigStore } from './projectConfigStore';
import type { AppliedFixArgs, FindingArgs, TurnOffRuleArgs } from './quickFixProvider';
import type { SourceStore } from './sourceStore';
import type { ConfigurationReport } from './configurationReport';
import type { StatusMenu } from './statusMenu';
import type { WorkspaceCheck } from './workspaceCheck';

export { CommandId };

/** What the command handlers work with. */
export interface CommandDeps {
	/** The extension's root: the sample briefing ships under it. */
	readonly extensionUri: vscode.Uri;
	readonly sources: SourceStore;
	readonly documents: SourceDocuments;
	readonly diagnostics: DiagnosticsController;
	readonly projects: ProjectConfigStore;
	readonly lookup: ClauseLookup;
	readonly workspaceCheck: WorkspaceCheck;
	readonly menu: StatusMenu;
	readonly report: ConfigurationReport;
	readonly log: Log;
	readonly coverage: CoverageTree;
	readonly coverageReport: CoverageReport;
}

/** Registers every command in one loop; a failing handler reports the error instead of throwing. */
export function registerCommands(deps: CommandDeps): vscode.Disposable[] {
	const { extensionUri, sources, documents, diagnostics, projects, lookup, workspaceCheck, menu, report, log, coverage, coverageReport } = deps;
	const handlers: Record<CommandIdValue, (...args: never[]) => unknown> = {
		[CommandId.LookupClause]: (args?: LookupArgs) => lookup.run(args),
		[CommandId.OpenSource]: () => documents.openSource(),
		[CommandId.ReloadSource]: () => {
			sources.reload();
			projects.invalidate();
			void vscode.window.setStatusBarMessage('$(refresh) Clause Lens: source document reloaded', 3000);
		},
		[CommandId.OpenSampleBriefing]: () => openSampleBriefing(extensionUri),
		[CommandId.FixAll]: () => fixAll(diagnostics),
		[CommandId.CheckWorkspace]: () => workspaceCheck.runWithProgress(),
		[CommandId.ShowMenu]: (filter?: string) => menu.show(typeof filter === 'string' ? filter : ''),
		[CommandId.SwitchSource]: (filter?: string) => menu.switchSource(typeof filter === 'string' ? filter : ''),
		[CommandId.TogglePause]: () => menu.togglePause(),
		[CommandId.ShowConfiguration]: () => report.show(),
		[CommandId.OpenClause]: (args: OpenClauseArgs) => documents.openClause(args),
		[CommandId.InsertQuote]: (args: InsertQuoteArgs) => insertQuote(args),
		[CommandId.CopyCitation]: (args: { text: string }) => copyCitation(args),
		[CommandId.AcceptWording]: (args: FindingArgs) => acceptFinding(args, 'wording', diagnostics, projects, log),
		[CommandId.TurnOffRule]: (args: TurnOffRuleArgs) => acceptFinding(args, args.scope, diagnostics, projects, log),
		[CommandId.LogAppliedFix]: (args: AppliedFixArgs) => log.info(`applied fix "${args.title}" (${args.ruleId}) in ${args.uri}`),
		// From the Explorer: the file clicked and the files selected (a pack); else the active briefing.
		[CommandId.ShowCoverageReport]: (uri?: unknown, uris?: unknown) =>
			coverageReport.show(uri instanceof vscode.Uri ? uri : undefined, Array.isArray(uris) ? uris.filter((u): u is vscode.Uri => u instanceof vscode.Uri) : undefined),
		[CommandId.RevealSentence]: (args: RevealSentenceArgs) => revealSentence(args),
		[CommandId.RevealCoverageClause]: (id: string) => coverage.revealClause(id),
	};
	return Object.entries(handlers).map(([id, handler]) =>
		vscode.commands.registerCommand(id, async (...args: never[]) => {
			try {
				return await handler(...args);
			} catch (error) {
				log.showError(`command ${id} failed: ${error instanceof Error ? error.message : String(error)}`, error);
				return undefined;
			}
		}),
	);
}
