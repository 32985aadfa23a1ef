import { type KafkaMessage as CeMessage, CloudEvent, Kafka as CloudEventsKafka } from 'cloudevents';
import { Kafka, logLevel } from 'kafkajs';
import t from 'tap';
import { createEvent, encodeEvent, exampleData } from '../src/index.js';
import { headersAsText } from './fixtures/kafka-message.js';

const brokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:19092').split(',');

t.test(
  'a message read off the real Kafka broker is a valid CloudEvent for the official SDK',
  async (t) => {
    const kafka = new Kafka({ clientId: 'ce-off-kafka', brokers, logLevel: logLevel.NOTHING });
    const topic = `ce-off-kafka-${Date.now().toString(36)}`;
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ waitForLeaders: true, topics: [{ topic, numPartitions: 1 }] });
    t.teardown(async () => {
      await admin.deleteTopics({ topics: [topic] }).catch(() => undefined);
      await admin.disconnect();
    });

    const event = createEvent('challenge.published', { data: exampleData('challenge.published') });
    const { key, value, headers } = encodeEvent(event);
    const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    await producer.send({ topic, acks: -1, messages: [{ key, value, headers }] });
    await producer.disconnect();

    const consumer = kafka.consumer({ groupId: `${topic}-reader` });
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    const received = await new Promise<{
      key: Buffer | null;
      value: Buffer | null;
      headers: Record<string, unknown>;
    }>((resolve, reject) => {
      consumer.run({ eachMessage: async ({ message }) => resolve(message as never) }).catch(reject);
    });
    await consumer.disconnect();

    // kafkajs gives header values as Buffers; the SDK wants strings.
    const message = {
      key: received.key?.toString(),
      value: received.value?.toString(),
      headers: headersAsText(received.headers as never),
    } as unknown as CeMessage;
    const cloudEvent = CloudEventsKafka.toEvent(message);
    if (!(cloudEvent instanceof CloudEvent)) throw new Error('expected one CloudEvent');
    t.equal(cloudEvent.validate(), true);
    t.equal(cloudEvent.id, event.id);
    t.equal(cloudEvent.type, 'challenge.published');
    t.equal(cloudEvent.source, event.source);
    t.equal(cloudEvent.subject, event.data.challengeId);
    t.strictSame(cloudEvent.data, event.data);
    t.equal(received.key?.toString(), event.data.challengeId, 'keyed by the challenge id');
  },
);
