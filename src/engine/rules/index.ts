import { bindingStatus } from './bindingStatus';
import { contradictedDetail } from './contradictedDetail';
import { wrongReference } from './wrongReference';
import { misquote } from './misquote';
import { overstatedCommitment } from './overstatedCommitment';
import type { Rule } from './rule';
import { understatedCommitment } from './understatedCommitment';
import { unsupportedClaim } from './unsupportedClaim';

/** Every rule, in documentation order. A new rule is a new file plus one line here. */
export const RULES: readonly Rule[] = [overstatedCommitment, unsupportedClaim, misquote, bindingStatus, contradictedDetail, wrongReference, understatedCommitment];
