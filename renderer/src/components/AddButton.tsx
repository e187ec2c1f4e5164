import type { ButtonHTMLAttributes } from 'react';

interface AddButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'type'> {
  small?: boolean;
}

/** «+ Legg til …»: the plus is decoration, so screen readers hear only the words. */
export function AddButton({ small, children, className, ...props }: AddButtonProps) {
  return (
    <button
      type="button"
      className={[small ? 'button button--small' : 'button', className].filter(Boolean).join(' ')}
      {...props}
    >
      <span aria-hidden="true">+ </span>
      {children}
    </button>
  );
}
