import {
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  type KeyboardEvent,
  type ReactNode,
  type RefObject,
} from 'react';
import { createPortal } from 'react-dom';

interface ModalProps {
  title: string;
  /** Escape and the close button call this; the dialog closes without a choice being made. */
  onDismiss: () => void;
  /** What the dialog is about; read out when it opens. */
  description: ReactNode;
  /** The choices (buttons), after the description. */
  children: ReactNode;
  /** alertdialog for questions that interrupt (unsaved changes, conflicts). */
  role?: 'dialog' | 'alertdialog';
  /** Room for a table or a long list (an import preview). */
  wide?: boolean;
  /** The whole window, less a margin (a chart at full size). */
  full?: boolean;
  /** What gets focus when the dialog opens, if not its first button or field. */
  initialFocus?: RefObject<HTMLElement | null>;
}

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * A modal dialog: the page behind is made inert, Tab stays inside, Escape dismisses, and focus
 * returns to where it was when the dialog closes.
 */
export function Modal({
  title,
  onDismiss,
  description,
  children,
  role = 'dialog',
  wide = false,
  full = false,
  initialFocus,
}: ModalProps) {
  const titleId = useId();
  const bodyId = useId();
  const panel = useRef<HTMLDivElement>(null);
  const dismiss = useRef(onDismiss);
  useEffect(() => {
    dismiss.current = onDismiss;
  });

  // In the commit that shows the dialog, so keys typed right after opening it land in it.
  useLayoutEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    const root = document.getElementById('root');
    root?.setAttribute('inert', '');
    const first = initialFocus?.current ?? panel.current?.querySelector<HTMLElement>(FOCUSABLE);
    (first ?? panel.current)?.focus();
    return () => {
      root?.removeAttribute('inert');
      if (previous?.isConnected) previous.focus();
    };
    // The element to focus first is chosen once, when the dialog opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      dismiss.current();
      return;
    }
    if (event.key !== 'Tab' || !panel.current) return;
    const items = [...panel.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    if (items.length === 0) return;
    const first = items[0]!;
    const last = items[items.length - 1]!;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return createPortal(
    <div className="modal-backdrop">
      <div
        ref={panel}
        className={`modal${wide ? ' modal--wide' : ''}${full ? ' modal--full' : ''}`}
        role={role}
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={bodyId}
        tabIndex={-1}
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId} className="modal__title">
          {title}
        </h2>
        <div id={bodyId} className="modal__body">
          {description}
        </div>
        {children}
      </div>
    </div>,
    document.body,
  );
}
