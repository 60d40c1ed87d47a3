// "Ignore this finding" writes to the team's .clause-lens.json. It inserts into the text in place (jsonc-parser's
// `modify`) and never re-serialises it: comments, key order, repeated keys, the spelling of numbers, escapes, line
// ends and the byte order mark all stay as they were. A file of an unexpected shape is refused, never guessed at.
import { applyEdits, format, type FormattingOptions, getNodeValue, modify, type Node } from 'jsonc-parser';

import { type IgnoredFinding, ignoreKeyString, parseProjectTree, PROJECT_CONFIG_FILE, ProjectConfigError, propertyNames } from './projectConfig';

/** A replacement of `length` characters at `offset` (UTF-16, into the file's text) with `content`. */
export interface ProjectFileEdit {
	readonly offset: number;
	readonly length: number;
	readonly content: string;
}

/**
 * The edits that add `entry` to the file's `ignore` list: none if it is already there, else one insertion that
 * keeps every character of the file. `existing` is the file's text (undefined: there is no file). Throws
 * `ProjectConfigError` when the file has a syntax error, is not an object, or its `ignore` is not one array.
 */
export function ignoreFindingEdits(existing: string | undefined, entry: IgnoredFinding): ProjectFileEdit[] {
	const text = existing ?? '';
	const { body, tree, error } = parseProjectTree(text);
	const bom = text.length - body.length;
	if (error !== undefined) {
		throw new ProjectConfigError(`${PROJECT_CONFIG_FILE} is ${error}; fix it first`);
	}
	const value = { rule: entry.rule, sentence: entry.sentence, actual: entry.actual, ...(entry.excerpt ? { excerpt: entry.excerpt } : {}) };
	if (tree === undefined) {
		const eol = eolOf(body);
		const fresh = `${JSON.stringify({ ignore: [value] }, null, '\t').replace(/\n/g, eol)}${eol}`;
		return [{ offset: text.length, length: 0, content: body === '' || body.endsWith('\n') ? fresh : eol + fresh }];
	}
	if (tree.type !== 'object') {
		throw new ProjectConfigError(`${PROJECT_CONFIG_FILE} is not a JSON object ({ … }); fix it first`);
	}
	const list = ignoreList(tree);
	if (list && (getNodeValue(list) as unknown[]).some((item) => isSameEntry(item, entry))) {
		return [];
	}
	return insertion(body, tree, value).map((edit) => ({ ...edit, offset: edit.offset + bom }));
}

/** The file's text with `entry` added to `ignore` (see `ignoreFindingEdits`; `existing` undefined: a new file). */
export function addIgnoredFinding(existing: string | undefined, entry: IgnoredFinding): string {
	return applyEdits(existing ?? '', ignoreFindingEdits(existing, entry));
}

/** The `ignore` array node, if there is one; throws if it is given twice or is not an array. */
function ignoreList(root: Node): Node | undefined {
	if (propertyNames(root).filter((name) => name === 'ignore').length > 1) {
		throw new ProjectConfigError(`${PROJECT_CONFIG_FILE} has \`ignore\` more than once; merge them into one list first`);
	}
	const list = root.children?.find((property) => property.children?.[0]?.value === 'ignore')?.children?.[1];
	if (list && list.type !== 'array') {
		throw new ProjectConfigError(`\`ignore\` in ${PROJECT_CONFIG_FILE} is not a list ([ … ]); fix it first`);
	}
	return list;
}

/**
 * Inserts `value` at the end of `ignore` (created if missing). A file written on one line stays on one line;
 * otherwise only the inserted text is laid out like the file (if that would touch anything else, it stays compact).
 */
function insertion(body: string, root: Node, value: object): ProjectFileEdit[] {
	const [raw, ...more] = modify(body, ['ignore', -1], value, { isArrayInsertion: true });
	if (raw === undefined || raw.length !== 0 || more.length > 0) {
		throw new ProjectConfigError(`${PROJECT_CONFIG_FILE} could not be edited in place; add the entry by hand`);
	}
	const oneLine = !body.trim().includes('\n') && (root.children?.length ?? 0) > 0;
	const edit = oneLine ? undefined : laidOut(body, raw);
	return edit ? keepLineComment(body, edit) : [raw];
}

/**
 * A comment at the end of the line where the insertion starts stays with the text it follows: the new lines go
 * after it (a separating comma, if one is needed, stays before it).
 */
function keepLineComment(body: string, edit: ProjectFileEdit): ProjectFileEdit[] {
	const after = /^([ \t]*,)?[ \t]*(?:\/\/[^\r\n]*|\/\*(?:(?!\*\/)[^\r\n])*\*\/)[ \t]*(?=\r?\n)/.exec(body.slice(edit.offset));
	const lines = /^,?(\r?\n[^]*)$/.exec(edit.content);
	if (!after || !lines) {
		return [edit];
	}
	const end = edit.offset + after[0].length;
	const comma = edit.content.startsWith(',') && after[1] === undefined ? [{ offset: edit.offset, length: 0, content: ',' }] : [];
	return [...comma, { offset: end, length: 0, content: lines[1]! }];
}

/** The insertion formatted like the file, or undefined if formatting it would change any of the file's text. */
function laidOut(body: string, raw: ProjectFileEdit): ProjectFileEdit | undefined {
	// NOTE: a space on each side of the inserted text puts the line breaks before and after it inside the formatted
	// range; `format` changes only whitespace between tokens, and only within that range.
	const padded = ` ${raw.content} `;
	const text = body.slice(0, raw.offset) + padded + body.slice(raw.offset);
	const formatted = applyEdits(text, format(text, { offset: raw.offset, length: padded.length }, formattingOf(body)));
	const head = body.slice(0, raw.offset);
	const tail = body.slice(raw.offset);
	if (formatted.length < body.length || !formatted.startsWith(head) || !formatted.endsWith(tail)) {
		return undefined;
	}
	return { offset: raw.offset, length: 0, content: formatted.slice(head.length, formatted.length - tail.length) };
}

/** The file's indentation (from its first indented line; tabs when none) and line end. */
function formattingOf(body: string): FormattingOptions {
	const indent = /^([ \t]+)\S/m.exec(body)?.[1];
	const insertSpaces = indent !== undefined && indent.startsWith(' ');
	return { insertSpaces, tabSize: insertSpaces ? indent.length : 4, eol: eolOf(body), keepLines: false };
}

function eolOf(text: string): string {
	return text.includes('\r\n') ? '\r\n' : '\n';
}

function isSameEntry(item: unknown, entry: IgnoredFinding): boolean {
	return typeof item === 'object' && item !== null && ignoreKeyString(item as IgnoredFinding) === ignoreKeyString(entry);
}
