import { AlignmentType, LevelFormat, type INumberingOptions, type ILevelsOptions } from 'docx';
import { FONT } from './word-theme';

// Lists are Word lists (numbering definitions), not typed bullets, so Word can continue,
// restyle and renumber them.

export const BULLET_LIST = 'punktliste';
export const NUMBERED_LIST = 'nummerliste';

const indent = (level: number) => ({ left: 360 + level * 360, hanging: 280 });

const bulletLevel = (level: number, text: string): ILevelsOptions => ({
  level,
  format: LevelFormat.BULLET,
  text,
  alignment: AlignmentType.LEFT,
  style: { paragraph: { indent: indent(level) }, run: { font: FONT } },
});

const numberLevel = (level: number): ILevelsOptions => ({
  level,
  format: level === 1 ? LevelFormat.LOWER_LETTER : LevelFormat.DECIMAL,
  text: `%${level + 1}.`,
  alignment: AlignmentType.LEFT,
  style: { paragraph: { indent: indent(level) } },
});

export function documentNumbering(): INumberingOptions {
  return {
    config: [
      {
        reference: BULLET_LIST,
        levels: [bulletLevel(0, '•'), bulletLevel(1, '–'), bulletLevel(2, '▪')],
      },
      { reference: NUMBERED_LIST, levels: [numberLevel(0), numberLevel(1)] },
    ],
  };
}
