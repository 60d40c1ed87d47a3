import * as fs from 'node:fs';

import { decodeText, MAX_FILE_BYTES } from '../engine';

/** An input problem: printed as one line, exit code 2. */
export class InputError extends Error {
	override readonly name = 'InputError';
}

/** What a file is read as, for messages. */
export type InputKind = 'briefing' | 'source' | 'config';

const CHUNK = 1024 * 1024;
// NOTE: without O_NONBLOCK, opening a FIFO that has no writer blocks for ever. Windows has no such flag (nor FIFOs).
const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0);

/**
 * Reads a text file (UTF-8, or UTF-16 with a byte-order mark). Refuses, with a one-line message, what is missing or
 * unreadable, not a regular file (a FIFO, a device such as /dev/zero, a directory), over `maxBytes`, binary or
 * not text; never reads more than `maxBytes` + 1 bytes.
 */
export function readText(file: string, what: InputKind, maxBytes = MAX_FILE_BYTES): string {
	return readTextFile(file, what, maxBytes).text;
}

/** How a text file's bytes were stored, so that it can be written back the same way. */
export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be';

/** A text file as read: its text, its encoding, and its size and modification time when read. */
export interface TextFile {
	readonly text: string;
	readonly encoding: TextEncoding;
	readonly size: number;
	readonly mtimeMs: number;
}

/** Reads a text file as `readText` does, with what is needed to write it back (`writeTextFile`). */
export function readTextFile(file: string, what: InputKind, maxBytes = MAX_FILE_BYTES): TextFile {
	const name = `${what} '${file}'`;
	const { bytes, stat } = readBytes(file, name, maxBytes);
	const decoded = decodeText(bytes);
	if (decoded.problem !== undefined) {
		throw new InputError(`${name} is ${decoded.problem}`);
	}
	return { text: decoded.text, encoding: encodingOf(bytes), size: stat.size, mtimeMs: stat.mtimeMs };
}

function encodingOf(bytes: Uint8Array): TextEncoding {
	const [b0, b1, b2] = bytes;
	if (b0 === 0xff && b1 === 0xfe) {
		return 'utf-16le';
	}
	if (b0 === 0xfe && b1 === 0xff) {
		return 'utf-16be';
	}
	return b0 === 0xef && b1 === 0xbb && b2 === 0xbf ? 'utf-8-bom' : 'utf-8';
}

/** The file's bytes, after checking (before and after opening it) that it is a regular file within the cap. */
function readBytes(file: string, name: string, maxBytes: number): { bytes: Buffer; stat: fs.Stats } {
	let fd: number | undefined;
	try {
		checkStat(fs.statSync(file), name, maxBytes);
		fd = fs.openSync(file, OPEN_FLAGS);
		// The file may have been replaced between the two calls: check what was opened.
		const stat = fs.fstatSync(fd);
		checkStat(stat, name, maxBytes);
		const bytes = readAtMost(fd, maxBytes + 1);
		if (bytes.length > maxBytes) {
			throw tooLarge(name, maxBytes);
		}
		return { bytes, stat };
	} catch (error) {
		if (error instanceof InputError) {
			throw error;
		}
		const code = (error as NodeJS.ErrnoException).code;
		throw new InputError(code === 'ENOENT' ? `${name} not found` : `cannot read ${name} (${code ?? String(error)})`);
	} finally {
		if (fd !== undefined) {
			fs.closeSync(fd);
		}
	}
}

export function checkStat(stat: fs.Stats, name: string, maxBytes: number): void {
	if (!stat.isFile()) {
		throw new InputError(`${name} is ${kindOf(stat)}, not a regular file`);
	}
	if (stat.size > maxBytes) {
		throw tooLarge(name, maxBytes);
	}
}

function kindOf(stat: fs.Stats): string {
	if (stat.isDirectory()) {
		return 'a directory';
	}
	if (stat.isFIFO()) {
		return 'a named pipe (FIFO)';
	}
	if (stat.isCharacterDevice() || stat.isBlockDevice()) {
		return 'a device';
	}
	return stat.isSocket() ? 'a socket' : 'a special file';
}

function tooLarge(name: string, maxBytes: number): InputError {
	return new InputError(`${name} is too large (the limit is ${formatBytes(maxBytes)})`);
}

function formatBytes(n: number): string {
	return n >= 1048576 && n % 1048576 === 0 ? `${n / 1048576} MB` : `${n} bytes`;
}

/** Up to `limit` bytes from an open file (fewer at its end); a file that grows while read stops at the limit. */
function readAtMost(fd: number, limit: number): Buffer {
	const chunks: Buffer[] = [];
	let total = 0;
	while (total < limit) {
		const chunk = Buffer.allocUnsafe(Math.min(CHUNK, limit - total));
		const n = fs.readSync(fd, chunk, 0, chunk.length, null);
		if (n === 0) {
			break;
		}
		chunks.push(chunk.subarray(0, n));
		total += n;
	}
	return Buffer.concat(chunks, total);
}
