import type { AppController, OpenFailure } from '../app/use-app-controller';
import { useLayoutEffect, useRef } from 'react';

interface OpenErrorViewProps {
  failure: OpenFailure;
  app: AppController;
}

/** Why a plan could not be opened, where in the file, and what the user can do now. */
export function OpenErrorView({ failure, app }: OpenErrorViewProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => heading.current?.focus(), [failure]);
  const { error, path, hasBackup } = failure;
  const fileName = path ? path.split(/[\\/]/).pop() : null;
  const baseName = fileName?.replace(/\.bsplan$/i, '');
  const busy = app.busy !== null;

  return (
    <div className="start">
      <main id="main" className="start__main error-view">
        <p className="error-view__kicker">Planen kunne ikke åpnes</p>
        <h1 ref={heading} tabIndex={-1}>
          {error.message}
        </h1>
        {path && (
          <p>
            Fil: <span className="file-path">{path}</span>
          </p>
        )}
        {error.problems.length > 0 && (
          <section aria-labelledby="problems-heading">
            <h2 id="problems-heading">Dette må rettes i filen</h2>
            <ul className="problem-list">
              {error.problems.map((problem, index) => (
                <li key={index}>
                  {problem.where ? (
                    <>
                      <strong>{problem.where}:</strong> {problem.message}
                    </>
                  ) : (
                    problem.message
                  )}
                </li>
              ))}
            </ul>
          </section>
        )}
        <p className="notice notice--info">
          Filen er ikke endret. Planverksted har bare lest den, og lagrer ikke noe i den.
        </p>
        {app.problem && (
          <p className="notice notice--error" role="alert">
            {app.problem}
          </p>
        )}
        {error.kind === 'encoding' && path && (
          <section className="panel" aria-labelledby="convert-heading">
            <h2 id="convert-heading">Filen kan leses med et annet tegnsett</h2>
            <p>
              Planverksted kan lese filen som Windows-1252 og lagre planen som en ny fil ved siden
              av denne: «{baseName} (konvertert).bsplan». Denne filen blir liggende som den er.
            </p>
            <button
              type="button"
              className="button button--primary"
              disabled={busy}
              onClick={() => void app.convertEncoding(path)}
            >
              Lag en kopi med riktige tegn
            </button>
          </section>
        )}
        {hasBackup && path && (
          <section className="panel" aria-labelledby="backup-heading">
            <h2 id="backup-heading">Det finnes en sikkerhetskopi</h2>
            <p>
              Planverksted tok vare på versjonen før siste lagring. Gjenoppretter du den, lagres den
              som en ny fil ved siden av denne: «{baseName} (gjenopprettet).bsplan». Den skadede
              filen blir liggende som den er.
            </p>
            <button
              type="button"
              className="button button--primary"
              disabled={busy}
              onClick={() => void app.restoreBackup(path)}
            >
              Gjenopprett fra sikkerhetskopi
            </button>
          </section>
        )}
        <p className="status-line" role="status">
          {app.busy ?? ''}
        </p>
        <button type="button" className="button" onClick={app.goToStart}>
          Tilbake til start
        </button>
      </main>
    </div>
  );
}
