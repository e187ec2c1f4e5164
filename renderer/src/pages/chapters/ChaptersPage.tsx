import { PageHeading } from '../../components/PageHeading';

/** Being built in this issue; replaced by the real page. */
export function ChaptersPage() {
  return (
    <div className="page">
      <PageHeading>Tekstkapitler</PageHeading>
      <p>Denne siden er ikke klar ennå.</p>
    </div>
  );
}
