interface YearColumnHeadersProps {
  years: number[];
  /** The id of each year's header, so the amount fields can be labelled by row and year. */
  headerId(year: number): string;
}

/** The year columns and the sum column of a budget grid's header row. */
export function YearColumnHeaders({ years, headerId }: YearColumnHeadersProps) {
  return (
    <>
      {years.map((year) => (
        <th key={year} scope="col" id={headerId(year)} className="table__number">
          {year}
        </th>
      ))}
      <th scope="col" className="table__number">
        Sum
      </th>
    </>
  );
}
