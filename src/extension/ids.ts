// Identifiers shared by the extension and its manifest test. No vscode import, so that
// test/unit/manifest.test.ts can check them against package.json in plain Node.

/** All command ids contributed in package.json. */
export const CommandId = {
	/** "Clause Lens: Look Up Clause…" (commands/lookupClause.ts). */
	LookupClause: 'clauseLens.lookupClause',
	/** "Clause Lens: Open Source Document". */
	OpenSource: 'clauseLens.openSource',
	/** "Clause Lens: Reload Source Document". */
	ReloadSource: 'clauseLens.reloadSource',
	/** "Clause Lens: Open Sample Briefing" (the walkthrough's first step; commands/openSampleBriefing.ts). */
	OpenSampleBriefing: 'clauseLens.openSampleBriefing',
	/** "Clause Lens: Show Menu": what the status bar item opens (statusMenu.ts). */
	ShowMenu: 'clauseLens.showMenu',
	/** "Clause Lens: Switch Source Document…" (statusMenu.ts). */
	SwitchSource: 'clauseLens.switchSource',
	/** "Clause Lens: Pause or Resume Checking This Document". */
	TogglePause: 'clauseLens.togglePause',
	/** "Clause Lens: Show Configuration": which source, project file and settings apply, and what overrides what. */
	ShowConfiguration: 'clauseLens.showConfiguration',
	/** "Clause Lens: Check All Briefings in Workspace" (workspaceCheck.ts). */
	CheckWorkspace: 'clauseLens.checkWorkspace',
	/** "Clause Lens: Fix All in This Briefing": each finding's preferred fix, as one edit (commands/fixAll.ts). */
	FixAll: 'clauseLens.fixAll',
	/** "Clause Lens: Show Coverage Report" (clauseCoverage/coverageReport.ts): the active briefing's clause coverage in a webview. */
	ShowCoverageReport: 'clauseLens.showCoverageReport',
	/** Internal (the Clause Coverage view): moves the cursor to a sentence of a briefing. */
	RevealSentence: 'clauseLens.revealSentence',
	/** Internal (the Clause Coverage view's status clause line): selects a clause in the view, showing its sentences. */
	RevealCoverageClause: 'clauseLens.revealCoverageClause',
	/** Internal (hover links, lookup): reveals and highlights a clause in its source. */
	OpenClause: 'clauseLens.openClause',
	/** Internal (hover links): inserts a clause's exact words with a citation into a briefing. */
	InsertQuote: 'clauseLens.insertQuote',
	/** Internal (hover links, lookup): copies a quotation and its citation. */
	CopyCitation: 'clauseLens.copyCitation',
	/** Internal (quick fix): records an accepted wording (rule, flagged words, clause) in `.clause-lens.json`. */
	AcceptWording: 'clauseLens.acceptWording',
	/** Internal (quick fix): turns a finding's rule off for its file or its folder in `.clause-lens.json`. */
	TurnOffRule: 'clauseLens.turnOffRule',
	/** Internal (quick fix): runs after an engine fix is applied; logs it (and completes the walkthrough's last step). */
	LogAppliedFix: 'clauseLens.logAppliedFix',
} as const;

/** A command id of this extension. */
export type CommandIdValue = (typeof CommandId)[keyof typeof CommandId];

/** Commands only hovers, code actions and the lookup call (with arguments): hidden from the palette. */
export const INTERNAL_COMMANDS: readonly CommandIdValue[] = [
	CommandId.OpenClause,
	CommandId.InsertQuote,
	CommandId.CopyCitation,
	CommandId.AcceptWording,
	CommandId.TurnOffRule,
	CommandId.LogAppliedFix,
	CommandId.RevealSentence,
	CommandId.RevealCoverageClause,
];

/** The activity bar container of the Clause Coverage view, and the view. */
export const COVERAGE_CONTAINER = 'clauseLens';
export const COVERAGE_VIEW = 'clauseLens.coverage';

/** The settings section: `clauseLens.*`. */
export const CONFIG_SECTION = 'clauseLens';

/** Every setting under `clauseLens.`, as contributed in package.json. */
export const CONFIG_KEYS = ['enable', 'languages', 'run', 'debounceMs', 'severity', 'sources'] as const;

/** A setting name under `clauseLens.`. */
export type ConfigKey = (typeof CONFIG_KEYS)[number];

/** The languages checked by default; activationEvents and DOCUMENT_SELECTOR follow them. */
export const DEFAULT_LANGUAGES: readonly string[] = ['markdown', 'plaintext'];

/** The documents every provider is registered for (the default languages); see languageFeatures.ts for more. */
export const DOCUMENT_SELECTOR: readonly { readonly language: string }[] = DEFAULT_LANGUAGES.map((language) => ({ language }));

/** The `source` of every diagnostic, and the filter of the quick-fix provider. */
export const DIAGNOSTIC_SOURCE = 'Clause Lens';

/** Where each rule is explained (the README's rule headings): shared with the CLI's SARIF output. */
export { RULE_DOC_ANCHORS, RULE_DOCS_URL } from '../engine/ruleDocs';

/** The URI scheme of the read-only embedded source document. */
export const SOURCE_SCHEME = 'clause-lens';

/** The URI scheme of the read-only "Show Configuration" report. */
export const INFO_SCHEME = 'clause-lens-info';

/** The embedded default source, relative to the extension's root. */
export const EMBEDDED_SOURCE_PATH = ['seeds', 'uk-openai-mou-2025-07-21.txt'] as const;

/** The sample briefing the walkthrough opens, relative to the extension's root (shipped in the .vsix). */
export const SAMPLE_BRIEFING_PATH = ['media', 'walkthrough', 'sample-briefing.md'] as const;

/** How the embedded source is named in messages and in the engine. */
export const EMBEDDED_SOURCE_NAME = 'UK–OpenAI Memorandum of Understanding (21 July 2025)';

/** The command that opens the Problems panel (an entry of the status bar menu). */
export const SHOW_PROBLEMS_COMMAND = 'workbench.actions.view.problems';
