import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { PlanApi, RecentPlan, TemplateSummary } from '#shared/ipc/contract';
import type { AppController } from '../app/use-app-controller';
import { HelpLinks } from '../components/help/HelpLinks';
import { DeletionNotice } from '../components/notices/DeletionNotice';
import { NewPlanForm } from './NewPlanForm';
import { RecentPlans } from './RecentPlans';

interface StartScreenProps {
  api: PlanApi;
  app: AppController;
}

export function StartScreen({ api, app }: StartScreenProps) {
  const [templates, setTemplates] = useState<TemplateSummary[] | null>(null);
  const [recent, setRecent] = useState<RecentPlan[] | null>(null);
  const [loadProblem, setLoadProblem] = useState<string | null>(null);
  const [removed, setRemoved] = useState<{ path: string; message: string; serial: number } | null>(
    null,
  );
  const serial = useRef(0);
  const main = useRef<HTMLElement>(null);
  /** Where focus goes once the list has been drawn again (an element id). */
  const focusAfterList = useRef<string | null>(null);

  // Coming here (at start, or after «Lukk plan») puts focus at the top of the page, as every page
  // change does: the first Tab then goes to the template choice.
  useLayoutEffect(() => main.current?.focus({ preventScroll: true }), []);

  useLayoutEffect(() => {
    const id = focusAfterList.current;
    if (!id || recent === null) return;
    focusAfterList.current = null;
    document.getElementById(id)?.focus();
  }, [recent]);

  useEffect(() => {
    let active = true;
    const failed = () =>
      active &&
      setLoadProblem('Malene og listen over nylige planer kunne ikke hentes. Last siden på nytt.');
    api.listTemplates({}).then((list) => active && setTemplates(list), failed);
    api.listRecentPlans({}).then((list) => active && setRecent(list), failed);
    return () => {
      active = false;
    };
  }, [api]);

  const removeRecent = async (path: string) => {
    const plan = recent?.find((p) => p.path === path);
    try {
      const list = await api.removeRecentPlan({ path });
      serial.current += 1;
      const title = plan?.title.trim() || 'Plan uten tittel';
      setRemoved({ path, message: `«${title}» er fjernet fra listen.`, serial: serial.current });
      setRecent(list);
    } catch {
      setLoadProblem('Planen kunne ikke fjernes fra listen. Prøv igjen.');
    }
  };

  const undoRemove = async () => {
    if (!removed) return;
    try {
      const list = await api.restoreRecentPlan({ path: removed.path });
      const index = list.findIndex((p) => p.path === removed.path);
      // The plan's own button, or «Fjern fra listen» for a file that is gone (no button to open).
      focusAfterList.current =
        index < 0
          ? 'recent-heading'
          : list[index]!.exists
            ? `recent-plan-${index}`
            : `recent-plan-${index}-remove`;
      setRemoved(null);
      setRecent(list);
    } catch {
      setLoadProblem('Planen kunne ikke settes tilbake i listen. Prøv igjen.');
    }
  };

  const hideRemoved = () => {
    setRemoved(null);
    document.getElementById('recent-heading')?.focus();
  };

  const problem = app.problem ?? loadProblem;
  const busy = app.busy !== null;

  return (
    <div className="start">
      <main id="main" className="start__main" tabIndex={-1} ref={main}>
        <h1>Planverksted</h1>
        <p className="lead">
          Her lager dere den boligsosiale handlingsplanen sammen: visjon og mål, strategier,
          satsningsområder og tiltak, målgrupper, organisering og budsjett – på ett sted, slik at
          alt henger sammen. Alt du gjør, lagres med en gang.
        </p>
        <p className="start__status" role="status">
          {app.busy ?? ''}
        </p>
        {problem && (
          <p className="notice notice--error" role="alert">
            {problem}
          </p>
        )}
        {/* Everything appears at once, once the templates are there: a Tab pressed while they
            load must not pass the new-plan form for «Åpne plan …» below it. */}
        {templates === null && !loadProblem ? (
          <p className="muted">Henter malene …</p>
        ) : (
          <div className="start__columns">
            <section className="panel" aria-labelledby="new-plan-heading">
              <h2 id="new-plan-heading">Ny plan</h2>
              <NewPlanForm
                templates={templates}
                busy={busy}
                onCreate={(templateId, title) => void app.createPlan(templateId, title)}
              />
            </section>
            <div className="start__side">
              <section className="panel" aria-labelledby="sample-plan-heading">
                <h2 id="sample-plan-heading">Se en ferdig plan</h2>
                <p>
                  Utforsk en utfylt plan for den oppdiktede bydelen Solhaug, med mål, tiltak,
                  organisering og budsjett. Du får din egen kopi, så du kan prøve alt uten å
                  ødelegge noe.
                </p>
                <button
                  type="button"
                  className="button"
                  disabled={busy}
                  onClick={() => void app.openSample()}
                >
                  Åpne eksempelplanen
                </button>
              </section>
              <section className="panel" aria-labelledby="open-plan-heading">
                <h2 id="open-plan-heading">Åpne en plan</h2>
                <p>Åpne en planfil (.bsplan) fra datamaskinen eller et delt område.</p>
                <button
                  type="button"
                  className="button"
                  disabled={busy}
                  onClick={() => void app.openFromDialog()}
                >
                  Åpne plan …
                </button>
              </section>
              <section className="panel" aria-labelledby="recent-heading">
                <h2 id="recent-heading" tabIndex={-1}>
                  Nylige planer
                </h2>
                <RecentPlans
                  plans={recent}
                  busy={busy}
                  onOpen={(path) => void app.openRecent(path)}
                  onRemove={(path) => void removeRecent(path)}
                />
              </section>
            </div>
          </div>
        )}
        {/* Last, so the first Tab still goes to the new plan's template choice. */}
        <HelpLinks />
      </main>
      <DeletionNotice
        message={removed?.message ?? null}
        serial={removed?.serial ?? 0}
        onUndo={() => void undoRemove()}
        onHide={hideRemoved}
      />
    </div>
  );
}
