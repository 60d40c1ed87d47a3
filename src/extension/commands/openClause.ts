import * as vscode from 'vscode';

import { SOURCE_SCHEME } from '../ids';
import type { LoadedSource, SourcePart, SourceStore } from '../sourceStore';
import { EMBEDDED_SOURCE_URI } from '../sourceStore';

/** Arguments of `clauseLens.openClause`: the clause, and the briefing whose source it belongs to. */
export interface OpenClauseArgs {
	readonly clauseId: string;
	/** The briefing's URI (its folder's source applies); the active editor's when absent. */
	readonly uri?: string;
}

/** Serves the embedded MoU as a read-only document (`clause-lens:/…`), and highlights opened clauses. */
export class SourceDocuments implements vscode.Disposable, vscode.TextDocumentContentProvider {
	private readonly highlight = vscode.window.createTextEditorDecorationType({
		backgroundColor: new vscode.ThemeColor('editor.findMatchHighlightBackground'),
		borderColor: new vscode.ThemeColor('editor.findMatchBorder'),
		borderStyle: 'solid',
		borderWidth: '1px',
		overviewRulerColor: new vscode.ThemeColor('editorOverviewRuler.findMatchForeground'),
		overviewRulerLane: vscode.OverviewRulerLane.Center,
	});
	private readonly registration: vscode.Disposable;

	constructor(private readonly sources: SourceStore) {
		this.registration = vscode.workspace.registerTextDocumentContentProvider(SOURCE_SCHEME, this);
	}

	provideTextDocumentContent(uri: vscode.Uri): Promise<string> | undefined {
		return uri.path === EMBEDDED_SOURCE_URI.path ? this.sources.embeddedText() : undefined;
	}

	/** "Clause Lens: Open Source Document": the active briefing's source (asks which one if there are several). */
	async openSource(): Promise<vscode.TextEditor | undefined> {
		const source = await this.sources.sourceFor(vscode.window.activeTextEditor?.document.uri);
		const part = source.parts.length === 1 ? source.parts[0] : await pickPart(source.parts);
		return part && vscode.window.showTextDocument(part.uri, { preview: false });
	}

	/** Opens a clause's source document beside the briefing, selects the clause and highlights it. */
	async openClause(args: OpenClauseArgs, source?: LoadedSource): Promise<vscode.Location | undefined> {
		const briefing = args.uri ? vscode.Uri.parse(args.uri) : vscode.window.activeTextEditor?.document.uri;
		const loaded = source ?? (await this.sources.sourceFor(briefing));
		const location = this.sources.locateClause(loaded, args.clauseId);
		if (!location) {
			void vscode.window.showWarningMessage(`Clause Lens: the source has no clause '${args.clauseId}' (any more). Reload the source document and try again.`);
			return undefined;
		}
		const editor = await vscode.window.showTextDocument(location.uri, {
			selection: location.range,
			preview: true,
			viewColumn: vscode.window.activeTextEditor ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active,
		});
		editor.setDecorations(this.highlight, [location.range]);
		editor.revealRange(location.range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
		return location;
	}

	dispose(): void {
		this.highlight.dispose();
		this.registration.dispose();
	}
}

async function pickPart(parts: readonly SourcePart[]): Promise<SourcePart | undefined> {
	const picked = await vscode.window.showQuickPick(
		parts.map((part) => ({ label: part.name, description: vscode.workspace.asRelativePath(part.uri), part })),
		{ title: 'Clause Lens: Open Source Document', placeHolder: 'Which source document?' },
	);
	return picked?.part;
}
