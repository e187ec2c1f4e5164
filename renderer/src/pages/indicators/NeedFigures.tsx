import { useMemo, useState } from 'react';
import { needChartSource } from '#shared/charts/follow-up-chart-source';
import { parseCountInput } from '#shared/format/count-input';
import { formatNumber } from '#shared/format/numbers';
import { localIsoDate } from '#shared/format/local-date';
import { needCategories, needCategoryLabels, type NeedCategory } from '#shared/model/need-figures';
import type { Plan } from '#shared/model/plan';
import { findNeedFigure, setNeedFigure } from '#shared/plan/need-figure-operations';
import { FollowUpChart } from '../../charts/FollowUpChart';
import { FieldProblems, useFieldProblems } from '../../components/field-problems';
import { NumberInput } from '../../components/NumberInput';
import { defaultYear, YearPicker } from '../../components/YearPicker';
import { useHeldText } from '../../components/use-held-text';
import { usePlan } from '../../state/plan-context';

/** What each category covers, in the words of Husbanken's annual report form. */
const categoryHelp: Record<NeedCategory, string> = {
  A: 'Husstander som bor ute, i akutt- og døgnovernatting, i krisesenter eller gjennomgangsbolig, skal utskrives fra institusjon eller løslates fra fengsel innen to måneder, eller bor hos venner og kjente.',
  B: 'Husstander som er begjært utkastet, er uten gyldig leiekontrakt eller har for høye boutgifter.',
  C: 'Husstander som bor i boliger med dårlig fysisk standard, i boliger som ikke er utformet etter deres spesielle behov, eller i for liten bolig.',
};

type CountField = 'atStart' | 'atEnd' | 'helped';

const countColumns: { field: CountField; label: string }[] = [
  { field: 'atStart', label: 'Status behov 01.01' },
  { field: 'atEnd', label: 'Status behov 31.12' },
  { field: 'helped', label: 'Resultat: husstander som har fått egnet bolig i løpet av året' },
];

/** Husbanken's need figures A/B/C for a chosen year, and A/B/C at year end over the years. */
export function NeedFigures({ plan, years }: { plan: Plan; years: number[] }) {
  const { edit } = usePlan();
  const { problems, report } = useFieldProblems();
  const [chosen, setChosen] = useState<number | null>(null);
  const year =
    chosen !== null && years.includes(chosen) ? chosen : defaultYear(years, localIsoDate());
  const chartRows = useMemo(
    () =>
      years.map((y) => ({
        year: y,
        atEnd: Object.fromEntries(
          needCategories.map((c) => [c, findNeedFigure(plan, y, c)?.atEnd ?? null]),
        ),
      })),
    [plan, years],
  );
  const source = useMemo(() => needChartSource(chartRows), [chartRows]);

  if (year === null) {
    return <p>Planen har ingen programperiode ennå, så behovstall kan ikke føres.</p>;
  }
  return (
    <>
      <YearPicker years={years} value={year} onChange={setChosen} label="År for behovstall" />
      <div className="help-text">
        <p>
          Som i Husbankens årsrapport: antall husstander med behov ved årets start og slutt viser
          utviklingen i lys av behovet. Resultatet trenger ikke stemme med forskjellen mellom dem. I
          kommentaren kan dere forklare tallene: målgrupper dere har prioritert, usikkerhet ved
          tallene, eller årsaker som boligmarkedet og endringer i regelverk.
        </p>
      </div>
      <div className="need-figures" data-testid="need-figures">
        {needCategories.map((category) => {
          const figure = findNeedFigure(plan, year, category);
          const headingId = `need-${category}-heading`;
          return (
            <fieldset
              key={category}
              className="need-category"
              aria-describedby={`${headingId}-help`}
            >
              <legend id={headingId} className="need-category__title">
                {category}. {needCategoryLabels[category]} – {year}
              </legend>
              <p id={`${headingId}-help`} className="field__hint">
                {categoryHelp[category]}
              </p>
              <div className="need-category__counts">
                {countColumns.map((c) => {
                  const inputId = `need-${year}-${category}-${c.field}`;
                  return (
                    <div key={c.field} className="field need-category__count">
                      <label className="field__label" htmlFor={inputId}>
                        {c.label}
                      </label>
                      <NumberInput
                        id={inputId}
                        value={figure?.[c.field] ?? null}
                        parse={parseCountInput}
                        onCommit={(value) =>
                          edit(
                            (p) => setNeedFigure(p, year, category, { [c.field]: value }),
                            `need.${year}.${category}.${c.field}`,
                          )
                        }
                        onProblem={(message) => report(inputId, `${category}, ${c.label}`, message)}
                      />
                    </div>
                  );
                })}
              </div>
              <NeedComment year={year} category={category} value={figure?.comment ?? ''} />
            </fieldset>
          );
        })}
      </div>
      <FieldProblems problems={problems} />
      <FollowUpChart
        source={source}
        caption="Behovstall per 31.12 for hvert år: A, B og C."
        note="Blå linje er A, oransje B og grønn C."
        table={<NeedTable rows={chartRows} />}
      />
    </>
  );
}

function NeedComment({
  year,
  category,
  value,
}: {
  year: number;
  category: NeedCategory;
  value: string;
}) {
  const { edit } = usePlan();
  const id = `need-${year}-${category}-comment`;
  const held = useHeldText(
    value,
    (text) => edit((p) => setNeedFigure(p, year, category, { comment: text })),
    id,
  );
  return (
    <div className="field need-category__comment">
      <label className="field__label" htmlFor={id}>
        Kommentar
      </label>
      <textarea
        id={id}
        className="input input--multiline"
        rows={2}
        value={held.text}
        onChange={(e) => held.change(e.target.value)}
        onBlur={held.commit}
      />
    </div>
  );
}

function NeedTable({
  rows,
}: {
  rows: { year: number; atEnd: Partial<Record<NeedCategory, number | null>> }[];
}) {
  return (
    <div className="table-wrap">
      <table className="table follow-up-table">
        <caption className="visually-hidden">Behovstall per 31.12</caption>
        <thead>
          <tr>
            <th scope="col">År</th>
            {needCategories.map((c) => (
              <th key={c} scope="col" className="table__number">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.year}>
              <th scope="row">{r.year}</th>
              {needCategories.map((c) => {
                const value = r.atEnd[c] ?? null;
                return (
                  <td key={c} className="table__number">
                    {value === null ? 'ikke ført' : formatNumber(value)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
