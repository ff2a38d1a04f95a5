/** `streambot slack manifest`: the Slack app manifest, generated from commands/, to paste when creating the app. */
import type { Command } from 'commander';

interface ManifestFlags {
  url?: string;
  socketMode?: boolean;
  output?: string;
}

export function register(program: Command): void {
  const slack = program.command('slack').description('Slack app helpers');
  slack
    .command('manifest')
    .description('print the Slack app manifest (YAML) generated from commands/')
    .option('--url <base>', 'public base URL of the app (HTTP mode); /slack/events is appended')
    .option('--socket-mode', 'manifest for Socket Mode (no public URL needed)')
    .option('-o, --output <file>', 'write the manifest to a file instead of stdout (e.g. slack/manifest.yml)')
    .action(async (flags: ManifestFlags) => {
      const { fail } = await import('./_shared.ts');
      if (flags.url !== undefined && !isHttpsUrl(flags.url))
        fail(`--url must be an https:// URL, got "${flags.url}"`);
      const { buildSlackManifest } = await import('../adapters/slack/manifest.ts');
      const { toYaml } = await import('../adapters/slack/yaml.ts');
      const yaml = toYaml(buildSlackManifest({ baseUrl: flags.url, socketMode: flags.socketMode }));
      if (flags.output === undefined) {
        process.stdout.write(yaml);
        return;
      }
      const { mkdirSync, writeFileSync } = await import('node:fs');
      const { dirname } = await import('node:path');
      try {
        mkdirSync(dirname(flags.output), { recursive: true });
        writeFileSync(flags.output, yaml);
      } catch (error) {
        fail(`cannot write ${flags.output}: ${(error as Error).message}`);
      }
      process.stderr.write(`wrote ${flags.output}\n`);
    });
}

function isHttpsUrl(text: string): boolean {
  try {
    return new URL(text).protocol === 'https:';
  } catch {
    return false;
  }
}
