// Where each rule is explained: the README's rule headings. Shared by the editor (a diagnostic's code links
// here) and the CLI (SARIF `helpUri`), so both point at the same anchors.
import type { RuleId } from './types';

/** The project's home page; the README's rule headings are anchors on it. */
export const RULE_DOCS_URL = 'https://github.com/clause-lens/clause-lens';

/** The README anchor of each rule's heading. */
export const RULE_DOC_ANCHORS: Readonly<Record<RuleId, string>> = {
	'overstated-commitment': 'overstated-commitment',
	'unsupported-claim': 'unsupported-claim',
	misquote: 'misquote',
	'binding-status': 'binding-status',
	'contradicted-detail': 'contradicted-detail',
	'wrong-reference': 'wrong-reference',
	'understated-commitment': 'understated-commitment-information',
};

/** The documentation URL of a rule. */
export function ruleDocUrl(ruleId: RuleId): string {
	return `${RULE_DOCS_URL}#${RULE_DOC_ANCHORS[ruleId]}`;
}
