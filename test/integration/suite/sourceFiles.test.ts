// Source and project files the extension must not trust to be ordinary text: a FIFO or /dev/zero (stat first, then
// refuse with the usual fallback instead of hanging or filling memory), UTF-16 with a byte-order mark (decoded), and
// CR-only line ends (links into the source land on the right line, as VS Code counts lines).
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';

import { closeAllEditors, copyFixture, openCopy, quickFixesAt, rulesOf, setSetting, waitForDiagnostics, workspaceFolder } from './helpers';

const NOTE = 'briefings/data-sharing-note.md';
const AGREEMENT = 'sources/data-sharing-agreement.md';
const REVIEW_SENTENCE = 'The Parties will review this Agreement after six months and may agree changes in writing.';
const sorted = (d: readonly vscode.Diagnostic[]): string => rulesOf(d).sort().join();
/** Checked against the embedded MoU: only the status is contradicted. */
const isMoU = (d: readonly vscode.Diagnostic[]): boolean => sorted(d) === 'binding-status' && d[0]!.message.includes("the MoU's own status");
/** Checked against the workspace's data-sharing agreement. */
const isAgreement = (d: readonly vscode.Diagnostic[]): boolean => sorted(d) === 'binding-status,misquote,overstated-commitment';
const projectFile = (): vscode.Uri => vscode.Uri.joinPath(workspaceFolder().uri, '.clause-lens.json');
const isPosix = process.platform !== 'win32';

/** A new workspace-relative path under scratch/ (the folder is created) and its file-system path. */
function scratchPath(name: string): { relative: string; absolute: string } {
	const relative = `scratch/${name}-${Math.random().toString(36).slice(2, 7)}.md`;
	const absolute = path.join(workspaceFolder().uri.fsPath, ...relative.split('/'));
	fs.mkdirSync(path.dirname(absolute), { recursive: true });
	return { relative, absolute };
}

/** A named pipe (with no writer: reading it would wait for ever) under scratch/; its workspace-relative path. */
function makeFifo(name: string): string {
	const { relative, absolute } = scratchPath(name);
	const made = spawnSync('mkfifo', [absolute], { encoding: 'utf8' });
	assert.strictEqual(made.status, 0, `mkfifo: ${made.stderr}`);
	return relative;
}

/** UTF-16 bytes with a byte-order mark. */
function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
	const le = Buffer.from(`\ufeff${text}`, 'utf16le');
	return endian === 'le' ? le : le.swap16();
}

/** The overstated-commitment diagnostic's link into the source, and the source text it points at. */
async function linkedText(diagnostics: readonly vscode.Diagnostic[]): Promise<{ uri: vscode.Uri; text: string }> {
	const overstated = diagnostics.find((d) => rulesOf([d])[0] === 'overstated-commitment')!;
	const related = overstated.relatedInformation![0]!.location;
	const source = await vscode.workspace.openTextDocument(related.uri);
	return { uri: related.uri, text: source.getText(related.range) };
}

suite('Source and project files: special files, UTF-16, CR-only line ends', () => {
	setup(function () {
		if (!isPosix) {
			this.skip();
		}
	});
	teardown(async () => {
		await setSetting('sources', undefined);
		fs.rmSync(projectFile().fsPath, { force: true });
		await closeAllEditors();
	});

	test('a FIFO as a source (clauseLens.sources) falls back to the embedded MoU instead of hanging', async () => {
		const { doc } = await openCopy(NOTE);
		await setSetting('sources', [AGREEMENT]);
		await waitForDiagnostics(doc.uri, isAgreement);
		await setSetting('sources', [makeFifo('fifo-source')]);
		await waitForDiagnostics(doc.uri, isMoU);
	});

	test('a FIFO named as a source by .clause-lens.json falls back to the embedded MoU', async () => {
		const { doc } = await openCopy(NOTE);
		await waitForDiagnostics(doc.uri, isMoU);
		fs.writeFileSync(projectFile().fsPath, JSON.stringify({ sources: [AGREEMENT] }));
		await waitForDiagnostics(doc.uri, isAgreement, 20000);
		fs.writeFileSync(projectFile().fsPath, JSON.stringify({ sources: [makeFifo('fifo-project-source')] }));
		await waitForDiagnostics(doc.uri, isMoU, 20000);
	});

	test('.clause-lens.json as a FIFO is ignored (checked against the MoU); "Accept this wording" refuses instead of hanging', async () => {
		const made = spawnSync('mkfifo', [projectFile().fsPath], { encoding: 'utf8' });
		assert.strictEqual(made.status, 0, `mkfifo: ${made.stderr}`);
		const { doc } = await openCopy(NOTE);
		const diagnostics = await waitForDiagnostics(doc.uri, isMoU, 20000);
		const actions = await quickFixesAt(doc.uri, diagnostics[0]!.range, (a) => a.some((x) => x.title.startsWith('Accept this wording')));
		const ignore = actions.find((a) => a.title.startsWith('Accept this wording'))!;
		const recorded = await vscode.commands.executeCommand<boolean>(ignore.command!.command, ...(ignore.command!.arguments ?? []));
		assert.strictEqual(recorded, false);
		assert.ok(fs.statSync(projectFile().fsPath).isFIFO(), 'the FIFO is left alone');
	});

	test('/dev/zero (through a link in the workspace) as a source falls back to the embedded MoU', async () => {
		const { relative: link, absolute } = scratchPath('zero');
		fs.symlinkSync('/dev/zero', absolute);
		const { doc } = await openCopy(NOTE);
		await setSetting('sources', [AGREEMENT]);
		await waitForDiagnostics(doc.uri, isAgreement);
		await setSetting('sources', [link]);
		await waitForDiagnostics(doc.uri, isMoU);
	});

	test('a UTF-16 source (little- and big-endian, with a BOM) is read; its links point at the right text', async () => {
		const text = fs.readFileSync(path.join(workspaceFolder().uri.fsPath, ...AGREEMENT.split('/')), 'utf8');
		const { doc } = await openCopy(NOTE);
		for (const endian of ['le', 'be'] as const) {
			const { relative, absolute } = scratchPath(`agreement-utf16${endian}`);
			fs.writeFileSync(absolute, utf16(text, endian));
			// NOTE: from the MoU first: the controller does not re-publish diagnostics that differ only in their links.
			await setSetting('sources', undefined);
			await waitForDiagnostics(doc.uri, isMoU);
			await setSetting('sources', [relative]);
			const linked = await linkedText(await waitForDiagnostics(doc.uri, isAgreement));
			assert.ok(linked.uri.path.endsWith(relative), `${linked.uri.toString()} is ${relative}`);
			assert.strictEqual(linked.text, REVIEW_SENTENCE, endian);
		}
	});

	test('a source with CR-only line ends: its links land on the right line, as VS Code counts lines', async () => {
		const source = await copyFixture(AGREEMENT, { transform: (t) => t.replace(/\r?\n/g, '\r') });
		const relative = vscode.workspace.asRelativePath(source, false);
		const { doc } = await openCopy(NOTE);
		await setSetting('sources', [relative]);
		const linked = await linkedText(await waitForDiagnostics(doc.uri, isAgreement));
		assert.strictEqual(linked.uri.toString(), source.toString());
		assert.strictEqual(linked.text, REVIEW_SENTENCE);
	});
});
