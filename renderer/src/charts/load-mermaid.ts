import type { Mermaid } from 'mermaid';

let loading: Promise<Mermaid> | null = null;

/**
 * Mermaid is large, so it is loaded the first time a chart is drawn, not at start-up. The
 * settings here match the frontmatter every generated source carries (chartFrontmatter), so a
 * chart looks the same whether the settings come from here or from the .mmd file.
 */
export function loadMermaid(): Promise<Mermaid> {
  loading ??= import('mermaid').then(
    ({ default: mermaid }) => {
      mermaid.initialize({
        startOnLoad: false,
        securityLevel: 'strict',
        // Root level: the flowchart-level setting no longer turns off <foreignObject> labels.
        htmlLabels: false,
        layout: 'dagre',
        theme: 'base',
        look: 'classic',
        fontFamily: 'Arial, Helvetica, sans-serif',
        // Errors are shown in our own words; mermaid must not draw its error picture.
        suppressErrorRendering: true,
        maxTextSize: 500_000,
      });
      return mermaid;
    },
    (error: unknown) => {
      // A failed download can be tried again next time.
      loading = null;
      throw error;
    },
  );
  return loading;
}
