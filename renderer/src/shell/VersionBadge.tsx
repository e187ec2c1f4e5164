import { openVersionLabel } from '../pages/versions/history-labels';
import { useChangesSinceAdoption } from '../state/use-changes-since-adoption';
import { usePlanHistory } from '../state/use-plan-history';
import { useNavigation } from './navigation';

/**
 * Which version is open, beside the plan's name: «Versjon 1.1 (utkast)». Nothing for a plan
 * never adopted, so a plan being written keeps a quiet header.
 */
export function VersionBadge() {
  const state = usePlanHistory();
  const { navigate } = useNavigation();
  const history = state.phase === 'ready' ? state.history : null;
  const changes = useChangesSinceAdoption(history);
  const label = history && openVersionLabel(history, changes);
  if (!label) return null;
  return (
    <a
      href="#versjoner"
      className="version-badge"
      title="Versjoner og endringer"
      onClick={(event) => {
        event.preventDefault();
        navigate('versjoner');
      }}
    >
      {label}
    </a>
  );
}
