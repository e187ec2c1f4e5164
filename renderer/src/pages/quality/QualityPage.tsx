import { PageHeading } from '../../components/PageHeading';

/** Being built in this issue; replaced by the real page. */
export function QualityPage() {
  return (
    <div className="page">
      <PageHeading>Kvalitetssjekk</PageHeading>
      <p>Denne siden er ikke klar ennå.</p>
    </div>
  );
}
