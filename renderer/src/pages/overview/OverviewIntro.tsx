import type { ReactNode } from 'react';
import { PageHeading } from '../../components/PageHeading';

interface OverviewIntroProps {
  title: string;
  /** What the page will let the user do, once it is built. */
  children: ReactNode;
}

/** The honest top of a page that is not built yet: what it will do, and that it is not ready. */
export function OverviewIntro({ title, children }: OverviewIntroProps) {
  return (
    <>
      <PageHeading>{title}</PageHeading>
      <div className="coming">
        <p className="coming__label">Ikke klar ennå</p>
        <p>{children}</p>
      </div>
      <h2>Dette inneholder planen nå</h2>
    </>
  );
}
