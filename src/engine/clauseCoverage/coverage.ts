// Clause coverage: how a whole briefing (or a pack of them) stands against the whole source agreement. Nothing here
// checks anything: it reads the findings and citations a check already produced and sorts them by clause, so the
// editor's view can be rebuilt from what the check worker sends, without another check.
//
// How a clause is "used": a briefing sentence uses a clause when the engine cites it for that sentence (its best
// aligned source sentence scores at least CITATION_THRESHOLD, 0.2, on the alignment index's scale of 0 to 1; see
// check.ts `citationsOf`: a heading that names a section by its title, and a sentence that leans on the one before,
// count as the engine counts them for hovers), or when a finding of the sentence names the clause. A clause that no
// sentence uses is "not mentioned".
import { CITATION_THRESHOLD } from '../rules/rule';
import type { SourceModel } from '../source';
import type { Citation, Clause, Finding, RuleId, Span } from '../types';

/** A clause's standing in a briefing, worst first. */
export type CoverageStatus = 'contradicted' | 'overstated' | 'cited' | 'not-mentioned';

/** Every status, worst first: the order of legends, counts and the JSON `counts` keys. */
export const COVERAGE_STATUSES: readonly CoverageStatus[] = ['contradicted', 'overstated', 'cited', 'not-mentioned'];

/** What each status is called where people read it. */
export const COVERAGE_LABELS: Readonly<Record<CoverageStatus, string>> = {
	contradicted: 'contradicted',
	overstated: 'stated more strongly',
	cited: 'cited faithfully',
	'not-mentioned': 'not mentioned',
};

/**
 * What a finding says about the clause it names. The statuses are those of the issue ("cited faithfully, stated more
 * strongly, contradicted, not mentioned"), so each rule is put where a reviewer would put it:
 * - `overstated-commitment`: the clause stated more strongly.
 * - `unsupported-claim` (with the nearest clause, when one is close enough to cite): the sentence uses that clause and
 *   claims more than it says, so stated more strongly too. Without a clause it is listed as beyond the agreement.
 * - `contradicted-detail`, `binding-status` (against the status clause), `wrong-reference` (the clause the sentence is
 *   about, cited by the wrong number) and `misquote` (words put in the clause's mouth): contradicted.
 * - `understated-commitment`: the clause stated more weakly, which misleads no one about a promise: still cited
 *   faithfully, with the finding listed as a note.
 */
export const RULE_COVERAGE: Readonly<Record<RuleId, Exclude<CoverageStatus, 'not-mentioned'>>> = {
	'overstated-commitment': 'overstated',
	'unsupported-claim': 'overstated',
	'contradicted-detail': 'contradicted',
	'binding-status': 'contradicted',
	'wrong-reference': 'contradicted',
	misquote: 'contradicted',
	'understated-commitment': 'cited',
};

/** The alignment score at or above which a sentence cites a clause (the engine's citation threshold). */
export const COVERAGE_CITATION_THRESHOLD = CITATION_THRESHOLD;

/** What coverage needs of a source: its clauses and what it says of its own status (a `SourceModel`, or the editor's view of one). */
export type CoverageSource = Pick<SourceModel, 'name' | 'shortName' | 'references' | 'status' | 'clauses'> & {
	readonly nonBindingClause?: Clause;
};

/** One briefing's check: its text, and the findings and citations the engine gave for it. */
export interface CoverageBriefing {
	/** How to name it (a path, a file name). */
	readonly name: string;
	readonly text: string;
	readonly findings: readonly Finding[];
	readonly citations: readonly Citation[];
}

/** One sentence of one briefing that uses a clause. */
export interface ClauseUse {
	/** Index of the briefing in the input. */
	readonly briefing: number;
	/** The sentence. */
	readonly span: Span;
	/** What the sentence does with the clause. */
	readonly status: Exclude<CoverageStatus, 'not-mentioned'>;
	/** The citation's alignment score, when the engine cited the clause for the sentence. */
	readonly score?: number;
	/** The sentence's findings that name this clause (what was wrong, or a note). */
	readonly findings: readonly Finding[];
}

/** How many clauses have each status. */
export type CoverageCounts = Record<CoverageStatus, number>;

/** One clause's coverage. */
export interface ClauseCoverage {
	readonly clause: Clause;
	/** Whether the clause states the agreement's own legal status. */
	readonly isStatus: boolean;
	/** Its status in each briefing (input order). */
	readonly statuses: readonly CoverageStatus[];
	/** Its status in the pack: the worst over the briefings. */
	readonly pack: CoverageStatus;
	/** The sentences that use it, by briefing then position. */
	readonly uses: readonly ClauseUse[];
}

/** A run of consecutive clauses with the same section number and title. */
export interface SectionCoverage {
	/** The section's number as written, '' outside numbered sections. */
	readonly section: string;
	readonly title: string;
	readonly clauses: readonly ClauseCoverage[];
	/** Counts of the pack's statuses. */
	readonly counts: CoverageCounts;
	/** Counts per briefing. */
	readonly briefingCounts: readonly CoverageCounts[];
}

/** A briefing's totals. */
export interface BriefingCoverage {
	readonly name: string;
	/** Its text (the sentences of the uses are slices of it). */
	readonly text: string;
	readonly counts: CoverageCounts;
	/** Whether the briefing has no words at all. */
	readonly isEmpty: boolean;
	/** Its findings that name no clause of the source (claims no clause supports, references to nothing). */
	readonly unattributed: readonly Finding[];
	/** How the briefing treats the status clause(s): the worst over them, or undefined when the source has none. */
	readonly statusClause: CoverageStatus | undefined;
}

/** The coverage of a source by some briefings. */
export interface Coverage {
	readonly source: CoverageSource;
	readonly briefings: readonly BriefingCoverage[];
	/** Every clause, in source order. */
	readonly clauses: readonly ClauseCoverage[];
	readonly sections: readonly SectionCoverage[];
	/** Counts of the pack's statuses over all clauses. */
	readonly counts: CoverageCounts;
	/** The clauses that state the agreement's legal status (its status clause), and how the pack treats them. */
	readonly statusClause: { readonly clauses: readonly Clause[]; readonly pack: CoverageStatus | undefined };
	/** The citation threshold the numbers rest on. */
	readonly threshold: number;
}

/** The worse of two statuses. */
export function worseStatus(a: CoverageStatus, b: CoverageStatus): CoverageStatus {
	return COVERAGE_STATUSES.indexOf(a) <= COVERAGE_STATUSES.indexOf(b) ? a : b;
}

export function emptyCounts(): CoverageCounts {
	return { contradicted: 0, overstated: 0, cited: 0, 'not-mentioned': 0 };
}

/** "The Parties … this Agreement shall enter into force", "is legally binding": a binding source's own statement of its status. */
const bindsRe = /\b(?:is|are|shall\s+be)\s+(?:intended\s+to\s+be,?\s+and\s+is,?\s+)?legally\s+binding\b|\bshall\s+enter\s+into\s+force\b/i;

/**
 * The clauses that state the agreement's legal status: its non-binding clause and any clause of a status section; for
 * a source that binds and has neither, the clauses that say it binds or enters into force.
 */
export function statusClausesOf(source: CoverageSource): Clause[] {
	const found = source.clauses.filter((c) => c.kind === 'status' || c.id === source.nonBindingClause?.id);
	if (found.length > 0 || source.status === 'unstated') {
		return found;
	}
	return source.clauses.filter((c) => bindsRe.test(c.text));
}

/** Sorts the findings and citations of each briefing by clause: each clause's status per briefing and for the pack. */
export function coverageOf(source: CoverageSource, briefings: readonly CoverageBriefing[]): Coverage {
	const clauseIndex = new Map<string, number>();
	source.clauses.forEach((c, i) => clauseIndex.set(c.id, i));
	const uses: ClauseUse[][] = source.clauses.map(() => []);
	const statuses: CoverageStatus[][] = source.clauses.map(() => briefings.map((): CoverageStatus => 'not-mentioned'));
	const unattributed: Finding[][] = briefings.map(() => []);
	briefings.forEach((briefing, b) => {
		// The uses of this briefing, by clause and sentence start: a citation and the findings of one sentence are one use.
		const open = new Map<string, { span: Span; status: ClauseUse['status']; score?: number; findings: Finding[] }>();
		const useOf = (clause: number, span: Span) => {
			const key = `${clause}/${span.start}`;
			let use = open.get(key);
			if (!use) {
				use = { span, status: 'cited', findings: [] };
				open.set(key, use);
			}
			return use;
		};
		for (const citation of briefing.citations) {
			const k = clauseIndex.get(citation.clause.id);
			if (k !== undefined) {
				useOf(k, citation.span).score = citation.score;
			}
		}
		for (const finding of briefing.findings) {
			const k = finding.clause ? clauseIndex.get(finding.clause.id) : undefined;
			if (k === undefined) {
				unattributed[b]!.push(finding);
				continue;
			}
			const use = useOf(k, finding.sentence);
			use.status = worseStatus(use.status, RULE_COVERAGE[finding.ruleId]) as ClauseUse['status'];
			use.findings.push(finding);
		}
		for (const [key, use] of open) {
			const k = Number(key.slice(0, key.indexOf('/')));
			uses[k]!.push({ briefing: b, ...use });
			statuses[k]![b] = worseStatus(statuses[k]![b]!, use.status);
		}
	});
	const statusSet = new Set(statusClausesOf(source));
	const clauses: ClauseCoverage[] = source.clauses.map((clause, k) => ({
		clause,
		isStatus: statusSet.has(clause),
		statuses: statuses[k]!,
		pack: statuses[k]!.reduce<CoverageStatus>(worseStatus, 'not-mentioned'),
		uses: uses[k]!.sort((x, y) => x.briefing - y.briefing || x.span.start - y.span.start),
	}));
	const statusRows = clauses.filter((c) => c.isStatus);
	const worstOf = (pick: (c: ClauseCoverage) => CoverageStatus): CoverageStatus | undefined =>
		statusRows.length === 0 ? undefined : statusRows.map(pick).reduce(worseStatus);
	return {
		source,
		briefings: briefings.map((briefing, b) => ({
			name: briefing.name,
			text: briefing.text,
			counts: countOf(clauses, (c) => c.statuses[b]!),
			isEmpty: briefing.text.trim() === '',
			unattributed: unattributed[b]!,
			statusClause: worstOf((c) => c.statuses[b]!),
		})),
		clauses,
		sections: sectionsOf(clauses, briefings.length),
		counts: countOf(clauses, (c) => c.pack),
		statusClause: { clauses: statusRows.map((c) => c.clause), pack: worstOf((c) => c.pack) },
		threshold: COVERAGE_CITATION_THRESHOLD,
	};
}

function countOf(clauses: readonly ClauseCoverage[], pick: (c: ClauseCoverage) => CoverageStatus): CoverageCounts {
	const counts = emptyCounts();
	for (const c of clauses) {
		counts[pick(c)]++;
	}
	return counts;
}

/** Consecutive clauses with the same section number and title, in source order. */
function sectionsOf(clauses: readonly ClauseCoverage[], briefings: number): SectionCoverage[] {
	const out: SectionCoverage[] = [];
	for (let from = 0; from < clauses.length; ) {
		const first = clauses[from]!.clause;
		let to = from + 1;
		while (to < clauses.length && clauses[to]!.clause.section === first.section && clauses[to]!.clause.title === first.title) {
			to++;
		}
		const rows = clauses.slice(from, to);
		out.push({
			section: first.section,
			title: first.title,
			clauses: rows,
			counts: countOf(rows, (c) => c.pack),
			briefingCounts: Array.from({ length: briefings }, (_, b) => countOf(rows, (c) => c.statuses[b]!)),
		});
		from = to;
	}
	return out;
}

/** "3 cited faithfully, 1 stated more strongly, …" (statuses with a count of 0 left out; "no clauses" for none). */
export function describeCounts(counts: CoverageCounts): string {
	const parts = COVERAGE_STATUSES.filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${COVERAGE_LABELS[s]}`);
	return parts.length > 0 ? parts.join(', ') : 'no clauses';
}
