import { useState } from 'react';
import { defaultOrgChartOptions, type OrgChartOptions } from '#shared/charts/org-chart-source';

const STORAGE_KEY = 'planverksted.organisasjonskart';

/** How the user last chose to see the chart, remembered on this computer (not in the plan). */
export function useChartOptions(): [OrgChartOptions, (options: OrgChartOptions) => void] {
  const [options, setOptions] = useState<OrgChartOptions>(() => {
    try {
      const stored = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as unknown;
      return stored && typeof stored === 'object'
        ? readOptions(stored as Record<string, unknown>)
        : defaultOrgChartOptions;
    } catch {
      return defaultOrgChartOptions;
    }
  });
  const update = (next: OrgChartOptions) => {
    setOptions(next);
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
    } catch {
      // Not remembering the view is no reason to stop the user.
    }
  };
  return [options, update];
}

function readOptions(stored: Record<string, unknown>): OrgChartOptions {
  const flag = (key: keyof OrgChartOptions) =>
    typeof stored[key] === 'boolean' ? stored[key] : defaultOrgChartOptions[key];
  return {
    direction: stored.direction === 'LR' ? 'LR' : 'TB',
    showMembers: flag('showMembers') as boolean,
    showResponsibilities: flag('showResponsibilities') as boolean,
    colourByType: flag('colourByType') as boolean,
  };
}
