import { useEffect, useState } from 'react';
import type { PlanApi, RecentPlan, TemplateSummary } from '#shared/ipc/contract';
import type { AppController } from '../app/use-app-controller';
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
    try {
      setRecent(await api.removeRecentPlan({ path }));
    } catch {
      setLoadProblem('Planen kunne ikke fjernes fra listen. Prøv igjen.');
    }
  };

  const problem = app.problem ?? loadProblem;
  const busy = app.busy !== null;

  return (
    <div className="start">
      <main id="main" className="start__main" tabIndex={-1}>
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
              <h2 id="recent-heading">Nylige planer</h2>
              <RecentPlans
                plans={recent}
                busy={busy}
                onOpen={(path) => void app.openRecent(path)}
                onRemove={(path) => void removeRecent(path)}
              />
            </section>
          </div>
        </div>
      </main>
    </div>
  );
}
