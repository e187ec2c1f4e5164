import { useState } from 'react';
import type { Plan } from '#shared/model/plan';
import { newId } from '#shared/plan/new-id';
import {
  addBody,
  childrenOf,
  countBodyRefs,
  descendantIds,
  removeBody,
  type ChildrenOnRemove,
} from '#shared/plan/organisation-operations';
import { PageHeading } from '../../components/PageHeading';
import { useNavigation, useRevealTarget, type NavTarget } from '../../shell/navigation';
import { usePlanSession, useSessionSnapshot } from '../../state/plan-context';
import { DeletionNotice } from '../../components/notices/DeletionNotice';
import { useDeletionNotice } from '../../components/notices/use-deletion-notice';
import { changeThenFocus } from '../../components/focus';
import { bodyName, fieldId, rowId } from './body-ids';
import { BodyEditor } from './BodyEditor';
import { BodyTree } from './BodyTree';
import { DeleteBodyDialog } from './DeleteBodyDialog';
import { OrgChartPanel } from './OrgChartPanel';
import { useChartOptions } from './use-chart-options';
import '../../styles/organisation.css';

/** The body a navigation target points at: a body itself, or one of its members. */
function bodyOfTarget(plan: Plan, target: NavTarget | null): string | null {
  if (!target) return null;
  const body = plan.organisation.find(
    (b) => b.id === target.entityId || b.members.some((m) => m.id === target.entityId),
  );
  return body?.id ?? null;
}

export function OrganisationPage() {
  const session = usePlanSession();
  const { plan } = useSessionSnapshot();
  const { target } = useNavigation();
  const [options, setOptions] = useChartOptions();
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [asking, setAsking] = useState<string | null>(null);
  const { announce, noticeProps } = useDeletionNotice();

  // A link from elsewhere (Kvalitetssjekk …) selects its body before the page scrolls to it.
  const [seenTarget, setSeenTarget] = useState<NavTarget | null>(null);
  if (target !== seenTarget) {
    setSeenTarget(target);
    const targeted = bodyOfTarget(plan, target);
    if (targeted) setChosenId(targeted);
  }
  useRevealTarget();

  const selected = plan.organisation.find((b) => b.id === chosenId) ?? plan.organisation[0] ?? null;

  const add = (parentId: string | null) => {
    const id = newId();
    // The first body is usually the political body that adopts the plan.
    const type = session.plan.organisation.length === 0 ? 'politisk-organ' : 'arbeidsgruppe';
    changeThenFocus(
      () => {
        session.edit((p) => addBody(p, { parentId, type }, id));
        setChosenId(id);
      },
      fieldId(id, 'name'),
    );
  };

  const remove = (bodyId: string, children: ChildrenOnRemove) => {
    const before = session.plan;
    const body = before.organisation.find((b) => b.id === bodyId);
    if (!body) return;
    const gone = new Set([bodyId, ...(children === 'delete' ? descendantIds(before, bodyId) : [])]);
    const refs = countBodyRefs(before, gone);
    // Select what is left nearest: the sibling above, the parent, or the first body.
    const siblings = childrenOf(before, body.parentId);
    const index = siblings.findIndex((b) => b.id === bodyId);
    const next = siblings[index - 1]?.id ?? siblings[index + 1]?.id ?? body.parentId ?? null;
    session.edit((p) => removeBody(p, bodyId, children));
    setChosenId(next);
    const also = gone.size > 1 ? ` med ${gone.size - 1} ledd under seg` : '';
    const lifted =
      children === 'move-up' && childrenOf(before, bodyId).length > 0
        ? ' Leddene under er flyttet opp ett nivå.'
        : '';
    const refText =
      refs > 0
        ? ` Der leddet var ansvarlig (${refs} ${refs === 1 ? 'sted' : 'steder'}), står nå ingen.`
        : '';
    announce(`«${bodyName(body)}» er slettet${also}.${lifted}${refText}`, rowId(bodyId), () =>
      setChosenId(bodyId),
    );
  };

  const askingBody = plan.organisation.find((b) => b.id === asking) ?? null;

  return (
    <div className="page org-page">
      <PageHeading>Organisering</PageHeading>
      <p className="lead">
        Hvem som rapporterer til hvem, hvem som er med og hva hvert ledd har ansvar for.
        Organisasjonskartet tegnes mens du skriver.
      </p>
      <div className="org-layout">
        <div className="org-layout__editor">
          <section className="org-tree-panel" aria-labelledby="org-tree-heading">
            <h2 id="org-tree-heading" className="org-tree-panel__heading">
              Ledd i organisasjonen
            </h2>
            {plan.organisation.length === 0 ? (
              <p className="muted">
                Organisasjonen har ingen ledd ennå. Begynn gjerne med det politiske organet som
                vedtar planen, for eksempel bydelsutvalget.
              </p>
            ) : (
              <>
                <p className="field__hint org-tree-panel__hint">
                  Velg et ledd for å redigere det. Piltastene går mellom leddene, Alt + piltastene
                  flytter leddet. Du kan også dra et ledd dit det skal.
                </p>
                <BodyTree selectedId={selected?.id ?? null} onSelect={setChosenId} />
              </>
            )}
            <button
              type="button"
              className="button button--small org-tree-panel__add"
              onClick={() => add(null)}
            >
              <span aria-hidden="true">+ </span>Legg til ledd øverst
            </button>
          </section>
          {selected && (
            <BodyEditor
              key={selected.id}
              body={selected}
              onAddChild={() => add(selected.id)}
              onDelete={() =>
                childrenOf(plan, selected.id).length > 0
                  ? setAsking(selected.id)
                  : remove(selected.id, 'delete')
              }
            />
          )}
        </div>
        <div className="org-layout__chart">
          <OrgChartPanel options={options} onOptions={setOptions} />
        </div>
      </div>
      {askingBody && (
        <DeleteBodyDialog
          body={askingBody}
          parent={plan.organisation.find((b) => b.id === askingBody.parentId) ?? null}
          children={childrenOf(plan, askingBody.id)}
          belowCount={descendantIds(plan, askingBody.id).size}
          onAnswer={(answer) => {
            setAsking(null);
            if (answer) remove(askingBody.id, answer);
          }}
        />
      )}
      <DeletionNotice {...noticeProps} />
    </div>
  );
}
