/** A reply as one JSON document: `{"command": {"name", "args", "missing"?}, "answer": {…}}`. */
import type { CommandRequest } from '../../bot/command.ts';
import type { BotReply } from '../../bot/core.ts';

/** The request in the shape `streambot parse` prints: name, args, and what is missing when incomplete. */
export function commandJson(request: CommandRequest): Record<string, unknown> {
  const json: Record<string, unknown> = { name: request.name, args: request.args };
  if (request.missing && request.missing.length > 0) json.missing = request.missing;
  if (request.invalid && request.invalid.length > 0) json.invalid = request.invalid;
  return json;
}

export function replyJson(reply: BotReply): Record<string, unknown> {
  return { command: commandJson(reply.command), answer: reply.answer };
}

export function renderJson(reply: BotReply): string {
  return JSON.stringify(replyJson(reply));
}
