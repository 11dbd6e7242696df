package duban.tasks.infrastructure.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import duban.events.EventJson;
import duban.events.LedgerEvent;
import duban.events.envelope.CloudEventCodec;
import duban.tasks.infrastructure.axon.RequestMetadata;
import duban.tasks.infrastructure.observability.TraceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;
import org.axonframework.eventhandling.DomainEventMessage;

/**
 * The reference the publisher's records are held to: how it wrote them before it copied the stored text, Axon
 * decoding payload and metadata into their records and the envelope written from those. Also the comparison: the
 * same JSON, and every number with the same text.
 */
final class DecodedEnvelopes {

    private static final ObjectMapper JSON = EventJson.mapper();

    private DecodedEnvelopes() {
    }

    /** The record of {@code event} written from its decoded payload and metadata. */
    static byte[] write(CloudEventCodec codec, String source, DomainEventMessage<?> event, long globalIndex,
                        Map<String, String> trace) {
        return codec.write(codec.wrap(event.getIdentifier(), source, (LedgerEvent) event.getPayload(),
                        RequestMetadata.toEventMetadata(event.getMetaData(), event.getTimestamp()),
                        event.getSequenceNumber(), globalIndex)
                .withTrace(trace.get(TraceContext.TRACEPARENT), trace.get(TraceContext.TRACESTATE)));
    }

    /** Asserts that both records are the same JSON, with the same text for every number. */
    static void assertSameRecord(String what, byte[] expected, byte[] actual) {
        try {
            assertThat(JSON.readTree(actual)).as(what).isEqualTo(JSON.readTree(expected));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(numberTexts(actual)).as("numbers of " + what).isEqualTo(numberTexts(expected));
    }

    /** Every number of a JSON document, as written, by its JSON pointer. */
    static Map<String, String> numberTexts(byte[] json) {
        Map<String, String> numbers = new TreeMap<>();
        try (JsonParser parser = JSON.getFactory().createParser(json)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token.isNumeric()) {
                    numbers.put(parser.getParsingContext().pathAsPointer().toString(), parser.getText());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return numbers;
    }
}
