import { PageHeading } from '../../components/PageHeading';

// Placeholder while the page is built (issue 13); replaced before this branch is merged.
export function SpendingPage() {
  return (
    <div className="page">
      <PageHeading>Regnskap</PageHeading>
    </div>
  );
}
