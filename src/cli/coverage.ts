// `clause-lens coverage`: how the briefings given stand against the whole source, clause by clause, in source order.
// Text for a terminal, JSON for tools (its shape is documented in the README), HTML for people (one self-contained page).
import { type ClauseCoverage, type Coverage, COVERAGE_LABELS, coverageOf, type CoverageCounts, type CoverageStatus, describeCounts, renderCoverageHtml, type SourceModel } from '../engine';
import type { CliArgs } from './args';
import { toRange } from './formatFinding';
import { displayPath, jsonText, printable } from './printable';
import type { CheckedFile } from './sarif';

/** Prints the coverage of `source` by the checked briefings. */
export function printCoverage(source: SourceModel, results: readonly CheckedFile[], format: CliArgs['format'], out: (line: string) => void): void {
	const coverage = coverageOf(source, results.map((r) => ({ name: r.file, text: r.text, findings: r.result.findings, citations: r.result.citations })));
	if (format === 'html') {
		out(renderCoverageHtml(coverage));
	} else if (format === 'json') {
		out(jsonText(coverageJson(coverage, results)));
	} else {
		printText(coverage, results, out);
	}
}

/** The JSON shape (README "Clause coverage"): ranges are zero-based lines and UTF-16 characters, as in `check`'s JSON. */
export function coverageJson(coverage: Coverage, results: readonly CheckedFile[]): object {
	const { source } = coverage;
	const range = (briefing: number, span: { start: number; end: number }) => toRange(results[briefing]!.lines, span);
	return {
		source: { name: source.name, clauses: source.clauses.length, status: source.status },
		threshold: coverage.threshold,
		labels: COVERAGE_LABELS,
		counts: coverage.counts,
		statusClause: {
			clauses: coverage.statusClause.clauses.map((c) => c.id),
			status: coverage.statusClause.pack ?? null,
		},
		briefings: coverage.briefings.map((b, k) => ({
			path: b.name,
			empty: b.isEmpty,
			counts: b.counts,
			statusClause: b.statusClause ?? null,
			unattributed: b.unattributed.map((f) => ({ rule: f.ruleId, severity: f.severity, message: f.message, range: range(k, f.span) })),
		})),
		sections: coverage.sections.map((s) => ({
			section: s.section,
			title: s.title,
			counts: s.counts,
			briefings: s.briefingCounts,
			clauses: s.clauses.map((c) => c.clause.id),
		})),
		clauses: coverage.clauses.map((c) => ({
			id: c.clause.id,
			kind: c.clause.kind,
			section: c.clause.section,
			title: c.clause.title,
			isStatus: c.isStatus,
			status: c.pack,
			briefings: c.statuses,
			uses: c.uses.map((u) => ({
				briefing: u.briefing,
				path: coverage.briefings[u.briefing]!.name,
				range: range(u.briefing, u.span),
				status: u.status,
				score: u.score ?? null,
				findings: u.findings.map((f) => ({ rule: f.ruleId, severity: f.severity, message: f.message, range: range(u.briefing, f.span) })),
			})),
		})),
	};
}

const STATUS_WIDTH = Math.max(...Object.values(COVERAGE_LABELS).map((l) => l.length));

function printText(coverage: Coverage, results: readonly CheckedFile[], out: (line: string) => void): void {
	const { source } = coverage;
	const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
	out(printable(`Clause coverage of ${source.name} by ${plural(results.length, 'briefing')} (a sentence cites a clause when its alignment score is at least ${coverage.threshold})`));
	const idWidth = Math.min(14, Math.max(...source.clauses.map((c) => c.id.length)));
	for (const row of coverage.clauses) {
		out(printable(clauseLine(row, idWidth, results.length > 1 ? coverage.briefings.map((b, k) => `${b.name}: ${COVERAGE_LABELS[row.statuses[k]!]}`) : [])));
		for (const use of row.uses) {
			const { lines, file } = results[use.briefing]!;
			const where = `${displayPath(file)}:${lines.positionAt(use.span.start).line + 1}`;
			const what = use.findings.length > 0
				? use.findings.map((f) => `${f.ruleId}: ${f.message.replace(/\s+/g, ' ')}`).join(' | ')
				: `cited (alignment ${use.score})`;
			out(`${' '.repeat(idWidth + 2)}${where}  ${printable(what)}`);
		}
	}
	coverage.briefings.forEach((b, k) => {
		for (const f of b.unattributed) {
			const where = `${displayPath(b.name)}:${results[k]!.lines.positionAt(f.span.start).line + 1}`;
			out(`beyond the ${printable(source.shortName)}: ${where}  ${f.ruleId}: ${printable(f.message.replace(/\s+/g, ' '))}`);
		}
		if (results.length > 1 || b.isEmpty) {
			out(printable(`${b.name}: ${b.isEmpty ? 'empty; ' : ''}${summary(b.counts, b.statusClause)}`));
		}
	});
	out(printable(`${results.length > 1 ? 'pack: ' : ''}${summary(coverage.counts, coverage.statusClause.pack)} (${plural(source.clauses.length, 'clause')})`));
}

function clauseLine(row: ClauseCoverage, idWidth: number, perBriefing: readonly string[]): string {
	const { clause } = row;
	const where = [clause.section, clause.title].filter((s) => s !== '').join(' ');
	const status = COVERAGE_LABELS[row.pack].padEnd(STATUS_WIDTH);
	const tags = [row.isStatus ? 'status clause' : '', ...perBriefing].filter((s) => s !== '');
	const words = clause.text.replace(/\s+/g, ' ');
	const head = words.length > 60 ? `${words.slice(0, 59)}…` : words;
	return `${clause.id.padEnd(idWidth)}  ${status}  ${where ? `[${where}] ` : ''}${head}${tags.length > 0 ? `  (${tags.join('; ')})` : ''}`;
}

function summary(counts: CoverageCounts, status: CoverageStatus | undefined): string {
	return `${describeCounts(counts)}; status clause: ${status === undefined ? 'none in the source' : COVERAGE_LABELS[status]}`;
}
