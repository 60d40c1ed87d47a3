// Reads a .zip (a .vsix is one) without dependencies: the central directory for the listing, and stored or
// deflated entries for their contents. Enough for the package tests; no zip64, no encryption.
import * as zlib from 'node:zlib';

/** One file in a zip archive. */
export interface ZipEntry {
	readonly name: string;
	readonly size: number;
	/** The entry's bytes, decompressed. */
	read(): Buffer;
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_FILE_HEADER = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;

/** The entries of a zip archive, in the order of its central directory. */
export function zipEntries(zip: Buffer): ZipEntry[] {
	const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
	if (eocd < 0 || zip.readUInt32LE(eocd) !== END_OF_CENTRAL_DIRECTORY) {
		throw new Error('not a zip archive (no end of central directory record)');
	}
	const count = zip.readUInt16LE(eocd + 10);
	const entries: ZipEntry[] = [];
	for (let at = zip.readUInt32LE(eocd + 16), k = 0; k < count; k++) {
		if (zip.readUInt32LE(at) !== CENTRAL_FILE_HEADER) {
			throw new Error(`bad central directory header at ${at}`);
		}
		const method = zip.readUInt16LE(at + 10);
		const compressedSize = zip.readUInt32LE(at + 20);
		const size = zip.readUInt32LE(at + 24);
		const nameLength = zip.readUInt16LE(at + 28);
		const local = zip.readUInt32LE(at + 42);
		const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
		entries.push({ name, size, read: () => readEntry(zip, local, method, compressedSize) });
		at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
	}
	return entries;
}

function readEntry(zip: Buffer, local: number, method: number, compressedSize: number): Buffer {
	if (zip.readUInt32LE(local) !== LOCAL_FILE_HEADER) {
		throw new Error(`bad local file header at ${local}`);
	}
	const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
	const data = zip.subarray(start, start + compressedSize);
	if (method === 0) {
		return data;
	}
	if (method === 8) {
		return zlib.inflateRawSync(data);
	}
	throw new Error(`unsupported compression method ${method}`);
}
