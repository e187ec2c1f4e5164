import type { PlanHistoryView, VersionSummary } from '#shared/model/plan-history';
import type { PlanInfo } from '#shared/model/plan-info';
import { formatLongDate } from '#shared/format/dates';
import { latestAdopted } from '#shared/plan/history/version-chain';
import { formatMoment } from '#shared/format/local-date';
import { versionLine } from '#shared/plan/history/version-labels';

/** «Registrert 14. mars 2027 kl. 10.02 av Kari Nordmann». */
export function recordedLine(version: VersionSummary): string {
  const who = version.recordedBy.trim();
  return `Registrert ${formatMoment(version.recordedAt)}${who ? ` av ${who}` : ''}`;
}

/**
 * The version open, for the header: «Versjon 1.1 (utkast)» once the draft differs from the
 * adopted version, «Versjon 1.0 (vedtatt)» while it does not; null if never adopted or while
 * the difference is not known (`changes` null).
 */
export function openVersionLabel(history: PlanHistoryView, changes: number | null): string | null {
  const latest = latestAdopted(history.versions);
  if (!latest || changes === null) return null;
  return changes > 0 && history.draftNumber
    ? `Versjon ${history.draftNumber} (utkast)`
    : `Versjon ${latest.number} (vedtatt)`;
}

/** Where the plan stands, as the first sentence of «Versjoner og endringer». */
export function standingText(
  history: PlanHistoryView,
  changes: number | null,
  info?: Pick<PlanInfo, 'status' | 'adoptedDate' | 'adoptedBy'>,
): string {
  const latest = latestAdopted(history.versions);
  if (!latest) {
    // A plan marked as adopted in «Om planen» before versions were kept, or by hand.
    if (info?.status !== 'vedtatt') return 'Planen er ikke vedtatt ennå.';
    const when = info.adoptedDate ? ` ${formatLongDate(info.adoptedDate)}` : '';
    const by = info.adoptedBy.trim() ? ` av ${info.adoptedBy.trim()}` : '';
    return `«Om planen» sier at planen ble vedtatt${when}${by}, men vedtaket er ikke registrert her. Registrer det med «Vedta planen», så blir den vedtatte versjonen tatt vare på og endringene etter vedtaket vist.`;
  }
  // «vedtatt 12. mars 2027 av bystyret (sak 2027/123)», inside a sentence.
  const when = versionLine(latest).replace(/^Vedtatt/, 'vedtatt');
  const adopted = `Versjon ${latest.number} ble ${when}.`;
  // Until the draft is compared with it, only what is certain.
  if (changes === null) return adopted;
  return changes === 0 || !history.draftNumber
    ? `Du arbeider i versjon ${latest.number}, ${when}.`
    : `Du arbeider i utkastet til versjon ${history.draftNumber}. ${adopted}`;
}

/** «14 endringer siden vedtaket», «1 endring …», «Ingen endringer siden vedtaket». */
export function changesSinceText(count: number): string {
  if (count === 0) return 'Ingen endringer siden vedtaket';
  return `${count} ${count === 1 ? 'endring' : 'endringer'} siden vedtaket`;
}
