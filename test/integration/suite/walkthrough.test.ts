// The getting-started walkthrough: it opens, every command it names is registered, its sample briefing opens beside
// it as an untitled copy that is flagged, and an engine quick fix runs the command that completes its last step.
import * as assert from 'assert';
import * as vscode from 'vscode';

import { closeAllEditors, EXTENSION_ID, quickFixesAt, rulesOf, screenshot, waitForDiagnostics } from './helpers';

const WARNING_RULES = 'binding-status,misquote,overstated-commitment,unsupported-claim';

interface Step {
	readonly id: string;
	readonly description: string;
	readonly completionEvents: readonly string[];
}

suite('Getting-started walkthrough', () => {
	teardown(async () => {
		await closeAllEditors();
	});

	test('every command its steps link to or complete on is registered', async () => {
		const steps: Step[] = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON.contributes.walkthroughs[0].steps;
		assert.strictEqual(steps.length, 5);
		const registered = new Set(await vscode.commands.getCommands(false));
		for (const step of steps) {
			const named = [
				...[...step.description.matchAll(/\(command:([\w.]+)/g)].map((m) => m[1]!),
				...step.completionEvents.filter((e) => e.startsWith('onCommand:')).map((e) => e.slice('onCommand:'.length)),
			];
			for (const command of named) {
				assert.ok(registered.has(command), `${step.id}: ${command} is not registered`);
			}
		}
	});

	test('opens; its sample briefing opens beside it, untitled, and is flagged; a quick fix logs itself', async () => {
		await vscode.commands.executeCommand('workbench.action.openWalkthrough', `${EXTENSION_ID}#gettingStarted`, false);
		const editor = await vscode.commands.executeCommand<vscode.TextEditor>('clauseLens.openSampleBriefing');
		const doc = editor.document;
		assert.strictEqual(doc.uri.scheme, 'untitled');
		assert.strictEqual(doc.languageId, 'markdown');
		assert.match(doc.getText(), /^# Sample briefing: UK–OpenAI Memorandum of Understanding/);
		assert.strictEqual(editor.viewColumn, vscode.ViewColumn.Two, 'beside the walkthrough');
		const diagnostics = await waitForDiagnostics(doc.uri, (d) => rulesOf(d).sort().join() === WARNING_RULES);
		await screenshot('walkthrough-sample-briefing');

		const binding = diagnostics.find((d) => rulesOf([d])[0] === 'binding-status')!;
		const actions = await quickFixesAt(doc.uri, binding.range, (a) => a.some((x) => x.isPreferred));
		const preferred = actions.find((a) => a.isPreferred)!;
		assert.deepStrictEqual(preferred.command?.command, 'clauseLens.logAppliedFix');
		assert.ok(preferred.edit && (await vscode.workspace.applyEdit(preferred.edit)));
		await vscode.commands.executeCommand(preferred.command.command, ...(preferred.command.arguments ?? []));
		assert.match(doc.getText(), /It is a non-binding agreement between the two parties\./);
		await waitForDiagnostics(doc.uri, (d) => !rulesOf(d).includes('binding-status'));
	});

	test('step descriptions are plain sentences (no raw backticks) and its images are crops a step can show at full size', async () => {
		const manifest = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON;
		const steps: (Step & { title: string; media: { image?: string } })[] = manifest.contributes.walkthroughs[0].steps;
		for (const step of steps) {
			assert.ok(!step.description.includes('`') && !step.title.includes('`'), `${step.id}: ${step.description}`);
		}
		// A full-window screenshot (1280 × 800) is unreadable in the walkthrough's media column.
		for (const image of steps.map((x) => x.media.image).filter((x): x is string => x !== undefined)) {
			const png = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(vscode.extensions.getExtension(EXTENSION_ID)!.extensionUri, image));
			const view = new DataView(png.buffer, png.byteOffset);
			const [width, height] = [view.getUint32(16), view.getUint32(20)];
			assert.ok(width <= 900 && height <= 600, `${image} is ${width} × ${height}`);
		}
		await vscode.commands.executeCommand('workbench.action.openWalkthrough', { category: `${EXTENSION_ID}#gettingStarted`, step: 'hoverCitation' }, false);
		await screenshot('walkthrough-hover-step', 20000, '.gettingStartedContainer .getting-started-media img');
	});

	test('from the Command Palette (no walkthrough open) the sample opens in the active group', async () => {
		const editor = await vscode.commands.executeCommand<vscode.TextEditor>('clauseLens.openSampleBriefing');
		assert.strictEqual(editor.viewColumn, vscode.ViewColumn.One);
	});
});
