import type { StatusReport } from '../../../model/status-report';
import { reportPlace, reportView } from '../../report/report-view';
import { packWordParts } from '../word-document';
import {
  reportAreaParts,
  reportCover,
  reportEconomyPart,
  reportResultsPart,
  reportSummary,
} from './report-parts';

/**
 * A half-year or annual report («Halvårsrapport» / «Årsrapport») as a .docx, built from the
 * report's snapshot alone: the same report gives the same document whatever the plan is now.
 */
export async function buildReportDocx(report: StatusReport): Promise<Uint8Array> {
  const view = reportView(report);
  const place = reportPlace(view.report);
  return packWordParts(
    {
      title: `${view.title}${place ? ` – ${place}` : ''}`,
      subject: `${view.kind} til Husbanken for ${view.period}`,
      creator: place || 'Planverksted',
      description: `${view.title} for ${view.report.context.planTitle || 'boligsosial handlingsplan'}, laget i Planverksted.`,
      keywords: 'boligsosial handlingsplan, statusrapport',
    },
    [
      reportCover(view),
      reportSummary(view),
      ...reportAreaParts(view),
      reportResultsPart(view),
      reportEconomyPart(view),
    ],
  );
}
