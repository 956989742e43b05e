import { articlesBench } from './articles.bench.ts';
import { catalogBench } from './catalog.bench.ts';
import { chatbotBench } from './chatbot.bench.ts';
import { feedbackBench } from './feedback.bench.ts';
import { figuresBench } from './figures.bench.ts';
import { progressBench } from './progress.bench.ts';
import { satisfactionBench } from './satisfaction.bench.ts';
import { zaloBench } from './zalo.bench.ts';

// One entry per issue's figures; each prints its own table. `npm run bench -- feedback` runs one.
const only = process.argv[2];
if (!only || only === 'catalog') await catalogBench();
if (!only || only === 'feedback') await feedbackBench();
if (!only || only === 'progress') await progressBench();
if (!only || only === 'articles') await articlesBench();
if (!only || only === 'zalo') await zaloBench();
if (!only || only === 'figures') await figuresBench();
if (!only || only === 'chatbot') await chatbotBench();
if (!only || only === 'satisfaction') await satisfactionBench();
process.exit(0);
