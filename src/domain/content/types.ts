// Types of the content model, inferred from the zod schemas so they can never drift from them.
import type { z } from 'zod';
import type * as S from './schema.ts';

export type PostureId = z.infer<typeof S.PostureId>;
export type Signal = z.infer<typeof S.Signal>;
export type Verdict = z.infer<typeof S.Verdict>;
export type JurisdictionScope = z.infer<typeof S.JurisdictionScope>;
export type Option = z.infer<typeof S.Option>;
export type Question = z.infer<typeof S.Question>;
export type PostureFile = z.infer<typeof S.PostureFile>;
export type Situation = z.infer<typeof S.Situation>;
export type SituationsFile = z.infer<typeof S.SituationsFile>;
export type Reason = z.infer<typeof S.Reason>;
export type LegalSource = z.infer<typeof S.LegalSource>;
export type ReasonsFile = z.infer<typeof S.ReasonsFile>;
export type Outcome = z.infer<typeof S.Outcome>;
export type DecisionRule = z.infer<typeof S.DecisionRule>;
export type OutcomesFile = z.infer<typeof S.OutcomesFile>;
export type Resource = z.infer<typeof S.Resource>;
export type Advice = z.infer<typeof S.Advice>;
export type CarnetFile = z.infer<typeof S.CarnetFile>;
export type GlossaryTerm = z.infer<typeof S.GlossaryTerm>;
export type GlossaryFile = z.infer<typeof S.GlossaryFile>;
export type JurisdictionsFile = z.infer<typeof S.JurisdictionsFile>;
export type JurisdictionId = JurisdictionsFile['jurisdictions'][number]['id'];
export type ManifestFile = z.infer<typeof S.ManifestFile>;
export type WorkshopCase = z.infer<typeof S.WorkshopCase>;
export type WorkshopFile = z.infer<typeof S.WorkshopFile>;
export type { Condition } from './schema.ts';

/** A whole content folder, parsed. */
export interface Content {
  manifest: ManifestFile;
  situations: SituationsFile;
  postures: Record<PostureId, PostureFile>;
  reasons: ReasonsFile;
  outcomes: OutcomesFile;
  carnet: CarnetFile;
  jurisdictions: JurisdictionsFile;
  workshop: WorkshopFile;
}

/** The postures in the order the diagnostic asks them. */
export const POSTURES: readonly PostureId[] = ['know', 'want', 'can'];
export const VERDICTS: readonly Verdict[] = ['clear', 'conditions', 'blocked'];
