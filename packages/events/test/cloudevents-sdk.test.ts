import { CloudEvent, Kafka, type KafkaMessage } from 'cloudevents';
import t from 'tap';
import { createEvent, EVENT_TYPES, encodeEvent, exampleData } from '../src/index.js';
import { asReceived, headersAsText, TRACEPARENT } from './fixtures/kafka-message.js';

// The official SDK reading our messages the way a consumer gets them off Kafka.
for (const type of EVENT_TYPES) {
  t.test(`${type} is a valid CloudEvent for the cloudevents SDK`, async (t) => {
    const event = createEvent(type, { data: exampleData(type), traceparent: TRACEPARENT });
    const received = asReceived(encodeEvent(event));
    // The SDK's type also wants `body`, which its Kafka binding never reads.
    const message = {
      key: received.key,
      value: received.value,
      headers: headersAsText(received.headers),
    } as KafkaMessage;

    t.ok(Kafka.isEvent(message), 'recognized as a CloudEvent');
    const cloudEvent = Kafka.toEvent(message);
    if (!(cloudEvent instanceof CloudEvent)) throw new Error('expected one CloudEvent');
    t.equal(cloudEvent.validate(), true, 'passes the SDK validation');
    t.equal(cloudEvent.specversion, '1.0');
    t.equal(cloudEvent.id, event.id);
    t.equal(cloudEvent.type, type);
    t.equal(cloudEvent.source, event.source);
    t.equal(cloudEvent.subject, event.subject);
    t.equal(cloudEvent.time, new Date(event.time).toISOString());
    t.equal(cloudEvent.datacontenttype, 'application/json');
    t.equal(cloudEvent.dataschema, `urn:citymatch:events:${type}:v1`);
    t.strictSame(cloudEvent.data, event.data);
    t.equal(cloudEvent.partitionkey, message.key, 'partition key is the message key');
  });
}
