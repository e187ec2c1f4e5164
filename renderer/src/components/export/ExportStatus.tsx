import { useLayoutEffect, useRef, useState } from 'react';
import { folderOf } from '#shared/format/file-folder';
import { getPlanApi } from '../../api/get-plan-api';
import { exportStepLabels } from './save-export';
import type { ExportFileKind, ExportState } from './use-export-runner';

interface ExportStatusProps {
  kind: ExportFileKind;
  state: ExportState;
}

const stepStateLabels = { done: 'ferdig', current: 'pågår', waiting: 'venter' } as const;

const what: Record<ExportFileKind, { saved: string; open: string }> = {
  docx: { saved: 'Word-dokumentet er lagret', open: 'Åpne dokumentet' },
  xlsx: { saved: 'Excel-arbeidsboken er lagret', open: 'Åpne arbeidsboken' },
  reportDocx: { saved: 'Word-rapporten er lagret', open: 'Åpne rapporten' },
  reportXlsx: { saved: 'Excel-rapporten er lagret', open: 'Åpne arbeidsboken' },
  finalDocx: { saved: 'Sluttrapporten er lagret', open: 'Åpne sluttrapporten' },
  changesDocx: { saved: 'Word-dokumentet er lagret', open: 'Åpne dokumentet' },
};

/**
 * Under each export button: the steps while it works, then the result. The live region always
 * stays in the page, so screen readers hear each step and the result when it changes.
 */
export function ExportStatus({ kind, state }: ExportStatusProps) {
  const mine = state.phase !== 'idle' && state.kind === kind ? state : null;
  const [openProblem, setOpenProblem] = useState<{ path: string; message: string } | null>(null);
  const box = useRef<HTMLDivElement>(null);
  const phase = mine?.phase ?? 'idle';
  // The steps and the result appear under the button, below the fold on a small screen: bring
  // them into view when they change, so one sees more than a greyed-out button.
  useLayoutEffect(() => {
    if (phase !== 'idle') box.current?.scrollIntoView?.({ block: 'nearest' });
  }, [phase]);

  return (
    <div className="export-status" ref={box}>
      {mine?.phase === 'working' && mine.place && (
        <p className="export-status__place">
          Lagres som <span className="file-path">{mine.place.fileName}</span>
          {folderOf(mine.place.path) && (
            <>
              {' '}
              i mappen <span className="file-path">{folderOf(mine.place.path)}</span>
            </>
          )}
        </p>
      )}
      {mine?.phase === 'working' && (
        <ol className="export-steps" aria-label="Fremdrift">
          {mine.steps.map((step, i) => {
            const at = mine.steps.indexOf(mine.current);
            const status = i < at ? 'done' : i === at ? 'current' : 'waiting';
            return (
              <li key={step} className={`export-steps__step export-steps__step--${status}`}>
                <span className="export-steps__mark" aria-hidden="true" />
                {exportStepLabels[step]}
                <span className="visually-hidden"> ({stepStateLabels[status]})</span>
              </li>
            );
          })}
        </ol>
      )}
      <div role="status" className="export-status__live">
        {mine?.phase === 'working' && (
          <p className="visually-hidden">
            {exportStepLabels[mine.current]} (steg {mine.steps.indexOf(mine.current) + 1} av{' '}
            {mine.steps.length}) …
          </p>
        )}
        {mine?.phase === 'done' && (
          <div className="notice notice--success export-status__done">
            <p>
              {what[kind].saved} som <span className="file-path">{mine.fileName}</span>.
            </p>
            {folderOf(mine.path) && (
              <p className="export-status__folder">
                I mappen <span className="file-path">{folderOf(mine.path)}</span>
              </p>
            )}
            {mine.notes.map((note) => (
              <p key={note} className="export-status__note">
                {note}
              </p>
            ))}
            <button
              type="button"
              className="button button--small"
              onClick={async () => {
                const opened = await getPlanApi()
                  .openExportedFile({ path: mine.path })
                  .catch((error: unknown) => ({
                    ok: false,
                    message: error instanceof Error ? error.message : String(error),
                  }));
                setOpenProblem(opened.ok ? null : { path: mine.path, message: opened.message });
              }}
            >
              {what[kind].open}
            </button>
            {openProblem?.path === mine.path && (
              <p className="field__error">{openProblem.message}</p>
            )}
          </div>
        )}
        {mine?.phase === 'failed' && <p className="notice notice--error">{mine.message}</p>}
      </div>
    </div>
  );
}
