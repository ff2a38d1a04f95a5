/**
 * A fake Slack Socket Mode endpoint on 127.0.0.1: the app's client gets its URL from the fake Web API
 * (`apps.connections.open`), connects, receives `hello`, then envelopes; each envelope resolves with
 * the app's acknowledgement.
 */
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';

export interface Envelope {
  type: 'events_api' | 'slash_commands' | 'interactive';
  payload: Record<string, unknown>;
  retry_attempt?: number;
  retry_reason?: string;
}

export interface FakeSocket {
  url: string;
  /** Sends an envelope to the connected app; resolves with the ack's payload. */
  deliver(envelope: Envelope): Promise<Record<string, unknown>>;
  close(): Promise<void>;
}

export async function startFakeSocket(): Promise<FakeSocket> {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const waiting = new Map<string, (payload: Record<string, unknown>) => void>();
  let connection: WebSocket | undefined;
  server.on('connection', (socket) => {
    connection = socket;
    socket.on('message', (data) => {
      const ack = JSON.parse(String(data)) as { envelope_id: string; payload?: Record<string, unknown> };
      waiting.get(ack.envelope_id)?.(ack.payload ?? {});
      waiting.delete(ack.envelope_id);
    });
    socket.send(
      JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A0STREAMBOT' } }),
    );
  });
  let counter = 0;
  return {
    url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}/link`,
    deliver(envelope) {
      if (!connection) return Promise.reject(new Error('no app connected'));
      counter += 1;
      const envelopeId = `env-${counter}`;
      const acked = new Promise<Record<string, unknown>>((resolve) => waiting.set(envelopeId, resolve));
      connection.send(
        JSON.stringify({ envelope_id: envelopeId, accepts_response_payload: false, ...envelope }),
      );
      return acked;
    },
    close: () =>
      new Promise((resolve) => {
        for (const client of server.clients) client.terminate();
        server.close(() => resolve());
      }),
  };
}
