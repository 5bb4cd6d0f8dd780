// The one text field of the app (src/ui/components/TextField.tsx), in its three states, then as
// the decision sheet and the case import use it: label, hint and error reach the control by
// role and name, and axe finds nothing in any state.
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { emptySheet, type SheetData } from '../../src/domain/wizard/steps';
import { NotesField, NOTES_MAX, ReferenceField } from '../../src/print/SheetFields';
import { TextField } from '../../src/ui/components/TextField';
import { expectNoAxeViolations } from '../support/axe';
import { renderWithI18n, testI18n } from '../support/render';

afterEach(cleanup);

describe('TextField', () => {
  it('alone: the label names the control, nothing describes it, nothing is invalid', async () => {
    const { container } = render(
      <TextField id="ref" label="Référence">
        {(wiring) => <input {...wiring} type="text" />}
      </TextField>,
    );
    const input = screen.getByRole('textbox', { name: 'Référence' });
    expect(input).not.toHaveAttribute('aria-describedby');
    expect(input).not.toHaveAttribute('aria-invalid');
    await expectNoAxeViolations(container, 'a field alone');
  });

  it('with a hint: the hint describes the control; a warning hint is shown as one', async () => {
    const { container } = render(
      <TextField id="ref" label="Référence" hint="Jamais un nom" warning>
        {(wiring) => <input {...wiring} type="text" />}
      </TextField>,
    );
    const input = screen.getByRole('textbox', { name: 'Référence' });
    expect(input).toHaveAccessibleDescription('Jamais un nom');
    expect(screen.getByText('Jamais un nom')).toHaveClass('hint', 'warning');
    await expectNoAxeViolations(container, 'a field with a warning hint');
  });

  it('with an error: hint then error describe it, it is invalid, the box says so', async () => {
    const { container } = render(
      <TextField id="ref" label="Référence" hint="Jamais un nom" error="Trop long">
        {(wiring) => <textarea {...wiring} />}
      </TextField>,
    );
    const input = screen.getByRole('textbox', { name: 'Référence' });
    expect(input).toHaveAccessibleDescription('Jamais un nom Trop long');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(container.firstElementChild).toHaveClass('field', 'field--error');
    // Said on submit by the error summary, not on its own: no alert unless asked.
    expect(screen.queryByRole('alert')).toBeNull();
    await expectNoAxeViolations(container, 'a field with an error');
  });

  it('an error that comes from reading a file is announced at once', () => {
    render(
      <TextField id="file" label="Ouvrir" error="Fichier illisible" announceError>
        {(wiring) => <input {...wiring} type="file" />}
      </TextField>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Fichier illisible');
  });
});

describe.each(['fr', 'en'])('the sheet fields built with it (%s)', (lng) => {
  const t = testI18n(lng).getFixedT(lng, 'screens');

  function Fields() {
    const [sheet, setSheet] = useState<SheetData>(emptySheet());
    const onChange = (patch: Partial<SheetData>) => setSheet((s) => ({ ...s, ...patch }));
    return (
      <>
        <ReferenceField sheet={sheet} onChange={onChange} />
        <NotesField sheet={sheet} onChange={onChange} />
      </>
    );
  }

  it('reference and notes: found by their labels, warned about names, notes capped', async () => {
    const { container } = renderWithI18n(<Fields />, lng);
    const reference = screen.getByRole('textbox', { name: t('sheet.reference.label') });
    expect(reference).toHaveAccessibleDescription(t('sheet.reference.warning'));
    const notes = screen.getByRole('textbox', { name: t('sheet.notes.label') });
    expect(notes).toHaveAccessibleDescription(t('sheet.notes.hint'));
    expect(notes).toHaveAttribute('maxlength', String(NOTES_MAX));
    await userEvent.type(reference, 'DOSS-42');
    expect(reference).toHaveValue('DOSS-42');
    await expectNoAxeViolations(container, `sheet fields (${lng})`);
  });
});
