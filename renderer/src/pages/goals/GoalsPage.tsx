import { useCallback, useEffect, useMemo, useState } from 'react';
import { mainGoalOf } from '#shared/plan/goal-outline';
import { PageHeading } from '../../components/PageHeading';
import { useNavigation, useRevealTarget, type NavTarget } from '../../shell/navigation';
import { DeletionContext, type DeletionAnnouncer } from '../../components/notices/deletion-notice';
import { DeletionNotice } from '../../components/notices/DeletionNotice';
import { useDeletionNotice } from '../../components/notices/use-deletion-notice';
import { useMediaQuery } from '../../components/use-media-query';
import { usePlanSession, useSessionSnapshot } from '../../state/plan-context';
import { MainGoalList } from './MainGoalList';
import { VisionFields } from './VisionFields';
import { GoalOutline } from './GoalOutline';
import {
  GoalFoldingContext,
  goalIdOfFocusId,
  initiallyFolded,
  withFolded,
  type GoalFolding,
} from './goal-folding';

// Which goals are folded outlives a visit to another page (a link from Kvalitetssjekk and back),
// for the plan it was chosen in; a reopened plan starts afresh.
const remembered: { current: { session: string; folded: ReadonlySet<string> } | null } = {
  current: null,
};

/**
 * Where the outline stands beside the goals rather than above them: from here the window has
 * room for both without narrowing the fields (the editing column keeps ~54rem).
 */
const WIDE = '(min-width: 1500px)';

export function GoalsPage() {
  const session = usePlanSession();
  const { plan } = useSessionSnapshot();
  const { target } = useNavigation();
  const wide = useMediaQuery(WIDE);
  const [folded, setFolded] = useState<ReadonlySet<string>>(() =>
    remembered.current?.session === session.key ? remembered.current.folded : initiallyFolded(plan),
  );
  const [handledTarget, setHandledTarget] = useState<NavTarget | null>(null);
  useEffect(() => {
    remembered.current = { session: session.key, folded };
  }, [session.key, folded]);

  // A link from Kvalitetssjekk or elsewhere to a goal, or a field in one, inside a folded goal:
  // unfold it while rendering, so useRevealTarget finds the field shown and focuses it.
  if (target && target !== handledTarget) {
    setHandledTarget(target);
    const main = mainGoalOf(plan, target.entityId);
    if (main && folded.has(main)) setFolded(withFolded(folded, main, false));
  }
  useRevealTarget();

  const folding = useMemo<GoalFolding>(
    () => ({
      isFolded: (id) => folded.has(id),
      toggle: (id) => setFolded((set) => withFolded(set, id, !set.has(id))),
      open: (id) => setFolded((set) => withFolded(set, id, false)),
      foldAll: () => setFolded(new Set(session.plan.mainGoals.map((g) => g.id))),
      openAll: () => setFolded(new Set()),
    }),
    [folded, session],
  );

  const { announce, noticeProps } = useDeletionNotice();
  // «Angre» puts the cursor back in the restored goal: unfold the goal it is in first (it may
  // have been folded since, or be the deleted main goal itself).
  const unfoldRestored = useCallback(
    (focusId: string) => {
      const id = goalIdOfFocusId(focusId);
      const main = id && mainGoalOf(session.plan, id);
      if (main) setFolded((set) => withFolded(set, main, false));
    },
    [session],
  );
  const announcer = useMemo<DeletionAnnouncer>(
    () => ({
      deleted: (message, focusId) => announce(message, focusId, () => unfoldRestored(focusId)),
    }),
    [announce, unfoldRestored],
  );

  return (
    <GoalFoldingContext.Provider value={folding}>
      <DeletionContext.Provider value={announcer}>
        <div className={`page page--form goals-page${wide ? ' goals-page--wide' : ''}`}>
          <PageHeading>Visjon og mål</PageHeading>
          <p className="lead">
            Visjonen sier hvor dere vil. Hovedmålene sier hva planen skal oppnå, delmålene hva som
            må til, og resultatmålene hvordan dere ser at det virker.
          </p>
          <div className="goals-layout">
            <GoalOutline beside={wide} />
            <div className="goals-layout__content">
              <VisionFields />
              <MainGoalList />
            </div>
          </div>
          <DeletionNotice {...noticeProps} />
        </div>
      </DeletionContext.Provider>
    </GoalFoldingContext.Provider>
  );
}
