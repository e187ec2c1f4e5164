import { describe, expect, it } from 'vitest';
import { EditorState, type Command } from 'prosemirror-state';
import type { Block } from '#shared/model/rich-text';
import {
  blocksToDoc,
  docToBlocks,
} from '../../../../../../renderer/src/pages/chapters/editor/rich-text-conversion';
import { richTextSchema as schema } from '../../../../../../renderer/src/pages/chapters/editor/rich-text-schema';
import {
  insertTable,
  tableCommands,
  tablePlugins,
} from '../../../../../../renderer/src/pages/chapters/editor/table-commands';
import { TINY_PNG_BASE64 } from '../../../../../support/hostile-plan';

const blocks: Block[] = [
  { type: 'paragraph', content: [{ text: 'Tall fra bydelen:' }] },
  {
    type: 'table',
    rows: [
      [[{ text: 'År' }], [{ text: 'Husstander', bold: true }]],
      [[{ text: '2020' }], [{ text: '142' }]],
    ],
    caption: 'Bostedsløse husstander',
  },
  {
    type: 'image',
    mimeType: 'image/png',
    data: TINY_PNG_BASE64,
    alt: 'En figur',
    caption: 'Figur 1',
    width: 1,
    height: 1,
  },
];

const stateOf = (doc = blocksToDoc(blocks)) => EditorState.create({ doc, plugins: tablePlugins });

describe('tables and pictures in the chapter editor', () => {
  it('gives back the same blocks after a trip through the editor, the first row as header cells', () => {
    const doc = blocksToDoc(blocks);
    expect(docToBlocks(doc)).toEqual(blocks);
    const table = doc.child(1);
    expect(table.attrs.caption).toBe('Bostedsløse husstander');
    expect(table.child(0).child(0).type.name).toBe('table_header');
    expect(table.child(1).child(0).type.name).toBe('table_cell');
    expect(doc.child(2).attrs.alt).toBe('En figur');
  });

  it('inserts a table with a header row where the cursor is, and adds and removes rows and columns', () => {
    let state = stateOf(blocksToDoc([{ type: 'paragraph', content: [] }]));
    const run = (command: Command) => {
      expect(command(state, (tr) => (state = state.apply(tr)))).toBe(true);
    };
    run(insertTable(2, 3, 'Tabell 1'));
    let table = docToBlocks(state.doc)[0]!;
    expect(table).toEqual({
      type: 'table',
      caption: 'Tabell 1',
      rows: Array.from({ length: 3 }, () => [[], [], []]),
    });
    // The cursor is in the first cell: a new row above it becomes the header row.
    expect(state.selection.$from.parent.type.name).toBe('paragraph');
    state = state.apply(state.tr.insertText('Overskrift'));
    run(tableCommands.rowAbove);
    const first = state.doc.child(0).child(0);
    expect(first.child(0).type.name).toBe('table_header');
    expect(state.doc.child(0).child(1).child(0).type.name).toBe('table_cell');
    run(tableCommands.columnRight);
    table = docToBlocks(state.doc)[0]!;
    if (table.type !== 'table') throw new Error('no table');
    expect(table.rows).toHaveLength(4);
    expect(table.rows.every((row) => row.length === 4)).toBe(true);
    run(tableCommands.deleteColumn);
    run(tableCommands.deleteRow);
    table = docToBlocks(state.doc)[0]!;
    if (table.type !== 'table') throw new Error('no table');
    expect(table.rows).toHaveLength(3);
    expect(table.rows[0]).toHaveLength(3);
  });

  it('keeps the text of a cell spanning columns in its first place, and the grid whole', () => {
    const cell = (type: 'table_cell' | 'table_header', text: string, colspan = 1) =>
      schema.nodes[type]!.create(
        { colspan, rowspan: 1, colwidth: null },
        schema.nodes.paragraph!.create(null, text ? schema.text(text) : undefined),
      );
    const doc = schema.nodes.doc!.create(null, [
      schema.nodes.table!.create(null, [
        schema.nodes.table_row!.create(null, [cell('table_header', 'Felles', 2)]),
        schema.nodes.table_row!.create(null, [cell('table_cell', 'a'), cell('table_cell', 'b')]),
      ]),
    ]);
    expect(docToBlocks(doc)).toEqual([
      {
        type: 'table',
        rows: [
          [[{ text: 'Felles' }], []],
          [[{ text: 'a' }], [{ text: 'b' }]],
        ],
      },
    ]);
  });
});
