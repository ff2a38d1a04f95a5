import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.ts';

describe('loadConfig', () => {
  it('falls back to the demo data and the default store when nothing is configured', () => {
    const config = loadConfig({});
    expect(config.dbPath).toBe('data/streambot.db');
    expect(config.rawDir).toBe('data/demo');
    expect(config.rawIsDemo).toBe(true);
    expect(config.recommendThreshold).toBe(3.5);
  });

  it('uses the configured raw directory and parses the admin list', () => {
    const config = loadConfig({ STREAMBOT_RAW_DIR: '../shared/data/raw', STREAMBOT_ADMINS: ' U1, 42 ,,' });
    expect(config.rawDir).toBe('../shared/data/raw');
    expect(config.rawIsDemo).toBe(false);
    expect(config.admins).toEqual(['U1', '42']);
  });

  it('names every invalid variable in one error', () => {
    expect(() => loadConfig({ PORT: 'abc', STREAMBOT_RECOMMEND_THRESHOLD: '9' })).toThrowError(ConfigError);
    expect(() => loadConfig({ PORT: 'abc', STREAMBOT_RECOMMEND_THRESHOLD: '9' })).toThrowError(
      /PORT.*STREAMBOT_RECOMMEND_THRESHOLD|STREAMBOT_RECOMMEND_THRESHOLD.*PORT/,
    );
  });
});
