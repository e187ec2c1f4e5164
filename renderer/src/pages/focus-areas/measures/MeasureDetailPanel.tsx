import type { Measure } from '#shared/model/measures';
import { MeasureEditor } from './MeasureEditor';

interface MeasureDetailPanelProps {
  measure: Measure;
  /** The code as read without a heading («Felles 1A»). */
  code: string;
  areaLabel: string;
  onClose: () => void;
  onSelect: (measureId: string) => void;
}

export const DETAIL_HEADING_ID = 'measure-detail-heading';

/** The selected measure beside the table, edited with the same editor as in a focus area. */
export function MeasureDetailPanel({
  measure,
  code,
  areaLabel,
  onClose,
  onSelect,
}: MeasureDetailPanelProps) {
  return (
    <section
      className="detail-panel"
      aria-labelledby={DETAIL_HEADING_ID}
      data-entity-id={measure.id}
    >
      <div className="detail-panel__head">
        <h2 id={DETAIL_HEADING_ID} className="detail-panel__heading" tabIndex={-1}>
          {/* Without the title: the heading does not reflow with every letter typed below. */}
          Tiltak {code.trim() || '(uten kode)'}
        </h2>
        <button type="button" className="button button--quiet button--small" onClick={onClose}>
          Lukk tiltaket
        </button>
      </div>
      <p className="detail-panel__area">Satsningsområde {areaLabel}</p>
      <MeasureEditor
        key={measure.id}
        measure={measure}
        restoreFocusId={() => DETAIL_HEADING_ID}
        onDuplicated={onSelect}
      />
    </section>
  );
}
