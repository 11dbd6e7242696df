package duban.http.security.input;

import java.time.LocalDate;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * The request bodies every service reads: a JSON document followed by anything but whitespace is refused
 * (Jackson would read the first and ignore the rest), and so is a string holding a NUL character or a date
 * that is not written {@code 2017-11-20}.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    /** Last, after Quarkus registers its Java time module, whose date reader this one replaces. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.registerModule(new SimpleModule("duban-strict-json")
                .addDeserializer(String.class, new NulFreeStrings())
                .addDeserializer(LocalDate.class, new CalendarDates()));
    }
}
