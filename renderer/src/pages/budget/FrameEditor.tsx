import { frameField } from '#shared/checks/check-fields';
import { BUDGET_TARGETS } from '#shared/checks/budget-checks';
import { formatKroner, parseKronerInput } from '#shared/format/numbers';
import type { Plan } from '#shared/model/plan';
import { removeFrameOutsidePeriod, setFrame } from '#shared/plan/budget-operations';
import { usePlan } from '../../state/plan-context';
import { FieldProblems, useFieldProblems } from '../../components/field-problems';
import { NumberInput } from '../../components/NumberInput';
import { StickyEndsScroll } from '../../components/StickyEndsScroll';
import { OutsidePeriodNotice } from '../../components/money/OutsidePeriodNotice';
import { YearColumnHeaders } from '../../components/money/YearColumnHeaders';

interface FrameEditorProps {
  years: number[];
  /** The programme's total cost per year, from the multi-year overview. */
  costByYear: Map<number, number>;
}

const frameIn = (plan: Plan, year: number) =>
  plan.budget.frame.filter((f) => f.year === year).reduce((sum, f) => sum + f.amount, 0);

/** The stated frame per year (optional), against what the programme costs that year. */
export function FrameEditor({ years, costByYear }: FrameEditorProps) {
  const { plan, edit } = usePlan();
  const { problems, report } = useFieldProblems();
  const outside = [...new Set(plan.budget.frame.map((f) => f.year))]
    .filter((year) => !years.includes(year))
    .sort((a, b) => a - b);
  const frames = years.map((year) => ({
    year,
    frame: frameIn(plan, year),
    cost: costByYear.get(year) ?? 0,
  }));
  const totalFrame = frames.reduce((sum, f) => sum + f.frame, 0);
  const totalCost = frames.reduce((sum, f) => sum + f.cost, 0);
  const yearHeader = (year: number) => `frame-y${year}`;

  return (
    <div data-entity-id={BUDGET_TARGETS.frame}>
      <p className="muted">
        Rammen er det programmet har fått eller søker om per år. Den er valgfri; er den fylt ut,
        sier siden fra når kostnadene går over.
      </p>
      <StickyEndsScroll className="budget-grid-wrap">
        <table className="budget-grid sticky-ends">
          <caption className="visually-hidden">Ramme og planlagt kostnad per år</caption>
          <thead>
            <tr>
              <td />
              <YearColumnHeaders years={years} headerId={yearHeader} />
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row" id="frame-row">
                Ramme
              </th>
              {frames.map((f) => (
                <td key={f.year}>
                  <NumberInput
                    id={`frame-${f.year}`}
                    aria-labelledby={`frame-row ${yearHeader(f.year)}`}
                    dataField={frameField(f.year)}
                    value={f.frame || null}
                    parse={parseKronerInput}
                    onCommit={(amount) =>
                      edit((p) => setFrame(p, f.year, amount), `budget.frame.${f.year}`)
                    }
                    onProblem={(message) => report(`frame-${f.year}`, `Ramme ${f.year}`, message)}
                  />
                </td>
              ))}
              <td className="table__number">{formatKroner(totalFrame)}</td>
            </tr>
            <tr>
              <th scope="row">Planlagt kostnad</th>
              {frames.map((f) => (
                <td key={f.year} className="table__number">
                  {formatKroner(f.cost)}
                </td>
              ))}
              <td className="table__number">{formatKroner(totalCost)}</td>
            </tr>
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Igjen av rammen</th>
              {frames.map((f) => (
                <td
                  key={f.year}
                  className={`table__number${f.frame > 0 && f.cost > f.frame ? ' budget-grid__off' : ''}`}
                >
                  {f.frame === 0 ? (
                    <span className="muted">Ingen ramme</span>
                  ) : (
                    formatKroner(f.frame - f.cost)
                  )}
                </td>
              ))}
              <td className="table__number">
                {totalFrame === 0 ? '' : formatKroner(totalFrame - totalCost)}
              </td>
            </tr>
          </tfoot>
        </table>
      </StickyEndsScroll>
      <FieldProblems problems={problems} />
      <div aria-live="polite">
        {frames
          .filter((f) => f.frame > 0 && f.cost > f.frame)
          .map((f) => (
            <p key={f.year} className="balance__off">
              Programmet koster {formatKroner(f.cost)} i {f.year}. Det er{' '}
              {formatKroner(f.cost - f.frame)} mer enn rammen på {formatKroner(f.frame)}.
            </p>
          ))}
      </div>
      <OutsidePeriodNotice
        outside={outside}
        what="Rammen har også beløp"
        removeLabel="Fjern rammen utenfor perioden"
        onRemove={() => edit(removeFrameOutsidePeriod)}
        focusId={frameField(years[0]!)}
      />
    </div>
  );
}
