import { targetGroupName } from '#shared/model/strategies';
import { targetGroupMatrix } from '#shared/plan/target-group-matrix';
import { usePlan } from '../../state/plan-context';
import { PlanLink } from '../../components/links/PlanLink';

/**
 * Target group × focus area, derived from the measures' target groups (Grorud's "both a work
 * tool and the yearly reporting tool"). Empty cells are gaps.
 */
export function TargetGroupMatrixTable() {
  const { plan } = usePlan();
  const matrix = targetGroupMatrix(plan);
  const ready = matrix.rows.length > 0 && matrix.columns.length > 0;

  return (
    <section className="form-section matrix-section" aria-labelledby="matrix-heading">
      <h2 id="matrix-heading">Målgrupper og satsningsområder</h2>
      {!ready ? (
        <p>
          {matrix.columns.length === 0 ? (
            <>
              Tabellen viser seg når planen har satsningsområder. Legg dem inn under{' '}
              <PlanLink page="satsningsomrader">Satsningsområder og tiltak</PlanLink>.
            </>
          ) : (
            'Tabellen viser seg når planen har målgrupper.'
          )}
        </p>
      ) : (
        <>
          <p className="muted">
            Hver rute viser tiltakene som retter seg mot målgruppen i satsningsområdet. Velg
            målgrupper for et tiltak under Satsningsområder og tiltak.
          </p>
          <p
            className={
              matrix.gapCount > 0 ? 'matrix-summary matrix-summary--gaps' : 'matrix-summary'
            }
          >
            {matrix.gapCount === 0
              ? 'Alle målgrupper har tiltak i alle satsningsområder.'
              : `${matrix.gapCount} av ${matrix.cellCount} ruter mangler tiltak.`}
          </p>
          <div
            className="matrix-scroll"
            role="region"
            aria-labelledby="matrix-caption"
            tabIndex={0}
          >
            <table className="matrix">
              <caption id="matrix-caption">Tiltak per målgruppe og satsningsområde</caption>
              <colgroup>
                <col className="matrix__group-col" />
                {matrix.columns.map((c) => (
                  <col key={c.id} className="matrix__area-col" />
                ))}
              </colgroup>
              <thead>
                <tr>
                  <th scope="col">Målgruppe</th>
                  {matrix.columns.map((column) => (
                    <th scope="col" key={column.id}>
                      <span className="matrix__area-code">{column.code}</span>{' '}
                      {column.title || 'Uten tittel'}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {matrix.rows.map((row) => (
                  <tr key={row.targetGroup.id}>
                    <th scope="row">{targetGroupName(row.targetGroup)}</th>
                    {row.cells.map((cell) =>
                      cell.measures.length > 0 ? (
                        <td key={cell.focusAreaId}>
                          <ul className="matrix__measures">
                            {cell.measures.map((m) => (
                              <li key={m.id}>
                                <PlanLink page="satsningsomrader" target={{ entityId: m.id }}>
                                  <span className="matrix__measure-code">
                                    {m.code.trim() || '(uten kode)'}
                                  </span>{' '}
                                  {m.title.trim() || 'uten tittel'}
                                </PlanLink>
                              </li>
                            ))}
                          </ul>
                        </td>
                      ) : (
                        <td key={cell.focusAreaId} className="matrix__gap">
                          Ingen tiltak
                        </td>
                      ),
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {matrix.measuresWithoutTargetGroup.length > 0 && (
            <p className="matrix-note">
              Disse tiltakene har ingen målgruppe og vises ikke i tabellen:{' '}
              {matrix.measuresWithoutTargetGroup.map((m, i) => (
                <span key={m.id}>
                  {i > 0 && ', '}
                  <PlanLink page="satsningsomrader" target={{ entityId: m.id }}>
                    {m.code.trim() || '(uten kode)'} {m.title.trim() || 'uten tittel'}
                  </PlanLink>
                </span>
              ))}
              .
            </p>
          )}
        </>
      )}
    </section>
  );
}
