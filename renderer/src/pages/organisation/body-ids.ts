import { bodyTypeLabels, type BodyType, type OrgBody } from '#shared/model/organisation';

/** Element ids on the Organisering page, so focus can be moved to them after a change. */
export const rowId = (bodyId: string) => `org-row-${bodyId}`;
export const fieldId = (bodyId: string, field: string) => `org-${bodyId}-${field}`;
export const dutyId = (bodyId: string, index: number) => `org-${bodyId}-duty-${index}`;

/** The name as shown in lists and messages; an unnamed body still has something to click. */
export function bodyName(body: Pick<OrgBody, 'name'>): string {
  return body.name.trim() || 'Uten navn';
}

/** "Arbeidsgruppe" for "Arbeidsgruppe / arbeidsutvalg": short enough for a row in the tree. */
export function shortTypeLabel(type: BodyType): string {
  return bodyTypeLabels[type].split(' / ')[0]!;
}
