// The text keys every piece of content needs, derived from ids. Screens, the printed sheet and
// content:check all use these functions, so a key is spelled in exactly one place.
import type { Content, PostureId, Verdict } from './types.ts';
import { POSTURES, VERDICTS } from './types.ts';

export type Namespace = 'content' | 'carnet' | 'workshop';

export const key = {
  postureTitle: (p: PostureId) => `posture.${p}.title`,
  postureQuestion: (p: PostureId) => `posture.${p}.question`,
  postureIntro: (p: PostureId) => `posture.${p}.intro`,
  verdict: (v: Verdict) => `verdict.${v}`,
  situationTitle: (id: string) => `situation.${id}.title`,
  situationSummary: (id: string) => `situation.${id}.summary`,
  tag: (id: string) => `tag.${id}`,
  /**
   * The keys of a question's label as a screen shows it (ADR 0025): in the situation's own words
   * when the locale has them (`label_<situation>`), else the general label. An i18next key array:
   * the first key that exists wins. `null` where the screen has no situation (the blank worksheet).
   */
  questionLabel: (id: string, situation: string | null): string[] =>
    situation
      ? [`question.${id}.label_${situation}`, `question.${id}.label`]
      : [`question.${id}.label`],
  /** The general label, for every situation that has no words of its own. */
  questionLabelGeneral: (id: string) => `question.${id}.label`,
  /** The label in one situation's own words ("Savez-vous créer vous-même une adresse e-mail…"). */
  questionLabelOf: (id: string, situation: string) => `question.${id}.label_${situation}`,
  /**
   * A few words naming the question ("Le temps"), the key of the check page's summary list where
   * the whole question would take three lines on a phone (GOV.UK's check answers, ADR 0024).
   */
  questionShort: (id: string) => `question.${id}.short`,
  questionHelp: (id: string) => `question.${id}.help`,
  option: (questionId: string, optionId: string) => `question.${questionId}.options.${optionId}`,
  source: (id: string) => `source.${id}`,
  reasonText: (id: string) => `reason.${id}.text`,
  reasonRef: (id: string) => `reason.${id}.ref`,
  /** The label of one official source of a legal reason ("Code pénal, art. 226-13"). */
  reasonSource: (reasonId: string, sourceId: string) => `reason.${reasonId}.sources.${sourceId}`,
  /** A posture blocked only by the person's own choice reads as that choice, not an obstacle. */
  verdictChoice: () => 'verdict.person-choice',
  flag: (id: string) => `flag.${id}`,
  outcomeTitle: (id: string) => `outcome.${id}.title`,
  outcomeSummary: (id: string) => `outcome.${id}.summary`,
  advice: (id: string) => `advice.${id}`,
  jurisdictionName: (id: string) => `jurisdiction.${id}.name`,
  jurisdictionAbout: (id: string) => `jurisdiction.${id}.about`,
  // carnet namespace
  resourceKind: (id: string) => `kind.${id}`,
  area: (id: string) => `area.${id}`,
  resourceTitle: (id: string) => `resource.${id}.title`,
  resourcePublisher: (id: string) => `resource.${id}.publisher`,
  resourceDescription: (id: string) => `resource.${id}.description`,
  practiceTitle: (id: string) => `practice.${id}.title`,
  practiceText: (id: string) => `practice.${id}.text`,
  // workshop namespace
  caseTitle: (id: string) => `case.${id}.title`,
  caseNarrative: (id: string) => `case.${id}.narrative`,
  casePrompt: (caseId: string, questionId: string, promptId: string) =>
    `case.${caseId}.prompts.${questionId}.${promptId}`,
} as const;

export interface ExpectedKey {
  namespace: Namespace;
  key: string;
  /** Where the key comes from, for error messages: "postures/know.json: questions[2]". */
  origin: string;
}

/** Every key the content needs, in every locale. */
export function expectedKeys(content: Content): ExpectedKey[] {
  const out: ExpectedKey[] = [];
  const add = (namespace: Namespace, origin: string, ...keys: string[]) => {
    for (const k of keys) out.push({ namespace, key: k, origin });
  };
  for (const p of POSTURES) {
    add(
      'content',
      `postures/${p}.json`,
      key.postureTitle(p),
      key.postureQuestion(p),
      key.postureIntro(p),
    );
    content.postures[p].questions.forEach((q, i) => {
      const origin = `postures/${p}.json: questions[${i}]`;
      add(
        'content',
        origin,
        key.questionLabelGeneral(q.id),
        key.questionShort(q.id),
        key.questionHelp(q.id),
      );
      q.options.forEach((o) => add('content', origin, key.option(q.id, o.id)));
    });
  }
  for (const v of VERDICTS) add('content', 'engine verdicts', key.verdict(v));
  add('content', 'engine verdicts', key.verdictChoice());
  content.situations.tags.forEach((t, i) =>
    add('content', `situations.json: tags[${i}]`, key.tag(t)),
  );
  content.situations.situations.forEach((s, i) =>
    add(
      'content',
      `situations.json: situations[${i}]`,
      key.situationTitle(s.id),
      key.situationSummary(s.id),
    ),
  );
  content.reasons.sourceKinds.forEach((s, i) =>
    add('content', `reasons.json: sourceKinds[${i}]`, key.source(s.id)),
  );
  content.reasons.reasons.forEach((r, i) =>
    add(
      'content',
      `reasons.json: reasons[${i}]`,
      key.reasonText(r.id),
      key.reasonRef(r.id),
      ...r.sources.map((s) => key.reasonSource(r.id, s.id)),
    ),
  );
  content.outcomes.flags.forEach((f, i) =>
    add('content', `outcomes.json: flags[${i}]`, key.flag(f)),
  );
  content.outcomes.outcomes.forEach((o, i) =>
    add(
      'content',
      `outcomes.json: outcomes[${i}]`,
      key.outcomeTitle(o.id),
      key.outcomeSummary(o.id),
    ),
  );
  content.carnet.advice.forEach((a, i) =>
    add('content', `carnet.json: advice[${i}]`, key.advice(a.id)),
  );
  content.jurisdictions.jurisdictions.forEach((j, i) =>
    add(
      'content',
      `jurisdictions.json: jurisdictions[${i}]`,
      key.jurisdictionName(j.id),
      key.jurisdictionAbout(j.id),
    ),
  );
  content.carnet.resourceKinds.forEach((k, i) =>
    add('carnet', `carnet.json: resourceKinds[${i}]`, key.resourceKind(k)),
  );
  content.carnet.areas.forEach((a, i) => add('carnet', `carnet.json: areas[${i}]`, key.area(a)));
  content.carnet.resources.forEach((r, i) =>
    add(
      'carnet',
      `carnet.json: resources[${i}]`,
      key.resourceTitle(r.id),
      key.resourcePublisher(r.id),
      key.resourceDescription(r.id),
    ),
  );
  content.carnet.practices.forEach((p, i) =>
    add('carnet', `carnet.json: practices[${i}]`, key.practiceTitle(p.id), key.practiceText(p.id)),
  );
  content.workshop.cases.forEach((c, i) => {
    const origin = `workshop.json: cases[${i}]`;
    add('workshop', origin, key.caseTitle(c.id), key.caseNarrative(c.id));
    for (const [questionId, prompts] of Object.entries(c.prompts))
      for (const promptId of prompts)
        add('workshop', origin, key.casePrompt(c.id, questionId, promptId));
  });
  return out;
}
