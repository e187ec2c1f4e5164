import type { DragEvent } from 'react';

interface DragHandleProps {
  draggable: boolean;
  onDragStart: (event: DragEvent<HTMLElement>) => void;
  onDragEnd: () => void;
}

/**
 * A grip to drag an item with the mouse. Hidden from screen readers and skipped by Tab: the
 * move buttons and Alt+arrows do the same from the keyboard.
 */
export function DragHandle(props: DragHandleProps) {
  return (
    <span className="drag-handle" aria-hidden="true" title="Dra for å flytte" {...props}>
      <svg viewBox="0 0 10 16" width="10" height="16" focusable="false">
        {[3, 8, 13].map((y) => (
          <g key={y}>
            <circle cx="2.5" cy={y} r="1.5" />
            <circle cx="7.5" cy={y} r="1.5" />
          </g>
        ))}
      </svg>
    </span>
  );
}
