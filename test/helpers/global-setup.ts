import type { TestProject } from 'vitest/node';
import { prepareTemplate, type TemplateRef } from './database.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    template: TemplateRef;
  }
}

export default async function setup(project: TestProject): Promise<void> {
  project.provide('template', await prepareTemplate());
}
