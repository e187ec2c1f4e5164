import type { BoardFocusArea } from '#shared/workshop-sync/board-doc';

/** Which part of the plan an idea is for: the whole plan, or one of the board's focus areas. */
export function AreaSelect({
  id,
  areas,
  value,
  onChange,
}: {
  id: string;
  areas: BoardFocusArea[];
  value: string;
  onChange: (areaId: string) => void;
}) {
  return (
    <div className="pv-field">
      <label htmlFor={id}>Gjelder</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">Hele planen</option>
        {areas.map((area) => (
          <option key={area.id} value={area.id}>
            {area.name}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The name of an idea's focus area, as the select shows it. */
export function areaName(areas: BoardFocusArea[], areaId: string | null): string {
  return areas.find((area) => area.id === areaId)?.name ?? 'Hele planen';
}
