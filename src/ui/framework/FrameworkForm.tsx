// The framework recorded on this device: a form checked by the same reader as a file, so what is
// saved is exactly what an import, the deployed file and `framework:check` accept.
import { useId, useRef, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { key } from '../../domain/content/keys';
import {
  FRAMEWORK_FIELDS,
  LIMITS,
  normalizeFramework,
  RULE_POSITIONS,
  type Framework,
  type RulePosition,
} from '../../domain/framework/model';
import { checkFramework, type FrameworkProblem } from '../../domain/framework/read';
import { TextField, type FieldWiring } from '../components/TextField';
import { useContent } from '../ContentContext';

interface Props {
  initial: Framework;
  onSave: (framework: Framework) => void;
}

/** Which input a problem's path points at, and the message a worker reads for it. */
function fieldOf(path: string, ids: string): { target: string; message: string } {
  const partner = /^partners\[(\d+)\]\.(name|url)/.exec(path);
  if (partner)
    return {
      target: `${ids}-partner-${partner[1]}-${partner[2]}`,
      message: partner[2] === 'url' ? 'errors.partnerUrl' : 'errors.partnerName',
    };
  const top = path.split(/[.[]/)[0]!;
  if (['service', 'adoptedOn', 'country', 'dpo'].includes(top))
    return { target: `${ids}-${top}`, message: `errors.${top}` };
  return { target: `${ids}-service`, message: 'errors.other' };
}

export function FrameworkForm({ initial, onSave }: Props) {
  const { t } = useTranslation(['framework', 'content']);
  const content = useContent();
  const ids = useId();
  const [draft, setDraft] = useState<Framework>(initial);
  const [problems, setProblems] = useState<FrameworkProblem[]>([]);
  const summary = useRef<HTMLDivElement>(null);
  const errors = new Map<string, string>();
  for (const p of problems) {
    const { target, message } = fieldOf(p.path, ids);
    if (!errors.has(target)) errors.set(target, t(message, { path: p.path }));
  }
  const set = (patch: Partial<Framework>) => setDraft((d) => ({ ...d, ...patch }));

  /** A labelled control with its hint and error (TextField), the control given its wiring. */
  const field = (
    name: string,
    label: string,
    control: (wiring: FieldWiring) => ReactElement,
    hint?: string,
  ) => {
    const id = `${ids}-${name}`;
    return (
      <TextField id={id} label={label} hint={hint} error={errors.get(id)}>
        {control}
      </TextField>
    );
  };
  const choice = <V extends string>(
    name: string,
    label: string,
    values: readonly V[],
    current: V,
    onChange: (v: V) => void,
    words: (v: V) => string = (v) => t(`value.${v}`),
  ) =>
    field(name, label, (wiring) => (
      <select value={current} {...wiring} onChange={(e) => onChange(e.currentTarget.value as V)}>
        {values.map((v) => (
          <option key={v} value={v}>
            {words(v)}
          </option>
        ))}
      </select>
    ));

  const ruleOf = (situation: string) => draft.rules.find((r) => r.situation === situation);
  const setRule = (situation: string, position: RulePosition | 'not-set', reference: string) =>
    set({
      rules: content.situations.situations.flatMap((s) => {
        if (s.id !== situation) {
          const kept = ruleOf(s.id);
          return kept ? [kept] : [];
        }
        return position === 'not-set' ? [] : [{ situation, position, reference }];
      }),
    });

  const submit = () => {
    const result = checkFramework(content, normalizeFramework(draft));
    if (result.ok) {
      setProblems([]);
      onSave(result.framework);
      return;
    }
    setProblems(result.problems);
    // After the summary renders: it takes focus, as the wizard's error summary does.
    setTimeout(() => summary.current?.focus(), 0);
  };

  return (
    <form
      noValidate
      aria-labelledby={`${ids}-heading`}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <h2 id={`${ids}-heading`}>{t('form.heading')}</h2>
      {errors.size > 0 && (
        <div className="error-summary" role="alert" tabIndex={-1} ref={summary}>
          <h3>{t('errors.heading')}</h3>
          <ul>
            {[...errors].map(([target, message]) => (
              <li key={target}>
                <a href={`#${target}`}>{message}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      {field(
        'service',
        t('form.service'),
        (wiring) => (
          <input
            type="text"
            autoComplete="organization"
            maxLength={LIMITS.service}
            value={draft.service}
            {...wiring}
            onChange={(e) => set({ service: e.currentTarget.value })}
          />
        ),
        t('form.serviceHint'),
      )}
      {choice(
        'country',
        t('form.country'),
        content.jurisdictions.jurisdictions.map((j) => j.id),
        draft.country,
        (country) => set({ country }),
        (j) => t(key.jurisdictionName(j), { ns: 'content' }),
      )}
      {field('adoptedOn', t('form.adoptedOn'), (wiring) => (
        <input
          type="date"
          value={draft.adoptedOn}
          {...wiring}
          onChange={(e) => set({ adoptedOn: e.currentTarget.value })}
        />
      ))}

      <fieldset className="field framework-rules">
        <legend>{t('form.rules')}</legend>
        <p className="hint">{t('form.rulesHint')}</p>
        {content.situations.situations.map((s) => {
          const rule = ruleOf(s.id);
          const position = rule?.position ?? 'not-set';
          return (
            <fieldset key={s.id} className="framework-rule">
              <legend>{t(key.situationTitle(s.id), { ns: 'content' })}</legend>
              {choice(
                `rule-${s.id}`,
                t('form.position'),
                ['not-set', ...RULE_POSITIONS] as const,
                position,
                (p) => setRule(s.id, p, rule?.reference ?? ''),
              )}
              {position !== 'not-set' &&
                field(
                  `reference-${s.id}`,
                  t('form.reference'),
                  (wiring) => (
                    <input
                      type="text"
                      maxLength={LIMITS.reference}
                      value={rule?.reference ?? ''}
                      {...wiring}
                      onChange={(e) => setRule(s.id, position, e.currentTarget.value)}
                    />
                  ),
                  t('form.referenceHint'),
                )}
            </fieldset>
          );
        })}
      </fieldset>

      <fieldset className="field">
        <legend>{t('form.equipment')}</legend>
        {choice(
          'devices',
          t('form.devices'),
          FRAMEWORK_FIELDS['equipment.devices'],
          draft.equipment.devices,
          (devices) => set({ equipment: { ...draft.equipment, devices } }),
        )}
        {choice(
          'sharedMailbox',
          t('form.sharedMailbox'),
          FRAMEWORK_FIELDS['equipment.sharedMailbox'],
          draft.equipment.sharedMailbox,
          (sharedMailbox) => set({ equipment: { ...draft.equipment, sharedMailbox } }),
        )}
        {choice(
          'personalDevices',
          t('form.personalDevices'),
          FRAMEWORK_FIELDS['equipment.personalDevices'],
          draft.equipment.personalDevices,
          (personalDevices) => set({ equipment: { ...draft.equipment, personalDevices } }),
        )}
      </fieldset>

      <fieldset className="field">
        <legend>{t('form.approvals')}</legend>
        {choice(
          'aidantsConnect',
          t('form.aidantsConnect'),
          FRAMEWORK_FIELDS['approvals.aidantsConnect'],
          draft.approvals.aidantsConnect,
          (aidantsConnect) => set({ approvals: { ...draft.approvals, aidantsConnect } }),
        )}
        {choice(
          'citizenMandates',
          t('form.citizenMandates'),
          FRAMEWORK_FIELDS['approvals.citizenMandates'],
          draft.approvals.citizenMandates,
          (citizenMandates) => set({ approvals: { ...draft.approvals, citizenMandates } }),
          (v) => (v === 'not-set' ? t('value.not-set') : t(`mandates.${v}`)),
        )}
      </fieldset>

      {field(
        'dpo',
        t('form.dpo'),
        (wiring) => (
          <input
            type="text"
            inputMode="email"
            autoComplete="off"
            spellCheck={false}
            maxLength={LIMITS.url}
            value={draft.dpo}
            {...wiring}
            onChange={(e) => set({ dpo: e.currentTarget.value })}
          />
        ),
        t('form.dpoHint'),
      )}

      <fieldset className="field">
        <legend>{t('form.partners')}</legend>
        <p className="hint">{t('form.partnersHint')}</p>
        {draft.partners.map((p, i) => {
          const update = (patch: Partial<typeof p>) =>
            set({ partners: draft.partners.map((x, k) => (k === i ? { ...x, ...patch } : x)) });
          return (
            <fieldset key={i} className="framework-partner">
              <legend>{t('form.partnerLegend', { number: i + 1 })}</legend>
              {field(`partner-${i}-name`, t('form.partnerName'), (wiring) => (
                <input
                  type="text"
                  maxLength={LIMITS.partnerName}
                  value={p.name}
                  {...wiring}
                  onChange={(e) => update({ name: e.currentTarget.value })}
                />
              ))}
              {field(`partner-${i}-url`, t('form.partnerUrl'), (wiring) => (
                <input
                  type="url"
                  maxLength={LIMITS.url}
                  value={p.url}
                  {...wiring}
                  onChange={(e) => update({ url: e.currentTarget.value })}
                />
              ))}
              <button
                type="button"
                className="button button--secondary"
                onClick={() => set({ partners: draft.partners.filter((_, k) => k !== i) })}
              >
                {t('form.removePartner', { number: i + 1 })}
              </button>
            </fieldset>
          );
        })}
        {draft.partners.length < LIMITS.partners && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => set({ partners: [...draft.partners, { name: '', url: 'https://' }] })}
          >
            {t('form.addPartner')}
          </button>
        )}
      </fieldset>

      <div className="actions">
        <button type="submit" className="button button--primary">
          {t('form.save')}
        </button>
      </div>
    </form>
  );
}
