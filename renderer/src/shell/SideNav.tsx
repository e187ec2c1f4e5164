import '../styles/quality.css';
import { useQualityProblems } from '../state/use-quality-problems';
import { planPages, type PageId } from './pages';

interface SideNavProps {
  current: PageId;
  onNavigate: (page: PageId) => void;
}

const groupOf = (page: (typeof planPages)[number] | undefined) =>
  page && 'group' in page ? page.group : undefined;

/** Links, since they take the user somewhere; the address itself is not used (no routing). */
export function SideNav({ current, onNavigate }: SideNavProps) {
  const problems = useQualityProblems().length;
  return (
    <nav className="side-nav" aria-label="Deler av planen">
      <ul>
        {planPages.map((page, i) => (
          <li
            key={page.id}
            className={
              groupOf(page) !== groupOf(planPages[i - 1]) ? 'side-nav__group-start' : undefined
            }
          >
            {groupOf(page) === 'oppfolging' && groupOf(planPages[i - 1]) !== 'oppfolging' && (
              <span className="side-nav__group" aria-hidden="true">
                Etter vedtak
              </span>
            )}
            <a
              href={`#${page.id}`}
              className="side-nav__item"
              aria-current={page.id === current ? 'page' : undefined}
              onClick={(event) => {
                event.preventDefault();
                onNavigate(page.id);
              }}
            >
              {page.label}
              {page.id === 'kvalitetssjekk' && problems > 0 && (
                // Things to look at, not errors: read as «Kvalitetssjekk 12 ting å se på».
                <>
                  {' '}
                  <span className="nav-badge">{problems}</span>
                  <span className="visually-hidden"> ting å se på</span>
                </>
              )}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
