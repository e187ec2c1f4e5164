import type { Plan } from '#shared/model/plan';
import { createEmptyPlan } from '#shared/plan/create-plan';
import { addFocusArea } from '#shared/plan/focus-area-operations';
import { updateInfo } from '#shared/plan/info-operations';
import { addMeasure } from '#shared/plan/measure-operations';

const shared = (responsible: string) => ({ responsible, participants: '', ledByOther: false });

/**
 * A plan numbered as Husbanken's form numbers it: in area 1 the local measures 1A, 1B and the
 * shared projects 1A, 1B (entered between them); area 2 has one local measure. For the exports.
 */
export function sharedProjectsPlan(): Plan {
  let p = createEmptyPlan(new Date('2026-03-01T10:00:00.000Z'));
  p = updateInfo(p, { sharedProjectsNumberedApart: true });
  p = addFocusArea(p, { code: '1', title: 'Boliger' }, 'a1');
  p = addFocusArea(p, { code: '2', title: 'Tjenester' }, 'a2');
  p = addMeasure(p, 'a1', { title: 'Boligtorg' }, 'l1');
  p = addMeasure(p, 'a1', { title: 'Ressursbank', sharedProject: shared('Bydel Alna') }, 's1');
  p = addMeasure(p, 'a1', { title: 'Bostøtteveiledning' }, 'l2');
  p = addMeasure(
    p,
    'a1',
    { title: 'Felles kartlegging', sharedProject: shared('Bydel Grorud') },
    's2',
  );
  p = addMeasure(p, 'a2', { title: 'Oppfølging i bolig' }, 'b1');
  return p;
}
