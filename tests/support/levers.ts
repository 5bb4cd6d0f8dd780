// Marks questions as levers in a copy of a content set. The real content's marks are the
// content's own business (content/postures/*.json); tests and benches that need levers before
// (or regardless of) them mark a chosen set here, so what is tested never depends on them.
import type { Content, PostureId } from '../../src/domain/content/types';
import { POSTURES } from '../../src/domain/content/types';

/** Questions of the real content a worker or a service can plausibly change: equipment, time,
 *  a colleague's help, the way of helping, a mandate, internal rules, the worker's practices. */
export const PLAUSIBLE_LEVERS = [
  'know.colleague',
  'know.time',
  'know.equipment',
  'know.recovery',
  'know.space-means',
  'know.diagnostic-tool',
  'want.team-position',
  'want.mode',
  'can.acts-as-person',
  'can.aidants-connect',
  'can.official-mandate',
  'can.keep-password',
  'can.personal-device',
  'can.internal-rules',
  'can.image-storage',
  'can.mail-scope',
  'can.evaluation-record',
];

/** A copy of the content where exactly the questions `isLever` accepts are levers. */
export function withLevers(content: Content, isLever: (questionId: string) => boolean): Content {
  const postures = {} as Record<PostureId, Content['postures'][PostureId]>;
  for (const p of POSTURES)
    postures[p] = {
      ...content.postures[p],
      questions: content.postures[p].questions.map((q) => ({
        ...q,
        nature: isLever(q.id) ? ('lever' as const) : ('fact' as const),
      })),
    };
  return { ...content, postures };
}
