// `clause-lens check --fix`: each finding's preferred fix, applied by the engine's `applyFixes` (the path the editor's
// fix-all takes too), written back in place the way the file was stored, without ever leaving it half-written.
import * as fs from 'node:fs';
import * as path from 'node:path';

import { applyFixes, type Finding, type Fix } from '../engine';
import { checkStat, InputError, type TextEncoding, type TextFile } from './readText';

/** A fix that was applied, with the finding it resolves (its range is in the text before fixing). */
export interface AppliedFix {
	readonly finding: Finding;
	readonly fix: Fix;
}

/**
 * The text with the preferred fix of each finding applied, where they do not overlap (see `planFixes`); a
 * replacement that spans lines takes the text's line ends.
 */
export function fixText(text: string, findings: readonly Finding[]): { readonly text: string; readonly fixed: readonly AppliedFix[] } {
	const crlf = text.includes('\r\n');
	const byFix = new Map<Fix, Finding>();
	for (const finding of findings) {
		const preferred = finding.fixes[0];
		if (preferred) {
			byFix.set(crlf ? { ...preferred, replacement: preferred.replacement.replace(/\r?\n/g, '\r\n') } : preferred, finding);
		}
	}
	const result = applyFixes(text, [...byFix.keys()]);
	return { text: result.text, fixed: result.applied.map((fix) => ({ finding: byFix.get(fix)!, fix })) };
}

/**
 * Writes a briefing's fixed text over the file it was read from (`read`), in the same encoding and byte-order mark:
 * into a new file beside it (same permissions), flushed, then renamed over it, so a reader sees the old file or the
 * new one, never part of one. A symbolic link is followed (the file it points to is replaced, the link stays).
 * Refuses, with an InputError, a file that is no longer a regular file or has changed since it was read.
 */
export function writeTextFile(file: string, read: TextFile, text: string): void {
	const name = `briefing '${file}'`;
	let tmp: string | undefined;
	try {
		const target = fs.realpathSync(file);
		const stat = fs.statSync(target);
		checkStat(stat, name, Number.MAX_SAFE_INTEGER);
		if (stat.size !== read.size || stat.mtimeMs !== read.mtimeMs) {
			throw new InputError(`${name} changed while it was being checked; it was not fixed`);
		}
		tmp = path.join(path.dirname(target), `.${path.basename(target)}.clause-lens-${process.pid}.tmp`);
		const fd = fs.openSync(tmp, 'wx');
		try {
			fs.fchmodSync(fd, stat.mode & 0o7777);
			fs.writeSync(fd, encode(text, read.encoding));
			fs.fsyncSync(fd);
		} finally {
			fs.closeSync(fd);
		}
		fs.renameSync(tmp, target);
		tmp = undefined;
	} catch (error) {
		if (error instanceof InputError) {
			throw error;
		}
		const code = (error as NodeJS.ErrnoException).code;
		throw new InputError(`cannot write ${name} (${code ?? String(error)})`);
	} finally {
		if (tmp !== undefined) {
			fs.rmSync(tmp, { force: true });
		}
	}
}

/** The bytes of a text in an encoding `readTextFile` reported. */
function encode(text: string, encoding: TextEncoding): Buffer {
	switch (encoding) {
		case 'utf-8':
			return Buffer.from(text, 'utf8');
		case 'utf-8-bom':
			return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
		case 'utf-16le':
			return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
		case 'utf-16be':
			return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
	}
}
