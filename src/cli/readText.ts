import * as fs from 'node:fs';

/** An input problem: printed as one line, exit code 2. */
export class InputError extends Error {
	override readonly name = 'InputError';
}

const MAX_BYTES = 64 * 1024 * 1024;
const decoder = new TextDecoder('utf-8', { fatal: true });

/** Reads a UTF-8 text file, refusing missing, unreadable, binary and oversized files with a clear message. */
export function readText(path: string, what: 'briefing' | 'source' | 'config'): string {
	let bytes: Buffer;
	try {
		const stat = fs.statSync(path);
		if (stat.isDirectory()) {
			throw new InputError(`${what} '${path}' is a directory, not a file`);
		}
		if (stat.size > MAX_BYTES) {
			throw new InputError(`${what} '${path}' is too large (${Math.round(stat.size / 1048576)} MB; the limit is 64 MB)`);
		}
		bytes = fs.readFileSync(path);
	} catch (error) {
		if (error instanceof InputError) {
			throw error;
		}
		const code = (error as NodeJS.ErrnoException).code;
		throw new InputError(code === 'ENOENT' ? `${what} '${path}' not found` : `cannot read ${what} '${path}' (${code ?? String(error)})`);
	}
	if (bytes.subarray(0, 8192).includes(0)) {
		throw new InputError(`${what} '${path}' is a binary file, not text`);
	}
	let text: string;
	try {
		text = decoder.decode(bytes);
	} catch {
		throw new InputError(`${what} '${path}' is not UTF-8 text`);
	}
	return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
