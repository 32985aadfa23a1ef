import { type ClientSpan, startClientSpan } from '@citymatch/service-kit/telemetry';
import type { DeliveryRecord } from '../store/delivery-record.js';

/**
 * The CLIENT span `smtp send` of one try of one delivery, in the trace of the message that
 * created the delivery (the record's `trace`; a digest has none and starts its own), so one
 * trace runs from the HTTP request to the SMTP server. Its attributes say which email, never
 * to whom: no address is recorded.
 */
export function startSmtpSendSpan(r: DeliveryRecord, language: string): ClientSpan {
  return startClientSpan('smtp send', {
    parentHeaders: r.trace ?? {},
    attributes: {
      'network.protocol.name': 'smtp',
      'citymatch.delivery.kind': r.kind,
      'citymatch.delivery.attempt': r.attempts,
      'citymatch.email.message_id': r.messageId,
      'citymatch.email.language': language,
      'citymatch.startup.id': r.startupId,
    },
  });
}
