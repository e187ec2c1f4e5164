import type { ReactNode } from 'react';
import { useNavigation, type NavTarget } from '../../shell/navigation';
import type { PageId } from '../../shell/pages';

interface PlanLinkProps {
  page: PageId;
  target?: NavTarget;
  children: ReactNode;
  /** Fuller name for screen readers when the visible text is short ("1A"). */
  label?: string;
  className?: string;
}

/** A link to a place in the plan: another page, or an entity on a page. */
export function PlanLink({ page, target, children, label, className }: PlanLinkProps) {
  const { navigate } = useNavigation();
  return (
    <a
      href={`#${page}`}
      className={['plan-link', className ?? ''].join(' ').trim()}
      aria-label={label}
      onClick={(event) => {
        event.preventDefault();
        navigate(page, target);
      }}
    >
      {children}
    </a>
  );
}
