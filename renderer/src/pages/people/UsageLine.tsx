import type { Usage, UsagePlace } from '#shared/plan/people-operations';
import { PlanLink } from '../../components/links/PlanLink';

/** A place where a person or partner is used, as a link where the app has a page for it. */
export function UsagePlaceLink({ place }: { place: UsagePlace }) {
  const target = place.entityId ? { entityId: place.entityId } : undefined;
  switch (place.section) {
    case 'tiltak':
      return (
        <PlanLink page="satsningsomrader" target={target}>
          {place.name}
        </PlanLink>
      );
    case 'om-planen':
      return <PlanLink page="om-planen">{place.name}</PlanLink>;
    case 'organisering':
      return (
        <PlanLink page="organisering" target={target}>
          {place.name}
        </PlanLink>
      );
    case 'personer':
      return (
        <PlanLink page="personer" target={target}>
          {place.name}
        </PlanLink>
      );
    case 'risiko':
      return (
        <PlanLink page="risikoanalyse" target={target}>
          {place.name}
        </PlanLink>
      );
    default:
      return <>{place.name}</>;
  }
}

/** "Ansvarlig for tiltak 1A, 2B; medlem av Styringsgruppe", with links. */
export function UsageLine({ usages }: { usages: Usage[] }) {
  if (usages.length === 0) return <p className="usage-line muted">Ikke brukt i planen ennå.</p>;
  return (
    <p className="usage-line">
      <span className="usage-line__label">Brukes: </span>
      {usages.map((usage, i) => (
        <span key={usage.role}>
          {i > 0 && '; '}
          {i === 0 ? capitalise(usage.prefix) : usage.prefix}{' '}
          {usage.places.map((place, j) => (
            <span key={`${place.section}-${place.entityId ?? j}`}>
              {j > 0 && ', '}
              <UsagePlaceLink place={place} />
            </span>
          ))}
        </span>
      ))}
    </p>
  );
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
