import { useRef, type KeyboardEvent, type ReactNode } from 'react';

export interface ViewTab<K extends string> {
  key: K;
  label: ReactNode;
}

interface ViewTabsProps<K extends string> {
  idBase: string;
  label: string;
  tabs: ViewTab<K>[];
  selected: K;
  onSelect: (key: K) => void;
  children: ReactNode;
}

/** Tabs after the WAI-ARIA pattern: arrow keys, Home and End move between them. */
export function ViewTabs<K extends string>({
  idBase,
  label,
  tabs,
  selected,
  onSelect,
  children,
}: ViewTabsProps<K>) {
  const list = useRef<HTMLDivElement>(null);
  const onKeyDown = (event: KeyboardEvent) => {
    const index = tabs.findIndex((t) => t.key === selected);
    const next: Record<string, number> = {
      ArrowRight: (index + 1) % tabs.length,
      ArrowLeft: (index - 1 + tabs.length) % tabs.length,
      Home: 0,
      End: tabs.length - 1,
    };
    if (!(event.key in next)) return;
    event.preventDefault();
    const tab = tabs[next[event.key]!]!;
    onSelect(tab.key);
    list.current?.querySelector<HTMLElement>(`#${idBase}-tab-${tab.key}`)?.focus();
  };
  return (
    <>
      <div ref={list} className="view-tabs" role="tablist" aria-label={label} onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
          <button
            key={tab.key}
            id={`${idBase}-tab-${tab.key}`}
            type="button"
            role="tab"
            className="view-tabs__tab"
            aria-selected={tab.key === selected}
            aria-controls={`${idBase}-panel`}
            tabIndex={tab.key === selected ? 0 : -1}
            onClick={() => onSelect(tab.key)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div
        id={`${idBase}-panel`}
        className="view-tabs__panel"
        role="tabpanel"
        aria-labelledby={`${idBase}-tab-${selected}`}
      >
        {children}
      </div>
    </>
  );
}
