interface FormButtonsProps {
  submitLabel: string;
  onCancel(): void;
}

/** The end of an inline form: what it does, first, and a quiet way out. Enter submits. */
export function FormButtons({ submitLabel, onCancel }: FormButtonsProps) {
  return (
    <div className="button-row">
      <button type="submit" className="button button--primary">
        {submitLabel}
      </button>
      <button type="button" className="button button--quiet" onClick={onCancel}>
        Avbryt
      </button>
    </div>
  );
}
