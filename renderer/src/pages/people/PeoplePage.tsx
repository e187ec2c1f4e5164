import { PageHeading } from '../../components/PageHeading';

/** Being built in this issue; replaced by the real page. */
export function PeoplePage() {
  return (
    <div className="page">
      <PageHeading>Personer og partnere</PageHeading>
      <p>Denne siden er ikke klar ennå.</p>
    </div>
  );
}
