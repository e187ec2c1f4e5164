import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import type { Measure } from '#shared/model/measures';
import { newMeasure } from '#shared/plan/measure-operations';
import { createPlan, currentFileName, expectAllSaved, OSLO_TEMPLATE } from './plan-steps';
import { answerDialogs } from './test-server';

interface MeasureSeed {
  id: string;
  focusAreaId: string;
  code: string;
  title: string;
  ownerPersonId?: string;
  targetGroupIds?: string[];
  strategyIds?: string[];
  partnerIds?: string[];
  goalIds?: string[];
}

/** Five measures in the Oslo template's focus areas 1–4; focus area 5 has none (gaps). */
export const osloMeasures: MeasureSeed[] = [
  {
    id: 'm-1a',
    focusAreaId: 'fa-1',
    code: '1A',
    title: 'Boligtorg',
    ownerPersonId: 'p-3',
    targetGroupIds: ['tg-institusjon', 'tg-rus-psykisk'],
    strategyIds: ['str-kunnskap'],
    partnerIds: ['partner-nav'],
  },
  {
    id: 'm-1b',
    focusAreaId: 'fa-1',
    code: '1B',
    title: 'Kartlegging av boligbehov',
    ownerPersonId: 'p-6',
    targetGroupIds: ['tg-flyktninger'],
    strategyIds: ['str-prioriteringer'],
  },
  {
    id: 'm-2a',
    focusAreaId: 'fa-2',
    code: '2A',
    title: 'Startlån til leietakere',
    ownerPersonId: 'p-9',
    targetGroupIds: ['tg-lavinntekt', 'tg-unge'],
    strategyIds: ['str-eierskap'],
  },
  {
    id: 'm-3a',
    focusAreaId: 'fa-3',
    code: '3A',
    title: 'Booppfølging etter utskriving',
    ownerPersonId: 'p-7',
    targetGroupIds: ['tg-institusjon', 'tg-rus-psykisk'],
    partnerIds: ['partner-dps'],
  },
  {
    id: 'm-4a',
    focusAreaId: 'fa-4',
    code: '4A',
    title: 'Bomiljøvert i borettslag',
    ownerPersonId: 'p-3',
    targetGroupIds: ['tg-lavinntekt'],
    partnerIds: ['partner-borettslag'],
  },
];

function measure(seed: MeasureSeed): Measure {
  return {
    ...newMeasure(seed.id, seed.focusAreaId, seed.code),
    // The measures of a plan being followed up: each has been given a status («Ny»).
    status: 'n',
    title: seed.title,
    owner: seed.ownerPersonId ? { kind: 'person', id: seed.ownerPersonId } : null,
    partnerIds: seed.partnerIds ?? [],
    targetGroupIds: seed.targetGroupIds ?? [],
    strategyIds: seed.strategyIds ?? [],
    goalIds: seed.goalIds ?? [],
  };
}

/**
 * A new plan from a template, changed straight in its file and opened again through the file
 * dialog: a plan in a state the pages would take many steps to reach. Returns the file's path.
 */
export async function openPlanChangedOnDisk(
  page: Page,
  request: APIRequestContext,
  template: string,
  title: string,
  change: (plan: Record<string, unknown>) => void,
): Promise<string> {
  await createPlan(page, template, title);
  await expectAllSaved(page);
  const fileName = await currentFileName(page);
  await page.getByRole('button', { name: 'Lukk plan' }).click();
  const plansDir = await answerDialogs(request, {});
  const path = join(plansDir, fileName);
  const plan = JSON.parse(await readFile(path, 'utf8'));
  change(plan);
  await writeFile(path, JSON.stringify(plan, null, 2));
  await answerDialogs(request, { open: [path] });
  await page.getByRole('button', { name: 'Åpne plan …' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Om planen' })).toBeVisible();
  return path;
}

/**
 * A plan from the Oslo template with measures written straight into its file, opened through
 * the file dialog: measures without depending on the measures page.
 */
export function openOsloPlanWithMeasures(
  page: Page,
  request: APIRequestContext,
  title: string,
  seeds: MeasureSeed[] = osloMeasures,
  adjust: (plan: Record<string, unknown>) => void = () => {},
): Promise<string> {
  return openPlanChangedOnDisk(page, request, OSLO_TEMPLATE, title, (plan) => {
    plan.measures = seeds.map(measure);
    adjust(plan);
  });
}
