import { formatLongDate } from '../../format/dates';
import { formatMoment } from '../../format/local-date';
import type { VersionSummary } from '../../model/plan-history';

// How a version is named in sentences: the page, the log and the notes of set-aside drafts say
// it the same way.

/** «av bystyret (sak 2027/123)»: the body in lower case as it reads inside a sentence. */
function byWhom(version: VersionSummary): string {
  const body = version.adoptedBy.trim();
  const inSentence = body && body.charAt(0).toLocaleLowerCase('nb') + body.slice(1);
  const by = inSentence ? ` av ${inSentence}` : '';
  const caseNumber = version.caseNumber.trim();
  return caseNumber ? `${by} (sak ${caseNumber})` : by;
}

/** «Vedtatt 12. mars 2027 av bystyret (sak 2027/123)» or the note of a set-aside draft. */
export function versionLine(version: VersionSummary): string {
  if (version.kind === 'set-aside') {
    return version.note.trim() || `Lagt til side ${formatMoment(version.recordedAt)}`;
  }
  const date = version.adoptedDate ? ` ${formatLongDate(version.adoptedDate)}` : '';
  return `Vedtatt${date}${byWhom(version)}`;
}

/** «Versjon 1.0, vedtatt 12. mars 2027 av bystyret (sak 2027/123)», or a set-aside draft. */
export function versionLabel(version: VersionSummary): string {
  if (version.kind === 'set-aside') {
    return `Utkast ${version.number}, lagt til side ${formatMoment(version.recordedAt)}`;
  }
  return `Versjon ${version.number}, ${versionLine(version).replace(/^Vedtatt/, 'vedtatt')}`;
}

/** «versjon 1.0, vedtatt …» as it reads inside a sentence. */
export function versionInSentence(version: VersionSummary): string {
  const label = versionLabel(version);
  return label.charAt(0).toLocaleLowerCase('nb') + label.slice(1);
}
