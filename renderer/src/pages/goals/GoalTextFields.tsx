import { DraftTextField } from '../../components/DraftTextField';

interface GoalTextFieldsProps {
  idBase: string;
  titleLabel: string;
  descriptionLabel: string;
  title: string;
  description: string;
  onChange: (fields: { title: string } | { description: string }, field: string) => void;
}

/** A goal's title (focused after adding or undoing a deletion) and description. */
export function GoalTextFields({
  idBase,
  titleLabel,
  descriptionLabel,
  title,
  description,
  onChange,
}: GoalTextFieldsProps) {
  return (
    <>
      <DraftTextField
        id={`${idBase}-title`}
        field="title"
        label={titleLabel}
        value={title}
        onChange={(value) => onChange({ title: value }, 'title')}
      />
      <DraftTextField
        label={descriptionLabel}
        multiline
        rows={2}
        value={description}
        onChange={(value) => onChange({ description: value }, 'description')}
      />
    </>
  );
}
