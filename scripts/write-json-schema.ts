import { writeFileSync } from 'node:fs';
import { planJsonSchema } from './plan-json-schema';

// `npm run schema` after changing the model; a unit test fails while the file is out of date.
writeFileSync(new URL('../shared/plan-file.schema.json', import.meta.url), planJsonSchema());
console.log('Skrev shared/plan-file.schema.json');
