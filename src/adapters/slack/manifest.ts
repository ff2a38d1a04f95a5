/**
 * The Slack app manifest, derived from commands/: one slash command, `/streambot`, whose text is a
 * question or a subcommand (`/streambot longest netflix 2020`), plus mentions and direct messages.
 * Paste the output into "Create New App → From a manifest" (see the README's Slack section).
 */
import { COMMANDS } from '../../../commands/index.ts';
import { SLACK_EVENTS_PATH } from './paths.ts';
import type { YamlValue } from './yaml.ts';

export const SLACK_COMMAND = '/streambot';

/** Bot scopes, each for one thing the adapter does (the README explains them too). */
export const SLACK_BOT_SCOPES = {
  commands: 'receive the /streambot slash command',
  'app_mentions:read': 'receive @Streambot mentions in channels',
  'chat:write': 'post answers (chat.postMessage) and errors only the asker sees (chat.postEphemeral)',
  'im:history': 'receive direct messages sent to Streambot (message.im)',
  'files:write': 'upload a chart as an image into the conversation that asked for it (files.uploadV2)',
} as const;

export const SLACK_BOT_EVENTS = ['app_mention', 'message.im'] as const;

export interface ManifestOptions {
  /** Public base URL of the HTTP endpoint (HTTP mode), e.g. https://streambot.example.org. */
  baseUrl?: string;
  /** Socket Mode: Slack opens a WebSocket to the app, so no public URL is needed. */
  socketMode?: boolean;
}

const PLACEHOLDER_BASE_URL = 'https://streambot.example.com';

/** `[question] | longest | scored | …`: the subcommands people can type after /streambot. */
function usageHint(): string {
  const subcommands = COMMANDS.filter((c) => c.command !== 'ask').map((c) => c.name);
  return ['[question]', ...subcommands].join(' | ');
}

function longDescription(): string {
  const lines = COMMANDS.filter((c) => c.command !== 'ask').map(
    (c) =>
      `• ${SLACK_COMMAND} ${c.name}: ${c.description.en}${c.adminOnly && !/admin/i.test(c.description.en) ? ' (admins)' : ''}`,
  );
  return [
    `Ask with ${SLACK_COMMAND} <question>, by mentioning @Streambot in a channel, or in a direct message, ` +
      'in English or Spanish. Follow-ups ("and on hulu?") work within a thread.',
    '',
    ...lines,
  ].join('\n');
}

export function buildSlackManifest(options: ManifestOptions = {}): { [key: string]: YamlValue } {
  const socketMode = options.socketMode ?? false;
  const endpoint = `${(options.baseUrl ?? PLACEHOLDER_BASE_URL).replace(/\/+$/, '')}${SLACK_EVENTS_PATH}`;
  const askDefinition = COMMANDS.find((c) => c.command === 'ask');
  return {
    _metadata: { major_version: 1, minor_version: 1 },
    display_information: {
      name: 'Streambot',
      description: 'Answers questions about the Amazon Prime, Disney+, Hulu and Netflix catalogs',
      long_description: longDescription(),
      background_color: '#1d2b3a',
    },
    features: {
      app_home: {
        home_tab_enabled: false,
        messages_tab_enabled: true,
        messages_tab_read_only_enabled: false,
      },
      bot_user: { display_name: 'Streambot', always_online: true },
      slash_commands: [
        {
          command: SLACK_COMMAND,
          ...(socketMode ? {} : { url: endpoint }),
          description: askDefinition?.description.en ?? 'Ask Streambot',
          usage_hint: usageHint(),
          should_escape: false,
        },
      ],
    },
    oauth_config: { scopes: { bot: Object.keys(SLACK_BOT_SCOPES) } },
    settings: {
      event_subscriptions: {
        ...(socketMode ? {} : { request_url: endpoint }),
        bot_events: [...SLACK_BOT_EVENTS],
      },
      // Page buttons under lists (block_actions) come back to the same endpoint.
      interactivity: { is_enabled: true, ...(socketMode ? {} : { request_url: endpoint }) },
      org_deploy_enabled: false,
      socket_mode_enabled: socketMode,
      token_rotation_enabled: false,
    },
  };
}
