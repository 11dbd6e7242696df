package duban.notification.schedule;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import duban.events.EventJson;
import duban.events.task.ReportingCadence;
import jakarta.enterprise.context.ApplicationScoped;

/** A task's reporting cadence as the schedule tables keep it: the contract's JSON. */
@ApplicationScoped
public class CadenceJson {

    private final ObjectMapper json = EventJson.mapper();

    public String write(ReportingCadence cadence) {
        try {
            return json.writeValueAsString(cadence);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write cadence " + cadence, e);
        }
    }

    public ReportingCadence read(String text) {
        try {
            return text == null ? null : json.readValue(text, ReportingCadence.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read cadence " + text, e);
        }
    }
}
