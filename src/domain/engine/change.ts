// "What would change the outcome": the smallest sets of changes to lever answers on the case's
// path (one answer, then two) that lead to a less cautious outcome. Only questions the content
// marks as levers (things the worker or the service can change) are ever suggested; facts (the
// person's choice, the law, the situation) never are. See docs/adr/0017.
import type { Content, Option, PostureId, Question, Signal } from '../content/types.ts';
import { POSTURES } from '../content/types.ts';
import { holds, questionsRead } from './condition.ts';
import { decide, evaluate, signalVerdict, signalWeight, situationFlags } from './evaluate.ts';
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

/** Signals from the heaviest, as evaluate weighs them: a posture's verdict is its first present. */
const WORST_FIRST: readonly Signal[] = (['fine', 'unsure', 'action', 'blocking'] as const)
  .slice()
  .sort((a, b) => signalWeight(b) - signalWeight(a));

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

/** Options counted in (1) or out (-1) of a posture. */
interface Move {
  posture: PostureId;
  options: Option[];
  by: 1 | -1;
}

interface Applied {
  /** The changed questions and those whose condition reads them, transitively. */
  touched: Set<string>;
  /** Questions the new path brings without an answer. */
  missing: number;
  moves: Move[];
  undo(): void;
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
    // A situation's own flags ("service-level") hold whatever the answers (evaluate.ts).
    for (const f of situationFlags(content, input.situation)) this.tally.flags.set(f, 1);
    for (const step of this.steps)
      if (step.answer) {
        this.onPath.set(step.question.id, step.answer);
        count(this.tally, step.posture, optionsOf(step.question, step.answer), 1);
      }
  }

  /** Applies changes (to distinct questions on the path) to the counts, walking only the
   *  questions they touch. `missing` counts questions the new path brings without an answer. */
  apply(edits: readonly AnswerEdit[]): Applied {
    const changed = new Map(edits.map((e) => [e.question, e.to]));
    // The changed questions and every question whose condition reads one of them, transitively.
    const touched = new Set(changed.keys());
    const deps = dependents(this.content);
    for (const id of touched) for (const d of deps.get(id) ?? []) touched.add(d);
    const ordered = [...touched]
      .filter((id) => this.order.has(id))
      .sort((a, b) => this.order.get(a)! - this.order.get(b)!);

    const moves: Move[] = [];
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
      if (before) moves.push({ posture, options: optionsOf(question, before), by: -1 });
      if (after) moves.push({ posture, options: optionsOf(question, after), by: 1 });
    }
    this.move(moves, 1);
    return { touched, missing, moves, undo: () => this.move(moves, -1) };
  }

  /** Makes (1) or takes back (-1) the moves of an applied change. */
  move(moves: readonly Move[], direction: 1 | -1): void {
    for (const m of moves) count(this.tally, m.posture, m.options, (m.by * direction) as 1 | -1);
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
}

// ---- Candidate answers

/** The answers worth trying instead of the current one. A single choice: every other option.
 *  A several-choice question: each option alone (which covers exclusive answers such as
 *  "none") and the current answer less one option. The verdict reads the worst signal and the
 *  flags of the chosen options, so what can lower an outcome is dropping options; trying every
 *  combination would grow as 2^options for no such gain. Never an answer with an "I don't know"
 *  option: not knowing is not something a worker can set out to do. */
function candidateAnswers(question: Question, current: string[]): string[][] {
  const key = (ids: string[]) => [...ids].sort().join(' ');
  const seen = new Set([key(current)]);
  const out: string[][] = [];
  const unsure = new Set(question.options.filter((o) => o.signal === 'unsure').map((o) => o.id));
  const add = (ids: string[]) => {
    if (ids.length === 0 || seen.has(key(ids)) || ids.some((id) => unsure.has(id))) return;
    seen.add(key(ids));
    out.push(ids);
  };
  for (const o of question.options) add([o.id]);
  if (question.kind === 'multiple' && current.length > 1)
    for (const id of current) add(current.filter((x) => x !== id));
  return out;
}

/** Every candidate change to a lever answer on the path, in path order. */
function candidates(state: PathState): AnswerEdit[] {
  return state.steps.flatMap((step) =>
    step.question.nature === 'lever' && step.answer
      ? candidateAnswers(step.question, step.answer).map((to) => ({
          posture: step.posture,
          question: step.question.id,
          from: [...step.answer!],
          to,
        }))
      : [],
  );
}

/** A change's net effect on the counts (and whether it leaves a question unanswered): two
 *  changes with the same effect give the same outcome, alone or next to a third change that
 *  touches none of their questions. */
function effectKey(applied: Applied): string {
  const net = new Map<string, number>();
  const add = (k: string, n: number) => net.set(k, (net.get(k) ?? 0) + n);
  for (const m of applied.moves)
    for (const o of m.options) {
      add(`${m.posture}:${o.signal}`, m.by);
      for (const f of o.flags) add(`flag:${f}`, m.by);
    }
  const parts = [...net].filter(([, n]) => n !== 0).map(([k, n]) => `${k}${n}`);
  return `${applied.missing > 0 ? 'incomplete ' : ''}${parts.sort().join(' ')}`;
}

function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const id of small) if (large.has(id)) return true;
  return false;
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

  // Each change walked once, alone; changes are then grouped by their net effect.
  const cands = candidates(state).map((edit) => {
    const applied = state.apply([edit]);
    const decided = applied.missing === 0 ? state.decideNow() : null;
    applied.undo();
    return { edit, applied, decided, effect: effectKey(applied) };
  });
  const effects = new Map<string, number>();
  const effectOf = cands.map((c) => {
    if (!effects.has(c.effect)) effects.set(c.effect, effects.size);
    return effects.get(c.effect)!;
  });

  const found: { s: ChangeSuggestion; i: number; j: number }[] = [];
  cands.forEach((c, i) => {
    if (better(c.decided)) found.push({ s: suggestion([c.edit], c.decided), i, j: -1 });
  });
  // The least caution each change reaches alone: a pair containing it must do better.
  const alone = cands.map((c) => (better(c.decided) ? c.decided.caution : Infinity));

  const pairs = (i: number, j: number, d: Decided) => {
    if (better(d) && alone[i]! > d.caution && alone[j]! > d.caution)
      found.push({ s: suggestion([cands[i]!.edit, cands[j]!.edit], d), i, j });
  };
  // Two changes whose walks touch a common question (one moves the other's question, or both
  // move the same one) are walked together.
  const touchedBy = new Map<string, number[]>();
  cands.forEach((c, i) => {
    for (const id of c.applied.touched) touchedBy.set(id, [...(touchedBy.get(id) ?? []), i]);
  });
  const crossing = (i: number, j: number) =>
    overlap(cands[i]!.applied.touched, cands[j]!.applied.touched);
  for (let i = 0; i < cands.length; i++) {
    const partners = new Set<number>();
    for (const id of cands[i]!.applied.touched)
      for (const j of touchedBy.get(id) ?? []) if (j > i) partners.add(j);
    for (const j of [...partners].sort((x, y) => x - y))
      if (cands[j]!.edit.question !== cands[i]!.edit.question)
        pairs(i, j, state.decideWith([cands[i]!.edit, cands[j]!.edit]));
  }
  // Two changes that touch no common question add up: their outcome, and whether it beats each
  // of them alone, depend only on their two effects. Decide once per pair of effects, and list
  // the pairs of changes only for the pairs of effects that make a suggestion.
  const members = [...effects.keys()].map(() => [] as number[]);
  effectOf.forEach((e, i) => members[e]!.push(i));
  const complete = (e: number) => cands[members[e]![0]!]!.applied.missing === 0;
  const aloneOf = (e: number) => alone[members[e]![0]!]!;
  for (let x = 0; x < members.length; x++) {
    if (!complete(x)) continue;
    for (let y = x; y < members.length; y++) {
      if (!complete(y)) continue;
      const [a, b] = [cands[members[x]![0]!]!, cands[members[y]![0]!]!];
      state.move(a.applied.moves, 1);
      state.move(b.applied.moves, 1);
      const d = state.decideNow();
      state.move(b.applied.moves, -1);
      state.move(a.applied.moves, -1);
      if (!better(d) || aloneOf(x) <= d.caution || aloneOf(y) <= d.caution) continue;
      for (const i of members[x]!)
        for (const j of members[y]!) {
          if ((x === y && j <= i) || cands[i]!.edit.question === cands[j]!.edit.question) continue;
          if (crossing(i, j)) continue; // walked together above
          const [first, second] = i < j ? [i, j] : [j, i];
          found.push({
            s: suggestion([cands[first]!.edit, cands[second]!.edit], d),
            i: first,
            j: second,
          });
        }
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
