// "What would change the outcome": the smallest sets of changes to lever answers on the case's
// path (one answer, then two) that lead to a less cautious outcome. Only questions the content
// marks as levers (things the worker or the service can change) are ever suggested; facts (the
// person's choice, the law, the situation) never are. See docs/adr/0017.
import type { Content, Option, PostureId, Question, Signal } from '../content/types.ts';
import { POSTURES } from '../content/types.ts';
import { holds, questionsRead } from './condition.ts';
import { decide, evaluate, signalVerdict } from './evaluate.ts';
import { postureQuestions, validAnswer, walkPath, type PathStep } from './path.ts';
import type { Answers, CaseInput, Evaluation } from './types.ts';

/** One answer changed: what the worker said, and what would be said instead. */
export interface AnswerEdit {
  posture: PostureId;
  question: string;
  from: string[];
  to: string[];
}

/** A set of answer changes and the outcome the case would then have. */
export interface ChangeSuggestion {
  edits: AnswerEdit[];
  outcome: string;
  /** The decision rule that would choose that outcome. */
  rule: string;
  caution: number;
}

/** The case with the edits applied; every other answer, on the path or not, is kept. */
export function applyEdits(input: CaseInput, edits: readonly AnswerEdit[]): CaseInput {
  const answers: Answers = { ...input.answers };
  for (const e of edits) answers[e.question] = [...e.to];
  return { ...input, answers };
}

// ---- What the decision reads, kept as counts: a change is re-decided by updating the counts
// for the questions it touches and for those whose condition (transitively) reads them, instead
// of walking the whole path again. The brute-force test re-evaluates every change with evaluate.

interface Tally {
  /** Per posture, how many chosen options carry each signal. */
  signals: Record<PostureId, Record<Signal, number>>;
  /** How many chosen options raise each flag. */
  flags: Map<string, number>;
}

type Decided = { outcome: string; rule: string; caution: number } | null;

const WORST_FIRST: readonly Signal[] = ['blocking', 'action', 'unsure', 'fine'];

function count(t: Tally, posture: PostureId, options: readonly Option[], by: 1 | -1): void {
  for (const o of options) {
    t.signals[posture][o.signal] += by;
    for (const f of o.flags) t.flags.set(f, (t.flags.get(f) ?? 0) + by);
  }
}

/** The outcome the engine gives for these counts: the same verdicts and decision as evaluate. */
function decideTally(content: Content, t: Tally): Decided {
  const verdicts = {} as Record<PostureId, ReturnType<typeof signalVerdict>>;
  for (const p of POSTURES)
    verdicts[p] = signalVerdict(WORST_FIRST.find((s) => t.signals[p][s] > 0) ?? 'fine');
  const flags = new Set<string>();
  for (const [f, n] of t.flags) if (n > 0) flags.add(f);
  const rule = decide(content, verdicts, flags);
  const found = rule && content.outcomes.outcomes.find((o) => o.id === rule.outcome);
  return rule && found ? { outcome: found.id, rule: rule.id, caution: found.caution } : null;
}

function optionsOf(question: Question, ids: readonly string[]): Option[] {
  return ids.map((id) => question.options.find((o) => o.id === id)!);
}

const dependentsCache = new WeakMap<Content, Map<string, string[]>>();

/** For each question, the questions whose condition reads its answer. */
function dependents(content: Content): Map<string, string[]> {
  let map = dependentsCache.get(content);
  if (!map) {
    map = new Map();
    for (const p of POSTURES)
      for (const q of content.postures[p].questions)
        for (const read of q.condition ? new Set(questionsRead(q.condition)) : [])
          map.set(read, [...(map.get(read) ?? []), q.id]);
    dependentsCache.set(content, map);
  }
  return map;
}

/** The case's path, as walkPath gives it, and what is needed to re-decide it after changes. */
class PathState {
  readonly steps: PathStep[];
  private readonly order = new Map<string, number>();
  private readonly walkList: { posture: PostureId; question: Question }[];
  private readonly onPath = new Map<string, string[]>();
  private readonly tally: Tally;
  private readonly decisions = new Map<string, Decided>();

  constructor(
    private readonly content: Content,
    private readonly input: CaseInput,
  ) {
    this.steps = walkPath(content, input);
    this.walkList = POSTURES.flatMap((posture) =>
      postureQuestions(content, posture, input.situation).map((question) => ({
        posture,
        question,
      })),
    );
    this.walkList.forEach((w, i) => this.order.set(w.question.id, i));
    const signals = {} as Tally['signals'];
    for (const p of POSTURES) signals[p] = { fine: 0, unsure: 0, action: 0, blocking: 0 };
    this.tally = { signals, flags: new Map() };
    for (const step of this.steps)
      if (step.answer) {
        this.onPath.set(step.question.id, step.answer);
        count(this.tally, step.posture, optionsOf(step.question, step.answer), 1);
      }
  }

  /** Whether a change to this question's answer can change the path. */
  movesPath(questionId: string): boolean {
    return (dependents(this.content).get(questionId) ?? []).some((id) => this.order.has(id));
  }

  /** The outcome with these changes (to distinct questions on the path) applied, or null when
   *  the path they lead to has a question without an answer. */
  /** Applies changes (to distinct questions on the path) to the counts, walking only the
   *  questions they touch. `missing` counts questions the new path brings without an answer. */
  apply(edits: readonly AnswerEdit[]): { touched: Set<string>; missing: number; undo(): void } {
    const changed = new Map(edits.map((e) => [e.question, e.to]));
    // The changed questions and every question whose condition reads one of them, transitively.
    const touched = new Set(changed.keys());
    const deps = dependents(this.content);
    for (const id of touched) for (const d of deps.get(id) ?? []) touched.add(d);
    const ordered = [...touched]
      .filter((id) => this.order.has(id))
      .sort((a, b) => this.order.get(a)! - this.order.get(b)!);

    const undo: (() => void)[] = [];
    const now = new Map<string, string[] | undefined>();
    const answerNow = (id: string) => (now.has(id) ? now.get(id) : this.onPath.get(id));
    let missing = 0;
    for (const id of ordered) {
      const position = this.order.get(id)!;
      const { posture, question } = this.walkList[position]!;
      let isOn = true;
      if (question.condition) {
        // As walkPath does: only the answers to questions earlier on the path count.
        const answers: Answers = {};
        for (const read of questionsRead(question.condition)) {
          const given = (this.order.get(read) ?? Infinity) < position ? answerNow(read) : undefined;
          if (given) answers[read] = given;
        }
        isOn = holds(question.condition, {
          answers,
          situation: this.input.situation,
          jurisdiction: this.input.jurisdiction,
        });
      }
      const before = this.onPath.get(id);
      const wanted = changed.get(id) ?? this.input.answers[id];
      const after = isOn && validAnswer(question, wanted) ? wanted : undefined;
      if (isOn && !after) missing++;
      now.set(id, after);
      if (before) {
        const options = optionsOf(question, before);
        count(this.tally, posture, options, -1);
        undo.push(() => count(this.tally, posture, options, 1));
      }
      if (after) {
        const options = optionsOf(question, after);
        count(this.tally, posture, options, 1);
        undo.push(() => count(this.tally, posture, options, -1));
      }
    }
    return { touched, missing, undo: () => undo.reverse().forEach((u) => u()) };
  }

  /** The outcome of the counts as they are now (memoised on the verdicts and flags). */
  decideNow(): Decided {
    const t = this.tally;
    let key = '';
    for (const p of POSTURES) key += WORST_FIRST.find((s) => t.signals[p][s] > 0) ?? 'fine';
    for (const [f, n] of t.flags) if (n > 0) key += ` ${f}`;
    // Flags are kept in the order first met, which differs between changes: sort them.
    key = key.split(' ')[0] + ' ' + key.split(' ').slice(1).sort().join(' ');
    if (!this.decisions.has(key)) this.decisions.set(key, decideTally(this.content, t));
    return this.decisions.get(key)!;
  }

  /** The outcome with these changes applied, or null when the path they lead to has a
   *  question without an answer. The counts are left as they were. */
  decideWith(edits: readonly AnswerEdit[]): Decided {
    const applied = this.apply(edits);
    const decided = applied.missing === 0 ? this.decideNow() : null;
    applied.undo();
    return decided;
  }

  /** Adds or removes a change that moves no question (its posture's counts only). */
  shift(c: Candidate, by: 1 | -1): void {
    count(this.tally, c.edit.posture, c.from, -by as 1 | -1);
    count(this.tally, c.edit.posture, c.to, by);
  }
}

// ---- Candidate answers

/** The answers worth trying instead of the current one. A single choice: every other option.
 *  A several-choice question: each option alone (which covers exclusive answers such as
 *  "none") and the current answer less one option. The verdict reads the worst signal and the
 *  flags of the chosen options, so what can lower an outcome is dropping options; trying every
 *  combination would grow as 2^options for no such gain. */
function candidateAnswers(question: Question, current: string[]): string[][] {
  const key = (ids: string[]) => [...ids].sort().join(' ');
  const seen = new Set([key(current)]);
  const out: string[][] = [];
  const add = (ids: string[]) => {
    if (ids.length === 0 || seen.has(key(ids))) return;
    seen.add(key(ids));
    out.push(ids);
  };
  for (const o of question.options) add([o.id]);
  if (question.kind === 'multiple' && current.length > 1)
    for (const id of current) add(current.filter((x) => x !== id));
  return out;
}

function signature(options: readonly Option[]): string {
  return options
    .map((o) => `${o.signal}:${[...o.flags].sort().join(',')}`)
    .sort()
    .join('|');
}

interface Candidate {
  edit: AnswerEdit;
  from: Option[];
  to: Option[];
  /** The change moves no question on or off the path: only its posture's counts change. */
  local: boolean;
  /** Local changes with the same class have the same effect on the counts. */
  effect: string;
}

/** Every candidate change to a lever answer on the path, in path order. */
function candidates(state: PathState): Candidate[] {
  const out: Candidate[] = [];
  for (const step of state.steps) {
    if (step.question.nature !== 'lever' || !step.answer) continue;
    const from = optionsOf(step.question, step.answer);
    const local = !state.movesPath(step.question.id);
    for (const to of candidateAnswers(step.question, step.answer)) {
      const toOptions = optionsOf(step.question, to);
      const effect = `${step.posture} ${signature(from)} > ${signature(toOptions)}`;
      // An answer that moves no question, with the same signals and flags, changes nothing.
      if (local && signature(from) === signature(toOptions)) continue;
      const edit = {
        posture: step.posture,
        question: step.question.id,
        from: [...step.answer],
        to,
      };
      out.push({ edit, from, to: toOptions, local, effect });
    }
  }
  return out;
}

/**
 * The changes to lever answers on the case's path that would give a less cautious outcome:
 * every single change that does, then every pair of changes to two questions that does while
 * neither of its changes alone reaches the same or a better outcome. Best outcome first, then
 * fewest changes, then the order of the questions. Empty until the case has an outcome, and when
 * nothing less cautious exists. A change that brings a question nobody has answered yet onto the
 * path is never suggested: its outcome would depend on an answer not given.
 */
export function whatWouldChange(
  content: Content,
  input: CaseInput,
  evaluation: Evaluation = evaluate(content, input),
): ChangeSuggestion[] {
  const current = evaluation.outcome;
  if (!current) return [];
  const state = new PathState(content, input);
  const better = (d: Decided): d is NonNullable<Decided> =>
    d !== null && d.caution < current.caution;
  const suggestion = (edits: AnswerEdit[], d: NonNullable<Decided>): ChangeSuggestion => ({
    edits,
    outcome: d.outcome,
    rule: d.rule,
    caution: d.caution,
  });

  const cands = candidates(state);
  const found: { s: ChangeSuggestion; i: number; j: number }[] = [];
  // The least caution each change reaches alone: a pair containing it must do better.
  const alone = cands.map((c) => {
    const d = state.decideWith([c.edit]);
    return better(d) ? d : null;
  });
  alone.forEach((d, i) => d && found.push({ s: suggestion([cands[i]!.edit], d), i, j: -1 }));
  const cautionAlone = (i: number) => alone[i]?.caution ?? Infinity;

  const pair = (i: number, j: number, d: Decided) => {
    const [x, y] = i < j ? [i, j] : [j, i];
    if (better(d) && cautionAlone(x) > d.caution && cautionAlone(y) > d.caution)
      found.push({ s: suggestion([cands[x]!.edit, cands[y]!.edit], d), i: x, j: y });
  };
  for (let i = 0; i < cands.length; i++) {
    const a = cands[i]!;
    const withA = state.apply([a.edit]);
    // Next to a, a local change gives the same outcome as any other with the same effect:
    // decide each effect once. A pair of local changes is seen from its first one; a local
    // change next to one that moves the path, from the latter, whose walk is already applied.
    const byEffect = new Map<string, Decided>();
    for (let j = 0; j < cands.length; j++) {
      const b = cands[j]!;
      if (!b.local || (a.local && j <= i) || b.edit.question === a.edit.question) continue;
      if (withA.touched.has(b.edit.question)) continue; // seen below, from scratch
      if (withA.missing > 0) continue; // b moves nothing: the path stays incomplete
      if (!byEffect.has(b.effect)) {
        state.shift(b, 1);
        byEffect.set(b.effect, state.decideNow());
        state.shift(b, -1);
      }
      pair(i, j, byEffect.get(b.effect)!);
    }
    withA.undo();
    // Two changes that move the path, or a local change whose question the other one moves.
    if (!a.local)
      for (let j = 0; j < cands.length; j++) {
        const b = cands[j]!;
        if (b.edit.question === a.edit.question || (!b.local && j <= i)) continue;
        if (b.local && !withA.touched.has(b.edit.question)) continue;
        pair(i, j, state.decideWith([a.edit, b.edit]));
      }
  }
  // Best outcome first, then fewest changes, then the order of the questions on the path.
  return found
    .sort(
      (x, y) =>
        x.s.caution - y.s.caution || x.s.edits.length - y.s.edits.length || x.i - y.i || x.j - y.j,
    )
    .map((f) => f.s);
}
