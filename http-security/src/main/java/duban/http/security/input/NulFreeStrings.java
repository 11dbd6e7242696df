package duban.http.security.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import java.io.IOException;

/**
 * Reads JSON strings as Jackson does, and refuses one holding a NUL character: PostgreSQL cannot store it in a
 * text column, so a stored event carrying one would fail every read model fed from it.
 */
final class NulFreeStrings extends StdScalarDeserializer<String> {

    NulFreeStrings() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String value = StringDeserializer.instance.deserialize(parser, context);
        if (NulCharacters.in(value)) {
            throw context.weirdStringException(value.replace('\u0000', '\u2400'), String.class,
                    "contains a NUL character");
        }
        return value;
    }
}
