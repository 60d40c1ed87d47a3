// "Accept this wording", "Turn off this rule for this file / folder" (and the older "Ignore this finding") write to
// the team's .clause-lens.json. It inserts into the text in place (jsonc-parser's
// `modify`) and never re-serialises it: comments, key order, repeated keys, the spelling of numbers, escapes, line
// ends and the byte order mark all stay as they were. A file of an unexpected shape is refused, never guessed at.
import { applyEdits, format, type FormattingOptions, getNodeValue, modify, type Node } from 'jsonc-parser';

import type { RuleId } from '../types';
import { type AcceptedWording, wordingKeyString } from './accept';
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
	const value = { rule: entry.rule, sentence: entry.sentence, actual: entry.actual, ...(entry.excerpt ? { excerpt: entry.excerpt } : {}) };
	return listEntryEdits(existing, 'ignore', value, (item) => isObject(item) && ignoreKeyString(item as unknown as IgnoredFinding) === ignoreKeyString(entry));
}

/** The file's text with `entry` added to `ignore` (see `ignoreFindingEdits`; `existing` undefined: a new file). */
export function addIgnoredFinding(existing: string | undefined, entry: IgnoredFinding): string {
	return applyEdits(existing ?? '', ignoreFindingEdits(existing, entry));
}

/** The edits that add a wording to the file's `accept` list (none if an equal one is there); as `ignoreFindingEdits`. */
export function acceptWordingEdits(existing: string | undefined, wording: AcceptedWording): ProjectFileEdit[] {
	const value = { rule: wording.rule, words: wording.words, ...(wording.clause !== undefined ? { clause: wording.clause } : {}) };
	const key = wordingKeyString(wording);
	return listEntryEdits(existing, 'accept', value, (item) => isObject(item) && typeof item.words === 'string' && wordingKeyString(item as unknown as AcceptedWording) === key);
}

/**
 * The edits that turn `rule` off for the files `pattern` matches: its severity set to `off` in the override whose
 * `files` is exactly `[pattern]` if there is one, else a new override `{ files: [pattern], severity: { rule: off } }`
 * at the end of `overrides`. None when it is already off there.
 */
export function ruleOffEdits(existing: string | undefined, pattern: string, rule: RuleId): ProjectFileEdit[] {
	const fresh = { files: [pattern], severity: { [rule]: 'off' } };
	const { body, tree, bom } = projectTreeOf(existing);
	const list = tree && listNode(tree, 'overrides');
	const items = list ? (getNodeValue(list) as unknown[]) : [];
	const at = items.findIndex((item) => isObject(item) && Array.isArray(item.files) && item.files.length === 1 && item.files[0] === pattern && (item.severity === undefined || isObject(item.severity)));
	if (!tree || at < 0) {
		return listEntryEdits(existing, 'overrides', fresh, () => false);
	}
	const severity = (items[at] as Record<string, unknown>).severity as Record<string, unknown> | undefined;
	if (severity?.[rule] === 'off') {
		return [];
	}
	const [raw, ...more] = modify(body, ['overrides', at, 'severity', rule], 'off', {});
	if (raw === undefined || more.length > 0) {
		throw new ProjectConfigError(`${PROJECT_CONFIG_FILE} could not be edited in place; add the override by hand`);
	}
	// Replacing a value in place changes only that value; an insertion is laid out like the file.
	const edits = raw.length > 0 ? [raw] : layOut(body, tree, raw);
	return edits.map((edit) => ({ ...edit, offset: edit.offset + bom }));
}

/** The file parsed for editing; throws `ProjectConfigError` for a syntax error or a value that is not an object. */
function projectTreeOf(existing: string | undefined): { body: string; tree?: Node; bom: number } {
	const text = existing ?? '';
	const { body, tree, error } = parseProjectTree(text);
	if (error !== undefined) {
		throw new ProjectConfigError(`${PROJECT_CONFIG_FILE} is ${error}; fix it first`);
	}
	if (tree !== undefined && tree.type !== 'object') {
		throw new ProjectConfigError(`${PROJECT_CONFIG_FILE} is not a JSON object ({ … }); fix it first`);
	}
	return { body, tree, bom: text.length - body.length };
}

/** The edits that append `value` to the list `key` (created, with the file, if missing), unless `isSame` finds it there. */
function listEntryEdits(existing: string | undefined, key: string, value: object, isSame: (item: Record<string, unknown>) => boolean): ProjectFileEdit[] {
	const text = existing ?? '';
	const { body, tree, bom } = projectTreeOf(existing);
	if (tree === undefined) {
		const eol = eolOf(body);
		const fresh = `${JSON.stringify({ [key]: [value] }, null, '\t').replace(/\n/g, eol)}${eol}`;
		return [{ offset: text.length, length: 0, content: body === '' || body.endsWith('\n') ? fresh : eol + fresh }];
	}
	const list = listNode(tree, key);
	if (list && (getNodeValue(list) as unknown[]).some((item) => isObject(item) && isSame(item))) {
		return [];
	}
	return insertion(body, tree, [key, -1], value).map((edit) => ({ ...edit, offset: edit.offset + bom }));
}

/** The list node `key`, if there is one; throws if it is given twice or is not an array. */
function listNode(root: Node, key: string): Node | undefined {
	if (propertyNames(root).filter((name) => name === key).length > 1) {
		throw new ProjectConfigError(`${PROJECT_CONFIG_FILE} has \`${key}\` more than once; merge them into one list first`);
	}
	const list = root.children?.find((property) => property.children?.[0]?.value === key)?.children?.[1];
	if (list && list.type !== 'array') {
		throw new ProjectConfigError(`\`${key}\` in ${PROJECT_CONFIG_FILE} is not a list ([ … ]); fix it first`);
	}
	return list;
}

/** Inserts `value` at the end of the list at `path` (created if missing). */
function insertion(body: string, root: Node, path: (string | number)[], value: object): ProjectFileEdit[] {
	const [raw, ...more] = modify(body, path, value, { isArrayInsertion: true });
	if (raw === undefined || raw.length !== 0 || more.length > 0) {
		throw new ProjectConfigError(`${PROJECT_CONFIG_FILE} could not be edited in place; add the entry by hand`);
	}
	return layOut(body, root, raw);
}

/**
 * An insertion laid out like the file: a file written on one line stays on one line; otherwise only the inserted
 * text is formatted (if that would touch anything else, it stays compact).
 */
function layOut(body: string, root: Node, raw: ProjectFileEdit): ProjectFileEdit[] {
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

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
