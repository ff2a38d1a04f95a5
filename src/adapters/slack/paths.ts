/** The HTTP paths the Slack app serves. */
export const SLACK_EVENTS_PATH = '/slack/events';
export const HEALTH_PATH = '/healthz';
