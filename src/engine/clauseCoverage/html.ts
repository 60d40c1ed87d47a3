// The clause coverage report as one self-contained HTML page: the source agreement's text, each clause marked by its
// status in colour AND in words with a symbol (never colour alone), a legend, the counts, and under each clause the
// briefing sentences that use it (file and line) with what was wrong. No scripts, no outside resources: it opens
// offline, from a CI artefact or an e-mail, and in a VS Code webview (where it takes the theme's colours).
import { citationLabel } from '../rules/fixes';
import { LineIndex } from '../text/positions';
import type { Finding } from '../types';
import { type ClauseCoverage, type ClauseUse, type Coverage, COVERAGE_LABELS, COVERAGE_STATUSES, type CoverageCounts, type CoverageStatus, type SectionCoverage } from './coverage';

export interface CoverageHtmlOptions {
	/**
	 * `page` (default): a page of its own, light or dark as the reader's system is. `vscode`: for a webview, coloured
	 * with the editor theme's CSS variables.
	 */
	readonly theme?: 'page' | 'vscode';
	/** A nonce for the inline style (a webview's content security policy allows only styles that carry it). */
	readonly nonce?: string;
}

/** The symbol beside each status's name: the status reads without colour, and in a black-and-white print. */
export const COVERAGE_SYMBOLS: Readonly<Record<CoverageStatus, string>> = {
	contradicted: '✗',
	overstated: '▲',
	cited: '✓',
	'not-mentioned': '○',
};

/** What each status means, for the legend. */
const MEANINGS: Readonly<Record<CoverageStatus, string>> = {
	contradicted: 'a sentence says something the clause does not: a conflicting detail, a misquotation, a wrong reference, or "binding" against the status clause',
	overstated: 'a sentence makes the clause stronger than it is (a possibility as a promise), or claims more than it says',
	cited: 'sentences cite the clause and nothing is wrong with them',
	'not-mentioned': 'no sentence cites the clause',
};

/** A sentence longer than this is cut (with an ellipsis) in the report. */
const SENTENCE_CHARS = 320;
/** A clause's list of sentences starts open when it has a problem and no more than this many sentences. */
const OPEN_USES = 8;

/** The whole report page. */
export function renderCoverageHtml(coverage: Coverage, options: CoverageHtmlOptions = {}): string {
	const { source, briefings } = coverage;
	const lines = briefings.map((b) => new LineIndex(b.text));
	const nonce = options.nonce === undefined ? '' : ` nonce="${escapeHtml(options.nonce)}"`;
	const csp = options.nonce === undefined ? "default-src 'none'; style-src 'unsafe-inline'" : `default-src 'none'; style-src 'nonce-${escapeHtml(options.nonce)}'`;
	const who = briefings.length === 1 ? briefings[0]!.name : `${briefings.length} briefings`;
	const out: string[] = [];
	out.push(
		'<!DOCTYPE html>',
		'<html lang="en">',
		'<head>',
		'<meta charset="utf-8">',
		`<meta http-equiv="Content-Security-Policy" content="${csp}">`,
		'<meta name="viewport" content="width=device-width, initial-scale=1">',
		`<title>Clause coverage: ${escapeHtml(who)} against ${escapeHtml(source.name)}</title>`,
		`<style${nonce}>${options.theme === 'vscode' ? VSCODE_COLOURS : PAGE_COLOURS}${STYLE}</style>`,
		'</head>',
		'<body>',
		'<a class="skip" href="#agreement">Skip to the agreement</a>',
		'<header>',
		'<h1>Clause coverage</h1>',
		`<p class="lede">${escapeHtml(source.name)} (${plural(source.clauses.length, 'clause')}), read against ${briefings.length === 0 ? 'no briefing' : escapeHtml(who)}.</p>`,
		'</header>',
		'<main>',
	);
	out.push(...summary(coverage));
	out.push('<section id="agreement" aria-labelledby="agreement-h">', '<h2 id="agreement-h">The agreement, clause by clause</h2>');
	if (coverage.sections.length > 1) {
		out.push('<nav aria-label="Sections"><ol class="toc">');
		coverage.sections.forEach((s, k) => out.push(`<li><a href="#section-${k}">${escapeHtml(sectionName(s))}</a> <span class="tally">${tally(s.counts)}</span></li>`));
		out.push('</ol></nav>');
	}
	coverage.sections.forEach((s, k) => out.push(...section(coverage, s, k, lines)));
	out.push('</section>');
	out.push(...beyond(coverage, lines));
	out.push('</main>', '</body>', '</html>');
	return out.join('\n');
}

function summary(coverage: Coverage): string[] {
	const { source, briefings } = coverage;
	const out = ['<section aria-labelledby="summary-h">', '<h2 id="summary-h">Summary</h2>'];
	if (briefings.length === 0) {
		out.push(`<p class="notice" role="note">No briefing was given, so no clause is cited: every clause below is shown as not mentioned.</p>`);
	}
	for (const b of briefings.filter((x) => x.isEmpty)) {
		out.push(`<p class="notice" role="note">${escapeHtml(b.name)} is empty: it cites no clause.</p>`);
	}
	const status = coverage.statusClause;
	if (status.clauses.length > 0 && status.pack !== undefined) {
		const labels = status.clauses.slice(0, 4).map((c) => `<a href="#${clauseAnchor(c.id)}">${escapeHtml(citationLabel(source, c))}</a>`).join(', ');
		out.push(`<p class="callout">The status clause (${labels}${status.clauses.length > 4 ? ', …' : ''}), which says whether the agreement is binding: ${badge(status.pack)}</p>`);
	} else {
		out.push(`<p class="callout">The ${escapeHtml(source.shortName)} has no status clause (nothing in it says whether it is binding).</p>`);
	}
	out.push(
		'<table class="counts">',
		`<caption>Clauses by status (${plural(source.clauses.length, 'clause')})</caption>`,
		'<thead><tr><th scope="col">Briefing</th>',
		...COVERAGE_STATUSES.map((s) => `<th scope="col">${symbol(s)} ${escapeHtml(COVERAGE_LABELS[s])}</th>`),
		'<th scope="col">Status clause</th></tr></thead>',
		'<tbody>',
	);
	for (const b of briefings) {
		out.push(`<tr><th scope="row">${escapeHtml(b.name)}</th>${countCells(b.counts)}<td>${b.statusClause ? badge(b.statusClause) : '—'}</td></tr>`);
	}
	out.push(
		'</tbody>',
		`<tfoot><tr><th scope="row">${briefings.length > 1 ? 'The pack (worst of each clause)' : briefings.length === 1 ? 'Total' : 'No briefing'}</th>${countCells(coverage.counts)}<td>${status.pack ? badge(status.pack) : '—'}</td></tr></tfoot>`,
		'</table>',
		'<h3 id="legend-h">Legend</h3>',
		'<ul class="legend" aria-labelledby="legend-h">',
		...COVERAGE_STATUSES.map((s) => `<li>${badge(s)} ${escapeHtml(MEANINGS[s])}.</li>`),
		'</ul>',
		`<p class="how">How a citation is decided: a briefing sentence cites the clause whose sentence it aligns with best, when the alignment score (shared terms, weighted by how rare they are in the agreement, 0 to 1) is at least ${coverage.threshold}; a sentence that names a clause or leans on the one before counts as the checker's hovers count it. A clause's status is the worst of the sentences that use it${briefings.length > 1 ? ', and in the pack the worst over the briefings' : ''}.</p>`,
		'</section>',
	);
	return out;
}

function section(coverage: Coverage, s: SectionCoverage, k: number, lines: readonly LineIndex[]): string[] {
	const out = [`<section class="section" aria-labelledby="section-${k}">`, `<h3 id="section-${k}">${escapeHtml(sectionName(s))} <span class="tally">${tally(s.counts)}</span></h3>`];
	for (const row of s.clauses) {
		out.push(...clause(coverage, row, lines));
	}
	out.push('</section>');
	return out;
}

function clause(coverage: Coverage, row: ClauseCoverage, lines: readonly LineIndex[]): string[] {
	const { clause: c } = row;
	const id = clauseAnchor(c.id);
	const out = [
		`<article class="clause s-${row.pack}" id="${id}" aria-labelledby="${id}-h">`,
		`<h4 id="${id}-h">${badge(row.pack)} <span class="cid">${escapeHtml(citationLabel(coverage.source, c))}</span>${row.isStatus ? ' <span class="tag">status clause</span>' : ''}</h4>`,
		`<p class="text">${escapeHtml(c.text)}</p>`,
	];
	if (coverage.briefings.length > 1) {
		const by = COVERAGE_STATUSES.filter((s) => s !== 'not-mentioned').map((s) => [s, row.statuses.filter((x) => x === s).length] as const).filter(([, n]) => n > 0);
		if (by.length > 0) {
			out.push(`<p class="by">In the briefings: ${by.map(([s, n]) => `${n} ${escapeHtml(COVERAGE_LABELS[s])}`).join(', ')}.</p>`);
		}
	}
	if (row.uses.length === 0) {
		out.push('<p class="none">No briefing sentence cites this clause.</p>');
	} else {
		const open = row.pack !== 'cited' && row.uses.length <= OPEN_USES ? ' open' : '';
		out.push(`<details${open}><summary>${plural(row.uses.length, 'sentence')} use${row.uses.length === 1 ? 's' : ''} it</summary>`, '<ol class="uses">');
		for (const use of row.uses) {
			out.push(useItem(coverage, use, lines));
		}
		out.push('</ol></details>');
	}
	out.push('</article>');
	return out;
}

function useItem(coverage: Coverage, use: ClauseUse, lines: readonly LineIndex[]): string {
	const briefing = coverage.briefings[use.briefing]!;
	const where = `${escapeHtml(briefing.name)}, line ${lines[use.briefing]!.positionAt(use.span.start).line + 1}`;
	const what = use.findings.length > 0
		? `<ul class="wrong">${use.findings.map((f) => `<li>${findingText(f)}</li>`).join('')}</ul>`
		: `<p class="ok">${symbol('cited')} Cited faithfully${use.score !== undefined ? ` (alignment ${use.score})` : ''}.</p>`;
	return `<li class="use u-${use.status}"><span class="where">${where}</span> <q>${escapeHtml(sentenceText(briefing.text.slice(use.span.start, use.span.end)))}</q>${what}</li>`;
}

function beyond(coverage: Coverage, lines: readonly LineIndex[]): string[] {
	const rows = coverage.briefings.flatMap((b, k) => b.unattributed.map((f) => ({ b, k, f })));
	const out = ['<section aria-labelledby="beyond-h">', `<h2 id="beyond-h">Beyond the ${escapeHtml(coverage.source.shortName)}</h2>`];
	if (rows.length === 0) {
		out.push('<p class="none">No sentence claims something that no clause says.</p>');
	} else {
		out.push('<p>Sentences that claim something no clause supports, or refer to a clause that does not exist:</p>', '<ol class="uses">');
		for (const { b, k, f } of rows) {
			const where = `${escapeHtml(b.name)}, line ${lines[k]!.positionAt(f.span.start).line + 1}`;
			out.push(`<li class="use"><span class="where">${where}</span> <q>${escapeHtml(sentenceText(b.text.slice(f.sentence.start, f.sentence.end)))}</q><ul class="wrong"><li>${findingText(f)}</li></ul></li>`);
		}
		out.push('</ol>');
	}
	out.push('</section>');
	return out;
}

function findingText(f: Finding): string {
	// Messages name wordings in backticks: shown as code (after escaping, so nothing else can become markup).
	return `<span class="rule">${escapeHtml(f.ruleId)}</span> ${escapeHtml(f.message.replace(/\s+/g, ' ')).replace(/`([^`]+)`/g, '<code>$1</code>')}`;
}

function sectionName(s: SectionCoverage): string {
	if (s.section !== '') {
		return s.title !== '' ? `${s.section}. ${capitalise(s.title)}` : `Section ${s.section}`;
	}
	return s.title !== '' ? capitalise(s.title) : 'Untitled';
}

function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

function tally(counts: CoverageCounts): string {
	return COVERAGE_STATUSES.filter((s) => counts[s] > 0).map((s) => `${symbol(s)} ${counts[s]} ${escapeHtml(COVERAGE_LABELS[s])}`).join(' · ');
}

function countCells(counts: CoverageCounts): string {
	return COVERAGE_STATUSES.map((s) => `<td>${counts[s]}</td>`).join('');
}

function badge(status: CoverageStatus): string {
	return `<span class="badge b-${status}">${symbol(status)} ${escapeHtml(capitalise(COVERAGE_LABELS[status]))}</span>`;
}

/** The status's symbol, hidden from screen readers (its name always follows it). */
function symbol(status: CoverageStatus): string {
	return `<span aria-hidden="true">${COVERAGE_SYMBOLS[status]}</span>`;
}

/** An id attribute for a clause (ids like `2.3` and `schedule-3.1(a)` become `clause-2-3`, `clause-schedule-3-1-a`). */
export function clauseAnchor(id: string): string {
	return `clause-${id.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/-$/, '')}`;
}

function sentenceText(text: string): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	return flat.length > SENTENCE_CHARS ? `${flat.slice(0, SENTENCE_CHARS - 1)}…` : flat;
}

function plural(n: number, word: string): string {
	return `${n} ${word}${n === 1 ? '' : 's'}`;
}

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for HTML content and quoted attributes. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

// Colours: each status's text colour has a contrast of at least 4.5:1 on its badge's background (WCAG AA), in light
// and in dark. In a webview the theme's own variables are used, with the same values as fallbacks.
const PAGE_COLOURS = `
:root { color-scheme: light dark;
	--fg: #1f1f1f; --bg: #ffffff; --muted: #4a4a4a; --rule: #c8c8c8; --link: #0b57d0; --focus: #0b57d0; --panel: #f4f4f4;
	--contradicted: #a50e0e; --contradicted-bg: #fce8e6; --overstated: #7a4100; --overstated-bg: #fef3d6;
	--cited: #0d652d; --cited-bg: #e6f4ea; --not-mentioned: #444746; --not-mentioned-bg: #eeeeee;
	--contradicted-tint: #fdf3f2; --overstated-tint: #fffaeb; }
@media (prefers-color-scheme: dark) { :root {
	--fg: #e8e8e8; --bg: #1b1b1b; --muted: #bdbdbd; --rule: #4a4a4a; --link: #8ab4f8; --focus: #8ab4f8; --panel: #262626;
	--contradicted: #ffb4ab; --contradicted-bg: #4a1410; --overstated: #ffd98a; --overstated-bg: #3d2a00;
	--cited: #8fdca4; --cited-bg: #0f3a1d; --not-mentioned: #d0d0d0; --not-mentioned-bg: #333333;
	--contradicted-tint: #2a1513; --overstated-tint: #2a2210; } }
`;

const VSCODE_COLOURS = `
:root {
	--fg: var(--vscode-editor-foreground, #1f1f1f); --bg: var(--vscode-editor-background, #ffffff);
	--muted: var(--vscode-descriptionForeground, #4a4a4a); --rule: var(--vscode-panel-border, #c8c8c8);
	--link: var(--vscode-textLink-foreground, #0b57d0); --focus: var(--vscode-focusBorder, #0b57d0);
	--panel: var(--vscode-textBlockQuote-background, #f4f4f4);
	--contradicted: var(--vscode-errorForeground, #a50e0e); --contradicted-bg: transparent;
	--overstated: var(--vscode-editorWarning-foreground, #7a4100); --overstated-bg: transparent;
	--cited: var(--vscode-testing-iconPassed, #0d652d); --cited-bg: transparent;
	--not-mentioned: var(--vscode-descriptionForeground, #444746); --not-mentioned-bg: transparent;
	--contradicted-tint: transparent; --overstated-tint: transparent; }
body { font-family: var(--vscode-font-family, system-ui, sans-serif); }
.badge { border: 1px solid currentColor; }
`;

const STYLE = `
body { margin: 0 auto; max-width: 60rem; padding: 1rem 1.5rem 3rem; color: var(--fg); background: var(--bg);
	font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; line-height: 1.5; }
a { color: var(--link); }
a:focus-visible, summary:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 1rem; top: 1rem; background: var(--bg); padding: .25rem .5rem; }
h1 { margin-bottom: .25rem; }
.lede, .how, .by, .none, .tally { color: var(--muted); }
.how { font-size: .9rem; }
.notice, .callout { background: var(--panel); border-left: 4px solid var(--rule); padding: .5rem .75rem; }
table.counts { border-collapse: collapse; margin: 1rem 0; }
table.counts caption { text-align: left; font-weight: 600; padding-bottom: .25rem; }
table.counts th, table.counts td { border: 1px solid var(--rule); padding: .25rem .6rem; text-align: right; }
table.counts th[scope="row"], table.counts thead th:first-child { text-align: left; }
table.counts tfoot { font-weight: 600; }
.legend { list-style: none; padding: 0; }
.legend li { margin: .25rem 0; }
.badge { display: inline-block; border-radius: .25rem; padding: 0 .4rem; font-size: .85rem; font-weight: 600; white-space: nowrap; }
.b-contradicted { color: var(--contradicted); background: var(--contradicted-bg); }
.b-overstated { color: var(--overstated); background: var(--overstated-bg); }
.b-cited { color: var(--cited); background: var(--cited-bg); }
.b-not-mentioned { color: var(--not-mentioned); background: var(--not-mentioned-bg); }
.toc { columns: 2; font-size: .9rem; }
.section h3 .tally { font-size: .85rem; font-weight: normal; }
.clause { border-left: 6px solid var(--rule); padding: .25rem 0 .25rem .9rem; margin: .75rem 0; }
.clause.s-contradicted { border-left-color: var(--contradicted); background: var(--contradicted-tint); }
.clause.s-overstated { border-left-color: var(--overstated); border-left-style: double; border-left-width: 7px; background: var(--overstated-tint); }
.clause.s-cited { border-left-color: var(--cited); }
.clause.s-not-mentioned { border-left-style: dotted; border-left-width: 3px; }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .9em; background: var(--panel); padding: 0 .2em; border-radius: .2em; }
.clause h4 { margin: 0; font-size: 1rem; }
.clause .cid { font-weight: 600; }
.clause .tag { font-size: .8rem; border: 1px solid var(--rule); border-radius: .25rem; padding: 0 .3rem; }
.clause .text { margin: .25rem 0; white-space: pre-line; }
.clause.s-not-mentioned .text { color: var(--muted); }
details summary { cursor: pointer; }
.uses { padding-left: 1.25rem; }
.use { margin: .4rem 0; }
.where { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .85rem; }
.wrong { margin: .2rem 0; padding-left: 1rem; }
.rule { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .8rem; font-weight: 600; }
.ok { margin: .2rem 0; color: var(--cited); }
`;
