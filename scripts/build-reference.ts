/**
 * `npm run build:reference`: derives lib/reference/generated.ts from the corpus and the hand-written
 * claims. Run it after editing claims.ts, entities.ts or the corpus; a test fails while it is stale.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderGenerated } from '../lib/reference/generated-file';

const file = join(import.meta.dirname, '../lib/reference/generated.ts');
writeFileSync(file, renderGenerated());
console.log(`wrote ${file}`);
