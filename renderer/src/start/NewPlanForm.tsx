import { useState } from 'react';
import type { TemplateSummary } from '#shared/ipc/contract';
import { TextField } from '../components/TextField';

interface NewPlanFormProps {
  templates: TemplateSummary[] | null;
  busy: boolean;
  onCreate: (templateId: string, title: string) => void;
}

export function NewPlanForm({ templates, busy, onCreate }: NewPlanFormProps) {
  const [chosen, setChosen] = useState<string | null>(null);
  const [title, setTitle] = useState('');
  const templateId = chosen ?? templates?.[0]?.id ?? null;

  if (templates === null) return <p>Henter malene …</p>;
  if (templates.length === 0) return <p>Fant ingen maler. Planverksted mangler malfilene sine.</p>;

  return (
    <form
      className="new-plan"
      onSubmit={(event) => {
        event.preventDefault();
        if (templateId) onCreate(templateId, title);
      }}
    >
      <fieldset className="template-choice">
        <legend>Velg mal</legend>
        <div className="template-choice__options">
          {templates.map((template) => (
            <label
              key={template.id}
              className={`template-option${template.id === templateId ? ' template-option--chosen' : ''}`}
            >
              {/* Named by the template's name; its description is read as extra information. */}
              <input
                type="radio"
                name="template"
                aria-describedby={`template-${template.id}-description`}
                value={template.id}
                checked={template.id === templateId}
                onChange={() => setChosen(template.id)}
              />
              <span className="template-option__name">{template.name}</span>
            </label>
          ))}
        </div>
        {/* Only the chosen template's description is shown, so the form fits on one screen. The
            others stay in the page (hidden) because each radio button refers to its own. */}
        {templates.map((template) => (
          <p
            key={template.id}
            id={`template-${template.id}-description`}
            className="template-description"
            hidden={template.id !== templateId}
          >
            {template.description}
          </p>
        ))}
      </fieldset>
      <TextField
        label="Tittel på planen"
        hint="Du kan endre tittelen senere. Lar du feltet stå tomt, brukes tittelen fra malen."
        value={title}
        onChange={setTitle}
      />
      <button type="submit" className="button button--primary" disabled={busy || !templateId}>
        Opprett plan
      </button>
    </form>
  );
}
