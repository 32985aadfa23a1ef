// `pnpm gen`: writes the AsyncAPI document, the JSON Schemas and docs/events.md.
import { REPO_ROOT, writeGenerated } from './generated-tree.js';

const written = await writeGenerated(REPO_ROOT);
console.log(`events: wrote ${written.length} files:\n  ${written.join('\n  ')}`);
