/**
 * 👍 / 👎 under an answer on Slack: two buttons whose value is the answer's id. A 👍 is thanked privately;
 * a 👎 is kept at once and opens a small form (a modal) asking what the person expected, kept when sent.
 */
import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import type { BotCore } from '../../bot/core.ts';
import { FEEDBACK_FORM_TEXT } from '../../bot/feedback.ts';
import type { Logger } from '../../log.ts';
import { FEEDBACK_ACTION } from '../render/slack.ts';
import { responder } from './response-url.ts';

const FORM_CALLBACK = 'streambot_feedback_expected';
const EXPECTED_BLOCK = 'expected';
const EXPECTED_INPUT = 'expected_text';

/** Slack's actions carry no locale: its form is in English. */
const FORM_TEXT = FEEDBACK_FORM_TEXT.en;

export function registerFeedback(app: App, { core, log }: { core: BotCore; log: Logger }): void {
  app.action<BlockAction<ButtonAction>>(
    new RegExp(`^${FEEDBACK_ACTION}_(up|down)$`),
    async ({ ack, body, action, client }) => {
      await ack();
      const vote = action.action_id.endsWith('_up') ? 'up' : 'down';
      const answerId = action.value ?? '';
      const thanks = await core.feedback?.({ answerId, vote, userId: body.user.id, via: 'slack' });
      if (!thanks) return;
      try {
        if (vote === 'down' && !thanks.problem) {
          await client.views.open({
            trigger_id: body.trigger_id,
            view: {
              type: 'modal',
              callback_id: FORM_CALLBACK,
              private_metadata: answerId,
              title: { type: 'plain_text', text: FORM_TEXT.title },
              submit: { type: 'plain_text', text: FORM_TEXT.submit },
              blocks: [
                {
                  type: 'input',
                  block_id: EXPECTED_BLOCK,
                  optional: true,
                  label: { type: 'plain_text', text: FORM_TEXT.label },
                  element: {
                    type: 'plain_text_input',
                    action_id: EXPECTED_INPUT,
                    multiline: true,
                    max_length: 500,
                  },
                },
              ],
            },
          });
          return;
        }
        await responder(
          body.response_url,
          log,
        )({ response_type: 'ephemeral', replace_original: false, text: thanks.headline });
      } catch (error) {
        log.warn({ err: (error as Error).message, user: body.user.id }, 'slack feedback not acknowledged');
      }
    },
  );

  app.view(FORM_CALLBACK, async ({ ack, view, body }) => {
    await ack();
    const expected = view.state.values[EXPECTED_BLOCK]?.[EXPECTED_INPUT]?.value ?? '';
    await core.feedback?.({
      answerId: view.private_metadata,
      vote: 'down',
      ...(expected.trim() ? { expected } : {}),
      userId: body.user.id,
      via: 'slack',
    });
  });
}
