/** A half-open range of UTF-16 offsets into a text (what JS indices and VS Code's `offsetAt` count). */
export interface Span {
	readonly start: number;
	readonly end: number;
}

/** The rule ids; fixed, because the CLI, the diagnostics, the docs and the tests use them. */
export type RuleId =
	| 'overstated-commitment'
	| 'unsupported-claim'
	| 'misquote'
	| 'binding-status'
	| 'contradicted-detail'
	| 'wrong-reference'
	| 'understated-commitment';

/** Every rule id, in documentation order. */
export const RULE_IDS: readonly RuleId[] = [
	'overstated-commitment',
	'unsupported-claim',
	'misquote',
	'binding-status',
	'contradicted-detail',
	'wrong-reference',
	'understated-commitment',
];

/** How loudly a finding is reported; `off` means not reported. */
export type Severity = 'error' | 'warning' | 'information' | 'hint' | 'off';

/** One sentence with its exact range in the text it came from. */
export interface Sentence {
	readonly span: Span;
	/** The exact slice of the original text. */
	readonly text: string;
}

/** What kind of unit a clause is in its source document. */
export type ClauseKind = 'preamble' | 'intro' | 'clause' | 'status' | 'paragraph';

/** One citable unit of a source agreement. */
export interface Clause {
	/** Stable id: `intro`, `1.1` … `4.2`, `status`, `3.2(a)`. */
	readonly id: string;
	readonly kind: ClauseKind;
	/** The section's number as written (`2`, `III`), or '' outside numbered sections. */
	readonly section: string;
	/** The section's title (`public and private sector adoption`), or '' when it has none. */
	readonly title: string;
	/** The clause's exact text (bullet or number marker excluded). */
	readonly text: string;
	/** Where `text` sits in the source. */
	readonly span: Span;
	/** The clause's sentences, with offsets into the source. */
	readonly sentences: readonly Sentence[];
}

/** Strength levels of the commitment ladder, weakest first. */
export enum Strength {
	/** Not a commitment at all (prediction, background, description). */
	None = 0,
	/** "may", "could", "may include", "may also include exploring". */
	Possibility = 1,
	/** "explore", "seek to", "identify opportunities", "share a vision". */
	Exploratory = 2,
	/** A non-binding "will" + verb, "intend", "aim to". */
	Intent = 3,
	/** "commits to", "has agreed to", "shall", "must", "ensure", "deliver", stated facts. */
	Firm = 4,
	/** "legally binding", "contract", "obliged". */
	Legal = 5,
}

/** Human-readable names of the ladder's rungs. */
export const STRENGTH_LABELS: Readonly<Record<Strength, string>> = {
	[Strength.None]: 'no commitment',
	[Strength.Possibility]: 'possibility',
	[Strength.Exploratory]: 'exploratory intent',
	[Strength.Intent]: 'political intent',
	[Strength.Firm]: 'firm commitment',
	[Strength.Legal]: 'legal obligation',
};

/** A text replacement that resolves a finding. Empty `replacement` = delete; empty span = insert. */
export interface Fix {
	readonly title: string;
	readonly span: Span;
	readonly replacement: string;
}

/** The clause a finding or citation points at. */
export interface ClauseRef {
	readonly id: string;
	readonly text: string;
}

/** One problem found in a briefing, with zero or more ways to fix it (best first). */
export interface Finding {
	readonly ruleId: RuleId;
	readonly severity: Exclude<Severity, 'off'>;
	/** User-facing sentence; names the wordings in backticks. */
	readonly message: string;
	readonly span: Span;
	/** The matched text. */
	readonly actual: string;
	readonly fixes: readonly Fix[];
	readonly clause?: ClauseRef;
	/** The sentence the finding sits in. */
	readonly sentence: Span;
}

/** A briefing sentence and the source clause that best supports it. */
export interface Citation {
	readonly span: Span;
	readonly clause: ClauseRef;
	/** How to cite it: "MoU §2.3". */
	readonly label: string;
	/** The clause sentence that matched best, with offsets into the source. */
	readonly sourceSentence: Sentence;
	/** Alignment score in [0, 1]. */
	readonly score: number;
}

/** What `check()` returns. Findings and citations are sorted by position. */
export interface CheckResult {
	readonly findings: readonly Finding[];
	readonly citations: readonly Citation[];
}

/** The format a briefing is written in. */
export type TextFormat = 'markdown' | 'plaintext';

/** Options for `check()`. */
export interface CheckOptions {
	readonly format?: TextFormat;
	/** Per-rule severity; unlisted rules use their defaults (`understated-commitment` is `information`). */
	readonly severities?: Partial<Record<RuleId, Severity>>;
}
