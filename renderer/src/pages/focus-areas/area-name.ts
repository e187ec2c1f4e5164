import type { FocusArea } from '#shared/model/strategies';

/** «Satsningsområde 2: Tilgjengelige og økonomiske boligvirkemidler». */
export const areaName = (area: FocusArea) =>
  `Satsningsområde ${area.code}${area.title ? `: ${area.title}` : ''}`;
