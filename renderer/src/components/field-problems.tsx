import { useCallback, useState } from 'react';

interface FieldProblem {
  /** The field in words: "Kostnad 2028". */
  label: string;
  message: string;
}

/**
 * Messages for refused input in a table of fields. Each field reports its own message; the table
 * shows them right under itself, each tied to its field with aria-describedby (`<id>-problem`).
 */
export function useFieldProblems() {
  const [problems, setProblems] = useState<Record<string, FieldProblem>>({});
  const report = useCallback((inputId: string, label: string, message: string | null) => {
    setProblems((previous) => {
      if (message === null) {
        if (!(inputId in previous)) return previous;
        const next = { ...previous };
        delete next[inputId];
        return next;
      }
      if (previous[inputId]?.message === message) return previous;
      return { ...previous, [inputId]: { label, message } };
    });
  }, []);
  return { problems, report };
}

export function FieldProblems({ problems }: { problems: Record<string, FieldProblem> }) {
  const entries = Object.entries(problems);
  if (entries.length === 0) return null;
  return (
    <div className="field-problems">
      {entries.map(([inputId, problem]) => (
        <p key={inputId} id={`${inputId}-problem`} className="field__error">
          {problem.label}: {problem.message} Det du skrev, er ikke lagret.
        </p>
      ))}
    </div>
  );
}
