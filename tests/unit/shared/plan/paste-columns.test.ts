import { describe, expect, it } from 'vitest';
import {
  guessColumns,
  hasHeaderRow,
  kindOfHeader,
  splitPeriod,
  statusOfCell,
} from '#shared/plan/paste-columns';

describe('kindOfHeader', () => {
  it("names the columns of Husbanken's activity plan", () => {
    expect(
      [
        'Kode',
        'Tiltak',
        'Beskrivelse av tiltaket',
        'Forventet resultat',
        'Planlagt resultat 2015:',
        'Oppstart',
        'Slutt',
        'Samarbeidspartnere',
        'Ansvarlig',
        'Status (n/v/g/a)',
        'Noe annet',
      ].map(kindOfHeader),
    ).toEqual([
      'code',
      'title',
      'description',
      'expectedResult',
      'expectedResult',
      'start',
      'end',
      'partners',
      'owner',
      'status',
      null,
    ]);
  });
});

describe('hasHeaderRow', () => {
  it('sees headings when at least half the filled cells name a column', () => {
    expect(
      hasHeaderRow([
        ['Kode', 'Tiltak', 'Merknad'],
        ['1A', 'Boligtorg', ''],
      ]),
    ).toBe(true);
    expect(
      hasHeaderRow([
        ['1A', 'Tiltak for unge', '2014'],
        ['1B', 'x', ''],
      ]),
    ).toBe(false);
    expect(hasHeaderRow([])).toBe(false);
  });
});

describe('splitPeriod', () => {
  it('splits a period in one cell and leaves single dates and ISO months alone', () => {
    expect(splitPeriod('2013–2014')).toEqual(['2013', '2014']);
    expect(splitPeriod('2013-2014')).toEqual(['2013', '2014']);
    expect(splitPeriod('juni 2014 - 30.06.2015')).toEqual(['juni 2014', '30.06.2015']);
    expect(splitPeriod('fra 2013 til 2016')).toEqual(['2013', '2016']);
    expect(splitPeriod('2014-06')).toBeNull();
    expect(splitPeriod('2014')).toBeNull();
    expect(splitPeriod('Hele perioden')).toBeNull();
  });
});

describe('guessColumns', () => {
  it('takes the headings and guesses nothing else twice', () => {
    const table = [
      ['Tiltak', 'Kode', 'Ansvarlig', 'Tekst'],
      ['Boligtorg', '1A', 'NAV', 'Et sted å spørre'],
    ];
    expect(guessColumns(table, true)).toEqual(['title', 'code', 'owner', 'description']);
  });

  it('guesses from the cells without headings: code, texts, then dates as start and end', () => {
    const table = [
      ['1A', 'Boligtorg', 'Et sted å spørre om bolig', '2014', 'juni 2015'],
      ['1B', 'Bostøtte', 'Informasjon', '2013–2014', ''],
    ];
    expect(guessColumns(table, false)).toEqual(['code', 'title', 'description', 'start', 'end']);
  });

  it("takes a column of the form's status letters or words for status, not for codes", () => {
    const table = [
      ['1A', 'Boligtorg', 'n'],
      ['1B', 'Bostøtte', 'Videreført'],
    ];
    expect(guessColumns(table, false)).toEqual(['code', 'title', 'status']);
  });
});

describe('statusOfCell', () => {
  it('reads the letters and the words, whatever the case, and nothing else', () => {
    expect(['n', 'V', 'Gjennomført.', 'avviklet', 'ny', '', 'x', 'Nytt'].map(statusOfCell)).toEqual(
      ['n', 'v', 'g', 'a', 'n', null, null, null],
    );
  });
});
