import '../../styles/workshop.css';
import { useEffect, useRef, useState } from 'react';
import type { Workshop } from '#shared/model/workshop';
import { formatDate } from '#shared/format/dates';
import { getPlanApi } from '../../api/get-plan-api';
import { undoWorkshop, updateWorkshop } from '#shared/plan/workshop-operations';
import { Field } from '../../components/Field';
import { changeThenFocus } from '../../components/focus';
import { PageHeading } from '../../components/PageHeading';
import { usePlan, usePlanSession } from '../../state/plan-context';
import { workshopScope } from './column-labels';
import { StartWorkshopForm } from './StartWorkshopForm';
import { UndoWorkshopDialog } from './UndoWorkshopDialog';
import { WorkshopOutcomeLists } from './WorkshopOutcomeLists';
import { WorkshopStage, type StageView } from './WorkshopStage';

interface OpenStage {
  workshopId: string | null;
  view: StageView;
}

/**
 * Verksted: start or continue a workshop on the projector, see what earlier workshops produced
 * (measures and notes), undo a whole workshop, and present the plan to the group.
 */
export function WorkshopPage() {
  const { plan, edit } = usePlan();
  const session = usePlanSession();
  const page = useRef<HTMLDivElement>(null);
  const [stage, setStage] = useState<OpenStage | null>(null);
  const [undoing, setUndoing] = useState<Workshop | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const workshops = plan.workshops.slice().reverse();
  const path = session.filePath;

  // A board still shared (the window was reloaded while it was): back onto it at once, where the
  // stage reconnects to it.
  useEffect(() => {
    let cancelled = false;
    getPlanApi()
      .getWorkshopSharing({ path })
      .then(({ sharing }) => {
        if (cancelled || !sharing) return;
        if (session.plan.workshops.some((w) => w.id === sharing.workshopId)) {
          setStage({ workshopId: sharing.workshopId, view: 'board' });
        }
      })
      .catch(() => {});
    return () => {
      cancelled = true;
    };
  }, [path, session]);

  const closeStage = (outcome?: 'undone') => {
    changeThenFocus(
      () => {
        setStage(null);
        if (outcome === 'undone')
          setNotice('Verkstedet er angret. Planen er slik den var før det.');
      },
      () => page.current?.querySelector<HTMLElement>('h1'),
    );
  };

  return (
    <div className="page ws-page" ref={page}>
      <PageHeading>Verksted</PageHeading>
      <p className="lead">
        Fyll planen sammen med arbeidsgruppa på storskjerm: skriv inn ideer, sorter dem i
        satsningsområdene, stem, gi dem ansvarlige og målgrupper, og gjør de beste til tiltak. Det
        som ikke blir tiltak, tas vare på som verkstedsnotater.
      </p>

      {notice && (
        <div className="banner banner--success" role="status">
          <p>{notice}</p>
          <button
            type="button"
            className="button button--small"
            onClick={() => {
              session.undo();
              setNotice(null);
            }}
          >
            Angre
          </button>
        </div>
      )}

      {workshops.length > 0 && (
        <section aria-labelledby="ws-list-heading" className="form-section">
          <h2 id="ws-list-heading">Verksteder i planen</h2>
          {workshops.map((w) => (
            <article key={w.id} className="ws-record" aria-labelledby={`ws-record-${w.id}`}>
              <h3 id={`ws-record-${w.id}`} className="ws-record__title">
                {w.title || 'Verksted'}
              </h3>
              <p className="ws-record__meta">
                {formatDate(w.date)} · {workshopScope(plan, w)} · {w.cards.length} kort
                {w.participants > 0 && ` · ${w.participants} deltakere`} · {w.votesPerPerson}{' '}
                stemmer per person
              </p>
              <div className="button-row">
                <button
                  type="button"
                  className="button button--primary"
                  onClick={() => {
                    setNotice(null);
                    setStage({ workshopId: w.id, view: 'board' });
                  }}
                >
                  Fortsett på tavla
                </button>
                <button
                  type="button"
                  className="button button--danger-text"
                  onClick={() => setUndoing(w)}
                >
                  Angre hele verkstedet …
                </button>
              </div>
              <Field
                label="Notater fra verkstedet"
                hint="Det dere vil huske som ikke står på kortene."
              >
                {(control) => (
                  <textarea
                    {...control}
                    className="input input--multiline"
                    rows={3}
                    value={w.notes}
                    onChange={(event) =>
                      edit(
                        (p) => updateWorkshop(p, w.id, { notes: event.target.value }),
                        `workshop.notes.${w.id}`,
                      )
                    }
                  />
                )}
              </Field>
              <WorkshopOutcomeLists plan={plan} workshop={w} level={4} idPrefix={`ws-${w.id}`} />
            </article>
          ))}
        </section>
      )}
      <section aria-labelledby="ws-start-heading" className="form-section">
        <h2 id="ws-start-heading">
          {workshops.length > 0 ? 'Start et nytt verksted' : 'Start et verksted'}
        </h2>
        <StartWorkshopForm
          onStarted={(workshopId) => {
            setNotice(null);
            setStage({ workshopId, view: 'board' });
          }}
        />
      </section>

      <section aria-labelledby="ws-present-heading" className="form-section">
        <h2 id="ws-present-heading">Presentasjon</h2>
        <p>
          Gå gjennom visjonen, hovedmålene, strategiene og tiltakene i hvert satsningsområde i stor
          skrift. Piltastene blar, Esc avslutter.
        </p>
        <button
          type="button"
          className="button"
          onClick={() => setStage({ workshopId: null, view: 'presentation' })}
        >
          Vis presentasjon
        </button>
      </section>

      {undoing && (
        <UndoWorkshopDialog
          workshop={undoing}
          onCancel={() => setUndoing(null)}
          onConfirm={() => {
            edit((p) => undoWorkshop(p, undoing.id));
            setUndoing(null);
            setNotice('Verkstedet er angret. Planen er slik den var før det.');
          }}
        />
      )}
      {stage && (
        <WorkshopStage
          workshopId={stage.workshopId}
          initialView={stage.view}
          behind={page}
          onLeave={closeStage}
        />
      )}
    </div>
  );
}
