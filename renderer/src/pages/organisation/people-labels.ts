import type { Person } from '#shared/model/people';

/** "Kari Nordvik, Bydelsdirektør" – the title tells people with the same name apart. */
export function personLabel(person: Person): string {
  const name = person.name.trim() || 'Uten navn';
  return person.title.trim() ? `${name}, ${person.title.trim()}` : name;
}

/** People sorted the Norwegian way (Æ, Ø, Å last). */
export function sortedPeople(people: readonly Person[]): Person[] {
  return people
    .slice()
    .sort((a, b) => a.name.trim().localeCompare(b.name.trim(), 'nb', { sensitivity: 'base' }));
}
