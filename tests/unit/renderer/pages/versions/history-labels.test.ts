import { describe, expect, it } from 'vitest';
import type { PlanHistoryView } from '#shared/model/plan-history';
import { formatLongDate } from '#shared/format/dates';
import { versionSummary } from '../../../../support/version-fixtures';
import { versionLine } from '#shared/plan/history/version-labels';
import {
  changesSinceText,
  openVersionLabel,
  standingText,
} from '../../../../../renderer/src/pages/versions/history-labels';

const adopted = versionSummary('1.0', 'adopted', { id: 'v1', caseNumber: '2027/123' });

const history = (draftNumber: string | null, versions = [adopted]): PlanHistoryView => ({
  versions,
  changeLog: [],
  draftNumber,
});

describe('formatLongDate', () => {
  it('writes a day as a decision is dated, and leaves other text alone', () => {
    expect(formatLongDate('2027-03-12')).toBe('12. mars 2027');
    expect(formatLongDate('2027-12-01')).toBe('1. desember 2027');
    expect(formatLongDate('2027-13-01')).toBe('2027-13-01');
  });
});

describe('versionLine', () => {
  it('says when, by whom (in lower case inside the sentence) and the case', () => {
    expect(versionLine(adopted)).toBe('Vedtatt 12. mars 2027 av bystyret (sak 2027/123)');
    expect(versionLine({ ...adopted, caseNumber: '', adoptedBy: '' })).toBe(
      'Vedtatt 12. mars 2027',
    );
  });

  it('gives a set-aside version its note', () => {
    const note = 'Lagt til side da versjon 1.0 ble hentet fram igjen';
    expect(versionLine({ ...adopted, kind: 'set-aside', adoptedDate: null, note })).toBe(note);
  });
});

describe('where the plan stands', () => {
  it('says plainly when the plan was never adopted, and the header shows nothing', () => {
    expect(standingText(history(null, []), null)).toBe('Planen er ikke vedtatt ennå.');
    // Marked as adopted in «Om planen» (an older file, or by hand) but not registered here.
    expect(
      standingText(history(null, []), null, {
        status: 'vedtatt',
        adoptedDate: '2025-06-18',
        adoptedBy: 'bydelsutvalget',
      }),
    ).toBe(
      '«Om planen» sier at planen ble vedtatt 18. juni 2025 av bydelsutvalget, men vedtaket er ikke registrert her. Registrer det med «Vedta planen», så blir den vedtatte versjonen tatt vare på og endringene etter vedtaket vist.',
    );
    expect(openVersionLabel(history(null, []), null)).toBeNull();
  });

  it('names the draft and the adopted version it builds on once it differs', () => {
    expect(standingText(history('1.1'), 3)).toBe(
      'Du arbeider i utkastet til versjon 1.1. Versjon 1.0 ble vedtatt 12. mars 2027 av bystyret (sak 2027/123).',
    );
    expect(openVersionLabel(history('1.1'), 3)).toBe('Versjon 1.1 (utkast)');
  });

  it('shows the adopted version while nothing has changed since, and waits for the count', () => {
    expect(openVersionLabel(history('1.1'), 0)).toBe('Versjon 1.0 (vedtatt)');
    expect(openVersionLabel(history('1.1'), null)).toBeNull();
    expect(standingText(history('1.1'), null)).toBe(
      'Versjon 1.0 ble vedtatt 12. mars 2027 av bystyret (sak 2027/123).',
    );
    expect(standingText(history('1.1'), 0)).toBe(
      'Du arbeider i versjon 1.0, vedtatt 12. mars 2027 av bystyret (sak 2027/123).',
    );
  });

  it('counts the changes since adoption in words', () => {
    expect(changesSinceText(0)).toBe('Ingen endringer siden vedtaket');
    expect(changesSinceText(1)).toBe('1 endring siden vedtaket');
    expect(changesSinceText(14)).toBe('14 endringer siden vedtaket');
  });
});
