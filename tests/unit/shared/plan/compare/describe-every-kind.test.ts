import { describe, expect, test } from 'vitest';
import type { Plan } from '#shared/model/plan';
import { describeChanges } from '#shared/plan/compare/describe-changes';
import { startStatusReport } from '#shared/plan/report-operations';
import { comparePlan, edited } from '../../../../support/compare-fixtures';

// describeChanges for every kind of item, each added, changed, removed and moved where it can
// be: «kind entityId field | sentence», as the change log files and shows it.

const base = comparePlan();

interface Case {
  name: string;
  edit: (plan: Plan) => void;
  expected: string[];
}

const cases: Case[] = [
  {
    name: 'main goals: added, changed',
    edit: (p) => {
      p.mainGoals.push({ ...p.mainGoals[1]!, id: 'g-3', title: 'Bedre bomiljø', subGoals: [] });
      p.mainGoals[0]!.nationalGoal = 'Bolig for velferd, mål 1: Alle skal ha et godt sted å bo';
    },
    expected: [
      'changed g-1 nationalGoal | Hovedmål 1: nasjonalt mål endret fra (tom) til Bolig for velferd, mål 1: Alle skal ha et godt sted å bo',
      'added g-3  | Hovedmål 3 «Bedre bomiljø» lagt til',
    ],
  },
  {
    name: 'main goals: moved',
    edit: (p) => {
      p.mainGoals.reverse();
    },
    expected: ['moved g-2  | Hovedmål 1 «Færre utkastelser» flyttet fra plass 2 til plass 1'],
  },
  {
    name: 'main goals: removed, with what stood under it',
    edit: (p) => {
      p.mainGoals.splice(1, 1);
    },
    expected: [
      'removed g-2  | Hovedmål 2 «Færre utkastelser» fjernet',
      'removed g-2-1  | Delmål 2.1 «Tidlig varsel om husleierestanse» fjernet',
    ],
  },
  {
    name: 'sub-goals: moved among siblings',
    edit: (p) => {
      p.mainGoals[0]!.subGoals.reverse();
    },
    expected: [
      'moved g-1-2  | Delmål 1.1 «Flere unge i egen bolig» flyttet fra plass 2 til plass 1 under Hovedmål 1',
    ],
  },
  {
    name: 'sub-goals: added, changed, removed',
    edit: (p) => {
      p.mainGoals[0]!.subGoals[1]!.focusAreaId = 'fa-2';
      p.mainGoals[1]!.subGoals.push({
        id: 'g-2-2',
        title: 'Færre begjæringer',
        description: '',
        focusAreaId: null,
        resultGoals: [],
      });
      p.mainGoals[1]!.subGoals.splice(0, 1);
    },
    expected: [
      'changed g-1-2 focusAreaId | Delmål 2.1: satsningsområde endret fra hele planen til Satsningsområde 2',
      'added g-2-2  | Delmål 2.2 «Færre begjæringer» lagt til',
      'removed g-2-1  | Delmål 2.1 «Tidlig varsel om husleierestanse» fjernet',
    ],
  },
  {
    name: 'result goals: added, changed, moved, removed',
    edit: (p) => {
      const r = p.mainGoals[0]!.subGoals[0]!.resultGoals[0]!;
      r.indicator!.measurements = [{ id: 'ms-1', date: '2027-06-30', value: 900, note: '' }];
      r.indicator!.baseline = null;
      p.mainGoals[1]!.subGoals[0]!.resultGoals.push({
        id: 'g-2-1-1',
        title: 'Færre utkastelser per år',
        indicator: null,
      });
    },
    expected: [
      'changed g-1-1-1 indicator.baseline | Resultatmål 1.1.1: utgangsverdi endret fra 1 200 døgn (2026) til (tom)',
      'changed g-1-1-1 indicator.measurements | Resultatmål 1.1.1: målinger endret fra (tom) til 900 (30.06.2027)',
      'added g-2-1-1  | Resultatmål 2.1.1 «Færre utkastelser per år» lagt til',
    ],
  },
  {
    name: 'result goals: moved and removed',
    edit: (p) => {
      const [r] = p.mainGoals[0]!.subGoals[0]!.resultGoals.splice(0, 1);
      p.mainGoals[1]!.subGoals[0]!.resultGoals.push(r!);
    },
    expected: [
      'moved g-1-1-1  | Resultatmål 2.1.1 «Færre døgn i hospits» flyttet fra Delmål 1.1 til Delmål 2.1',
    ],
  },
  {
    name: 'result goals: removed',
    edit: (p) => {
      p.mainGoals[0]!.subGoals[0]!.resultGoals = [];
    },
    expected: ['removed g-1-1-1  | Resultatmål 1.1.1 «Færre døgn i hospits» fjernet'],
  },
  {
    name: 'strategies',
    edit: (p) => {
      p.strategies.push({ id: 's-3', code: '3', title: 'EIERSKAP', description: '', goalIds: [] });
      p.strategies[0]!.title = 'KUNNSKAP OG KOMPETANSE';
      p.strategies.splice(1, 1);
    },
    expected: [
      'changed s-1 title | Strategi 1: tittel endret fra KUNNSKAP til KUNNSKAP OG KOMPETANSE',
      'added s-3  | Strategi 3 «EIERSKAP» lagt til',
      'removed s-2  | Strategi 2 «PRIORITERINGER» fjernet',
    ],
  },
  {
    name: 'strategies moved',
    edit: (p) => {
      p.strategies.reverse();
    },
    expected: ['moved s-2  | Strategi 2 «PRIORITERINGER» flyttet fra plass 2 til plass 1'],
  },
  {
    name: 'target groups',
    edit: (p) => {
      p.targetGroups[0]!.description = 'Mellom 18 og 30 år';
      p.targetGroups.reverse();
      p.targetGroups.push({ id: 'tg-3', name: '', description: '' });
    },
    expected: [
      'moved tg-2  | Målgruppen «Flyktninger» flyttet fra plass 2 til plass 1',
      'changed tg-1 description | Målgruppen «Unge og unge voksne»: beskrivelse er endret, fra «(tom)» til «Mellom 18 og 30 år»',
      'added tg-3  | Målgruppe uten navn lagt til',
    ],
  },
  {
    name: 'focus areas',
    edit: (p) => {
      p.focusAreas[0]!.title = 'Egnede boliger';
      p.focusAreas.splice(2, 1);
      p.focusAreas.push({ ...p.focusAreas[1]!, id: 'fa-4', code: '4', title: 'Bomiljø' });
      p.focusAreas.reverse();
    },
    expected: [
      'added fa-4  | Satsningsområde 4 «Bomiljø» lagt til',
      'changed fa-1 title | Satsningsområde 1: tittel endret fra Egnede boliger for vanskeligstilte til Egnede boliger',
      'changed fa-1 placement | Satsningsområde 1 flyttet fra plass 1 til plass 3',
      'removed fa-3  | Satsningsområde 3 «Kompetanse» fjernet',
    ],
  },
  {
    name: 'measures: many fields',
    edit: (p) => {
      const m = p.measures[0]!;
      m.sharedProject = {
        responsible: 'Bydel Alna',
        participants: 'Bydel Grorud',
        ledByOther: false,
      };
      m.priority = true;
      m.progress = 50;
      m.targetGroupIds = ['tg-2'];
      m.description = 'Ett sted for alle boligspørsmål.';
    },
    expected: [
      'changed m-1a description | Tiltak 1A: beskrivelse er endret, fra «Ett sted å henvende seg i boligspørsmål.» til «Ett sted for alle boligspørsmål.»',
      'changed m-1a targetGroupIds | Tiltak 1A: målgrupper endret fra Unge og unge voksne til Flyktninger',
      'changed m-1a progress | Tiltak 1A: fremdrift endret fra 0 % til 50 %',
      'changed m-1a sharedProject | Tiltak 1A: felles prosjekt endret fra Nei til Ja',
      'changed m-1a sharedProject.responsible | Tiltak 1A: ansvarlig for det felles prosjektet endret fra (tom) til Bydel Alna',
      'changed m-1a sharedProject.participants | Tiltak 1A: deltakere i det felles prosjektet endret fra (tom) til Bydel Grorud',
      'changed m-1a priority | Tiltak 1A: prioritert endret fra Nei til Ja',
    ],
  },
  {
    name: 'organisation: bodies',
    edit: (p) => {
      p.organisation[1]!.responsibilities = ['Godkjenner planen', 'Følger økonomien'];
      p.organisation[0]!.type = 'programansvarlig';
      p.organisation.push({
        id: 'b-rg',
        type: 'referansegruppe',
        name: '',
        description: '',
        parentId: 'b-sg',
        advisesIds: ['b-sg'],
        members: [],
        responsibilities: [],
      });
      p.organisation.splice(2, 1);
    },
    expected: [
      'changed b-bu type | Bydelsutvalget: type endret fra Politisk organ til Programansvarlig / prosjekteier',
      'changed b-sg responsibilities | Styringsgruppe: ansvar endret fra (tom) til Godkjenner planen; Følger økonomien',
      'added b-rg  | Referansegruppe lagt til',
      'removed b-ag  | Arbeidsgruppe bolig fjernet',
      'removed mb-ola  | Ola Nordby i Arbeidsgruppe bolig fjernet',
    ],
  },
  {
    name: 'organisation: members',
    edit: (p) => {
      p.organisation[1]!.members.push({ id: 'mb-2', personId: 'p-ola', role: 'leder' });
      p.organisation[1]!.members.reverse();
      p.organisation[2]!.members = [];
    },
    expected: [
      'added mb-2  | Ola Nordby i Styringsgruppe lagt til',
      'removed mb-ola  | Ola Nordby i Arbeidsgruppe bolig fjernet',
    ],
  },
  {
    name: 'people and partners',
    edit: (p) => {
      p.people.push({
        id: 'p-new',
        name: 'Kari Holm',
        title: 'Boligkonsulent',
        organisation: '',
        email: '',
        phone: '',
      });
      p.people.splice(1, 1);
      p.partners[0]!.involvement = 'informert';
      p.partners[1]!.contactPersonId = 'p-lise';
      p.partners.reverse();
    },
    expected: [
      'added p-new  | Kari Holm lagt til',
      'changed pa-bk contactPersonId | Samarbeidspartneren Boligkontoret: kontaktperson endret fra (tom) til Lise Fjellvang',
      'changed pa-bk placement | Samarbeidspartneren Boligkontoret flyttet fra plass 2 til plass 1',
      'changed pa-nav involvement | Samarbeidspartneren NAV: involvering endret fra Formell deltakelse til Holdes informert',
      'removed p-ola  | Ola Nordby fjernet',
    ],
  },
  {
    name: 'chapters',
    edit: (p) => {
      p.chapters[1]!.title = 'Innledning og formål';
      p.chapters[1]!.newPage = true;
      p.chapters.push({ id: 'ch-3', kind: 'begreper', title: '', content: [], newPage: false });
      p.chapters.splice(0, 1);
    },
    expected: [
      'changed ch-2 title | Kapittelet «Innledning og formål»: tittel endret fra Innledning til Innledning og formål',
      'changed ch-2 newPage | Kapittelet «Innledning og formål»: starter på ny side endret fra Nei til Ja',
      'added ch-3  | Kapittelet Begreper lagt til',
      'removed ch-1  | Kapittelet «Bakgrunn» fjernet',
    ],
  },
  {
    name: 'risks',
    edit: (p) => {
      p.risks[1]!.owner = { kind: 'body', id: 'b-sg' };
      p.risks.push({ ...p.risks[1]!, id: 'r-3', title: 'Få søkere' });
      p.risks.splice(0, 1);
    },
    expected: [
      'changed r-2 owner | Risikoen «Lite penger»: ansvarlig endret fra (tom) til Styringsgruppe',
      'added r-3  | Risikoen «Få søkere» lagt til',
      'removed r-1  | Risikoen «For få boliger» fjernet',
    ],
  },
  {
    name: 'follow-up',
    edit: (p) => {
      p.statusReports[0]!.submittedDate = '2027-08-10';
      Object.assign(
        p,
        startStatusReport(p, { period: { year: 2027, part: 'h2' } }, 'r-2027-h2', '2027-12-31'),
      );
      p.needFigures.push({
        id: 'nf-b',
        year: 2027,
        category: 'B',
        atStart: 120,
        atEnd: null,
        helped: null,
        comment: '',
      });
      p.needFigures[0]!.comment = 'Færre i midlertidig bolig.';
      p.measures[0]!.spent = [];
      p.budget.programmeManagementSpent = [
        { year: 2027, sourceId: p.budget.sources[0]!.id, amount: 400_000 },
        { year: 2027, sourceId: p.budget.sources[1]!.id, amount: 100_000 },
      ];
    },
    expected: [
      'changed r-2027-h1 submittedDate | Halvårsrapport 1. halvår 2027: levert dato endret fra (tom) til 10.08.2027',
      'added r-2027-h2  | Halvårsrapport 2. halvår 2027 lagt til',
      'added spent:programledelse:2027  | Regnskap 2027: programledelse lagt til (500 000 kr)',
      'changed nf-a comment | Behovstall 2027 A: kommentar er endret, fra «(tom)» til «Færre i midlertidig bolig.»',
      'added nf-b  | Behovstall 2027 B (husstander med fare for å miste boligen) lagt til',
      'removed spent:m-1a:2027  | Regnskap 2027: 1A fjernet (var 95 500 kr)',
    ],
  },
  {
    name: 'follow-up: removed',
    edit: (p) => {
      p.statusReports = [];
      p.needFigures = [];
    },
    expected: [
      'removed r-2027-h1  | Halvårsrapport 1. halvår 2027 fjernet',
      'removed nf-a  | Behovstall 2027 A (husstander uten eid eller leid bolig) fjernet',
    ],
  },
  {
    name: 'workshops',
    edit: (p) => {
      p.workshops[0]!.participants = 10;
      p.workshops.unshift({ ...p.workshops[0]!, id: 'w-0', title: '', date: '2026-03-01' });
    },
    expected: [
      'added w-0  | Verkstedet 01.03.2026 lagt til',
      'changed w-1 participants | Verkstedet «Verksted om unge»: deltakere endret fra 8 til 10',
    ],
  },
  {
    name: 'info',
    edit: (p) => {
      p.info.title = 'Boligsosial handlingsplan 2027–2030';
      p.info.periodEnd = 2031;
      p.info.proposedDecision = 'Bydelsutvalget vedtar planen.';
      p.info.logo = {
        mimeType: 'image/png',
        data: 'iVBORw0KGgoAAAA',
        width: 10,
        height: 10,
        alt: 'Logo for bydelen',
      };
      p.info.history.push({ id: 'h-1', status: 'hoering', date: '2026-10-01', note: '' });
      p.vision.rationale = 'Fordi bolig er grunnmuren.';
    },
    expected: [
      'changed  title | Om planen: tittel endret fra Boligsosial handlingsplan for Bydel Eksempel til Boligsosial handlingsplan 2027–2030',
      'changed  periodEnd | Om planen: periode til endret fra 2030 til 2031',
      'changed  proposedDecision | Om planen: forslag til vedtak er endret, fra «(tom)» til «Bydelsutvalget vedtar planen.»',
      'changed  logo | Om planen: logo endret fra (tom) til Logo for bydelen',
      'changed  history | Om planen: planens historikk endret fra (tom) til På høring 01.10.2026',
      'changed  vision.rationale | Visjon: begrunnelse er endret, fra «(tom)» til «Fordi bolig er grunnmuren.»',
    ],
  },
];

describe('describeChanges for every kind of item', () => {
  test.each(cases)('$name', ({ edit, expected }) => {
    const found = describeChanges(base, edited(base, edit)).map(
      (d) => `${d.kind} ${d.entityId} ${d.field} | ${d.text.replace(/\u00a0/g, ' ')}`,
    );
    expect(found).toEqual(expected);
  });
});
