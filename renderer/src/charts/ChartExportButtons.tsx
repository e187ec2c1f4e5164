import { useId, useState } from 'react';
import type { ChartSource } from '#shared/charts/org-chart-source';
import { chartFilesApi, exportChart, type ChartFileKind } from './export-chart';

interface ChartExportButtonsProps {
  chart: ChartSource;
  /** The file name without extension, e.g. "Organisasjonskart – Plan for Bydel Fjellstad". */
  baseName: string;
  /** What is saved, for the group's label: "organisasjonskartet". */
  what: string;
}

type Result =
  | { kind: 'working'; file: ChartFileKind }
  | { kind: 'saved'; path: string; fileName: string; note: string | null }
  | { kind: 'error'; message: string };

const buttons: { kind: ChartFileKind; label: string; help: string }[] = [
  { kind: 'png', label: 'Lagre som PNG', help: 'bilde for Word, PowerPoint og utskrift' },
  { kind: 'svg', label: 'Lagre som SVG', help: 'skarpt i alle størrelser' },
  {
    kind: 'mmd',
    label: 'Lagre for videre redigering',
    help: 'kartet som tekst et tegneverktøy kan lese og endre (Mermaid)',
  },
];

/** PNG, SVG and .mmd through the save dialog, with what happened shown (and read out) below. */
export function ChartExportButtons({ chart, baseName, what }: ChartExportButtonsProps) {
  const headingId = useId();
  const [result, setResult] = useState<Result | null>(null);
  const [openProblem, setOpenProblem] = useState<string | null>(null);
  const working = result?.kind === 'working';

  const save = async (kind: ChartFileKind) => {
    if (!chart.ok || working) return;
    setResult({ kind: 'working', file: kind });
    setOpenProblem(null);
    const outcome = await exportChart(kind, chart, baseName);
    if (outcome.ok) setResult({ kind: 'saved', ...outcome });
    else if (outcome.canceled) setResult(null);
    else setResult({ kind: 'error', message: outcome.message });
  };

  return (
    <div className="chart-export">
      <p className="chart-export__title" id={headingId}>
        Lagre {what} som fil
      </p>
      <div className="chart-export__buttons" role="group" aria-labelledby={headingId}>
        {buttons.map((b) => (
          <button
            key={b.kind}
            type="button"
            className="button button--small"
            aria-disabled={!chart.ok || working}
            aria-describedby={`${headingId}-${b.kind}`}
            onClick={() => void save(b.kind)}
          >
            {working && result.file === b.kind ? 'Lagrer …' : b.label}
          </button>
        ))}
      </div>
      <ul className="chart-export__help">
        {buttons.map((b) => (
          <li key={b.kind} id={`${headingId}-${b.kind}`}>
            {b.kind === 'mmd' ? 'Mermaid-kilde' : b.kind.toUpperCase()}: {b.help}
          </li>
        ))}
      </ul>
      <div role="status" className="chart-export__result">
        {result?.kind === 'saved' && (
          <div className="notice notice--success chart-export__saved">
            <p>
              Lagret som <span className="file-path">{result.fileName}</span>
              {result.note ? `. ${result.note}` : ''}
            </p>
            <button
              type="button"
              className="button button--small"
              onClick={async () => {
                const opened = await chartFilesApi().openExportedFile({ path: result.path });
                setOpenProblem(opened.ok ? null : opened.message);
              }}
            >
              Åpne filen
            </button>
            {openProblem && <p className="field__error">{openProblem}</p>}
          </div>
        )}
        {result?.kind === 'error' && <p className="notice notice--error">{result.message}</p>}
      </div>
    </div>
  );
}
