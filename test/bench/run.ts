import { catalogBench } from './catalog.bench.ts';

// One entry per issue's figures; each prints its own table.
await catalogBench();
process.exit(0);
