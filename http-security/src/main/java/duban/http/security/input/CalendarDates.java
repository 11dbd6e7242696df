package duban.http.security.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Dates in request bodies as a calendar writes them, {@code 2017-11-20}, and nothing looser: the default
 * reader trims control characters (a NUL included) and takes years such as +999999999, which no ledger
 * has and PostgreSQL cannot store.
 */
final class CalendarDates extends StdScalarDeserializer<LocalDate> {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    CalendarDates() {
        super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
        }
        String text = parser.getText();
        if (ISO_DATE.matcher(text).matches()) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                // answered below: 2017-02-30 is no date either
            }
        }
        return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text, "not a date of the form 2017-11-20");
    }
}
