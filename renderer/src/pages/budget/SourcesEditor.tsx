import { CHECK_FIELDS } from '#shared/checks/check-fields';
import { useState } from 'react';
import { splitTotal } from '#shared/budget/financing';
import { formatPercent, parsePercentInput } from '#shared/format/numbers';
import type { FinancingSource } from '#shared/model/budget';
import {
  addSource,
  moveSource,
  removeSource,
  renameSource,
  setDefaultShare,
  sourceUsage,
  type SourceUse,
  listInWords,
} from '#shared/plan/budget-operations';
import { newId } from '#shared/plan/new-id';
import { usePlan } from '../../state/plan-context';
import { useDeletionAnnouncer } from '../../components/notices/deletion-notice';
import { changeThenFocus, keepingFocus } from '../../components/focus';
import { MoveButtons, moveKeyHandler } from '../../components/lists/MoveButtons';
import { spentFromSource } from '#shared/follow-up/spending-summary';
import { BUDGET_TARGETS } from '#shared/checks/budget-checks';
import { FieldProblems, useFieldProblems } from '../../components/field-problems';
import { NumberInput } from '../../components/NumberInput';
import { RemoveSourceDialog } from './RemoveSourceDialog';
import { SourceNameInput } from './SourceNameInput';

/** The financing sources with their share of the default split, in one table. */
export function SourcesEditor() {
  const { plan, edit } = usePlan();
  const announcer = useDeletionAnnouncer();
  const { problems, report } = useFieldProblems();
  const [asking, setAsking] = useState<{
    source: FinancingSource;
    uses: SourceUse[];
    spent: number;
  } | null>(null);
  const { sources, defaultSplit } = plan.budget;
  const total = splitTotal(defaultSplit);
  const shareOf = (id: string) => defaultSplit.find((s) => s.sourceId === id)?.percent ?? 0;

  const remove = (source: FinancingSource) => {
    edit((p) => removeSource(p, source.id));
    // The notice's Angre button takes focus; undoing puts it back on the source's name.
    announcer.deleted(
      `Kilden «${source.name || 'uten navn'}» er fjernet.`,
      `source-${source.id}-name`,
    );
  };

  return (
    <div data-entity-id={BUDGET_TARGETS.split} className="sources">
      <p className="muted">
        Standardfordelingen gjelder programledelsen og alle tiltak som ikke har en egen fordeling.
        Den må være 100 % til sammen.
      </p>
      <div className="budget-grid-wrap">
        <table className="table sources-table">
          <caption className="visually-hidden">Finansieringskilder og standardfordeling</caption>
          <thead>
            <tr>
              <th scope="col">Navn på kilden</th>
              <th scope="col" className="table__number">
                Standardfordeling
              </th>
              <th scope="col">Brukes i</th>
              <th scope="col">
                <span className="visually-hidden">Endre</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sources.map((source, index) => {
              const uses = sourceUsage(plan, source.id);
              const spent = spentFromSource(plan, source.id);
              const shareId = `source-${source.id}-share`;
              const name = source.name || `kilde ${index + 1}`;
              const move = (delta: -1 | 1) =>
                keepingFocus(() => edit((p) => moveSource(p, source.id, delta)));
              return (
                <tr key={source.id} onKeyDown={moveKeyHandler(move)}>
                  <td>
                    <SourceNameInput
                      id={`source-${source.id}-name`}
                      label={`Navn på kilde ${index + 1}`}
                      value={source.name}
                      onChange={(text) =>
                        edit((p) => renameSource(p, source.id, text), `budget.source.${source.id}`)
                      }
                      onProblem={(message) =>
                        report(`source-${source.id}-name`, `Navn på kilde ${index + 1}`, message)
                      }
                    />
                  </td>
                  <td>
                    <span className="percent-input">
                      <NumberInput
                        id={shareId}
                        aria-label={`Standardfordeling for ${name}`}
                        dataField={index === 0 ? CHECK_FIELDS.defaultSplit : undefined}
                        className="budget-input--percent"
                        value={shareOf(source.id) || null}
                        parse={parsePercentInput}
                        commitWhileTyping
                        onCommit={(percent) =>
                          edit(
                            (p) => setDefaultShare(p, source.id, percent),
                            `budget.defaultShare.${source.id}`,
                          )
                        }
                        onProblem={(message) =>
                          report(shareId, `Standardfordeling for ${name}`, message)
                        }
                      />
                      <span aria-hidden="true">%</span>
                    </span>
                  </td>
                  <td className="sources-table__uses">{usageSummary(uses)}</td>
                  <td className="sources-table__actions">
                    <MoveButtons
                      idBase={`source-${source.id}`}
                      what={`kilden ${name}`}
                      canMoveUp={index > 0}
                      canMoveDown={index < sources.length - 1}
                      onMove={move}
                    />
                    <button
                      type="button"
                      className="button button--quiet button--small button--danger-text"
                      aria-label={`Fjern kilden ${name}`}
                      onClick={() =>
                        uses.length === 0 && spent === 0
                          ? remove(source)
                          : setAsking({ source, uses, spent })
                      }
                    >
                      Fjern
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Sum</th>
              <td className={`table__number${total === 100 ? '' : ' budget-grid__off'}`}>
                {formatPercent(total)}
              </td>
              <td colSpan={2} />
            </tr>
          </tfoot>
        </table>
      </div>
      <FieldProblems problems={problems} />
      <div aria-live="polite">
        {total !== 100 && (
          <p className="balance__off">
            Standardfordelingen er {formatPercent(total)} til sammen. Den må være 100 %, ellers går
            ikke finansieringen opp for det som bruker den.
          </p>
        )}
      </div>
      <button
        id="add-source"
        type="button"
        className="button button--small"
        onClick={() => {
          const id = newId();
          changeThenFocus(
            () => edit((p) => addSource(p, 'Ny finansieringskilde', id)),
            `source-${id}-name`,
          );
          // Typing replaces the suggested name.
          const input = document.getElementById(`source-${id}-name`);
          if (input instanceof HTMLInputElement) input.select();
        }}
      >
        <span aria-hidden="true">+ </span>Legg til finansieringskilde
      </button>
      {asking && (
        <RemoveSourceDialog
          name={asking.source.name}
          uses={asking.uses}
          spent={asking.spent}
          onCancel={() => setAsking(null)}
          onRemove={() => {
            setAsking(null);
            remove(asking.source);
          }}
        />
      )}
    </div>
  );
}

function usageSummary(uses: SourceUse[]): string {
  if (uses.length === 0) return 'Ikke i bruk';
  const measures = uses.filter(
    (u) => u.where !== 'Standardfordelingen' && u.where !== 'Programledelse',
  ).length;
  const parts = [
    uses.some((u) => u.where === 'Standardfordelingen') ? 'standardfordelingen' : '',
    uses.some((u) => u.where === 'Programledelse') ? 'programledelsen' : '',
    measures > 0 ? `${measures} tiltak` : '',
  ].filter(Boolean);
  const text = listInWords(parts);
  return text.charAt(0).toUpperCase() + text.slice(1);
}
