import { type EventEnvelope, encodeEvent } from '@citymatch/events';
import { serverUrls } from '@citymatch/service-kit';
import { Kafka, logLevel, type Producer } from 'kafkajs';

/**
 * A producer straight onto Kafka, as another service publishes (idempotent, `acks=-1`),
 * disconnected at the end of the test.
 */
export async function eventProducer(
  t: { teardown: (fn: () => unknown) => void },
  clientId: string,
) {
  const kafka = new Kafka({
    clientId,
    brokers: serverUrls().kafkaBrokers,
    logLevel: logLevel.NOTHING,
  });
  const producer: Producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  t.teardown(() => producer.disconnect());
  return {
    /** Send events to `topic`, keyed and encoded exactly as the real producers do. */
    async send(topic: string, events: EventEnvelope[]) {
      await producer.send({
        topic,
        acks: -1,
        messages: events.map((e) => {
          const { key, value, headers } = encodeEvent(e);
          return { key, value, headers };
        }),
      });
    },
    /** Send a raw message (what a broken producer could send). */
    async sendRaw(
      topic: string,
      message: { key: string; value: string; headers: Record<string, string> },
    ) {
      await producer.send({ topic, acks: -1, messages: [message] });
    },
  };
}
