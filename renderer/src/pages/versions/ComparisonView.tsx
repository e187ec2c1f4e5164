import type { ChangeKind } from '#shared/model/plan-history';
import type { PlanComparison } from '#shared/plan/compare/plan-comparison';
import { changedParts, changeKindLabels, itemCountText, itemDetails } from './comparison-labels';

const kinds: ChangeKind[] = ['added', 'changed', 'removed', 'moved'];

/** What differs between two plans: a table of counts per part, then the items per part. */
export function ComparisonView({ comparison }: { comparison: PlanComparison }) {
  const parts = changedParts(comparison.parts);
  if (parts.length === 0) {
    return <p className="notice notice--info">Ingen forskjeller mellom de to.</p>;
  }
  return (
    <>
      <div className="table-wrap">
        <table className="table compare-table">
          <caption>Antall endringer per del av planen</caption>
          <thead>
            <tr>
              <th scope="col">Del av planen</th>
              {kinds.map((kind) => (
                <th key={kind} scope="col" className="table__number">
                  {changeKindLabels[kind]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {parts.map((part) => (
              <tr key={part.part}>
                <th scope="row">{part.label}</th>
                {kinds.map((kind) => (
                  <td key={kind} className="table__number">
                    {part[kind]}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Sum</th>
              {kinds.map((kind) => (
                <td key={kind} className="table__number">
                  {comparison.total[kind]}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
      <div className="compare-parts">
        {parts.map((part) => (
          <details key={part.part} className="compare-part">
            <summary>
              <span className="compare-part__name">{part.label}</span>{' '}
              <span className="muted">({itemCountText(part.items.length)})</span>
            </summary>
            <ul className="compare-items">
              {part.items.map((item) => (
                <li key={`${item.kind}-${item.entityId}`} className="compare-item">
                  <span className={`tag compare-item__kind compare-item__kind--${item.kind}`}>
                    {changeKindLabels[item.kind]}
                  </span>{' '}
                  <span className="compare-item__label">{item.label}</span>
                  {itemDetails(item).length > 0 && (
                    <ul className="compare-item__fields">
                      {itemDetails(item).map((line) => (
                        <li key={line}>{line}</li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ul>
          </details>
        ))}
      </div>
    </>
  );
}
