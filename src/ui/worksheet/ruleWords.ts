// A rule of the decision table told in words, for paper: "If “Am I allowed?”: “Blocking” and an
// answer marked ⚑ “The person refuses”". The engine's table stays the only place rules live.
import type { DecisionRule, PostureId, Verdict } from '../../domain/content/types';
import { POSTURES } from '../../domain/content/types';

export interface RuleWords {
  quote: (text: string) => string;
  or: string;
  and: string;
  posture: (posture: string, verdicts: string) => string;
  flag: (flag: string) => string;
  notFlag: (flag: string) => string;
  /** The rule's test as a clause: "If …". */
  when: (condition: string) => string;
  otherwise: string;
  postureQuestion: (p: PostureId) => string;
  verdict: (v: Verdict) => string;
  flagName: (id: string) => string;
}

export function ruleInWords(rule: DecisionRule, w: RuleWords): string {
  const { when } = rule;
  const parts: string[] = [];
  for (const p of POSTURES) {
    const verdicts = when[p];
    if (verdicts)
      parts.push(
        w.posture(
          w.quote(w.postureQuestion(p)),
          verdicts.map((v) => w.quote(w.verdict(v))).join(w.or),
        ),
      );
  }
  for (const f of when.flags ?? []) parts.push(w.flag(w.quote(w.flagName(f))));
  for (const f of when.notFlags ?? []) parts.push(w.notFlag(w.quote(w.flagName(f))));
  return parts.length === 0 ? w.otherwise : w.when(parts.join(w.and));
}
