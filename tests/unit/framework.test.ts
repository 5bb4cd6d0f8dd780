// The service's framework (ADR 0019): its file, the mapping in content/framework.json, what it
// settles in a case, the copy kept on this device and `npm run framework:check`.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFrameworkMapValue } from '../../src/domain/content/checks/framework-map';
import { readFrameworkMap } from '../../src/domain/content/frameworkMap';
import {
  changedAnswers,
  emptyFramework,
  frameworkAnswers,
  frameworkFileName,
  loadDeviceFramework,
  parseFramework,
  prefill,
  saveDeviceFramework,
  forgetDeviceFramework,
  serializeFramework,
  FRAMEWORK_STORAGE_KEY,
  MAX_FRAMEWORK_FILE_CHARS,
  type Framework,
} from '../../src/domain/framework';
import mapJson from '../../content/framework.json';
import { realContent } from '../support/content';

const content = realContent();
const map = readFrameworkMap(mapJson)!;
const validText = readFileSync('tests/fixtures/framework/valid.json', 'utf8');
const valid = (parseFramework(content, validText) as { ok: true; framework: Framework }).framework;
const withField = (patch: Record<string, unknown>) => JSON.stringify({ ...valid, ...patch });

function memoryStore(fail = false) {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k: string) => {
      if (fail) throw new Error('denied');
      return data.get(k) ?? null;
    },
    setItem: (k: string, v: string) => {
      if (fail) throw new Error('quota');
      data.set(k, v);
    },
    removeItem: (k: string) => {
      if (fail) throw new Error('denied');
      data.delete(k);
    },
  };
}

describe('framework file', () => {
  it('reads a valid file, and reads back what it writes', () => {
    expect(valid.service).toContain('CPAS');
    const again = parseFramework(content, serializeFramework(valid));
    expect(again).toEqual({ ok: true, framework: valid });
    expect(frameworkFileName(valid)).toBe('discerne-framework-2026-09-01.json');
  });

  it('trims what it writes, so a saved framework reads back as the reader accepts it', () => {
    const written = serializeFramework({ ...valid, service: '  Service  ', dpo: ' dpo@x.be ' });
    const read = parseFramework(content, written);
    expect(read.ok && read.framework.service).toBe('Service');
    expect(read.ok && read.framework.dpo).toBe('dpo@x.be');
  });

  it.each([
    ['not JSON', '{"format":', 'malformed', '(root)'],
    ['another JSON', '{"a":1}', 'foreign', '(root)'],
    ['a list', '[]', 'foreign', '(root)'],
    ['another version', withField({ formatVersion: 2 }), 'outdated', 'formatVersion'],
    ['an empty service name', withField({ service: ' '.repeat(0) }), 'invalid', 'service'],
    ['a date in words', withField({ adoptedOn: '1 sept. 2026' }), 'invalid', 'adoptedOn'],
    ['a person as DPO', withField({ dpo: 'Marie Dupont' }), 'invalid', 'dpo'],
    [
      'an http partner link',
      withField({ partners: [{ name: 'EPN', url: 'http://epn.be' }] }),
      'invalid',
      'partners[0].url',
    ],
    [
      'a script link',
      withField({ partners: [{ name: 'EPN', url: 'javascript:alert(1)' }] }),
      'invalid',
      'partners[0].url',
    ],
    ['an unknown key', withField({ person: 'x' }), 'invalid', '(root)'],
    ['an unknown country', withField({ country: 'DE' }), 'unknown-ids', 'country'],
    [
      'an unknown situation',
      withField({ rules: [{ situation: 'nope', position: 'allowed', reference: '' }] }),
      'unknown-ids',
      'rules[0].situation',
    ],
    [
      'a situation twice',
      withField({ rules: [valid.rules[0], valid.rules[0]] }),
      'unknown-ids',
      'rules[1].situation',
    ],
  ])('refuses %s, and says where', (_, text, error, path) => {
    const result = parseFramework(content, text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toBe(error);
    expect(result.problems.map((p) => p.path || '(root)')).toContain(path);
    for (const p of result.problems) expect(p.message).not.toBe('Invalid input');
  });

  it('refuses a file above the size cap before parsing it', () => {
    const big = withField({ service: 'x' }) + ' '.repeat(MAX_FRAMEWORK_FILE_CHARS);
    expect(parseFramework(content, big)).toMatchObject({ ok: false, error: 'too-large' });
  });
});

describe('the mapping of content/framework.json', () => {
  it('is valid against the content', () => {
    expect(checkFrameworkMapValue(content, mapJson)).toEqual([]);
  });

  it('reports unknown fields, values, questions, options and jurisdictions, and duplicates', () => {
    const problems = checkFrameworkMapValue(content, {
      settles: [
        { field: 'rule', value: 'maybe', question: 'can.internal-rules', option: 'yes' },
        { field: 'rule', value: 'conditions', question: 'can.nope', option: 'yes' },
        { field: 'rule', value: 'not-allowed', question: 'can.internal-rules', option: 'perhaps' },
        {
          field: 'equipment.devices',
          value: 'not-set',
          question: 'know.equipment',
          option: 'none',
        },
        {
          field: 'equipment.devices',
          value: 'yes',
          question: 'know.equipment',
          option: 'professional',
          jurisdiction: ['XX'],
        },
        {
          field: 'equipment.devices',
          value: 'yes',
          question: 'know.equipment',
          option: 'professional',
        },
        {
          field: 'equipment.devices',
          value: 'yes',
          question: 'know.equipment',
          option: 'professional',
        },
      ],
    }).map((p) => `${p.file}: ${p.path}`);
    expect(problems).toEqual([
      'framework.json: settles[0].value',
      'framework.json: settles[1].question',
      'framework.json: settles[2].option',
      'framework.json: settles[3].value',
      'framework.json: settles[4].jurisdiction[0]',
      'framework.json: settles[6]',
    ]);
    expect(checkFrameworkMapValue(content, { settles: [{ field: 'colour' }] })).not.toEqual([]);
  });
});

describe('what a framework settles in a case', () => {
  const input = { jurisdiction: 'BE' as const, situation: 'passwords', answers: {} };

  it('answers the internal-rules question from the rule on the situation, with its reference', () => {
    const result = prefill(valid, content, map, input);
    const rule = result.settled.find((s) => s.question === 'can.internal-rules');
    expect(rule).toMatchObject({
      answer: ['no'],
      field: 'rule',
      value: 'not-allowed',
      reference: 'Règlement de travail, art. 12',
    });
    expect(result.answers['can.internal-rules']).toEqual(['no']);
    expect(result.answers['know.equipment']).toEqual(['professional']);
    expect(result.answers['can.personal-device']).toEqual(['no']);
    expect(result.service).toBe(valid.service);
    expect(result.adoptedOn).toBe('2026-09-01');
  });

  it('leaves a rule "under conditions" and an unlisted situation to the worker', () => {
    for (const situation of ['procedure-on-behalf', 'whatsapp'])
      expect(
        prefill(valid, content, map, { ...input, situation }).settled.map((s) => s.question),
      ).not.toContain('can.internal-rules');
  });

  it('never replaces an answer the worker gave, and lists the ones the worker changed', () => {
    const answers = { 'can.internal-rules': ['yes'] };
    const result = prefill(valid, content, map, { ...input, answers });
    expect(result.answers['can.internal-rules']).toEqual(['yes']);
    expect(result.settled.map((s) => s.question)).not.toContain('can.internal-rules');
    const said = frameworkAnswers(valid, content, map, { ...input, answers });
    expect(changedAnswers(said, answers)).toEqual([
      { question: 'can.internal-rules', framework: ['no'], worker: ['yes'] },
    ]);
    expect(changedAnswers(said, result.answers)).toEqual([
      { question: 'can.internal-rules', framework: ['no'], worker: ['yes'] },
    ]);
  });

  it('applies jurisdiction-scoped settles only there, and nothing in another country', () => {
    const fr = {
      ...valid,
      country: 'FR',
      approvals: { ...valid.approvals, aidantsConnect: 'not-habilitated' as const },
    };
    const frCase = { ...input, jurisdiction: 'FR' as const };
    expect(prefill(fr, content, map, frCase).answers['can.aidants-connect']).toEqual(['no']);
    expect(prefill(fr, content, map, input).settled).toEqual([]);
    expect(prefill(valid, content, map, frCase).settled).toEqual([]);
  });

  it('settles nothing from an empty framework', () => {
    expect(prefill(emptyFramework('BE', '2026-11-30'), content, map, input).settled).toEqual([]);
  });
});

describe('the framework kept on this device', () => {
  it('saves, finds and forgets it under its own key', () => {
    const store = memoryStore();
    expect(loadDeviceFramework(store, content)).toEqual({ status: 'none' });
    expect(saveDeviceFramework(store, valid)).toBe(true);
    expect([...store.data.keys()]).toEqual([FRAMEWORK_STORAGE_KEY]);
    expect(loadDeviceFramework(store, content)).toEqual({ status: 'found', framework: valid });
    expect(forgetDeviceFramework(store)).toBe(true);
    expect(loadDeviceFramework(store, content)).toEqual({ status: 'none' });
  });

  it('says a stored copy is refused without erasing it, and never throws', () => {
    const store = memoryStore();
    store.setItem(FRAMEWORK_STORAGE_KEY, '{"format":"discerne-framework"');
    expect(loadDeviceFramework(store, content)).toEqual({ status: 'refused', error: 'malformed' });
    expect(store.data.has(FRAMEWORK_STORAGE_KEY)).toBe(true);
    const failing = memoryStore(true);
    expect(loadDeviceFramework(failing, content)).toEqual({ status: 'unavailable' });
    expect(saveDeviceFramework(failing, valid)).toBe(false);
    expect(forgetDeviceFramework(failing)).toBe(false);
    expect(loadDeviceFramework(null, content)).toEqual({ status: 'unavailable' });
  });
});

describe('npm run framework:check', () => {
  const run = (...files: string[]) =>
    spawnSync(join('node_modules', '.bin', 'tsx'), ['scripts/framework-check.ts', ...files], {
      encoding: 'utf8',
    });

  it('prints one line per problem, file and path, and exits 1', () => {
    const result = run(
      'tests/fixtures/framework/valid.json',
      'tests/fixtures/framework/broken.json',
    );
    expect(result.status).toBe(1);
    const lines = result.stderr.split('\n').filter((l) => l.startsWith('tests/'));
    expect(lines).toEqual([
      'tests/fixtures/framework/broken.json: service: must not be empty',
      'tests/fixtures/framework/broken.json: adoptedOn: must be a date written YYYY-MM-DD',
      'tests/fixtures/framework/broken.json: rules[0].position: must be "allowed" or "conditions" or "not-allowed"',
      "tests/fixtures/framework/broken.json: dpo: must be a service mailbox (name@domain) or an https link, never a person's name",
      'tests/fixtures/framework/broken.json: partners[0].url: must be an https link (https://…)',
    ]);
    expect(result.stdout).toContain('framework OK: tests/fixtures/framework/valid.json');
  }, 30_000);

  it('exits 0 on a valid file', () => {
    expect(run('tests/fixtures/framework/valid.json').status).toBe(0);
  }, 30_000);
});
