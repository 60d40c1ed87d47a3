import * as fs from 'node:fs';
import * as path from 'node:path';

import { check, type CheckResult, loadSource, type RuleId, type SourceModel } from '../../src/engine';

/** The embedded MoU, loaded once for all unit tests. */
export const MOU: SourceModel = loadSource(
	fs.readFileSync(path.join(__dirname, '../../seeds/uk-openai-mou-2025-07-21.txt'), 'utf8'),
	'UK–OpenAI MoU',
);

/** Checks markdown against the MoU. */
export function checkMd(text: string): CheckResult {
	return check(text, MOU, { format: 'markdown', severities: { 'understated-commitment': 'information' } });
}

/** The rule ids found in a text, in order. */
export function rulesIn(text: string, only?: RuleId): RuleId[] {
	return checkMd(text).findings.map((f) => f.ruleId).filter((r) => only === undefined || r === only);
}
