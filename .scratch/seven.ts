import { inspectContent } from '@/content/load';
import { contentSettings } from '@/content/site';
import { searchOn } from '../tests/search/evaluation';
const site = inspectContent({ ...contentSettings(), includeDrafts: false }).site;
const s = searchOn(site, 'en');
for (const q of ["does al2 support wireguard", "which kernel version does al2 use", "how long is al2 supported", "when does amazon linux 2 reach end of life", "is amazon linux 2 free", "where can i find security bulletins", "can i run al2 outside of aws on my own servers"]) console.log(q, '=>', (await s(q)).slice(0, 3).join(', '));
