import type { ReactNode } from 'react';

/** The page's h1; focusable so that moving between pages can land on it. */
export function PageHeading({ children }: { children: ReactNode }) {
  return (
    <h1 className="page-title" tabIndex={-1}>
      {children}
    </h1>
  );
}
