import { describe, expect, it } from 'vitest';
import { appPath } from '../../../miniapp/src/features/chat/app-path.ts';

describe('chat buttons open paths inside the Mini App', () => {
  it('drops the current unit\'s prefix, keeps other paths', () => {
    expect(appPath('/units/binh-giang/procedures/1.004873', 'binh-giang')).toBe('/procedures/1.004873');
    expect(appPath('/guides/tra-cuu-ho-so', 'binh-giang')).toBe('/guides/tra-cuu-ho-so');
    expect(appPath('/units/le-chan/procedures/1.004873', 'binh-giang')).toBe('/units/le-chan/procedures/1.004873');
  });
});
