// Bytes of a briefing, source or project file to text, shared by the CLI and the extension so that both accept
// the same files. Pure: `TextDecoder` is a web-standard global, not a Node module.

/** The largest file read as a briefing, source or project file: 64 MiB. Readers stop after this many bytes + 1. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

/** A file's text, or why its bytes are not text (a predicate: "is a binary file, not text"). */
export type DecodedText = { readonly text: string; readonly problem?: undefined } | { readonly text?: undefined; readonly problem: string };

/** How far into a file NUL bytes (or characters) mark it as binary. */
const SNIFF = 8192;

/**
 * Decodes a text file: UTF-8 (a byte-order mark is dropped) or UTF-16 with a byte-order mark, little- or big-endian.
 * Offsets into the text are UTF-16 code units whatever the file's encoding, so positions need no conversion.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
	const [b0, b1, b2] = bytes;
	if (b0 === 0xff && b1 === 0xfe) {
		return decodeAs('utf-16le', bytes.subarray(2), 'UTF-16 (little-endian)');
	}
	if (b0 === 0xfe && b1 === 0xff) {
		return decodeAs('utf-16be', bytes.subarray(2), 'UTF-16 (big-endian)');
	}
	const body = b0 === 0xef && b1 === 0xbb && b2 === 0xbf ? bytes.subarray(3) : bytes;
	if (body.subarray(0, SNIFF).includes(0)) {
		return { problem: looksLikeBomlessUtf16(body) ? 'UTF-16 text without a byte-order mark; save it as UTF-8, or as UTF-16 with a BOM' : 'a binary file, not text' };
	}
	return decodeAs('utf-8', body, 'UTF-8');
}

function decodeAs(encoding: 'utf-8' | 'utf-16le' | 'utf-16be', body: Uint8Array, label: string): DecodedText {
	let text: string;
	try {
		text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body);
	} catch {
		return { problem: `not ${label} text` };
	}
	if (encoding !== 'utf-8' && text.slice(0, SNIFF).includes('\u0000')) {
		return { problem: 'a binary file, not text' };
	}
	return { text };
}

/** Mostly ASCII stored as UTF-16 without a BOM: every other byte of the first ones is zero, and the rest are not. */
function looksLikeBomlessUtf16(bytes: Uint8Array): boolean {
	const n = Math.min(bytes.length, SNIFF) & ~1;
	let even = 0;
	let odd = 0;
	for (let i = 0; i < n; i += 2) {
		even += bytes[i] === 0 ? 1 : 0;
		odd += bytes[i + 1] === 0 ? 1 : 0;
	}
	const pairs = n / 2;
	return pairs >= 2 && (Math.max(even, odd) >= 0.9 * pairs && Math.min(even, odd) <= 0.1 * pairs);
}
