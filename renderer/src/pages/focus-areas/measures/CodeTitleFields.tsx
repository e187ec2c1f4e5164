import { CHECK_FIELDS } from '#shared/checks/check-fields';
import { DraftTextField } from '../../../components/DraftTextField';

interface CodeTitleFieldsProps {
  idBase: string;
  code: string;
  title: string;
  titleLabel: string;
  onCode: (code: string) => void;
  onTitle: (title: string) => void;
  codeError?: string | null;
}

/** A short code beside the title, as measures and focus areas are named («1A Boligtorg»). */
export function CodeTitleFields({
  idBase,
  code,
  title,
  titleLabel,
  onCode,
  onTitle,
  codeError,
}: CodeTitleFieldsProps) {
  return (
    <div className="field-row field-row--code-title">
      <DraftTextField
        id={`${idBase}-code`}
        field={CHECK_FIELDS.code}
        label="Kode"
        className="field--code"
        value={code}
        onChange={onCode}
        error={codeError}
      />
      <DraftTextField
        id={`${idBase}-title`}
        field="title"
        label={titleLabel}
        value={title}
        onChange={onTitle}
      />
    </div>
  );
}
