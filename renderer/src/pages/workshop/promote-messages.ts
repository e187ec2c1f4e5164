import type { WorkshopCard } from '#shared/model/workshop';
import { canPromote } from '#shared/plan/workshop-operations';

/** Why a card cannot be accepted as a measure, in plain words; null when it can. */
export function whyNotPromotable(card: WorkshopCard): string | null {
  if (canPromote(card)) return null;
  if (card.measureId !== null) return 'Kortet er allerede et tiltak.';
  if (card.parked) return 'Et parkert kort kan ikke bli tiltak. Hent det tilbake først.';
  return 'Et kort for hele planen kan ikke bli tiltak. Flytt det til et satsningsområde først.';
}
