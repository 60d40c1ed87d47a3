// What the CLI prints comes partly from outside: file names, source names, the briefing's words. A newline in a
// file name would start a new output line, which a CI log may read as a workflow command (`::error …`), and an
// escape character would drive the terminal. So every such piece is escaped before it is printed.

/** Control characters (C0, DEL, C1), line and paragraph separators, and the bidirectional overrides and isolates. */
const UNPRINTABLE_RE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
/** A line a CI runner would take as a command (`::error …`, `##[error]…`), after the leading blanks it ignores. */
const COMMAND_START_RE = /^\s*(?:::|##\[)/;
/** What JSON.stringify leaves unescaped but a terminal or a log viewer may still act on. */
const JSON_UNSAFE_RE = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** A string with its unprintable characters escaped (`\n`, `\x1b`, `\u2028`), safe inside one line of output. */
export function printable(text: string): string {
	return text.replace(UNPRINTABLE_RE, (c) => NAMED[c] ?? escapeCode(c.charCodeAt(0)));
}

/** A file path as the first thing on an output line: printable, and never read as a CI workflow command. */
export function displayPath(path: string): string {
	const shown = printable(path);
	return COMMAND_START_RE.test(shown) ? `./${shown}` : shown;
}

/** JSON text (2-space indent) with no raw control, separator or bidi characters left in its strings. */
export function jsonText(value: unknown): string {
	return JSON.stringify(value, null, 2).replace(JSON_UNSAFE_RE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function escapeCode(code: number): string {
	return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}
