import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useLayoutEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import type { MenuCommand } from '#shared/ipc/channels';
import { getDesktopBridge } from '../api/desktop-bridge';
import { PlanSessionContext } from '../state/plan-context';
import type { PageId } from './pages';

/** A place inside a page: the entity to show, and optionally the field to put the cursor in. */
export interface NavTarget {
  entityId: string;
  field?: string;
}

interface Navigation {
  page: PageId;
  target: NavTarget | null;
  /** Go to a page, optionally to an entity on it (links from Kvalitetssjekk, Sporbarhet …). */
  navigate(page: PageId, target?: NavTarget): void;
  clearTarget(): void;
}

const NavigationContext = createContext<Navigation | null>(null);

const menuPages: Partial<Record<MenuCommand, PageId>> = {
  'go-export': 'eksport',
  'go-workshop': 'verksted',
};

export function NavigationProvider({
  children,
  initial,
}: {
  children: ReactNode;
  initial: PageId;
}) {
  const [page, setPage] = useState<PageId>(initial);
  const [target, setTarget] = useState<NavTarget | null>(null);
  const session = useContext(PlanSessionContext);
  const navigate = useCallback(
    (next: PageId, nextTarget?: NavTarget) => {
      // The page left behind may hold typing in a field; the next page shows the plan with it.
      session?.flushDrafts();
      setPage(next);
      setTarget(nextTarget ?? null);
    },
    [session],
  );
  const clearTarget = useCallback(() => setTarget(null), []);
  // Menu items that lead to a page (Electron only): they need an open plan, which this is.
  useEffect(() => {
    const bridge = getDesktopBridge();
    if (!bridge) return;
    return bridge.onMenuCommand((command) => {
      const page = menuPages[command];
      if (page) navigate(page);
    });
  }, [navigate]);
  const value = useMemo(
    () => ({ page, target, navigate, clearTarget }),
    [page, target, navigate, clearTarget],
  );
  return <NavigationContext.Provider value={value}>{children}</NavigationContext.Provider>;
}

export function useNavigation(): Navigation {
  const navigation = useContext(NavigationContext);
  if (!navigation) throw new Error('useNavigation must be used inside NavigationProvider');
  return navigation;
}

const FOCUSABLE = 'input, textarea, select, button, [tabindex]';

/**
 * Brings the navigation target into view once the page has rendered it: the element with
 * `data-entity-id` is scrolled to, and the field with `data-field` (or its first input) focused.
 * Pages that hide entities (collapsed panels, filters) read `target` themselves and reveal it.
 */
export function useRevealTarget() {
  const { target, clearTarget } = useNavigation();
  // In the commit that draws the page (pages reveal hidden targets while rendering), so keys
  // typed right after following the link land in the field.
  useLayoutEffect(() => {
    if (!target) return;
    const holder = document.querySelector<HTMLElement>(
      `[data-entity-id="${CSS.escape(target.entityId)}"]`,
    );
    if (!holder) return;
    holder.scrollIntoView({ block: 'center' });
    const named =
      target.field &&
      holder.querySelector<HTMLElement>(`[data-field="${CSS.escape(target.field)}"]`);
    // `data-field` may sit on a wrapper (a group of fields): focus the first control in it.
    const field = named
      ? named.matches(FOCUSABLE)
        ? named
        : (named.querySelector<HTMLElement>(FOCUSABLE) ?? named)
      : holder.querySelector<HTMLElement>(FOCUSABLE);
    (field ?? holder).focus();
    clearTarget();
  }, [target, clearTarget]);
}
