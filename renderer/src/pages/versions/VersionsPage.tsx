import '../../styles/overview.css';
import '../../styles/export.css';
import '../../styles/versions.css';
import { useRef, useState } from 'react';
import type { AdoptionDecision, PlanHistoryView, VersionSummary } from '#shared/model/plan-history';
import { PageHeading } from '../../components/PageHeading';
import { usePlanSession, useSessionSnapshot } from '../../state/plan-context';
import { usePlanHistory } from '../../state/use-plan-history';
import { useUserName } from '../../state/use-user-name';
import { AdoptDialog } from './AdoptDialog';
import { ChangeLog } from './ChangeLog';
import { CompareSection, NOW, type CompareChoice } from './CompareSection';
import { PlanStanding } from './PlanStanding';
import { RestoreDialog } from './RestoreDialog';
import { UserNameForm } from './UserNameForm';
import { VersionList } from './VersionList';
import { latestAdopted } from '#shared/plan/history/version-chain';

/** Versjoner og endringer: adopting, the versions, the change log, comparing and restoring. */
export function VersionsPage() {
  const state = usePlanHistory();
  return (
    <div className="page page--versions">
      <PageHeading>Versjoner og endringer</PageHeading>
      {state.phase === 'loading' && <p className="muted">Henter versjonene …</p>}
      {state.phase === 'failed' && (
        <p className="notice notice--error">Versjonene kunne ikke leses: {state.message}</p>
      )}
      {state.phase === 'ready' && <VersionsContent history={state.history} />}
    </div>
  );
}

function VersionsContent({ history }: { history: PlanHistoryView }) {
  const session = usePlanSession();
  const { path, plan } = useSessionSnapshot();
  const user = useUserName();
  const [adopting, setAdopting] = useState(false);
  const [restoring, setRestoring] = useState<VersionSummary | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const latest = latestAdopted(history.versions);
  const newest = history.versions.at(-1);
  const defaultFrom = latest?.id ?? newest?.id ?? NOW;
  const [chosen, setChosen] = useState<CompareChoice | null>(null);
  // A choice of a version that is gone (another file opened) falls back to the default.
  const known = (id: string) => id === NOW || history.versions.some((v) => v.id === id);
  const choice =
    chosen && known(chosen.from) && known(chosen.to) ? chosen : { from: defaultFrom, to: NOW };
  const compareHeading = useRef<HTMLHeadingElement>(null);

  const showCompare = (next: CompareChoice) => {
    setChosen(next);
    compareHeading.current?.scrollIntoView({ block: 'start' });
    compareHeading.current?.focus();
  };

  const adopt = async (decision: AdoptionDecision, name: string | null) => {
    if (name) await user.save(name).catch(() => undefined);
    const result = await session.adopt(decision);
    if (!result.ok) return result.message;
    setAdopting(false);
    setNotice(`Planen er vedtatt og tatt vare på som versjon ${result.version.number}.`);
    return null;
  };

  const restore = async (version: VersionSummary) => {
    const result = await session.restore(version.id);
    if (!result.ok) return result.message;
    setRestoring(null);
    setNotice(
      `Versjon ${version.number} er hentet fram som nytt utkast. Det du hadde, ligger i listen over versjoner.`,
    );
    return null;
  };

  return (
    <>
      <section className="versions-card versions-standing" aria-labelledby="versions-standing">
        <h2 id="versions-standing" className="visually-hidden">
          Hvor planen står
        </h2>
        <PlanStanding
          history={history}
          onShowChanges={() => showCompare({ from: latest?.id ?? defaultFrom, to: NOW })}
        />
        <button
          type="button"
          className="button button--primary"
          onClick={() => {
            setNotice(null);
            setAdopting(true);
          }}
        >
          Vedta planen
        </button>
        <div role="status">{notice && <p className="notice notice--success">{notice}</p>}</div>
      </section>

      {user.name !== null && <UserNameForm name={user.name} onSave={user.save} />}

      <section className="versions-card" aria-labelledby="versions-list">
        <h2 id="versions-list">Versjoner</h2>
        <VersionList
          versions={history.versions}
          onCompare={(version) => showCompare({ from: version.id, to: NOW })}
          onRestore={setRestoring}
        />
      </section>

      <section className="versions-card" aria-labelledby="versjoner-sammenlign">
        <h2 id="versjoner-sammenlign" ref={compareHeading} tabIndex={-1}>
          Sammenlign
        </h2>
        {history.versions.length === 0 ? (
          <p className="muted">
            Når planen er vedtatt, kan du se her hva som er endret siden vedtaket.
          </p>
        ) : (
          <CompareSection
            path={path}
            plan={plan}
            history={history}
            choice={choice}
            onChoose={setChosen}
          />
        )}
      </section>

      <section className="versions-card" aria-labelledby="versions-log">
        <h2 id="versions-log">Endringslogg</h2>
        <ChangeLog log={history.changeLog} adoptedAt={latest?.recordedAt ?? null} />
      </section>

      {adopting && (
        <AdoptDialog
          versions={history.versions}
          marked={plan.info}
          userName={user.name ?? ''}
          onAdopt={adopt}
          onCancel={() => setAdopting(false)}
        />
      )}
      {restoring && (
        <RestoreDialog
          version={restoring}
          onRestore={() => restore(restoring)}
          onCancel={() => setRestoring(null)}
        />
      )}
    </>
  );
}
